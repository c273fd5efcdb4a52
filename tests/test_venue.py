"""Venue: rooms, purpose clauses, rooms followed online and places only talked about."""

import pytest

from pipelines.extract.places import venue
from tests.extract_support import run


def test_di_ruang_kerjanya_is_written_as_the_leaders_office():
    """'di ruang kerjanya' becomes 'Ruang Kerja <role of the leader>'."""
    out = run("BANDAR LAMPUNG - Rapat evaluasi serapan anggaran dipimpin Sekdaprov Lampung Marindo Kurniawan di ruang "
              "kerjanya, Selasa (10/6).", title="Sekdaprov Evaluasi Serapan Anggaran", published="2025-06-11")
    assert out["venue"].lower().startswith("ruang kerja sekretaris daerah provinsi lampung")


def test_room_followed_online_from_is_the_venue_not_the_host_office():
    """For 'secara virtual dari Ruang Rapat X' the venue is X, not the host's office."""
    out = run("LIWA - Pemkab Lampung Barat mengikuti Rakor Pengendalian Inflasi secara virtual dari Ruang Rapat Pesagi, "
              "Senin (9/6), sementara rapat berlangsung di Kantor Kementerian Dalam Negeri.", title="Pemkab Ikuti Rakor Inflasi", published="2025-06-11")
    assert out["venue"] == "Ruang Rapat Pesagi" and out["mode"] == "daring"


def test_venue_phrase_ends_before_agar_purpose_clause():
    """A venue phrase ends before an 'agar ...' purpose clause."""
    found = venue(["Ia meminta dermaga ditambah di Ruang Rapat Utama, Lampung Selatan, agar antrean tidak terulang."])
    assert found == "Ruang Rapat Utama, Lampung Selatan"


def test_a_place_in_what_is_reported_is_not_the_venue_unless_a_sitting_is_reported():
    """'melaporkan bahwa arus di Pelabuhan X' is talked about; 'bahwa rapat paripurna ... di Ruang X' is announced."""
    assert venue(["Dalam rapat itu, Bupati melaporkan bahwa arus penumpang di Pelabuhan Bakauheni sudah turun."]) is None
    announced = venue(["Diberitahukan bahwa Rapat Paripurna akan digelar Rabu (26/3) di Ruang Sidang Paripurna DPRD."])
    assert announced == "Ruang Sidang Paripurna DPRD"


def test_a_venue_phrase_ends_at_a_predicate_a_joining_word_or_a_time():
    """'di Ballroom Novotel Lampung telah ...', 'di Ruang Rapat Komisi II dan akan ...', '... pekan lalu', '... pagi tadi'
    end before what follows; 'Rumah Makan Pagi Sore' is a name."""
    assert venue(["Rakor di Ballroom Novotel Lampung telah menghasilkan lima kesepakatan."]) == "Ballroom Novotel Lampung"
    assert venue(["Rapat digelar di Ruang Rapat Komisi II dan akan dilanjutkan pekan depan."]) == "Ruang Rapat Komisi II"
    assert venue(["Rapat digelar di Ruang Rapat Sakai Sambayan pekan lalu."]) == "Ruang Rapat Sakai Sambayan"
    assert venue(["Rapat digelar di Ruang Rapat Wali Kota Metro pagi tadi."]) == "Ruang Rapat Wali Kota Metro"
    assert venue(["Rapat digelar di Rumah Makan Pagi Sore, Senin (3/3/2025)."]) == "Rumah Makan Pagi Sore"


def test_meeting_office_outranks_a_port_talked_about():
    """The office where the audiensi took place outranks a port talked about; a field (Lapangan) still is a venue."""
    units = ["Gubernur meminta dermaga baru di Pelabuhan Bakauheni.",
             "Permintaan itu disampaikan saat audiensi di Kantor Kementerian Perhubungan, Jakarta, kemarin."]
    assert venue(units) == "Kantor Kementerian Perhubungan, Jakarta"
    assert venue(["Upacara digelar di Lapangan Saburai, Senin (1/9/2025)."]) == "Lapangan Saburai"


@pytest.mark.parametrize("sentence, expected", [
    ("Rapat persiapan digelar di Swissbel Hotel Bandar Lampung, Selasa (27/2/2018).", "Swissbel Hotel Bandar Lampung"),
    ("Sosialisasi dan rapat komite berlangsung di SMP Negeri 1 Abung Selatan, Senin (3/6/2024).", "SMP Negeri 1 Abung Selatan"),
    ("Rapat dengar pendapat dilaksanakan di DPRD Lampung, Rabu (5/3/2025).", "DPRD Lampung"),
    ("FGD digelar di Kampus Universitas Lampung, Kamis (17/4/2025).", "Kampus Universitas Lampung"),
])
def test_venue_heads_beyond_government_rooms(sentence, expected):
    """Hotels named before 'Hotel', schools, campuses and the DPRD itself are venues."""
    assert venue([sentence]) == expected


def test_venue_ends_where_a_lower_case_clause_follows_a_comma():
    """'di Lapangan PKOR Way Halim, Bandar Lampung, lalu tanggal ...' ends before ', lalu'."""
    assert venue(["Pasar murah digelar di Lapangan PKOR Way Halim, Bandar Lampung, lalu di Kemiling."]) == \
        "Lapangan PKOR Way Halim, Bandar Lampung"


def test_a_floor_after_a_comma_goes_on_naming_the_building():
    """', lantai dua Gedung DPRD Lampung' is where the room is, written in lower case, not the next clause; the building
    then places the meeting in the capital however far the story's other places are."""
    assert venue(["Audiensi digelar di ruang rapat pimpinan dewan, lantai dua Gedung DPRD Lampung. Mahasiswa hadir."]) == \
        "ruang rapat pimpinan dewan, lantai dua Gedung DPRD Lampung"
    assert venue(["Rapat digelar di Ruang Rapat Bapemperda, lantai 2 Gedung DPRD Provinsi Lampung, Selasa (14/10)."]) == \
        "Ruang Rapat Bapemperda, lantai 2 Gedung DPRD Provinsi Lampung"
    out = run("BANDAR LAMPUNG - Mahasiswa beraudiensi dengan Ketua DPRD Provinsi Lampung, Senin (1/9/2025). Audiensi "
              "digelar di ruang rapat pimpinan dewan, lantai dua Gedung DPRD Lampung. Mereka menuntut keadilan bagi "
              "korban kekerasan dalam unjuk rasa di Jakarta.", title="Mahasiswa Beraudiensi", published="2025-09-02")
    assert out["city"] == "Kota Bandar Lampung"


