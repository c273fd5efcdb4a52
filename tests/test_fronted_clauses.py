"""A fronted clause that dates or places another event ('Menindaklanjuti hasil Forum ... pada Rabu (14/1) di Hotel
Emersia, Bappeda menggelar rapat ...') is no part of the meeting its sentence reports."""

from datetime import date
from pathlib import Path

import pytest

from pipelines.extract import extract
from pipelines.extract.clauses import day_last, main_clause, place_last
from tests.extract_support import run

FOLLOW_UP = ("Bandar Lampung - Menindaklanjuti hasil Forum Konsultasi Publik Rancangan Awal RKPD Provinsi Lampung Tahun 2027 "
             "yang dilaksanakan pada Rabu (14/01/2026) di Hotel Emersia dan dibuka oleh Sekretaris Daerah Provinsi Lampung "
             "Marindo Kurniawan, Bappeda Provinsi Lampung menggelar Rapat Lanjutan Pembahasan Rancangan Awal RKPD Tahun "
             "2027, Kamis (29/01/2026), bertempat di Ruang Rapat Alimuddin Umar, Lantai 3 Bappeda Provinsi Lampung.")


@pytest.mark.parametrize("sentence, main", [
    (FOLLOW_UP, "Bandar Lampung - Bappeda Provinsi Lampung menggelar Rapat Lanjutan"),
    ("Setelah rapat persiapan pertama yang dipimpin Sekretaris Daerah pada Rabu (11/02/2026) di Ruang Rapat Sekda, rapat "
     "koordinasi persiapan lanjutan digelar Rabu (25/02/2026) di Ruang Abung, Balai Keratun.", "rapat koordinasi persiapan"),
    ("Bandar Lampung -- Di tengah padatnya agenda, usai menghadiri pelantikan pengurus KONI di GSG Sumpah Pemuda PKOR Way "
     "Halim pada pagi hari, Gubernur Lampung menerima audiensi Pengurus PWI Provinsi Lampung di Ruang Kerja Gubernur.",
     "Bandar Lampung -- Di tengah padatnya agenda, Gubernur Lampung menerima audiensi"),
])
def test_a_fronted_clause_of_another_event_is_dropped(sentence, main):
    """Its date or place told, the clause ends at the comma before the main clause's subject and meeting."""
    assert main_clause(sentence).startswith(main)


@pytest.mark.parametrize("sentence", [
    # the meeting itself in the fronted clause: the news is what was said after it
    "Usai memimpin rapat koordinasi di Gedung Pusiban, Senin (3/3), Gubernur mengatakan harga beras stabil.",
    # the main clause names no meeting of its own, and no days lie between
    "Setelah Gubernur menyampaikan LKPJ dalam rapat paripurna di Ruang Sidang DPRD, DPRD Provinsi Lampung kini menyerahkan "
    "rekomendasinya kepada pemerintah provinsi.",
])
def test_a_fronted_clause_stays_when_it_may_be_the_news(sentence):
    """Kept whole when the main clause names no meeting: the fronted one may be the headline event."""
    assert main_clause(sentence) == sentence


def test_the_follow_up_meeting_is_dated_and_placed_by_its_own_clause():
    """'Menindaklanjuti hasil Forum ... pada Rabu (14/01/2026) di Hotel Emersia, Bappeda menggelar Rapat ..., Kamis
    (29/01/2026), bertempat di Ruang Rapat Alimuddin Umar'."""
    out = run(FOLLOW_UP, title="Bappeda Gelar Rapat Lanjutan Pembahasan Rancangan Awal RKPD 2027", published="2026-01-29")
    assert out["meeting_date"] == "2026-01-29"
    assert out["venue"].startswith("Ruang Rapat Alimuddin Umar")


@pytest.mark.parametrize("sentence, published, main", [
    ("BANDAR LAMPUNG - Sebulan setelah Gubernur menyampaikan LKPJ Tahun Anggaran 2025 dalam rapat paripurna pada Senin, 30 "
     "Maret lalu, DPRD Provinsi Lampung kini menyerahkan rekomendasinya kepada pemerintah provinsi.", None,
     "BANDAR LAMPUNG - DPRD Provinsi Lampung kini menyerahkan"),
    ("Bandar Lampung - Dua bulan setelah harga acuan ubi kayu disepakati dalam rapat koordinasi yang dipimpin Gubernur "
     "Lampung pada 13 Mei lalu, Pemerintah Provinsi Lampung kembali mengumpulkan pemangku kepentingan di tempat yang sama.",
     date(2025, 7, 24), "Bandar Lampung - Pemerintah Provinsi Lampung kembali mengumpulkan"),
])
def test_days_between_the_fronted_event_and_the_news_make_it_another_event(sentence, published, main):
    """'Sebulan setelah ...', 'Dua bulan setelah ... pada 13 Mei lalu' (a year-less date read against publication)."""
    assert main_clause(sentence, published).startswith(main)


