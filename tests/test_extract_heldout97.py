"""The extractor on the ninety-seventh held-out gold set: how people attended: national meetings followed online,
regencies on Zoom, fully online, a speaker online, and in-person meetings that mention online things, written without
the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT97 = Path(__file__).parent / "data" / "extract_heldout97.jsonl"
# Written 2026-12-06 in the ninth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at fe80673): meeting F1 0.979, type 1.000, date 1.000, mode 0.913, venue
# 1.000, city 0.957, chair 1.000, participants 0.775, officials 0.938, topics 0.704, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 0.979, type 1.000, date 1.000, mode
# 1.000, venue 1.000, city 0.957, chair 1.000, participants 0.775, officials 0.951, topics 0.704, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.94, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.92, "chair": 0.97,
          "participants": 0.74, "officials": 0.92, "topics": 0.67, "event_pair_f1": 0.97}

scored, test_heldout97_metric_stays_above_its_floor = floor_tests(HELDOUT97, FLOORS)
