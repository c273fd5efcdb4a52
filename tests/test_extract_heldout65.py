"""The extractor on a sixty-fifth held-out gold set: the day a meeting happened told the hard ways (published days later
with only 'kemarin' or a weekday, year boundaries, multi-day ranges, dates as '04-03-2025', other events' dates
around it), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT65 = Path(__file__).parent / "data" / "extract_heldout65.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 23 meetings, 7 non-
# meetings, 4 events told more than once). First run (at 1d87862): meeting F1 0.978, type 0.957, date 0.957, mode
# 0.913, venue 0.955, city 0.957, chair 0.952, participants 0.609, officials 0.876, topics 0.750, event-pair F1 1.000.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date
# 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.652, officials 0.921, topics 0.779, event-
# pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.62, "officials": 0.89, "topics": 0.74, "event_pair_f1": 0.97}

scored, test_heldout65_metric_stays_above_its_floor = floor_tests(HELDOUT65, FLOORS)
