"""The extractor on a seventy-second held-out gold set: no theme: a random mix of 2023-2026 pages as messy as the real
ones, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT72 = Path(__file__).parent / "data" / "extract_heldout72.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 23 meetings, 7 non-
# meetings, 4 events told more than once). First run (at 57edb8f): meeting F1 0.958, type 1.000, date 0.913, mode
# 1.000, venue 0.952, city 1.000, chair 1.000, participants 0.754, officials 0.994, topics 0.760, event-pair F1 1.000.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date
# 1.000, mode 1.000, venue 0.952, city 1.000, chair 1.000, participants 0.754, officials 0.994, topics 0.760, event-
# pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.92, "city": 0.97, "chair": 0.97,
          "participants": 0.72, "officials": 0.96, "topics": 0.72, "event_pair_f1": 0.97}

scored, test_heldout72_metric_stays_above_its_floor = floor_tests(HELDOUT72, FLOORS)
