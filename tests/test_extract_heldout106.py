"""The extractor on the hundred-and-sixth held-out gold set: hard negatives: statements, announcements, ceremonies in
the council hall, launches, an op-ed, with meetings told indirectly beside them, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT106 = Path(__file__).parent / "data" / "extract_heldout106.jsonl"
# Written 2026-12-06 in the tenth session by a helper who never read the rules (30 items: 17 meetings, 13 non-
# meetings, 3 events told more than once). First run (at 315c557): meeting F1 0.895, type 1.000, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.699, officials 0.933, topics 0.690, event-pair F1 1.000.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 0.971, type 1.000, date
# 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.699, officials 0.933, topics 0.690, event-
# pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.94, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.66, "officials": 0.90, "topics": 0.65, "event_pair_f1": 0.97}

scored, test_heldout106_metric_stays_above_its_floor = floor_tests(HELDOUT106, FLOORS)
