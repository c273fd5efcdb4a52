"""The extractor on a eighty-third held-out gold set: the regency and city government sites, many on WordPress,
reporting their heads' and camats' meetings, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT83 = Path(__file__).parent / "data" / "extract_heldout83.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 23 meetings, 7 non-
# meetings, 4 events told more than once). First run (at 7e5409c): meeting F1 0.957, type 0.957, date 0.957, mode
# 0.957, venue 0.909, city 0.913, chair 0.913, participants 0.474, officials 0.939, topics 0.595, event-pair F1 1.000.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date
# 1.000, mode 1.000, venue 0.955, city 1.000, chair 1.000, participants 0.508, officials 0.979, topics 0.617, event-
# pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.92, "city": 0.97, "chair": 0.97,
          "participants": 0.47, "officials": 0.94, "topics": 0.58, "event_pair_f1": 0.97}

scored, test_heldout83_metric_stays_above_its_floor = floor_tests(HELDOUT83, FLOORS)
