"""Who led the meeting, read from every construction of leading crossed with every way a leader is introduced.

Each construction is one way Indonesian releases say who led, opened, presided or hosted (active, passive, fronted,
relative, copula, speech tag, audience); each subject form is one way the person is introduced (office then name, an
apposition between commas, name first, titles and degrees, a stand-in, a name in brackets). Every construction must
hold for every form after a dateline, with another official named as a distractor where the construction has room.
"""

from __future__ import annotations

import pytest

from pipelines.extract import extract

# (as written, the chair's name)
SUBJECTS = [
    ("Gubernur Lampung Rahmat Mirzani Djausal", "Rahmat Mirzani Djausal"),
    ("Sekretaris Daerah Provinsi Lampung, Marindo Kurniawan,", "Marindo Kurniawan"),
    ("Marindo Kurniawan, Sekretaris Daerah Provinsi Lampung,", "Marindo Kurniawan"),
    ("Kepala Dinas Kesehatan Provinsi Lampung dr. Reihana, M.Kes.", "Reihana"),
    ("Plh. Sekdaprov Lampung Qodratul Ikhwan", "Qodratul Ikhwan"),
    ("Sekdaprov Lampung (Marindo Kurniawan)", "Marindo Kurniawan"),
    ("Ketua Komisi II DPRD Provinsi Lampung, Ahmad Basuki,", "Ahmad Basuki"),
]
MEETING = "rapat koordinasi pengendalian inflasi daerah"
WHERE = "di Ruang Rapat Sakai Sambayan, Kantor Gubernur Lampung"
WHEN = "Senin (3/3/2025)"
OTHER = "Kepala BPS Provinsi Lampung Atqo Mardiyanto"


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _bare(subject: str) -> str:
    """The subject inside a clause, without the comma that closes its apposition."""
    return subject.rstrip(",")


CONSTRUCTIONS = {
    "memimpin": lambda s: f"{_bare(s)} memimpin {MEETING} {WHERE}, {WHEN}.",
    "yang_dipimpin": lambda s: f"{_cap(MEETING)} yang dipimpin {_bare(s)} digelar {WHERE}, {WHEN}.",
    "dipimpin_langsung_oleh_next_sentence":
        lambda s: f"{_cap(MEETING)} digelar {WHERE}, {WHEN}. Rapat tersebut dipimpin langsung oleh {_bare(s)}.",
    "bertempat_membuka_secara_resmi": lambda s: f"Bertempat {WHERE}, {s} membuka secara resmi {MEETING}, {WHEN}.",
    "selaku_pimpinan_rapat":
        lambda s: f"{s} selaku pimpinan rapat meminta OPD menjaga stok pangan dalam {MEETING} {WHERE}, {WHEN}.",
    "saat_memimpin_fronted": lambda s: f"Saat memimpin {MEETING} {WHERE}, {WHEN}, {_bare(s)} meminta OPD bergerak cepat.",
    "yang_memimpin_rapat_tersebut":
        lambda s: f"Pemprov Lampung menggelar {MEETING} {WHERE}, {WHEN}. {_bare(s)} yang memimpin rapat tersebut meminta "
                  f"OPD bergerak cepat.",
    "menggelar_bersama_then_pronoun":
        lambda s: f"{_bare(s)} menggelar {MEETING} bersama kepala OPD {WHERE}, {WHEN}. Dalam rapat itu, ia meminta OPD "
                  f"bergerak cepat.",
    "dipimpin_oleh_fronted": lambda s: f"Dipimpin oleh {_bare(s)}, {MEETING} berlangsung {WHERE}, {WHEN}.",
    "dibuka_oleh_after_the_day": lambda s: f"{_cap(MEETING)} {WHERE}, {WHEN}, dibuka oleh {_bare(s)}.",
    "mengumpulkan_untuk": lambda s: f"{_bare(s)} mengumpulkan para kepala OPD untuk {MEETING} {WHERE}, {WHEN}.",
    "dalam_rapat_yang_dipimpinnya":
        lambda s: f"Dalam {MEETING} yang dipimpinnya {WHERE}, {WHEN}, {_bare(s)} meminta OPD bergerak cepat.",
    "dengan_sebagai_pimpinan_rapat":
        lambda s: f"{_cap(MEETING)} digelar {WHERE}, {WHEN}, dengan {_bare(s)} sebagai pimpinan rapat.",
    "memimpin_jalannya_rapat": lambda s: f"{_cap(MEETING)} digelar {WHERE}, {WHEN}. {_bare(s)} memimpin jalannya rapat.",
    "bertindak_sebagai_pimpinan_fronted":
        lambda s: f"{_cap(MEETING)} digelar {WHERE}, {WHEN}. Bertindak sebagai pimpinan rapat, {_bare(s)}.",
    "bertindak_selaku_pimpinan_adalah":
        lambda s: f"{_cap(MEETING)} digelar {WHERE}, {WHEN}. Bertindak selaku pimpinan rapat adalah {_bare(s)}.",
    "pimpinan_rapat_in_apposition":
        lambda s: f"{_cap(MEETING)} digelar {WHERE}, {WHEN}. Pimpinan rapat, {_bare(s)}, meminta OPD bergerak cepat.",
    "di_bawah_kendali": lambda s: f"{_cap(MEETING)} digelar {WHERE}, {WHEN}. Rapat berada di bawah kendali {_bare(s)}.",
    "memimpinnya": lambda s: f"Pemprov Lampung menggelar {MEETING} {WHERE}, {WHEN}. {_bare(s)} memimpinnya secara langsung.",
    "usai_memimpin": lambda s: f"Usai memimpin {MEETING} {WHERE}, {WHEN}, {_bare(s)} mengatakan stok beras aman.",
    "ketika_membuka": lambda s: f"Ketika membuka {MEETING} {WHERE}, {WHEN}, {_bare(s)} meminta OPD bergerak cepat.",
    "speech_tag_saat_memimpin": lambda s: f"\"Stok aman,\" kata {_bare(s)} saat memimpin {MEETING} {WHERE}, {WHEN}.",
    "membuka_sekaligus_memimpin": lambda s: f"{_bare(s)} membuka sekaligus memimpin {MEETING} {WHERE}, {WHEN}.",
    "remarks_by_another_first":
        lambda s: f"{OTHER} memaparkan perkembangan inflasi dalam {MEETING} yang dipimpin {_bare(s)} {WHERE}, {WHEN}.",
    "directions_by_another_then_led":
        lambda s: f"{OTHER} memberikan arahan dalam {MEETING} {WHERE}, {WHEN}. Rapat itu dipimpin oleh {_bare(s)}.",
    "didampingi_another_fronted": lambda s: f"Didampingi {OTHER}, {_bare(s)} memimpin {MEETING} {WHERE}, {WHEN}.",
    "another_attends_the_led_meeting":
        lambda s: f"{OTHER} menghadiri {MEETING} yang dipimpin {_bare(s)} {WHERE}, {WHEN}.",
    "mewakili_gubernur_membuka": lambda s: f"Mewakili Gubernur Lampung, {_bare(s)} membuka {MEETING} {WHERE}, {WHEN}.",
    "audience_received_by":
        lambda s: f"Pengurus KONI Lampung beraudiensi {WHERE}, {WHEN}. Rombongan diterima langsung oleh {_bare(s)}.",
    "audience_with_host": lambda s: f"Pengurus KONI Lampung melakukan audiensi dengan {_bare(s)} {WHERE}, {WHEN}.",
    "courtesy_call_received":
        lambda s: f"{_bare(s)} menerima kunjungan kehormatan pengurus KONI Lampung {WHERE}, {WHEN}.",
}


