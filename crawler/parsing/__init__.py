"""Page parsers: pure functions of (url, body), no Scrapy, no I/O.

`parse_article` turns an article response into the page-determined columns of the
articles table or raises `PageRejected`; `parse_listing` reads a listing page.
The same functions serve the live crawl, the mirror and the WARC rebuild.
"""

from __future__ import annotations

from collections.abc import Mapping

from lxml.etree import ParserError

from crawler.canonical import article_id, canonicalize
from crawler.parsing import fallback, generic, shared_cms, wordpress
from crawler.parsing.checks import check_page
from crawler.parsing.errors import PageRejected
from crawler.parsing.listing import Listing
from crawler.parsing.page import LayoutNotRecognised, Page
from crawler.parsing.published import from_dateline
from crawler.parsing.text import clean_paragraphs, content_hash, parse_fragment, word_count

# "generic" is for pages of unregistered hosts (rapat parse): the fallback parser and positional listings.
FAMILIES = {"shared_cms": shared_cms, "wordpress": wordpress, "generic": generic}
SHORT_BODY_WORDS = 40

__all__ = ["PageRejected", "Listing", "parse_article", "parse_listing", "FAMILIES"]


def _family(family: str):
    try:
        return FAMILIES[family]
    except KeyError:
        raise ValueError(f"unknown CMS family {family!r}; expected one of {sorted(FAMILIES)}") from None


def _tree(html_text: str):
    try:
        return parse_fragment(html_text)
    except (ParserError, ValueError) as exc:
        raise PageRejected("parse_error", f"unparseable HTML: {exc}") from exc


def _read(url: str, html_text: str, family: str) -> Page:
    tree = _tree(html_text)
    try:
        return _family(family).parse_article(url, tree)
    except LayoutNotRecognised:
        # The family parser may have pruned the tree; trafilatura gets the original text.
        return fallback.parse_article(url, html_text, tree)


def _published(page: Page, cleaned):
    # The last tier of the article's own date: the lead's dateline, read only when the page had none.
    if page.published_at is not None:
        return page.published_at, page.published_time_known, page.flags
    found = from_dateline(cleaned.raw_lead)
    if found is None:
        return None, False, page.flags
    return found.at, found.time_known, [f for f in page.flags if f != "no_date"] + found.flags


def _row(url: str, page: Page) -> dict:
    cleaned = clean_paragraphs(page.paragraphs, page.title, page.drop)
    if not cleaned.paragraphs:
        raise PageRejected("no_body", f"{page.parser}: no body text after removing page furniture")
    if not page.title:
        raise PageRejected("no_title", f"{page.parser}: no title found")
    body_text = cleaned.body_text
    words = word_count(body_text)
    published_at, known, page_flags = _published(page, cleaned)
    flags = page_flags + cleaned.flags + (["short_body"] if words < SHORT_BODY_WORDS else [])
    canonical = canonicalize(url)
    return {
        "url": url,
        "canonical_url": canonical,
        "article_id": article_id(canonical),
        "title": page.title,
        "published_at": published_at,
        "published_time_known": known,
        "dateline": cleaned.dateline,
        "lead": cleaned.paragraphs[0],
        "body_text": body_text,
        "image_urls": page.image_urls,
        "views": page.views,
        "word_count": words,
        "content_sha256": content_hash(body_text),
        "parser": page.parser,
        "quality_flags": sorted(set(flags)),
    }


def parse_article(
    url: str,
    body: bytes | str,
    *,
    family: str,
    status: int = 200,
    content_type: str | None = None,
    headers: Mapping | None = None,
) -> dict:
    """Parse an article response into the page-determined article columns or raise PageRejected."""
    _family(family)
    html_text = check_page(body, status=status, content_type=content_type, headers=headers)
    return _row(url, _read(url, html_text, family))


def parse_listing(
    url: str,
    body: bytes | str,
    *,
    family: str,
    status: int = 200,
    content_type: str | None = None,
    headers: Mapping | None = None,
) -> Listing:
    """Parse a listing page into Listing(article_urls, next_url, dates) or raise PageRejected."""
    module = _family(family)
    html_text = check_page(body, status=status, content_type=content_type, headers=headers)
    return module.parse_listing(url, _tree(html_text))
