"""The extractor on the hundred-and-seventy-sixth held-out gold set: audiences and courtesy calls of every kind at real
length (hosts named late or by title, deputies receiving, Lampung's officials calling on others), beside awards,
dinners, handovers and site visits with the same parties, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT176 = Path(__file__).parent / "data" / "extract_heldout176.jsonl"
# Written 2026-12-07 in the twenty-fourth session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 2f8ceaf, before any rule was changed for this set): meeting
# F1 0.977, type 1.000, date 1.000, mode 1.000, venue 0.900, city 0.952, chair 1.000, participants 0.649, officials
# 0.925, topics 0.757, event-pair F1 1.000. Its scalar misses, read: a school's learning visit received by the DPRD's
# staff ('kunjungan edukasi') read as an audience, and a room first described in a caption ('ruang rapat pimpinan
# dewan') then named, both fixed by mechanism. Left: 'Kota Serang' against the gazetteer's 'Serang' (the labelled sets
# write it both ways) and a guest room of Mahan Agung. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.95, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.88, "city": 0.93, "chair": 0.97,
          "participants": 0.62, "officials": 0.90, "topics": 0.73, "event_pair_f1": 0.97}

scored, test_heldout176_metric_stays_above_its_floor = floor_tests(HELDOUT176, FLOORS)
