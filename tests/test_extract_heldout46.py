"""The extractor on a forty-sixth held-out gold set: who chaired, in the many ways real prose says it (participles,
appositions, 'selaku pimpinan rapat', bare titles, a chair named late, a deputy for an absent head, one official
opening and another chairing, remarks or closing only), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT46 = Path(__file__).parent / "data" / "extract_heldout46.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6 non-meetings,
# 4 events told more than once). First run (at 2b93c90): meeting F1 0.958, type 0.958, date 0.917, mode
# 0.917, venue 0.958, city 0.958, chair 0.810, participants 0.790, officials 0.902, topics 0.740, event-pair F1 0.909.
# After the general causes its misses showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue
# 1.000, city 1.000, chair 1.000, participants 0.835, officials 0.950, topics 0.765, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.80, "officials": 0.93, "topics": 0.73, "event_pair_f1": 0.97}

scored, test_heldout46_metric_stays_above_its_floor = floor_tests(HELDOUT46, FLOORS)
