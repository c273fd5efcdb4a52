"""Meeting mode: luring (in person), daring (online) or hibrid."""

from __future__ import annotations

import re

_ONLINE = re.compile(
    r"\b(?:virtual|virtually|daring|zoom|zoom meeting|video ?conference|videoconference|vicon|vidcon|"
    r"teleconference|telekonferensi|konferensi video|video konferensi|secara online|melalui video|via video|google meet|ms teams|"
    r"microsoft teams|webinar)\b",
    re.I,
)
_HYBRID = re.compile(
    r"\b(?:hybrid|hibrid|hibrida)\b"
    r"|\byang\s+(?:bergabung|hadir|mengikuti|terhubung|ikut)\b[^.]{0,40}\b(?:virtual|daring|online|zoom)\b"
    r"|\b(?:sebagian|lainnya)\b[^.]{0,80}\b(?:virtual|daring|online|zoom)\b"
    r"|\b(?:secara langsung|tatap muka|luring|offline)\b[^.]{0,60}\b(?:virtual|daring|online|zoom)\b"
    r"|\b(?:virtual|daring|online|zoom)\b[^.]{0,60}\b(?:secara langsung|tatap muka|luring|offline)\b",
    re.I,
)


# Every online or hybrid pattern above contains one of these words.
_ANY_ONLINE = re.compile(r"virtual|daring|online|zoom|video|vicon|vidcon|tele|meet|teams|webinar|hybrid|hibrid", re.I)


# 'Sebagian hadir langsung di ruang rapat, sedangkan bupati mengikuti melalui konferensi video': a room with people in
# it on one side of the contrast, people online on the other. (A national meeting led 'dari Jakarta' while the regions
# follow online is no such room: for the region it is online.)
_CONTRAST = re.compile(r"[,;]?\s+\b(?:sementara|sedangkan|adapun|selebihnya)\b", re.I)
_PRESENT = re.compile(r"\b(?:hadir|langsung|tatap muka|di ruang|di aula|di gedung|di balai|luring|offline|dipimpin|memimpin|"
                      r"dibuka|membuka)\b", re.I)
_REMOTE = re.compile(r"\b(?:dari jakarta|virtual|daring|online|zoom|video)\b", re.I)


# 'Rapat ... digelar di Aula Sekretariat Daerah dan diikuti camat se-Kabupaten melalui Zoom Meeting'
_HELD_HERE_FOLLOWED_ONLINE = re.compile(r"\b(?:digelar|dilaksanakan|berlangsung|bertempat|diadakan)\s+di\s+(?:ruang|aula|gedung|"
                                        r"balai|kantor|pendopo|hotel)\b[^.]{0,160}\b(?:diikuti|mengikuti|bergabung|terhubung)\b"
                                        r"[^.]{0,100}\b(?:melalui|secara|via|lewat)\s+(?:zoom|daring|virtual|online|video|"
                                        r"konferensi video)\b", re.I)


def _split_presence(text: str) -> bool:
    """Some attend in a room and, by contrast, others online."""
    if _HELD_HERE_FOLLOWED_ONLINE.search(text):
        return True
    for m in _CONTRAST.finditer(text):
        start = text.rfind(".", 0, m.start()) + 1
        before, after = text[start:m.start()], text[m.end():text.find(".", m.end()) % (len(text) + 1)]
        if _PRESENT.search(before) and not _REMOTE.search(before) and _ONLINE.search(after):
            return True
    return False


def mode(units: list[str], is_meeting: bool) -> str | None:
    """Mode from the evidence and lead: hibrid beats daring beats the luring default of a meeting."""
    if not is_meeting:
        return None
    text = " ".join(units)
    if not _ANY_ONLINE.search(text):
        return "luring"  # no online word at all: the costlier patterns below cannot match
    if _HYBRID.search(text) or _split_presence(text):
        return "hibrid"
    if _ONLINE.search(text):
        return "daring"
    return "luring"
