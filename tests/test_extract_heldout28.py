"""The extractor on a twenty-eighth held-out gold set: people. Articles with many people introduced in every way
(office before or after the name, 'yang juga', long offices with commas, companies and vertical agencies, ranks,
degrees, acting offices, short forms), people represented, quoted from elsewhere or only cited, and every chair
construction, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT28 = Path(__file__).parent / "data" / "extract_heldout28.jsonl"
# Written 2026-12-05 in the fifth session (40 items: 32 meetings, 8 non-meetings, 3 events told twice, a look-alike);
# kept out of the topic model's training. First run: meeting F1 0.952, type 0.938, date 0.938, mode 0.938, venue 0.903,
# city 0.938, chair 0.871, participants 0.726, officials 0.881, topics 0.700, event-pair F1 0.500. After the rules its
# misses pointed to ('Name, yang juga Office, memimpin', 'Rakor yang dipimpinnya itu dihadiri X', a call received later
# in the lead, an act done 'dalam rapat koordinasi', an inspection received on site, 'Hakim' inside a name, a company
# unit after '(Persero)', a town after an office's building): meeting F1 1.000, type 1.000, date 1.000, mode 1.000,
# venue 0.968, city 1.000, chair 1.000, officials 0.949, event-pair F1 1.000.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.95, "city": 0.97, "chair": 0.97,
          "participants": 0.75, "officials": 0.93, "topics": 0.72, "event_pair_f1": 0.97}

scored, test_heldout28_metric_stays_above_its_floor = floor_tests(HELDOUT28, FLOORS)
