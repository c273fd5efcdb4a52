"""The extractor on the hundred-and-fifty-sixth held-out gold set: meetings announced, moved or called off: agenda
notices, invitations, meetings postponed to a set day or to none, cancelled, brought forward, and the same meetings
reported after they were held, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT156 = Path(__file__).parent / "data" / "extract_heldout156.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at 29b2f3f, before any rule was changed for this set): meeting F1
# 0.884, type 0.905, date 0.900, mode 0.905, venue 0.900, city 0.905, chair 0.857, participants 0.693, officials 0.886,
# topics 0.641, event-pair F1 0.833. After the general causes its misses (and the other new sets') showed were fixed:
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.750,
# officials 0.988, topics 0.720, event-pair F1 1.000. Fixed by mechanism: a meeting called off on its day but moved to
# another is announced for the new day (its old day set aside); a meeting whose day is said not to be set in the next
# sentences is no meeting; a headline's fronted clause putting the meeting off; minutes taught ('Notulensi Rapat'); a
# headline's adverb ('Akhirnya') ends a name. Left: participants and topics as labelled. Kept out of the topic model's
# training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.73, "officials": 0.96, "topics": 0.70, "event_pair_f1": 0.97}

scored, test_heldout156_metric_stays_above_its_floor = floor_tests(HELDOUT156, FLOORS)
