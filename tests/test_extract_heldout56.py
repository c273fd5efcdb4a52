"""The extractor on a fifty-sixth held-out gold set: national meetings and Lampung (followed online from a room here,
attended in Jakarta or another province, national officials meeting here, hybrid with a national speaker, Zoom
only), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT56 = Path(__file__).parent / "data" / "extract_heldout56.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6
# non-meetings, 4 events told more than once). First run (at 1e7eb02): meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 0.955, city 1.000, chair 0.958, participants 0.714, officials 0.971, topics 0.806, event-pair F1 1.000.
# After the general causes its misses showed were fixed: venue 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.93,
          "participants": 0.68, "officials": 0.95, "topics": 0.77, "event_pair_f1": 0.97}

scored, test_heldout56_metric_stays_above_its_floor = floor_tests(HELDOUT56, FLOORS)
