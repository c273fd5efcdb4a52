"""An Atom feed (RFC 4287) of the newest meetings, for feed readers."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape, quoteattr

from rapat.feeds.ics import location
from rapat.feeds.links import absolute, meeting_path

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def render_atom(meetings: list[dict], site_url: str, limit: int = 50) -> str:
    """The `limit` meetings reported last, newest first."""
    newest = sorted(meetings, key=lambda m: (_stamp(m), m["meeting_id"]), reverse=True)[:limit]
    updated = _stamp(newest[0]) if newest else EPOCH
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">',
        "<title>Rapat Lampung: rapat terbaru / newest meetings</title>",
        f"<id>{escape(absolute(site_url, 'feeds/atom.xml'))}</id>",
        f"<link rel=\"self\" href={quoteattr(absolute(site_url, 'feeds/atom.xml'))}/>",
        f"<link href={quoteattr(absolute(site_url, 'index.html'))}/>",
        f"<updated>{_iso(updated)}</updated>",
        "<author><name>Rapat Lampung</name></author>",
    ]
    lines += [_entry(m, site_url) for m in newest]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def _entry(m: dict, site_url: str) -> str:
    url = absolute(site_url, meeting_path(m["meeting_id"]))
    day = m["meeting_date"].isoformat() if m.get("meeting_date") else "?"
    summary = " · ".join(p for p in (day, m.get("meeting_type"), location(m), m.get("chair_name")) if p)
    return (
        f"<entry><title>{escape(m.get('title') or 'Rapat')}</title>"
        f"<id>urn:rapat-lampung:meeting:{escape(m['meeting_id'])}</id>"
        f"<link href={quoteattr(url)}/><updated>{_iso(_stamp(m))}</updated>"
        f"<summary>{escape(summary)}</summary></entry>"
    )


def _stamp(m: dict) -> dt.datetime:
    return (m.get("first_published_at") or EPOCH).astimezone(dt.timezone.utc)


def _iso(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")
