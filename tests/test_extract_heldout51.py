"""The extractor on a fifty-first held-out gold set: messy local news (glued punctuation, typos, all-capital leads on
regency sites, short names later, captions and credits between paragraphs, background before the news), written
without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT51 = Path(__file__).parent / "data" / "extract_heldout51.jsonl"
# Written 2026-12-06 in the seventh session by a helper who never read the rules (30 items: 24 meetings, 6
# non-meetings, 3 events told more than once). First run (at c59f86e): meeting F1 0.979, type 0.958, date 0.958, mode
# 0.958, venue 0.958, city 0.958, chair 0.826, participants 0.783, officials 0.881, topics 0.747, event-pair F1 1.000.
# After the general causes its misses showed were fixed: meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue
# 1.000, city 1.000, chair 1.000, participants 0.825, officials 0.975, topics 0.761.
# Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.79, "officials": 0.95, "topics": 0.73, "event_pair_f1": 0.97}

scored, test_heldout51_metric_stays_above_its_floor = floor_tests(HELDOUT51, FLOORS)
