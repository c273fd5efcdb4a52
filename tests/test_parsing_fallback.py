"""The fallback parser reads trafilatura's title and image without the rest of its metadata
(crawler/parsing/fallback.py): the result must be what the full metadata extraction gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import trafilatura

from crawler.parsing import fallback
from crawler.parsing.checks import to_text
from rapat.mirror import MirrorSite

PAGES = sorted((Path(__file__).parent / "pages").glob("*.html"))


def _full(url: str, html_text: str):
    doc = trafilatura.bare_extraction(html_text, url=url, with_metadata=True, **fallback._OPTIONS)
    if doc is None:
        return None
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return meta.get("title"), meta.get("text") or "", meta.get("image")


def _mirror_pages():
    for layouts in ("classic", "varied"):
        site = MirrorSite(articles=12, layouts=layouts)
        for copy in site.copies()[:12]:
            yield copy.url, site.respond(copy.source.host, copy.url.split(copy.source.host, 1)[1]).body


def test_the_lean_path_is_in_use():
    fallback.extract("https://example.org/x", PAGES[0].read_text())
    assert fallback._lib.lean is not None  # this trafilatura has the steps it needs


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_title_text_and_image_as_the_full_metadata_extraction_gives_them(page):
    html_text = page.read_text(encoding="utf-8", errors="replace")
    url = "https://example.org/berita/x"
    assert fallback.extract(url, html_text) == _full(url, html_text)


def test_mirror_pages_of_every_layout_too():
    for url, body in _mirror_pages():
        html_text = to_text(body)
        assert fallback.extract(url, html_text) == _full(url, html_text), url
