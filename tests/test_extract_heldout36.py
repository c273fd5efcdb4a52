"""The extractor on a thirty-sixth held-out gold set: one event told by 2-4 outlets in their own words (another angle,
order, the chair by name or title, a bracketed date or 'kemarin', short and long reports) and look-alikes kept apart
(the same room a week later, the same body's next plenary, two regencies' musrenbang on one day, a follow-up
meeting), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT36 = Path(__file__).parent / "data" / "extract_heldout36.jsonl"
# Written 2026-12-06 at the start of the sixth session by a helper who never read the rules (40 items: 32 meetings, 8
# non-meetings, 10 events told 2-3 times). First run (at 92a634b): meeting F1 1.000, type 1.000, date 1.000, mode
# 0.969, venue 1.000, city 1.000, chair 0.963, participants 0.747, officials 0.907, topics 0.698, event-pair F1 1.000.
# After one rule (an admission process run online does not make a hearing online): mode 1.000. Left: a deputy
# minister chairing a rakor the Sekdaprov also addressed (chair); officials from the office holder when the text names
# only 'Gubernur Lampung'.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.94, "venue": 0.97, "city": 0.97, "chair": 0.94,
          "participants": 0.72, "officials": 0.88, "topics": 0.67, "event_pair_f1": 0.97}

scored, test_heldout36_metric_stays_above_its_floor = floor_tests(HELDOUT36, FLOORS)
