"""The extractor on a nineteenth held-out gold set: Lampung officials meeting outside the province and with outsiders
(ministries in Jakarta, other provinces, embassies, companies, national meetings followed online), written without
the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT19 = Path(__file__).parent / "data" / "extract_heldout19.jsonl"
# Written 2026-12-05 in the fourth session (40 articles: 29 meetings, 11 hard negatives, 3 events told by two or three
# hosts, a look-alike pair); kept out of the topic model's training. First run: meeting F1 1.000, type 0.966, date
# 1.000, mode 0.966, venue 0.929, city 0.621, chair 0.828, participants 0.724, officials 0.887, topics 0.662, event-pair
# F1 0.833. After the rules its misses pointed to (the town closing a venue's address, a dateline outside Lampung over
# a Lampung region named as the subject, glued dashes of a dateline, deputies of any head, long national titles, an
# office's grade that is no class): city 0.966, chair 0.966, mode 1.000, event-pair F1 1.000.
FLOORS = {"meeting_f1": 0.97, "type": 0.95, "date": 0.97, "mode": 0.97, "venue": 0.91, "city": 0.95, "chair": 0.95,
          "participants": 0.70, "officials": 0.90, "topics": 0.65, "event_pair_f1": 0.97}

scored, test_heldout19_metric_stays_above_its_floor = floor_tests(HELDOUT19, FLOORS)
