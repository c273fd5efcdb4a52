"""The extractor on the hundred-and-forty-fifth held-out gold set: several events where the headline decides: working
visits with a meeting inside, anniversary days, a disaster day, an official's first day, a ministry team's visit,
councils' working visits received elsewhere, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT145 = Path(__file__).parent / "data" / "extract_heldout145.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 370bc25, before any rule was changed for this set):
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 0.952, chair 1.000, participants 0.751,
# officials 0.984, topics 0.595, event-pair F1 0.889. After the general causes its misses (and the other new sets')
# showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 0.952, chair 1.000,
# participants 0.751, officials 0.984, topics 0.595, event-pair F1 0.889. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.93, "chair": 0.97,
          "participants": 0.73, "officials": 0.96, "topics": 0.57, "event_pair_f1": 0.86}

scored, test_heldout145_metric_stays_above_its_floor = floor_tests(HELDOUT145, FLOORS)
