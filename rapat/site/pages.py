"""What each page shows: plain dicts and lists handed to the templates (no HTML here)."""

from __future__ import annotations

from collections import Counter, defaultdict

from rapat.feeds.select import person_ids
from rapat.records import Records, chair_id, reports
from rapat.site.stats import month, top

TIMELINE_ROWS = 300  # an official's page lists this many meetings; the rest are in their .ics feed


def type_label(records: Records, key: str | None) -> tuple[str, str]:
    """(Indonesian, English) label of a meeting type."""
    key = key or "rapat_lainnya"
    return records.meeting_types.get(key, (key, key))


def meeting_page(records: Records, meeting: dict, known: set[str]) -> dict:
    """The context of one meeting's page."""
    return {
        "m": meeting,
        "type": type_label(records, meeting.get("meeting_type")),
        "chair_id": _linkable(chair_id(meeting, records.person_names), known),
        "officials": [dict(o, link=_linkable(o.get("person_id"), known)) for o in meeting.get("officials") or ()],
        "topics": [(t, records.topics.get(t, t)) for t in meeting.get("topics") or ()],
        "reports": [dict(a, source_name=records.sources.get(a["source"], {}).get("name", a["source"]))
                    for a in reports(meeting, records.articles)],
    }


def _linkable(person_id: str | None, known: set[str]) -> str | None:
    return person_id if person_id in known else None


def row(records: Records, meeting: dict) -> dict:
    """One line of a meetings table."""
    return {
        "id": meeting["meeting_id"], "date": meeting.get("meeting_date"),
        "type": type_label(records, meeting.get("meeting_type"))[0],
        "title": meeting.get("title") or "", "city": meeting.get("city") or "",
        "chair": meeting.get("chair_name") or "", "reports": len(meeting.get("article_ids") or ()),
    }


def by_month(records: Records) -> dict[str, list[dict]]:
    """Meetings grouped by YYYY-MM of their date (newest month first; undated under 'tanpa-tanggal')."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for m in records.meetings:
        groups[month(m["meeting_date"]) if m["meeting_date"] else "tanpa-tanggal"].append(m)
    return dict(sorted(groups.items(), reverse=True))


def officials(records: Records) -> dict[str, dict]:
    """person_id -> name, roles and terms, meetings chaired/attended, counts by type and city."""
    seen: dict[str, list[dict]] = defaultdict(list)
    for m in records.meetings:
        for pid in sorted(person_ids(m)):
            seen[pid].append(m)
    people = {}
    for pid in sorted(set(seen) | set(records.officials)):
        meetings = seen.get(pid, [])
        people[pid] = _person(records, pid, meetings)
    return people


def _person(records: Records, pid: str, meetings: list[dict]) -> dict:
    terms = records.officials.get(pid, [])
    names = Counter(o["name"] for m in meetings for o in m.get("officials") or () if o.get("person_id") == pid)
    name = terms[-1]["name"] if terms else (top(names, 1)[0][0] if names else pid)
    chaired = [m for m in meetings if chair_id(m, records.person_names) == pid]
    per_year: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for m in meetings:
        if m["meeting_date"]:
            per_year[m["meeting_date"].year][0] += 1
    for m in chaired:
        if m["meeting_date"]:
            per_year[m["meeting_date"].year][1] += 1
    return {
        "id": pid, "name": name, "terms": terms,
        "roles": top(Counter(o.get("role") for m in meetings for o in m.get("officials") or ()
                             if o.get("person_id") == pid and o.get("role")), 5),
        "meetings": len(meetings), "chaired": len(chaired),
        "meeting_ids": [m["meeting_id"] for m in meetings],
        "first": min((m["meeting_date"] for m in meetings if m["meeting_date"]), default=None),
        "last": max((m["meeting_date"] for m in meetings if m["meeting_date"]), default=None),
        "per_year": sorted((y, a, c) for y, (a, c) in per_year.items()),
        "by_type": [(type_label(records, k)[0], v) for k, v in top(Counter(m.get("meeting_type") or "rapat_lainnya" for m in meetings), 20)],
        "by_city": top(Counter(m["city"] for m in meetings if m.get("city")), 20),
        "timeline": [row(records, m) for m in meetings[:TIMELINE_ROWS]],
    }
