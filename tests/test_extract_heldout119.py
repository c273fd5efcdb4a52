"""The extractor on the hundred-and-nineteenth held-out gold set: the boundary between a statement and a meeting:
statements to reporters after meetings, interviews, releases, beside meeting reports told through what was said at
them, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT119 = Path(__file__).parent / "data" / "extract_heldout119.jsonl"
# Written 2026-12-06 in the tenth session by a helper who never read the rules (30 items: 16 meetings, 14 non-
# meetings, 4 events told more than once). First run (at f2d3c83): meeting F1 0.865, type 1.000, date 0.938, mode
# 0.938, venue 1.000, city 1.000, chair 1.000, participants 0.729, officials 0.959, topics 0.641, event-pair F1 0.750.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 0.914, type 1.000, date
# 0.938, mode 0.938, venue 1.000, city 1.000, chair 1.000, participants 0.729, officials 0.959, topics 0.641, event-
# pair F1 1.000. Kept out of the topic model's training. Pairs 0.857 since reports of one day's meeting with one
# leader and a topic in common need fewer shared words (twenty-first session): the Speaker's statement to reporters
# after chairing the plenary (h119-10), which the extractor reads as the plenary (labels of such doorstops disagree, see
# benchmarks/RESULTS.md), now joins the plenary's report; three other sets' pairs rose.
FLOORS = {"meeting_f1": 0.88, "type": 0.97, "date": 0.90, "mode": 0.90, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.69, "officials": 0.92, "topics": 0.61, "event_pair_f1": 0.85}

scored, test_heldout119_metric_stays_above_its_floor = floor_tests(HELDOUT119, FLOORS)
