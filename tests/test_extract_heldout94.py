"""The extractor on the ninety-fourth held-out gold set: no theme: regency and city government news 2024-2026, written
without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT94 = Path(__file__).parent / "data" / "extract_heldout94.jsonl"
# Written 2026-12-06 in the ninth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at fe80673): meeting F1 0.979, type 1.000, date 0.957, mode 1.000, venue
# 0.947, city 1.000, chair 1.000, participants 0.655, officials 0.970, topics 0.669, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 0.947, city 1.000, chair 1.000, participants 0.655, officials 0.970, topics 0.669, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.91, "city": 0.97, "chair": 0.97,
          "participants": 0.62, "officials": 0.94, "topics": 0.63, "event_pair_f1": 0.97}

scored, test_heldout94_metric_stays_above_its_floor = floor_tests(HELDOUT94, FLOORS)
