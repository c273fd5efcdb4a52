"""The extractor on development meetings reworded (L) as hurried local outlets write them: page stamps and captions,
statement-first leads, glued punctuation and numeric dates, leaders named indirectly, meetings named in other words."""

from pathlib import Path

from tests.heldout_support import floor_tests

REWORDED_L = Path(__file__).parent / "data" / "extract_reworded_l.jsonl"
# Written 2026-12-05 in the fourth session (40 development meetings, gold copied unchanged, rules unread). First run,
# original -> reworded: meeting F1 1.000 -> 0.987, type 0.925 -> 0.875, date 0.975 -> 0.950, chair 1.000 -> 0.921,
# officials 0.972 -> 0.948. After the rules it pointed to (a plenary led 'memimpin langsung rapat paripurna' is the
# event of the signing in it, 'X menyampaikannya ketika membuka ...', 'duduk selaku pimpinan rapat', degrees before a
# verb, 'S.Sos.,M.M'): meeting F1 1.000, chair 1.000, date 0.975, type 0.900. Left: a preparation meeting under an
# announced raker's name, a consultation held by an evaluation unit, a 'Rapat Persiapan' before an FGD series.
FLOORS = {"meeting_f1": 0.99, "type": 0.875, "date": 0.95, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.64, "officials": 0.95, "topics": 0.75}

scored, test_reworded_l_metric_stays_above_its_floor = floor_tests(REWORDED_L, FLOORS)
