"""The extractor on the hundred-and-thirty-third held-out gold set: hurried local online outlets: short reports, run-on
sentences, offices in any case and short forms everywhere, names without offices and offices without names, dates
only as 'kemarin' or a weekday, meetings and non-meetings on the same beats, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT133 = Path(__file__).parent / "data" / "extract_heldout133.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 584fc42, before any rule was changed for this set):
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.708,
# officials 0.968, topics 0.670, event-pair F1 0.750. After the general causes its misses (and the other new sets')
# showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000,
# participants 0.708, officials 0.968, topics 0.670, event-pair F1 0.750. Left: one event's brief dated only 'Selasa
# kemarin' on an undated page, which clustering cannot join. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.68, "officials": 0.94, "topics": 0.65, "event_pair_f1": 0.73}

scored, test_heldout133_metric_stays_above_its_floor = floor_tests(HELDOUT133, FLOORS)
