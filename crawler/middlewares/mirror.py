"""Download handler that keeps every request on registered hosts, optionally via a mirror.

With `RAPAT_MIRROR_URL=http://127.0.0.1:P`, a request for a registered host is sent
to the mirror with the real `Host` header, and the response is given back with the
real `https://host/...` URL, so everything downstream (robots.txt, WARC, items) sees
the real site. A request for any other host is refused here, before any connection:
this is the last guard behind OffsiteMiddleware and HostGuardMiddleware.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import Request
from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.http import Response
from scrapy.utils.misc import build_from_crawler, load_object

from crawler.middlewares.guard import OffsiteRequest
from crawler.sources import registered_hosts


class MirrorDownloadHandler(BaseDownloadHandler):
    """Wrap Scrapy's HTTP handler: route registered hosts to the mirror, refuse others."""

    lazy = False

    def __init__(self, crawler):
        super().__init__(crawler)
        settings = crawler.settings
        self.inner = build_from_crawler(load_object(settings.get("RAPAT_HTTP_HANDLER")), crawler)
        self.mirror = (settings.get("RAPAT_MIRROR_URL") or "").rstrip("/") or None
        self.hosts = registered_hosts()

    async def download_request(self, request: Request) -> Response:
        """Download the request from the mirror or the real host, never from elsewhere."""
        host = (urlsplit(request.url).hostname or "").lower()
        if host not in self.hosts:
            raise OffsiteRequest(request.url)
        if not self.mirror:
            return await self.inner.download_request(request)
        response = await self.inner.download_request(self._to_mirror(request, host))
        return response.replace(url=request.url, request=request)

    def _to_mirror(self, request: Request, host: str) -> Request:
        parts = urlsplit(request.url)
        target = self.mirror + (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = request.headers.copy()
        headers["Host"] = parts.netloc
        return request.replace(url=target, headers=headers)

    async def close(self) -> None:
        """Close the wrapped handler (its connection pool)."""
        await self.inner.close()
