"""Build the `meetings` table, and `articles.event_type` / `articles.duplicate_of`, from `articles`.

Every article is extracted (``pipelines.extract``) and clustered (``pipelines.cluster``).
An event becomes one meetings row when most of its reports say it is a meeting; its fields
are merged across those reports: the most common value (ties: the longest, i.e. the most
complete), lists united in order of first mention, the earliest report's headline and
publication time, the highest confidence and that report's evidence.
``meeting_id`` is the event id, derived from the earliest report, so a new report of a
known meeting keeps its id. Both tables are written through the store (atomic).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyarrow as pa

from pipelines.cluster import ClusterInput, cluster
from pipelines.schema import MEETINGS

ARTICLE_INPUT = ("article_id", "source", "url", "title", "body_text", "published_at")


def build_meetings(data_dir: str | Path, extract: Callable[[dict], dict] | None = None) -> dict:
    """Extract and cluster every article; update `articles` and write `meetings`. Return counts."""
    from pipelines.extract_cache import ExtractionCache
    from pipelines.store import update_columns, write_table

    if extract is None:
        from pipelines.extract import extract as extract_article

        extract = ExtractionCache(data_dir, extract_article)
    records, extracted = _extract_all(data_dir, extract)
    grouping = cluster(_cluster_inputs(records, extracted))
    meetings = meeting_rows(records, extracted, grouping.event_ids)
    if records:
        update_columns(data_dir, "articles", _article_updates(records, extracted, grouping.duplicate_of))
    write_table(data_dir, "meetings", pa.Table.from_pylist(meetings, schema=MEETINGS))
    if isinstance(extract, ExtractionCache):
        extract.save()
    return {
        "articles": len(records),
        "meetings": len(meetings),
        "events": len(set(grouping.event_ids.values())),
        "duplicates": len(grouping.duplicate_of),
        "extracted_from_cache": getattr(extract, "hits", 0),
    }


def _extract_all(data_dir: str | Path, extract: Callable[[dict], dict]) -> tuple[list[dict], list[dict]]:
    """Contract records of every article (streamed batch by batch) and their extractions."""
    from pipelines.store import iter_batches

    records, extracted = [], []
    for batch in iter_batches(data_dir, "articles", columns=list(ARTICLE_INPUT)):
        for row in batch.to_pylist():
            record = _record(row)
            records.append(record)
            extracted.append(extract(record))
    return records, extracted


def _cluster_inputs(records: list[dict], extracted: list[dict]) -> Iterator[ClusterInput]:
    """Clustering inputs; each record gives its body away (clustering keeps only features of it)."""
    for r, x in zip(records, extracted):
        yield ClusterInput.from_extraction({**r, "text": r.pop("text", None)}, x, source=r["source"])


def _record(row: dict) -> dict:
    """An articles row as an extraction-contract record (plus its source key)."""
    published = row["published_at"]
    return {
        "id": row["article_id"],
        "url": row["url"],
        "title": row["title"],
        "text": row["body_text"],
        "published": published.isoformat() if published is not None else None,
        "source": row["source"],
        "published_at": published,
    }


def _article_updates(records: list[dict], extracted: list[dict], duplicate_of: dict[str, str]) -> pa.Table:
    """The article_id, event_type and duplicate_of of every article, for the store to set."""
    ids = [str(r["id"]) for r in records]
    return pa.table(
        {
            "article_id": pa.array(ids, pa.string()),
            "event_type": pa.array([x.get("event_type") for x in extracted], pa.string()),
            "duplicate_of": pa.array([duplicate_of.get(i) for i in ids], pa.string()),
        }
    )


def meeting_rows(records: list[dict], extracted: list[dict], event_ids: dict[str, str]) -> list[dict]:
    """One merged MEETINGS row per event that most of its reports call a meeting."""
    events: dict[str, list[tuple[dict, dict]]] = {}
    for r, x in zip(records, extracted):
        events.setdefault(event_ids[str(r["id"])], []).append((r, x))
    rows = []
    for event_id, reports in events.items():
        meeting_reports = [(r, x) for r, x in reports if x.get("is_meeting")]
        if 2 * len(meeting_reports) < len(reports):
            continue
        rows.append(_merge(event_id, sorted(reports, key=_age), meeting_reports))
    return sorted(rows, key=lambda m: (m["meeting_date"] or date.max, m["meeting_id"]))


def _age(report: tuple[dict, dict]) -> tuple:
    r = report[0]
    return (r.get("published") is None, r.get("published") or "", str(r["id"]))


def _merge(event_id: str, reports: list[tuple[dict, dict]], meeting_reports: list[tuple[dict, dict]]) -> dict:
    """Merge the fields of one event's meeting reports into a MEETINGS row."""
    xs = [x for _r, x in sorted(meeting_reports, key=_age)]
    best = max(xs, key=lambda x: x.get("confidence") or 0.0)
    chair = _most_common([x.get("chair") for x in xs], key=lambda c: (c or {}).get("name"))
    published = [r.get("published_at") for r, _x in reports if r.get("published_at") is not None]
    return {
        "meeting_id": event_id,
        "meeting_type": _most_common([x.get("meeting_type") for x in xs]),
        "title": reports[0][0].get("title"),
        # a date a report states outranks one assumed from a report's publication day
        "meeting_date": _to_date(_most_common([x.get("meeting_date") for x in xs if not x.get("date_assumed")])
                                 or _most_common([x.get("meeting_date") for x in xs])),
        "date_text": _most_common([x.get("date_text") for x in xs]),
        "mode": _most_common([x.get("mode") for x in xs]),
        "venue": _most_common([x.get("venue") for x in xs]),
        "city": _most_common([x.get("city") for x in xs]),
        "kemendagri_code": _most_common([x.get("kemendagri_code") for x in xs]),
        "bps_code": _most_common([x.get("bps_code") for x in xs]),
        "chair_name": (chair or {}).get("name"),
        "chair_role": (chair or {}).get("role"),
        "participants": _union(x.get("participants") for x in xs),
        "officials": _union_officials(x.get("officials") for x in xs),
        "topics": _union(x.get("topics") for x in xs),
        "article_ids": [str(r["id"]) for r, _x in reports],
        "sources": list(dict.fromkeys(r.get("source") for r, _x in reports if r.get("source"))),
        "first_published_at": min(published) if published else None,
        "confidence": max((x.get("confidence") or 0.0) for x in xs) if xs else None,
        "evidence": best.get("evidence"),
    }


def _most_common(values: list, key=lambda v: v):
    """The most frequent non-empty value; ties go to the longest, then the earliest."""
    present = [v for v in values if key(v)]
    if not present:
        return None
    counts = Counter(str(key(v)).casefold() for v in present)
    return max(present, key=lambda v: (counts[str(key(v)).casefold()], len(str(key(v)))))


def _union(lists: Iterable[list | None]) -> list[str]:
    """Items of several lists, first mention first, without case-insensitive repeats."""
    seen: dict[str, str] = {}
    for items in lists:
        for item in items or []:
            if item and item.casefold() not in seen:
                seen[item.casefold()] = item
    return list(seen.values())


def _union_officials(lists: Iterable[list | None]) -> list[dict]:
    """Officials of several reports, one per person_id (or name when unknown)."""
    seen: dict[str, dict] = {}
    for officials in lists:
        for o in officials or []:
            key = o.get("person_id") or (o.get("name") or "").casefold()
            if key and key not in seen:
                seen[key] = {"name": o.get("name"), "role": o.get("role"), "person_id": o.get("person_id")}
            elif key and not seen[key].get("role") and o.get("role"):
                seen[key]["role"] = o.get("role")
    return list(seen.values())


def _to_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
