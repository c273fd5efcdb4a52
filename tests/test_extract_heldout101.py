"""The extractor on the hundred-and-first held-out gold set: no theme: provincial news of 2025-2026 as ANTARA and the
press bureau write it, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT101 = Path(__file__).parent / "data" / "extract_heldout101.jsonl"
# Written 2026-12-06 in the ninth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at b68ebd1): meeting F1 1.000, type 0.957, date 0.957, mode 0.957, venue
# 1.000, city 1.000, chair 1.000, participants 0.675, officials 0.982, topics 0.718, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 0.957, date 1.000, mode
# 0.957, venue 1.000, city 1.000, chair 1.000, participants 0.675, officials 0.982, topics 0.718, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.92, "date": 0.97, "mode": 0.92, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.64, "officials": 0.95, "topics": 0.68, "event_pair_f1": 0.97}

scored, test_heldout101_metric_stays_above_its_floor = floor_tests(HELDOUT101, FLOORS)