def test_venue_ends_before_the_next_clauses_subject_or_verb():
    """'di Ruang Rapat Asisten I, Asisten Bidang ... memimpin rapat' ends at the comma before the official."""
    assert venue(["Bertempat di Ruang Rapat Asisten I, Asisten Bidang Pemerintahan Qodratul Ikhwan memimpin rapat."]) == \
        "Ruang Rapat Asisten I"


def test_venue_ends_before_dan_and_a_verb():
    """'di ruang rapat Balitbangda dan dipimpin Kepala ...' ends before 'dan dipimpin'."""
    assert venue(["Rapat digelar di ruang rapat Balitbangda dan dipimpin Kepala Balitbangda Ferry Irawan."]) == \
        "ruang rapat Balitbangda"


def test_venue_given_only_late_in_the_article():
    """A lead without a venue: 'Rapat ... digelar di Ruang Rapat Lantai III Bappeda' further down is the venue."""
    lead = ["Pemprov Lampung membahas rancangan RPJMD bersama akademisi."] + [
        f"Peserta {i} menyampaikan masukan tentang rancangan itu." for i in range(6)]
    out = run(" ".join(lead + ["Rapat yang berlangsung hingga sore itu digelar di Ruang Rapat Lantai III Bappeda "
                               "Provinsi Lampung."]), title="Pemprov Gelar Rapat Pembahasan Rancangan RPJMD", published="2025-03-04")
    assert out["venue"] == "Ruang Rapat Lantai III Bappeda Provinsi Lampung"


def test_a_room_as_the_subject_of_menjadi_tempat_is_the_venue():
    from pipelines.extract.places import venue
    assert venue(["Pada Kamis (27/7), Ruang Rapat Bappeda Lantai 1 menjadi tempat FGD penyusunan RPJMD."]) == \
        "Ruang Rapat Bappeda Lantai 1"


def test_the_room_a_national_meeting_is_followed_from_is_the_venue():
    from pipelines.extract.places import venue
    assert venue(["Acara inti berlangsung di Kantor Kementerian Dalam Negeri, Jakarta.",
                  "Dari Lampung Barat, rakor diikuti di Ruang Rapat Pesagi Setdakab pada Selasa (30/8/2022)."]) == \
        "Ruang Rapat Pesagi Setdakab"


def test_a_meeting_followed_online_takes_the_room_it_was_followed_from():
    out = run("Wakil Bupati Lampung Barat menyimak arahan Menteri Dalam Negeri dari Ruang Rapat Pesagi Setdakab melalui "
              "konferensi video, Selasa (30/8/2022). Acara intinya berlangsung di Kantor Kementerian Dalam Negeri.",
              title="Wabup Ikuti Rakor Inflasi Secara Virtual", published="2022-08-30")
    assert out["venue"].startswith("Ruang Rapat Pesagi") and out["mode"] == "daring"


def test_where_people_were_called_to_is_the_venue_and_each_ones_own_place_is_none():
    """'memanggil kepala dinas ke rumah dinasnya, Mahan Agung', 'diundang ke Aula Bappeda'; 'dari markas masing-masing'."""
    from tests.extract_support import run

    called = run("Gubernur Lampung memanggil sejumlah kepala dinas ke rumah dinasnya, Mahan Agung, Jumat (29/8/2025) malam. "
                 "Sampel makanan diperiksa di Balai Laboratorium Kesehatan.", title="Gubernur Panggil Kepala Dinas",
                 published="2025-08-29")
    assert "Mahan Agung" in called["venue"]
    invited = run("Tiga puluh dosen dari Universitas Lampung diundang ke Aula Bappeda Provinsi Lampung, Kamis (7/3/2024), "
                  "untuk membahas RPJPD.", title="Bappeda Berdiskusi dengan Akademisi", published="2024-03-07")
    assert invited["venue"] == "Aula Bappeda Provinsi Lampung"
    each = run("Forkopimda mematangkan pengamanan mudik di Aula Atmani Wedhana Mapolda Lampung, Rabu (19/3/2025). Para "
               "Kapolres mengikuti dari markas masing-masing melalui video conference.", title="Rakor Mudik",
               published="2025-03-19")
    assert each["venue"] == "Aula Atmani Wedhana Mapolda Lampung"


def test_a_room_of_a_chair_known_only_by_name_takes_the_first_role():
    """'di ruang kerjanya' with a chair named without a role: the room is the first official's with a role, and the
    extraction does not fail (it once raised on the missing role)."""
    from tests.extract_support import run

    out = run("Rapat dipimpin Ria Hartini di ruang kerjanya, Senin (14/4/2025), bersama Kepala Dinas Kesehatan Edwin "
              "Rusli.", title="Rapat Kesehatan", published="2025-04-14")
    assert out["venue"] == "ruang kerja Kepala Dinas Kesehatan"


def test_the_room_followed_from_not_the_leaders_room_is_the_venue():
    """'dipimpin Wamendagri dari Gedung Sasana Bhakti Praja ... Pemprov mengikutinya dari Ruang Command Center'."""
    from tests.extract_support import run

    out = run("Rakor pengendalian inflasi berlangsung secara daring, Senin (17/03/2025). Rapat dipimpin Wakil Menteri Dalam "
              "Negeri Bima Arya Sugiarto dari Gedung Sasana Bhakti Praja, Kemendagri. Pemerintah Provinsi Lampung "
              "mengikutinya dari Ruang Command Center Dinas Kominfotik Provinsi Lampung.", title="Rakor Inflasi",
              published="2025-03-17")
    assert out["venue"] == "Ruang Command Center Dinas Kominfotik Provinsi Lampung"
    assert out["city"] == "Kota Bandar Lampung"


def test_the_venue_line_of_a_release_written_as_a_list():
    """'• Tempat: Ruang Rapat Komisi V DPRD Provinsi Lampung': the labelled line names the venue."""
    from pipelines.extract.places import venue
    assert venue(["• Waktu: Rabu, 9 Juli 2025", "• Tempat: Ruang Rapat Komisi V DPRD Provinsi Lampung"]) == (
        "Ruang Rapat Komisi V DPRD Provinsi Lampung")


