"""Open Civic Data Event objects, shaped as City Scrapers publishes them (one JSON object a line)."""

from __future__ import annotations

import uuid

from rapat.feeds.ics import location
from rapat.feeds.links import absolute, meeting_path, web_url
from rapat.records import reports

AGENCY = "Pemerintah Provinsi Lampung"
TIMEZONE = "Asia/Jakarta"
# A fixed namespace: the same meeting_id always gives the same OCD id, on any machine.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/rapat-lampung/rapat-lampung/meetings")
# City Scrapers' classification constants; what our meeting types are closest to.
CLASSIFICATION = {
    "rapat_paripurna": "City Council",
    "rapat_dengar_pendapat": "Committee",
    "sidang": "Committee",
    "musrenbang": "Forum",
    "konsultasi_publik": "Forum",
    "fgd": "Forum",
    "audiensi": "Forum",
}


def ocd_id(meeting_id: str) -> str:
    """The stable `ocd-event/<uuid>` of a meeting."""
    return f"ocd-event/{uuid.uuid5(NAMESPACE, meeting_id)}"


def ocd_event(meeting: dict, articles: dict[str, dict], site_url: str) -> dict:
    """One meeting as an OCD Event (City Scrapers' field set and extras)."""
    day = meeting.get("meeting_date")
    published = meeting.get("first_published_at")
    page = absolute(site_url, meeting_path(meeting["meeting_id"]))
    cites = [{"url": web_url(a["url"]), "note": a["source"]} for a in reports(meeting, articles) if web_url(a["url"])]
    return {
        "_type": "event",
        "_id": ocd_id(meeting["meeting_id"]),
        "updated_at": published.isoformat(timespec="seconds") if published else None,
        "name": meeting.get("title") or meeting.get("meeting_type") or "Rapat",
        "description": meeting.get("evidence") or "",
        "classification": CLASSIFICATION.get(meeting.get("meeting_type") or "", "Not classified"),
        "status": "passed",  # every meeting comes from a report published after it took place
        "all_day": True,
        "start_time": f"{day.isoformat()}T00:00:00+07:00" if day else None,
        "end_time": None,
        "timezone": TIMEZONE,
        "location": {"url": "", "name": location(meeting), "coordinates": None},
        "documents": [],
        "links": [{"url": page, "note": "Rapat Lampung"}],
        "sources": cites or [{"url": page, "note": "Rapat Lampung"}],  # OCD requires one source
        "participants": _participants(meeting),
        "extras": {
            "cityscrapers.org/id": meeting["meeting_id"],
            "cityscrapers.org/agency": AGENCY,
            "cityscrapers.org/time_notes": "Waktu tidak diketahui; tanggal dari teks berita / time unknown",
            "cityscrapers.org/address": meeting.get("city") or "",
            "rapat-lampung/meeting_type": meeting.get("meeting_type"),
            "rapat-lampung/kemendagri_code": meeting.get("kemendagri_code"),
            "rapat-lampung/bps_code": meeting.get("bps_code"),
            "rapat-lampung/topics": list(meeting.get("topics") or ()),
            "rapat-lampung/confidence": _round(meeting.get("confidence")),
        },
    }


def _participants(meeting: dict) -> list[dict]:
    """The host agency, the chair, named officials and participating organisations."""
    people = [{"note": "host", "name": AGENCY, "entity_type": "organization", "entity_name": AGENCY, "entity_id": ""}]
    chair = meeting.get("chair_name")
    if chair:
        people.append({"note": "chair", "name": chair, "entity_type": "person", "entity_name": chair, "entity_id": ""})
    for o in meeting.get("officials") or ():
        if o.get("name") and o["name"] != chair:
            people.append({"note": o.get("role") or "participant", "name": o["name"], "entity_type": "person",
                           "entity_name": o["name"], "entity_id": o.get("person_id") or ""})
    for org in meeting.get("participants") or ():
        people.append({"note": "participant", "name": org, "entity_type": "organization", "entity_name": org, "entity_id": ""})
    return people


def _round(value: float | None) -> float | None:
    # float32 widened to float prints 0.8999999761581421: keep what was stored.
    return None if value is None else round(float(value), 4)
