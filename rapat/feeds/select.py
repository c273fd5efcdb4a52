"""Which meetings an export holds: filters by official, meeting type and kabupaten/kota."""

from __future__ import annotations


def select_meetings(meetings: list[dict], official: str | None = None, meeting_type: str | None = None,
                    city: str | None = None) -> list[dict]:
    """The meetings matching every given filter, in the order given."""
    wanted_city = city.casefold() if city else None
    return [
        m for m in meetings
        if (official is None or official in person_ids(m))
        and (meeting_type is None or m.get("meeting_type") == meeting_type)
        and (wanted_city is None or wanted_city in _city_names(m))
    ]


def person_ids(meeting: dict) -> set[str]:
    """person_ids of the officials named in a meeting."""
    return {o["person_id"] for o in meeting.get("officials") or () if o.get("person_id")}


def _city_names(meeting: dict) -> set[str]:
    # A city matches by its official name or either region code, so "18.71" and "1871" both work.
    names = (meeting.get("city"), meeting.get("kemendagri_code"), meeting.get("bps_code"))
    return {n.casefold() for n in names if n}
