"""The extractor on the hundred-and-sixty-first held-out gold set: who took part: attendance lists, bodies with and
without their short forms, groups of people, bodies only talked about, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT161 = Path(__file__).parent / "data" / "extract_heldout161.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at 958fa17, before any rule was changed for this set): meeting F1
# 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.842, officials 0.968,
# topics 0.691, event-pair F1 1.000. After the general causes its misses (and the other new sets') showed were fixed:
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.842,
# officials 0.968, topics 0.691, event-pair F1 1.000. Left: participants and topics as labelled (the set's scalar fields
# were all right on the first run). Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.82, "officials": 0.94, "topics": 0.67, "event_pair_f1": 0.97}

scored, test_heldout161_metric_stays_above_its_floor = floor_tests(HELDOUT161, FLOORS)
