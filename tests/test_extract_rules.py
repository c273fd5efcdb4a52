"""Extraction rules on short hand-written Indonesian press-release snippets (one phenomenon each)."""

from datetime import date

import pytest

from pipelines.extract import extract
from pipelines.extract.dates import find_dates, resolve_yearless
from pipelines.extract.people import strip_honorifics


def run(text, title="", published="2025-04-17"):
    return extract({"id": "t", "url": "https://example.go.id/x", "title": title, "text": text, "published": published})


@pytest.mark.parametrize("snippet, published, expected", [
    ("Rabu (16/4)", date(2025, 4, 17), date(2025, 4, 16)),
    ("Kamis (15/09/21)", date(2021, 9, 16), date(2021, 9, 15)),
    ("(16/04/2025)", None, date(2025, 4, 16)),
    ("Senin, 13 Oktober 2025", None, date(2025, 10, 13)),
    ("pada 5 Agt 2024", None, date(2024, 8, 5)),
    ("tanggal 2 Nop 2023", None, date(2023, 11, 2)),
    ("Selasa 30/8/2022 pagi", None, date(2022, 8, 30)),
    ("Rabu (2/1)", date(2024, 12, 30), date(2025, 1, 2)),  # year-less date just after new year
    ("Jumat (27/12)", date(2025, 1, 3), date(2024, 12, 27)),
    ("pada Senin lalu", date(2025, 4, 17), date(2025, 4, 14)),
    ("rapat digelar kemarin pukul 14.00 WIB", date(2025, 4, 17), date(2025, 4, 16)),
    ("akan digelar Kamis (24/4) mendatang", date(2025, 4, 17), date(2025, 4, 24)),
])
def test_dates(snippet, published, expected):
    assert find_dates(snippet, published)[0].value == expected


def test_yearless_without_anchor_uses_stated_year():
    assert resolve_yearless(4, 16, None, 2023) == date(2023, 4, 16)
    assert resolve_yearless(4, 16, None, None) is None


def test_iso_meta_date_is_not_a_day_month():
    assert all(h.value != date(2012, 2, 26) for h in find_dates("date 2026-02-12 lalu", date(2026, 2, 12)))


@pytest.mark.parametrize("raw, clean", [
    ("Dr. Marindo Kurniawan, S.T., M.M.", "Marindo Kurniawan"),
    ("Drs. H. Mad Hasnurin", "Mad Hasnurin"),
    ("Ir. Hj. Siti Aminah, S.H., M.Si", "Siti Aminah"),
    ("Bapak Prof. Budi Santoso", "Budi Santoso"),
])
def test_honorifics(raw, clean):
    assert strip_honorifics(raw) == clean


def test_coordination_meeting_with_chair_venue_and_date():
    out = run("BANDAR LAMPUNG - Gubernur Lampung Rahmat Mirzani Djausal memimpin Rapat Koordinasi Pengendalian "
              "Inflasi bersama bupati/walikota se-Provinsi Lampung di Gedung Pusiban, Rabu (16/4). Rakor membahas "
              "harga beras dan stok pangan menjelang Idul Fitri. Inflasi Lampung terkendali.",
              title="Gubernur Pimpin Rakor Inflasi")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_koordinasi"
    assert out["meeting_date"] == "2025-04-16" and out["date_text"].startswith("Rabu")
    assert out["venue"].startswith("Gedung Pusiban")
    assert (out["city"], out["kemendagri_code"], out["bps_code"]) == ("Kota Bandar Lampung", "18.71", "1871")
    assert out["chair"]["name"] == "Rahmat Mirzani Djausal"
    assert out["officials"][0]["person_id"] == "rahmat-mirzani-djausal"
    assert out["mode"] == "luring"
    assert {"inflasi", "pangan"} <= set(out["topics"])
    assert any("se-Provinsi Lampung" in p for p in out["participants"])
    assert "memimpin Rapat Koordinasi" in out["evidence"]


def test_online_national_meeting_is_daring():
    out = run("Pemprov Lampung mengikuti Rapat Koordinasi Nasional secara virtual melalui Zoom dari Ruang "
              "Command Center Diskominfotik, Senin (14/4/2025). Rakor dipimpin Menteri Dalam Negeri Tito Karnavian.")
    assert out["mode"] == "daring" and out["meeting_type"] == "rapat_koordinasi"
    assert "Tito Karnavian" in out["chair"]["name"]
    assert out["city"] == "Kota Bandar Lampung"


def test_some_online_is_hibrid():
    out = run("Sekdaprov Lampung Marindo Kurniawan memimpin rapat evaluasi aplikasi di Ruang Kerja Sekda, "
              "Kamis (10/4/2025). Tim pusat yang bergabung secara virtual lewat Zoom memaparkan temuan.")
    assert out["mode"] == "hibrid" and out["meeting_type"] == "rapat_evaluasi"


