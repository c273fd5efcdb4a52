"""iCalendar (RFC 5545): one all-day VEVENT per meeting, with a UID that never changes.

Written by hand rather than through a calendar library: a site holds one feed of every meeting
plus one per official, and building tens of thousands of component objects took seconds where
plain string formatting takes milliseconds. The tests parse the output with `icalendar`.
"""

from __future__ import annotations

import datetime as dt

from rapat.feeds.links import absolute, meeting_path, web_url
from rapat.records import reports

PRODID = "-//Rapat Lampung//rapat-lampung//ID"
UID_DOMAIN = "rapat-lampung"
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def render_calendar(meetings: list[dict], articles: dict[str, dict], name: str, site_url: str,
                    labels: dict[str, tuple[str, str]] | None = None) -> str:
    """A VCALENDAR of the meetings that have a date (meetings without one cannot be placed)."""
    events = [vevent(m, articles, site_url, labels or {}) for m in meetings if m.get("meeting_date")]
    return calendar(name, events)


def calendar(name: str, events: list[str]) -> str:
    """A VCALENDAR around already rendered VEVENTs (a site renders each event once for many feeds)."""
    head = [
        "BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(name)}", "X-WR-TIMEZONE:Asia/Jakarta",
    ]
    return "".join(fold(line) for line in head) + "".join(events) + fold("END:VCALENDAR")


def uid(meeting_id: str) -> str:
    """The event's UID: the meeting's stable id, so a re-import updates instead of duplicating."""
    return f"{meeting_id}@{UID_DOMAIN}"


def vevent(meeting: dict, articles: dict[str, dict], site_url: str, labels: dict[str, tuple[str, str]]) -> str:
    """One VEVENT as folded CRLF lines."""
    day = meeting["meeting_date"]
    # DTSTAMP must be a UTC instant; the first report's time keeps the file reproducible.
    stamp = (meeting.get("first_published_at") or EPOCH).astimezone(dt.timezone.utc)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid(meeting['meeting_id'])}",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",  # the time of day is never known: an all-day event
        f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape(meeting.get('title') or _type_label(meeting, labels))}",
        f"LOCATION:{escape(location(meeting))}",
        f"DESCRIPTION:{escape(description(meeting, articles, labels))}",
        f"URL:{absolute(site_url, meeting_path(meeting['meeting_id']))}",
    ]
    if meeting.get("meeting_type"):
        lines.append(f"CATEGORIES:{escape(meeting['meeting_type'])}")
    lines.append("END:VEVENT")
    return "".join(fold(line) for line in lines)


def location(meeting: dict) -> str:
    """Venue and kabupaten/kota, as far as known."""
    return ", ".join(p for p in (meeting.get("venue"), meeting.get("city")) if p)


def description(meeting: dict, articles: dict[str, dict], labels: dict[str, tuple[str, str]]) -> str:
    """Type, chair, officials, topics and the reports' URLs, one per line."""
    officials = ", ".join(o["name"] for o in meeting.get("officials") or () if o.get("name"))
    parts = [
        f"Jenis / type: {_type_label(meeting, labels)}",
        f"Pimpinan / chair: {meeting['chair_name']}" if meeting.get("chair_name") else "",
        f"Pejabat / officials: {officials}" if officials else "",
        f"Topik / topics: {', '.join(meeting['topics'])}" if meeting.get("topics") else "",
        f"Tanggal tertulis / date as written: {meeting['date_text']}" if meeting.get("date_text") else "",
    ]
    parts += [f"Sumber / source: {web_url(a['url'])}" for a in reports(meeting, articles) if web_url(a["url"])]
    return "\n".join(p for p in parts if p)


def _type_label(meeting: dict, labels: dict[str, tuple[str, str]]) -> str:
    key = meeting.get("meeting_type") or "rapat_lainnya"
    return labels.get(key, (key, key))[0]


def escape(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, newline."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets without cutting a UTF-8 character; end it with CRLF."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    pieces, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # a continuation byte: step back
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # continuation lines begin with a space, which counts
    return "\r\n ".join(pieces) + "\r\n"
