"""The extractor on an eleventh held-out gold set: one event told by several outlets in different words, and
look-alike events that must stay apart, written without reading the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT11 = Path(__file__).parent / "data" / "extract_heldout11.jsonl"
# Written 2026-12-05 by a helper that read only the labelling conventions and the style of the development set
# (40 articles: 10 real events told by 2-3 outlets, 6 look-alikes on the same venue/type/day, singletons, 4 hard
# negatives). First run, before any change: meeting F1 0.971, type 0.944, date 0.944, mode 0.944, venue 1.000,
# city 0.917, chair 0.909, participants 0.697, officials 0.926, topics 0.704, event-pair F1 0.897 (precision 1.000).
# After the general rules its misses pointed to (receiving an office holder is an audience anywhere, a team in the
# meeting's name is no delegation, a provincial agency's office is in the capital, long roles closed by a comma):
# meeting F1 0.986, type 0.972, date 0.972, mode 0.972, city 0.972, chair 1.000, officials 0.960, pairs 0.968.
# The one miss left (h11-25) is an FGD told inside a statistics story whose lead reads as an award.
FLOORS = {"meeting_f1": 0.97, "type": 0.95, "date": 0.95, "mode": 0.95, "venue": 0.97, "city": 0.95, "chair": 0.96,
          "participants": 0.69, "officials": 0.93, "topics": 0.69, "event_pair_f1": 0.95}


scored, test_heldout11_metric_stays_above_its_floor = floor_tests(HELDOUT11, FLOORS)
