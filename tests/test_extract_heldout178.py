"""The extractor on the hundred-and-seventy-eighth held-out gold set: who chaired when several officials had a part
(opened, led, moderated, closed, keynote), beside seminars, trainings and ceremonies with the same layers, written
without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT178 = Path(__file__).parent / "data" / "extract_heldout178.jsonl"
# Written 2026-12-07 in the twenty-fourth session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 2f8ceaf, before any rule was changed for this set): meeting
# F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.905, participants 0.761, officials
# 0.967, topics 0.698, event-pair F1 1.000. Its chair misses, read: the desks a Bappeda head guided after the governor
# opened the musrenbang ('desk pembahasan per bidang yang dipandu ...') fixed by mechanism; a chair labelled by office
# with no name (h178-21) left, as the scorer compares names. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.88,
          "participants": 0.74, "officials": 0.94, "topics": 0.67, "event_pair_f1": 0.97}

scored, test_heldout178_metric_stays_above_its_floor = floor_tests(HELDOUT178, FLOORS)
