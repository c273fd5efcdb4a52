"""The extractor on a thirty-ninth held-out gold set: is it a meeting? (press conferences, doorstops, statements quoting
an earlier meeting, sosialisasi, bimtek, seminars, halal bihalal, apel, signings, launches, swearing-ins, visits,
debates, a corruption trial, a recess, a demonstration; and meetings that look like none: a working visit holding a
raker, an audience in a hallway, a musrenbang called a forum, a plenary swearing-in, a wage council's pleno), written
without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT39 = Path(__file__).parent / "data" / "extract_heldout39.jsonl"
# Written 2026-12-06 in the sixth session by a helper who never read the rules (36 items: 16 meetings, 20 non-meetings,
# 3 events told twice). First run (at b698fbc): meeting precision 0.762, recall 1.000, F1 0.865, type 0.938, date 1.000,
# mode 1.000, venue 1.000, city 1.000, chair 0.938, participants 0.703, officials 0.970, topics 0.602, event-pair F1
# 0.800. After the rules its misses pointed to (a press conference or doorstop is a statement; a headline's fronted
# 'Usai X,' clause is the occasion; a sidang with a judge or witness within reach is a trial; a meeting dated a week
# before the report and called past is recalled; one person described by two roles joined by 'yang juga'; a rembuk
# stunting is coordination): every scalar field 1.000, event-pair F1 1.000.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.67, "officials": 0.94, "topics": 0.57, "event_pair_f1": 0.97}

scored, test_heldout39_metric_stays_above_its_floor = floor_tests(HELDOUT39, FLOORS)
