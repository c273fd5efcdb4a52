"""`rapat export`: the meetings, filtered, as one file in the chosen format."""

from __future__ import annotations

import json
from pathlib import Path

from rapat.feeds.ics import render_calendar
from rapat.feeds.ocd import ocd_event
from rapat.feeds.select import select_meetings
from rapat.feeds.tabular import render_csv, render_jsonl
from rapat.manifest import write_atomic
from rapat.records import load_records

FORMATS = ("ics", "ocd", "csv", "jsonl")


class ExportError(ValueError):
    """An export cannot be made: unknown format or no tables."""


def render(fmt: str, meetings: list[dict], records, site_url: str, name: str = "Rapat Lampung") -> str:
    """The text of an export of `meetings` in format `fmt`."""
    if fmt == "ics":
        return render_calendar(meetings, records.articles, name, site_url, records.meeting_types)
    if fmt == "ocd":
        return "".join(json.dumps(ocd_event(m, records.articles, site_url), ensure_ascii=False) + "\n" for m in meetings)
    if fmt == "csv":
        return render_csv(meetings)
    if fmt == "jsonl":
        return render_jsonl(meetings)
    raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def export_meetings(data_dir: str | Path, fmt: str, out: str | Path, *, official: str | None = None,
                    meeting_type: str | None = None, city: str | None = None, site_url: str | None = None) -> int:
    """Write the selected meetings to `out`; return how many were written."""
    from rapat.download import resolve_base_url

    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    root = Path(data_dir)
    if not (root / "meetings.parquet").is_file():
        raise ExportError(f"no meetings table in {root} (expected {root / 'meetings.parquet'})")
    records = load_records(root)
    chosen = select_meetings(records.meetings, official=official, meeting_type=meeting_type, city=city)
    text = render(fmt, chosen, records, site_url or resolve_base_url(), name=_name(official, meeting_type, city))
    write_atomic(Path(out), text)
    return len(chosen)


def _name(official: str | None, meeting_type: str | None, city: str | None) -> str:
    parts = [p for p in (official, meeting_type, city) if p]
    return "Rapat Lampung" + (f" ({', '.join(parts)})" if parts else "")
