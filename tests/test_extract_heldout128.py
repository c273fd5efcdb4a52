"""The extractor on the hundred-and-twenty-eighth held-out gold set: when the meeting happened, at real length:
'kemarin' and 'Kamis lalu' against datelines and page stamps, dates in words or only in a caption, announced
meetings, and five events told by two or three outlets, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT128 = Path(__file__).parent / "data" / "extract_heldout128.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 5 events told more than once). First run (the session's start, 514851f, with the fixes from the
# composed rewrites, before any rule was changed for this set): meeting F1 0.950, type 0.905, date 0.800, mode 0.857,
# venue 0.789, city 0.905, chair 0.900, participants 0.700, officials 0.905, topics 0.698, event-pair F1 0.750. After
# the general causes its misses (and the other new sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000,
# mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.770, officials 1.000, topics 0.778, event-pair F1
# 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.75, "officials": 0.97, "topics": 0.75, "event_pair_f1": 0.97}

scored, test_heldout128_metric_stays_above_its_floor = floor_tests(HELDOUT128, FLOORS)
