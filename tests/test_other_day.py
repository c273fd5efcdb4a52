"""An occasion on another day, told beside the meeting, lends it none of its people or bodies.

'Sehari sebelumnya, Senin (16/2/2026), Gubernur ... didampingi Kepala Dishut Yanyan Ruchyansyah' or 'Sebelumnya,
Gubernur menerima audiensi pengurus KONI di Mahan Agung, Jumat (31/5/2024).': the officials and participants of the
meeting are those acting in it (the labelling convention), so a sentence that opens on another day, or closes with a
weekday other than the meeting's, names another occasion's. A date someone speaks of, a deadline, a plan the meeting
decided, another day of the same meeting or this meeting told beside another keeps its sentence.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extract import extract
from pipelines.extract.clauses import another_day

MEETINGS = {
    "rakor": ("Gubernur Pimpin Rakor Pengendalian Inflasi",
              "BANDAR LAMPUNG - Gubernur Lampung Rahmat Mirzani Djausal memimpin Rapat Koordinasi Pengendalian Inflasi "
              "Daerah di Ruang Rapat Utama Kantor Gubernur, Senin (3/6/2024). Rakor diikuti Kepala Bappeda Provinsi "
              "Lampung Elvira Umihanni dan perwakilan Bank Indonesia.", "rapat_koordinasi", "Rahmat Mirzani Djausal"),
    "audiensi": ("Wagub Terima Audiensi Pengurus PWI Lampung",
                 "BANDAR LAMPUNG - Wakil Gubernur Lampung Jihan Nurlela menerima audiensi pengurus Persatuan Wartawan "
                 "Indonesia (PWI) Provinsi Lampung di Ruang Kerja Wakil Gubernur, Senin (3/6/2024). Audiensi membahas "
                 "rencana Hari Pers Nasional.", "audiensi", "Jihan Nurlela"),
    "paripurna": ("DPRD Lampung Gelar Paripurna Penyampaian LKPJ",
                  "BANDAR LAMPUNG - DPRD Provinsi Lampung menggelar Rapat Paripurna penyampaian LKPJ Gubernur Tahun 2023 "
                  "di Ruang Sidang DPRD Provinsi Lampung, Senin (3/6/2024). Sidang dipimpin Ketua DPRD Mingrum Gumay.",
                  "rapat_paripurna", "Mingrum Gumay"),
}
# (what the other occasion tells, its person, a word of its body)
OCCASIONS = {
    "audience": ("Gubernur juga menerima audiensi pengurus KONI Provinsi Lampung yang dipimpin Ketua KONI Budi Santoso "
                 "di Mahan Agung", "Budi Santoso", "KONI"),
    "musrenbang": ("Bupati Lampung Selatan Radityo Egi Pratama memimpin Musrenbang Kecamatan Natar di Aula Kantor Camat "
                   "Natar bersama perwakilan Bappenas", "Radityo Egi Pratama", "Bappenas"),
    "site_visit": ("Gubernur meninjau lokasi banjir di Kelurahan Way Halim didampingi Kepala BPBD Provinsi Lampung Rudy "
                   "Syawal Sugiarto", "Rudy Syawal Sugiarto", "BPBD"),
}
# Ways a sentence sets its occasion on another day.
ANOTHER_DAY = {
    "sebelumnya_pada_date": lambda s: f"Sebelumnya, pada Jumat (31/5/2024), {s}.",
    "sehari_sebelumnya": lambda s: f"Sehari sebelumnya, {s}.",
    "dua_hari_kemudian": lambda s: f"Dua hari kemudian, {s}.",
    "pekan_depan": lambda s: f"Pekan depan, {s}.",
    "pada_kesempatan_lain": lambda s: f"Pada kesempatan lain, {s}.",
    "sementara_itu_pada_date": lambda s: f"Sementara itu, pada Selasa (28/5/2024), {s}.",
    "date_lalu_fronted": lambda s: f"Selain itu, Jumat (31/5/2024) lalu, {s}.",
    "weekday_closing": lambda s: f"Sebelumnya, {s}, Jumat (31/5/2024).",
}
BODY = "Dalam rapat tersebut dibahas sejumlah langkah strategis. \"Kita harus bekerja sama,\" ujarnya."


@pytest.mark.parametrize("told", ANOTHER_DAY)
@pytest.mark.parametrize("occasion", OCCASIONS)
@pytest.mark.parametrize("meeting", MEETINGS)
def test_another_days_people_and_bodies_are_not_the_meetings(meeting, occasion, told):
    if (meeting, occasion, told) == ("audiensi", "audience", "weekday_closing"):
        pytest.skip("a meeting of the report's own kind closing with its day may be the report's: opening_only below")
    title, lead, kind, leader = MEETINGS[meeting]
    said, person, body = OCCASIONS[occasion]
    sentence = ANOTHER_DAY[told](said)
    for text in (f"{lead} {sentence}\n\n{BODY}", f"{lead}\n\n{BODY}\n\n{sentence}"):
        got = extract({"id": "x", "title": title, "text": text, "published": "2024-06-03"})
        assert (got["meeting_type"], got["meeting_date"], got["chair"]["name"]) == (kind, "2024-06-03", leader)
        assert person not in [o["name"] for o in got["officials"]]
        assert not [p for p in got["participants"] if body in p]


MEETING_DAY, PUBLISHED = date(2024, 6, 3), date(2024, 6, 3)


@pytest.mark.parametrize("sentence", [
    "Sebelumnya, pada Jumat (31/5/2024), Gubernur juga menerima audiensi KONI.",
    "Gubernur menerima audiensi pengurus KONI di Mahan Agung, Jumat (31/5/2024).",
    "Berdasarkan Agenda Harian Gubernur Lampung, Senin 27 Mei 2024, dalam rapat itu Gubernur didampingi Kadis Kehutanan.",
    "Keesokan harinya, rombongan dijadwalkan berkunjung ke Dinas PU Bina Marga Provinsi Jawa Timur.",
    "Rapim pekan sebelumnya, Senin (27/5/2024), dipimpin Wagub Jihan Nurlela.",
    "Gubernur tetap \"ngantor\" dan memimpin rapat soal TNWK, Minggu (2/6/2024).",
])
def test_a_sentence_set_on_another_day(sentence):
    assert another_day(sentence, MEETING_DAY, PUBLISHED)


@pytest.mark.parametrize("sentence", [
    # someone's words, whose days are what they speak of
    "Kepala Disperindag Evie Fatmawaty menyebut pasar murah digelar Senin (10/6).",
    "\"Semua harus siap sebelum Senin (10/6).",
    "Hal itu ia sampaikan kepada wartawan di Kantor Gubernur, Rabu (5/6/2024).",
    # a deadline, a decision, a forecast, what the act was about
    "Ia meminta kabupaten menyampaikan usulan lokasi paling lambat Jumat (14/6/2024).",
    "Dalam rapat tersebut, Banmus menyepakati rapat paripurna LKPJ digelar Senin, 10 Juni 2024 pukul 10.00 WIB.",
    "Rapim membahas persiapan peringatan Hari Jadi Kota Metro pada 9 Juni 2024.",
    # another day of the same meeting; this meeting told beside another; the meeting's own day
    "Pada hari kedua, Selasa (4/6/2024), Kepala Bappeda memaparkan rancangan awal RKPD.",
    "Rapat ini merupakan kelanjutan dari musrenbang yang digelar pada Senin (27/5/2024).",
    "Rakor dihadiri Sekda pada Senin (3/6).",
    # a day closing a relative clause
    "Ia mempersoalkan dokumen rancangan yang baru diterima anggota dewan pada Jumat sore.",
])
def test_a_sentence_that_stays_with_the_meeting(sentence):
    assert not another_day(sentence, MEETING_DAY, PUBLISHED)


def test_without_a_meeting_day_nothing_is_another_day():
    assert not another_day("Sebelumnya, pada Jumat (31/5/2024), Gubernur menerima audiensi KONI.", None, PUBLISHED)


def test_only_an_opening_sets_a_meeting_of_the_reports_own_kind_apart():
    # (the extractor asks for an opening when the sentence names a meeting of the report's kind: closing with its day,
    # 'Rekomendasi tersebut disambut ... dalam Rapat Paripurna DPRD, Selasa (6/5/2025).', it may be the report's meeting
    # told again, and the day the extractor read the wrong one, 'Pansus yang dibentuk pada Senin (14/4/2025)')
    closing = "Rekomendasi tersebut disambut Pemprov dalam Rapat Paripurna DPRD Provinsi Lampung, Selasa (28/5/2024)."
    opening = "Sebelumnya, Selasa (28/5/2024), DPRD Provinsi Lampung menggelar rapat paripurna penyampaian LKPJ."
    assert another_day(closing, MEETING_DAY, PUBLISHED) and not another_day(closing, MEETING_DAY, PUBLISHED, True)
    assert another_day(opening, MEETING_DAY, PUBLISHED, True)
    assert another_day("Sehari sebelumnya, DPRD menggelar rapat paripurna.", MEETING_DAY, PUBLISHED, True)
