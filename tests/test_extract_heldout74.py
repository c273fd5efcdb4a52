"""The extractor on a seventy-fourth held-out gold set: where meetings happen: named rooms, hotels, regency halls, balai
desa, ministries, outdoor posts, datelines from another town, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT74 = Path(__file__).parent / "data" / "extract_heldout74.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 24 meetings, 6 non-
# meetings, 4 events told more than once). First run (at a124a49): meeting F1 1.000, type 1.000, date 1.000, mode
# 0.958, venue 0.875, city 1.000, chair 0.958, participants 0.629, officials 0.952, topics 0.644, event-pair F1 0.800.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date
# 1.000, mode 0.958, venue 0.875, city 1.000, chair 0.958, participants 0.638, officials 0.952, topics 0.644, event-
# pair F1 0.800. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.92, "venue": 0.84, "city": 0.97, "chair": 0.92,
          "participants": 0.60, "officials": 0.92, "topics": 0.61, "event_pair_f1": 0.77}

scored, test_heldout74_metric_stays_above_its_floor = floor_tests(HELDOUT74, FLOORS)
