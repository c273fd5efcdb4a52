"""The extractor on the ninetieth held-out gold set: no theme: an ordinary fortnight of provincial news in January 2026,
written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT90 = Path(__file__).parent / "data" / "extract_heldout90.jsonl"
# Written 2026-12-06 in the ninth session by a helper who never read the rules (30 items: 24 meetings, 6 non-meetings,
# 4 events told more than once). First run (at 5624539): meeting F1 1.000, type 1.000, date 1.000, mode 0.958, venue
# 1.000, city 1.000, chair 0.957, participants 0.708, officials 0.969, topics 0.719, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.708, officials 0.975, topics 0.719, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.67, "officials": 0.94, "topics": 0.68, "event_pair_f1": 0.97}

scored, test_heldout90_metric_stays_above_its_floor = floor_tests(HELDOUT90, FLOORS)
