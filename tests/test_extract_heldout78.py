"""The extractor on a seventy-eighth held-out gold set: length: very short releases, notices, posts and galleries beside
long features that wander into background, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT78 = Path(__file__).parent / "data" / "extract_heldout78.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 23 meetings, 7 non-
# meetings, 4 events told more than once). First run (at 0092906): meeting F1 1.000, type 0.957, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.631, officials 0.929, topics 0.707, event-pair F1 0.667.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 0.957, date
# 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.638, officials 0.929, topics 0.707, event-
# pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.92, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.60, "officials": 0.89, "topics": 0.67, "event_pair_f1": 0.97}

scored, test_heldout78_metric_stays_above_its_floor = floor_tests(HELDOUT78, FLOORS)
