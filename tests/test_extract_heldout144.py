"""The extractor on the hundred-and-forty-fourth held-out gold set: meeting or not at real length: meetings told
indirectly or called a dialogue, forum, sarasehan, coffee morning or rembuk, beside hard non-meetings (a plan with no
date, press conferences, interviews, launches and signings in meeting rooms, late reports), written without the
rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT144 = Path(__file__).parent / "data" / "extract_heldout144.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 15 meetings, 15
# non-meetings, 3 events told more than once). First run (at 370bc25, before any rule was changed for this set):
# meeting F1 0.938, type 0.933, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.933, participants 0.702,
# officials 0.962, topics 0.702, event-pair F1 0.889. After the general causes its misses (and the other new sets')
# showed were fixed: meeting F1 0.968, type 0.933, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.933,
# participants 0.702, officials 0.962, topics 0.702, event-pair F1 0.889. Left: a governor's plan to gather the
# regents, its date 'belum dipastikan' in the next sentence; a 'sarasehan' said to be held in an FGD's format; a
# national meeting's leader named after his presentation. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.94, "type": 0.91, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.91,
          "participants": 0.68, "officials": 0.94, "topics": 0.68, "event_pair_f1": 0.86}

scored, test_heldout144_metric_stays_above_its_floor = floor_tests(HELDOUT144, FLOORS)
