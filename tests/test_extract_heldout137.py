"""The extractor on the hundred-and-thirty-seventh held-out gold set: the article as a scraper takes it from real news
pages, the page's furniture left in: breadcrumbs, repeated titles, bylines, stamps, captions, lists of other
headlines above, inside and below the story, ads, share bars, comments, page breaks, summary boxes, written without
the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT137 = Path(__file__).parent / "data" / "extract_heldout137.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 22 meetings, 8
# non-meetings, 3 events told more than once). First run (at 584fc42, before any rule was changed for this set):
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.790,
# officials 0.994, topics 0.625, event-pair F1 1.000. After the general causes its misses (and the other new sets')
# showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000,
# participants 0.790, officials 0.994, topics 0.625, event-pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.77, "officials": 0.97, "topics": 0.60, "event_pair_f1": 0.97}

scored, test_heldout137_metric_stays_above_its_floor = floor_tests(HELDOUT137, FLOORS)
