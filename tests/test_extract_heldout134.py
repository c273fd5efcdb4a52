"""The extractor on the hundred-and-thirty-fourth held-out gold set: long reads (3,000-4,500 characters): features
opening on a scene, a person or a number and reaching the meeting in the third to sixth paragraph, weekly round-ups,
explainers with earlier meetings as background, profiles built around one meeting, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT134 = Path(__file__).parent / "data" / "extract_heldout134.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 584fc42, before any rule was changed for this set):
# meeting F1 1.000, type 0.857, date 0.900, mode 0.905, venue 0.905, city 1.000, chair 1.000, participants 0.693,
# officials 0.923, topics 0.615, event-pair F1 0.889. After the general causes its misses (and the other new sets')
# showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode 0.952, venue 0.952, city 1.000, chair 1.000,
# participants 0.693, officials 0.923, topics 0.615, event-pair F1 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.93, "venue": 0.93, "city": 0.97, "chair": 0.97,
          "participants": 0.67, "officials": 0.90, "topics": 0.59, "event_pair_f1": 0.97}

scored, test_heldout134_metric_stays_above_its_floor = floor_tests(HELDOUT134, FLOORS)
