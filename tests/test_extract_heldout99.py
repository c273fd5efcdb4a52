"""The extractor on the ninety-ninth held-out gold set: no theme: 2018-2022 news from local outlets in their own styles,
written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT99 = Path(__file__).parent / "data" / "extract_heldout99.jsonl"
# Written 2026-12-06 in the ninth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at fe80673): meeting F1 0.979, type 0.957, date 1.000, mode 1.000, venue
# 0.913, city 1.000, chair 0.957, participants 0.661, officials 0.967, topics 0.719, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 0.957, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.661, officials 0.972, topics 0.719, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.92, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.63, "officials": 0.94, "topics": 0.68, "event_pair_f1": 0.97}

scored, test_heldout99_metric_stays_above_its_floor = floor_tests(HELDOUT99, FLOORS)
