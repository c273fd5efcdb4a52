"""The extractor on a eighty-fourth held-out gold set: one month of 2018 (the acting governor during the campaign leave)
as a crawler would collect it, with look-alikes, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT84 = Path(__file__).parent / "data" / "extract_heldout84.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 24 meetings, 6 non-
# meetings, 4 events told more than once). First run (at 7e5409c): meeting F1 0.958, type 0.958, date 0.917, mode
# 0.958, venue 0.957, city 0.875, chair 0.875, participants 0.714, officials 0.894, topics 0.651, event-pair F1 1.000.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date
# 1.000, mode 1.000, venue 1.000, city 0.958, chair 1.000, participants 0.741, officials 0.950, topics 0.685, event-
# pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.92, "chair": 0.97,
          "participants": 0.71, "officials": 0.92, "topics": 0.65, "event_pair_f1": 0.97}

scored, test_heldout84_metric_stays_above_its_floor = floor_tests(HELDOUT84, FLOORS)
