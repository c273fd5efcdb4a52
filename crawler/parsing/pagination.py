"""Where a listing goes next, from what the page offers rather than from one template.

Page numbers are read from every common URL form (`?page=N`, `&page=N`, `?hal=N`, `?paged=N`,
`/page/N/`, `/index/N`, `/post/<cat>/N`, a trailing `/N`), links from every common widget:
`rel="next"` (link or anchor), next labels in Indonesian and English, arrows, and numbered
links, which are walked one page at a time to the highest number the listing shows.
A next link that is shown but cannot be followed is reported, so a partial listing is loud.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from crawler.parsing.text import collapse

PAGE_PARAMS = ("page", "hal", "halaman", "paged", "pg")
_PATH_PAGE = re.compile(r"/(?:(?:page|hal|halaman|index)/)?(\d{1,5})/?$", re.ASCII)
_NUMBER = re.compile(r"^(?:(?:page|halaman|hal\.?)\s*)?(\d{1,5})$", re.ASCII | re.IGNORECASE)
_FORWARD_ARROWS = "»›>→⟩"
_BACK_ARROWS = "«‹<←⟨"
_NEXT_WORDS = {
    "next", "next page", "older", "older posts", "older entries", "older articles", "berikutnya",
    "selanjutnya", "lanjut", "lanjutkan", "halaman berikutnya", "halaman selanjutnya", "lebih lama",
    "berita lama", "berita sebelumnya", "sesudahnya",
}
_LAST_WORDS = {"last", "last page", "terakhir", "akhir", "halaman terakhir"}
_DISABLED = re.compile(r"\bdisabled\b", re.IGNORECASE)


@dataclass(frozen=True)
class PageRef:
    """A listing URL split into the listing it belongs to and its page number."""

    key: tuple
    number: int
    slot: tuple | None  # ("query", name) or ("path", prefix, suffix); None when no number is written

    def url(self, n: int) -> str | None:
        """This listing's URL for page n, when the URL form is known."""
        if self.slot is None:
            return None
        scheme, host, path, query = self.key[0], self.key[1], self.key[2], list(self.key[3])
        if self.slot[0] == "query":
            query = query + [(self.slot[1], str(n))]
        else:
            path = f"{self.slot[1]}{n}{self.slot[2]}"
        return urlunsplit((scheme, host, path, urlencode(query), ""))


def _parse_query_page(query: list[tuple[str, str]]):
    for i, (name, value) in enumerate(query):
        if name.lower() in PAGE_PARAMS and value.isascii() and value.isdigit() and len(value) <= 6:
            return int(value), name, query[:i] + query[i + 1:]
    return None


def page_ref(url: str) -> PageRef | None:
    """Split an absolute URL into (listing key, page number, URL slot); None when it is no URL."""
    try:
        parts = urlsplit(url)
        query = parse_qsl(parts.query, keep_blank_values=True)
    except ValueError:  # e.g. "http://[::1" (invalid IPv6) in a malformed href
        return None
    scheme, host = parts.scheme.lower(), parts.netloc.lower()
    path = parts.path or "/"
    found = _parse_query_page(query)
    if found:
        number, name, rest = found
        return PageRef((scheme, host, path.rstrip("/") or "/", tuple(sorted(rest))), number, ("query", name))
    m = _PATH_PAGE.search(path)
    if m:
        base = path[:m.start()] or "/"
        slot = ("path", path[:m.start(1)], path[m.end(1):])
        return PageRef((scheme, host, base.rstrip("/") or "/", tuple(sorted(query))), int(m.group(1)), slot)
    return PageRef((scheme, host, path.rstrip("/") or "/", tuple(sorted(query))), 1, None)


def page_number(url: str) -> int:
    """Return the page number of a listing URL in any common form, 1 by default."""
    ref = page_ref(url)
    return ref.number if ref else 1


@dataclass
class Pagination:
    """What a listing page says about its other pages."""

    next_url: str | None = None
    last_page: int | None = None  # highest page number it links to (numbered or 'last' links)
    blocked: str | None = None  # a next link is shown but cannot be followed: why


