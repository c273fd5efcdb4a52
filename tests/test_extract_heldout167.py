"""The extractor on the hundred-and-sixty-seventh held-out gold set: DPRD plenaries and hearings told by several outlets
and hard to join, beside look-alike plenaries of the same budget cycle, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT167 = Path(__file__).parent / "data" / "extract_heldout167.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at 94b5153, before any rule was changed for this set): meeting F1
# 0.933, type 0.952, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.950, participants 0.737, officials 0.923,
# topics 0.670, event-pair F1 1.000. Its misses were read but not fixed (the session ended): a statement mentioning the
# plenary scheduled next week read as the announced plenary; a live-streaming app's launch and a students' protest held
# 'bersamaan dengan rapat paripurna' read as the plenary; an online evaluation led by a ministry director with a deputy
# speaker heading the delegation; an ethics sidang beside plenaries. The statement and the evaluation's chair were
# fixed by mechanism in the twenty-fourth session. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.91, "type": 0.93, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.93,
          "participants": 0.71, "officials": 0.90, "topics": 0.65, "event_pair_f1": 0.97}

scored, test_heldout167_metric_stays_above_its_floor = floor_tests(HELDOUT167, FLOORS)
