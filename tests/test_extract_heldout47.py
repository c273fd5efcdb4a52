"""The extractor on a forty-seventh held-out gold set: long attendance lists (agencies by full name and abbreviation,
vertical agencies, degrees and street addresses near names, ministers named only as context, people in photo
captions), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT47 = Path(__file__).parent / "data" / "extract_heldout47.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6 non-meetings,
# 4 events told more than once). First run (at 2b93c90): meeting F1 1.000, type 1.000, date 1.000, mode
# 0.917, venue 0.917, city 0.958, chair 1.000, participants 0.751, officials 0.889, topics 0.653, event-pair F1 0.800.
# After the general causes its misses showed were fixed: mode 1.000, venue 1.000, city 1.000, participants 0.749,
# officials 0.895, topics 0.649, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.71, "officials": 0.86, "topics": 0.61, "event_pair_f1": 0.97}

scored, test_heldout47_metric_stays_above_its_floor = floor_tests(HELDOUT47, FLOORS)
