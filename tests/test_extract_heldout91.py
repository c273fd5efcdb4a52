"""The extractor on the ninety-first held-out gold set: no theme: 2019-2023, with the older CMS furniture and the press
styles of those years, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT91 = Path(__file__).parent / "data" / "extract_heldout91.jsonl"
# Written 2026-12-06 in the ninth session by a helper who never read the rules (30 items: 22 meetings, 8 non-meetings,
# 4 events told more than once). First run (at 5624539): meeting F1 0.978, type 1.000, date 0.955, mode 0.909, venue
# 0.955, city 1.000, chair 1.000, participants 0.768, officials 0.987, topics 0.648, event-pair F1 0.909. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 0.955, city 1.000, chair 1.000, participants 0.768, officials 0.987, topics 0.648, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.92, "city": 0.97, "chair": 0.97,
          "participants": 0.73, "officials": 0.95, "topics": 0.61, "event_pair_f1": 0.97}

scored, test_heldout91_metric_stays_above_its_floor = floor_tests(HELDOUT91, FLOORS)
