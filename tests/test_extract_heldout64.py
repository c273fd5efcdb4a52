"""The extractor on a sixty-fourth held-out gold set: audiences and courtesy calls from every side (hosts receiving
delegations, Lampung officials calling on national agencies, councils receiving citizens) and their near-misses,
written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT64 = Path(__file__).parent / "data" / "extract_heldout64.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6
# non-meetings, 4 events told more than once). First run (at 828b6e4): meeting F1 0.979, type 0.958, date 0.958, mode
# 0.958, venue 0.917, city 0.958, chair 0.917, participants 0.745, officials 0.897, topics 0.710, event-pair F1 1.000.
# After the general causes its misses showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue
# 0.958, city 1.000, chair 0.958, participants 0.782, officials 0.944, topics 0.737.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.93, "city": 0.97, "chair": 0.93,
          "participants": 0.75, "officials": 0.91, "topics": 0.70, "event_pair_f1": 0.97}

scored, test_heldout64_metric_stays_above_its_floor = floor_tests(HELDOUT64, FLOORS)
