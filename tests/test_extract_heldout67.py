"""The extractor on a sixty-seventh held-out gold set: the OPD sub-sites reporting their own technical meetings (chaired
by a kepala dinas, a sekretaris or a kabid, in halls, hotels and regencies) and their near-misses (bimtek,
sosialisasi, monitoring visits), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT67 = Path(__file__).parent / "data" / "extract_heldout67.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 23 meetings, 7 non-
# meetings, 4 events told more than once). First run (at 1d87862): meeting F1 0.979, type 1.000, date 0.957, mode
# 1.000, venue 0.957, city 1.000, chair 0.913, participants 0.599, officials 0.928, topics 0.662, event-pair F1 1.000.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date
# 1.000, mode 1.000, venue 0.957, city 1.000, chair 1.000, participants 0.599, officials 0.942, topics 0.662, event-
# pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.92, "city": 0.97, "chair": 0.97,
          "participants": 0.56, "officials": 0.91, "topics": 0.63, "event_pair_f1": 0.97}

scored, test_heldout67_metric_stays_above_its_floor = floor_tests(HELDOUT67, FLOORS)
