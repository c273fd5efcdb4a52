"""The extractor on the hundred-and-fortieth held-out gold set: statements and meetings side by side: what was said in a
meeting against what was said to reporters, by phone, in a release or an interview, or days later about a meeting,
written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT140 = Path(__file__).parent / "data" / "extract_heldout140.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 14 meetings, 16
# non-meetings, 3 events told more than once). First run (at 2b26ac2, before any rule was changed for this set):
# meeting F1 1.000, type 1.000, date 1.000, mode 0.929, venue 1.000, city 1.000, chair 1.000, participants 0.814,
# officials 0.986, topics 0.746, event-pair F1 1.000. After the general causes its misses (and the other new sets')
# showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000,
# participants 0.814, officials 0.986, topics 0.746, event-pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.79, "officials": 0.96, "topics": 0.72, "event_pair_f1": 0.97}

scored, test_heldout140_metric_stays_above_its_floor = floor_tests(HELDOUT140, FLOORS)
