"""The extractor on the hundred-and-ninth held-out gold set: no theme: 2019-2023 in local outlets and the portal, the
pandemic's virtual meetings and budget sessions, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT109 = Path(__file__).parent / "data" / "extract_heldout109.jsonl"
# Written 2026-12-06 in the tenth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at 315c557): meeting F1 1.000, type 1.000, date 1.000, mode 0.870, venue
# 0.952, city 0.955, chair 1.000, participants 0.713, officials 0.976, topics 0.672, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 0.957, venue 1.000, city 1.000, chair 1.000, participants 0.713, officials 0.976, topics 0.672, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.92, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.68, "officials": 0.94, "topics": 0.64, "event_pair_f1": 0.97}

scored, test_heldout109_metric_stays_above_its_floor = floor_tests(HELDOUT109, FLOORS)