def test_a_fronted_clause_without_a_date_or_place_ends_where_the_main_clause_begins():
    """'Dua pekan setelah kesepakatan harga ditetapkan, Pemprov kembali menggelar rapat koordinasi di Ruang ...': the cut
    falls before the main clause, never inside it (where its own place and date are)."""
    sentence = ("Dua pekan setelah kesepakatan harga ubi kayu ditetapkan, Pemerintah Provinsi Lampung kembali menggelar rapat "
                "koordinasi di Ruang Rapat Sakai Sambayan, Kantor Gubernur Lampung, Selasa (28/10/2025).")
    assert main_clause(sentence, date(2025, 10, 28)) == sentence[sentence.index("Pemerintah"):]


def test_days_between_mark_another_event_even_without_its_date_or_place():
    """'Sehari setelah Gubernur menyampaikan nota pengantar ... dalam rapat paripurna, Fraksi PKS ... mulai menyiapkan
    sikap': the plenary is yesterday's; the news is the faction's stand."""
    out = run("BANDAR LAMPUNG - Sehari setelah Gubernur Lampung menyampaikan nota pengantar Raperda Perubahan APBD 2025 dalam "
              "rapat paripurna, Fraksi PKS DPRD Provinsi Lampung mulai menyiapkan sikap. Ketua Fraksi PKS meminta Pemprov "
              "memprioritaskan jalan rusak.", title="Fraksi PKS Minta Pemprov Prioritaskan Jalan Rusak di APBD Perubahan",
              published="2025-08-12")
    assert not out["is_meeting"]


def test_a_fronted_clause_runs_on_through_its_town_its_day_and_its_companions():
    """'Usai membuka Gebyar Posyandu di Kelurahan Beringin Raya, Kecamatan Kemiling, bersama Wali Kota X, Wagub Jihan
    menerima audiensi ...': the whole clause goes, the one who received the audience stays."""
    sentence = ("Bandar Lampung - Usai membuka Gebyar Posyandu Serentak di Kelurahan Beringin Raya, Kecamatan Kemiling, bersama "
                "Wali Kota Bandar Lampung Eva Dwiana, Wakil Gubernur Lampung Jihan Nurlela menerima audiensi Pengurus Daerah "
                "Ikatan Bidan Indonesia di Ruang Kerja Wakil Gubernur.")
    assert main_clause(sentence).startswith("Bandar Lampung - Wakil Gubernur Lampung Jihan Nurlela menerima audiensi")


def test_a_place_and_its_town_then_its_day_stay_in_the_fronted_clause():
    """'Empat hari setelah dilantik ... di Istana Negara, Jakarta, Kamis (20/2/2025), Gubernur ... mengumpulkan ...'."""
    sentence = ("Empat hari setelah dilantik Presiden di Istana Negara, Jakarta, Kamis (20/2/2025), Gubernur Lampung Rahmat "
                "Mirzani Djausal langsung mengumpulkan seluruh kepala perangkat daerah.")
    assert main_clause(sentence, date(2025, 2, 24)).startswith("Gubernur Lampung Rahmat Mirzani Djausal langsung")


@pytest.mark.parametrize("sentence, main", [
    ("Saibumi.com, Bandar Lampung - Tiga pekan setelah Gubernur Lampung memimpin rakor penetapan harga ubi kayu di Gedung "
     "Pusiban pada Selasa (16/9) lalu, Pemprov Lampung kembali mengumpulkan pelaku industri tapioka di ruangan yang sama.",
     "Saibumi.com, Bandar Lampung - Pemprov Lampung kembali mengumpulkan"),
    ("Bandar Lampung (Lampungpost.id): Setelah Gubernur menyampaikan Raperda Perubahan APBD 2025 pada paripurna Kamis (21/8) "
     "pekan lalu, DPRD Provinsi Lampung kembali menggelar rapat paripurna di ruang sidang paripurna.",
     "Bandar Lampung (Lampungpost.id): DPRD Provinsi Lampung kembali menggelar"),
])
def test_datelines_with_a_site_name_or_a_colon_before_the_fronted_clause(sentence, main):
    """'Saibumi.com, Bandar Lampung - Tiga pekan setelah ...', 'Bandar Lampung (Lampungpost.id): Setelah ...'."""
    assert main_clause(sentence, date(2025, 10, 7)).startswith(main)


