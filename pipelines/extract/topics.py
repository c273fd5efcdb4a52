"""Topics: keys of datasets/topics.csv, found by their keywords and weighed by a small learned model.

The keywords of topics.csv propose candidate topics; datasets/topic_model.json (a logistic regression trained by
`python -m pipelines.extract.topic_training` on the labelled sets) decides which of them the meeting was about,
from where and how often each was named and which keywords named it.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache

from crawler.resources import datasets_dir
from pipelines.extract.gazetteer import broader_topics, topics as vocabulary

MODEL_FILE = "topic_model.json"

# A unit's name lists fields it covers, not what a meeting discussed: 'Asisten Bidang Perekonomian dan Pembangunan',
# 'Biro Hukum', 'Komisi II Bidang Ekonomi'. (An agency's name is its sector and stays: 'Dinas Kesehatan' convenes
# on health.) Names are written in title case; a meeting's subject in lower case.
_OFFICE = re.compile(r"\b(?:Biro|Asisten|Staf Ahli|Komisi|Sekretariat|Bagian|Deputi|Kepala Bagian|Kabag|Karo)"
                     r"(?:\s+(?:(?:dan|&|,)\s+)?(?:[A-Z][\w-]*|Bidang))+")


_BREAK = re.compile(r"[\s-]+")


def _keyword_hits(text: str) -> list[tuple[str, str]]:
    """(topic key, keyword) for every keyword occurrence in text, unit names left out."""
    pattern, keys, _ = vocabulary()
    found = []
    for m in pattern.finditer(_OFFICE.sub(" ", text or "").lower()):
        word = _BREAK.sub(" ", m.group(0))
        found.extend((key, word) for key in keys.get(word, ()))
    return found


def features(title: str, lead: str, rest: str) -> dict[str, dict[str, float]]:
    """Candidate topic key -> its features: keyword counts by place (title, lead, rest), rank, share, keywords."""
    counts: dict[str, list] = {}  # key -> [title hits, lead hits, rest hits, keywords]
    for place, text in enumerate((title, lead, rest)):
        for key, word in _keyword_hits(text):
            count = counts.setdefault(key, [0, 0, 0, set()])
            count[place] += 1
            count[3].add(word)
    # a title or lead hit weighs as two in the rest of the body: the rule the model's 'rule' feature carries
    scores = {k: 2 * c[0] + 2 * c[1] + c[2] for k, c in counts.items()}
    ranked = sorted(scores, key=lambda k: (-scores[k], k))
    minimum, breadth = vocabulary()[2], math.log1p(len(ranked))
    out: dict[str, dict[str, float]] = {}
    for rank, key in enumerate(ranked):
        out[key] = _candidate(key, counts[key], scores[key], scores[ranked[0]], rank, minimum.get(key, 2.0), breadth)
    for key in list(out):  # a narrow topic proposes its wider one ('apbd' -> 'anggaran')
        wider = broader_topics().get(key)
        if wider:
            row = out.setdefault(wider, {"bias": 1.0, "topic=" + wider: 1.0, "rank=5": 1.0, "share": 0.0,
                                         "ncand_log": breadth})
            row["child"] = max(row.get("child", 0.0), out[key]["share"])
    return out


def _candidate(key: str, count: list, score: int, top: int, rank: int, minimum: float, breadth: float) -> dict[str, float]:
    in_title, in_lead, in_rest, words = count
    row = {"bias": 1.0, "topic=" + key: 1.0, "T": min(in_title, 3), "L": min(in_lead, 4), "logB": math.log1p(in_rest),
           "score_log": math.log1p(score), "share": score / top, f"rank={min(rank, 5)}": 1.0,
           "distinct": min(len(words), 5), "rule": float(score >= minimum), "ncand_log": breadth}
    row.update({"kw=" + word: 1.0 for word in words})
    return row


@cache
def model() -> dict:
    """The trained weights: {'threshold', 'limit', 'intercept', 'weights': {feature: weight}}."""
    path = datasets_dir() / MODEL_FILE
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def probability(row: dict[str, float], weights: dict) -> float:
    """The model's probability that a candidate with these features is a topic of the meeting."""
    known = weights["weights"]
    z = weights["intercept"] + sum(known[name] * value for name, value in row.items() if name in known)
    return 1.0 / (1.0 + math.exp(-z))


def choose(candidates: dict[str, dict[str, float]], weights: dict) -> list[str]:
    """The candidates the weights rate at or over their threshold, most probable first, each with its wider topic."""
    scored = sorted((-probability(row, weights), key) for key, row in candidates.items())
    return _with_broader([key for p, key in scored if -p >= weights["threshold"]])[:weights["limit"]]


def topics(title: str, text: str, lead: str = "") -> list[str]:
    """Topic keys of a meeting from its title, lead and the rest of its text, most probable first."""
    return choose(features(title, lead, text), model())


def _with_broader(keys: list[str]) -> list[str]:
    """A narrow topic brings its wider one ('apbd' -> 'anggaran'): a budget meeting is about the budget too.

    The links of topics.csv hold in 91-100% of the labels, more surely than the model rates the wider topic alone.
    """
    out: list[str] = []
    for key in keys:
        for k in (key, broader_topics().get(key)):
            if k and k not in out:
                out.append(k)
    return out
