"""The extractor on the ninety-eighth held-out gold set: whole-page text dumps of provincial government sites (menus,
breadcrumbs, related posts with dates, agenda widgets, footers), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT98 = Path(__file__).parent / "data" / "extract_heldout98.jsonl"
# Written 2026-12-06 in the ninth session by a helper who never read the rules (30 items: 24 meetings, 6 non-meetings,
# 4 events told more than once). First run (at fe80673): meeting F1 1.000, type 1.000, date 1.000, mode 0.958, venue
# 1.000, city 1.000, chair 1.000, participants 0.762, officials 0.968, topics 0.641, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.805, officials 0.974, topics 0.635, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.77, "officials": 0.94, "topics": 0.60, "event_pair_f1": 0.97}

scored, test_heldout98_metric_stays_above_its_floor = floor_tests(HELDOUT98, FLOORS)
