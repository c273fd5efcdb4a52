"""The extractor on the hundred-and-sixty-third held-out gold set: Lampung officials at meetings outside Lampung:
ministries in Jakarta, national forums, DPR RI commissions, other provinces' meetings, beside visits and ceremonies
outside Lampung and meetings in Lampung about matters elsewhere, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT163 = Path(__file__).parent / "data" / "extract_heldout163.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at 958fa17, before any rule was changed for this set): meeting F1
# 0.977, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.842, participants 0.732, officials 0.981,
# topics 0.708, event-pair F1 1.000. After the general causes its misses (and the other new sets') showed were fixed:
# meeting F1 0.977, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.732,
# officials 1.000, topics 0.708, event-pair F1 1.000. Fixed by mechanism: 'Tata Kelola BGN, Hardi Santoso' (a body's
# short form closing an office is no name); a delegation led by its head ('Delegasi Provinsi Lampung dipimpin ...') is
# not the meeting led. Left: a commission chair's statement asking the centre to follow up a DPR hearing held two days
# before, read as the hearing; participants and topics as labelled. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.95, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.71, "officials": 0.97, "topics": 0.68, "event_pair_f1": 0.97}

scored, test_heldout163_metric_stays_above_its_floor = floor_tests(HELDOUT163, FLOORS)
