"""The extractor on a forty-fifth held-out gold set: dates in real prose (weekday-only and relative dates, dates of
other events in the same article, month and year boundaries, announced meetings, dates that cannot be resolved),
written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT45 = Path(__file__).parent / "data" / "extract_heldout45.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6 non-meetings,
# 3 events told more than once). First run (at 2b93c90): meeting F1 1.000, type 1.000, date 1.000, mode
# 0.958, venue 1.000, city 1.000, chair 0.958, participants 0.765, officials 0.994, topics 0.722, event-pair F1 0.889.
# After the general causes its misses showed were fixed: mode 1.000, chair 1.000, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.73, "officials": 0.97, "topics": 0.69, "event_pair_f1": 0.97}

scored, test_heldout45_metric_stays_above_its_floor = floor_tests(HELDOUT45, FLOORS)
