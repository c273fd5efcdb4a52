"""The extractor on a forty-ninth held-out gold set: meetings outside the capital and the governor's office (regency
halls, pekon halls, hotels in Metro or Kalianda, Jakarta, field meetings; towns to be mapped to their regency),
written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT49 = Path(__file__).parent / "data" / "extract_heldout49.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6 non-meetings,
# 3 events told more than once). First run (at 2b93c90): meeting F1 1.000, type 1.000, date 1.000, mode
# 0.958, venue 0.958, city 0.958, chair 0.958, participants 0.786, officials 0.938, topics 0.773, event-pair F1 1.000.
# After the general causes its misses showed were fixed: mode 1.000, chair 1.000, officials 0.950.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.93, "city": 0.93, "chair": 0.97,
          "participants": 0.75, "officials": 0.91, "topics": 0.74, "event_pair_f1": 0.97}

scored, test_heldout49_metric_stays_above_its_floor = floor_tests(HELDOUT49, FLOORS)
