"""Many reports -> one event: group articles that report the same real-world event.

Two articles are the same event when either
  * their bodies are near-duplicates (the same release cross-posted on several hosts,
    with a different greeting, dateline or hashtag block): MinHash LSH on word shingles; or
  * they are different write-ups of one event (different outlets): they share rare words
    (names, places, programme names) and nothing they both state disagrees -- the same
    meeting_date, type, city and a compatible venue. Fewer shared words are needed when the
    fields they state agree positively: one day, one specific type and a venue of one proper
    name, or one day, one specific type, one leader and a topic in common.

Candidate pairs come only from blocks (LSH buckets, rare-word postings capped in size,
and (date, type) keys), so the work grows near-linearly with the number of articles
instead of with all pairs. Accepted pairs are merged with union-find; a merge that would
put two different dates, types or cities in one event is refused, so chains of weak
links cannot glue two different meetings together.

Stable ids: ``event_id`` is ``"ev-" + sha256(id of the earliest member)[:16]`` where
earliest means smallest (published, id), unknown published dates sorting last. A later
report of a known event never becomes the earliest member, so the id does not change.
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from itertools import accumulate, combinations
from typing import Iterable, Iterator

import numpy as np
from rapidfuzz import fuzz, utils

from crawler.parsing.related import without_related
from crawler.parsing.text import blocks_from_text, clean_paragraphs
from pipelines import minhash
from pipelines.extract import publication_day
from pipelines.extract.clauses import without_followed_up
from pipelines.extract.text import other_occasion, page_stamp, repaired

# Measured on dev: cross-posts with a different greeting/dateline/hashtags score 0.8+,
# different outlets' write-ups of one meeting stay under 0.2.
NEAR_DUP_THRESHOLD = 0.5
# A copy (duplicate_of) must be nearly the same text, not just the same release reworded.
DUPLICATE_THRESHOLD = 0.8
SHINGLE = 3
# Rare-word blocking: a word seen in more than MAX_POSTING articles is not a block key.
RARE_WORDS_PER_DOC = 24
MAX_POSTING = 25
MIN_SHARED_WORDS = 2
MAX_DATE_BLOCK = 400
# Cosine of rare-word TF-IDF vectors needed to call two write-ups one event,
# with and without positive agreement on the meeting date.
SIM_WITH_DATE = 0.18
SIM_WITHOUT_DATE = 0.24
# ... and when both state the same day, the same specific type, the same city and a venue of the same proper name
# ('Gedung Pusiban, Kompleks Kantor Gubernur' / 'Gedung Pusiban'), outlets' different wordings of one meeting suffice.
SIM_SAME_SETTING = 0.12
# ... and when both state the same day, the same specific type, the same leader and a topic in common (their cities not
# disagreeing), the agreeing fields are themselves the evidence: outlets retell one rakor or plenary in their own words.
SIM_SAME_LEADER = 0.08
# A host receives several delegations in a day: an audience's leader does not tell one audience from another.
HOSTED_TYPES = frozenset({"audiensi"})
# Reports of one event appear within days of each other.
MAX_PUBLISHED_GAP_DAYS = 7
# A report comes out within weeks of the meeting it tells (an announcement before it, a recap after): a report published
# further from another report's stated meeting day is about another meeting, whatever its own date says or omits.
MAX_REPORT_DISTANCE_DAYS = 30
VENUE_CONFLICT = 45
# Catch-all labels the extractor gives when unsure; they never contradict a specific type.
GENERIC_TYPES = frozenset({"rapat_lainnya", "statement", "other"})
# Meeting types outlets use for one meeting interchangeably; the formal ones (paripurna, musrenbang, FGD, hearing,
# konsultasi publik, sidang) are never another's name.
RAPAT_FAMILY = frozenset({"rapat_koordinasi", "rapat_kerja", "audiensi", "rapat_lainnya", "rapat_terbatas",
                          "rapat_pimpinan", "rapat_evaluasi"})

_HASHTAG = re.compile(r"[#@][\w.]+")
_URL = re.compile(r"https?://\S+")
_WORD = re.compile(r"[a-z0-9]+")
_BRACKET_DATE = re.compile(r"\((\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\)")
_STOP = frozenset(
    """yang dan di ke dari dalam untuk dengan pada ini itu atau juga oleh akan telah
    sebagai tersebut adalah serta bagi para kepada dapat karena agar tidak ada hal lebih
    kita kami mereka ia dia saat secara sudah bisa menjadi tahun provinsi lampung pemprov
    pemerintah kata ujar ujarnya katanya jelas jelasnya selasa rabu kamis jumat sabtu minggu
    senin januari februari maret april mei juni juli agustus september oktober november
    desember wib com id co www foto""".split()
)


@dataclass(frozen=True)
class ClusterInput:
    """One article as clustering sees it: text plus the extracted event fields."""

    id: str
    title: str = ""
    text: str = ""
    published: str | None = None
    source: str | None = None
    event_type: str | None = None
    meeting_type: str | None = None
    meeting_date: str | None = None
    venue: str | None = None
    city: str | None = None  # None when the extractor only assumed it (the capital by default): no evidence to disagree
    mode: str | None = None
    chair: str | None = None  # the leader's name as extracted
    topics: tuple[str, ...] = ()

    @classmethod
    def from_extraction(cls, record: dict, extracted: dict, source: str | None = None) -> "ClusterInput":
        """Build from a contract record {id,url,title,text,published} and its extraction."""
        return cls(
            id=str(record["id"]),
            title=record.get("title") or "",
            text=record.get("text") or "",
            # (a record without its publication date came out the day its page's stamp says, as the extractor reads it)
            published=_iso(record.get("published")) or _iso(publication_day(record)),
            source=source or _host(record.get("url")),
            event_type=extracted.get("event_type"),
            meeting_type=extracted.get("meeting_type"),
            meeting_date=None if extracted.get("date_assumed") else _iso(extracted.get("meeting_date")),
            venue=extracted.get("venue"),
            city=None if extracted.get("city_assumed") else extracted.get("city"),
            mode=extracted.get("mode"),
            chair=(extracted.get("chair") or {}).get("name"),
            topics=tuple(extracted.get("topics") or ()),
        )


@dataclass
class _Doc:
    item: ClusterInput  # without its text: the features below are all that is compared
    minhash: np.ndarray  # MinHash signature of the body's word shingles
    weights: "Weights"
    day_months: frozenset[tuple[int, int]]


class Weights:
    """A unit TF-IDF vector kept compact: word ids and weights in two arrays (a dict of floats
    cost ~15 KB per article, most of the clustering's memory)."""

    __slots__ = ("ids", "values")

    def __init__(self, vector: dict[int, float]):
        order = sorted(vector)  # sorted ids: a dot product is one C-level intersection
        self.ids = np.fromiter(order, dtype=np.int64, count=len(order))
        self.values = np.fromiter((vector[i] for i in order), dtype=np.float64, count=len(order))

    def top(self, k: int) -> list[int]:
        """Ids of the k highest weights."""
        order = sorted(range(len(self.values)), key=self.values.__getitem__, reverse=True)
        return [int(self.ids[i]) for i in order[:k]]

    def dot(self, other: "Weights") -> float:
        """Cosine with another unit vector."""
        _, a, b = np.intersect1d(self.ids, other.ids, assume_unique=True, return_indices=True)
        return float(np.dot(self.values[a], other.values[b]))


def event_id_for(member_id: str) -> str:
    """The stable event id derived from the id of an event's earliest report."""
    return "ev-" + hashlib.sha256(member_id.encode("utf-8")).hexdigest()[:16]


def story(text: str | None, title: str | None = None) -> str:
    """The page's text mended, less the lists of other stories around the story (as the extractor reads it)."""
    return "\n".join(without_related(repaired(text or "").split("\n"), title))


def normalize_for_shingles(text: str, title: str | None = None) -> str:
    """Lower-cased body words without greeting, dateline, hashtags, handles and URLs."""
    # the parser's own furniture stripping, so cluster and content_sha256 agree on "the body"
    body = clean_paragraphs(blocks_from_text(repaired(text or "")), title).body_text
    body = _URL.sub(" ", _HASHTAG.sub(" ", body))
    return " ".join(_words(body))


@dataclass
class Clustering:
    """Result of clustering: the event of every record, and which records copy an earlier one."""

    event_ids: dict[str, str]
    duplicate_of: dict[str, str]


def assign_events(records: Iterable[ClusterInput]) -> dict[str, str]:
    """Map every record id to the event_id of the real event it reports."""
    return cluster(records).event_ids


def cluster(records: Iterable[ClusterInput]) -> Clustering:
    """Cluster records into events and find cross-posted copies (near-identical bodies)."""
    docs = _featurize(records)
    items = [d.item for d in docs]
    parent, copies = list(range(len(docs))), list(range(len(docs)))
    profiles = [_profile(d.item) for d in docs]
    for i, j, jaccard in _near_duplicate_pairs(docs):
        # guarded too: a weekly release template with a new date is a new meeting
        _union(parent, profiles, i, j)
        if jaccard >= DUPLICATE_THRESHOLD:
            _union(copies, None, i, j, force=True)
    # strongest evidence first: a weak link decided early must not block a strong one by the group guard
    accepted = [(score, i, j) for i, j in _candidate_pairs(docs)
                if _find(parent, i) != _find(parent, j)  # copies are joined already
                and (score := _event_similarity(docs[i], docs[j])) is not None]
    for _, i, j in sorted(accepted, reverse=True):
        _union(parent, profiles, i, j)
    return Clustering(_stable_ids(items, parent), _duplicates(items, copies))


# -- features ---------------------------------------------------------------------------


def _featurize(records: Iterable[ClusterInput]) -> list[_Doc]:
    # Bodies are dropped as soon as they are read, and words are interned: memory grows with
    # the vocabulary and the number of articles, not with the total length of the texts.
    items, words, day_months = [], [], []
    for it in records:
        # (the story without the lists of other stories a page prints around it: one host's sidebar, the same on every
        # page of a week, would make its stories share rare words and lend each other its headlines' days)
        it = replace(it, text=story(it.text, it.title))
        words.append([sys.intern(w) for w in normalize_for_shingles(it.text, it.title).split()])
        day_months.append(_day_months(it))
        items.append(replace(it, text=""))
    # each distinct word is judged and weighed once, not once per occurrence
    keep = {w for w in {w for ws in words for w in ws} if _content_word(w)}
    content = [[w for w in ws if w in keep] for ws in words]
    titles = [[w for w in _words(it.title) if _content_word(w)] for it in items]
    df = Counter(w for cw in content for w in set(cw))
    n, vocabulary = max(len(items), 1), {}
    idf = _Idf(df, n)
    return [
        _Doc(it, _minhash(ws), Weights({vocabulary.setdefault(w, len(vocabulary)): v for w, v in _tfidf(cw + tw, idf).items()}), dm)
        for it, ws, cw, tw, dm in zip(items, words, content, titles, day_months)
    ]


class _Idf(dict):
    """log((1 + n) / df) of a word, computed on first use (words only in titles have df 0, taken as 1)."""

    def __init__(self, df: Counter, n: int):
        super().__init__()
        self.df, self.n = df, n

    def __missing__(self, word: str) -> float:
        value = self[word] = math.log((1 + self.n) / max(self.df[word], 1))
        return value


def _words(text: str | None) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text or "").lower())


