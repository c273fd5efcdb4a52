"""Listing pages: article links in page order, their dates, and what the pagination offers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
import re
from urllib.parse import urljoin, urlsplit

from crawler.canonical import canonicalize
from crawler.parsing.dates import parse_day
from crawler.parsing.errors import PageRejected
from crawler.parsing.pagination import find_pagination, page_number
from crawler.parsing.regions import foreign_roots
from crawler.parsing.text import collapse

__all__ = ["Listing", "page_number", "article_anchors", "collect", "listing_from_anchors"]

_ITEM_DEPTH = 6
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_MAIN = ("main", "#main", "[role=main]", ".site-main", "#content", ".content-area", "#primary")


@dataclass
class Listing:
    """One listing page: article URLs newest first, their dates when shown, the next page.

    `last_page` is the highest page number the page links to; `next_blocked` says why a next
    link that is shown cannot be followed; `unfollowed` counts list items whose links lead to
    no article route. The spider turns the last two into `pagination_lost` rows.
    """

    article_urls: list[str] = field(default_factory=list)
    next_url: str | None = None
    dates: list[date | None] = field(default_factory=list)
    last_page: int | None = None
    next_blocked: str | None = None
    unfollowed: int = 0


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


def _safe_join(base: str, href: str) -> str | None:
    try:
        return urljoin(base, href)
    except ValueError:  # "http://[::1" and friends in a malformed page
        return None


def _outermost(anchor, roots: set):
    found = None
    for a in anchor.iterancestors():
        if a in roots:
            found = a
    return found


# Headings also link to categories, tags and authors: those are not list items gone astray.
_INDEX_LINK = re.compile(r"(^|/)(post|category|kategori|tag|author|page)/|^#|^/?$")


def same_host_links(url: str, is_article_path):
    """A check for a listing's hrefs: on the listing's own host, and an article by is_article_path(target)."""
    host = urlsplit(url).hostname

    def check(href: str) -> bool:
        try:
            target = urlsplit(urljoin(url, href.strip()))
        except ValueError:
            return False
        return bool(href.strip()) and target.hostname == host and is_article_path(target)
    return check


def _is_index_link(href: str) -> bool:
    return bool(_INDEX_LINK.search(urlsplit_path(href)))


def urlsplit_path(href: str) -> str:
    """The path of an href ('' when it cannot be split)."""
    try:
        return urlsplit(href.strip()).path
    except ValueError:
        return ""


def article_anchors(tree, is_article) -> tuple[list, int]:
    """Anchors to articles (by route) in the main content, and the count of list items linking elsewhere.

    Blocks that belong to other pages (sidebars, related/popular posts, footers, calendars) are
    skipped, unless one holds most of the page's article links: then it is the list itself.
    """
    anchors = [a for a in tree.iter("a") if is_article(a.get("href") or "")]
    roots = foreign_roots(tree)
    if roots:
        by_root: dict = {}
        for a in anchors:
            root = _outermost(a, roots)
            by_root.setdefault(root, []).append(a)
        keep = {r for r, found in by_root.items() if r is not None and len(found) * 2 > len(anchors)}
        anchors = [a for r, found in by_root.items() if r is None or r in keep for a in found]
        order = {a: i for i, a in enumerate(tree.iter("a"))}
        anchors.sort(key=order.__getitem__)
    unfollowed = sum(
        1 for a in tree.iter("a")
        if a.getparent() is not None and a.getparent().tag in _HEADINGS and not is_article(a.get("href") or "")
        and _outermost(a, roots) is None and not _is_index_link(a.get("href") or "")
    )
    return anchors, unfollowed


def collect(url: str, tree, anchors) -> Listing:
    """Build a Listing from candidate article anchors (deduplicated on canonical URL)."""
    memo: dict = {}

    def canon_of(anchor) -> str | None:
        # Only the anchors met while climbing to list items are resolved, each once.
        if anchor not in memo:
            href = (anchor.get("href") or "").strip()
            joined = _safe_join(url, href) if href else None
            memo[anchor] = _safe_canon(joined) if joined else None
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


def listing_from_anchors(url: str, tree, anchors, has_structure: bool, unfollowed: int = 0) -> Listing:
    """Finish a listing: add the pagination; raise layout_changed when nothing looks like a listing."""
    listing = collect(url, tree, anchors)
    if not listing.article_urls and not has_structure:
        raise PageRejected("layout_changed", "no article links and no listing structure")
    listing.unfollowed = 0 if listing.article_urls else unfollowed
    if listing.article_urls:
        pages = find_pagination(url, tree)
        listing.next_url, listing.last_page, listing.next_blocked = pages.next_url, pages.last_page, pages.blocked
    return listing
