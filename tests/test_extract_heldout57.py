"""The extractor on a fifty-seventh held-out gold set: articles that report more than one event, the headline sometimes
naming the minor one (a leader's busy day, a meeting with the one it follows up or schedules, a ceremony with a
briefing, a statement about a meeting days before, a weekly agenda), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT57 = Path(__file__).parent / "data" / "extract_heldout57.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6
# non-meetings, 3 events told more than once). First run (at 1ba92b7): meeting F1 0.958, type 0.958, date 0.958, mode
# 0.917, venue 0.958, city 0.958, chair 0.875, participants 0.709, officials 0.919, topics 0.674, event-pair F1 1.000.
# After the general causes its misses showed were fixed: mode 0.958, chair 0.958, officials 0.925, topics 0.666.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.93, "type": 0.93, "date": 0.93, "mode": 0.93, "venue": 0.93, "city": 0.93, "chair": 0.93,
          "participants": 0.67, "officials": 0.89, "topics": 0.63, "event_pair_f1": 0.97}

scored, test_heldout57_metric_stays_above_its_floor = floor_tests(HELDOUT57, FLOORS)
