"""The extractor on the hundred-and-forty-eighth held-out gold set: regencies' and cities' own meetings as their sites
and local outlets tell them: rakor led by a regent, a mayor, a Pj or a regency secretary, regency DPRD plenaries and
hearings, audiences in a regent's residence, district forums, under regency titles and landmarks, beside the same
offices' non-meetings, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT148 = Path(__file__).parent / "data" / "extract_heldout148.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at e8bb087, before any rule was changed for this set): meeting F1
# 0.955, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.952, participants 0.786, officials 0.962,
# topics 0.607, event-pair F1 1.000. After the general causes its misses (and the other new sets') showed were fixed:
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.786,
# officials 0.978, topics 0.607, event-pair F1 1.000. Fixed by mechanism: 'Sekkab' and 'Sekkot' as offices; a plenary
# hours before a launch is not its setting; musrenbang held in many districts, and proposals gathered from them, are no
# meeting. Left: participants and topics as labelled (the village tier's bodies and a budget team's name). Kept out of
# the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.76, "officials": 0.95, "topics": 0.58, "event_pair_f1": 0.97}

scored, test_heldout148_metric_stays_above_its_floor = floor_tests(HELDOUT148, FLOORS)
