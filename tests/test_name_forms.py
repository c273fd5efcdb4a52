"""A leader's name, however it is written, crossed with the ways an office and a name are put together.

Each name form is one way Indonesian releases write a person (titles and degrees before and after, ranks, initials,
a patronymic, a clan title, an apostrophe); each sentence form is one way the office meets the name (office then
name, an apposition between commas, the passive, name first). The chair and the officials must both hold the name,
without its titles and degrees, and nothing else.
"""

from __future__ import annotations

import pytest

from pipelines.extract import extract

# (as written after the office, the name the labels give)
NAMES = [
    ("H. Ahmad Fauzi, S.H., M.H.", "Ahmad Fauzi"),
    ("Hj. Siti Nurjanah, S.Pd., M.Si.", "Siti Nurjanah"),
    ("Drs. Bambang Sumbogo, M.M.", "Bambang Sumbogo"),
    ("Prof. Dr. Ir. Lusmeilia Afriani, D.E.A., IPM", "Lusmeilia Afriani"),
    ("dr. Edwin Rusli, MKM", "Edwin Rusli"),
    ("KH. Khoiruddin Tahmid", "Khoiruddin Tahmid"),
    ("Brigjen TNI Rachmad Zulkarnaen", "Rachmad Zulkarnaen"),
    ("Kombes Pol. Yuni Iswandari", "Yuni Iswandari"),
    ("AKBP Heri Sulistyo Nugroho, S.I.K.", "Heri Sulistyo Nugroho"),
    ("Ma'ruf Amin", "Ma'ruf Amin"),
    ("A.M. Putranto", "A.M. Putranto"),
    ("M. Firsada", "M. Firsada"),
    ("Muhammad Yusuf bin Hasan Basri", "Muhammad Yusuf bin Hasan Basri"),
    ("I Ketut Sukerta", "I Ketut Sukerta"),
    ("Dr. H. Fahrizal Darminto, M.A.", "Fahrizal Darminto"),
    ("Kgs. M. Arief Hidayat", "Kgs. M. Arief Hidayat"),
    ("Sri Widodo", "Sri Widodo"),
]
OFFICES = ["Kepala Dinas Kehutanan Provinsi Lampung", "Ketua Komisi III DPRD Lampung"]
FORMS = {
    "office_then_name": lambda office, name: f"{office} {name} memimpin rapat koordinasi",
    "office_comma_name": lambda office, name: f"{office}, {name}, memimpin rapat koordinasi",
    "led_by_office_comma_name": lambda office, name: f"Rapat koordinasi dipimpin oleh {office}, {name},",
    "name_comma_office": lambda office, name: f"{name}, {office}, memimpin rapat koordinasi",
}


def _norm(name: str | None) -> str:
    return " ".join((name or "").lower().replace(".", " ").split())


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("office", OFFICES, ids=["dinas", "komisi"])
@pytest.mark.parametrize("written, name", NAMES, ids=[n for _, n in NAMES])
def test_the_chair_and_the_officials_hold_the_name_as_labelled(form, office, written, name):
    lead = FORMS[form](office, written)
    out = extract({"id": "x", "url": "https://lampungprov.go.id/berita/x", "title": "Rapat Koordinasi",
                   "text": f"BANDAR LAMPUNG - {lead} di Ruang Rapat Utama, Senin (3/3/2025).\n\nRapat membahas tindak lanjut.",
                   "published": "2025-03-03"})
    assert _norm((out["chair"] or {}).get("name")) == _norm(name)
    assert [_norm(p["name"]) for p in out["officials"]] == [_norm(name)]
