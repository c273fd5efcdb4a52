"""The extractor on the hundred-and-forty-sixth held-out gold set: the meeting's date and leader in long reports full of
other meetings' dates and leaders, deputies standing in, one opening and another leading, reports filed days later,
written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT146 = Path(__file__).parent / "data" / "extract_heldout146.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 370bc25, before any rule was changed for this set):
# meeting F1 0.955, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.952, participants 0.801,
# officials 0.844, topics 0.651, event-pair F1 1.000. After the general causes its misses (and the other new sets')
# showed were fixed: meeting F1 0.955, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.952,
# participants 0.801, officials 0.844, topics 0.651, event-pair F1 1.000. Left: a regent's deputy opening the meeting
# while the planning head spoke longest (read as its leader); two non-meetings that recount earlier meetings at
# length. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.93, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.93,
          "participants": 0.78, "officials": 0.82, "topics": 0.63, "event_pair_f1": 0.97}

scored, test_heldout146_metric_stays_above_its_floor = floor_tests(HELDOUT146, FLOORS)
