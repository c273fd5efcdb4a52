"""Dates as the sites print them: `17:38 WIB`, `09 May 2025` (English or Indonesian months).

Hand regexes rather than dateparser: they are exact, 100x faster, and never fill a
missing part with today's date (deps.md).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

JAKARTA = ZoneInfo("Asia/Jakarta")

MONTHS = {
    "january": 1, "jan": 1, "januari": 1,
    "february": 2, "feb": 2, "februari": 2, "pebruari": 2, "peb": 2,
    "march": 3, "mar": 3, "maret": 3,
    "april": 4, "apr": 4,
    "may": 5, "mei": 5,
    "june": 6, "jun": 6, "juni": 6,
    "july": 7, "jul": 7, "juli": 7,
    "august": 8, "aug": 8, "agustus": 8, "agu": 8, "agt": 8, "ags": 8,
    "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "nopember": 11, "nop": 11,
    "december": 12, "dec": 12, "desember": 12, "des": 12,
}
_DATE = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b")
# Other themes print "May 9, 2025" (WordPress's default) or an ISO day "2025-05-09".
_MONTH_FIRST = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_TIME = re.compile(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\s*(WIB)?\b", re.IGNORECASE)


def parse_day(text: str) -> date | None:
    """Parse `09 May 2025`, `9 Mei 2025`, `09/05/2025` (day first), `May 9, 2025` or `2025-05-09`; None if absent."""
    text = text or ""
    m = _DATE.search(text)
    if m and m.group(2).lower() in MONTHS:
        return _day(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _NUMERIC_DATE.search(text)
    if m:
        return _day(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _MONTH_FIRST.search(text)
    if m and m.group(1).lower() in MONTHS:
        return _day(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
    m = _ISO_DAY.search(text)
    return _day(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_clock(text: str) -> time | None:
    """Parse `17:38 WIB` or `17.38`; None when absent."""
    m = _TIME.search(text or "")
    return time(int(m.group(1)), int(m.group(2))) if m else None


def jakarta(day: date, clock: time | None) -> datetime:
    """Combine a day and an optional clock time into an aware Asia/Jakarta datetime."""
    return datetime.combine(day, clock or time(0, 0), tzinfo=JAKARTA)


def parse_iso(value: str) -> datetime | None:
    """Parse an ISO 8601 timestamp (WordPress) into Asia/Jakarta; naive values are taken as WIB."""
    try:
        stamp = datetime.fromisoformat((value or "").strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if stamp.tzinfo is None:
        return stamp.replace(tzinfo=JAKARTA)
    return stamp.astimezone(JAKARTA)
