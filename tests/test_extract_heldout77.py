"""The extractor on a seventy-seventh held-out gold set: no theme: a random mix of 2024-2026 pages with the sloppiness
of real pages (run-on sentences, repeated paragraphs, unattributed quotes, a date only in the page header), written
without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT77 = Path(__file__).parent / "data" / "extract_heldout77.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 23 meetings, 7 non-
# meetings, 4 events told more than once). First run (at 0092906): meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 1.000, city 0.957, chair 0.955, participants 0.688, officials 0.941, topics 0.675, event-pair F1 1.000.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date
# 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.955, participants 0.702, officials 0.941, topics 0.675, event-
# pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.92,
          "participants": 0.67, "officials": 0.91, "topics": 0.64, "event_pair_f1": 0.97}

scored, test_heldout77_metric_stays_above_its_floor = floor_tests(HELDOUT77, FLOORS)