def test_almost_a_month_between_is_days_between():
    """'Hampir sebulan setelah Gubernur menyampaikan LKPJ ... pada paripurna 31 Maret lalu, DPRD ... menyerahkan ...'."""
    sentence = ("BANDAR LAMPUNG (Lampost.co) -- Hampir sebulan setelah Gubernur Arinal Djunaidi menyampaikan LKPJ Tahun "
                "Anggaran 2020 pada paripurna 31 Maret lalu, DPRD Provinsi Lampung menyerahkan hasil pembahasannya.")
    assert main_clause(sentence, date(2021, 4, 27)).startswith("BANDAR LAMPUNG (Lampost.co) -- DPRD Provinsi Lampung")


def test_a_fronted_clause_dated_with_a_comma_runs_on_to_its_own_end():
    """'Menindaklanjuti ... yang dilaksanakan pada Rabu, 14/1/2026 di Hotel Emersia dan dibuka oleh ..., Bappeda ...
    menggelar Rapat ...': the comma after the weekday is inside the earlier event's date, not the clause's end."""
    sentence = ("Bandar Lampung - Menindaklanjuti hasil Forum Konsultasi Publik Rancangan Awal RKPD Provinsi Lampung Tahun "
                "2027 yang dilaksanakan pada Rabu, 14/1/2026 di Hotel Emersia dan dibuka oleh Sekretaris Daerah Provinsi "
                "Lampung Marindo Kurniawan, Bappeda Provinsi Lampung menggelar Rapat Lanjutan Pembahasan Rancangan Awal "
                "RKPD Tahun 2027, Kamis, 29/1/2026, bertempat di Ruang Rapat Alimuddin Umar.")
    assert main_clause(sentence).startswith("Bandar Lampung - Bappeda Provinsi Lampung menggelar Rapat Lanjutan")


def test_a_street_address_after_the_place_is_no_main_clause():
    """'... di Ruang Pusdalops BPBD Provinsi Lampung, Jalan Wolter Monginsidi Nomor 69, Sabtu ...': the address goes on
    telling the place; the main clause before it stays."""
    sentence = ("Bandar Lampung - Sehari setelah banjir besar melanda Kota Bandar Lampung, Badan Penanggulangan Bencana "
                "Daerah (BPBD) Provinsi Lampung menggelar rapat terbatas di Ruang Pusdalops BPBD Provinsi Lampung, Jalan "
                "Wolter Monginsidi Nomor 69, Sabtu 18 Januari 2025.")
    assert "menggelar rapat terbatas di Ruang Pusdalops" in main_clause(sentence)


def test_a_fronted_place_is_told_after_the_main_clause():
    """'Bertempat di Ruang Rapat Utama Kantor Gubernur Lampung, kesepakatan itu diambil dalam rapat koordinasi ...'
    (held-out report h115-08 with its venue fronted): the main clause opens the sentence as the rules read it, and
    the place stays the venue."""
    from benchmarks.robustness import PERTURBATIONS
    from pipelines.evaluate import _record, read_jsonl
    rows = read_jsonl(Path(__file__).parent / "data" / "extract_heldout115.jsonl")
    row = PERTURBATIONS["place_first"](next(r for r in rows if r["id"] == "h115-08"))
    assert "Bertempat di Ruang Rapat Utama" in row["text"]
    out = extract(_record(row))
    assert out["is_meeting"] and out["meeting_date"] == "2025-01-20"
    assert out["venue"] == "Ruang Rapat Utama Kantor Gubernur Lampung"


