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
_OPTIONS = {"include_comments": False, "include_tables": False, "favor_precision": True,
            "date_extraction_params": _NO_DATE_SEARCH}
_PROBE = ('<html><head><title>Judul | Situs</title><meta property="og:image" content="/a.jpg"></head>'
          "<body><article><h1>Rapat koordinasi</h1><p>Isi berita.</p></article></body></html>")


class _Trafilatura:
    """trafilatura, imported on first use (~30 MB per crawl process, and most crawls never need it)."""

    def __init__(self):
        import trafilatura

        self.bare_extraction = trafilatura.bare_extraction
        _share_justext_stoplist()
        self.lean = _lean_metadata()


def _share_justext_stoplist() -> None:
    """Hand justext trafilatura's stoplist as a frozenset rather than a tuple.

    justext keys an lru_cache on the stoplist it is given, and trafilatura gives it all languages'
    words as a tuple of 154,000: hashing that tuple on every call was a third of the time of a page
    that reached justext. A frozenset of the same (lower-cased) words keeps its hash, and justext
    lower-cases the list into a frozenset anyway, so every page is classified as before.
    """
    try:
        from trafilatura import external
    except ImportError:
        return
    if isinstance(getattr(external, "JT_STOPLIST", None), tuple) or (
            getattr(external, "JT_STOPLIST", 0) is None and hasattr(external, "jt_stoplist_init")):
        external.JT_STOPLIST = frozenset(w.lower() for w in external.jt_stoplist_init())


def _lean_metadata():
    """(load_html, title-and-image) when this trafilatura has the steps of `extract_metadata` that
    set the title and the image, and they agree with it on a probe page; else None."""
    try:
        from trafilatura.metadata import examine_meta, extract_meta_json, extract_metadata, extract_title
        from trafilatura.utils import load_html
    except ImportError:
        return None

    def title_and_image(tree) -> tuple[str | None, str | None]:
        # extract_metadata's steps for these two fields, in its order; it also looks for the author
        # (on a deep copy of the tree), the date (htmldate), site name, categories, tags and licence,
        # none of them used here, which together cost as much as the text extraction.
        metadata = examine_meta(tree)
        try:
            metadata = extract_meta_json(tree, metadata)
        except Exception:  # noqa: BLE001 -- extract_metadata's own guard (bugs in its JSON-LD reading)
            pass
        if not metadata.title:
            metadata.title = extract_title(tree)
        metadata.clean_and_trim()
        return metadata.title, metadata.image

    try:
        full = extract_metadata(load_html(_PROBE), "https://example.org/", _NO_DATE_SEARCH)
        if title_and_image(load_html(_PROBE)) != (full.title, full.image):
            return None
    except Exception:  # noqa: BLE001 -- another trafilatura: all metadata, as before
        return None
    return load_html, title_and_image


_lib: _Trafilatura | None = None


def _as_dict(doc) -> dict:
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


def extract(url: str, html_text: str) -> tuple[str | None, str, str | None] | None:
    """(title, text, image URL as written) by trafilatura, or None when it finds no article.

    Same as `bare_extraction(with_metadata=True)`; with a URL (else trafilatura would take the
    page's canonical link from its metadata) only the title and image of the metadata are read.
    """
    global _lib
    lib = _lib = _lib or _Trafilatura()
    if url and lib.lean is not None:
        load_html, title_and_image = lib.lean
        try:
            tree = load_html(html_text)
            if tree is None:
                return None
            # bare_extraction copies a tree it is given: `tree` stays as parsed for the metadata.
            doc = lib.bare_extraction(tree, url=url, **_OPTIONS)
            if doc is None:
                return None
            title, image = title_and_image(tree)
        except (TypeError, ValueError):  # what bare_extraction turns into None
            return None
        return title, _as_dict(doc).get("text") or "", image
    doc = lib.bare_extraction(html_text, url=url, with_metadata=True, **_OPTIONS)
    if doc is None:
        return None
    meta = _as_dict(doc)
    return meta.get("title"), meta.get("text") or "", meta.get("image")


def parse_article(url: str, html_text: str, tree=None) -> Page:
    """Extract title, text and date with trafilatura; empty paragraphs when it finds no article."""
    found = extract(url, html_text)
    if found is None:
        return Page(title=None, paragraphs=[], parser=NAME, flags=["fallback_parser"])
    title, text, image = found
    title = (title or "").strip() or None
    # The page's own date by the same rules as the site parsers: htmldate's guess (trafilatura's
    # `date`) reads sidebars and related posts too, so it is never used.
    published = own_date(tree if tree is not None else parse_fragment(html_text), title=title)
    return Page(
        title=title,
        paragraphs=blocks_from_text(text),
        published_at=published.at,
        published_time_known=published.time_known,
        image_urls=[urljoin(url, image)] if image else [],
        flags=["fallback_parser"] + published.flags,
        parser=NAME,
    )
