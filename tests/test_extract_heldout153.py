"""The extractor on the hundred-and-fifty-third held-out gold set: meetings held online or hybrid, told every way local
outlets tell it, beside in-person meetings that only mention a link or a livestream, a webinar that is a training, an
online launch and an academic senate's open session, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT153 = Path(__file__).parent / "data" / "extract_heldout153.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at a41946f, before any rule was changed for this set): meeting F1
# 0.955, type 1.000, date 1.000, mode 0.905, venue 0.944, city 0.952, chair 1.000, participants 0.773, officials 0.990,
# topics 0.735, event-pair F1 1.000. After the general causes its misses (and the other new sets') showed were fixed:
# meeting F1 1.000, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 1.000, participants 0.773,
# officials 0.990, topics 0.735, event-pair F1 1.000. Fixed by mechanism: meetings spoken of in general (their need,
# every day, kinds listed, a trend); a senate's open session as a ceremony; both ways said outright, and a leader
# leading online, make a hybrid; the room a meeting is led from by video conference; one list of online words. Left:
# participants and topics as labelled. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.75, "officials": 0.97, "topics": 0.71, "event_pair_f1": 0.97}

scored, test_heldout153_metric_stays_above_its_floor = floor_tests(HELDOUT153, FLOORS)
