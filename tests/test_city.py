"""City and its Kemendagri/BPS codes: short regional forms, streets named after cities."""

import pytest

from pipelines.extract.places import city, region_in, stated_city
from tests.extract_support import run


def test_short_regency_form_lamsel_gives_city_and_codes():
    """'Pemkab Lamsel' resolves to Kabupaten Lampung Selatan with its Kemendagri and BPS codes."""
    out = run("Pemkab Lamsel menggelar rapat koordinasi stunting di Aula Rajabasa, Kalianda, Senin (14/4). "
              "Rapat dipimpin Sekda Lampung Selatan Thamrin.", title="Pemkab Lamsel Gelar Rakor Stunting")
    assert (out["city"], out["kemendagri_code"], out["bps_code"]) == ("Kabupaten Lampung Selatan", "18.01", "1803")
    assert "stunting" in out["topics"]


def test_street_named_after_city_is_not_the_city():
    """'Jalan Medan Merdeka' / 'Jl. Metro Raya' do not make Medan or Metro the city."""
    assert region_in("Kantor Kementerian Perhubungan, Jalan Medan Merdeka Barat, Jakarta Pusat") == "Jakarta"
    assert region_in("Jl. Metro Raya, Kota Metro") == "Kota Metro"
    assert city("Kantor Kementerian, Jalan Medan Merdeka Barat, Jakarta", [], None) == "Jakarta"


def test_dateline_on_its_own_line_names_the_city_as_where_the_report_was_filed():
    """'LAMPUNGPRO.CO — METRO' above the lead places the meeting in Kota Metro; the text itself does not say so, so the
    city is assumed (as the publication day is for an undated meeting), while a lead naming it states it."""
    out = run("LAMPUNGPRO.CO — METRO\nMusrenbang RKPD digelar di aula pemkot, Rabu (12/3/2025), dibuka wali kota.",
              title="Musrenbang RKPD 2026 Digelar", published="2025-03-12")
    assert out["city"] == "Kota Metro" and out["city_assumed"]
    said = run("LAMPUNGPRO.CO — METRO\nMusrenbang RKPD digelar di Kota Metro, Rabu (12/3/2025), dibuka wali kota.",
               title="Musrenbang RKPD 2026 Digelar", published="2025-03-12")
    assert said["city"] == "Kota Metro" and not said["city_assumed"]


@pytest.mark.parametrize("dateline", ["Lampung Utara, Lampungvisual.com-", "Kotabumi, Lampungvisual.com -",
                                      "Lampung Utara (Lampungvisual.com) –", "Lampung Utara:"])
def test_dateline_in_title_case_on_its_own_line_with_its_outlet_names_the_city(dateline):
    """'Lampung Utara, Lampungvisual.com-' on a line above the lead, as local outlets print it, places the meeting as
    the capitals' form does; a line of capitalised words that only holds a place's name is no dateline."""
    lead = "Rapat Kerja Kepala Sekolah SMP digelar di SMP Negeri 1 Balambangan Pagar, Senin (7/5/2018)."
    out = run(f"{dateline}\n{lead}", title="Rapat Kerja MKKS SMP", published="2018-05-08")
    assert out["city"] == "Kabupaten Lampung Utara" and out["city_assumed"]
    assert run(f"Tribun Lampura\n{lead}", title="Rapat Kerja MKKS SMP", published="2018-05-08")["city"] is None


def test_dateline_at_a_regency_seat_names_the_regency():
    """'KALIANDA --', 'LIWA-' and 'KRUI -' are the seats of Lampung Selatan, Lampung Barat and Pesisir Barat."""
    for seat, region in (("KALIANDA --", "Kabupaten Lampung Selatan"), ("LIWA-", "Kabupaten Lampung Barat"),
                         ("KRUI -", "Kabupaten Pesisir Barat")):
        out = run(f"{seat} Sekretaris Daerah memimpin rapat koordinasi penanganan banjir, Senin (8/12/2025).",
                  published="2025-12-09")
        assert out["city"] == region


