"""The extractor on the hundred-and-thirty-eighth held-out gold set: long reads in the regencies and the DPRD: budget
fights, investigative pieces reaching the meeting late, a reporter's diary of a plenary day, interviews framed around
a meeting, analysis naming meetings only as background, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT138 = Path(__file__).parent / "data" / "extract_heldout138.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 2b26ac2, before any rule was changed for this set):
# meeting F1 0.977, type 0.952, date 0.950, mode 0.952, venue 0.950, city 1.000, chair 0.950, participants 0.720,
# officials 0.928, topics 0.707, event-pair F1 1.000. After the general causes its misses (and the other new sets')
# showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode 0.952, venue 0.950, city 1.000, chair 0.950,
# participants 0.720, officials 0.928, topics 0.707, event-pair F1 1.000. Left: the leader of an earlier hearing named
# in the lead ('Dalam RDP yang dipimpin Ketua Komisi V ... itu') taken for the FGD's, which its deputy led later; a
# hybrid flood meeting read as online; a press room read as the plenary's place. Kept out of the topic model's
# training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.93, "venue": 0.93, "city": 0.97, "chair": 0.93,
          "participants": 0.70, "officials": 0.90, "topics": 0.68, "event_pair_f1": 0.97}

scored, test_heldout138_metric_stays_above_its_floor = floor_tests(HELDOUT138, FLOORS)
