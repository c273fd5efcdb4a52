"""WordPress hosts (dinkes): `/<slug>/` articles and `/page/N/` listings in theme markup."""

from __future__ import annotations

from crawler.parsing.dates import parse_iso
from crawler.parsing.listing import Listing, listing_from_anchors
from crawler.parsing.page import (
    LayoutNotRecognised, Page, absolute_images, css, drop_chrome, first, first_text, meta_content,
)
from crawler.parsing.text import blocks

NAME = "wordpress/1"

BODY = (".entry-content", ".post-content", "article .content")
TITLE = ("h1.entry-title", ".entry-title", "article h1", "h1.post-title")
DATE = ("time.entry-date[datetime]", "time.published[datetime]", "time[datetime]")
# Jetpack sharing/related posts and theme footers live inside .entry-content.
JUNK = (
    ".sharedaddy, .sd-sharing-enabled, .sd-block, .jp-relatedposts, #jp-post-flair, .wpcnt, "
    ".post-tags, .entry-footer, .wp-block-buttons, .addtoany_share_save_container, .yarpp-related, script, style"
)
CHROME = "body > header, #masthead, .site-header, .main-navigation, #colophon, .site-footer, aside, .widget-area, #secondary"
ITEM_LINKS = ("article h2 a", "article .entry-title a", "h2.entry-title a", ".post h2 a")
LISTING_AREA = ("#main", ".site-main", ".nav-links", ".posts", ".blog")


def _published(tree, flags: list[str]):
    stamp = None
    for sel in DATE:
        for el in css(sel)(tree):
            stamp = parse_iso(el.get("datetime", ""))
            if stamp:
                break
        if stamp:
            break
    stamp = stamp or parse_iso(meta_content(tree, "article:published_time") or "")
    if stamp is None:
        flags.append("no_date")
        return None, False
    return stamp, True


def parse_article(url: str, tree) -> Page:
    """Read WordPress article fields; LayoutNotRecognised when there is no .entry-content."""
    body = first(tree, BODY)
    if body is None:
        raise LayoutNotRecognised("no .entry-content")
    flags: list[str] = []
    published_at, known = _published(tree, flags)
    drop_chrome(body, JUNK)
    area = first(tree, ("article",))
    area = body if area is None else area
    return Page(
        title=first_text(tree, TITLE) or meta_content(tree, "og:title"),
        paragraphs=blocks(body),
        published_at=published_at,
        published_time_known=known,
        image_urls=absolute_images(area, url),
        flags=flags,
        parser=NAME,
    )


def parse_listing(url: str, tree) -> Listing:
    """Read post links (newest first), dates and `a.next.page-numbers` from a WordPress listing."""
    drop_chrome(tree, CHROME)
    anchors = [a for sel in ITEM_LINKS for a in css(sel)(tree)]
    order = {a: i for i, a in enumerate(tree.iter("a"))}
    anchors = sorted(set(anchors), key=order.__getitem__)
    has_structure = first(tree, LISTING_AREA) is not None
    return listing_from_anchors(url, tree, anchors, has_structure)
