"""The extractor on the hundred-and-fourteenth held-out gold set: how meetings were held: fully online, hybrid in many
wordings, national meetings followed from Lampung, in-person meetings that mention online things, written without the
rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT114 = Path(__file__).parent / "data" / "extract_heldout114.jsonl"
# Written 2026-12-06 in the tenth session by a helper who never read the rules (30 items: 23 meetings, 7 non-meetings,
# 4 events told more than once). First run (at 565cd87): meeting F1 1.000, type 1.000, date 1.000, mode 0.826, venue
# 1.000, city 1.000, chair 1.000, participants 0.728, officials 0.988, topics 0.712, event-pair F1 1.000. After the
# general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode
# 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.728, officials 0.991, topics 0.712, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.69, "officials": 0.96, "topics": 0.68, "event_pair_f1": 0.97}

scored, test_heldout114_metric_stays_above_its_floor = floor_tests(HELDOUT114, FLOORS)
