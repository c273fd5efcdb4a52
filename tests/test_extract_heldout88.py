"""The extractor on the eighty-eighth held-out gold set: whole-page text dumps of regency and city government sites
(menus, sidebars with other dated headlines, agenda widgets, footers, comment boxes), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT88 = Path(__file__).parent / "data" / "extract_heldout88.jsonl"
# Written 2026-12-06 in the ninth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at 5624539): meeting F1 1.000, type 0.957, date 1.000, mode 1.000, venue
# 1.000, city 1.000, chair 0.957, participants 0.582, officials 0.941, topics 0.639, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.591, officials 0.956, topics 0.639, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.56, "officials": 0.92, "topics": 0.60, "event_pair_f1": 0.97}

scored, test_heldout88_metric_stays_above_its_floor = floor_tests(HELDOUT88, FLOORS)
