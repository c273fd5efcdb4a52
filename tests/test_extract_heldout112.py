"""The extractor on the hundred-and-twelfth held-out gold set: the provincial council's organs at work: commissions,
Banggar with TAPD, Bapemperda, Banmus, pansus, fractions, plenaries and audiences, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT112 = Path(__file__).parent / "data" / "extract_heldout112.jsonl"
# Written 2026-12-06 in the tenth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at 565cd87): meeting F1 0.978, type 0.913, date 0.957, mode 0.957, venue
# 0.955, city 0.955, chair 0.913, participants 0.727, officials 0.946, topics 0.600, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 0.978, type 0.913, date 0.957, mode
# 0.957, venue 0.955, city 0.955, chair 0.913, participants 0.727, officials 0.946, topics 0.600, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.94, "type": 0.88, "date": 0.92, "mode": 0.92, "venue": 0.92, "city": 0.92, "chair": 0.88,
          "participants": 0.69, "officials": 0.91, "topics": 0.57, "event_pair_f1": 0.97}

scored, test_heldout112_metric_stays_above_its_floor = floor_tests(HELDOUT112, FLOORS)
