"""Where a meeting or an official lives on the published site (shared by the site and the feeds)."""

from __future__ import annotations

import re

# Ids become file names: one path component of plain characters, never '.', '..' or a '/'.
SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")


def safe_id(value: str | None) -> bool:
    """True when an id can name a file of the site."""
    return bool(SAFE_ID.match(value or "")) and ".." not in value


def meeting_path(meeting_id: str) -> str:
    """Path of a meeting's page, relative to the site root."""
    return f"rapat/{meeting_id}.html"


def official_path(person_id: str) -> str:
    """Path of an official's page, relative to the site root."""
    return f"pejabat/{person_id}.html"


def official_feed_path(person_id: str) -> str:
    """Path of an official's iCalendar feed, relative to the site root."""
    return f"feeds/pejabat/{person_id}.ics"


def absolute(site_url: str, path: str) -> str:
    """An absolute URL of a site path."""
    return f"{site_url.rstrip('/')}/{path}"


def web_url(value: str | None) -> str | None:
    """The URL if it is http(s), else None: a scraped link must never become script (javascript:, data:)."""
    text = (value or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None
