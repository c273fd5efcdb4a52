"""The extractor on the hundred-and-seventh held-out gold set: the date a meeting happened: reports days later, spans of
days, dates only in the dateline, background dates, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT107 = Path(__file__).parent / "data" / "extract_heldout107.jsonl"
# Written 2026-12-06 in the tenth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at 315c557): meeting F1 0.978, type 0.957, date 0.857, mode 0.957, venue
# 0.957, city 0.957, chair 0.957, participants 0.694, officials 0.916, topics 0.725, event-pair F1 0.800. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.725, officials 0.959, topics 0.769, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.69, "officials": 0.92, "topics": 0.73, "event_pair_f1": 0.97}

scored, test_heldout107_metric_stays_above_its_floor = floor_tests(HELDOUT107, FLOORS)
