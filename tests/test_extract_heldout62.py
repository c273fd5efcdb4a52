"""The extractor on a sixty-second held-out gold set: provincial agency sub-sites and their meetings (internal rakor,
evaluasi, FGD, monev with the regencies online; sosialisasi and bimtek as negatives), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT62 = Path(__file__).parent / "data" / "extract_heldout62.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6
# non-meetings, 4 events told more than once). First run (at 828b6e4): meeting F1 1.000, type 0.958, date 0.917, mode
# 0.833, venue 0.957, city 0.958, chair 1.000, participants 0.726, officials 0.933, topics 0.684, event-pair F1 1.000.
# After the general causes its misses showed were fixed: mode 0.958, venue 1.000, city 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.93, "date": 0.88, "mode": 0.93, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.69, "officials": 0.90, "topics": 0.65, "event_pair_f1": 0.97}

scored, test_heldout62_metric_stays_above_its_floor = floor_tests(HELDOUT62, FLOORS)