def test_a_room_every_regency_has_yields_to_the_regency_the_text_names():
    """'Ruang Rapat Utama' or 'gedung dewan' is the capital's only when the dateline or subject names no other region."""
    out = run("Metro - Pemkot Metro mengikuti rapat koordinasi inflasi dari Ruang Rapat Utama Kantor Wali Kota, "
              "Senin (9/6/2025).", published="2025-06-09")
    assert out["city"] == "Kota Metro"
    capital = run("Gubernur memimpin rapat koordinasi inflasi di Ruang Rapat Utama, Senin (9/6/2025).", published="2025-06-09")
    assert capital["city"] == "Kota Bandar Lampung"


def test_a_town_in_an_offices_name_places_the_meeting_but_a_port_talked_about_does_not():
    """'Kantor PT ASDP Cabang Bakauheni' is in Lampung Selatan; 'Bengkulu' is a place outside Lampung."""
    from pipelines.extract.places import city
    assert city("Kantor PT ASDP Indonesia Ferry Cabang Bakauheni", [], None) == "Kabupaten Lampung Selatan"
    assert city("Balai Raya Semarak, Bengkulu", [], None) == "Bengkulu"
    assert city("Pelabuhan Bakauheni", [], None) is None


@pytest.mark.parametrize("lead, expected", [
    ("Rapat koordinasi digelar di Kecamatan Natar, Senin (14/4).", "Kabupaten Lampung Selatan"),
    ("Musrenbang tingkat kecamatan berlangsung di Kecamatan Abung Selatan, Senin (14/4).", "Kabupaten Lampung Utara"),
    ("Rapat dipusatkan di Gisting, Senin (14/4), dibuka camat setempat.", "Kabupaten Tanggamus"),
])
def test_a_kecamatan_the_meeting_is_held_in_places_it_in_its_regency(lead, expected):
    """Every kecamatan of Lampung is in the gazetteer with its regency (unless its name is ambiguous)."""
    assert run(lead, title="Rapat Tingkat Kecamatan")["city"] == expected


def test_a_port_or_market_named_in_the_lead_is_what_was_discussed_not_the_place():
    out = run("Gubernur memimpin rapat virtual dengan bupati/wali kota dari Ruang Command Center, Senin (14/4). "
              "Ia meminta pemeriksaan pendatang diperketat di Pelabuhan Bakauheni.", title="Gubernur Rakor Virtual Covid-19")
    assert out["city"] == "Kota Bandar Lampung"


def test_a_regency_council_as_subject_places_its_plenary():
    out = run("Rapat paripurna DPRD Kabupaten Pringsewu digelar di ruang sidang DPRD setempat, Senin (14/4).",
              title="DPRD Gelar Paripurna")
    assert out["city"] == "Kabupaten Pringsewu"


def test_a_provincial_agencys_office_is_in_the_capital_whatever_the_meeting_discussed():
    out = run("Keputusan itu diambil dalam rapat penanganan banjir Kabupaten Pesawaran di Kantor BPBD Lampung, Selasa, "
              "6 Januari 2026.", title="Pemprov Siapkan Dana BTT untuk Korban Banjir Pesawaran")
    assert out["city"] == "Kota Bandar Lampung"


def test_a_lampung_district_named_like_a_city_elsewhere_stays_in_lampung():
    """'Kecamatan Seputih Surabaya' is in Lampung Tengah, not Surabaya."""
    assert region_in("Kecamatan Seputih Surabaya, Lampung Tengah") == "Kabupaten Lampung Tengah"
    assert region_in("rapat di Surabaya, Jawa Timur") == "Surabaya"


def test_the_town_closing_a_venues_address_is_the_city():
    """'Gedung Ali Wardhana, Jl. Lapangan Banteng Timur No. 2-4, Jakarta Pusat, Selasa': the address ends in Jakarta;
    'Balai Raya Semarak, Jalan Pembangunan, Padang Harapan, Kota Bengkulu': the last place, not the neighbourhood."""
    out = run("Jakarta--Sekda mengikuti Rapat Koordinasi Percepatan PSN di Provinsi Lampung yang digelar Kemenko "
              "Perekonomian di Ruang Rapat Lantai 4 Gedung Ali Wardhana, Jl. Lapangan Banteng Timur No. 2-4, Jakarta Pusat, "
              "Selasa (14/06/2022).", title="Rakor PSN", published="2022-06-14")
    assert out["city"] == "Jakarta"
    out = run("BENGKULU - Pemprov Bengkulu dan Pemprov Lampung menggelar Rapat Kerja Kerja Sama Antardaerah di Balai Raya "
              "Semarak, Jalan Pembangunan, Padang Harapan, Kota Bengkulu, Selasa (22/7/2025).", title="Raker Bengkulu-Lampung",
              published="2025-07-22")
    assert out["city"] == "Bengkulu"


