"""The extractor on the hundred-and-sixty-sixth held-out gold set: the province's meetings with outside parties
(investors, state companies, universities, embassies), beside signings, launches and visits with the same parties,
written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT166 = Path(__file__).parent / "data" / "extract_heldout166.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at 94b5153, before any rule was changed for this set): meeting F1
# 1.000, type 1.000, date 1.000, mode 1.000, venue 0.952, city 1.000, chair 0.950, participants 0.672, officials 0.933,
# topics 0.661, event-pair F1 0.750. Its misses were read but not fixed (the session ended): a venue cut at a body's
# bracketed short form ('Ruang Command Center Dinas Komunikasi, Informatika dan Statistik (Diskominfotik) Provinsi
# Lampung'); a ministry's 'Asisten Deputi Bidang Tanggung Jawab Sosial ...' receiving a delegation (taking the field's
# words as office words did not bring the host back); reports of one event not joined. The first two were fixed by
# mechanism in the twenty-fourth session. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.93, "city": 0.97, "chair": 0.93,
          "participants": 0.65, "officials": 0.91, "topics": 0.64, "event_pair_f1": 0.73}

scored, test_heldout166_metric_stays_above_its_floor = floor_tests(HELDOUT166, FLOORS)
