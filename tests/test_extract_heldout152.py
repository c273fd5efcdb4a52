"""The extractor on the hundred-and-fifty-second held-out gold set: the DPRD's work outside its plenaries: commissions'
hearings and working meetings, Banmus, Bapemperda, Banggar with the TAPD, Pansus sessions, consultations at a ministry,
an ethics hearing, beside the same councillors' reses, inspections, statements and visits, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT152 = Path(__file__).parent / "data" / "extract_heldout152.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at a41946f, before any rule was changed for this set): meeting F1
# 1.000, type 0.952, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.950, participants 0.727, officials 0.968,
# topics 0.730, event-pair F1 1.000. After the general causes its misses (and the other new sets') showed were fixed:
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.735,
# officials 0.968, topics 0.730, event-pair F1 1.000. Fixed by mechanism: received 'dalam audiensi oleh' its host; a
# share of plenaries counted ('sembilan dari 12 rapat paripurna') neither makes a plenary nor retypes an ethics sidang.
# Left: participants and topics as labelled. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.71, "officials": 0.94, "topics": 0.71, "event_pair_f1": 0.97}

scored, test_heldout152_metric_stays_above_its_floor = floor_tests(HELDOUT152, FLOORS)
