"""The extractor on a twenty-sixth held-out gold set: real-length articles (1,700-2,400 characters) that carry many
dates and people, where the headline meeting's own day, chair and officials must be told from an incident's date, the
event being prepared, an earlier meeting followed up, a postponement, the next meeting, openers, moderators, deputies
and people quoted from elsewhere, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT26 = Path(__file__).parent / "data" / "extract_heldout26.jsonl"
# Written 2026-12-05 in the fifth session (40 items: 30 meetings, 10 non-meetings, no event told twice, so no event-pair
# floor); kept out of the topic model's training. First run: meeting F1 0.949, type 0.933, date 0.897, mode 0.933, venue
# 0.933, city 0.900, chair 0.833, participants 0.674, officials 0.875, topics 0.697. After the rules its misses pointed
# to (who led before who opened, an office written alone is the holder the article names, offices of units and
# companies, a meeting's news told again with any noun, the provincial police's rooms): meeting F1 0.967, type 0.967,
# date 0.931, mode 0.967, venue 0.967, city 0.967, chair 0.933, officials 0.933; with held-out 27's 'no day set'
# rule, meeting F1 0.983. Left: a commission's information dispute hearing ('memeriksa sengketa ... dalam
# persidangan'), and a schedule of other things dated in full in the lead outranking the audience's 'Selasa kemarin'.
FLOORS = {"meeting_f1": 0.95, "type": 0.95, "date": 0.92, "mode": 0.95, "venue": 0.95, "city": 0.95, "chair": 0.92,
          "participants": 0.67, "officials": 0.91, "topics": 0.70}

scored, test_heldout26_metric_stays_above_its_floor = floor_tests(HELDOUT26, FLOORS)
