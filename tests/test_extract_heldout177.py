"""The extractor on the hundred-and-seventy-seventh held-out gold set: meetings on many different matters (34 topic
keys), beside non-meetings on the same matters, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT177 = Path(__file__).parent / "data" / "extract_heldout177.jsonl"
# Written 2026-12-07 in the twenty-fourth session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 2f8ceaf, before any rule was changed for this set): meeting
# F1 0.976, type 0.952, date 0.950, mode 0.952, venue 0.952, city 0.952, chair 0.950, participants 0.779, officials
# 0.927, topics 0.705, event-pair F1 0.750. Its scalar miss, read and fixed by mechanism: a report of an inflation rakor
# read as a handout because Bulog's stock was 'cukup untuk kebutuhan penyaluran' (a figure of the act, not the act).
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.95, "type": 0.93, "date": 0.93, "mode": 0.93, "venue": 0.93, "city": 0.93, "chair": 0.93,
          "participants": 0.75, "officials": 0.90, "topics": 0.68, "event_pair_f1": 0.73}

scored, test_heldout177_metric_stays_above_its_floor = floor_tests(HELDOUT177, FLOORS)
