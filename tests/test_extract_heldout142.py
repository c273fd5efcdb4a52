"""The extractor on the hundred-and-forty-second held-out gold set: several activities of one day or week where the
headline decides the event: a leader's full day, agenda pages, weekly round-ups, a working visit with a meeting
inside it, 'Usai ..., lanjut ...', written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT142 = Path(__file__).parent / "data" / "extract_heldout142.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 14 meetings, 16
# non-meetings, 3 events told more than once). First run (at 2b26ac2, before any rule was changed for this set):
# meeting F1 0.933, type 0.857, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.929, participants 0.670,
# officials 0.948, topics 0.766, event-pair F1 0.889. After the general causes its misses (and the other new sets')
# showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.929,
# participants 0.670, officials 0.962, topics 0.766, event-pair F1 1.000. Left: an agenda page's 'Agenda utama
# Gubernur hari ini adalah membuka ... Musrenbang' names no leader the chair patterns read (before, 'Gubernur Lampung
# Hari Ini' had made a man named Hari the chair). Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.90,
          "participants": 0.66, "officials": 0.94, "topics": 0.74, "event_pair_f1": 0.97}

scored, test_heldout142_metric_stays_above_its_floor = floor_tests(HELDOUT142, FLOORS)
