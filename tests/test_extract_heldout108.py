"""The extractor on the hundred-and-eighth held-out gold set: no theme: an ordinary month of 2025 on the provincial
portal, the press bureau, PPID and OPD sub-sites, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT108 = Path(__file__).parent / "data" / "extract_heldout108.jsonl"
# Written 2026-12-06 in the tenth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at 315c557): meeting F1 0.979, type 0.957, date 1.000, mode 0.913, venue
# 1.000, city 1.000, chair 1.000, participants 0.733, officials 0.962, topics 0.770, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 0.979, type 0.957, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.733, officials 0.977, topics 0.770, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.94, "type": 0.92, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.70, "officials": 0.94, "topics": 0.74, "event_pair_f1": 0.97}

scored, test_heldout108_metric_stays_above_its_floor = floor_tests(HELDOUT108, FLOORS)