def test_a_lampung_region_in_a_report_filed_from_outside_is_the_subject_not_the_place():
    """'JAKARTA (Lampost.co) -- ... pabrik tapioka di Lampung Tengah ...': the audience sat in Jakarta."""
    out = run("JAKARTA (Lampost.co) -- Pemprov Lampung meminta Kementan menjaga harga singkong. Permintaan itu disampaikan "
              "Gubernur saat beraudiensi dengan Menteri Pertanian di kantor Kementan, Kamis (8/5). Sejumlah pabrik tapioka "
              "di Lampung Tengah sempat berhenti membeli.", title="Pemprov Minta Kementan Lindungi Harga Singkong",
              published="2025-05-09")
    assert out["city"] == "Jakarta"


def test_a_council_organs_room_is_in_that_councils_seat():
    """'RDP Komisi IV DPRD Provinsi Lampung ... di ruang rapat Komisi IV': the capital, whatever roads the lead names."""
    out = run("TRIBUNLAMPUNG.CO.ID - Kerusakan terparah berada di ruas jalur produksi di Lampung Tengah. Data itu terungkap "
              "dalam rapat dengar pendapat Komisi IV DPRD Provinsi Lampung dengan Dinas BMBK di ruang rapat Komisi IV, "
              "Selasa (14/2/2023).", title="Komisi IV Minta BMBK Prioritaskan Jalur Produksi", published="2023-02-14")
    assert out["city"] == "Kota Bandar Lampung"


def test_a_council_named_with_a_persons_name_after_it_is_still_the_provinces():
    """'ruang rapat Komisi IV itu dipimpin Ketua Komisi IV DPRD Lampung Miswan Rody': the province's council, in the
    capital, whatever regency the story goes on to."""
    out = run("Bandar Lampung (SL)-Komisi IV DPRD Provinsi Lampung menggelar rapat kerja dengan Dinas BMBK, Senin lalu. Rapat "
              "yang berlangsung di ruang rapat Komisi IV itu dipimpin Ketua Komisi IV DPRD Lampung Miswan Rody. Rapat "
              "digelar menyusul kunjungan Presiden yang meninjau ruas jalan rusak di Kabupaten Lampung Tengah.",
              title="Komisi IV Cecar Dinas BMBK", published="2023-05-11")
    assert out["city"] == "Kota Bandar Lampung"


@pytest.mark.parametrize("text, title, published, city", [
    # 'Kotaagung' is Kota Agung, the seat of Tanggamus, however the page spells it
    ("Kotaagung - Kepala Bappeda Provinsi Lampung menghadiri Musrenbang RKPD Kabupaten Tanggamus di Aula Islamic Center "
     "Kotaagung, Selasa (14/3/2023).", "Musrenbang Tanggamus", "2023-03-15", "Kabupaten Tanggamus"),
    # 'Ruang Rupatama Polda Lampung' sits in Bandar Lampung, whatever port the meeting talked about
    ("Polda Lampung menggelar rapat koordinasi lintas sektoral di Ruang Rupatama Polda Lampung, Senin (18/12). Rapat "
     "membahas kelancaran arus penyeberangan di Bakauheni.", "Rakor Operasi Lilin", "2023-12-20", "Kota Bandar Lampung"),
    # 'TRIBUNLAMPUNG.CO.ID, PRINGSEWU - ...': Tribun writes its name first, the place after the comma
    ("TRIBUNLAMPUNG.CO.ID, PRINGSEWU - Camat Pagelaran Hendra Kusuma memimpin Rapat Koordinasi Percepatan Penurunan "
     "Stunting di Aula Kecamatan, Rabu (17/5/2023).", "Camat Pimpin Rakor Stunting", "2023-05-17", "Kabupaten Pringsewu"),
    # 'Kecamatan Tulang Bawang Tengah' is in Tulang Bawang Barat, not in Tulang Bawang
    ("Wakil Bupati membuka Musrenbang Kecamatan Tulang Bawang Tengah di Aula Kecamatan Tulang Bawang Tengah, Selasa "
     "(11/2/2020).", "Musrenbang Kecamatan", "2020-02-11", "Kabupaten Tulang Bawang Barat"),
], ids=["closed-up seat", "provincial police room", "outlet before the dateline's place", "kecamatan named after a regency"])
def test_a_town_written_the_pages_own_way_places_the_meeting(text, title, published, city):
    assert run(text, title=title, published=published)["city"] == city


