"""The extractor on a twenty-fourth held-out gold set: short and odd pages (briefs, photo galleries, agendas,
announcements, video pages, bullet-point releases, a Q&A, an English page, publication times in UTC), written without
the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT24 = Path(__file__).parent / "data" / "extract_heldout24.jsonl"
# Written 2026-12-05 at the end of the fourth session (36 items: 22 meetings, 14 non-meetings, 2 events told by two
# hosts, a look-alike pair); kept out of the topic model's training. First run: meeting F1 1.000, type 1.000, date
# 0.905, mode 1.000, venue 0.818, city 1.000, chair 0.700, participants 0.549, officials 0.848, topics 0.769, event-pair
# F1 1.000. After the rules its misses pointed to (a gallery page told by its captions, a release's 'Tempat:' line):
# date 1.000, venue 1.000, chair 0.850, officials 0.990. Left: an agenda page's items have their owner in the header
# ('Agenda Gubernur ...: 09.00 WIB Memimpin Rapat ...'), and an English page's chair.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.95, "city": 0.97, "chair": 0.83,
          "participants": 0.55, "officials": 0.95, "topics": 0.74, "event_pair_f1": 0.97}

scored, test_heldout24_metric_stays_above_its_floor = floor_tests(HELDOUT24, FLOORS)
