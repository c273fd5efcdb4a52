"""Serve a MirrorSite over real HTTP on loopback, dispatching on the Host header.

The crawler sends requests for `https://<real-host>/<path>` to the mirror's address and
keeps the real `Host`; a browser can use `http://127.0.0.1:P/_host/<real-host>/<path>`.
"""

from __future__ import annotations

import re
import sys
import threading
from urllib.parse import urlsplit
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from rapat.mirror import render
from rapat.mirror.site import MirrorSite, Response

_HOST_PREFIX = re.compile(r"^/_host/([^/]+)(/.*)?$")


def _browser_links(body: bytes, host: str) -> bytes:
    # Rewrite root-relative and absolute real-host links so a browser stays on the mirror.
    text = body.decode("utf-8")
    text = text.replace(f"https://{host}/", f"/_host/{host}/")
    text = re.sub(r'(href|src)="/(?!_host/)', rf'\1="/_host/{host}/', text)
    return text.encode("utf-8")


class MirrorHandler(BaseHTTPRequestHandler):
    """One request: find the host (Host header or /_host/ prefix) and ask the site."""

    protocol_version = "HTTP/1.1"  # keep-alive
    disable_nagle_algorithm = True  # without it keep-alive costs ~44 ms per request (deps.md)
    server_version = "nginx"
    sys_version = ""
    site: MirrorSite
    verbose = False
    faults = None  # a rapat.mirror.faults.FaultPlan: answer some article pages with a fault

    def _resolve(self) -> Response:
        host = (self.headers.get("Host") or "").lower().split(":")[0]
        if self.path.startswith(("http://", "https://")):  # absolute-form target (proxy-style clients)
            parts = urlsplit(self.path)
            host, self.path = (parts.hostname or host), parts.path + (f"?{parts.query}" if parts.query else "")
        if host in self.site.by_host:
            return self.site.respond(host, self.path)
        m = _HOST_PREFIX.match(self.path)
        if m and m.group(1).lower() in self.site.by_host:
            real = m.group(1).lower()
            response = self.site.respond(real, m.group(2) or "/")
            if response.headers.get("Content-Type", "").startswith("text/html"):
                response = Response(response.status, response.headers, _browser_links(response.body, real))
            return response
        if self.path in ("/", "/index.html"):
            hosts = [(s.host, s.name) for s in self.site.sources]
            return Response(200, {"Content-Type": "text/html; charset=UTF-8"}, render.index_page(hosts).encode())
        return Response(404, {"Content-Type": "text/plain; charset=UTF-8"}, b"unknown host\n")

    def _send(self, with_body: bool) -> None:
        if self.faults is not None and self._send_fault():
            return
        try:
            response = self._resolve()
        except Exception as exc:  # a generator bug must show as a 500, not a dropped connection
            response = Response(500, {"Content-Type": "text/plain"}, f"mirror error: {exc!r}\n".encode())
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if with_body:
            self.wfile.write(response.body)

    def _send_fault(self) -> bool:
        from rapat.mirror import faults

        host = (self.headers.get("Host") or "").lower().split(":")[0]
        kind = self.faults.decide(host, self.path)
        return bool(kind) and faults.answer(self, kind, host, self.faults, self._resolve())

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        """Answer GET."""
        self._send(True)

    def do_HEAD(self) -> None:  # noqa: N802
        """Answer HEAD (headers only)."""
        self._send(False)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        """Quiet unless verbose: a crawl makes thousands of requests."""
        if self.verbose:
            super().log_message(format, *args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def handle_error(self, request, client_address) -> None:
        """A client that hung up (a crawl's timeout, the fault mode's resets) is no server error."""
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


class MirrorServer:
    """A MirrorSite served in a background thread; use as a context manager. `.url` is its address."""

    def __init__(self, site: MirrorSite, host: str = "127.0.0.1", port: int = 0, verbose: bool = False,
                 faults=None) -> None:
        self.site = site
        site.catalogue()  # build before the first request, not during it (20,000 articles: ~4 s)
        handler = type("BoundMirrorHandler", (MirrorHandler,), {"site": site, "verbose": verbose, "faults": faults})
        self.httpd = _Server((host, port), handler)
        self.host, self.port = self.httpd.server_address[:2]
        self.url = f"http://{self.host}:{self.port}"
        self._thread: threading.Thread | None = None

    def start(self) -> "MirrorServer":
        """Start serving in a daemon thread."""
        if self._thread is None:
            self._thread = threading.Thread(target=self.httpd.serve_forever, name="rapat-mirror", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread.join()
            self._thread = None
        self.httpd.server_close()

    def __enter__(self) -> "MirrorServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def serve(site: MirrorSite, port: int = 8000, host: str = "127.0.0.1", verbose: bool = False) -> None:
    """Serve a MirrorSite in the foreground until interrupted (for `rapat mirror`)."""
    server = MirrorServer(site, host=host, port=port, verbose=verbose)
    try:
        server.httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.httpd.server_close()
