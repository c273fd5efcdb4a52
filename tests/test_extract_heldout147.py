"""The extractor on the hundred-and-forty-seventh held-out gold set: DPRD plenaries and their procedure as several
outlets report them (six plenaries by two or three outlets): suspensions, lobbying, walkouts, quorum, a moved
session, two agendas, answers read by a deputy, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT147 = Path(__file__).parent / "data" / "extract_heldout147.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 6 events told more than once). First run (at 370bc25, before any rule was changed for this set):
# meeting F1 0.933, type 1.000, date 1.000, mode 1.000, venue 0.938, city 1.000, chair 1.000, participants 0.763,
# officials 0.978, topics 0.706, event-pair F1 0.957. After the general causes its misses (and the other new sets')
# showed were fixed: meeting F1 0.955, type 1.000, date 1.000, mode 1.000, venue 0.938, city 1.000, chair 1.000,
# participants 0.763, officials 0.978, topics 0.706, event-pair F1 0.957. Left: a faction's and a party's statements
# explaining a plenary they walked out of or voted in (such doorstops' labels disagree across sets); a 'Gedung Dewan'
# for 'gedung DPRD Tulang Bawang'. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.93, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.91, "city": 0.97, "chair": 0.97,
          "participants": 0.74, "officials": 0.95, "topics": 0.68, "event_pair_f1": 0.93}

scored, test_heldout147_metric_stays_above_its_floor = floor_tests(HELDOUT147, FLOORS)
