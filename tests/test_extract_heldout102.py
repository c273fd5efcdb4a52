"""The extractor on the hundred-and-second held-out gold set: regional and agency heads quoted by the press: statements
days after a meeting, doorstops, written statements, phone interviews, meeting reports told through quotes, written
without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT102 = Path(__file__).parent / "data" / "extract_heldout102.jsonl"
# Written 2026-12-06 in the ninth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at b68ebd1): meeting F1 0.978, type 0.957, date 0.957, mode 0.957, venue
# 0.957, city 0.957, chair 0.957, participants 0.601, officials 0.936, topics 0.742, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.626, officials 0.979, topics 0.777, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.59, "officials": 0.94, "topics": 0.74, "event_pair_f1": 0.97}

scored, test_heldout102_metric_stays_above_its_floor = floor_tests(HELDOUT102, FLOORS)
