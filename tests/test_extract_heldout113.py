"""The extractor on the hundred-and-thirteenth held-out gold set: audiences and courtesy calls both ways: delegations
received in Lampung, Lampung's leaders calling on ministers, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT113 = Path(__file__).parent / "data" / "extract_heldout113.jsonl"
# Written 2026-12-06 in the tenth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at 565cd87): meeting F1 0.979, type 1.000, date 1.000, mode 1.000, venue
# 0.957, city 1.000, chair 0.870, participants 0.753, officials 0.958, topics 0.670, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 0.957, city 1.000, chair 0.957, participants 0.759, officials 0.963, topics 0.670, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.92, "city": 0.97, "chair": 0.92,
          "participants": 0.72, "officials": 0.93, "topics": 0.63, "event_pair_f1": 0.97}

scored, test_heldout113_metric_stays_above_its_floor = floor_tests(HELDOUT113, FLOORS)
