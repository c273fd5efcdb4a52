"""The extractor on the ninety-fifth held-out gold set: DPRD hearings and working meetings with companies, farmers,
unions, residents and agencies, and their near-misses, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT95 = Path(__file__).parent / "data" / "extract_heldout95.jsonl"
# Written 2026-12-06 in the ninth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at fe80673): meeting F1 0.958, type 1.000, date 1.000, mode 0.870, venue
# 0.952, city 1.000, chair 0.957, participants 0.742, officials 0.929, topics 0.570, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.742, officials 0.941, topics 0.570, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.71, "officials": 0.91, "topics": 0.53, "event_pair_f1": 0.97}

scored, test_heldout95_metric_stays_above_its_floor = floor_tests(HELDOUT95, FLOORS)
