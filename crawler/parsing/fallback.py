"""trafilatura for article pages whose layout no family parser recognises."""

from __future__ import annotations

from urllib.parse import urljoin

from crawler.parsing.dates import jakarta, parse_day, parse_iso
from crawler.parsing.page import Page, meta_content
from crawler.parsing.text import blocks_from_text

NAME = "fallback/trafilatura"


def parse_article(url: str, html_text: str, tree=None) -> Page:
    """Extract title, text and date with trafilatura; empty paragraphs when it finds no article."""
    import trafilatura  # ~30 MB per crawl process, and most crawls never need it

    doc = trafilatura.bare_extraction(
        html_text, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if doc is None:
        return Page(title=None, paragraphs=[], parser=NAME, flags=["fallback_parser"])
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    published_at, known, flags = _published(meta, tree)
    return Page(
        title=(meta.get("title") or "").strip() or None,
        paragraphs=blocks_from_text(meta.get("text") or ""),
        published_at=published_at,
        published_time_known=known,
        image_urls=[urljoin(url, meta["image"])] if meta.get("image") else [],
        flags=flags,
        parser=NAME,
    )


def _published(meta: dict, tree):
    # A page's own article:published_time has the clock time; trafilatura's date has only the day.
    stamp = parse_iso(meta_content(tree, "article:published_time") or "") if tree is not None else None
    if stamp is not None:
        return stamp, True, ["fallback_parser"]
    day = parse_day(_dmy(meta.get("date") or ""))
    if day is None:
        return None, False, ["fallback_parser", "no_date"]
    return jakarta(day, None), False, ["fallback_parser", "time_unknown"]


def _dmy(iso_day: str) -> str:
    # trafilatura gives YYYY-MM-DD; parse_day reads day-first numerics.
    parts = iso_day[:10].split("-")
    return "/".join(reversed(parts)) if len(parts) == 3 else ""

