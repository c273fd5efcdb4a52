"""The extractor on the hundred-and-seventy-fifth held-out gold set: short and plain items (captions turned into items,
agency posts, agenda items, one-paragraph wire items), labelled only as far as so little text supports, written without
the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT175 = Path(__file__).parent / "data" / "extract_heldout175.jsonl"
# Written 2026-12-07 in the twenty-fourth session by a helper who never read the rules (30 items: 21 meetings, 9
# non-meetings, 3 events told more than once). First run (at 2f8ceaf, before any rule was changed for this set): meeting
# F1 0.955, type 1.000, date 0.950, mode 1.000, venue 0.941, city 1.000, chair 1.000, participants 0.750, officials
# 0.993, topics 0.782, event-pair F1 0.909. Its scalar misses, read and fixed by mechanism: rice handed over after an
# online rakor; a provincial musrenbang 'dijadwalkan digelar awal Mei mendatang' (a month, no day: not yet announced);
# an audience dated only by the dropped photo caption ('saat beraudiensi ...'). Left: that audience's venue, the
# Dirjen's 'ruang kerjanya' in the story against the caption's 'Kantor Kementan, Jakarta'. Kept out of the topic model's
# training.
FLOORS = {"meeting_f1": 0.93, "type": 0.97, "date": 0.93, "mode": 0.97, "venue": 0.92, "city": 0.97, "chair": 0.97,
          "participants": 0.73, "officials": 0.97, "topics": 0.76, "event_pair_f1": 0.88}

scored, test_heldout175_metric_stays_above_its_floor = floor_tests(HELDOUT175, FLOORS)
