"""Topics: keys of datasets/topics.csv, keyword-driven with a threshold."""

from __future__ import annotations

import re
from collections import Counter

from pipelines.extract.gazetteer import broader_topics, topics as vocabulary


# A unit's name lists fields it covers, not what a meeting discussed: 'Asisten Bidang Perekonomian dan Pembangunan',
# 'Biro Hukum', 'Komisi II Bidang Ekonomi'. (An agency's name is its sector and stays: 'Dinas Kesehatan' convenes
# on health.) Names are written in title case; a meeting's subject in lower case.
_OFFICE = re.compile(r"\b(?:Biro|Asisten|Staf Ahli|Komisi|Sekretariat|Bagian|Deputi|Kepala Bagian|Kabag|Karo)"
                     r"(?:\s+(?:(?:dan|&|,)\s+)?(?:[A-Z][\w-]*|Bidang))+")


def _hits(text: str, weight: int, scores: Counter) -> None:
    pattern, keys, _ = vocabulary()
    for m in pattern.finditer(_OFFICE.sub(" ", text or "").lower()):
        for key in keys.get(re.sub(r"[\s-]+", " ", m.group(0)), ()):
            scores[key] += weight


def topics(title: str, text: str, threshold: float = 2.0, limit: int = 6, lead: str = "") -> list[str]:
    """Topic keys whose keywords occur often enough (a title or lead hit weighs as two hits in the rest of the body)."""
    scores: Counter = Counter()
    _hits(title, 2, scores)
    # The lead describes the headline event: a subject named there once is what the meeting was about, while one
    # passing mention deep in the body is not.
    _hits(lead, 2, scores)
    _hits(text, 1, scores)
    minimum = vocabulary()[2]
    ranked = sorted((-score, key) for key, score in scores.items() if score >= minimum.get(key, threshold))
    return _with_broader([key for _, key in ranked])[:limit]


def _with_broader(keys: list[str]) -> list[str]:
    """A narrow topic brings its wider one ('apbd' -> 'anggaran'): a budget meeting is about the budget too."""
    out: list[str] = []
    for key in keys:
        for k in (key, broader_topics().get(key)):
            if k and k not in out:
                out.append(k)
    return out
