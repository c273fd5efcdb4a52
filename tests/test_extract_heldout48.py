"""The extractor on a forty-eighth held-out gold set: one event told by several outlets in truly different words
(different titles, leads, order of facts, venue names, a day later, weekday only), with look-alikes kept apart,
written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT48 = Path(__file__).parent / "data" / "extract_heldout48.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6 non-meetings,
# 9 events told more than once). First run (at 2b93c90): meeting F1 0.980, type 1.000, date 0.958, mode
# 0.875, venue 1.000, city 1.000, chair 1.000, participants 0.766, officials 0.975, topics 0.851, event-pair F1 0.857.
# After the general causes its misses showed were fixed: meeting F1 1.000, date 1.000, mode 1.000, participants 0.779,
# event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.74, "officials": 0.95, "topics": 0.82, "event_pair_f1": 0.97}

scored, test_heldout48_metric_stays_above_its_floor = floor_tests(HELDOUT48, FLOORS)
