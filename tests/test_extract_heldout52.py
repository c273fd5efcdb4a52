"""The extractor on a fifty-second held-out gold set: articles that report several events, where the headline event
must win (a leader's day, a meeting with the earlier one it follows up, a ceremony and a briefing, aid with a
dialogue, a statement about a meeting days before, a weekly agenda), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT52 = Path(__file__).parent / "data" / "extract_heldout52.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6
# non-meetings, 4 events told more than once). First run (at 1e7eb02): meeting F1 0.979, type 0.875, date 0.833, mode
# 0.958, venue 0.792, city 0.958, chair 0.958, participants 0.743, officials 0.887, topics 0.694, event-pair F1 0.500.
# After the general causes its misses showed were fixed: meeting F1 1.000, type 1.000, date 0.958, mode 1.000, venue
# 1.000, city 1.000, chair 1.000, participants 0.769, officials 0.951, topics 0.728, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.93, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.73, "officials": 0.93, "topics": 0.69, "event_pair_f1": 0.97}

scored, test_heldout52_metric_stays_above_its_floor = floor_tests(HELDOUT52, FLOORS)
