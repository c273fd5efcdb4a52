"""Meetings as CSV (the release's cell format) or JSON Lines (typed values, ISO dates)."""

from __future__ import annotations

import csv
import io
import json

from pipelines.schema import MEETINGS
from rapat.export import csv_value

FLOAT32 = {"confidence"}


def render_csv(meetings: list[dict]) -> str:
    """Meetings as RFC 4180 CSV with the declared columns."""
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(MEETINGS.names)
    for m in meetings:
        out.writerow([csv_value(m.get(c), c in FLOAT32) for c in MEETINGS.names])
    return buf.getvalue()


def render_jsonl(meetings: list[dict]) -> str:
    """Meetings as JSON Lines with the declared columns."""
    return "".join(json.dumps(_plain(m), ensure_ascii=False, sort_keys=False) + "\n" for m in meetings)


def _plain(meeting: dict) -> dict:
    row = {}
    for c in MEETINGS.names:
        value = meeting.get(c)
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        elif c in FLOAT32 and value is not None:
            value = round(float(value), 4)
        row[c] = value
    return row
