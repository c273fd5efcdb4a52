"""The extractor on a fiftieth held-out gold set: meeting types said in other words (rapat terbatas, rapim, raker, RDP,
hearing, monev, sarasehan, DKT, kunjungan kehormatan, sidang) and hard negatives that use meeting words, written
without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT50 = Path(__file__).parent / "data" / "extract_heldout50.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6 non-meetings,
# 3 events told more than once). First run (at 2b93c90): meeting F1 0.980, type 0.958, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.773, officials 0.966, topics 0.694, event-pair F1 1.000.
# After the general causes its misses showed were fixed: meeting F1 1.000, participants 0.756, topics 0.691.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.93, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.72, "officials": 0.94, "topics": 0.66, "event_pair_f1": 0.97}

scored, test_heldout50_metric_stays_above_its_floor = floor_tests(HELDOUT50, FLOORS)
