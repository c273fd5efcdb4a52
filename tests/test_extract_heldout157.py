"""The extractor on the hundred-and-fifty-seventh held-out gold set: several events in one article where the headline
decides: busy days, weekly round-ups, an official's agenda, a meeting inside a story about a disaster, a festival or a
visit, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT157 = Path(__file__).parent / "data" / "extract_heldout157.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at 29b2f3f, before any rule was changed for this set): meeting F1
# 0.977, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.952, participants 0.786, officials 0.984,
# topics 0.633, event-pair F1 0.909. After the general causes its misses (and the other new sets') showed were fixed:
# meeting F1 0.977, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.952, participants 0.786,
# officials 0.984, topics 0.633, event-pair F1 0.909. Left: a harvest visit whose group went on to a rakor later that
# day ('Panen Raya' as a visit's word also names the harvest season in other reports, so it was not added); a chair read
# from 'Ketua Depeko yang juga Kepala Disnaker ..., Wahyu Nugroho' (the body's short form taken for a name; reading the
# second office instead broke 'X selaku Y' on four sets); participants and topics as labelled. Kept out of the topic
# model's training.
FLOORS = {"meeting_f1": 0.95, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.93,
          "participants": 0.76, "officials": 0.96, "topics": 0.61, "event_pair_f1": 0.88}

scored, test_heldout157_metric_stays_above_its_floor = floor_tests(HELDOUT157, FLOORS)
