"""The article's own publication date, never one borrowed from the page around it.

In this order of trust (issue 9): the meta line next to the title, a `<time>` or date element
in the article header, `article:published_time` / JSON-LD `datePublished`, the lead's dateline.
Dates in sidebars, recent/related/popular blocks, footers, comments and calendars are skipped
(crawler/parsing/regions.py). No own date: `published_at` stays null and the row is flagged.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime

from crawler.parsing.dates import jakarta, parse_clock, parse_day, parse_iso
from crawler.parsing.regions import foreign_roots, is_foreign
from crawler.parsing.text import collapse

_META_NAMES = ("article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
               "date.published", "dc.date.issued")
_DATE_WORDS = re.compile(r"date|time|tanggal|tgl|posted|published|meta|byline|waktu", re.IGNORECASE)
_SHORT = 200  # a meta line is short; a paragraph that mentions a date is not one
_SIBLINGS = 3
_DATELINE_SPAN = 90  # a dateline's date sits before the first dash, within the opening words
_DATELINE_END = re.compile(r"\s[-–—]+\s?|[-–—]{2,}|\)\s*[-–—:]|\.\s")


@dataclass
class Published:
    """A publication time, whether its clock time is known, and the flags it earned."""

    at: datetime | None = None
    time_known: bool = False
    flags: list[str] = field(default_factory=list)


def _from_texts(texts: list[str]) -> Published | None:
    joined = " | ".join(t for t in texts if t)
    day = parse_day(joined)
    if day is None:
        return None
    clock = parse_clock(" ".join(t for t in texts if "wib" in t.lower()) or joined)
    known = clock is not None and (clock.hour, clock.minute) != (0, 0)
    return Published(jakarta(day, clock), known, [] if known else ["time_unknown"])


def _from_stamp(value: str) -> Published | None:
    stamp = parse_iso(value)
    if stamp is None:
        day = parse_day(value)
        return Published(jakarta(day, None), False, ["time_unknown"]) if day else None
    known = len(value.strip()) > 10 and (stamp.hour, stamp.minute) != (0, 0)
    return Published(stamp, known, [] if known else ["time_unknown"])


def _from_element(el) -> Published | None:
    for t in [el] + list(el.iter("time")):
        if t.tag == "time" and t.get("datetime"):
            found = _from_stamp(t.get("datetime"))
            if found:
                return found
    text = collapse(el.text_content())
    return _from_texts([text]) if text and len(text) <= _SHORT else None


def meta_line(texts: list[str]) -> Published | None:
    """Tier 1 for a family parser that knows its meta line (e.g. the shared CMS's `.post-meta li`)."""
    return _from_texts(texts)


def _beside_title(title_el, roots: set) -> Published | None:
    # Tier 1: the short lines right after (or just before) the title, then those of its container.
    near = list(title_el.itersiblings())[:_SIBLINGS] + list(title_el.itersiblings(preceding=True))[:1]
    parent = title_el.getparent()
    if parent is not None and parent.tag not in ("body", "article"):
        near += list(parent.itersiblings())[:_SIBLINGS]
    for el in near:
        if isinstance(el.tag, str) and not is_foreign(el, roots) and el.tag not in ("p", "h1", "h2"):
            found = _from_element(el)
            if found:
                return found
    return None


def _header_elements(title_el, body):
    """The article header: what the title's container holds, then what follows the title up to the body."""
    parent = title_el.getparent()
    container = parent
    for _ in range(2):  # the title's block and the one around it (e.g. .single-post-thumb-overlay)
        up = container.getparent() if container is not None else None
        if up is None or up.tag in ("body", "html"):
            break
        container = up
    # What the title's block holds, as a set: asking each element for its ancestors was quadratic
    # in the nesting depth (a page of thousands of nested divs).
    in_parent = set(parent.iterdescendants()) if parent is not None else set()
    after = False
    for el in container.iter():
        if el is title_el:
            after = True
            continue
        if el is body or (el.tag == "p" and after and len(el.text_content()) > _SHORT):
            return  # the body starts: dates from here on are the text's, not the header's
        if after or el in in_parent:
            yield el


def _in_header(title_el, body, roots: set) -> Published | None:
    # Tier 2: a <time> or an element whose class names a date inside the article header.
    for el in _header_elements(title_el, body):
        if not isinstance(el.tag, str) or is_foreign(el, roots):
            continue
        if el.tag == "time" or _DATE_WORDS.search(f"{el.get('class') or ''} {el.get('itemprop') or ''}"):
            found = _from_element(el)
            if found:
                return found
    return None


def _json_ld_dates(tree) -> list[str]:
    # Article-typed nodes first: a WebPage or WebSite node's datePublished is the page's, not the post's.
    found: list[tuple[int, str]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text[:200_000])
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack and len(found) < 10:
            node = stack.pop()
            if isinstance(node, dict):
                if isinstance(node.get("datePublished"), str):
                    kind = str(node.get("@type") or "")
                    found.append((0 if re.search(r"Article|Posting|Report", kind) else 1, node["datePublished"]))
                stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
            elif isinstance(node, list):
                stack.extend(node[:50])
    return [value for _, value in sorted(found, key=lambda f: f[0])]


def from_metadata(tree) -> Published | None:
    """Tier 3: `article:published_time` and kin, `itemprop=datePublished`, JSON-LD `datePublished`."""
    values = []
    for el in tree.iter("meta"):
        if (el.get("property") or el.get("name") or el.get("itemprop") or "") in _META_NAMES:
            values.append(el.get("content") or "")
    values += _json_ld_dates(tree)
    for value in values:
        found = _from_stamp(value)
        if found:
            return found
    return None


def from_dateline(lead: str | None) -> Published | None:
    """Tier 4: a date in the lead's dateline (`Bandar Lampung, 12 Mei 2025 -`, `Jumat 10/11/2023.`)."""
    head = (lead or "")[:_DATELINE_SPAN]
    m = _DATELINE_END.search(head)
    day = parse_day(head[: m.end()] if m else "")
    if day is None:
        return None
    return Published(jakarta(day, None), False, ["time_unknown", "date_from_dateline"])


def find_title(tree, title: str | None, roots: set | None = None):
    """The title's element: a heading outside foreign blocks whose text is the title, else the first h1."""
    roots = foreign_roots(tree) if roots is None else roots
    key = collapse(title or "").casefold()
    first_h1 = None
    for el in tree.iter("h1", "h2", "h3", "h4"):
        if is_foreign(el, roots):
            continue
        text = collapse(el.text_content()).casefold()
        if key and (text == key or (len(text) > 15 and key.startswith(text))):  # "<title> - <site name>"
            return el
        if first_h1 is None and el.tag == "h1" and text:
            first_h1 = el
    return first_h1


def own_date(tree, *, title: str | None, body=None, lead: str | None = None, meta: list[str] | None = None,
             title_el=None) -> Published:
    """The article's own publication date by the four tiers; flags `no_date` when it has none."""
    found = meta_line(meta) if meta else None
    if found is None:
        roots = foreign_roots(tree, own=body)
        title_el = title_el if title_el is not None else find_title(tree, title, roots)
        if title_el is not None:
            found = _beside_title(title_el, roots) or _in_header(title_el, body, roots)
    metadata = from_metadata(tree)
    if found is not None and not found.time_known and metadata is not None and metadata.time_known \
            and metadata.at.date() == found.at.date():
        return metadata  # the same day, and the metadata also knows the clock time
    found = found or metadata or from_dateline(lead)
    return found or Published(None, False, ["no_date"])
