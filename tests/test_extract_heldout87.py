"""The extractor on the eighty-seventh held-out gold set: the meeting's date as Lampung outlets tell it (published days
later, weekday with a day/month, 'kemarin', 'Senin lalu', a date only in the dateline, other events' dates nearby),
written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT87 = Path(__file__).parent / "data" / "extract_heldout87.jsonl"
# Written 2026-12-06 in the ninth session by a helper who never read the rules (30 items: 24 meetings, 6 non-meetings,
# 4 events told more than once). First run (at 5624539): meeting F1 0.980, type 1.000, date 0.957, mode 0.958, venue
# 1.000, city 0.958, chair 1.000, participants 0.755, officials 0.919, topics 0.687, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 0.980, type 1.000, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.758, officials 0.919, topics 0.687, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.94, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.72, "officials": 0.88, "topics": 0.65, "event_pair_f1": 0.97}

scored, test_heldout87_metric_stays_above_its_floor = floor_tests(HELDOUT87, FLOORS)