@pytest.mark.parametrize("sentence, expected", [
    ("Bandar Lampung--Bertempat di Ruang Kerja Gubernur, Kantor Gubernur Lampung, Gubernur menerima audiensi Bupati "
     "Pesisir Barat, Senin (16/6/2025).",
     "Bandar Lampung--Gubernur menerima audiensi Bupati Pesisir Barat bertempat di Ruang Kerja Gubernur, Kantor "
     "Gubernur Lampung, Senin (16/6/2025)."),
    ("KALIANDA, RADARLAMPUNG.CO.ID - Bertempat di Rumah Dinas Gubernur, Mahan Agung, Bupati Lampung Selatan mengikuti "
     "rapat terbatas, Senin (10/4/2023).",
     "KALIANDA, RADARLAMPUNG.CO.ID - Bupati Lampung Selatan mengikuti rapat terbatas bertempat di Rumah Dinas "
     "Gubernur, Mahan Agung, Senin (10/4/2023)."),
    ("Jakarta - Bertempat di Ruang Rapat Rimbawan I, Gedung Manggala Wanabakti, Dinas Lingkungan Hidup Provinsi Lampung "
     "menghadiri sidang AMDAL, Kamis (9/3/2023).",
     "Jakarta - Dinas Lingkungan Hidup Provinsi Lampung menghadiri sidang AMDAL bertempat di Ruang Rapat Rimbawan I, "
     "Gedung Manggala Wanabakti, Kamis (9/3/2023)."),
    ("Bertempat di Kantor Gubernur Lampung, permintaan itu disampaikan Sekda saat memimpin rapat koordinasi angkutan "
     "Lebaran, kemarin, dan diikuti Dinas Perhubungan.",
     "permintaan itu disampaikan Sekda saat memimpin rapat koordinasi angkutan Lebaran bertempat di Kantor Gubernur "
     "Lampung, kemarin, dan diikuti Dinas Perhubungan."),
    # (the main clause closes before what the sentence goes on to tell: here someone's words, where no place is read)
    ("Panaragan - Bertempat di ruang sidang DPRD Tubaba, DPRD Kabupaten Tulang Bawang Barat menggelar rapat paripurna "
     "LKPJ, Senin 27-3-2023 pukul 10.00 WIB dipimpin Ketua DPRD Nadirsah Putra yang menyebut bahwa LKPJ telah "
     "diserahkan kepada dewan.",
     "Panaragan - DPRD Kabupaten Tulang Bawang Barat menggelar rapat paripurna LKPJ bertempat di ruang sidang DPRD "
     "Tubaba, Senin 27-3-2023 pukul 10.00 WIB dipimpin Ketua DPRD Nadirsah Putra yang menyebut bahwa LKPJ telah "
     "diserahkan kepada dewan."),
    # (... which a comma before a capital does not close: a name apposed to its office)
    ("Bertempat di Aula Rumah Dinas Ketua DPRD, rapat Banggar dipimpin Wakil Ketua II DPRD Lampung Selatan, Agus "
     "Sutanto, Senin (3/3/2025).",
     "rapat Banggar dipimpin Wakil Ketua II DPRD Lampung Selatan, Agus Sutanto bertempat di Aula Rumah Dinas Ketua "
     "DPRD, Senin (3/3/2025)."),
])
def test_the_fronted_place_moves_after_any_dateline(sentence, expected):
    """The place's building, complex, town and owning office stay with it (an office that goes on to act is the
    subject), told where the main clause closes: before the sentence goes on in lower case or with its day (else at
    its end); the dateline stays first."""
    assert place_last(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Pada Rabu (16/7/2025), target itu dibahas dalam rapat koordinasi persiapan festival di Gedung Pusiban.",
     "target itu dibahas dalam rapat koordinasi persiapan festival di Gedung Pusiban, pada Rabu (16/7/2025)."),
    ("BANDAR LAMPUNG - Senin (14/4/2025), Gubernur Lampung memimpin rapat koordinasi inflasi di Gedung Pusiban.",
     "BANDAR LAMPUNG - Gubernur Lampung memimpin rapat koordinasi inflasi di Gedung Pusiban, Senin (14/4/2025)."),
    ("Senin, Kamis dan Jumat adalah hari kerja penuh bagi pegawai di lingkungan Pemprov.",
     "Senin, Kamis dan Jumat adalah hari kerja penuh bagi pegawai di lingkungan Pemprov."),
])
def test_a_fronted_day_is_told_after_the_main_clause(sentence, expected):
    """'Pada Rabu (16/7/2025), target itu dibahas dalam rapat ...': the main clause opens the sentence (a list of days
    is no fronted day)."""
    assert day_last(sentence) == expected


