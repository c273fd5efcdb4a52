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
# officials 0.803, topics 0.499, event-pair precision 0.875, recall 0.500, F1 0.636. Left, and the set's lesson: five
# feature-style reports open on a citizen's story or a long quotation and name the meeting only after the sixth
# sentence, beyond what the classifier reads; reading six sentences further when the lead names no event at all found
# them but turned twelve labelled statements on other sets into meetings, so it was not kept. The missed meetings
# also cost their pairs.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.86, "type": 0.74, "date": 0.78, "mode": 0.78, "venue": 0.83, "city": 0.78, "chair": 0.77,
          "participants": 0.49, "officials": 0.77, "topics": 0.46, "event_pair_f1": 0.60}

scored, test_heldout43_metric_stays_above_its_floor = floor_tests(HELDOUT43, FLOORS)