def test_a_room_named_after_an_office_is_where_the_sentence_places_that_office():
    """'Bappeda Provinsi Lampung menyelenggarakan Rapat Konsultasi RPJMD Kabupaten Lampung Barat di Ruang Rapat Bappeda
    Lantai 3': the provincial Bappeda's room, in the capital, whatever regency the meeting was about."""
    out = run("Pada 30 Januari lalu Pemerintah Kabupaten Lampung Barat mengirim surat permohonan konsultasi kepada Gubernur "
              "atas Rancangan Awal RPJMD. Sebagai tindak lanjut, Bappeda Provinsi Lampung menyelenggarakan Rapat Konsultasi "
              "RPJMD Kabupaten Lampung Barat di Ruang Rapat Bappeda Lantai 3, Kamis (15/02/2018).",
              title="Konsultasi Rancangan Awal RPJMD Kabupaten Lampung Barat", published="2018-02-15")
    assert out["city"] == "Kota Bandar Lampung"


def test_a_commission_room_sits_with_the_council_the_lead_named():
    """'rapat dengar pendapat yang digelar Komisi II DPRD Provinsi Lampung' then 'Dalam rapat di ruang Komisi II tersebut,
    PPUKI membawa data harga dari pabrik di Lampung Tengah': the provincial council's room, in the capital."""
    out = run("Petani singkong dan pengusaha tapioka dipertemukan dalam rapat dengar pendapat yang digelar Komisi II DPRD "
              "Provinsi Lampung, Kamis (6/2). Dalam rapat di ruang Komisi II tersebut, PPUKI Lampung membawa data harga dari "
              "11 pabrik di Lampung Tengah.", title="DPRD Minta Pabrik Tapioka dan Petani Sepakati Harga", published="2025-02-07")
    assert out["city"] == "Kota Bandar Lampung"


def test_a_campus_in_the_venue_places_the_meeting_in_its_city():
    """'di Ruang Sidang Dekanat Fakultas Pertanian Unila': Bandar Lampung, not the regency the study was about."""
    out = run("Biro Perekonomian bersama Fakultas Pertanian Universitas Lampung (Unila) menggelar FGD tata niaga ubi kayu "
              "di Ruang Sidang Dekanat Fakultas Pertanian Unila, Kamis (18/9/2025). Tim memaparkan hasil kajian di "
              "Kabupaten Lampung Tengah.", title="Pemprov dan Unila Godok Skema Harga Singkong", published="2025-09-18")
    assert out["city"] == "Kota Bandar Lampung"


@pytest.mark.parametrize("hall", ["Aula Makorem 043/Gatam", "Gedung Serbaguna Mapolda Lampung"])
def test_a_provincial_headquarters_hall_places_the_meeting_in_the_capital(hall):
    """'di Aula Makorem 043/Gatam': Bandar Lampung, not the regency the harvest talk was about."""
    out = run(f"Korem 043/Garuda Hitam menggelar rapat evaluasi serap gabah di {hall}, Kamis (15/3/2018). Panen raya sudah "
              "berlangsung di Lampung Tengah.", title="Korem Gelar Rapat Evaluasi Serap Gabah", published="2018-03-16")
    assert out["city"] == "Kota Bandar Lampung"


