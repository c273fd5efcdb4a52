"""The extractor on a forty-third held-out gold set: the same meeting, hard to recognise (reports that lead with a
citizen's story or a quote and name the meeting late, a weekday against a full date, a room against a building against
nothing, a meeting called by its type or by its purpose, a regency's side and the province's), with look-alikes kept
apart, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT43 = Path(__file__).parent / "data" / "extract_heldout43.jsonl"
# Written 2026-12-06 at the end of the sixth session by a helper who never read the rules (30 items: 26 meetings, 4
# non-meetings, 10 meetings told 2-3 times, 8 look-alikes). First run (at 20a9b1d): meeting precision 1.000, recall
# 0.808, F1 0.894, type 0.769, date 0.808, mode 0.808, venue 0.864, city 0.808, chair 0.800, participants 0.527,
# officials 0.803, topics 0.499, event-pair precision 0.875, recall 0.500, F1 0.636: five feature-style reports open on
# a citizen's story or a long quotation and name the meeting only after the sixth sentence. Reading further whenever
# the lead names no event found them but turned twelve labelled statements on other sets into meetings; reading on only
# for a meeting told as it happened (dated, not recalled or expected, not in reported speech) found all five and no
# statement: meeting F1 1.000, type 0.923, date 1.000, mode 0.962, venue 1.000, city 0.962, chair 1.000, participants
# 0.628, officials 0.996, topics 0.597, event-pair F1 0.963.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.89, "date": 0.97, "mode": 0.93, "venue": 0.97, "city": 0.93, "chair": 0.97,
          "participants": 0.59, "officials": 0.96, "topics": 0.56, "event_pair_f1": 0.93}

scored, test_heldout43_metric_stays_above_its_floor = floor_tests(HELDOUT43, FLOORS)
