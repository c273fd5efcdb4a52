"""The extractor on the hundred-and-thirty-fifth held-out gold set: the lowest tiers of government: district and village
meetings (musrenbang desa and kecamatan, rembuk stunting, rapat minggon, village budget deliberations) with local
titles (camat, peratin, kepala tiyuh, lurah) and places, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT135 = Path(__file__).parent / "data" / "extract_heldout135.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 584fc42, before any rule was changed for this set):
# meeting F1 0.976, type 0.905, date 0.950, mode 0.952, venue 0.952, city 0.952, chair 0.950, participants 0.458,
# officials 0.860, topics 0.489, event-pair F1 0.727. After the general causes its misses (and the other new sets')
# showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000,
# participants 0.458, officials 0.908, topics 0.527, event-pair F1 0.909. Participants stay low: the village tier's
# bodies and heads ('peratin se-Kecamatan ...', 'Polsek ...', 'pendamping desa') are not read as participants, since
# helpers' labels disagree on them and the only real label of the kind (development c034) leaves a city's lurah out.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.43, "officials": 0.88, "topics": 0.50, "event_pair_f1": 0.88}

scored, test_heldout135_metric_stays_above_its_floor = floor_tests(HELDOUT135, FLOORS)
