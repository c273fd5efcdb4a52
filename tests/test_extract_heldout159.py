"""The extractor on the hundred-and-fifty-ninth held-out gold set: agencies' own technical meetings on their sub-sites
(internal rakor teknis, monitoring and evaluation, preparation and kick-off meetings) beside the same agencies'
trainings, socialisations and services, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT159 = Path(__file__).parent / "data" / "extract_heldout159.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at 29b2f3f, before any rule was changed for this set): meeting F1
# 0.976, type 0.952, date 0.950, mode 0.952, venue 1.000, city 0.952, chair 0.900, participants 0.723, officials 0.937,
# topics 0.713, event-pair F1 1.000. After the general causes its misses (and the other new sets') showed were fixed:
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.766,
# officials 0.984, topics 0.761, event-pair F1 1.000. Fixed by mechanism: what a meeting reviews ('mengevaluasi
# penyaluran pupuk ...') is no event of its own; a speaker who says 'Kami sudah mengumpulkan ... untuk rapat koordinasi'
# convened it. Left: participants and topics as labelled. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.74, "officials": 0.96, "topics": 0.74, "event_pair_f1": 0.97}

scored, test_heldout159_metric_stays_above_its_floor = floor_tests(HELDOUT159, FLOORS)
