"""The extractor on the hundred-and-thirty-sixth held-out gold set: meetings hosted or led by vertical and central
agencies in Lampung (Bank Indonesia, BPS, Kanwil, Polda, Korem, Kejati, BPN, Bulog, BPJS, Ombudsman, KPU and Bawaslu,
universities) with the provincial or a regency government taking part, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT136 = Path(__file__).parent / "data" / "extract_heldout136.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 584fc42, before any rule was changed for this set):
# meeting F1 0.909, type 0.905, date 0.952, mode 0.952, venue 0.952, city 0.905, chair 0.952, participants 0.697,
# officials 0.946, topics 0.730, event-pair F1 0.769. After the general causes its misses (and the other new sets')
# showed were fixed: meeting F1 0.952, type 0.905, date 0.952, mode 0.952, venue 0.952, city 0.905, chair 0.952,
# participants 0.697, officials 0.946, topics 0.730, event-pair F1 1.000. Left: a 'Forum Kemitraan' led by a regency
# secretary read as no meeting ('forum' alone names no meeting: forums are also organisations); a document received by
# the provincial secretary read as an audience; a harmonisation meeting typed a coordination; a provincial office's
# hall the gazetteer does not place. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.93, "type": 0.88, "date": 0.93, "mode": 0.93, "venue": 0.93, "city": 0.88, "chair": 0.93,
          "participants": 0.67, "officials": 0.92, "topics": 0.71, "event_pair_f1": 0.97}

scored, test_heldout136_metric_stays_above_its_floor = floor_tests(HELDOUT136, FLOORS)
