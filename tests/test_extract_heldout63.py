"""The extractor on a sixty-third held-out gold set: older years and other leaders (2019-2024, the pandemic's Zoom
meetings, the press styles of those years, meetings announced ahead), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT63 = Path(__file__).parent / "data" / "extract_heldout63.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6
# non-meetings, 4 events told more than once). First run (at 828b6e4): meeting F1 0.980, type 1.000, date 0.958, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.803, officials 0.976, topics 0.747, event-pair F1 0.842.
# After the general causes its misses showed were fixed: date 1.000, officials 0.982, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.96, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.77, "officials": 0.96, "topics": 0.71, "event_pair_f1": 0.97}

scored, test_heldout63_metric_stays_above_its_floor = floor_tests(HELDOUT63, FLOORS)
