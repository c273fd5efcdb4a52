"""The extractor on a fortieth held-out gold set: long articles (2,000-3,500 characters) telling a headline event and one
or two others of the same day or week, with 6-12 named people of whom only some act in the headline event, written
without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT40 = Path(__file__).parent / "data" / "extract_heldout40.jsonl"
# Written 2026-12-06 in the sixth session by a helper who never read the rules (30 items: 22 meetings, 8 non-meetings, 3
# events told twice, a look-alike rakor a week later). First run (at b698fbc): meeting F1 1.000, type 0.955, date
# 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.729, officials 0.875, topics 0.643, event-pair
# F1 1.000. After one rule (a preparation meeting is not typed by the event it prepares): type 1.000. Left: officials
# acting only in the article's other events (a visit the day before, a meeting announced); dropping the people of every
# sentence dated to another day cost 16 other sets more than it gained here, and was not kept.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.70, "officials": 0.84, "topics": 0.61, "event_pair_f1": 0.97}

scored, test_heldout40_metric_stays_above_its_floor = floor_tests(HELDOUT40, FLOORS)
