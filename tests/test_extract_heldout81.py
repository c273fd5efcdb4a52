"""The extractor on a eighty-first held-out gold set: the whole visible text of the page as a careless HTML-to-text dump
gives it (menus, search labels, tickers, sidebars of other dated headlines, footers, comments), written without the
rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT81 = Path(__file__).parent / "data" / "extract_heldout81.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 23 meetings, 7 non-
# meetings, 4 events told more than once). First run (at 7e5409c): meeting F1 0.955, type 0.913, date 0.870, mode
# 0.870, venue 0.913, city 0.913, chair 0.826, participants 0.644, officials 0.844, topics 0.569, event-pair F1 0.800.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date
# 1.000, mode 0.957, venue 1.000, city 0.957, chair 1.000, participants 0.724, officials 0.937, topics 0.680, event-
# pair F1 0.800. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.92, "venue": 0.97, "city": 0.92, "chair": 0.97,
          "participants": 0.69, "officials": 0.90, "topics": 0.65, "event_pair_f1": 0.77}

scored, test_heldout81_metric_stays_above_its_floor = floor_tests(HELDOUT81, FLOORS)
