"""The extractor on a fifty-third held-out gold set: what meetings are about (a wide spread of topic keys, subjects
said in other words than the key) with participants labelled with care, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT53 = Path(__file__).parent / "data" / "extract_heldout53.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6
# non-meetings, 3 events told more than once). First run (at 1e7eb02): meeting F1 1.000, type 1.000, date 0.917, mode
# 1.000, venue 1.000, city 0.958, chair 1.000, participants 0.748, officials 0.962, topics 0.715, event-pair F1 1.000.
# After the general causes its misses showed were fixed: date 1.000, city 1.000, officials 0.968.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.71, "officials": 0.94, "topics": 0.68, "event_pair_f1": 0.97}

scored, test_heldout53_metric_stays_above_its_floor = floor_tests(HELDOUT53, FLOORS)
