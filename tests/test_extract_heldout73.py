"""The extractor on a seventy-third held-out gold set: one event, many reports: events told by two to four sites in
their own styles, with look-alikes that must stay apart, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT73 = Path(__file__).parent / "data" / "extract_heldout73.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 22 meetings, 8 non-
# meetings, 10 events told more than once). First run (at a124a49): meeting F1 0.977, type 0.955, date 0.955, mode
# 0.955, venue 0.952, city 0.955, chair 0.955, participants 0.649, officials 0.941, topics 0.697, event-pair F1 0.878.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date
# 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.649, officials 0.987, topics 0.712, event-
# pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.61, "officials": 0.95, "topics": 0.68, "event_pair_f1": 0.97}

scored, test_heldout73_metric_stays_above_its_floor = floor_tests(HELDOUT73, FLOORS)
