"""The extractor on the hundred-and-fifth held-out gold set: one event reported by several outlets in different
wordings, and look-alike meetings that must stay apart (same venue and type on another date, one leader's two
meetings in a day), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT105 = Path(__file__).parent / "data" / "extract_heldout105.jsonl"
# Written 2026-12-06 in the tenth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 8 events told more than once). First run (at 315c557): meeting F1 0.979, type 1.000, date 1.000, mode 0.957, venue
# 1.000, city 1.000, chair 0.952, participants 0.725, officials 0.973, topics 0.772, event-pair F1 0.851. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.725, officials 0.981, topics 0.772, event-pair F1 0.957.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.69, "officials": 0.95, "topics": 0.74, "event_pair_f1": 0.92}

scored, test_heldout105_metric_stays_above_its_floor = floor_tests(HELDOUT105, FLOORS)
