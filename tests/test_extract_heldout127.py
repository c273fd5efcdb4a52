"""The extractor on the hundred-and-twenty-seventh held-out gold set: national and cross-regional meetings: ministries'
meetings followed online from rooms in Lampung, hybrid meetings, Lampung officials at meetings in Jakarta and other
provinces, webinars and ceremonies watched online, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT127 = Path(__file__).parent / "data" / "extract_heldout127.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (the session's start, 514851f, with the fixes from the
# composed rewrites, before any rule was changed for this set): meeting F1 1.000, type 1.000, date 1.000, mode 0.952,
# venue 0.905, city 1.000, chair 0.952, participants 0.730, officials 0.949, topics 0.787, event-pair F1 1.000. After
# the general causes its misses (and the other new sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000,
# mode 0.952, venue 0.905, city 1.000, chair 1.000, participants 0.730, officials 0.965, topics 0.787, event-pair F1
# 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.93, "venue": 0.88, "city": 0.97, "chair": 0.97,
          "participants": 0.71, "officials": 0.94, "topics": 0.76, "event_pair_f1": 0.97}

scored, test_heldout127_metric_stays_above_its_floor = floor_tests(HELDOUT127, FLOORS)
