"""Keep the crawl on registered hosts and make every leak attempt a recorded failure.

`HostGuardMiddleware` (downloader middleware, order 610: its process_response runs
before RedirectMiddleware's) turns a redirect to an unregistered host into an
`OffsiteRedirect`, which reaches the request's errback so the spider records a
FailureItem(reason='offsite') instead of the redirect being silently dropped.
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


class HostGuardMiddleware:
    """Refuse requests to, and redirects towards, hosts outside the registry."""

    def __init__(self, hosts: frozenset[str]):
        self.hosts = hosts

    @classmethod
    def from_crawler(cls, crawler):
        """Build from the source registry named by the settings."""
        return cls(registered_hosts())

    def _allowed(self, url: str) -> bool:
        return (urlsplit(url).hostname or "").lower() in self.hosts

    def process_request(self, request):
        """Refuse a request for an unregistered host."""
        if not self._allowed(request.url):
            raise OffsiteRequest(request.url)

    def process_response(self, request, response):
        """Turn an offsite redirect into an error the spider records."""
        target = redirect_target(request.url, response)
        if target and not self._allowed(target):
            raise OffsiteRedirect(request.url, target)
        return response
