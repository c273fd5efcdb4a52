"""The published tables as plain Python records, for the website and the calendar/OCD exports.

Reads only the columns those need (a 100,000-article table stays cheap) and the vocabularies
that label them (meeting types, topics, officials, sources). Every list comes out in a fixed
order, so whatever is built from it is byte-stable over unchanged data.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from crawler.resources import datasets_dir
from pipelines.schema import TABLES

# The new governor and vice-governor took office on this day (datasets/gazetteer/officials.csv).
ADMINISTRATION_CHANGE = dt.date(2025, 2, 20)
ARTICLE_COLUMNS = ("article_id", "source", "url", "title", "published_at", "event_type", "duplicate_of")


@dataclass
class Records:
    """Meetings (newest first), the reports they cite, crawl health and the vocabularies."""

    meetings: list[dict]
    articles: dict[str, dict]
    article_stats: list[dict]
    crawl_runs: list[dict]
    crawl_failures: list[dict]
    meeting_types: dict[str, tuple[str, str]] = field(default_factory=dict)
    topics: dict[str, str] = field(default_factory=dict)
    officials: dict[str, list[dict]] = field(default_factory=dict)
    sources: dict[str, dict] = field(default_factory=dict)
    person_names: dict[str, set[str]] = field(default_factory=dict)
    regions: list[str] = field(default_factory=list)


def load_records(data_dir: str | Path) -> Records:
    """Read the tables of a data dir (or a release folder) and the vocabularies."""
    root = Path(data_dir)
    meetings = _read(root, "meetings", None)
    meetings.sort(key=lambda m: (m["meeting_date"] or dt.date.min, m["meeting_id"]), reverse=True)
    articles = _read(root, "articles", ARTICLE_COLUMNS)
    return Records(
        meetings=meetings,
        articles={a["article_id"]: a for a in articles},
        article_stats=articles,
        crawl_runs=sorted(_read(root, "crawl_runs", None), key=lambda r: (r["run_id"], r["source"])),
        crawl_failures=sorted(_read(root, "crawl_failures", None), key=lambda r: (r["run_id"], r["url"])),
        meeting_types=_meeting_types(),
        topics=_topics(),
        officials=_officials(),
        sources=_sources(),
        person_names=_person_names(),
        regions=[r["name"] for r in _csv("gazetteer/regions.csv")],
    )


def _read(root: Path, table: str, columns: tuple[str, ...] | None) -> list[dict]:
    """Rows of <root>/<table>.parquet as dicts; an absent table is empty; absent columns are None."""
    path = root / f"{table}.parquet"
    wanted = list(columns or TABLES[table].names)
    if not path.is_file():
        return []
    present = set(pq.read_schema(path).names)
    rows = pq.read_table(path, columns=[c for c in wanted if c in present]).to_pylist()
    missing = [c for c in wanted if c not in present]
    for row in rows if missing else ():
        row.update(dict.fromkeys(missing))
    return rows


def _csv(name: str) -> list[dict]:
    with (datasets_dir() / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _meeting_types() -> dict[str, tuple[str, str]]:
    return {r["key"]: (r["label_id"], r["label_en"]) for r in _csv("meeting_types.csv")}


def _topics() -> dict[str, str]:
    return {r["key"]: r["label"] for r in _csv("topics.csv")}


def _officials() -> dict[str, list[dict]]:
    """person_id -> the person's terms (name, role, from, to) from the gazetteer, oldest first."""
    terms: dict[str, list[dict]] = {}
    for row in _csv("gazetteer/officials.csv"):
        terms.setdefault(row["person_id"], []).append(
            {"name": row["name"], "role": row["role"], "from": row["from"] or None, "to": row["to"] or None}
        )
    return {pid: sorted(t, key=lambda r: r["from"] or "") for pid, t in terms.items()}


def _person_names() -> dict[str, set[str]]:
    """person_id -> every spelling the gazetteer knows (name and variants), case-folded."""
    names: dict[str, set[str]] = {}
    for row in _csv("gazetteer/officials.csv"):
        spellings = [row["name"], *(row.get("variants") or "").split("|")]
        names.setdefault(row["person_id"], set()).update(n.strip().casefold() for n in spellings if n.strip())
    return names


def _sources() -> dict[str, dict]:
    from crawler.sources import load_sources

    return {s.key: {"key": s.key, "host": s.host, "name": s.name} for s in load_sources()}


def person_key(official: dict) -> str | None:
    """The id a person's page and feed use: the gazetteer's person_id (unknown names get none)."""
    return official.get("person_id") or None


def chair_id(meeting: dict, person_names: dict[str, set[str]] | None = None) -> str | None:
    """person_id of the chair, when the chair is one of the meeting's named officials.

    The chair's name may be spelled differently from the official's ("Muhammad Ridho Ficardo"
    chairs, "M. Ridho Ficardo" is listed): any spelling the gazetteer knows for that person counts.
    """
    chair = (meeting.get("chair_name") or "").casefold()
    if not chair:
        return None
    for o in meeting.get("officials") or ():
        pid = o.get("person_id")
        if pid and ((o.get("name") or "").casefold() == chair or chair in (person_names or {}).get(pid, ())):
            return pid
    return None


def reports(meeting: dict, articles: dict[str, dict]) -> list[dict]:
    """The articles that report a meeting, earliest first (ids missing from articles are skipped)."""
    found = [articles[a] for a in meeting.get("article_ids") or () if a in articles]
    return sorted(found, key=lambda a: (a["published_at"] or dt.datetime.min.replace(tzinfo=dt.timezone.utc), a["article_id"]))
