"""Body text: paragraphs from HTML blocks, and the furniture stripped from them.

Decision on the dateline: the place prefix (`Bandar Lampung--`, `BANDARLAMPUNG -----`,
`Bandar Lampung (ANTARA) -`) goes to the `dateline` field and is cut from the first
paragraph; the rest of that sentence stays in `lead` and `body_text`, because it carries
the bracketed event date (`Rabu (21/05/2025)`) the extractor needs. A date-only dateline
(`Jumat 10/11/2023.`) is recorded as the dateline but left in the text: it is the event date.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from lxml import html as lxml_html

from crawler.parsing.related import without_related

_BLOCK_TAGS = {
    "p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "blockquote", "table", "tr", "td", "th", "pre", "figure", "figcaption", "header", "footer",
}
_SKIP_TAGS = {"script", "style", "noscript", "iframe", "form", "button", "svg", "select", "template"}

_ONE_GREETING = (
    r"(?:tabik\s+pu+n+|kham\s+seunyin+i|selamat\s+(?:pagi|siang|sore|malam)|"
    r"assalamu'?alaikum(?:\s+wr\.?\s*wb\.?)?|salam\s+sejahtera)\b"
)
# One or more greetings opening a paragraph: "Selamat Pagi, Kham Seunyinni, Tabik Pun".
GREETING = re.compile(rf"^\s*{_ONE_GREETING}(?:[\s.!,…:]*{_ONE_GREETING})*[\s.!,…:]*", re.IGNORECASE)
_DASHES = r"(?:\s*[-–—]+\s*)"
# Place dateline: up to four capitalised words (not an office or a title), an optional
# "(ANTARA)"-style agency, then dashes. Anything after the dashes stays in the text.
_NOT_PLACE = r"(?!(?:Gubernur|Wakil|Wagub|Pemprov|Pemerintah|Kepala|Dinas|Badan|Sekda|Bupati|Wali|Ketua)\b)"
_PLACE_DATELINE = re.compile(
    rf"^{_NOT_PLACE}(?P<place>[A-Z][A-Za-z.']*(?:\s+[A-Z][A-Za-z.']*){{0,3}})\s*(?:\((?P<agency>[A-Za-z]+)\))?"
    + _DASHES
)
_DATE_DATELINE = re.compile(
    r"^(?P<date>(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu),?\s+\d{1,2}/\d{1,2}/\d{2,4})\.",
    re.IGNORECASE,
)
_HASHTAG = re.compile(r"#\w+")
_HANDLE = re.compile(r"@[\w.]+")
_TRAILING_TAGS = re.compile(r"(\s*[#@][\w.]+)+\s*$")
_SHARE = re.compile(r"^(bagikan|share|baca juga|lihat juga|berita terkait|tags?\s*:)\b", re.I)
# Photo credit lines under images ("Foto: Biro Adpim", "FOTO DOK. BIRO ADPIM"): short, furniture.
_CREDIT = re.compile(r"^((foto|photo)\s*(:|/|dok\b|oleh\b)|dok\.\s|sumber foto\b).{0,100}$", re.I)


@dataclass
class Cleaned:
    """Paragraphs after furniture removal, with what was learned on the way."""

    paragraphs: list[str]
    dateline: str | None = None
    flags: list[str] = field(default_factory=list)
    raw_lead: str | None = None  # the lead before its dateline was cut (a date may sit in it)

    @property
    def body_text(self) -> str:
        """Paragraphs joined by blank lines."""
        return "\n\n".join(self.paragraphs)


def collapse(text: str) -> str:
    """Collapse all whitespace (including NBSP) to single spaces and strip."""
    return " ".join(text.split())  # str.split() splits on exactly what re's \s matches, NBSP included, and is faster


_BR = "\x00"  # marks a <br>; two in a row (whitespace between) end a paragraph
_BR_BREAK = re.compile(r"\x00\s*\x00[\x00\s]*")


def _inline_text(el, out: list[str]) -> None:
    # Walk inline content; <br><br> acts as a paragraph break in CMS bodies without <p>.
    if el.tag in _SKIP_TAGS or not isinstance(el.tag, str):
        return
    if el.text:
        out.append(el.text)
    for child in el:
        if isinstance(child.tag, str) and child.tag == "br":
            out.append(_BR)
        else:
            _inline_text(child, out)
        if child.tail:
            out.append(child.tail)


def _has_block_child(el) -> bool:
    return any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el.iterdescendants())


def blocks(container) -> list[str]:
    """Return the text paragraphs of an element, block by block, in document order."""
    paragraphs: list[str] = []

    def visit(el) -> None:
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            return
        if not _has_block_child(el):
            buf: list[str] = []
            _inline_text(el, buf)
            parts = _BR_BREAK.split("".join(buf))
            paragraphs.extend(collapse(p.replace(_BR, " ")) for p in parts if collapse(p.replace(_BR, " ")))
            return
        if el.text and collapse(el.text):
            paragraphs.append(collapse(el.text))
        for child in el:
            visit(child)
            if child.tail and collapse(child.tail):
                paragraphs.append(collapse(child.tail))

    visit(container)
    return [p for p in paragraphs if p]


def blocks_from_text(text: str) -> list[str]:
    """Split plain text (e.g. trafilatura output) into collapsed paragraphs."""
    return [line for p in (text or "").split("\n") if (line := collapse(p))]


def is_tag_block(paragraph: str) -> bool:
    """True when a paragraph is mostly hashtags or @handles (a sign-off block)."""
    words = paragraph.split()
    if not words:
        return False
    tagged = len(_HASHTAG.findall(paragraph)) + len(_HANDLE.findall(paragraph))
    return tagged >= max(1, 0.6 * len(words))


def _normal_place(place: str) -> str:
    place = collapse(place).rstrip(".")
    return place.title() if place.isupper() else place


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """Return (dateline, rest of the paragraph) for a paragraph that opens with a dateline."""
    m = _DATE_DATELINE.match(paragraph)
    if m:
        return collapse(m.group("date")), paragraph
    m = _PLACE_DATELINE.match(paragraph)
    if m and len(paragraph) > m.end():
        return _normal_place(m.group("place")), paragraph[m.end():].lstrip(" -–—:")
    return None, paragraph


def strip_greeting(paragraph: str) -> str:
    """Remove a leading greeting (`Tabik Puunn...`, `Selamat Pagi`) from a paragraph."""
    m = GREETING.match(paragraph)
    return paragraph[m.end():] if m else paragraph


def _drop_furniture(paragraphs: list[str], title: str | None, drop: set[str]) -> list[str]:
    title_key = collapse(title or "").casefold()
    kept = []
    for p in paragraphs:
        key = p.casefold()
        if key == title_key or key in drop or _SHARE.match(p) or _CREDIT.match(p) or is_tag_block(p):
            continue
        kept.append(p)
    return kept


def clean_paragraphs(paragraphs: list[str], title: str | None = None, drop: set[str] | None = None) -> Cleaned:
    """Strip page furniture, greeting, dateline and hashtag/handle blocks from body paragraphs."""
    drop = {d.casefold() for d in (drop or set())} | {"post"}
    kept = _drop_furniture(without_related(paragraphs, title), title, drop)
    while kept and not strip_greeting(kept[0]):
        kept.pop(0)
    flags: list[str] = []
    dateline = raw_lead = None
    if kept:
        kept[0] = raw_lead = strip_greeting(kept[0])
        dateline, kept[0] = split_dateline(kept[0])
    if kept:
        kept[-1] = _TRAILING_TAGS.sub("", kept[-1]).rstrip()
    kept = [p for p in kept if p]
    if dateline is None:
        flags.append("no_dateline")
    return Cleaned(kept, dateline, flags, raw_lead)


def content_hash(body_text: str) -> str:
    """sha256 of the body case-folded, punctuation and whitespace collapsed (host-independent)."""
    normal = " ".join(re.sub(r"[\W_]+", " ", body_text.casefold()).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def word_count(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(text.split())


# Characters XML forbids: libxml2 parses them into text, but lxml refuses them again whenever a
# parser edits the tree (drop_tree moves a tail), so a stray control byte crashed a listing.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


_ASCII_NOT_XML = bytes(c for c in range(32) if c not in (9, 10, 13))


def scrub(text: str) -> str:
    """Remove the characters XML cannot hold (C0 controls but tab/CR/LF, lone surrogates, U+FFFE/F)."""
    if text.isascii():  # only the C0 controls can be there: a byte table is 3-7x faster than the regex
        return text.encode("ascii").translate(None, _ASCII_NOT_XML).decode("ascii")
    return _NOT_XML.sub("", text)


def parse_fragment(html_text: str):
    """Parse an HTML document into an lxml tree (thin wrapper, one place to tune the parser)."""
    return lxml_html.document_fromstring(scrub(html_text))
