"""The extractor on a seventy-first held-out gold set: the earlier years 2018-2021 (Governors Ridho Ficardo and Arinal
Djunaidi, COVID-19 meetings by video, older CMS furniture), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT71 = Path(__file__).parent / "data" / "extract_heldout71.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 24 meetings, 6 non-
# meetings, 4 events told more than once). First run (at 57edb8f): meeting F1 0.979, type 0.958, date 0.958, mode
# 0.875, venue 0.958, city 0.958, chair 0.957, participants 0.675, officials 0.922, topics 0.701, event-pair F1 0.667.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date
# 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.711, officials 0.950, topics 0.722, event-
# pair F1 0.800. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.68, "officials": 0.91, "topics": 0.69, "event_pair_f1": 0.77}

scored, test_heldout71_metric_stays_above_its_floor = floor_tests(HELDOUT71, FLOORS)
