"""The extractor on the second set of reworded development articles (ids d/e/f); see test_extract_reworded_a.py."""

from pathlib import Path

from tests.heldout_support import floor_tests

DATA = Path(__file__).parent / "data"
FLOORS = {"meeting_f1": 0.98, "type": 0.87, "date": 0.94, "mode": 0.94, "venue": 0.97, "city": 0.94, "chair": 0.95,
          "participants": 0.58, "officials": 0.81, "topics": 0.6}


scored, test_reworded_b_metric_stays_above_its_floor = floor_tests(DATA / "extract_reworded_b.jsonl", FLOORS)