def _content_word(w: str) -> bool:
    return len(w) > 2 and w not in _STOP and not w.isdigit()


def _tfidf(words: list[str], idf: dict[str, float]) -> dict[str, float]:
    """Unit TF-IDF vector; the title's words are in `words` twice (headline = topic)."""
    vec = {w: (1 + math.log(c)) * idf[w] for w, c in Counter(words).items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {w: v / norm for w, v in vec.items() if v > 0}


def _day_months(it: ClusterInput) -> frozenset[tuple[int, int]]:
    # (not the days of a paragraph telling another occasion of the series, 'Rapat lanjutan dijadwalkan Rabu (6/8)', nor
    # of the meeting a report follows up, '... menindaklanjuti arahan Presiden dalam Sidang Kabinet pada Senin (3/3)')
    # (a photo caption's day is kept: a caption most often dates the event itself, 'Gubernur memimpin rakor, Senin (10/3)')
    # (nor of the page's stamp, 'Kamis (26/6/2025) - 08:10 WIB': the day it came out, not the event's)
    found = {(int(d), int(m)) for line in (it.text or "").split("\n")
             if "/" in line and not other_occasion(line) and not page_stamp(line)
             for d, m, _y in _BRACKET_DATE.findall(without_followed_up(line)) if 0 < int(m) <= 12}
    if it.meeting_date:
        md = date.fromisoformat(it.meeting_date[:10])
        found.add((md.day, md.month))
    return frozenset(found)


# -- candidate pairs --------------------------------------------------------------------


def _minhash(words: list[str]) -> np.ndarray:
    body = " ".join(words).encode("utf-8")
    if len(words) < SHINGLE:
        return minhash.signature([body])
    # each shingle sliced from the body's bytes (the words are ASCII: a character is a byte), not joined word by word
    starts = list(accumulate([len(w) + 1 for w in words], initial=0))
    return minhash.signature({body[a:b - 1] for a, b in zip(starts, starts[SHINGLE:])})


def _near_duplicate_pairs(docs: list[_Doc]) -> Iterator[tuple[int, int, float]]:
    """Pairs whose shingled bodies have estimated Jaccard >= NEAR_DUP_THRESHOLD."""
    return minhash.similar_pairs((d.minhash for d in docs), NEAR_DUP_THRESHOLD)


def _candidate_pairs(docs: list[_Doc]) -> Iterator[tuple[int, int]]:
    """Pairs sharing two rare words or a (day, type) key, the day stated or else published; blocks are size-capped."""
    postings: dict[str, list[int]] = defaultdict(list)
    dated: dict[tuple, list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        for w in d.weights.top(RARE_WORDS_PER_DOC):
            postings[w].append(i)
        # (a report that states no date is blocked by the day it came out: 'Bandar Lampung, 6/4 (ANTARA) - ...')
        day = d.item.meeting_date or d.item.published
        if day:
            dated[(day[:10], d.item.meeting_type or d.item.event_type)].append(i)
    shared: Counter = Counter()
    for members in postings.values():
        if 2 <= len(members) <= MAX_POSTING:
            shared.update(combinations(members, 2))
    yield from (pair for pair, n in shared.items() if n >= MIN_SHARED_WORDS)
    for members in dated.values():
        if len(members) <= MAX_DATE_BLOCK:
            yield from (p for p in combinations(members, 2) if shared[p] < MIN_SHARED_WORDS)


# -- pair decision ----------------------------------------------------------------------


def _event_similarity(a: _Doc, b: _Doc) -> float | None:
    """Different write-ups of one event: their rare-word similarity, None when too low or they disagree."""
    x, y = a.item, b.item
    if _conflict(x, y):
        return None
    if a.day_months and b.day_months and not (a.day_months & b.day_months):
        return None
    sim = a.weights.dot(b.weights)
    dated = bool(_told_days(a) & _told_days(b))
    threshold = (SIM_SAME_LEADER if _same_leader(x, y) else SIM_SAME_SETTING if _same_setting(x, y)
                 else SIM_WITH_DATE if dated else SIM_WITHOUT_DATE)
    return sim if sim >= threshold else None


def _same_setting(x: ClusterInput, y: ClusterInput) -> bool:
    """One stated day, one specific meeting type, one city and a venue sharing a proper name."""
    if not (x.meeting_date and x.meeting_date[:10] == (y.meeting_date or "")[:10]):
        return False
    if not (_specific(x.meeting_type) and x.meeting_type == y.meeting_type):
        return False
    if not (_city_key(x.city) and _city_key(x.city) == _city_key(y.city) and x.venue and y.venue):
        return False
    return _share_a_name(_venue_names(x.venue), _venue_names(y.venue))


def _same_leader(x: ClusterInput, y: ClusterInput) -> bool:
    """One stated day, one specific meeting type (not one a host receives many of), one leader, a topic shared."""
    if not (x.meeting_date and x.meeting_date[:10] == (y.meeting_date or "")[:10]):
        return False
    if not (_specific(x.meeting_type) and x.meeting_type == y.meeting_type) or x.meeting_type in HOSTED_TYPES:
        return False
    return _same_person(x.chair, y.chair) and bool(set(x.topics) & set(y.topics))


def _same_person(a: str | None, b: str | None) -> bool:
    """One person's name written twice, or shortened ('Bima Arya' / 'Bima Arya Sugiarto'): two words in common."""
    wa, wb = set(_words(a)), set(_words(b))
    return bool(wa and wb) and (wa == wb or len(wa & wb) >= 2)


def _share_a_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two venues' proper-name words meet: one word, or one inside the other ('Kominfotik' in 'Diskominfotik'; not
    'pu' in 'pusat')."""
    return any(u == v or (min(len(u), len(v)) >= 4 and (u in v or v in u)) for u in a for v in b)


def _told_days(doc: _Doc) -> frozenset[tuple[int, int]]:
    """The days a report dates its event by: those it writes, else ('..., Rabu.') the day it came out. (Agreement
    only: a report's publication day never contradicts another's stated date.)"""
    if doc.day_months or not doc.item.published:
        return doc.day_months
    day = date.fromisoformat(doc.item.published[:10])
    return frozenset({(day.day, day.month)})


def _conflict(x: ClusterInput, y: ClusterInput) -> bool:
    if _differ(x.meeting_date and x.meeting_date[:10], y.meeting_date and y.meeting_date[:10]):
        return True
    if _differ(_kind(x.event_type), _kind(y.event_type)):
        return True
    same_day = bool(x.meeting_date and y.meeting_date and x.meeting_date[:10] == y.meeting_date[:10])
    if _differ(_specific(x.meeting_type), _specific(y.meeting_type)) and not (
            same_day and {x.meeting_type, y.meeting_type} <= RAPAT_FAMILY):
        return True  # on one stated day, outlets name one meeting audiensi, rakor or raker; a plenary is a plenary
    # two reports of a meeting followed online each sit in the room they followed it from: their places cannot disagree
    followed = x.mode == y.mode == "daring"
    if not followed and _differ(_city_key(x.city), _city_key(y.city)):
        return True
    # (an announcement and a report of one stated day may come out more than a week apart: the day itself binds them,
    # each report within MAX_REPORT_DISTANCE_DAYS of it)
    if x.published and y.published and not same_day:
        gap = abs((date.fromisoformat(x.published[:10]) - date.fromisoformat(y.published[:10])).days)
        if gap > MAX_PUBLISHED_GAP_DAYS:
            return True
    if _reported_far({_day(x.meeting_date), _day(y.meeting_date)} - {None}, {_day(x.published), _day(y.published)} - {None}):
        return True
    if x.venue and y.venue and x.meeting_type and y.meeting_type and not followed:
        # venues decide between two meetings; for other events they are written too loosely. On one stated day only
        # named places count ('Emersia Hotel' vs 'Aula BPSDM'), not two descriptions of one building ('ruang sidang
        # utama gedung dewan' / 'gedung DPRD di Kalianda')
        apart = fuzz.token_set_ratio(x.venue, y.venue, processor=utils.default_process) < VENUE_CONFLICT
        if same_day:
            a, b = _venue_names(x.venue), _venue_names(y.venue)
            return apart and bool(a and b) and not _share_a_name(a, b)
        return apart
    return False


_GENERIC_VENUE_WORDS = frozenset(
    """ruang ruangan rapat gedung aula kantor utama lantai lt dprd dewan provinsi lampung kabupaten kota sidang
    paripurna setempat kerja balai pemkab pemkot pemprov sekretariat daerah di dan komisi wali bupati gubernur
    wakil pimpinan command center""".split())


def _venue_names(venue: str) -> frozenset[str]:
    """The proper-name words of a venue (capitalised, not the generic words every building has)."""
    return frozenset(w.lower() for w in re.findall(r"\b[A-Z][\w'-]*", venue) if w.lower() not in _GENERIC_VENUE_WORDS
                     and w.lower() not in _place_words())


@cache
def _place_words() -> frozenset[str]:
    """Words of region names and one-word seats and towns (the gazetteer's): where a building is, not which one.
    (Words of longer town names, 'Gedong', 'Agung', 'Jaya', also name buildings, so they stay.)"""
    from pipelines.extract.gazetteer import outside_places, place_regions, regions
    towns = [r.capital for r in regions()] + list(place_regions()) + list(outside_places())
    return (frozenset(w.lower() for r in regions() for w in r.name.split())
            | frozenset(t.lower() for t in towns if " " not in t) | {"bandarlampung"})


def _kind(event_type: str | None) -> str | None:
    """Meeting or not: other events' labels (visit, aid, statement) name one event from different sides."""
    return None if event_type is None else ("meeting" if event_type == "meeting" else "other")


def _specific(kind: str | None) -> str | None:
    """A type that can disagree: catch-all labels agree with anything."""
    return None if kind in GENERIC_TYPES else kind


def _differ(a, b) -> bool:
    return bool(a) and bool(b) and a != b


def _city_key(city: str | None) -> str | None:
    if not city:
        return None
    c = utils.default_process(city).replace("bandarlampung", "bandar lampung")
    return re.sub(r"^(kota|kabupaten|kab)\s+", "", c).strip() or None


# -- union-find with conflict guard -----------------------------------------------------


def _profile(it: ClusterInput) -> dict[str, set]:
    keys = {
        "date": it.meeting_date and it.meeting_date[:10],
        "type": _specific(it.meeting_type),
        "event": _kind(it.event_type),
        "city": None if it.mode == "daring" else _city_key(it.city),  # (followed online: the follower's room's city)
    }
    profile = {k: ({v} if v else set()) for k, v in keys.items()}
    # publication days of the group: a chain through undated reports must not join reports weeks apart
    profile["published"] = {date.fromisoformat(it.published[:10])} if it.published else set()
    return profile


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _reported_far(stated: set[date], published: set[date]) -> bool:
    """A publication day further than a report can be from a stated meeting day."""
    return any(abs((p - s).days) > MAX_REPORT_DISTANCE_DAYS for s in stated for p in published)


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], profiles: list[dict] | None, i: int, j: int, force: bool = False) -> None:
    """Merge two groups unless they state different dates, types or cities (force: copies)."""
    ri, rj = _find(parent, i), _find(parent, j)
    if ri == rj:
        return
    if profiles is None:
        parent[rj] = ri
        return
    pi, pj = profiles[ri], profiles[rj]
    same_day = bool(pi["date"] and pi["date"] == pj["date"])
    retyped = same_day and pi["type"] | pj["type"] <= RAPAT_FAMILY
    if not force and any(pi[k] and pj[k] and pi[k] != pj[k] for k in pi if k != "published" and not (k == "type" and retyped)):
        return
    days = pi["published"] | pj["published"]
    # (one stated day binds an announcement and the reports after it; _reported_far still bounds them)
    if not force and not same_day and days and (max(days) - min(days)).days > MAX_PUBLISHED_GAP_DAYS:
        return
    if not force and _reported_far({date.fromisoformat(d) for d in pi["date"] | pj["date"]}, days):
        return
    parent[rj] = ri
    profiles[ri] = {k: pi[k] | pj[k] for k in pi}