def test_a_headline_names_the_venue_the_story_never_states():
    """'Wabup Lampung Utara Ikuti Rakor TKPKD se-Provinsi Lampung di Gedung Pusiban' with no place in the body."""
    out = run("Wakil Bupati Lampung Utara mengikuti Rapat Koordinasi TKPKD se-Provinsi Lampung, Kamis (12/5/2022). Rakor "
              "membahas penanggulangan kemiskinan ekstrem.",
              title="Wabup Lampung Utara Ikuti Rakor TKPKD se-Provinsi Lampung di Gedung Pusiban", published="2022-05-12")
    assert out["venue"] == "Gedung Pusiban"


def test_a_griya_is_a_venue():
    """'Rakor Karhutla ... digelar di Griya Agung Palembang, Sumatera Selatan': a residence named Griya is the venue."""
    out = run("Pemprov Lampung ikut dalam Rapat Koordinasi Pengendalian Karhutla Wilayah Sumatera yang digelar di Griya Agung "
              "Palembang, Sumatera Selatan, Senin (5/8/2019).", published="2019-08-05")
    assert out["venue"].startswith("Griya Agung Palembang")


def test_the_place_visited_as_the_subject_after_a_dateline_is_the_venue():
    """'WARTAKOTALIVE.COM, JAKARTA - Balai Kota Jakarta disambangi Gubernur Lampung untuk menemui Gubernur DKI'."""
    out = run("WARTAKOTALIVE.COM, JAKARTA - Balai Kota Jakarta disambangi Gubernur Lampung Rahmat Mirzani Djausal untuk "
              "menemui Gubernur DKI Jakarta Pramono Anung membahas aplikasi JAKI, Selasa (15/4/2025).", published="2025-04-15")
    assert out["venue"] == "Balai Kota Jakarta"


def test_the_room_people_crowded_into_is_the_venue():
    """'sekitar 60 warga memadati ruang rapat Komisi I DPRD Tulang Bawang. Rapat dengar pendapat itu dipimpin ...'."""
    out = run("Selasa (15/7/2025), sekitar 60 warga memadati ruang rapat Komisi I DPRD Tulang Bawang. Rapat dengar pendapat "
              "itu dipimpin Wakil Ketua DPRD Tulang Bawang.", title="Sengketa Lahan Dibahas di DPRD Tuba",
              published="2025-07-15")
    assert out["venue"] == "ruang rapat Komisi I DPRD Tulang Bawang"


def test_the_lampung_room_a_national_meeting_was_followed_from_is_the_venue():
    """'mengikuti Rakor ... yang dipimpin Mendagri X secara virtual dari Ruang Command Center ...' then 'Mendagri dari Gedung
    Sasana Bhakti Praja, Jakarta': the Lampung room, in Bandar Lampung."""
    out = run("Pemerintah Provinsi Lampung mengikuti Rapat Koordinasi Pengendalian Inflasi Daerah yang dipimpin Menteri Dalam "
              "Negeri Satria Wibisana secara virtual dari Ruang Command Center Diskominfotik Provinsi Lampung, Senin "
              "(16/3/2026). Mendagri dari Gedung Sasana Bhakti Praja, Kemendagri, Jakarta, meminta kepala daerah waspada.",
              published="2026-03-16")
    assert out["venue"].startswith("Ruang Command Center") and out["city"] == "Kota Bandar Lampung"


@pytest.mark.parametrize("lead, room", [
    ("Kata Kepala BI dalam Rapat Koordinasi TPID di Balai Keratun, Kantor Gubernur Lampung, Selasa (14/10/2025). Rakor yang "
     "dipimpin Sekda itu berlangsung di Ruang Rapat Sungkai dan diikuti pula secara virtual oleh TPID kabupaten/kota.",
     "Ruang Rapat Sungkai"),
    ("Delegasi Kedutaan Besar Australia beraudiensi dengan Wakil Gubernur di Kantor Gubernur Lampung, Rabu (21/5). Delegasi "
     "itu diterima Wagub di ruang rapat wakil gubernur.", "ruang rapat wakil gubernur"),
])
def test_a_building_venue_takes_the_room_a_later_lead_sentence_names(lead, room):
    """'... di Balai Keratun, Kantor Gubernur' then 'Rakor ... berlangsung di Ruang Rapat Sungkai': the room, in the building."""
    assert run(lead, title="Rapat", published="2025-10-14")["venue"].startswith(room + ", ")


def test_a_room_of_another_moment_does_not_complete_the_venue():
    """'Usai rakor di Gedung Pusiban, Gubernur menerima tamu di ruang kerjanya': not the meeting's room."""
    out = run("Gubernur memimpin rakor di Gedung Pusiban, Senin (4/8/2025). Usai rakor, Gubernur menerima audiensi di Ruang "
              "Kerja Gubernur.", title="Rakor", published="2025-08-04")
    assert out["venue"] == "Gedung Pusiban"


@pytest.mark.parametrize("sentence, expected", [
    ("Bappeda menggelar FGD di Ruang Rapat Alimuddin Umar, Lt. 3 Bappeda Provinsi Lampung, Kamis (19/9/2024).",
     "Ruang Rapat Alimuddin Umar, Lt. 3 Bappeda Provinsi Lampung"),  # a floor's abbreviation
    ("Musrenbang digelar di Gedung Serba Guna (GSG) Pemkab Pringsewu, Selasa (11/3/2025).",
     "Gedung Serba Guna (GSG) Pemkab Pringsewu"),  # 'guna' naming the hall, a bracketed short form
    ("Rapat digelar di Hotel Borobudur, Jl. Lapangan Banteng Selatan No. 1, Jakarta Pusat, Senin (3/2/2025).",
     "Hotel Borobudur"),  # a street address is where, not which
])
def test_abbreviations_short_forms_and_addresses_in_a_venue(sentence, expected):
    """A venue read through 'Lt.', 'Serba Guna (GSG)', and without the street address after it."""
    assert venue([sentence]) == expected


def test_a_hall_named_in_several_capitalised_words():
    """'di Grand City Convention Center, Surabaya', 'di Sentul International Convention Center'."""
    assert venue(["BPBD mengikuti Rakornas di Grand City Convention Center, Surabaya, Rabu (26/2/2025)."]) == \
        "Grand City Convention Center, Surabaya"


