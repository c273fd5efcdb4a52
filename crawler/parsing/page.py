"""What a family parser hands back, and the small tree helpers the family parsers share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from urllib.parse import urljoin

from lxml.cssselect import CSSSelector

from crawler.parsing.text import collapse


class LayoutNotRecognised(Exception):
    """The family parser's selectors found no article here: try the fallback parser."""


@dataclass
class Page:
    """Raw article fields read by a family parser, before furniture cleaning."""

    title: str | None
    paragraphs: list[str]
    parser: str
    published_at: datetime | None = None
    published_time_known: bool = False
    views: int | None = None
    image_urls: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    drop: set[str] = field(default_factory=set)  # exact paragraphs that are page furniture


@lru_cache(maxsize=256)
def css(selector: str) -> CSSSelector:
    """Compile a CSS selector once (compiling costs more than matching on these pages)."""
    return CSSSelector(selector)


def first(tree, selectors):
    """Return the first element matched by any of the CSS selectors, in selector order."""
    for sel in selectors:
        found = css(sel)(tree)
        if found:
            return found[0]
    return None


def first_text(tree, selectors) -> str | None:
    """Return the collapsed text of the first non-empty match of the selectors."""
    for sel in selectors:
        for el in css(sel)(tree):
            text = collapse(el.text_content())
            if text:
                return text
    return None


def meta_content(tree, prop: str) -> str | None:
    """Return <meta property|name=prop content> collapsed, or None."""
    for el in tree.xpath("//meta[@property=$p or @name=$p]", p=prop):
        text = collapse(el.get("content") or "")
        if text:
            return text
    return None


def drop_chrome(tree, selector: str) -> None:
    """Remove chrome elements (nav, sidebar, footer) except those holding the pagination."""
    for junk in css(selector)(tree):
        if junk.getparent() is not None and not css(".pagination")(junk):
            junk.drop_tree()


# Widget headings seen in the CMS sidebars; "Berita Terbaru" is left alone: themes title main lists so.
SIDEBAR_HEADINGS = re.compile(r"^(berita terkini|berita populer|berita lainnya|terpopuler|populer)$", re.IGNORECASE)


def drop_titled_blocks(tree) -> None:
    """Remove widget blocks headed 'Berita Terkini' and the like, wherever the theme put them."""
    headings = [h for h in tree.iter("h2", "h3", "h4", "h5", "h6")
                if SIDEBAR_HEADINGS.match(collapse(h.text_content()))]
    for heading in headings:
        block = heading.getparent()
        if block is None or block.tag == "body" or block.getparent() is None or css(".pagination")(block):
            continue
        block.drop_tree()


def absolute_images(area, base_url: str) -> list[str]:
    """Absolute, de-duplicated image URLs inside an element, in document order."""
    seen: dict[str, None] = {}
    for img in area.iter("img"):
        src = (img.get("src") or img.get("data-src") or "").strip()
        if src and not src.startswith("data:"):
            seen.setdefault(urljoin(base_url, src), None)
    return list(seen)