def _groups(items: list[ClusterInput], parent: list[int]) -> list[tuple[ClusterInput, list[ClusterInput]]]:
    """(earliest member, members) of every union-find group."""
    groups: dict[int, list[ClusterInput]] = defaultdict(list)
    for i, it in enumerate(items):
        groups[_find(parent, i)].append(it)
    return [(min(members, key=_age_key), members) for members in groups.values()]


def _stable_ids(items: list[ClusterInput], parent: list[int]) -> dict[str, str]:
    """Every member's event id: derived from its group's earliest report, so later reports keep it."""
    out = {}
    for earliest, members in _groups(items, parent):
        eid = event_id_for(earliest.id)
        out.update({m.id: eid for m in members})
    return out


def _duplicates(items: list[ClusterInput], copies: list[int]) -> dict[str, str]:
    """Map every later copy of a body to the id of its earliest copy."""
    out = {}
    for first, members in _groups(items, copies):
        out.update({m.id: first.id for m in members if m.id != first.id})
    return out


def _age_key(it: ClusterInput) -> tuple[int, str, str]:
    return (0 if it.published else 1, it.published or "", it.id)


def _iso(value) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _host(url: str | None) -> str | None:
    m = re.match(r"^[a-z]+://([^/:]+)", url or "")
    return m.group(1) if m else None