def test_the_capitals_seat_a_national_meeting_is_led_from_is_not_the_room_it_was_followed_from():
    """'... dipimpin Sekjen Kemendagri, Tomsi Tohir, secara virtual dari Gedung Sasana Bhakti Praja Kemendagri, Jakarta'
    then 'Kepala DKPTPH ... mengikuti rakor secara daring dari Ruang Rapat Kepala Dinas DKPTPH'."""
    out = run("Hal itu mengemuka dalam Rapat Koordinasi Pengendalian Inflasi Daerah yang dipimpin Sekretaris Jenderal "
              "Kementerian Dalam Negeri, Tomsi Tohir, secara virtual dari Gedung Sasana Bhakti Praja Kemendagri, Jakarta, Senin "
              "(10/03/2025). Kepala DKPTPH Provinsi Lampung bersama jajaran mengikuti rakor secara daring dari Ruang Rapat "
              "Kepala Dinas DKPTPH Provinsi Lampung.", title="Kepala DKPTPH Ikuti Rakor Inflasi Secara Virtual",
              published="2025-03-10")
    assert out["venue"].startswith("Ruang Rapat Kepala Dinas DKPTPH") and out["city"] == "Kota Bandar Lampung"


def test_out_in_the_field_is_no_place_name():
    """'di lapangan masih ada pabrik yang beli Rp1.100': 'on the ground', not a field's name; 'di Lapangan Saburai' is."""
    from pipelines.extract.places import venue
    assert venue(["Kesepakatan sudah diteken, tapi di lapangan masih ada pabrik yang beli Rp1.100."]) is None
    assert venue(["Upacara digelar di Lapangan Saburai, Senin (17/3)."]) == "Lapangan Saburai"


def test_a_council_commission_named_as_the_place_is_the_venue():
    """'usai rapat dengar pendapat (RDP) di Komisi II DPRD Lampung, Selasa': the commission's rooms, as outlets write it."""
    from pipelines.extract.places import venue
    assert venue(["Ancaman itu disampaikan Dasrul usai rapat dengar pendapat di Komisi II DPRD Lampung, Selasa, 14 Januari "
                  "2025."]) == "Komisi II DPRD Lampung"


def test_a_council_named_as_the_place_gives_way_to_the_room_told_next():
    """'dibahas dalam Rapat Dengar Pendapat di DPRD Kabupaten Mesuji, kemarin. RDP berlangsung di ruang rapat Komisi II
    DPRD Mesuji ...': the room."""
    from pipelines.extract.places import venue
    assert venue(["Dugaan pencemaran sungai dibahas dalam Rapat Dengar Pendapat di DPRD Kabupaten Mesuji, kemarin.",
                  "RDP berlangsung di ruang rapat Komisi II DPRD Mesuji pada Rabu (21/1/2026)."]) == \
        "ruang rapat Komisi II DPRD Mesuji"


def test_a_body_something_was_sent_to_is_no_venue():
    """'usulan normalisasi sudah disampaikan ke Balai Besar Wilayah Sungai ...': the addressee, not where anyone met."""
    assert venue(["Kepala BPBD mengatakan usulan normalisasi sudah disampaikan ke Balai Besar Wilayah Sungai Mesuji "
                  "Sekampung."]) is None


@pytest.mark.parametrize("sentence, place", [
    ("Di ruang kerjanya, Marindo Kurniawan, Sekretaris Daerah (Sekdaprov), memimpin rapat evaluasi.", "ruang kerjanya"),
    ("Dari Ruang Rapat Sakai Sambayan, Kantor Gubernur Provinsi Lampung, Sekretaris Daerah Fahrizal Darminto memimpin "
     "rapat.", "Ruang Rapat Sakai Sambayan, Kantor Gubernur Provinsi Lampung"),
])
def test_the_subject_named_before_the_office_ends_the_venue(sentence, place):
    """'Di ruang kerjanya, Marindo Kurniawan, Sekretaris Daerah, ...': the name apposed to an office is the subject."""
    assert venue([sentence]) == place


@pytest.mark.parametrize("sentence, place", [
    ("Musrenbang berlangsung pada Rabu (12/2/2025) di Gedung Serbaguna Pemkab Pesisir Barat pukul 08.30 WIB.",
     "Gedung Serbaguna Pemkab Pesisir Barat"),
    ("Rapat paripurna digelar di Ruang Sidang Paripurna DPRD Provinsi Lampung mulai pukul 10.00 WIB.",
     "Ruang Sidang Paripurna DPRD Provinsi Lampung"),
])
def test_the_hour_ends_the_venue(sentence, place):
    """'di Gedung Serbaguna ... pukul 08.30', '... mulai pukul 10.00': the time that follows is no part of the place."""
    assert venue([sentence]) == place


def test_a_place_someone_speaks_of_gives_way_to_the_narrations_place():
    """'"... sepuluh tahun kerja di ruang pendingin minus 20 derajat ...," ujarnya.' opening the report is speech;
    the meeting sat where the narration says. A quotation telling the meeting still gives its place."""
    out = run('"Bayangkan, sepuluh tahun kerja di ruang pendingin minus 20 derajat, keluar cuma dapat seperempat. Itu '
              'pun dicicil," ujarnya.\n\nBandar Lampung - Puluhan buruh memadati Gedung DPRD Provinsi Lampung, Selasa '
              '(23/4/2024), untuk mengawal rapat dengar pendapat (RDP) Komisi V soal pesangon.',
              title="Nasib Buruh Cold Storage Dibahas Dewan", published="2024-04-25")
    assert out["venue"] == "Gedung DPRD Provinsi Lampung"
    out = run('Bandar Lampung - DPRD Provinsi Lampung akan menggelar rapat paripurna LKPj pada Selasa (31/3/2026).\n\n'
              '"Paripurna dimulai pukul 10.00 WIB di Ruang Sidang Paripurna DPRD Provinsi Lampung. Rencananya dipimpin '
              'langsung Ketua DPRD," kata Desmawati saat ditemui di ruang kerjanya, Rabu (25/3/2026).',
              title="Paripurna LKPj Digelar Selasa", published="2026-03-25")
    assert out["venue"] == "Ruang Sidang Paripurna DPRD Provinsi Lampung"


