"""The extractor on the hundred-and-sixty-fifth held-out gold set: regency governments' meetings at real length (a
regent's rakor with village heads, a TAPD meeting, Inspektorat exit meetings, Forkopimda before elections and holidays),
written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT165 = Path(__file__).parent / "data" / "extract_heldout165.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at 94b5153, before any rule was changed for this set): meeting F1
# 1.000, type 0.952, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.729, officials 0.983,
# topics 0.622, event-pair F1 1.000. Its misses were read but not fixed (the session ended): an exit meeting typed
# 'rapat_lainnya' where the label has 'rapat_evaluasi'. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.93, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.70, "officials": 0.96, "topics": 0.60, "event_pair_f1": 0.97}

scored, test_heldout165_metric_stays_above_its_floor = floor_tests(HELDOUT165, FLOORS)
