"""The extractor on the hundred-and-seventy-ninth held-out gold set: the people in a meeting written every way (long
degrees, ranks, religious and customary titles, Balinese, Chinese-Indonesian and Arabic-style names, nicknames, people
named who did not act), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT179 = Path(__file__).parent / "data" / "extract_heldout179.jsonl"
# Written 2026-12-07 in the twenty-fourth session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 2f8ceaf, before any rule was changed for this set): meeting
# F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.744, officials
# 0.937, topics 0.624, event-pair F1 1.000. Every scalar field right at once; its officials and participants misses were
# not worked on (the session's end). Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.72, "officials": 0.91, "topics": 0.60, "event_pair_f1": 0.97}

scored, test_heldout179_metric_stays_above_its_floor = floor_tests(HELDOUT179, FLOORS)
