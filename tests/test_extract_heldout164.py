"""The extractor on the hundred-and-sixty-fourth held-out gold set: statements made around a meeting (to reporters after
it, on its sidelines, by phone the next day, in a release days later, a faction's after a plenary) beside reports of the
meeting itself, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT164 = Path(__file__).parent / "data" / "extract_heldout164.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at 94b5153, before any rule was changed for this set): meeting F1
# 0.977, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.790, officials 0.988,
# topics 0.769, event-pair F1 1.000. Its misses were read but not fixed (the session ended): a committee chair's remark
# 'saat ditemui di sela rapat paripurna' where the plenary is never told, read as the plenary (doorstops' labels
# disagree across sets). Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.95, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.77, "officials": 0.96, "topics": 0.74, "event_pair_f1": 0.97}

scored, test_heldout164_metric_stays_above_its_floor = floor_tests(HELDOUT164, FLOORS)
