"""The extractor on a seventy-sixth held-out gold set: who led the meeting, in every construction reporters use
(passive, participle, apposition, epithet, a representative, hosts, co-chairs, closers who do not chair, no leader),
written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT76 = Path(__file__).parent / "data" / "extract_heldout76.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 24 meetings, 6 non-
# meetings, 4 events told more than once). First run (at a124a49): meeting F1 0.960, type 0.958, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 0.955, participants 0.671, officials 0.965, topics 0.777, event-pair F1 1.000.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 0.958, date
# 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.955, participants 0.674, officials 0.965, topics 0.777, event-
# pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.92, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.92,
          "participants": 0.64, "officials": 0.93, "topics": 0.74, "event_pair_f1": 0.97}

scored, test_heldout76_metric_stays_above_its_floor = floor_tests(HELDOUT76, FLOORS)