@pytest.mark.parametrize("text, place", [
    ("Pjs. Gubernur Lampung beserta rombongan diarak dari Gedung Kantor Gubernur menuju Gedung DPRD dengan berbalut "
     "pakaian adat Lampung untuk menghadiri Rapat Paripurna Istimewa HUT Provinsi Lampung, Senin (19/3/2018).",
     "Gedung DPRD"),
    # the buildings in lower case, as regency and DPRD sites write them
    ("Dengan mengenakan pakaian adat Lampung, Pjs gubernur dan rombongan diarak dari gedung kantor gubernur menuju "
     "gedung DPRD untuk Rapat Paripurna Istimewa HUT Provinsi Lampung, Senin (19/3/2018).", "gedung DPRD"),
    # no route: where someone heads for is not the place, the phrase inside it still is
    ("Usai rapat di Ruang Rapat Utama, Senin (19/3/2018), rombongan langsung menuju Posko Pengungsian di Balai Desa "
     "Kedaung.", "Ruang Rapat Utama"),
])
def test_a_route_places_the_event_at_its_end(text, place):
    """'diarak dari Gedung Kantor Gubernur menuju Gedung DPRD': where they set out from is not where they sat."""
    assert run(text, "Paripurna Istimewa HUT Lampung", published="2018-03-19")["venue"] == place


@pytest.mark.parametrize("text, place", [
    ("Liwa (Lampost.co): Ruang rapat Pesagi Pemkab Lampung Barat menjadi tempat pertemuan dua tim pengendali inflasi, "
     "Jumat, 24 Februari 2023.", "Ruang rapat Pesagi Pemkab Lampung Barat"),
    ("RADARLAMPUNG.CO.ID - Aula Serumpun Padi Kecamatan Gisting, Selasa (9/11), menjadi tempat Pemkab Tanggamus "
     "menjaring masukan publik dalam konsultasi publik RPJMD.", "Aula Serumpun Padi Kecamatan Gisting"),
    # an apposition before the day is the place's own description, not another place
    ("BANDARLAMPUNG(SB) – Mahan Agung, rumah dinas Gubernur Lampung, Senin (17/5/2021), menjadi lokasi Gubernur "
     "mengikuti Rapat Koordinasi secara virtual.", "Mahan Agung"),
])
def test_a_place_as_the_subject_after_a_dateline_or_before_its_day_is_the_venue(text, place):
    """'Liwa (Lampost.co): Ruang rapat Pesagi ... menjadi tempat ...', 'Aula ..., Selasa (9/11), menjadi tempat ...'."""
    assert run(text, "Rapat", published="2023-02-24")["venue"] == place


def test_of_one_sentences_places_a_named_one_comes_before_a_description():
    """'... di gedung dewan, tepatnya di Aula Rumah Dinas Ketua DPRD setempat di Kalianda': the named hall."""
    out = run("KALIANDA – Rapat Badan Anggaran DPRD Lampung Selatan bersama TAPD tidak digelar di gedung dewan, melainkan di "
              "Aula Rumah Dinas Ketua DPRD setempat di Kalianda, Senin (12/9/2022).", "Banggar dan TAPD Bahas KUA-PPAS",
              published="2022-09-12")
    assert out["venue"].startswith("Aula Rumah Dinas Ketua DPRD")


def test_the_person_a_fronted_places_comma_leads_to_is_no_part_of_the_place():
    """'Dari balik meja ... di Kompleks Kantor Gubernur, Marindo Kurniawan memimpin ...': the place ends at the comma."""
    out = run("Bandar Lampung - Dari balik meja Ruang Kerja Sekretaris Daerah di Kompleks Kantor Gubernur, Marindo Kurniawan "
              "memimpin rapat percepatan penerapan sistem merit, Kamis 17 Juli 2025.", "Sekdaprov Pimpin Rapat Sistem Merit",
              published="2025-07-17")
    assert "Marindo" not in (out["venue"] or "")


def test_a_building_named_after_its_description_is_the_venue():
    """'Rumah dinas Gubernur, Mahan Agung, Selasa (19/10/2021), kedatangan jajaran KONI': the residence by its name too."""
    out = run("LAMPUNG – Rumah dinas Gubernur, Mahan Agung, Selasa (19/10/2021), kedatangan jajaran KONI Provinsi Lampung. "
              "Kepada rombongan yang beraudiensi itu, Gubernur Lampung Arinal Djunaidi menjamin bonus atlet.",
              title="Terima KONI, Arinal Janjikan Bonus", published="2021-10-19")
    assert "Mahan Agung" in out["venue"]


def test_where_the_meeting_was_not_held_is_no_venue():
    """'Musrenbang tersebut tidak digelar di kompleks Kantor Gubernur. Para pemangku kepentingan berkumpul di
    Auditorium Lantai 4 Kantor Perwakilan Bank Indonesia ...'."""
    assert venue(["Musrenbang tersebut tidak digelar di kompleks Kantor Gubernur. Para pemangku kepentingan berkumpul "
                  "di Auditorium Lantai 4 Kantor Perwakilan Bank Indonesia Provinsi Lampung, Jalan Hasanuddin."]) == (
        "Auditorium Lantai 4 Kantor Perwakilan Bank Indonesia Provinsi Lampung")


def test_a_routes_next_stop_after_ke_ends_the_place_it_left():
    """'diarak dari Gedung Kantor Gubernur ke Gedung DPRD': the route ends at the council's building."""
    assert venue(["Rombongan yang diarak dari Gedung Kantor Gubernur ke Gedung DPRD dengan pakaian adat Lampung."]) == (
        "Gedung DPRD")


def test_a_room_fronted_with_di_is_told_after_the_main_clause():
    """'Di ruang rapat lantai 3 gedung Bappeda, Tim Penyusun RPJMD ... berkumpul': the team is no part of the room."""
    out = run("Bandar Lampung – Di ruang rapat lantai 3 gedung Bappeda, Tim Penyusun RPJMD Bappeda Provinsi Lampung "
              "berkumpul pada Senin (8/7/2024). Mereka menggelar Rapat Persiapan FGD Tematik.", title="",
              published="2024-07-08")
    assert out["venue"] == "ruang rapat lantai 3 gedung Bappeda"


def test_the_room_a_meeting_was_followed_from_past_the_lead_is_the_venue():
    """'Paparan tersebut disampaikan Tito saat membuka Rapat Koordinasi ... secara virtual' then 'Dari Lampung, Gubernur
    Arinal Djunaidi mengikutinya secara daring dari Mahan Agung.'"""
    out = run("Kamis, 9 Februari 2023\n\nInflasi nasional pada Januari 2023 tercatat 5,28 persen.\n\nMenurut Tito, penurunan "
              "sudah berlangsung sejak Oktober 2022.\n\nPaparan tersebut disampaikan Tito saat membuka Rapat Koordinasi "
              "Pengendalian Inflasi Daerah yang dipimpinnya secara virtual, kemarin. Dari Lampung, Gubernur Arinal "
              "Djunaidi mengikutinya secara daring dari Mahan Agung.", title="Inflasi Januari 2023 Turun, Mendagri: "
              "Masih Terkendali", published="2023-02-09")
    assert out["venue"] == "Mahan Agung" and out["city"] == "Kota Bandar Lampung"


