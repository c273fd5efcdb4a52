"""The extractor on development non-meetings (and ten meetings of the rarer types) reworded with other verbs and
nouns for the same events: reworded visits, ceremonies and statements must stay non-meetings."""

from pathlib import Path

from tests.heldout_support import floor_tests

DATA = Path(__file__).parent / "data"
# Written 2026-12-05 by a helper from all 56 development non-meetings and 10 meetings, gold copied unchanged, without
# reading the rules. First run (original -> reworded): meeting precision 0.769 -> 0.714 (an opinion about a meeting,
# 'X menilai, pertemuan antara ...', became one), participants 0.659 -> 0.650; six non-meetings lost their event
# type to 'statement' ('turun ke lokasi', 'menjamu', 'beramah tamah', 'kantongi SK'). After the rules those pointed to:
# precision back at the original's 0.769 (its three false positives are in the original too), participants 0.659.
FLOORS = {"meeting_f1": 0.86, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.64, "officials": 0.78, "topics": 0.66}

scored, test_reworded_d_metric_stays_above_its_floor = floor_tests(DATA / "extract_reworded_d.jsonl", FLOORS)
