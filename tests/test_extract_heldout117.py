"""The extractor on the hundred-and-seventeenth held-out gold set: features whose meeting is told late (a quote, a
scene, a complaint or numbers first), beside statements given outside any meeting, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT117 = Path(__file__).parent / "data" / "extract_heldout117.jsonl"
# Written 2026-12-06 in the tenth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at f8ac6f0): meeting F1 0.791, type 0.739, date 0.652, mode 0.696, venue
# 0.696, city 0.739, chair 0.696, participants 0.507, officials 0.707, topics 0.454, event-pair F1 0.500. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 0.933, type 0.913, date 0.913, mode
# 0.913, venue 0.870, city 0.913, chair 0.870, participants 0.636, officials 0.881, topics 0.594, event-pair F1 0.667.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.90, "type": 0.88, "date": 0.88, "mode": 0.88, "venue": 0.83, "city": 0.88, "chair": 0.83,
          "participants": 0.60, "officials": 0.85, "topics": 0.56, "event_pair_f1": 0.63}

scored, test_heldout117_metric_stays_above_its_floor = floor_tests(HELDOUT117, FLOORS)
