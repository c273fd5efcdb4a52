"""The extractor on the hundred-and-eleventh held-out gold set: whole-page dumps of PPID and OPD sub-sites (menus,
sidebars, related posts, widgets, run-on stamps, stories written as lists), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT111 = Path(__file__).parent / "data" / "extract_heldout111.jsonl"
# Written 2026-12-06 in the tenth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at 565cd87): meeting F1 0.979, type 1.000, date 1.000, mode 0.913, venue
# 1.000, city 1.000, chair 1.000, participants 0.651, officials 0.991, topics 0.734, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 0.979, type 1.000, date 1.000, mode
# 0.957, venue 1.000, city 1.000, chair 1.000, participants 0.651, officials 0.991, topics 0.734, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.94, "type": 0.97, "date": 0.97, "mode": 0.92, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.62, "officials": 0.96, "topics": 0.70, "event_pair_f1": 0.97}

scored, test_heldout111_metric_stays_above_its_floor = floor_tests(HELDOUT111, FLOORS)
