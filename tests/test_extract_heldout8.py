"""The extractor and event clustering on an eighth held-out gold set: venues, cities and one event told by several
outlets, written without reading the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT8 = Path(__file__).parent / "data" / "extract_heldout8.jsonl"
# Written 2026-12-05 by a helper that read only the labelling conventions and the style of the development set
# (40 articles: 28 meetings, 12 negatives, 6 events told by 2-3 outlets, 3 look-alike pairs). First run, before any
# change: meeting F1 1.000, type 0.964, date/mode/chair/event-pair F1 1.000, venue 0.893, city 0.893,
# participants 0.668, officials 0.939, topics 0.767. After the general rules its misses pointed to (field tents and
# village halls, a venue given only late in the article, towns and ports in an office's name, cities outside Lampung,
# team and facility names after an office, 'Manager', ranks starting the person): venue 1.000, city 0.929, officials
# 1.000. Floors sit a little below.
FLOORS = {"meeting_f1": 0.97, "type": 0.93, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.9, "chair": 0.97,
          "participants": 0.64, "officials": 0.95, "topics": 0.74, "event_pair_f1": 0.95}


scored, test_heldout8_metric_stays_above_its_floor = floor_tests(HELDOUT8, FLOORS)
