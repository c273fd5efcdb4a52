"""Exports: iCalendar parses back with stable UIDs, OCD events match their schema, filters select."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import uuid

import icalendar
import jsonschema
import pytest
from typer.testing import CliRunner

from rapat.cli import app
from rapat.feeds import ExportError, export_meetings
from rapat.feeds.ics import fold

from release_tables import make_tables
from site_support import HOSTILE, hostile_tables

SITE_URL = "https://example.org/rapat"
# The OCD Event shape City Scrapers publishes (its OpenCivicDataPipeline), as a JSON Schema.
OCD_EVENT = {
    "type": "object",
    "required": ["_type", "_id", "name", "description", "classification", "status", "all_day", "start_time",
                 "end_time", "timezone", "location", "documents", "links", "sources", "participants", "extras"],
    "properties": {
        "_type": {"const": "event"},
        "_id": {"type": "string", "pattern": "^ocd-event/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},
        "name": {"type": "string", "minLength": 1},
        "status": {"enum": ["tentative", "confirmed", "passed", "cancelled", "canceled"]},
        "all_day": {"type": "boolean"},
        "start_time": {"type": "string", "format": "date-time"},
        "timezone": {"type": "string"},
        "location": {"type": "object", "required": ["name", "url", "coordinates"]},
        "links": {"type": "array", "items": {"type": "object", "required": ["url", "note"]}},
        "sources": {"type": "array", "minItems": 1,
                    "items": {"type": "object", "required": ["url", "note"], "properties": {"url": {"type": "string", "pattern": "^https?://"}}}},
        "participants": {"type": "array", "items": {"type": "object", "required": ["name", "entity_type", "note"],
                                                    "properties": {"entity_type": {"enum": ["person", "organization"]}}}},
        "extras": {"type": "object", "required": ["cityscrapers.org/id", "cityscrapers.org/agency"]},
    },
}


@pytest.fixture()
def data(tmp_path):
    tables = hostile_tables(tmp_path / "data")
    return tmp_path / "data", tables


def _calendar(path):
    return icalendar.Calendar.from_ical(path.read_bytes())


def test_ics_parses_back_all_day_with_stable_uids(data, tmp_path):
    root, tables = data
    n = export_meetings(root, "ics", tmp_path / "all.ics", site_url=SITE_URL)
    assert n == len(tables["meetings"])
    events = _calendar(tmp_path / "all.ics").walk("VEVENT")
    assert len(events) == n
    by_uid = {str(e["UID"]): e for e in events}
    assert set(by_uid) == {f"{m['meeting_id']}@rapat-lampung" for m in tables["meetings"]}
    first = tables["meetings"][0]
    event = by_uid[f"{first['meeting_id']}@rapat-lampung"]
    assert event.decoded("DTSTART") == first["meeting_date"] and isinstance(event.decoded("DTSTART"), dt.date)
    assert not isinstance(event.decoded("DTSTART"), dt.datetime)  # all-day: the time is unknown
    assert event.decoded("DTEND") == first["meeting_date"] + dt.timedelta(days=1)
    assert str(event["SUMMARY"]) == HOSTILE  # commas, quotes, markup survive escaping
    assert HOSTILE in str(event["LOCATION"]) and f"Pimpinan / chair: {HOSTILE}" in str(event["DESCRIPTION"])
    assert "javascript:" not in str(event["DESCRIPTION"])  # a non-web URL is never offered as a source
    other = by_uid[f"{tables['meetings'][1]['meeting_id']}@rapat-lampung"]
    assert "Sumber / source: https://" in str(other["DESCRIPTION"])
    assert str(event["URL"]) == f"{SITE_URL}/rapat/{first['meeting_id']}.html"
    raw = (tmp_path / "all.ics").read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert raw.endswith(b"END:VCALENDAR\r\n") and b"\n" not in raw.replace(b"\r\n", b"")


def test_uids_and_bytes_stable_across_two_builds(tmp_path):
    make_tables(tmp_path / "one", n=30)
    make_tables(tmp_path / "two", n=30, shuffle=True)  # same rows, written in another order
    export_meetings(tmp_path / "one", "ics", tmp_path / "one.ics", site_url=SITE_URL)
    export_meetings(tmp_path / "two", "ics", tmp_path / "two.ics", site_url=SITE_URL)
    assert (tmp_path / "one.ics").read_bytes() == (tmp_path / "two.ics").read_bytes()
    uids = [str(e["UID"]) for e in _calendar(tmp_path / "one.ics").walk("VEVENT")]
    assert len(uids) == len(set(uids)) > 0
    export_meetings(tmp_path / "one", "ocd", tmp_path / "one.jsonl", site_url=SITE_URL)
    export_meetings(tmp_path / "two", "ocd", tmp_path / "two.jsonl", site_url=SITE_URL)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_fold_never_cuts_a_character():
    line = "SUMMARY:" + "Rapat — koordinasi é " * 10
    folded = fold(line).encode("utf-8")
    parts = folded.split(b"\r\n")
    assert all(len(p) <= 75 for p in parts)
    assert b"".join(p[1:] if i else p for i, p in enumerate(parts)).decode("utf-8") == line


def test_ocd_events_match_the_schema(data, tmp_path):
    root, tables = data
    export_meetings(root, "ocd", tmp_path / "ocd.jsonl", site_url=SITE_URL)
    events = [json.loads(line) for line in (tmp_path / "ocd.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(events) == len(tables["meetings"])
    checker = jsonschema.Draft202012Validator(OCD_EVENT, format_checker=jsonschema.FormatChecker())
    for event in events:
        checker.validate(event)
        uuid.UUID(event["_id"].split("/", 1)[1])
    assert len({e["_id"] for e in events}) == len(events)
    first = next(e for e in events if e["extras"]["cityscrapers.org/id"] == tables["meetings"][0]["meeting_id"])
    assert first["name"] == HOSTILE and first["all_day"] is True


def test_filters_select_by_official_type_and_city(tmp_path):
    tables = make_tables(tmp_path / "data", n=20)
    tables["meetings"][0]["officials"][0]["person_id"] = "marindo-kurniawan"
    from release_tables import write

    write(tmp_path / "data", "meetings", tables["meetings"])
    assert export_meetings(tmp_path / "data", "jsonl", tmp_path / "a.jsonl", official="marindo-kurniawan") == 1
    assert export_meetings(tmp_path / "data", "csv", tmp_path / "b.csv", meeting_type="audiensi") == 0
    assert export_meetings(tmp_path / "data", "csv", tmp_path / "c.csv", city="1871") == len(tables["meetings"])
    rows = list(csv.DictReader(io.StringIO((tmp_path / "c.csv").read_text(encoding="utf-8"))))
    assert len(rows) == len(tables["meetings"]) and rows[0]["topics"] == '["inflasi"]'
    line = json.loads((tmp_path / "a.jsonl").read_text(encoding="utf-8"))
    assert line["meeting_id"] == tables["meetings"][0]["meeting_id"] and line["confidence"] == 0.9


def test_export_errors_and_cli(tmp_path):
    with pytest.raises(ExportError, match="no meetings"):
        export_meetings(tmp_path, "ics", tmp_path / "x.ics")
    make_tables(tmp_path / "data", n=8)
    with pytest.raises(ExportError, match="unknown format"):
        export_meetings(tmp_path / "data", "xml", tmp_path / "x.xml")
    result = CliRunner().invoke(app, ["export", "--data-dir", str(tmp_path / "data"), "--format", "ics",
                                      "--type", "rapat_koordinasi", "--out", str(tmp_path / "r.ics")])
    assert result.exit_code == 0, result.output
    assert "meetings ->" in result.output and _calendar(tmp_path / "r.ics").walk("VEVENT")
