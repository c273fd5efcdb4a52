"""The extractor on the hundred-and-tenth held-out gold set: regency and city governments' meetings reported by their
own sites and local outlets, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT110 = Path(__file__).parent / "data" / "extract_heldout110.jsonl"
# Written 2026-12-06 in the tenth session by a helper who never read the rules (30 items: 24 meetings, 6 non-meetings,
# 4 events told more than once). First run (at 315c557): meeting F1 1.000, type 1.000, date 0.958, mode 1.000, venue
# 0.958, city 1.000, chair 1.000, participants 0.549, officials 0.971, topics 0.625, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 0.958, city 1.000, chair 1.000, participants 0.549, officials 0.977, topics 0.628, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.92, "city": 0.97, "chair": 0.97,
          "participants": 0.51, "officials": 0.94, "topics": 0.59, "event_pair_f1": 0.97}

scored, test_heldout110_metric_stays_above_its_floor = floor_tests(HELDOUT110, FLOORS)
