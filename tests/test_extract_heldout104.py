"""The extractor on the hundred-and-fourth held-out gold set: whole-page text dumps of news portals (menus, breadcrumbs,
bylines, captions, 'Baca juga', pagination, tags, related lists with dates, footers), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT104 = Path(__file__).parent / "data" / "extract_heldout104.jsonl"
# Written 2026-12-06 in the ninth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at b68ebd1): meeting F1 0.979, type 1.000, date 1.000, mode 0.957, venue
# 1.000, city 1.000, chair 1.000, participants 0.708, officials 0.989, topics 0.619, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 0.957, venue 1.000, city 1.000, chair 1.000, participants 0.708, officials 0.989, topics 0.619, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.92, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.67, "officials": 0.95, "topics": 0.58, "event_pair_f1": 0.97}

scored, test_heldout104_metric_stays_above_its_floor = floor_tests(HELDOUT104, FLOORS)
