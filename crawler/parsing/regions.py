"""Parts of a page that belong to other pages: sidebars, related/recent/popular posts, footers,
comments, calendars, tickers. Their links and dates are never the article's or the listing's own.
"""

from __future__ import annotations

import re

from crawler.parsing.text import collapse

# Class or id words of such blocks across the CMS themes seen (Bootstrap OPD themes, WordPress,
# Jetpack/YARPP related posts). Words anywhere in a token, plus tokens that must match whole, so
# "elementor-widget-container" is not a widget (one search per element: this runs on every page).
_FOREIGN_WORDS = re.compile(
    r"sidebar|related|terkait|popular|populer|trending|ticker|marquee|breaking|running-?text|calendar|kalender|"
    r"comment|komentar|yarpp|baca-?juga|recent|terkini|terbaru|latest|"
    r"(?:^|\s)(?:widget(?:[-_]\S*)?|(?:site-|page-)?footer(?:[-_]\S*)?|breadcrumbs?)(?:\s|$)"
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


def _names(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


def is_foreign_block(el, own=None) -> bool:
    """True when an element is itself a sidebar/related/footer/comment/calendar block."""
    if el is own:
        return False
    if el.tag in _FOREIGN_TAGS and not (el.tag == "footer" and own is not None and _inside(el, own)):
        return True
    return bool(_FOREIGN_WORDS.search(_names(el)))


def _inside(el, container) -> bool:
    return any(a is container for a in el.iterancestors())


class Regions:
    """The foreign blocks of one page, decided lazily per element met (memoised).

    Parsers only ask about the few elements they consider (meta items, anchors and their
    ancestors), so a scan of the whole tree per page is not needed: it cost ~0.4 ms a page.
    """

    def __init__(self, own=None):
        self.own = own
        self._memo: dict = {}
        self._inside: dict = {}  # element -> it is, or sits inside, a foreign block

    def __contains__(self, el) -> bool:
        found = self._memo.get(el)
        if found is None:
            found = self._memo[el] = isinstance(el.tag, str) and self._decide(el)
        return found

    def __bool__(self) -> bool:
        return True

    def encloses(self, el) -> bool:
        """True when the element is a foreign block or sits inside one.

        Memoised along the path to the root, so asking about every element of a page costs one
        walk up per element rather than one per element and ancestor (deeply nested pages).
        """
        inside, path, node, found = self._inside, [], el, False
        while node is not None:
            known = inside.get(node)
            if known is not None:
                found = known
                break
            path.append(node)
            if node in self:
                found = True
                break
            node = node.getparent()
        for seen in path:
            inside[seen] = found
        return found

    def _decide(self, el) -> bool:
        if el.tag in ("body", "html") or el is self.own:
            return False
        if is_foreign_block(el, self.own):
            return True
        return any(child.tag in _HEADINGS and FOREIGN_HEADING.match(collapse(child.text_content()))
                   for child in el if isinstance(child.tag, str))


def foreign_roots(tree, own=None) -> Regions:
    """The blocks of the page that belong to other pages (by tag, class/id, or their heading)."""
    return Regions(own)


def is_foreign(el, roots: Regions) -> bool:
    """True when the element sits inside one of the foreign roots."""
    if isinstance(roots, Regions):
        return roots.encloses(el)
    if el in roots:
        return True
    return any(a in roots for a in el.iterancestors())
