"""The extractor on the hundred-and-twentieth held-out gold set: who chaired, in hard cases: opened by one and led by
another, co-chaired, national officials, hosts in Jakarta, titles and nicknames, stand-ins, written without the
rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT120 = Path(__file__).parent / "data" / "extract_heldout120.jsonl"
# Written 2026-12-06 in the tenth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at dc7af23): meeting F1 0.979, type 0.957, date 1.000, mode 0.957, venue
# 1.000, city 1.000, chair 0.739, participants 0.732, officials 0.925, topics 0.748, event-pair F1 0.857. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 0.979, type 0.957, date 1.000, mode
# 0.957, venue 1.000, city 1.000, chair 0.870, participants 0.732, officials 0.925, topics 0.748, event-pair F1 0.857.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.94, "type": 0.92, "date": 0.97, "mode": 0.92, "venue": 0.97, "city": 0.97, "chair": 0.83,
          "participants": 0.70, "officials": 0.89, "topics": 0.71, "event_pair_f1": 0.82}

scored, test_heldout120_metric_stays_above_its_floor = floor_tests(HELDOUT120, FLOORS)
