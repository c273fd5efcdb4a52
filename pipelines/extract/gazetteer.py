"""Gazetteers and vocabularies of datasets/: loaded once per process, regexes compiled once."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from crawler.resources import datasets_dir


@dataclass(frozen=True)
class Region:
    """One kabupaten/kota with its two official codes."""

    name: str
    kind: str
    short_forms: tuple[str, ...]
    kemendagri_code: str
    bps_code: str
    capital: str = ""  # the town that seats its government ('Kalianda'): a dateline there is this region


@dataclass(frozen=True)
class Official:
    """One term of one person in one office."""

    person_id: str
    name: str
    role: str
    role_key: str
    start: date | None
    end: date | None
    variants: tuple[str, ...]


def _rows(relpath: str) -> list[dict[str, str]]:
    path = datasets_dir() / relpath
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _day(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def alternation(words, flags=re.I) -> re.Pattern:
    """Compile a word-bounded alternation of phrases, longest first.

    The phrases are folded into a trie ('rapat koordinasi|rapat kerja' -> 'rapat (?:k(?:oordinasi|erja))'): Python's
    regex engine tries a flat alternation of hundreds of phrases one by one at every position, a trie only along
    the letters that match (several times faster on the topic and gazetteer vocabularies, same matches).
    """
    fold = str.lower if flags & re.I else str
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(fold(w) for w in words)})(?![\w-])", flags)


def trie_pattern(words) -> str:
    """Regex body matching any of the phrases, longest first, built as a trie (a space matches spaces or a hyphen)."""
    trie: dict = {}
    for word in {w for w in words if w}:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    """Regex of a trie node: longer continuations first, the end of a phrase last (longest match wins)."""
    alts = [(r"[\s-]+" if ch == " " else re.escape(ch)) + _trie_pattern(child)
            for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:
        return (body if len(alts) > 1 else f"(?:{body})") + "?"
    return body


@cache
def regions() -> tuple[Region, ...]:
    """The 15 kabupaten/kota of Lampung."""
    return tuple(
        Region(r["name"], r["kind"], _split(r["short_forms"]), r["kemendagri_code"], r["bps_code"], r.get("capital", ""))
        for r in _rows("gazetteer/regions.csv")
    )


@cache
def region_by_name() -> dict[str, Region]:
    """Official name (lower case) -> Region."""
    return {r.name.lower(): r for r in regions()}


@cache
def outside_places() -> dict[str, str]:
    """Variant (lower case) -> place outside Lampung."""
    out = {}
    for row in _rows("gazetteer/places_outside.csv"):
        for v in _split(row["variants"]) + (row["name"],):
            out[v.lower()] = row["name"]
    return out


@cache
def province_words() -> frozenset[str]:
    """Lower-case words of the other provinces' names and their short forms ('sumatera', 'selatan', 'sumsel')."""
    return frozenset(w.lower() for row in _rows("gazetteer/provinces.csv")
                     for v in (row["name"],) + _split(row["abbreviations"]) for w in v.split())


@cache
def venues() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(name, city, variants) of known venues."""
    return tuple((r["name"], r["city"], _split(r["variants"])) for r in _rows("gazetteer/venues.csv"))


@cache
def venue_pattern() -> re.Pattern:
    """One regex over every known venue variant."""
    return alternation(v for _, _, vs in venues() for v in vs)


@cache
def venue_city() -> dict[str, str]:
    """Venue variant (lower case) -> city."""
    return {v.lower(): city for _, city, vs in venues() for v in vs}


@cache
def generic_venues() -> frozenset[str]:
    """Lower-case variants of venues every regency has one of (Ruang Rapat Utama, Gedung Dewan)."""
    return frozenset(v.lower() for r in _rows("gazetteer/venues.csv") if r.get("generic") == "yes"
                     for v in _split(r["variants"]))


@cache
def officials() -> tuple[Official, ...]:
    """Every known term of office."""
    return tuple(
        Official(r["person_id"], r["name"], r["role"], r["role_key"], _day(r["from"]), _day(r["to"]),
                 _split(r["variants"]) or (r["name"],))
        for r in _rows("gazetteer/officials.csv")
    )


@cache
def national_bodies() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(full name, abbreviations) of national agencies and state companies, read as offices' words, not participants."""
    return tuple((r["name"], _split(r["abbreviations"])) for r in _rows("gazetteer/national_bodies.csv"))


@cache
def opd() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(full name, abbreviations) of government bodies, vertical agencies, units and organisations."""
    rows = _rows("gazetteer/opd.csv") + _rows("gazetteer/bodies.csv")
    return tuple((r["name"], _split(r["abbreviations"])) for r in rows)


@cache
def places() -> frozenset[str]:
    """Lower-case names of places inside Lampung below the regency level (towns, ports, rivers, units' names)."""
    return frozenset(" ".join(r["name"].lower().split()) for r in _rows("gazetteer/places.csv"))


@cache
def place_regions() -> dict[str, str]:
    """Place name (as written) -> its kabupaten/kota, for the places whose name is unambiguous."""
    named = {r["name"]: r["region"] for r in _rows("gazetteer/places.csv") if r.get("region")}
    # the same town written closed up ('Kotaagung', 'Gunungsugih', 'Gedongtataan'), as many pages spell it
    closed = {closed_up(name): region for name, region in named.items() if " " in name}
    return {**closed, **named}


def closed_up(name: str) -> str:
    """A place name written without its spaces, capitalised as one word ('Kota Agung' -> 'Kotaagung')."""
    joined = name.replace(" ", "").lower()
    return joined[:1].upper() + joined[1:]


@cache
def topics() -> tuple[re.Pattern, dict[str, tuple[str, ...]], dict[str, float]]:
    """One regex over every topic keyword (for lower-cased text), keyword (lower case, single-spaced) -> topic keys,
    and each key's own minimum score where it has one (a narrow sub-topic needs more evidence than its parent)."""
    keys: dict[str, list[str]] = {}
    minimum: dict[str, float] = {}
    for r in _rows("topics.csv"):
        for word in _split(r["keywords"]):
            keys.setdefault(" ".join(word.lower().split()), []).append(r["key"])
        if r.get("min_score"):
            minimum[r["key"]] = float(r["min_score"])
    # matched case-sensitively against lower-cased text: twice as fast as a case-insensitive pattern, same matches
    return alternation(keys, flags=0), {k: tuple(v) for k, v in keys.items()}, minimum


@cache
def broader_topics() -> dict[str, str]:
    """Narrow topic key -> the wider topic it belongs to ('apbd' -> 'anggaran'), from topics.csv's broader column."""
    return {r["key"]: r["broader"] for r in _rows("topics.csv") if r.get("broader")}


@cache
def meeting_type_triggers() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(key, trigger phrases) of every meeting type; a phrase names one type only."""
    return tuple((r["key"], _split(r["triggers"])) for r in _rows("meeting_types.csv"))
