"""The extractor on a sixty-sixth held-out gold set: local outlets re-reporting provincial and regency meetings in their
own styles (datelines, 'Baca juga' links, bylines, the quote first), four events also told by a government site,
written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT66 = Path(__file__).parent / "data" / "extract_heldout66.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 24 meetings, 6 non-
# meetings, 4 events told more than once). First run (at 1d87862): meeting F1 0.939, type 0.958, date 0.958, mode
# 0.917, venue 0.958, city 0.958, chair 1.000, participants 0.676, officials 0.914, topics 0.669, event-pair F1 0.824.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date
# 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.697, officials 0.956, topics 0.711, event-
# pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.66, "officials": 0.92, "topics": 0.68, "event_pair_f1": 0.97}

scored, test_heldout66_metric_stays_above_its_floor = floor_tests(HELDOUT66, FLOORS)
