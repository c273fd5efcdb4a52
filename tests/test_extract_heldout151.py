"""The extractor on the hundred-and-fifty-first held-out gold set: short items: one- to three-paragraph releases and
briefs, photo news, agenda notices, items dated only by a weekday, 'hari ini' or 'kemarin' or not at all, and short non-
meetings that name a meeting in passing, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT151 = Path(__file__).parent / "data" / "extract_heldout151.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at e8bb087, before any rule was changed for this set): meeting F1
# 0.977, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.789, officials 0.975,
# topics 0.802, event-pair F1 1.000. After the general causes its misses (and the other new sets') showed were fixed:
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.789,
# officials 0.975, topics 0.802, event-pair F1 1.000. Fixed by mechanism: a meeting told days before a dated statement
# ('... dalam rapat kerja ... beberapa hari lalu') is recalled by it. Left: participants and topics as labelled. Kept
# out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.76, "officials": 0.95, "topics": 0.78, "event_pair_f1": 0.97}

scored, test_heldout151_metric_stays_above_its_floor = floor_tests(HELDOUT151, FLOORS)
