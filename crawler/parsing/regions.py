"""Parts of a page that belong to other pages: sidebars, related/recent/popular posts, footers,
comments, calendars, tickers. Their links and dates are never the article's or the listing's own.
"""

from __future__ import annotations

import re

from crawler.parsing.text import collapse

# Class or id words of such blocks across the CMS themes seen (Bootstrap OPD themes, WordPress,
# Jetpack/YARPP related posts). Matched per token, so "elementor-widget-container" is not a widget.
_FOREIGN_TOKEN = re.compile(
    r"^(?:.*(?:sidebar|related|terkait|popular|populer|trending|ticker|marquee|breaking|running-?text|calendar|kalender|"
    r"comment|komentar|yarpp|baca-?juga|recent|terkini|terbaru|latest).*|widget(?:[-_].*)?|"
    r"(?:site-|page-)?footer(?:[-_].*)?|wp-calendar|jp-relatedposts|breadcrumbs?)$"
)
# Blocks that only a heading marks as someone else's ("Berita Terkait", "Recent Posts", ...).
FOREIGN_HEADING = re.compile(
    r"^(berita|artikel|post(ingan)?|pos-pos|kegiatan)?\s*(terkini|terbaru|terkait|populer|terpopuler|lainnya|lain)$|"
    r"^(baca juga|lihat juga|related( posts| articles)?|recent( posts| news)?|popular( posts)?|latest( news| posts)?|"
    r"you may also like|komentar|comments?|tinggalkan (balasan|komentar)|leave a (reply|comment)|arsip|archives|"
    r"kalender|calendar|agenda)$",
    re.IGNORECASE,
)
_FOREIGN_TAGS = {"aside", "nav", "footer"}
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _tokens(el) -> list[str]:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower().split()


def is_foreign_block(el, own=None) -> bool:
    """True when an element is itself a sidebar/related/footer/comment/calendar block."""
    if el is own:
        return False
    if el.tag in _FOREIGN_TAGS and not (el.tag == "footer" and own is not None and _inside(el, own)):
        return True
    return any(_FOREIGN_TOKEN.match(t) for t in _tokens(el))


def _inside(el, container) -> bool:
    return any(a is container for a in el.iterancestors())


def foreign_roots(tree, own=None) -> set:
    """Every block of the page that belongs to other pages (by tag, class/id, or its heading)."""
    roots = {el for el in tree.iter() if isinstance(el.tag, str) and el.tag != "body" and is_foreign_block(el, own)}
    for heading in tree.iter(*_HEADINGS):
        if FOREIGN_HEADING.match(collapse(heading.text_content())):
            block = heading.getparent()
            if block is not None and block.tag not in ("body", "html") and block is not own:
                roots.add(block)
    return roots


def is_foreign(el, roots: set) -> bool:
    """True when the element sits inside one of the foreign roots."""
    if el in roots:
        return True
    return any(a in roots for a in el.iterancestors())
