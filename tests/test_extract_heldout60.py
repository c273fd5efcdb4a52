"""The extractor on a sixtieth held-out gold set: meetings as regency and news sites write them (told after background,
named only by their topic, weekday-only dates, a chair named by office first, loose venues) and hard negatives with
meeting words, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT60 = Path(__file__).parent / "data" / "extract_heldout60.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6
# non-meetings, 3 events told more than once). First run (at 1ba92b7): meeting F1 1.000, type 0.958, date 1.000, mode
# 1.000, venue 0.958, city 1.000, chair 0.826, participants 0.740, officials 0.995, topics 0.633, event-pair F1 1.000.
# After the general causes its misses showed were fixed: chair 0.957.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.93, "date": 0.97, "mode": 0.97, "venue": 0.93, "city": 0.97, "chair": 0.93,
          "participants": 0.71, "officials": 0.97, "topics": 0.60, "event_pair_f1": 0.97}

scored, test_heldout60_metric_stays_above_its_floor = floor_tests(HELDOUT60, FLOORS)