def _label(el) -> str:
    text = collapse(el.text_content()) or collapse(el.get("aria-label") or el.get("title") or "")
    return text.casefold()


def _is_next(el, label: str) -> bool:
    if "next" in (el.get("rel") or "").lower().split():
        return True
    words = label.strip(_FORWARD_ARROWS + " ").strip()
    if words in _NEXT_WORDS:
        return True
    # An arrow alone ("»", "›", ">", ">>") is a next link; back arrows are never.
    return not words and bool(label) and all(c in _FORWARD_ARROWS or c.isspace() for c in label)


def _is_last(label: str) -> bool:
    return label.strip(_FORWARD_ARROWS + "| ").strip() in _LAST_WORDS


def _is_disabled(el) -> bool:
    if el.get("aria-disabled") == "true" or _DISABLED.search(el.get("class") or ""):
        return True
    parent = el.getparent()
    return parent is not None and bool(_DISABLED.search(parent.get("class") or ""))


def _base(url: str, tree) -> str:
    for base in tree.iter("base"):
        href = (base.get("href") or "").strip()
        if href:
            return urljoin(url, href)
    return url


def _target(base: str, el) -> tuple[str | None, PageRef | None]:
    href = (el.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return None, None
    try:
        target = urljoin(base, href)
    except ValueError:
        return None, None
    return target, page_ref(target)


def find_pagination(url: str, tree) -> Pagination:
    """Read next page, highest advertised page and any unfollowable next link from a listing tree."""
    here = page_ref(url)
    if here is None:
        return Pagination()
    base = _base(url, tree)
    nexts: list[tuple[str, PageRef, bool]] = []  # (target, ref, rel/word rather than arrow)
    numbered: dict[int, str] = {}
    numbers: list[int] = []
    blocked = None
    for el in tree.iter("a", "link"):
        label = _label(el) if el.tag == "a" else ""
        is_next = _is_next(el, label)
        number = _NUMBER.match(label) if el.tag == "a" else None
        last = el.tag == "a" and _is_last(label)
        if not (is_next or number or last):
            continue
        target, ref = _target(base, el)
        same = ref is not None and ref.key == here.key
        if is_next and same and ref.number > here.number:
            trusted = "next" in (el.get("rel") or "").lower().split() or label.strip(_FORWARD_ARROWS + " ") != ""
            nexts.append((target, ref, trusted))
        elif is_next and (target is None or (same and ref.number < here.number)) and not _is_disabled(el):
            # A script-driven or backwards "next": pages exist that this crawl cannot reach.
            blocked = blocked or f"next link {el.get('href')!r} leads to no later page of this listing"
        if same and (last or (number and int(number.group(1)) == ref.number)):
            numbers.append(ref.number)
            if number:
                numbered.setdefault(ref.number, target)
    last_page = max(numbers) if numbers else None
    wanted = here.number + 1
    next_url = _choose(nexts, numbered, wanted)
    if next_url is None and last_page and last_page >= wanted:
        # Numbers shown but not the next one (a "1 2 3 ... 12" window): write it in their URL form.
        ref = page_ref(numbered.get(last_page) or next(iter(numbered.values()), "") or "")
        next_url = ref.url(wanted) if ref and ref.slot else None
    return Pagination(next_url, last_page, None if next_url else blocked)


def _choose(nexts, numbered: dict[int, str], wanted: int) -> str | None:
    # rel=next and next words are trusted (offset schemes jump by 10); a bare arrow past page N+1
    # is often the "last" arrow, so page N+1 is taken from the numbered links or written out.
    for target, ref, trusted in nexts:
        if trusted:
            return target
    for target, ref, _ in nexts:
        if ref.number == wanted:
            return target
    if wanted in numbered:
        return numbered[wanted]
    for target, ref, _ in nexts:
        return (ref.url(wanted) if numbered and ref.slot else None) or target
    return None