def test_a_meeting_set_in_a_fronted_day_is_the_news():
    """'Pada Rabu (16/7/2025), target itu dibahas dalam rapat koordinasi ...' sets the lead's news in the meeting."""
    out = run("BANDAR LAMPUNG - Lampung Krakatau Festival 2025 menargetkan 60 ribu pengunjung.\n\nPada Rabu (16/7/2025), "
              "target itu dibahas dalam rapat koordinasi persiapan LKF 2025 yang dipimpin Wakil Gubernur Lampung Jihan "
              "Nurlela di Gedung Pusiban, Kantor Gubernur Lampung.", title="LKF 2025 Targetkan 60 Ribu Pengunjung",
              published="2025-07-17")
    assert out["is_meeting"] and out["meeting_date"] == "2025-07-16"


def test_a_meeting_still_to_be_held_before_which_the_main_clause_acts_is_dropped():
    """'Sebelum FGD tematik digelar, Bappeda Provinsi Lampung lebih dulu menyamakan langkah.': the FGD comes later, so
    the preparation meeting told next is the report's, of its own kind."""
    sentence = "Sebelum FGD tematik digelar, Bappeda Provinsi Lampung lebih dulu menyamakan langkah bersama tim penyusun."
    assert main_clause(sentence) == "Bappeda Provinsi Lampung lebih dulu menyamakan langkah bersama tim penyusun."
    out = run(f"Bandar Lampung – {sentence} Senin (8/7/2024), Kepala Bappeda Provinsi Lampung Elvira Umihanni memimpin "
              "rapat persiapan bersama Tim Penyusun RPJMD di Ruang Rapat Alimuddin Umar.", title="", published="2024-07-08")
    assert out["meeting_type"] == "rapat_lainnya"


def test_a_span_of_months_before_a_short_main_clause_still_tells_another_event():
    """'Lima bulan setelah rakor pemantapan pada Kamis, 3 Juli 2025, Aplikasi Lampung-In kembali dibedah.'"""
    sentence = "Lima bulan setelah rakor pemantapan pada Kamis, 3 Juli 2025, Aplikasi Lampung-In kembali dibedah."
    assert main_clause(sentence) == "Aplikasi Lampung-In kembali dibedah."


def test_holding_a_meeting_still_to_come_in_a_fronted_clause_is_dropped():
    """'Sebelum menggelar rangkaian FGD tematik, Bappeda Provinsi Lampung lebih dulu mematangkan persiapannya.'"""
    sentence = "Sebelum menggelar rangkaian FGD tematik, Bappeda Provinsi Lampung lebih dulu mematangkan persiapannya."
    assert main_clause(sentence) == "Bappeda Provinsi Lampung lebih dulu mematangkan persiapannya."


def test_a_fronted_place_is_read_where_the_sentence_goes_on_to_reported_words():
    """'Bertempat di ruang sidang DPRD Tubaba, DPRD ... menggelar rapat paripurna ..., Senin ... yang ... menyebut bahwa
    ...': the place is the meeting's, not one inside what someone said."""
    out = run("Panaragan - Bertempat di ruang sidang DPRD Tubaba, DPRD Kabupaten Tulang Bawang Barat menggelar rapat "
              "paripurna LKPJ, Senin 27-3-2023 pukul 10.00 WIB dipimpin Ketua DPRD Nadirsah Putra yang dalam kesempatan "
              "itu menyebut bahwa dokumen LKPJ telah diserahkan kepada dewan sesuai batas waktu.",
              title="Paripurna LKPJ Bupati", published="2023-03-27")
    assert out["venue"] == "ruang sidang DPRD Tubaba"


def test_a_fronted_day_with_its_hour_is_told_after_the_main_clause():
    """'Pada Selasa (14/10) pukul 09.00 WIB, angka itu terungkap dalam raker Komisi II ...': the day and its hour go last,
    so the working meeting the sentence sets its news in is read."""
    assert day_last("Pada Selasa (14/10) pukul 09.00 WIB, angka itu terungkap dalam raker Komisi II DPRD Provinsi "
                    "Lampung.") == ("angka itu terungkap dalam raker Komisi II DPRD Provinsi Lampung, pada Selasa (14/10) "
                                    "pukul 09.00 WIB.")
    out = run("BANDAR LAMPUNG – Penyaluran pupuk bersubsidi di Provinsi Lampung baru menyentuh 68 persen. Pada Selasa (14/10) "
              "pukul 09.00 WIB, angka itu terungkap dalam raker Komisi II DPRD Provinsi Lampung dengan dua organisasi "
              "perangkat daerah mitra kerjanya.", title="Pupuk Subsidi Baru Tersalur 68 Persen, Dewan Minta Data Dibenahi",
              published="2025-10-15")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_kerja" and out["meeting_date"] == "2025-10-14"


