"""The extractor on a fifty-fifth held-out gold set: council business of the provincial and regency DPRDs (plenaries of
every kind, pansus, banggar, banmus, commission hearings) and hard negatives (statements, reses, site visits),
written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT55 = Path(__file__).parent / "data" / "extract_heldout55.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6
# non-meetings, 3 events told more than once). First run (at 1e7eb02): meeting F1 0.980, type 0.958, date 0.958, mode
# 0.958, venue 1.000, city 1.000, chair 1.000, participants 0.728, officials 0.956, topics 0.738, event-pair F1 1.000.
# After the general causes its misses showed were fixed: meeting F1 1.000, mode 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.93, "date": 0.93, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.69, "officials": 0.93, "topics": 0.70, "event_pair_f1": 0.97}

scored, test_heldout55_metric_stays_above_its_floor = floor_tests(HELDOUT55, FLOORS)
