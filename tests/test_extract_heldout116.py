"""The extractor on the hundred-and-sixteenth held-out gold set: hard negatives, second round: meeting words in other
roles, beside meetings told indirectly or late, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT116 = Path(__file__).parent / "data" / "extract_heldout116.jsonl"
# Written 2026-12-06 in the tenth session by a helper who never read the rules (30 items: 17 meetings, 13 non-
# meetings, 4 events told more than once). First run (at 5a70c72): meeting F1 0.941, type 0.882, date 0.941, mode
# 0.824, venue 0.941, city 0.941, chair 0.765, participants 0.540, officials 0.914, topics 0.539, event-pair F1 0.857.
# After the general causes its misses (and the other sets') showed were fixed: meeting F1 1.000, type 0.941, date
# 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.587, officials 0.973, topics 0.553, event-
# pair F1 0.857. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.91, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.55, "officials": 0.94, "topics": 0.52, "event_pair_f1": 0.82}

scored, test_heldout116_metric_stays_above_its_floor = floor_tests(HELDOUT116, FLOORS)
