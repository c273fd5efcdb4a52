"""The extractor on the hundred-and-fifty-eighth held-out gold set: regency and city DPRD plenaries (LKPJ, APBD, KUA-
PPAS, a replacement member sworn in, anniversaries, Raperda approvals) told by regency sites and regional outlets,
beside non-plenary events in the same buildings, written without the rules."""

from pathlib import Path

from tests.heldout_support import floor_tests

HELDOUT158 = Path(__file__).parent / "data" / "extract_heldout158.jsonl"
# Written 2026-12-07 in the twenty-third session by a helper who never read the rules (30 items: 21 meetings, 9 non-
# meetings, 3 events told more than once). First run (at 29b2f3f, before any rule was changed for this set): meeting F1
# 0.933, type 0.952, date 1.000, mode 1.000, venue 0.950, city 1.000, chair 1.000, participants 0.773, officials 0.942,
# topics 0.609, event-pair F1 1.000. After the general causes its misses (and the other new sets') showed were fixed:
# meeting F1 1.000, type 0.952, date 1.000, mode 1.000, venue 0.950, city 1.000, chair 1.000, participants 0.773,
# officials 0.942, topics 0.609, event-pair F1 1.000. Fixed by mechanism: kinds of sittings listed in a quotation
# ('mulai dari rapat paripurna, rapat komisi, sampai ...') and a plenary only spoken of are no setting for an
# inauguration; a mock plenary ('Lomba Simulasi Sidang Paripurna'); a law passed before ('perda tersebut disahkan ...
# dalam rapat paripurna'). Left: a venue taken from what the hearing discussed ('Kekosongan obat di RSUD ... menjadi
# sorotan dalam RDP' over 'RDP yang berlangsung di ruang rapat Komisi IV': ranking held-in places first moved 16 other
# sets' venues); participants and topics as labelled. Kept out of the topic model's training.
FLOORS = {"meeting_f1": 0.97, "type": 0.93, "date": 0.97, "mode": 0.97, "venue": 0.93, "city": 0.97, "chair": 0.97,
          "participants": 0.75, "officials": 0.92, "topics": 0.58, "event_pair_f1": 0.97}

scored, test_heldout158_metric_stays_above_its_floor = floor_tests(HELDOUT158, FLOORS)