def test_where_an_absent_head_was_instead_is_not_where_the_meeting_sat():
    """'Rakor dipimpin Wakil Bupati, mewakili Bupati yang berhalangan hadir karena mengikuti kegiatan ... di Jakarta'."""
    out = run("KALIANDA - Pemerintah Kabupaten Lampung Selatan menggelar rapat koordinasi kesiapan arus mudik di Ruang Rapat "
              "Bupati, Senin (24/3/2025). Rakor dipimpin Wakil Bupati Lampung Selatan Syaiful Anwar, mewakili Bupati yang "
              "berhalangan hadir karena mengikuti kegiatan Kementerian Dalam Negeri di Jakarta.",
              title="Wabup Pimpin Rakor Kesiapan Arus Mudik", published="2025-03-24")
    assert out["city"] == "Kabupaten Lampung Selatan"


@pytest.mark.parametrize("lead, city", [
    ("RRI.co.id, Gedong Tataan - Wakil Gubernur Lampung membuka Musrenbang RKPD, Kamis.", "Kabupaten Pesawaran"),
    ("Tribunlampung.co.id, Lampung Tengah - Gubernur Lampung membuka rapat koordinasi pertanian, Senin.",
     "Kabupaten Lampung Tengah"),
])
def test_an_outlets_name_before_the_town_leaves_the_town_as_the_dateline(lead, city):
    """'RRI.co.id, Gedong Tataan - ...': the outlet first, then the town the report was filed from."""
    from pipelines.extract.places import dateline_region
    assert dateline_region(lead) == city


def test_a_clause_after_the_venue_is_no_part_of_its_address():
    """'... di Balai Keratun, Kantor Gubernur, menyebutkan pasien berasal dari Bandar Lampung, Lampung Selatan dan
    Pringsewu': the address ends where the sentence goes on; the venue is in the capital."""
    units = ["Juru bicara Gugus Tugas saat konferensi pers di Balai Keratun, Kantor Gubernur, menyebutkan pasien baru "
             "berasal dari Bandar Lampung, Lampung Selatan dan Pringsewu."]
    assert stated_city("Balai Keratun, Kantor Gubernur", units, None) == "Kota Bandar Lampung"


def test_a_clause_of_many_words_after_the_venue_is_no_part_of_its_address():
    """'di Ruang Kerja Gubernur, Kantor Gubernur Lampung, Gubernur ... menerima audiensi Bupati Pesisir Barat ...': the
    long part after the comma is the sentence going on, not a town."""
    units = ["Bertempat di Ruang Kerja Gubernur, Kantor Gubernur Lampung, Gubernur Lampung Rahmat Mirzani Djausal "
             "menerima audiensi Bupati Pesisir Barat Dedi Irawan, Senin (16/6/2025)."]
    assert stated_city("Ruang Kerja Gubernur, Kantor Gubernur Lampung", units, None) == "Kota Bandar Lampung"


def test_a_room_named_after_an_office_is_in_the_seat_its_bracketed_short_form_gives():
    """'Badan Perencanaan Pembangunan Daerah (Bappeda) Provinsi Lampung menggelar Rapat Konsultasi RPJMD Kabupaten
    Lampung Barat di Ruang Rapat Bappeda Lantai 3': the province's Bappeda, in the capital; Lampung Barat is the subject."""
    out = run("Pemerintah Kabupaten (Pemkab) Lampung Barat pada 30 Januari lalu mengirimkan surat permohonan konsultasi "
              "kepada Gubernur atas Rancangan Awal RPJMD. Surat tersebut diterima Provinsi pada 5 Februari 2018. "
              "Menindaklanjuti permohonan itu, Bidang Perencanaan Makro dan Evaluasi (PME) Badan Perencanaan Pembangunan "
              "Daerah (Bappeda) Provinsi Lampung "
              "menggelar Rapat Konsultasi RPJMD Kabupaten Lampung Barat di Ruang Rapat Bappeda Lantai 3, Kamis "
              "(15/02/2018).", "Konsultasi Rancangan Awal RPJMD Kabupaten Lampung Barat", published="2018-02-15")
    assert out["venue"] == "Ruang Rapat Bappeda Lantai 3"
    assert out["city"] == "Kota Bandar Lampung"


def test_a_neighbourhood_named_like_a_city_elsewhere_is_no_city():
    """'... di Kelurahan Kupang Kota dan Way Lunik masih rutin tergenang': a neighbourhood of the capital, not Kupang in
    Nusa Tenggara Timur."""
    assert stated_city(None, ["Sejumlah titik seperti di Kelurahan Kupang Kota dan Way Lunik masih rutin tergenang "
                              "setiap hujan deras."], None) != "Kupang"


