"""The extractor on the hundred-and-thirty-ninth held-out gold set: national programmes as they reach Lampung (free
meals, Koperasi Merah Putih, Sekolah Rakyat, housing, food self-sufficiency, free health checks) and the meetings,
launches, inspections and statements about them, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT139 = Path(__file__).parent / "data" / "extract_heldout139.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 2b26ac2, before any rule was changed for this set):
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.711,
# officials 0.960, topics 0.733, event-pair F1 1.000. After the general causes its misses (and the other new sets')
# showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000,
# participants 0.711, officials 0.960, topics 0.733, event-pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.69, "officials": 0.94, "topics": 0.71, "event_pair_f1": 0.97}

scored, test_heldout139_metric_stays_above_its_floor = floor_tests(HELDOUT139, FLOORS)
