"""WordPress hosts (dinkes): `/<slug>/` articles and `/page/N/` listings in theme markup."""

from __future__ import annotations

from crawler.canonical import page_kind
from crawler.parsing.listing import Listing, article_anchors, listing_from_anchors, same_host_links
from crawler.parsing.page import (
    LayoutNotRecognised, Page, absolute_images, drop_chrome, first, first_text, meta_content,
)
from crawler.parsing.published import own_date
from crawler.parsing.text import blocks

NAME = "wordpress/1"

BODY = (".entry-content", ".post-content", "article .content")
TITLE = ("h1.entry-title", ".entry-title", "article h1", "h1.post-title")
# Jetpack sharing/related posts and theme footers live inside .entry-content.
JUNK = (
    ".sharedaddy, .sd-sharing-enabled, .sd-block, .jp-relatedposts, #jp-post-flair, .wpcnt, "
    ".post-tags, .entry-footer, .wp-block-buttons, .addtoany_share_save_container, .yarpp-related, script, style"
)
CHROME = "body > header, #masthead, .site-header, .main-navigation, #colophon, .site-footer, aside, .widget-area, #secondary"
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
LISTING_AREA = ("#main", ".site-main", "main", ".nav-links", ".posts", ".blog", "article")


def parse_article(url: str, tree) -> Page:
    """Read WordPress article fields; LayoutNotRecognised when there is no .entry-content."""
    body = first(tree, BODY)
    if body is None:
        raise LayoutNotRecognised("no .entry-content")
    title = first_text(tree, TITLE) or meta_content(tree, "og:title")
    title_el = first(tree, ("h1.entry-title", ".entry-title"))
    published = own_date(tree, title=title, body=body, title_el=title_el)
    drop_chrome(body, JUNK)
    area = first(tree, ("article",))
    area = body if area is None else area
    return Page(
        title=title,
        paragraphs=blocks(body),
        published_at=published.at,
        published_time_known=published.time_known,
        image_urls=absolute_images(area, url),
        flags=published.flags,
        parser=NAME,
    )


def _post_path(target) -> bool:
    return page_kind(target.geturl(), "wordpress") == "article"


def _titled(anchor) -> bool:
    # A post's title link: inside a heading or marked rel=bookmark, whatever the theme's classes.
    parent = anchor.getparent()
    return "bookmark" in (anchor.get("rel") or "").split() or (parent is not None and parent.tag in _HEADINGS)


def parse_listing(url: str, tree) -> Listing:
    """Read post links (newest first), dates and the next page from a WordPress listing in any theme."""
    drop_chrome(tree, CHROME)
    anchors, unfollowed = article_anchors(tree, same_host_links(url, _post_path))
    titled = [a for a in anchors if _titled(a)]
    has_structure = first(tree, LISTING_AREA) is not None
    return listing_from_anchors(url, tree, titled or anchors, has_structure, unfollowed)
