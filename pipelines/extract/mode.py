"""Meeting mode: luring (in person), daring (online) or hibrid."""

from __future__ import annotations

import re

_ONLINE = re.compile(
    r"\b(?:virtual|virtually|daring|zoom|zoom meeting|video ?conference|videoconference|vicon|vidcon|"
    r"teleconference|telekonferensi|secara online|melalui video|via video|google meet|ms teams|microsoft teams|webinar)\b",
    re.I,
)
_HYBRID = re.compile(
    r"\b(?:hybrid|hibrid|hibrida)\b"
    r"|\byang\s+(?:bergabung|hadir|mengikuti|terhubung|ikut)\b[^.]{0,40}\b(?:virtual|daring|online|zoom)\b"
    r"|\b(?:sebagian|lainnya)\b[^.]{0,40}\b(?:virtual|daring|online|zoom)\b"
    r"|\b(?:secara langsung|tatap muka|luring|offline)\b[^.]{0,60}\b(?:virtual|daring|online|zoom)\b"
    r"|\b(?:virtual|daring|online|zoom)\b[^.]{0,60}\b(?:secara langsung|tatap muka|luring|offline)\b",
    re.I,
)


# Every online or hybrid pattern above contains one of these words.
_ANY_ONLINE = re.compile(r"virtual|daring|online|zoom|video|vicon|vidcon|tele|meet|teams|webinar|hybrid|hibrid", re.I)


def mode(units: list[str], is_meeting: bool) -> str | None:
    """Mode from the evidence and lead: hibrid beats daring beats the luring default of a meeting."""
    if not is_meeting:
        return None
    text = " ".join(units)
    if not _ANY_ONLINE.search(text):
        return "luring"  # no online word at all: the costlier patterns below cannot match
    if _HYBRID.search(text):
        return "hibrid"
    if _ONLINE.search(text):
        return "daring"
    return "luring"
