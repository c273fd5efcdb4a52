"""The extractor on a seventy-fifth held-out gold set: no theme: a random mix of 2018-2026 pages, every meeting type and
site, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT75 = Path(__file__).parent / "data" / "extract_heldout75.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 23 meetings, 7 non-
# meetings, 4 events told more than once). First run (at a124a49): meeting F1 0.979, type 1.000, date 0.957, mode
# 0.957, venue 1.000, city 1.000, chair 1.000, participants 0.769, officials 0.943, topics 0.701, event-pair F1 1.000.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date
# 1.000, mode 0.957, venue 1.000, city 1.000, chair 1.000, participants 0.772, officials 0.943, topics 0.706, event-
# pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.92, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.74, "officials": 0.91, "topics": 0.67, "event_pair_f1": 0.97}

scored, test_heldout75_metric_stays_above_its_floor = floor_tests(HELDOUT75, FLOORS)
