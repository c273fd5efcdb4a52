"""The shared OPD CMS of *.lampungprov.go.id: article pages and `/post/<cat>?page=N` listings.

Article layout (research/sources.md 2.3, 3.1): page label `Post`, title, meta list
`.single-post-thumb-overlay .post-meta ul li` = time, date, author, `Dilihat N kali`,
the title again, then the body in `.single-post-text`.
"""

from __future__ import annotations

import re

from crawler.parsing.published import own_date
from crawler.parsing.regions import foreign_roots, is_foreign
from crawler.parsing.listing import Listing, article_anchors, listing_from_anchors, urlsplit_path
from crawler.parsing.page import (
    LayoutNotRecognised, Page, absolute_images, css, drop_chrome, drop_titled_blocks, first, first_text, meta_content,
)
from crawler.parsing.text import blocks, collapse

NAME = "shared_cms/1"

# The OPD themes seen: the original (.single-post-text) and a newer Bootstrap one (.entry-content).
BODY = (".single-post-text", ".single-post-content", ".post-content", ".post-body", ".detail-post", ".entry-content")
TITLE = (
    ".single-post-thumb-overlay .post-title",
    ".single-post-text > h2",
    ".single-post-text > h1",
    ".single-post h1",
    ".single-post h2",
    ".single-post h3",
    "article h1.entry-title",
)
META = (".single-post-thumb-overlay .post-meta li", ".post-meta li", ".post-info li", ".entry-meta li")
ARTICLE_AREA = (".single-post", ".single-post-area", ".post-details")
# Never part of an article or of a listing's items: chrome, sidebar ("Berita Terkini"), footer.
CHROME = (
    "body > header, body > footer, .header-area, .footer-area, nav, aside, .sidebar, .sidebar-area, .widget, "
    ".main-menu, .share-post, .related-post, .breadcrumb-area"
)
LISTING_CHROME = "body > header, body > footer, .header-area, .footer-area, nav, aside, .sidebar, .sidebar-area, .widget"
_VIEWS = re.compile(r"dilihat\s+([\d.,]+)\s*kali", re.IGNORECASE)
_ARTICLE_ROUTE = re.compile(r"(^|/)(index\.php/)?detail-post/[^/?#]+")
LISTING_AREA = (".blog-area", ".post-list", "#post-list", ".single-post-area", ".pagination", ".blog-posts-area")


def _meta(tree, roots: set) -> tuple[list[str], bool]:
    # The article's own meta list: one inside a related/recent block belongs to another post.
    for sel in META:
        items = [collapse(li.text_content()) for li in css(sel)(tree) if not is_foreign(li, roots)]
        if items:
            return items, True
    return [], False


def _heading_before(tree, body, roots: set) -> str | None:
    # Themes without the known title classes: the last heading before the body is the title.
    title = None
    for el in tree.iter():
        if el is body:
            break
        if el.tag in ("h1", "h2", "h3", "h4") and not is_foreign(el, roots):
            title = collapse(el.text_content()) or title
    return title


def _views(meta: list[str]) -> int | None:
    for item in reversed(meta):
        m = _VIEWS.search(item)
        if m:
            return int(re.sub(r"[.,]", "", m.group(1)))
    return None


def parse_article(url: str, tree) -> Page:
    """Read the shared-CMS article fields from a parsed tree; LayoutNotRecognised when selectors miss."""
    body = first(tree, BODY)
    roots = foreign_roots(tree)
    meta, has_meta = _meta(tree, roots)
    if body is None or not has_meta:
        raise LayoutNotRecognised("no .single-post-text body or .post-meta list")
    title = first_text(tree, TITLE) or meta_content(tree, "og:title") or _heading_before(tree, body, roots)
    published = own_date(tree, title=title, body=body, meta=meta)
    area = first(tree, ARTICLE_AREA)
    area = body if area is None else area
    drop_chrome(area if body in area.iter() else body, CHROME)
    return Page(
        title=title,
        paragraphs=blocks(body),
        published_at=published.at,
        published_time_known=published.time_known,
        views=_views(meta),
        image_urls=absolute_images(area, url),
        flags=published.flags,
        drop={"super administrator"} | {m.casefold() for m in meta},
        parser=NAME,
    )


def _is_article_href(href: str) -> bool:
    # The literal first: the pattern's leading alternation is tried at every position of the path,
    # milliseconds for a malformed page's 300 KB href.
    path = urlsplit_path(href)
    return "detail-post/" in path and bool(_ARTICLE_ROUTE.search(path))


def parse_listing(url: str, tree) -> Listing:
    """Read article links (newest first), their dates and the next page from a listing page."""
    drop_chrome(tree, LISTING_CHROME)
    drop_titled_blocks(tree)
    has_structure = first(tree, LISTING_AREA) is not None
    anchors, unfollowed = article_anchors(tree, _is_article_href)
    return listing_from_anchors(url, tree, anchors, has_structure, unfollowed)
