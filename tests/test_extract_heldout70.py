"""The extractor on a seventieth held-out gold set: the line between meetings and not: meetings told through their
outcome or inside a visit, and non-meetings full of meeting words, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT70 = Path(__file__).parent / "data" / "extract_heldout70.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 16 meetings, 14 non-
# meetings, 3 events told more than once). First run (at 1d87862): meeting F1 0.903, type 0.812, date 0.812, mode
# 0.812, venue 0.875, city 0.875, chair 0.812, participants 0.637, officials 0.835, topics 0.434, event-pair F1 0.857.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 0.968, type 0.875, date
# 0.938, mode 0.938, venue 0.875, city 0.938, chair 0.875, participants 0.671, officials 0.897, topics 0.496, event-
# pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.93, "type": 0.84, "date": 0.90, "mode": 0.90, "venue": 0.84, "city": 0.90, "chair": 0.84,
          "participants": 0.64, "officials": 0.86, "topics": 0.46, "event_pair_f1": 0.97}

scored, test_heldout70_metric_stays_above_its_floor = floor_tests(HELDOUT70, FLOORS)