def test_a_fronted_place_goes_past_a_second_fronted_clause():
    """'Bertempat di ..., menindaklanjuti aksi ... pada Senin lalu, Asisten ..., M.Si., mewakili Gubernur menerima
    audiensi ...': the place goes where the main clause closes, not after the second fronted clause's verb, so the one
    receiving is not read as the governor represented."""
    out = run("BANDARLAMPUNG ----- Bertempat di Ruang Rapat Asisten II, Kantor Gubernur Lampung, menindaklanjuti aksi "
              "penyampaian aspirasi pada Senin lalu, Asisten Bidang Perekonomian dan Pembangunan Setda Provinsi Lampung Ir. "
              "Darwis Saleh Lubis, M.Si., mewakili Gubernur menerima audiensi 12 orang perwakilan Aliansi Pengemudi Online "
              "Lampung (APOL), Rabu (06/05/2026).", title="Asisten Perekonomian Terima Audiensi Aliansi Pengemudi Online",
              published="2026-05-06")
    assert out["meeting_type"] == "audiensi" and out["chair"]["name"] == "Darwis Saleh Lubis"


def test_a_fronted_place_goes_past_a_second_fronted_clause_of_an_earlier_event():
    """'Bertempat di Kantor Kementerian PU, Jakarta, setelah bulan lalu membahas ..., kali ini Mirza melakukan audiensi
    ...': the second fronted clause opens on 'setelah', not on a verb; the place is the audience's, told after it."""
    sentence = ("Bertempat di Kantor Kementerian PU, Jakarta, setelah bulan lalu membahas usulan perbaikan jalan provinsi "
                "bersama Ditjen Bina Marga, kali ini Mirza melakukan audiensi dengan Direktur Jenderal Sumber Daya Air "
                "Kementerian PU, Arif Budiman Santosa, Selasa (3/6/2025).")
    assert place_last(sentence).startswith("setelah bulan lalu membahas usulan perbaikan jalan provinsi bersama Ditjen "
                                           "Bina Marga, kali ini Mirza melakukan audiensi")
    out = run("JAKARTA - " + sentence, title="Gubernur Mirza Temui Dirjen SDA", published="2025-06-03")
    assert out["meeting_type"] == "audiensi" and out["venue"] == "Kantor Kementerian PU, Jakarta"


def test_the_act_just_before_dates_a_main_clause_that_names_no_day():
    """'Usai memimpin apel pagi ..., Kamis (11/9/2025), Gubernur ... menerima audiensi ...': right after the apel, on its day
    (not the day of a visit planned later in the text)."""
    out = run("Kupastuntas.co, Bandar Lampung - Usai memimpin apel pagi ASN di halaman Kantor Gubernur Lampung, Kamis "
              "(11/9/2025), Gubernur Lampung Rahmat Mirzani Djausal menerima audiensi Kepala BBWS Mesuji Sekampung, Wahyu "
              "Nugroho Adi, beserta jajaran.\nAudiensi berlangsung di Ruang Kerja Gubernur.\nRencananya, Gubernur bersama "
              "BBWS akan meninjau langsung Bendungan Margatiga pada Jumat (12/9/2025).",
              title="Terima Audiensi BBWS Mesuji Sekampung, Gubernur Minta Rehabilitasi Irigasi Dipercepat", published=None)
    assert out["meeting_date"] == "2025-09-11"


def test_a_span_of_days_after_the_act_keeps_its_day_apart():
    """'Sehari usai memimpin apel ..., Kamis (11/9/2025), Gubernur menerima audiensi ...': a day between, not that day."""
    out = run("Sehari usai memimpin apel pagi ASN di halaman Kantor Gubernur Lampung, Kamis (11/9/2025), Gubernur Lampung "
              "Rahmat Mirzani Djausal menerima audiensi Kepala BBWS Mesuji Sekampung di ruang kerjanya.",
              title="Gubernur Terima Audiensi BBWS", published="2025-09-13")
    assert out["meeting_date"] != "2025-09-11"
