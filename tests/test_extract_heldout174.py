"""The extractor on the hundred-and-seventy-fourth held-out gold set: acting officials and the interim years (Pj
Gubernur, Pj Bupati, Plh and Plt heads, 'mewakili'; 2019-2025), beside their ceremonies and visits, written without the
rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT174 = Path(__file__).parent / "data" / "extract_heldout174.jsonl"
# Written 2026-12-07 in the twenty-fourth session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 2f8ceaf, before any rule was changed for this set): meeting
# F1 1.000, type 1.000, date 1.000, mode 1.000, venue 0.952, city 1.000, chair 1.000, participants 0.740, officials
# 0.977, topics 0.789, event-pair F1 1.000. Its scalar miss, read and fixed by mechanism: the hospital where the
# complaints arose read as the hearing's room ('Keluhan ... di RSUD Dr. H. Abdul Moeloek dibahas dalam RDP ...'; set 158
# had the same miss). Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.93, "city": 0.97, "chair": 0.97,
          "participants": 0.72, "officials": 0.95, "topics": 0.76, "event_pair_f1": 0.97}

scored, test_heldout174_metric_stays_above_its_floor = floor_tests(HELDOUT174, FLOORS)