def test_role_only_chair_resolves_by_date():
    before = run("Rapat pimpinan dipimpin Gubernur Lampung di Balai Keratun, Senin (3/6/2024).", published="2024-06-03")
    after = run("Rapat pimpinan dipimpin Gubernur Lampung di Balai Keratun, Senin (3/3/2025).", published="2025-03-03")
    assert before["chair"]["name"] == "Arinal Djunaidi"
    assert after["chair"]["name"] == "Rahmat Mirzani Djausal"
    assert before["meeting_type"] == "rapat_pimpinan"


def test_misspelt_governor_maps_to_one_person():
    out = run("Gubernur Lampung Rahmad Mirzani Djauzal membuka Musrenbang RKPD di Hotel Novotel, Selasa (8/4).")
    assert out["meeting_type"] == "musrenbang"
    assert out["officials"][0]["person_id"] == "rahmat-mirzani-djausal"
    assert out["city"] == "Kota Bandar Lampung"


def test_audience_host_is_chair():
    out = run("Wakil Gubernur Lampung Jihan Nurlela menerima audiensi pengurus KONI Provinsi Lampung di Mahan "
              "Agung, Selasa (15/4). Pertemuan membahas persiapan atlet menuju PON.")
    assert out["meeting_type"] == "audiensi" and out["chair"]["name"] == "Jihan Nurlela"


def test_short_region_forms_and_codes():
    out = run("Pemkab Lamsel menggelar rapat koordinasi stunting di Aula Rajabasa, Kalianda, Senin (14/4). "
              "Rapat dipimpin Sekda Lampung Selatan Thamrin.", title="Pemkab Lamsel Gelar Rakor Stunting")
    assert (out["city"], out["kemendagri_code"], out["bps_code"]) == ("Kabupaten Lampung Selatan", "18.01", "1803")
    assert "stunting" in out["topics"]


@pytest.mark.parametrize("title, text, kind", [
    ("Gubernur Lantik 54 Pejabat Administrator", "Gubernur Lampung melantik 54 pejabat di Balai Keratun Lantai III.", "inauguration"),
    ("Upacara HUT ke-61 Provinsi Lampung", "Upacara peringatan HUT Provinsi Lampung digelar di Lapangan Saburai.", "ceremony"),
    ("Gubernur Tinjau Jalan Rusak di Natar", "Gubernur meninjau perbaikan jalan provinsi di Natar.", "visit"),
    ("Pemprov Luncurkan Aplikasi Layanan", "Wagub meluncurkan aplikasi layanan publik digital.", "launch"),
    ("Gubernur Serahkan Bantuan Beras", "Gubernur menyerahkan bantuan beras kepada warga terdampak banjir.", "aid"),
    ("Pemprov Lampung Raih Penghargaan KIP", "Pemprov Lampung menerima penghargaan keterbukaan informasi.", "award"),
])
def test_non_meetings(title, text, kind):
    out = run(text, title=title)
    assert not out["is_meeting"] and out["event_type"] == kind
    assert out["meeting_type"] is None and out["chair"] is None and out["meeting_date"] is None


def test_future_visit_does_not_hide_the_meeting():
    out = run("Presiden dijadwalkan berkunjung ke Lampung pekan depan. Sekdaprov Fahrizal Darminto menggelar "
              "rapat koordinasi persiapan kunjungan di Ruang Rapat Utama, Senin (8/7).",
              title="Jelang Kunjungan Presiden, Pemprov Gelar Rakor", published="2024-07-08")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_koordinasi" and out["meeting_date"] == "2024-07-08"


def test_speech_inside_quotes_does_not_decide():
    out = run("Gubernur menerima audiensi pengurus KONI di Mahan Agung, Selasa (19/10/2021). "
              "“Ini wujud penghargaan kami kepada atlet,” katanya.", title="Gubernur Janjikan Bonus Atlet")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"


def test_page_noise_is_ignored():
    out = run("Baca Juga: Gubernur Resmikan Jembatan\nIKLAN\n#lampung #pemprovlampung\n"
              "DPRD Provinsi Lampung menggelar Rapat Paripurna penyampaian pandangan fraksi, Selasa (15/4/2025).",
              title="DPRD Gelar Paripurna")
    assert out["meeting_type"] == "rapat_paripurna" and out["city"] == "Kota Bandar Lampung"


def test_pure_and_total():
    record = {"id": "x", "url": None, "title": None, "text": None, "published": None}
    assert extract(record) == extract(dict(record))
    assert extract(record)["is_meeting"] is False
