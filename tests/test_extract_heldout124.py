"""The extractor on the hundred-and-twenty-fourth held-out gold set: the provincial agencies' own releases (agency
heads, secretaries and heads of division leading coordination, evaluation and technical meetings, FGDs and public
consultations), beside their socialisations and trainings, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT124 = Path(__file__).parent / "data" / "extract_heldout124.jsonl"
# Written 2026-12-07 in the twenty-second session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (the session's start, 514851f, with the fixes from the
# composed rewrites, before any rule was changed for this set): meeting F1 0.976, type 0.952, date 0.950, mode 0.952,
# venue 0.952, city 0.952, chair 0.952, participants 0.746, officials 0.933, topics 0.540, event-pair F1 1.000. After
# the general causes its misses (and the other new sets') showed were fixed: meeting F1 1.000, type 1.000, date 1.000,
# mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.781, officials 0.981, topics 0.581, event-pair F1
# 1.000. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.76, "officials": 0.96, "topics": 0.56, "event_pair_f1": 0.97}

scored, test_heldout124_metric_stays_above_its_floor = floor_tests(HELDOUT124, FLOORS)
