"""Cheap checks that run before any parsing: challenge, not HTML, empty, truncated.

Order matters: an empty body is reported as empty, a bot challenge as a challenge even
when it came with status 200, and only then is the page inspected as a document.
A challenge page must never become an article.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from w3lib.encoding import html_to_unicode

from crawler.parsing.errors import PageRejected

# Parsing cost grows with the text (~0.4 s per MB of prose): a page past this is a dump or an
# attack, not a press release, and would break the parser's time bound (2 s a page).
MAX_HTML_CHARS = 4_000_000
_HEAD = 32_768  # challenge markers sit at the top of interstitials; no need to scan more
_TAIL = 4_096

# Markers that only bot-protection interstitials carry (safe even on a 200 response).
# Plain substrings of the lower-cased head: a regex alternation over 32 KB is 10x slower.
_STRONG = (
    "/cdn-cgi/challenge-platform/", "_cf_chl_opt", "__cf_chl_tk", "__cf_chl_rt_tk", "__cf_chl_f_tk",
    "__cf_chl_jschl", "cf-browser-verification", "checking your browser before accessing",
    "enable javascript and cookies to continue", "_incapsula_resource", "incapsula incident id",
    "sucuri website firewall", "sucuri_cloudproxy", "ddos-guard.net", "awswaf", "aws-waf-token",
    "captcha-delivery.com", "px-captcha",
)
_STRONG_TITLES = re.compile(
    r"^\s*(just a moment|attention required!? \| cloudflare|please wait\.\.\.|ddos-guard|"
    r"access denied \| [\w.-]+ used cloudflare)"
)
# Weaker hints that count only with a blocking status (403, 429, 503).
_WEAK = ("cf-chl", "cloudflare", "captcha", "access denied", "ray id", "reference #", "firewall")
_BLOCKING = {403, 429, 503}
_TITLE = re.compile(r"<title[^>]*>([^<]{0,200})", re.IGNORECASE)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_LEADING_SPACE = re.compile(rb"[ \t\n\r\x0b\x0c]*")  # what bytes.strip() removes
_LOOKS_HTML = re.compile(rb"<!doctype html|<html|<head|<body", re.IGNORECASE)
_MAGIC = (
    (b"%PDF", "application/pdf"),
    (b"\x89PNG", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"PK\x03\x04", "application/zip (office document)"),
    (b"\xd0\xcf\x11\xe0", "application/msword"),
    (b"\x1f\x8b", "application/gzip"),
)


def header(headers: Mapping | None, name: str) -> str:
    """Return a header value as str from a dict-like of str or bytes (case-insensitive)."""
    if not headers:
        return ""
    for key, value in headers.items():
        k = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        if k.lower() == name.lower():
            if isinstance(value, list | tuple):
                value = value[0] if value else b""
            return value.decode("latin-1") if isinstance(value, bytes) else str(value)
    return ""


# A header charset that would garble a page the page itself declares and is valid UTF-8: a
# misconfigured server (PHP hosting defaults to latin-1). Browsers follow the header; the
# bytes and the page's own declaration agreeing is stronger evidence, so the text stays intact.
_SINGLE_BYTE = re.compile(r"^(cp125\d|iso8859-\d+|iso-8859-\d+|latin-?1|ascii|windows-125\d)$", re.IGNORECASE)
_META_UTF8 = re.compile(rb"<meta[^>]+charset=[\"']?utf-?8", re.IGNORECASE)


def to_text(body: bytes | str, content_type: str | None = None) -> str:
    """Decode a body by the WHATWG rules (HTTP charset, BOM, meta; latin-1 read as windows-1252)."""
    if isinstance(body, str):
        return body
    try:
        encoding, text = html_to_unicode(content_type or "", body)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # noqa: BLE001 (a detector's Rust panic is no Exception; the page must still decode)
        return _plain_decode(body)
    if _SINGLE_BYTE.match(encoding or "") and not body.isascii() and _META_UTF8.search(body[:4096]):
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            pass  # not UTF-8 after all: the header was right
    return text


def _plain_decode(body: bytes) -> str:
    """The body as UTF-8 when it is UTF-8, else as Windows-1252 (what a browser falls back to)."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


def is_challenge(head: str, status: int = 200, headers: Mapping | None = None) -> bool:
    """True when the response is a bot-protection interstitial rather than the page."""
    if header(headers, "cf-mitigated").strip().lower() == "challenge":
        return True
    low = head.lower()
    title = _TITLE.search(low)
    if (title and _STRONG_TITLES.match(title.group(1))) or any(m in low for m in _STRONG):
        return True
    return status in _BLOCKING and any(m in low for m in _WEAK)


def sniff_not_html(start: bytes, content_type: str | None) -> str | None:
    """Return what the body is when it is not HTML (magic bytes, then content type), else None."""
    for magic, kind in _MAGIC:
        if start.startswith(magic):
            return kind
    ctype = (content_type or "").split(";")[0].strip().lower()
    if not ctype or ctype in _HTML_TYPES:
        return None
    # A mislabelled HTML page (text/plain, octet-stream) is still a page; anything else is not.
    return None if _LOOKS_HTML.search(start[:1024]) else ctype


def is_truncated(text: str) -> bool:
    """True when a document that opened <html>/<body> never closes either (cut in transit)."""
    tail = text[-_TAIL:].lower()
    if "</html>" in tail or "</body>" in tail:
        return False
    head = text[:_HEAD].lower()
    return "<html" in head or "<body" in head or tail.rfind("<") > tail.rfind(">")


def check_page(
    body: bytes | str, *, status: int = 200, content_type: str | None = None, headers: Mapping | None = None
) -> str:
    """Return the decoded HTML of a usable page or raise PageRejected (empty/challenge/http_error/not_html/too_large/truncated)."""
    raw = body.encode("utf-8", "replace") if isinstance(body, str) else (body or b"")
    if not raw or raw.isspace():  # as `not raw.strip()`, without copying the body
        raise PageRejected("empty", f"empty body (HTTP {status})")
    head = raw[:_HEAD].decode("utf-8", "replace")
    if is_challenge(head, status, headers):
        raise PageRejected("challenge", f"bot-protection interstitial (HTTP {status})")
    if status >= 400:
        raise PageRejected("http_error", f"HTTP {status}")
    start = _LEADING_SPACE.match(raw).end()  # as raw.lstrip(), without copying the body
    kind = sniff_not_html(raw[start:start + 1024], content_type)
    if kind:
        raise PageRejected("not_html", f"body is {kind}, not HTML")
    text = to_text(body, content_type)
    if len(text) > MAX_HTML_CHARS:
        raise PageRejected("too_large", f"{len(text)} characters of HTML, over {MAX_HTML_CHARS}")
    if is_truncated(text):
        raise PageRejected("truncated", f"document not closed after {len(raw)} bytes")
    return text
