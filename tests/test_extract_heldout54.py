"""The extractor on a fifty-fourth held-out gold set: regency and city government releases (bupati, wali kota, sekda
and OPD heads chairing in rooms with local names; camat and village heads taking part; titles and degrees), written
without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT54 = Path(__file__).parent / "data" / "extract_heldout54.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6
# non-meetings, 4 events told more than once). First run (at 1e7eb02): meeting F1 1.000, type 1.000, date 0.958, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.704, officials 0.954, topics 0.625, event-pair F1 1.000.
# After the general causes its misses showed were fixed: date 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.67, "officials": 0.93, "topics": 0.59, "event_pair_f1": 0.97}

scored, test_heldout54_metric_stays_above_its_floor = floor_tests(HELDOUT54, FLOORS)
