"""A fault mode for the mirror: what a real government server does on a bad day, seeded.

`MirrorServer(site, faults=FaultPlan(seed=1, rate=0.3))` answers some article pages with a
fault instead of the page, for a seeded number of attempts (so retries within a crawl, or the
next crawl, may get the page). Listing pages and robots.txt are served faithfully: the faults
test that no *article* is lost without a row. Kinds, and the crawl_failures reason each should
end as when it outlasts the retries:

  error_503         503 bursts                                   http_error (passing)
  rate_429          429 with Retry-After                         http_error (passing)
  reset             connection closed before any response        network_error (passing)
  truncated         Content-Length announced, half the body sent truncated (passing)
  stall             no answer until after the crawl's timeout    network_error (passing)
  not_html          200 with a PDF                               not_html
  oversized         200 with a body past DOWNLOAD_MAXSIZE         too_large
  wrong_charset     the page under `charset=iso-8859-1`          (stored as the page: its meta wins)
  redirect_loop     302 to itself, without end                   redirect_loop
  offsite_redirect  302 to a host outside the registry           offsite (never followed)
"""

from __future__ import annotations

import random
import re
import threading
import time
from dataclasses import dataclass, field

KINDS = ("error_503", "rate_429", "reset", "truncated", "stall", "not_html", "oversized", "wrong_charset",
         "redirect_loop", "offsite_redirect")
# Faults a crawl records with a reason the next crawl retries (crawler.extensions.state.worth_retry).
PASSING = {"error_503", "rate_429", "reset", "truncated", "stall"}
_ARTICLE = re.compile(r"^/(?:index\.php/)?detail-post/[^/?]+|^/(?!page/|wp-|robots\.txt)[^/?.]+/$")
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@dataclass
class FaultPlan:
    """Which article URLs fail, how, and for how many attempts; thread-safe, deterministic per URL."""

    seed: int = 1
    rate: float = 0.3
    kinds: tuple[str, ...] = KINDS
    attempts: int = 5  # faulty answers per URL before the page is served (a crawl retries 3 times)
    stall_seconds: float = 2.5
    oversized_bytes: int = 3 * 1024 * 1024
    enabled: bool = True
    _seen: dict = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    injected: dict = field(default_factory=dict)  # (host, path) -> kind, every URL that got a fault

    def fault_of(self, host: str, target: str) -> str | None:
        """The fault planned for this URL, whatever the attempt (None for a healthy URL)."""
        path = target.split("?", 1)[0]
        if not _ARTICLE.match(path):
            return None
        rng = random.Random(f"{self.seed}:{host}:{path}")
        return rng.choice(self.kinds) if rng.random() < self.rate else None

    def decide(self, host: str, target: str) -> str | None:
        """The fault to answer this request with now, counting the URL's attempts."""
        kind = self.fault_of(host, target) if self.enabled else None
        if kind is None:
            return None
        key = (host, target.split("?", 1)[0])
        with self._lock:
            n = self._seen[key] = self._seen.get(key, 0) + 1
            # A loop must outlast the crawler's redirect limit (20), or its end would be a page.
            if n > self.attempts and kind != "redirect_loop":
                return None
            self.injected[key] = kind
        return kind


def answer(handler, kind: str, host: str, plan: FaultPlan, page) -> bool:
    """Write the fault to the handler's connection; True when the handler must send nothing more."""
    if kind == "reset":
        handler.close_connection = True
        handler.connection.close()
        return True
    if kind == "stall":
        time.sleep(plan.stall_seconds)
        handler.close_connection = True
        return True
    if kind == "truncated":
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=UTF-8")
        handler.send_header("Content-Length", str(len(page.body)))
        handler.end_headers()
        handler.wfile.write(page.body[: len(page.body) // 2])
        handler.close_connection = True
        return True
    status, headers, body = _simple(kind, host, handler.path, plan, page)
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)
    return True


def _simple(kind: str, host: str, path: str, plan: FaultPlan, page) -> tuple[int, dict, bytes]:
    html = {"Content-Type": "text/html; charset=UTF-8"}
    if kind == "error_503":
        return 503, html, b"<html><body><h1>503 Service Unavailable</h1></body></html>"
    if kind == "rate_429":
        return 429, {**html, "Retry-After": "0"}, b"<html><body><h1>429 Too Many Requests</h1></body></html>"
    if kind == "not_html":
        return 200, {"Content-Type": "application/pdf"}, PDF
    if kind == "oversized":
        filler = b"<p>" + b"x" * 1000 + b"</p>\n"
        return 200, html, page.body.replace(b"</body>", filler * (plan.oversized_bytes // len(filler)) + b"</body>")
    if kind == "wrong_charset":
        return 200, {"Content-Type": "text/html; charset=iso-8859-1"}, page.body
    if kind == "redirect_loop":
        return 302, {**html, "Location": f"https://{host}{path.split('?', 1)[0]}?loop={time.monotonic_ns()}"}, b""
    return 302, {**html, "Location": "https://evil.example.org/phish"}, b""  # offsite_redirect
