"""The extractor on a sixty-first held-out gold set: an ordinary month of Lampung government news across seventeen
hosts, a sample with no theme, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT61 = Path(__file__).parent / "data" / "extract_heldout61.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6
# non-meetings, 3 events told more than once). First run (at 45174fb): meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.817, officials 0.955, topics 0.708, event-pair F1 1.000.
# After the general causes its misses showed were fixed: unchanged.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.78, "officials": 0.93, "topics": 0.67, "event_pair_f1": 0.97}

scored, test_heldout61_metric_stays_above_its_floor = floor_tests(HELDOUT61, FLOORS)
