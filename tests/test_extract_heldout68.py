"""The extractor on a sixty-eighth held-out gold set: regency and city councils and the provincial DPRD (plenaries,
commission hearings, Banmus and Banggar, pansus) and their near-misses (working visits, swearing-ins outside a
plenary, demonstrations, reses), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT68 = Path(__file__).parent / "data" / "extract_heldout68.jsonl"
# Written 2026-12-06 in the eighth session by a helper who never read the rules (30 items: 23 meetings, 7 non-
# meetings, 4 events told more than once). First run (at 1d87862): meeting F1 0.979, type 0.957, date 1.000, mode
# 1.000, venue 0.909, city 1.000, chair 0.952, participants 0.648, officials 0.924, topics 0.605, event-pair F1 1.000.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 0.979, type 1.000, date
# 1.000, mode 1.000, venue 0.909, city 1.000, chair 1.000, participants 0.650, officials 0.924, topics 0.605, event-
# pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.94, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.87, "city": 0.97, "chair": 0.97,
          "participants": 0.61, "officials": 0.89, "topics": 0.57, "event_pair_f1": 0.97}

scored, test_heldout68_metric_stays_above_its_floor = floor_tests(HELDOUT68, FLOORS)
