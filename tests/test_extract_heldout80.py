"""The extractor on a eightieth held-out gold set: national and vertical agencies meeting the province (BI, OJK, BPS,
Bulog, BPK, BPKP, KPK, Polda, Korem, Kejati, BPN, ministries), ranks and degrees, and their near-misses, written
without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT80 = Path(__file__).parent / "data" / "extract_heldout80.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 24 meetings, 6 non-
# meetings, 4 events told more than once). First run (at 0092906): meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 0.957, city 1.000, chair 0.958, participants 0.689, officials 0.983, topics 0.712, event-pair F1 1.000.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date
# 1.000, mode 1.000, venue 0.957, city 1.000, chair 1.000, participants 0.689, officials 0.983, topics 0.712, event-
# pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.92, "city": 0.97, "chair": 0.97,
          "participants": 0.65, "officials": 0.95, "topics": 0.68, "event_pair_f1": 0.97}

scored, test_heldout80_metric_stays_above_its_floor = floor_tests(HELDOUT80, FLOORS)
