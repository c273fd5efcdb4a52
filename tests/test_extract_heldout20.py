"""The extractor on a twentieth held-out gold set: the provincial DPRD and the sector agencies as their own humas pages
and local papers tell them (meetings under other names, leaders named after the topic, closing attendance lists),
written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT20 = Path(__file__).parent / "data" / "extract_heldout20.jsonl"
# Written 2026-12-05 in the fourth session (40 articles: 30 meetings, 10 hard negatives, 3 events told by two or three
# hosts, a look-alike pair); kept out of the topic model's training. First run: meeting F1 0.966, type 0.900, date
# 0.933, mode 0.900, venue 0.917, city 0.933, chair 0.931, participants 0.669, officials 0.888, topics 0.736, event-pair
# F1 1.000. After the rules its misses pointed to (sarasehan, temu konsultasi and other names of meetings, a room named
# after a meeting kind, associations named before their head, offices joined by 'dan', dates and offices read as names,
# participants from elsewhere joining online): meeting F1 1.000, type 0.967, chair 1.000, officials 0.970. Left: a
# Banmus meeting typed by the plenary it scheduled.
FLOORS = {"meeting_f1": 0.97, "type": 0.95, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.69, "officials": 0.95, "topics": 0.76, "event_pair_f1": 0.97}

scored, test_heldout20_metric_stays_above_its_floor = floor_tests(HELDOUT20, FLOORS)
