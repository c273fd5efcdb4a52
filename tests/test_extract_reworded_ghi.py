"""The extractor on development meetings reworded with one field in focus: the meeting's type and mode (G), its date
(H), how people and bodies are introduced (I), statement-led reports where the meeting is only the occasion (J), and
DPRD sessions as parliamentary reporters tell them (K)."""

from pathlib import Path

from tests.heldout_support import floor_tests_per_set

DATA = Path(__file__).parent / "data"
# Written 2026-12-05 by three helpers (gold copied unchanged, rules unread). First runs (original -> reworded):
#   G (types and modes, every online or hybrid development meeting): meeting F1 1.000 -> 0.961, type 0.950 -> 0.850,
#     date 1.000 -> 0.917, mode 0.975 -> 0.925, venue 1.000 -> 0.889, city 1.000 -> 0.900, chair 1.000 -> 0.947
#   H (dates: relative days, wire weekdays, distractor deadlines, next sessions, holidays): date 0.975 -> 0.925
#   I (officials and participants: 'Name (Role)', 'Role: Name' lists, ranks, 'Name selaku role', lower-case roles):
#     officials 0.879 -> 0.692, chair 1.000 -> 0.833
# After the rules they pointed to ('Terima Kunker', 'Rombongan diterima X', this meeting in reported speech, an act
# that opened a meeting, a minister's video conference, the room a meeting is followed from, 'Mendagri' as the
# minister named before, holiday names and estimates as asides, name-first people, ranks, parties): G and H at or
# above the originals on every field; I's officials 0.861 and chair 0.867 (the constructions left: 'wakilnya, X',
# 'yakni X dan Y', a surname-only host, a photo caption listing people in brackets).
#   J (statement-led: furniture, then a quote or figure, the meeting as the occasion in the third to fifth paragraph):
#     meeting F1 1.000 -> 0.961, chair 1.000 -> 0.842, mode 0.975 -> 0.875; after bylines and a caption's source as
#     furniture, 'X menyampaikan hal itu seusai memimpin rapat', 'diterima langsung Menteri Y', 'DR.': meeting F1 1.000,
#     chair 0.974, mode 0.950.
#   K (DPRD sessions: 'sidang paripurna', agenda first, 'pimpinan sidang', 'diskors', hearings): held on every field
#     but one visit headline whose lead says the host received it (meeting F1 1.000 -> 0.984); after that rule, every
#     scalar field 1.000.
FLOORS = {
    DATA / "extract_reworded_g.jsonl": {"meeting_f1": 0.99, "type": 0.94, "date": 0.97, "mode": 0.97, "venue": 0.97,
        "city": 0.97, "chair": 0.97, "participants": 0.57, "officials": 0.87, "topics": 0.65,
        "event_pair_f1": 0.97},
    DATA / "extract_reworded_h.jsonl": {"meeting_f1": 0.99, "type": 0.91, "date": 0.97, "mode": 0.97, "venue": 0.97,
        "city": 0.96, "chair": 0.97, "participants": 0.61, "officials": 0.9, "topics": 0.66},
    DATA / "extract_reworded_i.jsonl": {"meeting_f1": 0.99, "type": 0.91, "date": 0.96, "mode": 0.96, "venue": 0.93,
        "city": 0.96, "chair": 0.85, "participants": 0.67, "officials": 0.85, "topics": 0.63},
    DATA / "extract_reworded_j.jsonl": {"meeting_f1": 0.99, "type": 0.94, "date": 0.97, "mode": 0.94, "venue": 0.97,
        "city": 0.94, "chair": 0.96, "participants": 0.56, "officials": 0.92, "topics": 0.7, "event_pair_f1": 0.97},
    DATA / "extract_reworded_k.jsonl": {"meeting_f1": 0.99, "type": 0.97, "date": 0.97, "mode": 0.97, "venue": 0.97,
        "city": 0.97, "chair": 0.97, "participants": 0.66, "officials": 0.89, "topics": 0.72, "event_pair_f1": 0.88},
}


scored_sets, test_reworded_field_metric_stays_above_its_floor = floor_tests_per_set(FLOORS)
