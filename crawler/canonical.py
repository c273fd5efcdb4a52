"""Canonical URLs, stable article ids and page kinds for the registered hosts.

One real page must get one canonical URL whatever link led to it: the shared CMS answers
the same article at `/detail-post/X` and `/index.php/detail-post/X`, links carry tracking
or Cloudflare challenge parameters, and hosts are written in any case. Slugs are never
lower-cased: ppid publishes Title-Case slugs, and the path is case-sensitive there.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

GOV_SUFFIX = "lampungprov.go.id"

# Query parameters that never select content: analytics and bot-challenge tokens.
_DROP_PARAMS = re.compile(
    r"^(utm_\w*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|"
    r"_ga|_gl|_hsenc|_hsmi|__cf_chl_\w*|cf_chl_\w*|__cf_bm)$",
    re.IGNORECASE,
)
_INDEX_PHP = re.compile(r"^/index\.php(?=/|$)", re.IGNORECASE)
# Shared-CMS routes are Laravel routes without a trailing slash; WordPress keeps `/<slug>/`.
_CMS_ROUTE = re.compile(r"^/(detail-post|post|pages|pegawai|download|berkas)(/|$)")
_WP_OTHER = re.compile(
    r"^/(wp-admin|wp-content|wp-includes|wp-json|feed|tag|category|author|comments|"
    r"search|xmlrpc\.php|wp-login\.php)(/|$)"
)
_WP_LISTING = re.compile(r"^/(page/\d+/?)?$")
_WP_DATED_POST = re.compile(r"^/\d{4}/\d{2}(/\d{2})?/[^/]+/?$")
_WP_SLUG = re.compile(r"^/[^/.]+/?$")


def _is_gov_host(host: str) -> bool:
    return host == GOV_SUFFIX or host.endswith("." + GOV_SUFFIX)


def _clean_query(query: str) -> str:
    pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not _DROP_PARAMS.match(k)]
    return urlencode(pairs)


def route_path(path: str) -> str:
    """Return the path without the `/index.php` front-controller prefix."""
    stripped = _INDEX_PHP.sub("", path)
    return stripped or "/"


# A crawl asks for the same URLs again and again (menu links on every listing page, each
# article link when listed, checked against the state and stored): w3lib's normalisation is
# the costly part, so remember recent answers.
@lru_cache(maxsize=16_384)
def canonicalize(url: str) -> str:
    """Return the canonical form of a URL (https gov hosts, no index.php/tracking/fragment)."""
    if not url or not url.strip():
        raise ValueError("empty URL")
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        raise ValueError(f"not an absolute URL: {url!r}")
    host = (parts.hostname or "").lower().rstrip(".")
    scheme = parts.scheme.lower()
    netloc = host if parts.port in (None, 80, 443) else f"{host}:{parts.port}"
    path = parts.path or "/"
    if _is_gov_host(host):
        scheme, netloc = "https", host
        path = route_path(path)
    if _CMS_ROUTE.match(path) and len(path) > 1:
        path = path.rstrip("/") or "/"
    rebuilt = urlunsplit((scheme, netloc, path, _clean_query(parts.query), ""))
    # w3lib normalises percent-encoding and query order; it keeps path case.
    return canonicalize_url(rebuilt)


def article_id(canonical_url: str) -> str:
    """Return the stable article id: first 16 hex digits of sha256 of the canonical URL."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:16]


def _shared_cms_kind(path: str) -> str:
    segments = [s for s in path.split("/") if s]
    if len(segments) == 2 and segments[0] == "detail-post":
        return "article"
    if len(segments) == 2 and segments[0] == "post":
        return "listing"
    return "other"


def _wordpress_kind(path: str, query: str) -> str:
    params = dict(parse_qsl(query))
    if "s" in params or "replytocom" in params:
        return "other"
    if path == "/" and ("p" in params or "page_id" in params):
        return "article"  # WordPress's plain permalinks
    if _WP_LISTING.match(path):
        return "listing"
    if _WP_OTHER.match(path):
        return "other"
    if _WP_DATED_POST.match(path) or _WP_SLUG.match(path):
        return "article"
    return "other"


def page_kind(url: str, family: str) -> str:
    """Classify a URL of a host of the given CMS family: 'article', 'listing' or 'other'."""
    parts = urlsplit(url)
    path = route_path(parts.path or "/")
    if family == "shared_cms":
        return _shared_cms_kind(path)
    if family == "wordpress":
        return _wordpress_kind(path, parts.query)
    raise ValueError(f"unknown CMS family: {family!r}")
