"""The compact per-year data behind the meetings filter (JSON for tools, a .js file for browsers).

Browsers refuse fetch() on file:// pages, so the filter loads the year's data as a script that
assigns it; the same array is also published as plain JSON. Repeated strings (types, cities,
chairs, topics, officials) are stored once in lookup lists and referred to by index.
"""

from __future__ import annotations

from collections import defaultdict

from rapat.records import Records
from rapat.site.render import script_json

COLUMNS = ["id", "date", "type", "city", "chair", "title", "topics", "officials"]


def by_year(records: Records) -> dict[str, list[dict]]:
    """Meetings grouped by the year of their date, newest year first (undated ones are left out)."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for m in records.meetings:
        if m["meeting_date"]:
            groups[str(m["meeting_date"].year)].append(m)
    return dict(sorted(groups.items(), reverse=True))


def year_data(records: Records, meetings: list[dict]) -> dict:
    """The compact table of one year's meetings."""
    lookups: dict[str, dict[str, int]] = {k: {} for k in ("type", "city", "chair", "topics", "officials")}

    def ref(kind: str, value: str | None) -> int:
        if not value:
            return -1
        return lookups[kind].setdefault(value, len(lookups[kind]))

    rows = [[
        m["meeting_id"], m["meeting_date"].isoformat(), ref("type", m.get("meeting_type") or "rapat_lainnya"),
        ref("city", m.get("city")), ref("chair", m.get("chair_name")), m.get("title") or "",
        [ref("topics", t) for t in m.get("topics") or ()],
        sorted({ref("officials", o["person_id"]) for o in m.get("officials") or () if o.get("person_id")}),
    ] for m in meetings]
    return {"columns": COLUMNS, "lookups": {k: list(v) for k, v in lookups.items()}, "rows": rows}


def as_script(year: str, data: dict) -> str:
    """The year's data as a script that registers it (escaped like JSON inside a page)."""
    return f"window.RAPAT_DATA=window.RAPAT_DATA||{{}};window.RAPAT_DATA[{script_json(year)}]={script_json(data)};\n"


def labels(records: Records, people: dict[str, dict]) -> dict:
    """The labels the filter shows for lookup keys."""
    return {
        "type": {k: v[0] for k, v in records.meeting_types.items()},
        "topics": dict(records.topics),
        "officials": {pid: p["name"] for pid, p in people.items()},
    }
