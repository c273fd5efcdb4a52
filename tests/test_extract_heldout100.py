"""The extractor on the hundredth held-out gold set: where meetings sit: named rooms, hotels, campuses, village halls,
ministries, other provinces, field posts, datelines from another town, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT100 = Path(__file__).parent / "data" / "extract_heldout100.jsonl"
# Written 2026-12-06 in the ninth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at fe80673): meeting F1 1.000, type 1.000, date 1.000, mode 0.957, venue
# 0.913, city 0.913, chair 1.000, participants 0.694, officials 0.977, topics 0.695, event-pair F1 0.909. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 0.913, city 0.913, chair 1.000, participants 0.694, officials 0.977, topics 0.695, event-pair F1 0.909.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.88, "city": 0.88, "chair": 0.97,
          "participants": 0.66, "officials": 0.94, "topics": 0.66, "event_pair_f1": 0.87}

scored, test_heldout100_metric_stays_above_its_floor = floor_tests(HELDOUT100, FLOORS)
