"""The extractor on the hundred-and-sixty-eighth held-out gold set: who led the meeting told the hard ways (a pronoun or
bare title, an apposition, a participle, a stand-in, an audience's host, a chair named late), beside events opened in
the same words, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT168 = Path(__file__).parent / "data" / "extract_heldout168.jsonl"
# Written 2026-12-07 in the twenty-fourth session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at 2f8ceaf, before any rule was changed for this set): meeting F1
# 0.977, type 1.000, date 1.000, mode 1.000, venue 1.000, city 1.000, chair 0.905, participants 0.828, officials 0.980,
# topics 0.684, event-pair F1 0.833. Its scalar misses, read, and fixed by mechanism where general: a participle clause
# after an outlet-first dateline ('Saibumi.com, Bandar Lampung - Saat memimpin ..., X meminta'); a musrenbang's opening
# told last ('Sebelumnya, Wakil Bupati ... membuka musrenbang tersebut'). Left: a council member's statement titled
# 'Komisi II: Audiensi Petani dengan Gubernur Harus Berujung Sanksi' (the colon's words are the speaker's, but many
# meeting reports are titled so), and so joined to the audience's two reports. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.95, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97, "city": 0.97, "chair": 0.88,
          "participants": 0.80, "officials": 0.96, "topics": 0.66, "event_pair_f1": 0.81}

scored, test_heldout168_metric_stays_above_its_floor = floor_tests(HELDOUT168, FLOORS)
