"""Exponential backoff before a retried request (Scrapy 2.19 has no backoff setting).

RetryMiddleware marks a retry with `meta['retry_times']`; this middleware waits
`RAPAT_RETRY_BACKOFF_BASE * 2**(retry_times - 1)` seconds (capped at
`RAPAT_RETRY_BACKOFF_MAX`) before letting it through, so an overloaded government
server gets room to recover instead of three quick hits.
"""

from __future__ import annotations

from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import task


class RetryBackoffMiddleware:
    """Delay retried requests exponentially."""

    def __init__(self, base: float, cap: float):
        self.base, self.cap = base, cap

    @classmethod
    def from_crawler(cls, crawler):
        """Build from RAPAT_RETRY_BACKOFF_BASE / _MAX (a base of 0 retries at once)."""
        settings = crawler.settings
        return cls(settings.getfloat("RAPAT_RETRY_BACKOFF_BASE"), settings.getfloat("RAPAT_RETRY_BACKOFF_MAX"))

    def delay(self, retry_times: int) -> float:
        """Seconds to wait before retry number retry_times (1-based)."""
        return min(self.cap, self.base * 2 ** (retry_times - 1))

    async def process_request(self, request):
        """Sleep before a retry; first attempts pass at once."""
        retries = request.meta.get("retry_times", 0)
        if retries and self.base > 0:
            from twisted.internet import reactor

            await maybe_deferred_to_future(task.deferLater(reactor, self.delay(retries), lambda: None))
        return None
