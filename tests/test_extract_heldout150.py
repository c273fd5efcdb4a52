"""The extractor on the hundred-and-fiftieth held-out gold set: national and vertical meetings seen from Lampung: the
ministry's weekly inflation rakor followed online, ministries' and agencies' meetings with the province, BPK and KPK
meetings, Forkopimda, Bank Indonesia's high-level meetings, ministers' visits with and without a meeting, written
without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT150 = Path(__file__).parent / "data" / "extract_heldout150.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at e8bb087, before any rule was changed for this set): meeting F1
# 0.952, type 0.952, date 0.900, mode 0.952, venue 0.952, city 0.952, chair 0.952, participants 0.737, officials 0.921,
# topics 0.674, event-pair F1 0.750. After the general causes its misses (and the other new sets') showed were fixed:
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.783,
# officials 0.969, topics 0.712, event-pair F1 1.000. Fixed by mechanism: a headline's verb ends an office's name
# ('Asisten II Ikuti Rakor ...'); a site's date bar gives way to the story's stamp with its hour; a report handed over
# (LHP) is a ceremony after its entry and exit meetings. Left: participants and topics as labelled. Kept out of the
# topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.76, "officials": 0.94, "topics": 0.69, "event_pair_f1": 0.97}

scored, test_heldout150_metric_stays_above_its_floor = floor_tests(HELDOUT150, FLOORS)
