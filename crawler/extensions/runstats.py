"""Per-source run statistics kept in the Scrapy stats, read by the run-log pipeline.

Every key is `rapat/<source>/<name>`, <source> being the spider's source key. Names
match the crawl_runs columns of pipelines/schema.py where one exists:

  requests            requests that reached the downloader (retries included)
  responses_2xx       responses by status class (also 3xx, 4xx, 5xx; robots.txt included)
  listing_pages       listing pages parsed
  listing_errors      listing pages that failed (layout_changed, http/network errors, parser_error)
  listings_partial    pagination_lost rows: a route stopped before the pages its listing advertised
  articles_seen       article links found on listings (new or known)
  articles_known      of those, skipped because already stored (incremental/resume)
  articles_retried    articles that failed for a passing reason before, requested again first
  articles_scraped    ArticleItems yielded
  articles_failed     article pages that did not become articles (one FailureItem each)
  failures            all FailureItems (articles, listings, offsite redirects)
  requests_ignored    requests dropped by policy, e.g. forbidden by robots.txt (no FailureItem)
  complete_pass       1 when every listing route was read to its last page without error
  mode                'incremental', 'full', 'resume' or 'since'
  had_complete_pass   1 when the source had a complete pass before this run
  stored_before       articles of the source already stored when the run started

articles_new / _updated / _unchanged are decided by the store, not here. The
zero-articles check (a source that had articles, stored_before > 0, now shows
none on its listings, articles_seen == 0) runs after the crawl, with listing_errors. The standard
`start_time`, `finish_time` and `finish_reason` stats give started_at/finished_at.
"""

from __future__ import annotations

from scrapy import signals

PREFIX = "rapat"
COUNTERS = (
    "requests", "responses_2xx", "responses_3xx", "responses_4xx", "responses_5xx",
    "listing_pages", "listing_errors", "listings_partial", "articles_seen", "articles_known", "articles_retried",
    "articles_scraped", "articles_failed", "failures", "requests_ignored",
)


def stat_key(source: str, name: str) -> str:
    """Return the stats key of one per-source counter."""
    return f"{PREFIX}/{source}/{name}"


def source_stats(stats: dict, source: str) -> dict:
    """Return {name: value} of one source's counters from a stats dict (zeros filled in)."""
    prefix = f"{PREFIX}/{source}/"
    found = {k[len(prefix):]: v for k, v in stats.items() if k.startswith(prefix)}
    return {**{name: 0 for name in COUNTERS}, **found}


class RunStats:
    """Count requests and responses per source; spiders count the page-level events."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        """Connect to the downloader signals."""
        ext = cls(crawler)
        crawler.signals.connect(ext.request_reached, signal=signals.request_reached_downloader)
        # response_downloaded fires for every response, also those RetryMiddleware consumes.
        crawler.signals.connect(ext.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        return ext

    def _source(self, spider) -> str:
        return getattr(spider, "source_key", None) or spider.name

    def spider_opened(self, spider) -> None:
        """Start every counter at 0 so readers see explicit zeros; note the run's starting facts."""
        source = self._source(spider)
        facts = spider.run_facts() if hasattr(spider, "run_facts") else {}
        for name, value in {**dict.fromkeys(COUNTERS, 0), **facts}.items():
            self.stats.set_value(stat_key(source, name), value)

    def request_reached(self, request, spider) -> None:
        """Count a request sent to the source."""
        self.stats.inc_value(stat_key(self._source(spider), "requests"))

    def response_downloaded(self, response, request, spider) -> None:
        """Count a response by status class."""
        if "cached" in response.flags:
            return
        name = f"responses_{response.status // 100}xx"
        if name in COUNTERS:
            self.stats.inc_value(stat_key(self._source(spider), name))