def _chair(lead: str, title: str = "Pemprov Lampung Gelar Rapat") -> dict | None:
    text = f"BANDAR LAMPUNG - {lead}\n\nRapat membahas stok beras dan harga cabai. Rapat dihadiri kepala OPD terkait."
    out = extract({"id": "x", "url": "https://lampungprov.go.id/berita/x", "title": title, "text": text,
                   "published": "2025-03-03"})
    assert out["is_meeting"], lead
    return out["chair"]


@pytest.mark.parametrize("construction", CONSTRUCTIONS)
@pytest.mark.parametrize("subject, name", SUBJECTS, ids=[s[1].split()[0] + str(i) for i, s in enumerate(SUBJECTS)])
def test_every_construction_of_leading_names_the_chair(construction, subject, name):
    assert (_chair(CONSTRUCTIONS[construction](subject)) or {}).get("name") == name


@pytest.mark.parametrize("short, subject, name", [
    ("Wali Kota Eva", "Wali Kota Bandar Lampung Eva Dwiana", "Eva Dwiana"),
    ("Bupati Egi", "Bupati Lampung Selatan, Radityo Egi Pratama,", "Radityo Egi Pratama"),
    ("Gubernur Mirza", "Gubernur Lampung Rahmat Mirzani Djausal", "Rahmat Mirzani Djausal"),
    ("Ketua Komisi II", "Ketua Komisi II DPRD Provinsi Lampung, Ahmad Basuki,", "Ahmad Basuki"),
])
def test_a_headline_leader_named_short_is_the_person_the_body_names_in_full(short, subject, name):
    """'Wali Kota Eva Pimpin Rapat', 'Ketua Komisi II Pimpin Rapat', the body naming the person in full only as present:
    that person led it."""
    lead = f"{_cap(MEETING)} berlangsung {WHERE}, {WHEN}. Hadir dalam rapat itu {_bare(subject)} dan {OTHER}."
    assert (_chair(lead, title=f"{short} Pimpin Rapat") or {}).get("name") == name