def test_a_room_filled_by_those_who_sat_there_is_the_venue():
    """'Aula SMP Negeri 1 Balambangan Pagar Kabupaten Lampura, Senin (7/5/2018), dipenuhi para kepala sekolah.'"""
    out = run("Lampung Utara, Lampungvisual.com-\nAula SMP Negeri 1 Balambangan Pagar Kabupaten Lampura, Senin (7/5/2018), "
              "dipenuhi para kepala sekolah. Mereka berkumpul dalam Rapat Kerja MKKS SMP se-Kabupaten Lampung Utara.",
              title="Kadisdikbud Lampura Hadiri Raker MKKS", published="2018-05-07")
    assert out["venue"].startswith("Aula SMP Negeri 1 Balambangan Pagar") and out["city"] == "Kabupaten Lampung Utara"


@pytest.mark.parametrize("text, place", [
    ("Musrenbang Provinsi Lampung 2025 berlangsung di gedung bank sentral, tepatnya Auditorium Lt.4 Kantor Perwakilan Bank "
     "Indonesia (BI) Provinsi Lampung, Rabu (7/5/2025).",
     "Auditorium Lt.4 Kantor Perwakilan Bank Indonesia (BI) Provinsi Lampung"),
    ("RADARLAMPUNG.CO.ID - Aula Serumpun Padi Kecamatan Gisting, Selasa (9/11), jadi tempat Pemkab Tanggamus menggelar "
     "konsultasi publik rencana awal perubahan RPJMD.", "Aula Serumpun Padi Kecamatan Gisting"),
])
def test_the_exact_place_after_tepatnya_and_a_room_that_was_the_place(text, place):
    """'di gedung bank sentral, tepatnya Auditorium Lt.4 ...': the named place the description narrows to; 'Aula X,
    Selasa (9/11), jadi tempat ... menggelar': the room as the subject, in the colloquial 'jadi'."""
    assert run(text, title="Musrenbang", published="2025-05-07")["venue"] == place


@pytest.mark.parametrize("text, place", [
    ("Diskusi digelar di gedung Bappeda di Bandar Lampung, persisnya di Ruang Rapat Bappeda Lantai 1, Rabu (5/3/2025).",
     "Ruang Rapat Bappeda Lantai 1"),
    ("Mereka akan menghadiri Rapat Kerja Gubernur pada Selasa (27/3/2018). Tempatnya sudah dipilih: Swissbel Hotel di Jalan "
     "Yos Sudarso, Bandar Lampung.", "Swissbel Hotel"),
    ("Ekspos rencana strategis itu tidak digelar di aula dinas, melainkan di kantor orang nomor dua di Pemprov itu: Ruang "
     "Kerja Wakil Gubernur, Bandar Lampung, Jumat (11/10/2019).", "Ruang Kerja Wakil Gubernur"),
    ("Bukan di Jakarta, bukan pula di ruang rapat gubernur. Pemprov Lampung menyimak rakor inflasi, Senin (6/10/2025), "
     "lewat layar di Ruang Command Center Dinas Kominfotik Lampung.", "Ruang Command Center Dinas Kominfotik Lampung"),
    ("WARTAKOTALIVE.COM, JAKARTA - Balai Kota Jakarta kedatangan tamu dari Sumatera, Selasa (15/4/2025). Gubernur DKI "
     "menerima Gubernur Lampung dan membahas kerja sama antardaerah.", "Balai Kota Jakarta"),
])
def test_the_place_a_description_narrows_to_or_names_after_a_colon(text, place):
    """'persisnya di ...', 'Tempatnya sudah dipilih: X di Jalan ...', 'di kantor ... itu: Ruang Kerja ...', 'bukan pula di
    ...' (where it was not), 'Balai Kota Jakarta kedatangan tamu': the place the meeting sat in."""
    assert run(text, title="Rapat", published="2025-03-05")["venue"] == place


def test_a_dash_ends_a_place():
    """'sisanya duduk langsung di ruangan — pola campuran daring-luring ...': the aside after the dash is no part of it."""
    out = run("Forum Fasilitasi RKPD, Senin (8/3/2021): separuh peserta bergabung lewat konferensi video, sementara sisanya "
              "duduk langsung di ruang rapat Bappeda — pola campuran daring-luring yang kini lazim.", title="Fasilitasi RKPD",
              published="2021-03-08")
    assert out["venue"] == "ruang rapat Bappeda"


def test_a_room_a_followed_meeting_was_followed_from_told_past_the_lead_across_a_page_break():
    """'Halaman selanjutnya >>' is a page break, no story line; past it, 'Dari Ruang Command Center ..., Fahrizal menyimak
    arahan Mendagri' says where a meeting followed online was followed from, the subject's short name not part of it."""
    out = run("Tribunlampung.co.id, Bandar Lampung - Sekretaris Daerah Provinsi Lampung Fahrizal Darminto mengikuti Rapat "
              "Pengendalian Inflasi Daerah secara virtual. Permintaan itu disampaikan Menteri Dalam Negeri Tito Karnavian yang "
              "memimpin langsung rapat, Senin (10/4/2023). Rakor tersebut digelar secara daring dan diikuti pemerintah daerah "
              "dari berbagai provinsi. Mendagri meminta para kepala daerah turun ke bawah. Selanjutnya, menggelar operasi "
              "pasar murah.\n\nHalaman selanjutnya >>\n\nDari Ruang Command Center Lt.II Dinas Kominfotik Provinsi Lampung, "
              "Fahrizal menyimak arahan Mendagri.", title="Sekdaprov Ikuti Rakor Inflasi Virtual", published="2023-04-10")
    assert out["mode"] == "daring"
    assert out["venue"] == "Ruang Command Center Lt.II Dinas Kominfotik Provinsi Lampung"


