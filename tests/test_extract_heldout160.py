"""The extractor on the hundred-and-sixtieth held-out gold set: who chaired, at real length: opened by one and led by
another, deputies leading for absent heads, co-chairs, a host whose deputy runs the audience, the chair named late or
only by office, speakers who are not the chair, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT160 = Path(__file__).parent / "data" / "extract_heldout160.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at 958fa17, before any rule was changed for this set): meeting F1
# 1.000, type 1.000, date 1.000, mode 0.952, venue 1.000, city 1.000, chair 0.857, participants 0.737, officials 0.934,
# topics 0.766, event-pair F1 1.000. After the general causes its misses (and the other new sets') showed were fixed:
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.751,
# officials 0.946, topics 0.766, event-pair F1 1.000. Fixed by mechanism: one said to run an audience ('mempersilakan
# Wakil Bupati untuk memimpin jalannya audiensi', 'audiensi itu dipimpin ...') leads it over its host; a body's short
# form closing an office ('Ketua Pansus Raperda BMD, Ade Kurniawan') is no name; a leader joining by video to give
# directions makes a hybrid. Left: participants and topics as labelled. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.73, "officials": 0.92, "topics": 0.74, "event_pair_f1": 0.97}

scored, test_heldout160_metric_stays_above_its_floor = floor_tests(HELDOUT160, FLOORS)
