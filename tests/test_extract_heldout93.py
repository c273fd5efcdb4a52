"""The extractor on the ninety-third held-out gold set: statements to the press after meetings held elsewhere or days
before, beside meeting reports told through what was said at them, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT93 = Path(__file__).parent / "data" / "extract_heldout93.jsonl"
# Written 2026-12-06 in the ninth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at fe80673): meeting F1 0.880, type 0.957, date 0.957, mode 0.957, venue
# 0.913, city 0.957, chair 0.957, participants 0.700, officials 0.942, topics 0.671, event-pair F1 0.909. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 0.939, type 1.000, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.722, officials 0.985, topics 0.706, event-pair F1 0.909.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.90, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.69, "officials": 0.95, "topics": 0.67, "event_pair_f1": 0.87}

scored, test_heldout93_metric_stays_above_its_floor = floor_tests(HELDOUT93, FLOORS)