def test_a_room_pointed_back_to_is_the_room_named_before():
    """'Kursi-kursi di sekeliling meja panjang Ruang Rapat Bappeda Lantai 1, Kamis (27/7), terisi ... . Di ruangan itulah
    Bappeda ... memfasilitasi FGD ...': 'ruangan itulah' points back to the room the lead named."""
    out = run("Kursi-kursi di sekeliling meja panjang Ruang Rapat Bappeda Lantai 1, Kamis (27/7/2023), terisi perwakilan pemangku "
              "kepentingan. Di ruangan itulah Bappeda Provinsi Lampung memfasilitasi Focus Group Discussion (FGD) yang "
              "diselenggarakan Puslitbang PKPT Kementerian PUPR.", title="Bappeda Fasilitasi FGD Puslitbang PUPR",
              published=None)
    assert out["venue"] == "Ruang Rapat Bappeda Lantai 1"


def test_a_bare_room_followed_by_a_conjunction_names_no_venue():
    """'... jadi sebagian hadir di ruangan dan sebagian lagi dari layar': a room no one named is no venue; the one the lead
    named ('di Ruang Kerja Sekretaris Daerah ...') is."""
    out = run("Evaluasi aplikasi Lampung-In digelar Pemerintah Provinsi Lampung bersama Tim JSC pada Kamis, 4 Desember 2025, di "
              "Ruang Kerja Sekretaris Daerah Provinsi Lampung. Pertemuan dipimpin Sekdaprov Marindo Kurniawan, sementara Tim JSC "
              "bergabung secara virtual lewat Zoom Meeting, jadi sebagian hadir di ruangan dan sebagian lagi dari layar.",
              title="Evaluasi Lampung-In Digelar Hybrid", published=None)
    assert out["venue"] == "Ruang Kerja Sekretaris Daerah Provinsi Lampung"


def test_a_round_up_s_meeting_sits_where_its_own_sentence_says():
    """A weekly round-up: 'Sejumlah bakal calon menjalani pemeriksaan kesehatan di rumah sakit yang ditunjuk' is another
    news item's place; the lead's sentence naming the meeting, '... dalam rapat paripurna istimewa di gedung DPRD setempat',
    says where the meeting sat."""
    out = run("IDN Times Lampung - Pekan pertama September 2024 jadi pekan sibuk di panggung politik Lampung. KPU kabupaten/kota "
              "masih merampungkan penelitian berkas bakal pasangan calon. Sejumlah bakal calon menjalani pemeriksaan kesehatan "
              "di rumah sakit yang ditunjuk. Sorotan utama jatuh ke DPRD Provinsi Lampung: 85 anggota DPRD hasil Pemilu 2024 "
              "diambil sumpahnya dalam rapat paripurna istimewa di gedung DPRD setempat, Senin, 2 September 2024.",
              title="Sepekan Politik Lampung: 85 Anggota DPRD 2024-2029 Dilantik", published=None)
    assert out["venue"] == "gedung DPRD setempat"


def test_a_room_named_as_the_subject_before_a_place_only_described():
    """'Di gedung dewan, Selasa (5/7/2022), Ruang Sidang DPRD Provinsi Lampung menjadi tempat Rapat Paripurna ...': the room
    the sentence names as its subject, not the building it only describes ('gedung dewan')."""
    out = run("Di gedung dewan, Selasa (5/7/2022), Ruang Sidang DPRD Provinsi Lampung menjadi tempat Rapat Paripurna pandangan "
              "umum fraksi-fraksi atas Raperda pertanggungjawaban APBD 2021.", title="Pekan di Dewan", published=None)
    assert out["venue"] == "Ruang Sidang DPRD Provinsi Lampung"


def test_a_venue_closed_by_the_quotation_it_was_said_in():
    """'"Paripurna dimulai pukul 10.00 WIB di gedung DPRD," kata ...': the closing quotation mark ends the place."""
    assert venue(['Paripurna dimulai pukul 10.00 WIB di gedung DPRD,” kata Sekretaris DPRD Lukman Hakim.']) == "gedung DPRD"


def test_a_caption_names_the_room_when_the_story_names_none():
    """'Sekdaprov ... memimpin rapat koordinasi pengendalian inflasi di Ruang Sakai Sambayan, Senin (14/4/2025). (Dok.
    Biro Adpim)': the one line that says where."""
    out = run("Sekdaprov Lampung Marindo Kurniawan (tengah) memimpin rapat koordinasi pengendalian inflasi di Ruang Sakai "
              "Sambayan, Senin (14/4/2025). (Dok. Biro Adpim Pemprov Lampung)\nTribunlampung.co.id, Bandar Lampung - Pemprov "
              "Lampung meminta kabupaten/kota menggelar pasar murah.\nPermintaan itu mengemuka dalam rapat koordinasi TPID "
              "yang dipimpin Sekdaprov Lampung Marindo Kurniawan.", title="Pemprov Minta Kabupaten/Kota Gelar Pasar Murah",
              published=None)
    assert out["venue"] == "Ruang Sakai Sambayan"


def test_an_audience_sits_where_the_visitors_called():
    """'Persoalan itu dibawa BPJS Kesehatan saat beraudiensi ke kantor gubernur': the host's office is the audience's
    place, before a place the report names for something else ('... kerap ditemui di rumah sakit')."""
    out = run("Tribunlampung.co.id, Bandar Lampung - Kepala Dinas Kesehatan menggambarkan persoalan kepesertaan JKN yang "
              "masih kerap ditemui di rumah sakit.\nPersoalan itu dibawa BPJS Kesehatan saat beraudiensi ke kantor "
              "gubernur, Selasa (14/10/2025).\nRombongan diterima langsung Gubernur Lampung Rahmat Mirzani Djausal.",
              title="BPJS Kesehatan Minta Pemprov Lampung Naikkan Alokasi PBI", published="2025-10-15")
    assert out["venue"] == "kantor gubernur"


def test_a_council_s_organ_called_on_gives_way_to_the_room_named():
    """'... beraudiensi ke Komisi V DPRD Lampung' then 'diterima ... di ruang rapat Komisi V': a body, then its room."""
    out = run("BANDAR LAMPUNG - Puluhan guru honorer beraudiensi ke Komisi V DPRD Lampung, Kamis (12/2).\nRombongan diterima "
              "Ketua Komisi V Yanuar Irawan di ruang rapat Komisi V.", title="Guru Honorer Mengadu ke Komisi V",
              published="2026-02-12")
    assert out["venue"] == "ruang rapat Komisi V"


