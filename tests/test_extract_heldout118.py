"""The extractor on the hundred-and-eighteenth held-out gold set: short wire items of two to five sentences: weekday-
only dates, officials by title only, loose venues, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT118 = Path(__file__).parent / "data" / "extract_heldout118.jsonl"
# Written 2026-12-06 in the tenth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at e07bd16): meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue
# 1.000, city 0.957, chair 1.000, participants 0.791, officials 0.983, topics 0.756, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.791, officials 0.983, topics 0.756, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.76, "officials": 0.95, "topics": 0.72, "event_pair_f1": 0.97}

scored, test_heldout118_metric_stays_above_its_floor = floor_tests(HELDOUT118, FLOORS)
