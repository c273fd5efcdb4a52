"""The extractor on the ninety-sixth held-out gold set: what meetings are about: every kind of subject told in everyday
words, with side subjects, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT96 = Path(__file__).parent / "data" / "extract_heldout96.jsonl"
# Written 2026-12-06 in the ninth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at fe80673): meeting F1 1.000, type 1.000, date 1.000, mode 0.913, venue
# 1.000, city 1.000, chair 1.000, participants 0.733, officials 0.962, topics 0.689, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 0.957, venue 1.000, city 1.000, chair 1.000, participants 0.733, officials 0.962, topics 0.689, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.92, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.70, "officials": 0.93, "topics": 0.65, "event_pair_f1": 0.97}

scored, test_heldout96_metric_stays_above_its_floor = floor_tests(HELDOUT96, FLOORS)
