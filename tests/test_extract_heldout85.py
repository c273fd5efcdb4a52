"""The extractor on the eighty-fifth held-out gold set: who took part, as provincial releases really list it (OPD rows,
Forkopimda, vertical agencies, BUMN/BUMD, associations, universities, lists broken by roles and names), written
without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT85 = Path(__file__).parent / "data" / "extract_heldout85.jsonl"
# Written 2026-12-06 in the ninth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at 5624539): meeting F1 0.957, type 0.957, date 0.957, mode 0.957, venue
# 1.000, city 0.957, chair 0.957, participants 0.635, officials 0.899, topics 0.644, event-pair F1 0.800. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 0.957, venue 1.000, city 1.000, chair 1.000, participants 0.676, officials 0.946, topics 0.687, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.92, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.64, "officials": 0.91, "topics": 0.65, "event_pair_f1": 0.97}

scored, test_heldout85_metric_stays_above_its_floor = floor_tests(HELDOUT85, FLOORS)
