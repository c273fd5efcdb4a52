"""No page lost without a row: an exception while handling a response becomes a failure item.

A spider middleware, so it sees every exception a callback raises, also one raised halfway
through the callback's generator (items yielded before it are kept). The spider turns the
exception into its FailureItem (`parser_error`, detail `<ExceptionType>: message`) and the
crawl goes on; the raw response is already in the WARC, so `rapat rebuild` retries the page
after the bug is fixed.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


class ParserErrorMiddleware:
    """Turn an exception raised by a spider callback into the spider's `parser_error` failure."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        """Build the middleware (no settings of its own)."""
        return cls(crawler)

    def process_spider_exception(self, response, exception):
        """Return the spider's failure items for this response, or None to let Scrapy log it."""
        spider = self.crawler.spider
        handler = getattr(spider, "on_parser_error", None)
        if handler is None:
            return None
        logger.error("%s crashed handling %s", type(exception).__name__, response.url, exc_info=exception)
        self.crawler.stats.inc_value("rapat/parser_errors")
        return list(handler(response, exception))
