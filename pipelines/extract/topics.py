"""Topics: keys of datasets/topics.csv, keyword-driven with a threshold."""

from __future__ import annotations

import re
from collections import Counter

from pipelines.extract.gazetteer import topics as vocabulary


# An office's name says who attended, not what was discussed: 'Dinas Perindustrian dan Perdagangan', 'Asisten
# Bidang Perekonomian', 'Biro Hukum'. Office names are written in title case; the subject of a meeting in lower case.
_OFFICE = re.compile(r"\b(?:Dinas|Badan|Biro|Kantor|Asisten|Staf Ahli|Komisi|Sekretariat|Kementerian|Kemenko|Direktorat|"
                     r"Balai|Bagian|Bidang|Kepala|Kadis|Deputi|Menteri|Menko|Satuan|Unit)(?:\s+(?:(?:dan|&|,)\s+)?"
                     r"(?:[A-Z][\w-]*|Bidang))+")


def _hits(text: str, weight: int, scores: Counter) -> None:
    pattern, keys = vocabulary()
    for m in pattern.finditer(_OFFICE.sub(" ", text or "")):
        for key in keys.get(re.sub(r"[\s-]+", " ", m.group(0).lower()), ()):
            scores[key] += weight


def topics(title: str, text: str, threshold: float = 2.0, limit: int = 6, lead: str = "") -> list[str]:
    """Topic keys whose keywords occur often enough (a title or lead hit weighs as two hits in the rest of the body)."""
    scores: Counter = Counter()
    _hits(title, 2, scores)
    # The lead describes the headline event: a subject named there once is what the meeting was about, while one
    # passing mention deep in the body is not.
    _hits(lead, 2, scores)
    _hits(text, 1, scores)
    ranked = sorted((-score, key) for key, score in scores.items() if score >= threshold)
    return [key for _, key in ranked[:limit]]
