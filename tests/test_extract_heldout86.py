"""The extractor on the eighty-sixth held-out gold set: named people: releases with 6-14 people (long titles, acting
heads, ministers only cited, former officials recalled, short forms later), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT86 = Path(__file__).parent / "data" / "extract_heldout86.jsonl"
# Written 2026-12-06 in the ninth session by a helper who never read the rules (30 items: 22 meetings, 8 non-meetings,
# 4 events told more than once). First run (at 5624539): meeting F1 0.978, type 1.000, date 1.000, mode 1.000, venue
# 1.000, city 1.000, chair 1.000, participants 0.754, officials 0.875, topics 0.720, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.754, officials 0.894, topics 0.720, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.72, "officials": 0.86, "topics": 0.69, "event_pair_f1": 0.97}

scored, test_heldout86_metric_stays_above_its_floor = floor_tests(HELDOUT86, FLOORS)
