"""The extractor on the hundred-and-seventy-second held-out gold set: regencies' and cities' own meeting releases
(rakor, musrenbang, TPID/TPPS, rapim, audiences with the Bupati or Wali Kota) and local outlets covering them, beside
the same offices' apels, openings and visits, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT172 = Path(__file__).parent / "data" / "extract_heldout172.jsonl"
# Written 2026-12-07 in the twenty-fourth session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 2f8ceaf, before any rule was changed for this set): meeting
# F1 0.977, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.856, officials
# 0.993, topics 0.696, event-pair F1 0.889. Its scalar miss, read and fixed by mechanism: a cheap-food market opened
# after a rapim ('Gerakan Pangan Murah' is an event of its own). Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.95, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.83, "officials": 0.97, "topics": 0.67, "event_pair_f1": 0.86}

scored, test_heldout172_metric_stays_above_its_floor = floor_tests(HELDOUT172, FLOORS)
