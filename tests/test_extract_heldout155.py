"""The extractor on the hundred-and-fifty-fifth held-out gold set: hurried and small-outlet writing: typos in offices
and names, missing spaces, paragraphs in capitals, doubled commas, loanwords ('hearing', 'coffee morning', 'kick off'),
names spelled two ways, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT155 = Path(__file__).parent / "data" / "extract_heldout155.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at a41946f, before any rule was changed for this set): meeting F1
# 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.950, participants 0.785, officials 0.944,
# topics 0.806, event-pair F1 1.000. After the general causes its misses (and the other new sets') showed were fixed:
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.785,
# officials 0.958, topics 0.806, event-pair F1 1.000. Fixed by mechanism: a comma typed twice is one. Left: participants
# and topics as labelled. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.76, "officials": 0.93, "topics": 0.78, "event_pair_f1": 0.97}

scored, test_heldout155_metric_stays_above_its_floor = floor_tests(HELDOUT155, FLOORS)
