"""The extractor on a eighty-second held-out gold set: pages stored imperfectly (titles repeated, summary boxes,
captions and alt texts, embedded posts, 'Baca Juga' blocks, next/previous links to other meetings), written without
the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT82 = Path(__file__).parent / "data" / "extract_heldout82.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 23 meetings, 7 non-
# meetings, 4 events told more than once). First run (at 7e5409c): meeting F1 0.957, type 0.957, date 0.913, mode
# 0.957, venue 0.955, city 0.957, chair 0.957, participants 0.706, officials 0.930, topics 0.728, event-pair F1 1.000.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date
# 0.957, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.753, officials 0.974, topics 0.761, event-
# pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.92, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.72, "officials": 0.94, "topics": 0.73, "event_pair_f1": 0.97}

scored, test_heldout82_metric_stays_above_its_floor = floor_tests(HELDOUT82, FLOORS)
