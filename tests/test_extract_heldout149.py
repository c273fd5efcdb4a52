"""The extractor on the hundred-and-forty-ninth held-out gold set: pages as a scraper gets them: menus, breadcrumbs,
captions of other moments above the dateline, 'Baca Juga' lines, share bars, tags, editor lines, advertisements and
lists of related stories naming other meetings, dates and leaders, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT149 = Path(__file__).parent / "data" / "extract_heldout149.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at e8bb087, before any rule was changed for this set): meeting F1
# 0.977, type 1.000, date 0.950, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.847, officials 0.993,
# topics 0.766, event-pair F1 0.750. After the general causes its misses (and the other new sets') showed were fixed:
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.847,
# officials 0.993, topics 0.766, event-pair F1 1.000. Fixed by mechanism: a file photo's caption dated months before the
# page, or days before a page naming no meeting, is set aside. Left: participants and topics as labelled. Kept out of
# the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.82, "officials": 0.97, "topics": 0.74, "event_pair_f1": 0.97}

scored, test_heldout149_metric_stays_above_its_floor = floor_tests(HELDOUT149, FLOORS)
