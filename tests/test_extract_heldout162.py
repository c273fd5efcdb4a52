"""The extractor on the hundred-and-sixty-second held-out gold set: older years (2019-2024: the Arinal-Chusnunia
administration, the acting governor Samsudin), COVID-era online meetings, PPKM and vaccination rakor, Pilkada
preparations, budget plenaries, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT162 = Path(__file__).parent / "data" / "extract_heldout162.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at 958fa17, before any rule was changed for this set): meeting F1
# 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.754, officials 0.981,
# topics 0.753, event-pair F1 1.000. After the general causes its misses (and the other new sets') showed were fixed:
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.754,
# officials 0.981, topics 0.753, event-pair F1 1.000. Left: participants and topics as labelled (every scalar field
# right on the first run). Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.73, "officials": 0.96, "topics": 0.73, "event_pair_f1": 0.97}

scored, test_heldout162_metric_stays_above_its_floor = floor_tests(HELDOUT162, FLOORS)
