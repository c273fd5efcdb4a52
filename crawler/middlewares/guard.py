"""Keep the crawl on registered hosts and make every leak attempt a recorded failure.

`HostGuardMiddleware` (downloader middleware, order 610: its process_response runs
before RedirectMiddleware's) turns a redirect that leaves the spider's own host into
an `OffsiteRedirect`, which reaches the request's errback so the spider records a
FailureItem(reason='offsite') instead of OffsiteMiddleware dropping it silently.
(Another registered host has its own spider instance; it is crawled there.)
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from crawler.sources import registered_hosts


class OffsiteRequest(IgnoreRequest):
    """A request for a host outside the registry (refused before any connection)."""

    def __init__(self, url: str):
        super().__init__(f"refused request to unregistered host: {url}")
        self.url = url


class OffsiteRedirect(IgnoreRequest):
    """A redirect from a registered host to an unregistered one (not followed)."""

    def __init__(self, url: str, target: str):
        super().__init__(f"redirect to unregistered host not followed: {url} -> {target}")
        self.url, self.target = url, target


def redirect_target(request_url: str, response: Response) -> str | None:
    """Return the absolute Location of a redirect response, else None."""
    if not 300 <= response.status < 400 or b"Location" not in response.headers:
        return None
    location = response.headers[b"Location"].decode("latin-1")
    return urljoin(request_url, location)


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


class HostGuardMiddleware:
    """Refuse requests to unregistered hosts and redirects off the spider's host."""

    def __init__(self, crawler, hosts: frozenset[str]):
        self.crawler = crawler
        self.hosts = hosts

    @classmethod
    def from_crawler(cls, crawler):
        """Build from the source registry."""
        return cls(crawler, registered_hosts())

    def process_request(self, request):
        """Refuse a request for an unregistered host."""
        if _host(request.url) not in self.hosts:
            raise OffsiteRequest(request.url)

    def process_response(self, request, response):
        """Turn a redirect off the spider's host into an error the spider records."""
        target = redirect_target(request.url, response)
        own = set(getattr(self.crawler.spider, "allowed_domains", None) or self.hosts)
        if target and _host(target) not in own:
            raise OffsiteRedirect(request.url, target)
        return response
