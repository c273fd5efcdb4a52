"""The extractor on the hundred-and-fifteenth held-out gold set: wire services and national outlets writing about
Lampung: quotes up front, the meeting named late, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT115 = Path(__file__).parent / "data" / "extract_heldout115.jsonl"
# Written 2026-12-06 in the tenth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at 565cd87): meeting F1 0.850, type 0.739, date 0.739, mode 0.739, venue
# 0.773, city 0.739, chair 0.739, participants 0.579, officials 0.720, topics 0.535, event-pair F1 0.727. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 0.955, type 0.913, date 0.913, mode
# 0.913, venue 0.955, city 0.913, chair 0.913, participants 0.706, officials 0.857, topics 0.669, event-pair F1 0.909.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.92, "type": 0.88, "date": 0.88, "mode": 0.88, "venue": 0.92, "city": 0.88, "chair": 0.88,
          "participants": 0.67, "officials": 0.82, "topics": 0.63, "event_pair_f1": 0.87}

scored, test_heldout115_metric_stays_above_its_floor = floor_tests(HELDOUT115, FLOORS)
