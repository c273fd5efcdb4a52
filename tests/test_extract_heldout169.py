"""The extractor on the hundred-and-sixty-ninth held-out gold set: who took part, at real length (long lists mixing
people and bodies, acronyms and full names, vertical agencies, groups joining online, people named who did not take
part), written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT169 = Path(__file__).parent / "data" / "extract_heldout169.jsonl"
# Written 2026-12-07 in the twenty-fourth session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at 2f8ceaf, before any rule was changed for this set): meeting F1
# 0.977, type 1.000, date 1.000, mode 0.952, venue 1.000, city 1.000, chair 1.000, participants 0.771, officials 0.972,
# topics 0.708, event-pair F1 1.000. Its scalar misses, read and fixed by mechanism: regencies that 'ikut secara daring'
# past the lead (hybrid). Left: a statistics release whose data goes to the TPID 'sebagai bahan rapat koordinasi' (a
# rule for 'bahan' before a meeting was taken back: it cost a meeting of the validation split at milestone 102). Its
# participant misses were read by cause: a body's bare regional office ('Perum Bulog Kantor Wilayah Lampung') was fixed;
# generic groups the writer did not list ('akademisi', 'kepala OPD') were left, as the real-derived labels of the
# development split do list them. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.95, "type": 0.97, "date": 0.97, "mode": 0.93, "venue": 0.97, "city": 0.97, "chair": 0.97,
          "participants": 0.75, "officials": 0.95, "topics": 0.68, "event_pair_f1": 0.97}

scored, test_heldout169_metric_stays_above_its_floor = floor_tests(HELDOUT169, FLOORS)
