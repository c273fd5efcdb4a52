"""The extractor on the hundred-and-seventieth held-out gold set: provincial agencies' own releases on their sub-sites
(long formal meeting names, agency rooms, heads, secretaries and division heads leading, page furniture), beside their
trainings, apels and launches, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT170 = Path(__file__).parent / "data" / "extract_heldout170.jsonl"
# Written 2026-12-07 in the twenty-fourth session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at 2f8ceaf, before any rule was changed for this set): meeting F1
# 0.977, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.867, officials 0.990,
# topics 0.705, event-pair F1 1.000. Its scalar misses, read, and fixed by mechanism where general: a coordination
# meeting said to be held 'pada Februari lalu' (a month gone, no day) read as the news of a statement. Kept out of the
# topic model's training.
FLOORS = {"meeting_f1": 0.95, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.84, "officials": 0.97, "topics": 0.68, "event_pair_f1": 0.97}

scored, test_heldout170_metric_stays_above_its_floor = floor_tests(HELDOUT170, FLOORS)
