"""The extractor on a forty-fourth held-out gold set: who acted in the meeting and who was only mentioned (real-length
releases naming 8-15 people: ministers whose rules are cited, former governors, presidents whose programmes are named,
people quoted from before, heads who sent a deputy or were absent, people in captions of other events, beneficiaries,
authors, candidates), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT44 = Path(__file__).parent / "data" / "extract_heldout44.jsonl"
# Written 2026-12-06 at the end of the sixth session by a helper who never read the rules (30 items: 24 meetings, 6
# non-meetings, 3 events told twice). First run (at 20a9b1d): meeting F1 0.980, type 1.000, date 1.000, mode 1.000,
# venue 0.957, city 0.958, chair 1.000, participants 0.726, officials 0.895, topics 0.627, event-pair F1 1.000. After
# three rules (an award received by a head is no audience; the Lampung room a national meeting was followed from; a
# minister or president only cited did not act): every scalar field 1.000, officials 0.916.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.70, "officials": 0.88, "topics": 0.59, "event_pair_f1": 0.97}

scored, test_heldout44_metric_stays_above_its_floor = floor_tests(HELDOUT44, FLOORS)
