"""The extractor on the hundred-and-forty-third held-out gold set: long reads about the provincial government: features
reaching the meeting late, profiles built around one meeting, explainers, behind-the-scenes accounts of closed
meetings, and non-meetings at the same length, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT143 = Path(__file__).parent / "data" / "extract_heldout143.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 370bc25, before any rule was changed for this set):
# meeting F1 0.955, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.952, participants 0.803,
# officials 0.960, topics 0.669, event-pair F1 1.000. After the general causes its misses (and the other new sets')
# showed were fixed: meeting F1 0.977, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.952,
# participants 0.803, officials 0.960, topics 0.669, event-pair F1 1.000. Left: a profile of the provincial secretary
# whose scene in his meeting room reads as a leaders' meeting; a disaster meeting's leader taken from another meeting
# named in the lead. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.95, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.93,
          "participants": 0.78, "officials": 0.94, "topics": 0.64, "event_pair_f1": 0.97}

scored, test_heldout143_metric_stays_above_its_floor = floor_tests(HELDOUT143, FLOORS)
