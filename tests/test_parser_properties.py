"""Property: whatever page a server sends, the page and listing parsers raise nothing but
PageRejected, within 2 s. Pages are generated from the furniture the parsers look at (meta
lines, pagination labels, dated sidebars, hostile hrefs) mixed with arbitrary text, control
characters, wrong charsets, deep nesting and truncation."""

from __future__ import annotations

import time
from html import escape
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.parsing import PageRejected, parse_article, parse_listing

TAGS = ("div", "p", "a", "h1", "h2", "h4", "span", "ul", "li", "time", "article", "aside", "nav", "footer",
        "header", "main", "section", "script", "table", "td", "br", "base", "link")
NAMES = ("href", "class", "rel", "datetime", "id", "aria-label", "type", "src")
VALUES = ("next", "prev", "sidebar", "post-meta", "entry-meta", "single-post-text", "entry-content", "pagination",
          "related-posts", "widget", "?page=2", "&page=3", "/page/3/", "/post/berita/4", "../detail-post/x",
          "/detail-post/y", "/index.php/detail-post/z", "javascript:go(2)", "#", "http://[::1", "?page=\u00b2",
          "//[x", "https://h:99999/", "2025-13-45T99:00", "2025-05-09T17:38:00+07:00", "application/ld+json", "")
TEXTS = ("Berikutnya", "Selanjutnya", "Older posts", "\u00bb", "\u203a", ">", "2", "99999", "Terakhir", "17:38 WIB",
         "09 May 2025", "May 9, 2025", "31/02/2025", "Dilihat 3 kali", "Berita Terkini", "Berita Terkait", "Post",
         "Tabik Puun...", "Bandar Lampung, 12 Mei 2025 - Gubernur membuka rapat.", '{"datePublished": [',
         "\x00", "\x0b\x1f", "\ud800", "\ufffe")

attrs = st.lists(st.tuples(st.sampled_from(NAMES), st.one_of(st.sampled_from(VALUES), st.text(max_size=20))), max_size=3)
texts = st.one_of(st.sampled_from(TEXTS), st.text(max_size=40))


def _element(tag: str, attributes: list, children: list) -> str:
    attr = "".join(f' {name}="{escape(value)}"' for name, value in attributes)
    return f"<{tag}{attr}>{''.join(children)}</{tag}>"


elements = st.recursive(texts, lambda inner: st.builds(_element, st.sampled_from(TAGS), attrs, st.lists(inner, max_size=4)),
                        max_leaves=25)


@st.composite
def pages(draw) -> bytes:
    """A document built from the elements above, then perhaps nested deep, mis-declared or cut."""
    charset = draw(st.sampled_from(["utf-8", "iso-8859-1", "utf-16", "bogus", "shift_jis", ""]))
    body = "".join(draw(st.lists(elements, max_size=6)))
    depth = draw(st.sampled_from([0, 0, 0, 300, 1200]))
    html = (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{draw(texts)}</title></head><body>'
            + "<div>" * depth + body + "</body></html>")
    encoding = draw(st.sampled_from(["utf-8", "cp1252", "utf-16"]))  # the bytes need not match the declaration
    raw = html.encode("utf-8", "surrogatepass") if encoding == "utf-8" else html.encode(encoding, "replace")
    if draw(st.booleans()):
        raw = raw[: draw(st.integers(0, len(raw)))]
    return raw


def setup_module():
    # trafilatura's first extraction loads its models (~2 s once per process): not a page's cost.
    parse_article("https://example.org/x", (Path(__file__).parent / "pages" / "redesigned_article.html").read_bytes(),
                  family="generic")


@settings(max_examples=250, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=pages(), family=st.sampled_from(["shared_cms", "wordpress", "generic"]), listing=st.booleans(),
       url=st.sampled_from(["https://bappeda.lampungprov.go.id/post/berita?page=2", "https://dinkes.lampungprov.go.id/page/2/",
                            "https://bappeda.lampungprov.go.id/detail-post/x", "https://example.org/berita/x"]))
def test_parsers_raise_only_page_rejected_in_bounded_time(body, family, listing, url):
    parse = parse_listing if listing else parse_article
    started = time.perf_counter()
    try:
        parse(url, body, family=family)
    except PageRejected:
        pass
    assert time.perf_counter() - started < 2.0
