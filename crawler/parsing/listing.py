"""Listing pages: article links in page order, their dates, and the next page."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import parse_qs, urljoin, urlsplit

from crawler.canonical import canonicalize
from crawler.parsing.dates import parse_day
from crawler.parsing.errors import PageRejected
from crawler.parsing.page import css
from crawler.parsing.text import collapse

PAGINATION = (".pagination", ".nav-links", ".page-numbers", ".wp-pagenavi", "nav.navigation")
_NEXT_TEXT = re.compile(r"^(›|»|>|>>|next|next\s*»|next\s*›|selanjutnya|berikutnya|lanjut)$", re.I)
_WP_PAGE = re.compile(r"/page/(\d+)/?$")
_ITEM_DEPTH = 6


@dataclass
class Listing:
    """One listing page: article URLs newest first, their dates when shown, the next page."""

    article_urls: list[str] = field(default_factory=list)
    next_url: str | None = None
    dates: list[date | None] = field(default_factory=list)


def page_number(url: str) -> int:
    """Return the page number of a listing URL (`?page=N` or `/page/N/`), 1 by default."""
    parts = urlsplit(url)
    m = _WP_PAGE.search(parts.path)
    if m:
        return int(m.group(1))
    values = parse_qs(parts.query).get("page")
    return int(values[0]) if values and values[0].isdigit() else 1


def _item_of(anchor, canon: str, canon_of):
    # Climb while the ancestor still links to this one article only: that is the list item.
    item = anchor
    for _ in range(_ITEM_DEPTH):
        parent = item.getparent()
        if parent is None:
            break
        targets = {canon_of(a) for a in parent.iter("a")} - {None}
        if targets != {canon}:
            break
        item = parent
    return item


def _safe_canon(url: str) -> str | None:
    try:
        return canonicalize(url)
    except ValueError:
        return None


def next_page(url: str, tree) -> str | None:
    """Find the next listing page: rel=next, a next arrow/label, or the link to page N+1."""
    boxes = [el for sel in PAGINATION for el in css(sel)(tree)]
    current = page_number(url)
    # Only links that move forward: a broken "next" pointing back would make the crawl loop.
    anchors = [a for box in boxes for a in box.iter("a")
               if a.get("href") and page_number(urljoin(url, a.get("href"))) > current]
    for a in anchors:
        if "next" in (a.get("rel") or "").lower().split() or "next" in (a.get("class") or "").split():
            return urljoin(url, a.get("href"))
    for a in anchors:
        if _NEXT_TEXT.match(collapse(a.text_content())) or _NEXT_TEXT.match(a.get("aria-label") or ""):
            return urljoin(url, a.get("href"))
    wanted = current + 1
    for a in anchors:
        target = urljoin(url, a.get("href"))
        if page_number(target) == wanted and collapse(a.text_content()) == str(wanted):
            return target
    return None


def collect(url: str, tree, anchors) -> Listing:
    """Build a Listing from candidate article anchors (deduplicated on canonical URL)."""
    memo: dict = {}

    def canon_of(anchor) -> str | None:
        # Only the anchors met while climbing to list items are resolved, each once.
        if anchor not in memo:
            href = (anchor.get("href") or "").strip()
            memo[anchor] = _safe_canon(urljoin(url, href)) if href else None
        return memo[anchor]

    listing = Listing()
    seen: set[str] = set()
    for a in anchors:
        canon = canon_of(a)
        if canon is None or canon in seen:
            continue
        seen.add(canon)
        listing.article_urls.append(urljoin(url, a.get("href").strip()))
        item = _item_of(a, canon, canon_of)
        listing.dates.append(parse_day(collapse(" ".join(item.itertext()))))
    return listing


def listing_from_anchors(url: str, tree, anchors, has_structure: bool) -> Listing:
    """Finish a listing: add the next page; raise layout_changed when nothing looks like a listing."""
    listing = collect(url, tree, anchors)
    if not listing.article_urls and not has_structure:
        raise PageRejected("layout_changed", "no article links and no listing structure")
    listing.next_url = next_page(url, tree) if listing.article_urls else None
    return listing
