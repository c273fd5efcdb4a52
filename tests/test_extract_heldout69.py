"""The extractor on a sixty-ninth held-out gold set: who attended and who acted: long attendance lists, officials
introduced in every way (titles, degrees, nicknames, captions), people quoted or cited but not present, written
without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT69 = Path(__file__).parent / "data" / "extract_heldout69.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 23 meetings, 7 non-
# meetings, 4 events told more than once). First run (at 1d87862): meeting F1 0.979, type 0.957, date 1.000, mode
# 0.913, venue 1.000, city 1.000, chair 0.957, participants 0.612, officials 0.860, topics 0.568, event-pair F1 1.000.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 0.957, date
# 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.612, officials 0.860, topics 0.568, event-
# pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.92, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.58, "officials": 0.83, "topics": 0.53, "event_pair_f1": 0.97}

scored, test_heldout69_metric_stays_above_its_floor = floor_tests(HELDOUT69, FLOORS)
