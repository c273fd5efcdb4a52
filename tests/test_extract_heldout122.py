"""The extractor on the hundred-and-twenty-second held-out gold set: articles that report several events, where the
headline event must win, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT122 = Path(__file__).parent / "data" / "extract_heldout122.jsonl"
# Written 2026-12-06 in the tenth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at a05ea69): meeting F1 0.958, type 1.000, date 1.000, mode 1.000, venue
# 0.957, city 1.000, chair 1.000, participants 0.722, officials 0.961, topics 0.721, event-pair F1 0.750. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 0.979, type 1.000, date 1.000, mode
# 1.000, venue 0.957, city 1.000, chair 1.000, participants 0.722, officials 0.961, topics 0.721, event-pair F1 0.857.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.94, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.92, "city": 0.97, "chair": 0.97,
          "participants": 0.69, "officials": 0.93, "topics": 0.69, "event_pair_f1": 0.82}

scored, test_heldout122_metric_stays_above_its_floor = floor_tests(HELDOUT122, FLOORS)
