"""The extractor on the hundred-and-thirtieth held-out gold set: one event told by several outlets: eight events
reported by two or three outlets each (a press office's full name for the meeting, a newspaper leading with a quote
and a short form, a brief), beside the same leader's other meetings of the week and look-alikes in the same rooms,
written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT130 = Path(__file__).parent / "data" / "extract_heldout130.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 8 events told more than once). First run (at 9369cc7, before any rule was changed for this set):
# meeting F1 0.977, type 1.000, date 1.000, mode 1.000, venue 0.941, city 1.000, chair 1.000, participants 0.779,
# officials 1.000, topics 0.765, event-pair F1 1.000. After the general causes its misses (and the other new sets')
# showed were fixed: meeting F1 0.977, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000,
# participants 0.779, officials 1.000, topics 0.765, event-pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.95, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.75, "officials": 0.97, "topics": 0.74, "event_pair_f1": 0.97}

scored, test_heldout130_metric_stays_above_its_floor = floor_tests(HELDOUT130, FLOORS)
