"""The extractor on a fifty-eighth held-out gold set: the same events told by several outlets in different words (about
eight events, two to four reports each), look-alikes in the same room or on the same day, weekday-only dates,
reports days later, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT58 = Path(__file__).parent / "data" / "extract_heldout58.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6
# non-meetings, 9 events told more than once). First run (at 1ba92b7): meeting F1 0.939, type 0.958, date 0.917, mode
# 0.958, venue 0.957, city 0.958, chair 0.958, participants 0.646, officials 0.936, topics 0.744, event-pair F1 0.773.
# After the general causes its misses showed were fixed: meeting F1 0.960, type 1.000, date 1.000, mode 1.000, city
# 1.000, chair 1.000, participants 0.684, officials 0.977, topics 0.779, event-pair F1 0.829.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.94, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.93, "city": 0.97, "chair": 0.97,
          "participants": 0.65, "officials": 0.95, "topics": 0.74, "event_pair_f1": 0.79}

scored, test_heldout58_metric_stays_above_its_floor = floor_tests(HELDOUT58, FLOORS)