def test_where_people_fled_is_no_meeting_s_place():
    """'... ratusan warga mengungsi ke masjid dan balai kelurahan' in a lead, the closed meeting 'di Mahan Agung' in the
    headline: where people were taken, not where anyone met."""
    out = run("Berita Lampung - Hujan deras merendam puluhan kelurahan di Bandar Lampung. BPBD mencatat lebih dari 2.300 rumah "
              "tergenang dan ratusan warga mengungsi ke masjid dan balai kelurahan.\nSelasa (18/11) malam, Gubernur Lampung "
              "Rahmat Mirzani Djausal menggelar rapat terbatas penanganan banjir.",
              title="Malam di Mahan Agung: Gubernur Mirza Gelar Rapat Terbatas Tangani Banjir", published="2025-11-19")
    assert out["venue"] == "Mahan Agung"


def test_the_room_a_meeting_is_led_from_by_video_conference_over_where_others_joined():
    """'Gubernur ... memimpin rapat terbatas ... melalui konferensi video dari Mahan Agung' and 'Bupati ... bergabung secara
    virtual dari posko ... di Krui': the meeting sat where its leader led it."""
    out = run("Bandarlampung (ANTARA) - Gubernur Lampung Rahmat Mirzani Djausal memimpin rapat terbatas penanganan banjir di "
              "Kabupaten Pesisir Barat melalui konferensi video dari Mahan Agung, Bandarlampung, Selasa (4/11/2025).\n"
              "Sementara Bupati Pesisir Barat Arman Syahputra bergabung secara virtual dari posko penanganan bencana di Krui.",
              title="Gubernur Lampung pimpin rapat terbatas penanganan banjir Pesisir Barat", published="2025-11-04")
    assert out["venue"].startswith("Mahan Agung") and out["city"] == "Kota Bandar Lampung"


def test_a_sentence_opening_on_another_moment_gives_no_place():
    """'Sebelumnya, Firsada memimpin rakor angkutan Lebaran di Mahan Agung ...' after a visit to the port: the earlier
    meeting's room is not where the visit was; the port's regency is the visit's."""
    out = run("LAMPUNG SELATAN --- Penjabat Sekretaris Daerah Provinsi Lampung M. Firsada meninjau kesiapan Pelabuhan "
              "Bakauheni menghadapi arus mudik Lebaran 2025, Senin (24/3/2025).\nPeninjauan dilakukan bersama General Manager "
              "ASDP Cabang Bakauheni Rusdianto.\nSebelumnya, Firsada memimpin rakor angkutan Lebaran di Mahan Agung yang "
              "menyepakati penundaan truk sumbu tiga selama puncak arus mudik.",
              title="Pj Sekdaprov Tinjau Kesiapan Pelabuhan Bakauheni Jelang Arus Mudik", published="2025-03-24")
    assert out["venue"] != "Mahan Agung" and out["city"] == "Kabupaten Lampung Selatan"


@pytest.mark.parametrize("sentence, room", [
    ("Rakornas diikuti secara virtual dari Ruang Command Center Dinas Komunikasi, Informatika dan Statistik "
     "(Diskominfotik) Provinsi Lampung, Senin (21/7/2025).",
     "Ruang Command Center Dinas Komunikasi, Informatika dan Statistik (Diskominfotik) Provinsi Lampung"),
    ("Rapat digelar di Kantor Kejaksaan Tinggi (Kejati) Lampung, Selasa (8/7).", "Kantor Kejaksaan Tinggi (Kejati) Lampung"),
    ("Rapat digelar di Aula Bappeda (Senin) bersama camat.", "Aula Bappeda"),
])
def test_a_bodys_bracketed_short_form_in_any_case_stays_inside_the_venue(sentence, room):
    """'(Diskominfotik)', '(Kejati)': a body's short form in brackets is part of the room's name; a day in brackets is not."""
    assert venue([sentence]) == room


def test_where_a_matter_arose_is_not_where_the_meeting_that_discussed_it_sat():
    """'Keluhan antrean pasien di RSUD Dr. H. Abdul Moeloek dibahas dalam RDP Komisi V ... . RDP di ruang rapat Komisi V
    ...': the hospital is the matter's place; the room is the meeting's."""
    found = venue(["Keluhan panjangnya antrean pasien peserta BPJS Kesehatan di RSUD Dr. H. Abdul Moeloek (RSUDAM) dibahas "
                   "dalam Rapat Dengar Pendapat (RDP) Komisi V DPRD Provinsi Lampung, Selasa (7/1/2025).",
                   "RDP di ruang rapat Komisi V DPRD Provinsi Lampung itu dipimpin Wakil Ketua Komisi V Rosmawati Lubis."])
    assert found == "ruang rapat Komisi V DPRD Provinsi Lampung"


@pytest.mark.parametrize("sentence, room", [
    ("Direksi hanya mengikuti rapat dengar pendapat di DPRD Tulang Bawang secara virtual, Selasa (16/9/2025).",
     "DPRD Tulang Bawang"),
    ("Rapat digelar di ruang rapat Bappeda dan secara daring, Senin (3/3).", "ruang rapat Bappeda"),
])
def test_the_manner_after_the_place_is_not_part_of_its_name(sentence, room):
    """'di DPRD Tulang Bawang secara virtual': how someone took part ends the place's name."""
    assert venue([sentence]) == room


@pytest.mark.parametrize("sentence", [
    "Rakor itu diikuti unsur TNI dari Korem 043/Gatam, Polda Lampung, Kantor SAR Lampung, BMKG dan PMI.",
    "Pemkot menerima enam raperda usulan inisiatif dari DPRD Bandarlampung dalam sidang paripurna, Senin (8/9/2025).",
])
def test_a_body_people_came_from_is_no_venue(sentence):
    """'unsur TNI dari Korem 043/Gatam', 'usulan dari DPRD Bandarlampung': where people or papers came from, no room."""
    assert venue([sentence]) is None


def test_a_room_described_then_named_is_given_by_its_name():
    """'di ruang rapat pimpinan dewan' (a caption) then 'di Ruang Rapat Pimpinan DPRD Provinsi Lampung': the name."""
    found = venue(["Ketua DPRD Provinsi Lampung Ahmad Giri Akbar menerima perwakilan mahasiswa di ruang rapat pimpinan "
                   "dewan, Senin (1/9/2025).",
                   "Ketua DPRD Provinsi Lampung Ahmad Giri Akbar menerima audiensi Aliansi BEM Se-Lampung di Ruang Rapat "
                   "Pimpinan DPRD Provinsi Lampung, Senin (1/9/2025)."])
    assert found == "Ruang Rapat Pimpinan DPRD Provinsi Lampung"
