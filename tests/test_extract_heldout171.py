"""The extractor on the hundred-and-seventy-first held-out gold set: several events in one article, where the headline
one must win (visits, apels, ceremonies before or after a meeting, roundups of several regencies' meetings), written
without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT171 = Path(__file__).parent / "data" / "extract_heldout171.jsonl"
# Written 2026-12-07 in the twenty-fourth session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at 2f8ceaf, before any rule was changed for this set): meeting F1
# 1.000, type 1.000, date 0.952, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.817, officials 0.963,
# topics 0.694, event-pair F1 1.000. Its scalar misses, read, and fixed by mechanism where general: an audience dated by
# the apel just before it ('Usai memimpin apel pagi ..., Kamis (11/9/2025), Gubernur menerima audiensi ...') read with
# the day of a visit planned later in the text. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.93, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.79, "officials": 0.94, "topics": 0.67, "event_pair_f1": 0.97}

scored, test_heldout171_metric_stays_above_its_floor = floor_tests(HELDOUT171, FLOORS)
