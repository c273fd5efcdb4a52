"""trafilatura for article pages whose layout no family parser recognises."""

from __future__ import annotations

from urllib.parse import urljoin

from crawler.parsing.page import Page
from crawler.parsing.published import own_date
from crawler.parsing.text import blocks_from_text, parse_fragment

NAME = "fallback/trafilatura"
# htmldate's guess is never used (published.py decides), and its extensive search loads every
# dateparser locale: 2-5 s on some malformed pages. The cheap search it keeps stays bounded.
_NO_DATE_SEARCH = {"original_date": True, "extensive_search": False, "max_date": "2100-01-01"}


def parse_article(url: str, html_text: str, tree=None) -> Page:
    """Extract title, text and date with trafilatura; empty paragraphs when it finds no article."""
    import trafilatura  # ~30 MB per crawl process, and most crawls never need it

    doc = trafilatura.bare_extraction(
        html_text, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
        date_extraction_params=_NO_DATE_SEARCH,
    )
    if doc is None:
        return Page(title=None, paragraphs=[], parser=NAME, flags=["fallback_parser"])
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    title = (meta.get("title") or "").strip() or None
    # The page's own date by the same rules as the site parsers: htmldate's guess (trafilatura's
    # `date`) reads sidebars and related posts too, so it is never used.
    published = own_date(tree if tree is not None else parse_fragment(html_text), title=title)
    return Page(
        title=title,
        paragraphs=blocks_from_text(meta.get("text") or ""),
        published_at=published.at,
        published_time_known=published.time_known,
        image_urls=[urljoin(url, meta["image"])] if meta.get("image") else [],
        flags=["fallback_parser"] + published.flags,
        parser=NAME,
    )


