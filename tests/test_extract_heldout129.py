"""The extractor on the hundred-and-twenty-ninth held-out gold set: when the meeting happened as real outlets write it:
reports filed days later ('Senin (2/6) lalu', 'dua hari lalu'), page stamps and bylines with their own dates, a
wire's bare weekday, the date only in the dateline, postponed and announced meetings, other dates beside the
meeting's, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT129 = Path(__file__).parent / "data" / "extract_heldout129.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 9369cc7, before any rule was changed for this set):
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.809,
# officials 0.990, topics 0.781, event-pair F1 1.000. After the general causes its misses (and the other new sets')
# showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000,
# participants 0.809, officials 0.990, topics 0.781, event-pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.78, "officials": 0.97, "topics": 0.76, "event_pair_f1": 0.97}

scored, test_heldout129_metric_stays_above_its_floor = floor_tests(HELDOUT129, FLOORS)
