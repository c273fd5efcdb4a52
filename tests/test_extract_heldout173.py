"""The extractor on the hundred-and-seventy-third held-out gold set: DPRD commission hearings and working meetings told
at length, many speakers and one leader, beside the commissions' visits and statements, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT173 = Path(__file__).parent / "data" / "extract_heldout173.jsonl"
# Written 2026-12-07 in the twenty-fourth session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 2f8ceaf, before any rule was changed for this set): meeting
# F1 0.977, type 1.000, date 0.950, mode 1.000, venue 0.947, city 1.000, chair 1.000, participants 0.781, officials
# 0.983, topics 0.758, event-pair F1 1.000. Its scalar misses, read and fixed by mechanism: a statement recalling a
# working meeting 'pada Agustus lalu' (fixed by the month-gone rule of set 170 before this set's first run was read); a
# hearing's announced day lost to the day a quotation was said; 'di DPRD Tulang Bawang secara virtual' (the manner ends
# the place). Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.95, "type": 0.97, "date": 0.93, "mode": 0.97, "venue": 0.92, "city": 0.97, "chair": 0.97,
          "participants": 0.76, "officials": 0.96, "topics": 0.73, "event_pair_f1": 0.97}

scored, test_heldout173_metric_stays_above_its_floor = floor_tests(HELDOUT173, FLOORS)
