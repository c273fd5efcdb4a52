"""The extractor on the hundred-and-fifty-fourth held-out gold set: when the meeting happened, hard cases at real
length: meetings over two days, the day in the dateline, reports filed days later, the year only in the text, a wrong
weekday, 'tadi malam', dates in words, and other dates nearby, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT154 = Path(__file__).parent / "data" / "extract_heldout154.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at fc41e29, before any rule was changed for this set): meeting F1
# 1.000, type 1.000, date 0.857, mode 1.000, venue 1.000, city 0.952, chair 1.000, participants 0.778, officials 0.993,
# topics 0.721, event-pair F1 0.889. After the general causes its misses (and the other new sets') showed were fixed:
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.778,
# officials 0.993, topics 0.721, event-pair F1 1.000. Fixed by mechanism: 'tadi malam'; '<weekday> akhir pekan kemarin';
# 'tanggal lima Maret 2025'; a place dated by a day gone ('di Jakarta pada 20 Februari lalu') is another occasion's; an
# outlet's name before the dateline's town. Left: participants and topics as labelled. Kept out of the topic model's
# training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.75, "officials": 0.97, "topics": 0.70, "event_pair_f1": 0.97}

scored, test_heldout154_metric_stays_above_its_floor = floor_tests(HELDOUT154, FLOORS)
