"""The extractor on a fifty-ninth held-out gold set: who took part and who acted (participants named in many forms,
long role phrases, short names after a full mention, people quoted who were not there, people represented by someone
else), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT59 = Path(__file__).parent / "data" / "extract_heldout59.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6
# non-meetings, 3 events told more than once). First run (at 1ba92b7): meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 0.958, participants 0.791, officials 0.913, topics 0.727, event-pair F1 1.000.
# After the general causes its misses showed were fixed: unchanged.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.93,
          "participants": 0.76, "officials": 0.88, "topics": 0.69, "event_pair_f1": 0.97}

scored, test_heldout59_metric_stays_above_its_floor = floor_tests(HELDOUT59, FLOORS)
