"""The extractor on the hundred-and-thirty-second held-out gold set: meeting or not at real length: meetings told
indirectly (a decision first, a participant's side, called a dialogue, forum or sarasehan) beside hard non-meetings
(statements after meetings, site visits the day after, launches and signings in meeting rooms, trainings, webinars,
handovers, announcements with no date), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT132 = Path(__file__).parent / "data" / "extract_heldout132.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 16 meetings, 14
# non-meetings, 3 events told more than once). First run (at 9369cc7, before any rule was changed for this set):
# meeting F1 0.857, type 0.875, date 0.933, mode 0.938, venue 0.933, city 0.938, chair 0.929, participants 0.703,
# officials 0.931, topics 0.721, event-pair F1 0.833. After the general causes its misses (and the other new sets')
# showed were fixed: meeting F1 0.938, type 0.938, date 0.933, mode 0.938, venue 0.933, city 0.938, chair 0.929,
# participants 0.703, officials 0.931, topics 0.721, event-pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.91, "type": 0.91, "date": 0.91, "mode": 0.91, "venue": 0.91, "city": 0.91, "chair": 0.90,
          "participants": 0.68, "officials": 0.91, "topics": 0.70, "event_pair_f1": 0.97}

scored, test_heldout132_metric_stays_above_its_floor = floor_tests(HELDOUT132, FLOORS)