def test_the_governors_own_room_is_in_the_capital():
    """'rapat terbatas yang dipimpin Gubernur ... di ruang rapat gubernur': Bandar Lampung, whatever region the meeting
    talked about ('panen raya ... di Lampung Tengah')."""
    out = run("Keputusan itu diambil dalam rapat terbatas yang dipimpin Gubernur Lampung di ruang rapat gubernur, Selasa "
              "(5/5/2026). Kepala DKPTPH menyebut panen raya yang berlangsung serentak di Lampung Tengah membuat antrean "
              "truk di depan pabrik mengular.", "Pergub Harga Singkong Direvisi", published="2026-05-05")
    assert out["city"] == "Kota Bandar Lampung"


def test_a_place_dated_by_a_month_or_year_alone_is_another_occasion_s():
    """'... lewat Trade Expo Indonesia di Jakarta pada Oktober 2017': a place the story's background dates by month and
    year is not where the meeting, told with its day, sat."""
    out = run("Rapat pembahasan kedatangan para duta besar itu digelar di Ruang kerja Asisten Bidang Pemerintahan Kesra, Senin "
              "(5/02/2018), dan dipimpin Kepala Biro Pemerintahan Chandri. Sejak 2014, gubernur rajin membawa potensi Lampung "
              "ke forum-forum di luar daerah, antara lain lewat Trade Expo Indonesia di Jakarta pada Oktober 2017.",
              title="Kemenlu Bawa 16 Dubes ke Lampung", published=None)
    assert out["city"] == "Kota Bandar Lampung"


def test_where_someone_had_to_be_instead_is_not_the_meetings_city():
    """'... diundur karena Kepala Dinas Kesehatan harus menghadiri rapat kerja di Kementerian Kesehatan di Jakarta':
    where the official had to be, not where the commission's hearing sits."""
    out = run("Kupastuntas.co, Bandar Lampung - Rapat dengar pendapat (RDP) Komisi IV DPRD Provinsi Lampung bersama Dinas "
              "Kesehatan yang sedianya digelar hari ini, Selasa (3/2), diundur menjadi Kamis (5/2/2026). Sekretaris Komisi IV "
              "mengatakan penundaan dilakukan karena Kepala Dinas Kesehatan harus menghadiri rapat kerja di Kementerian "
              "Kesehatan di Jakarta.", title="RDP Komisi IV Soal Tunggakan Iuran PBI Diundur ke Kamis",
              published="2026-02-03")
    assert out["city"] == "Kota Bandar Lampung"


def test_a_place_dated_by_a_day_gone_is_another_occasions():
    """'... setelah dilantik Presiden RI ... di Jakarta pada 20 Februari lalu': where the inauguration was, not the
    consultation's city (the dateline's Metro)."""
    out = run("Medialampung.co.id – METRO – Wali Kota Metro Wahyudi Pranata membuka Konsultasi Publik Rancangan Awal RKPD "
              "Kota Metro Tahun 2026 di Sesat Agung Bumi Sai Wawai, Selasa (25/2/2025).\nKegiatan ini menjadi agenda besar "
              "pertama Wahyudi setelah dilantik Presiden RI bersama kepala daerah hasil Pilkada serentak di Jakarta pada 20 "
              "Februari lalu.\nKonsultasi publik dihadiri jajaran Forkopimda, kepala OPD, camat dan lurah se-Kota Metro.",
              title="Wali Kota Metro Buka Konsultasi Publik Rancangan Awal RKPD 2026", published=None)
    assert out["city"] == "Kota Metro"


def test_an_outlets_name_before_the_datelines_town():
    """'Medialampung.co.id – METRO – ...': the outlet's name, then the town the report was filed from."""
    out = run("Medialampung.co.id – METRO – Pemerintah kota menggelar rapat koordinasi penanganan sampah di Sesat Agung Bumi "
              "Sai Wawai, Selasa (25/2/2025).", title="Pemkot Gelar Rakor Penanganan Sampah", published="2025-02-25")
    assert out["city"] == "Kota Metro"
