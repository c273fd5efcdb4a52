"""Meeting mode: luring, daring or hibrid."""

import pytest

from tests.extract_support import run


def test_national_meeting_followed_virtually_via_zoom_is_daring():
    """A rakornas followed 'secara virtual melalui Zoom' from a room is daring."""
    out = run("Pemprov Lampung mengikuti Rapat Koordinasi Nasional secara virtual melalui Zoom dari Ruang "
              "Command Center Diskominfotik, Senin (14/4/2025). Rakor dipimpin Menteri Dalam Negeri Tito Karnavian.")
    assert out["mode"] == "daring" and out["meeting_type"] == "rapat_koordinasi"
    assert "Tito Karnavian" in out["chair"]["name"]
    assert out["city"] == "Kota Bandar Lampung"


def test_room_meeting_with_some_joining_virtually_is_hibrid():
    """A meeting in a room with a team 'bergabung secara virtual lewat Zoom' is hibrid."""
    out = run("Sekdaprov Lampung Marindo Kurniawan memimpin rapat evaluasi aplikasi di Ruang Kerja Sekda, "
              "Kamis (10/4/2025). Tim pusat yang bergabung secara virtual lewat Zoom memaparkan temuan.")
    assert out["mode"] == "hibrid" and out["meeting_type"] == "rapat_evaluasi"


def test_online_and_offline_together_is_hybrid():
    """'berlangsung secara online dan offline' is a hibrid meeting."""
    from pipelines.extract.mode import mode
    assert mode(["Rapat yang berlangsung secara online dan offline itu dibuka Direktur Jenderal."], True) == "hibrid"


def test_some_in_the_room_others_online_by_contrast_is_hybrid():
    """'... hadir langsung di ruang rapat, sedangkan bupati mengikuti melalui konferensi video' is hibrid;
    a national meeting led from Jakarta that the regions follow online stays daring."""
    from pipelines.extract.mode import mode
    assert mode(["Sebagian peserta hadir langsung di ruang rapat, sedangkan bupati mengikuti melalui konferensi video."],
                True) == "hibrid"
    assert mode(["Rakor dipimpin Mendagri dari Jakarta, sementara pemda se-Indonesia mengikuti secara virtual."],
                True) == "daring"


def test_held_in_a_room_and_followed_on_zoom_is_hybrid():
    """'digelar di Aula ... dan diikuti camat se-Kabupaten melalui Zoom Meeting' is hibrid."""
    from pipelines.extract.mode import mode
    assert mode(["Rapat itu digelar di Aula Rapat Sekretariat Daerah dan diikuti camat se-Kabupaten Tanggamus "
                 "melalui Zoom Meeting."], True) == "hibrid"


def test_led_in_the_room_while_the_regents_join_on_zoom_is_hybrid():
    """'Rakor dipimpin Wagub ..., sementara para bupati mengikutinya secara virtual melalui Zoom' is hibrid."""
    from pipelines.extract.mode import mode
    assert mode(["Rakor dipimpin Wakil Gubernur Lampung selaku Ketua TPPS, sementara para bupati mengikutinya "
                 "secara virtual melalui Zoom Meeting."], True) == "hibrid"


def test_national_meeting_followed_from_a_lampung_room_is_daring_without_an_online_word():
    """'mengikuti rakor yang dipimpin Mendagri dari Ruang Rapat Sekdaprov': led elsewhere, followed from here."""
    out = run("Sekdaprov Lampung Marindo Kurniawan mengikuti Rapat Koordinasi Pengendalian Inflasi Daerah yang dipimpin "
              "Mendagri Tito Karnavian dari Ruang Rapat Sekdaprov, Senin (14/4).", title="Rakor Inflasi")
    assert out["mode"] == "daring"


def test_national_meeting_attended_at_the_ministry_stays_luring():
    out = run("Gubernur Lampung mengikuti rapat yang dipimpin Mendagri di Ruang Sidang Utama Kemendagri, Jakarta, "
              "Senin (14/4).", title="Gubernur Ikuti Rapat di Kemendagri")
    assert out["mode"] == "luring" and out["city"] == "Jakarta"


def test_hybrid_told_apart_or_by_contrast_of_who_joined_online():
    from pipelines.extract.mode import mode
    assert mode(["Rapat itu berlangsung secara offline di Ruang Rapat Lantai 3 Bappeda Provinsi Lampung dan secara "
                 "online."], True) == "hibrid"
    assert mode(["Diskominfotik, Bappeda dan BPKAD turut dalam pertemuan itu, sementara Tim JSC bergabung secara "
                 "virtual melalui Zoom Meeting."], True) == "hibrid"


def test_an_online_word_about_something_else_leaves_the_meeting_in_person():
    """'Pendaftaran ... dibuka 2 Juni secara daring' in a raker's report is how pupils register, not the raker's mode."""
    from tests.extract_support import run

    out = run("Komisi V DPRD Provinsi Lampung menggelar rapat kerja bersama Dinas Pendidikan di ruang rapat Komisi V, Senin "
              "(19/5/2025). Pendaftaran tahap I dijadwalkan dibuka 2 Juni 2025 secara daring.", title="Raker Komisi V",
              published="2025-05-19")
    assert out["mode"] == "luring"


def test_an_admission_held_online_is_not_the_meetings_mode():
    """'PPDB ... yang untuk pertama kalinya digelar sepenuhnya secara daring' is how pupils are admitted."""
    out = run("Komisi V DPRD Provinsi Lampung menggelar rapat kerja dengan Disdikbud di ruang rapat Komisi V, Senin (15/6/2020). "
              "Rapat kerja itu membahas kesiapan Penerimaan Peserta Didik Baru (PPDB) SMA/SMK tahun ajaran 2020/2021 yang "
              "untuk pertama kalinya digelar sepenuhnya secara daring.", title="Raker Komisi V", published="2020-06-16")
    assert out["mode"] == "luring"


def test_a_room_here_linked_by_video_to_the_regencies_is_hybrid_but_to_the_ministry_online():
    """Held in a room and 'tersambung melalui video conference' with the regencies: hibrid; with Kemendagri: daring."""
    from pipelines.extract.mode import mode
    assert mode(["Rapat digelar di Ruang Command Center Diskominfotik dan tersambung melalui video conference dengan "
                 "seluruh kabupaten/kota."], True) == "hibrid"
    assert mode(["Rapat digelar di Ruang Command Center Diskominfotik dan tersambung melalui video conference dengan "
                 "Kemendagri di Jakarta."], True) == "daring"


def test_the_meeting_told_again_later_says_how_it_was_held():
    """'Musrenbang itu berlangsung secara langsung ... dan secara virtual ...' after the lead makes it hybrid."""
    lead = ("Gubernur membuka Musrenbang RKPD 2022 di Gedung Pusiban, Rabu (7/4/2021). Ia meminta OPD fokus. Pertumbuhan "
            "ekonomi terkontraksi. Sektor pertanian bertahan. Program petani diperkuat. Infrastruktur jalan diperbaiki. ")
    out = run(lead + "Musrenbang itu berlangsung secara langsung dengan peserta terbatas dan secara virtual bagi "
              "pemerintah kabupaten/kota.", title="Musrenbang RKPD 2022", published="2021-04-07")
    assert out["mode"] == "hibrid"


def test_participants_from_elsewhere_joining_online_make_it_hybrid():
    """'Peserta dari kabupaten/kota dapat mengikuti secara daring melalui Zoom Meeting' beside a hall: hibrid."""
    from pipelines.extract.mode import mode
    assert mode(["Bappeda akan menggelar Konsultasi Publik RPJMD di Balai Keratun. Peserta dari kabupaten/kota dapat "
                 "mengikuti secara daring melalui Zoom Meeting."], True) == "hibrid"


def test_an_offices_grade_is_not_a_class_held_online():
    """'BPTD Kelas II Lampung mengikuti secara virtual': a grade of an office, and the meeting is hybrid."""
    from pipelines.extract.mode import mode
    assert mode(["Kadishub hadir langsung, sementara Polda Lampung dan BPTD Kelas II Lampung mengikuti secara virtual "
                 "dari Bandar Lampung."], True) == "hibrid"


def test_the_regions_following_a_meeting_held_in_a_room_by_video_make_it_hybrid():
    """The Governor leads in a room; 'Bupati dan wali kota ... mengikuti rakor melalui video conference' two sentences later."""
    out = run("Gubernur Lampung memimpin Rapat Koordinasi Gugus Tugas Penanganan Covid-19 di Ruang Rapat Utama Kantor "
              "Gubernur, Senin (30/3/2020). Rakor diikuti Wakil Gubernur dan Sekretaris Daerah. Bupati dan wali kota "
              "se-Provinsi Lampung mengikuti rakor melalui video conference dari daerah masing-masing.",
              title="Gubernur Pimpin Rakor Gugus Tugas", published="2020-03-30")
    assert out["mode"] == "hibrid"
    national = run("Wali Kota Metro mengikuti rakor inflasi yang dipimpin Mendagri secara virtual dari ruang kerjanya, "
                   "Senin (14/8/2023).", title="Rakor Inflasi", published="2023-08-14")
    assert national["mode"] == "daring"


_COMMAND_CENTER = ("Rapat Koordinasi Pengendalian Inflasi Daerah diikuti Pemerintah Provinsi Lampung yang diwakili Plt Karo "
                   "Perekonomian, Rinvayanti, dari Ruang Command Center Dinas Kominfotik Provinsi Lampung, Senin (20/3/2023). "
                   "Inspektur Jenderal Kemendagri, {leader}, yang memimpin Rakor menyatakan rapat difokuskan pada "
                   "ketersediaan pangan.")


@pytest.mark.parametrize("text", [
    # its national leader told in another sentence (his titles' dots end nothing)
    _COMMAND_CENTER.format(leader="Tomsi Tohir Balaw"),
    _COMMAND_CENTER.format(leader="Dr. H. Tomsi Tohir Balaw"),
    # held by a ministry
    "Pemerintah Provinsi Lampung mengikuti rapat koordinasi pengendalian inflasi daerah yang digelar Kementerian Dalam "
    "Negeri, Senin (17/3/2025). Rakor diikuti dari Ruang Rapat Sekdaprov Lampung.",
], ids=["leader in another sentence", "leader with titles", "held by a ministry"])
def test_a_national_meeting_followed_from_a_lampung_room_is_daring(text):
    assert run(text, title="Pemprov Ikuti Rakor Inflasi", published="2023-03-20")["mode"] == "daring"


@pytest.mark.parametrize("text", [
    # told in the passive
    "Musrenbang RKPD Kabupaten Lampung Timur digelar di Aula Pemkab Lampung Timur, kemarin. Musrenbang dibuka Bupati "
    "Lampung Timur dan juga diikuti secara virtual oleh camat serta kepala desa dari kantor kecamatan.",
    # a number's dot ends no sentence ('2.651 kepala desa'), a minister present
    "Menteri Koperasi menghadiri Rapat Koordinasi Koperasi Desa Merah Putih di Balai Keratun, Rabu (21/5/2025). "
    "Bupati/wali kota dan camat hadir di Balai Keratun, sementara 2.651 kepala desa dan lurah se-Lampung mengikuti "
    "secara daring dari kantor masing-masing.",
    # a title's dot ends no sentence ('dr. Lukman')
    "Pansus LKPJ DPRD Lampung menggelar rapat kerja dengan Dinas Kesehatan di Ruang Rapat Komisi V, Rabu (9/4/2025). "
    "Kepala Dinas Kesehatan, dr. Eka Puspitasari, M.Kes., hadir langsung, sedangkan Direktur RSUDAM, dr. Lukman Hakim "
    "Siregar, mengikuti rapat secara virtual melalui Zoom.",
    # the regents named by their office, not their regions ('diikuti para bupati dan wali kota secara virtual')
    "Rapat koordinasi Gugus Tugas dipimpin Gubernur Lampung di Kantor Gubernur, kemarin. Rapat itu diikuti para bupati "
    "dan wali kota secara virtual.",
    "Gubernur memimpin rapat koordinasi di ruang rapat utama Kantor Gubernur Lampung yang diikuti kepala daerah se-Lampung "
    "melalui konferensi video.",
], ids=["passive", "number's dot", "title's dot", "regents", "heads of regions"])
def test_others_following_online_while_some_sit_in_the_room_make_it_hybrid(text):
    assert run(text, title="Rapat", published="2025-04-10")["mode"] == "hibrid"


def test_a_meeting_said_to_be_wholly_online_is_daring_though_led_from_a_room():
    """'Rapat digelar sepenuhnya secara virtual. Sekda memimpin ... dari Ruang Kerja ..., sementara peserta terhubung
    melalui Zoom': the contrast of a room and Zoom does not make it hybrid."""
    out = run("Sekda Lampung Selatan memimpin rapat evaluasi Program MBG, Kamis (5/2/2026). Rapat digelar sepenuhnya secara "
              "virtual. Sekda memimpin jalannya rapat dari Ruang Kerja Sekretaris Daerah, sementara seluruh peserta terhubung "
              "melalui Zoom Meeting dari kantor masing-masing.", published="2026-02-05")
    assert out["mode"] == "daring"


def test_an_admission_process_run_online_does_not_make_the_hearing_online():
    """'seluruh proses SPMB tahun ini dilakukan daring' in a hearing's report is how pupils enrol."""
    out = run("Komisi V DPRD Lampung menggelar rapat dengar pendapat dengan Disdikbud di Ruang Rapat Komisi V, Rabu (15/4). "
              "Kepala Disdikbud berjanji seluruh proses SPMB tahun ini dilakukan daring.", published="2026-04-15")
    assert out["mode"] == "luring"


def test_a_hybrid_seed_is_no_hybrid_meeting():
    """'bantuan benih jagung hibrida' in an audience held in a ministry's office: in person; 'digelar secara hibrida' is
    how some write a hybrid meeting."""
    out = run("Gubernur Lampung beraudiensi dengan Dirjen Tanaman Pangan di Kantor Kementerian Pertanian, Jakarta, Senin (9/3). "
              "Gubernur mengusulkan bantuan benih jagung hibrida untuk 40 ribu hektare.", published="2026-03-09")
    held = run("Gubernur memimpin rapat koordinasi penanganan DBD di ruang rapat utama, Selasa (13/1/2026). Rapat koordinasi "
               "tersebut digelar secara hibrida.", published="2026-01-13")
    assert (out["mode"], held["mode"]) == ("luring", "hibrid")


def test_a_meeting_held_online_is_daring_though_its_leader_sat_in_a_room():
    """'Dinkes menggelar rapat evaluasi ... secara daring ... Rapat dipimpin Kadinkes dari Ruang Rapat Dinkes, sedangkan
    seluruh peserta mengikuti melalui Zoom': online; 'berlangsung secara online dan offline' stays hybrid."""
    online = run("Dinas Kesehatan Provinsi Lampung menggelar rapat evaluasi capaian vaksinasi secara daring pada Rabu "
                 "(28/07/2021). Rapat dipimpin Kepala Dinas Kesehatan dari Ruang Rapat Dinas Kesehatan, sedangkan seluruh "
                 "peserta dari 15 kabupaten/kota mengikuti melalui Zoom Meeting dari kantor masing-masing.",
                 published="2021-07-28")
    both = run("Rapat Fasilitasi RKPD diselenggarakan di Ruang Rapat Bappeda, Selasa (15/6/2021). Rapat yang berlangsung "
               "secara online dan offline itu dibuka Direktur Perencanaan Kemendagri.", published="2021-06-15")
    assert (online["mode"], both["mode"]) == ("daring", "hibrid")


def test_a_meeting_moved_from_the_room_to_the_screen_is_daring():
    """'semula direncanakan tatap muka di Ruang Rapat ..., dialihkan menjadi rapat daring': online, not hybrid."""
    out = run("Rapat Evaluasi Realisasi APBD Triwulan I yang semula direncanakan tatap muka di Ruang Rapat Sakai Sambayan "
              "dialihkan menjadi rapat daring. Rapat tetap dijadwalkan besok, Selasa (14/4/2026).", published="2026-04-13")
    assert out["mode"] == "daring"


@pytest.mark.parametrize("lead", [
    # the regions join online a meeting led in a room here
    "Pemprov Lampung menggelar Rakor Pengendalian Inflasi di Ruang Rapat Sakai Sambayan, Senin (4/8/2025). Rakor kali ini "
    "dipimpin Asisten Bidang Perekonomian dan diikuti TPID kabupaten/kota secara daring.",
    "Rakor TPID digelar di Ruang Rapat Sekdaprov, Senin (4/8/2025). Rapat dipimpin langsung oleh Sekretaris Daerah Provinsi "
    "Lampung dan dihubungkan secara daring dengan tim pengendalian inflasi di 15 kabupaten/kota.",
    "Sekdaprov memimpin rakor TPID di Ruang Rapat Utama, Senin (4/8/2025). Rapat yang juga diikuti secara daring oleh tim "
    "pengendalian inflasi kabupaten/kota itu membahas harga pangan.",
    # present in the room said in other words, online by video
    "Gubernur membuka Rapat Terbatas di Ruang Rapat Utama, Senin (26/7/2021), yang diikuti unsur Forkopimda secara langsung "
    "serta bupati dan wali kota melalui konferensi video.",
    "Rakor TPID digelar di Gedung Pusiban, Senin (4/8/2025). Selain peserta yang hadir langsung, rakor juga diikuti TPID "
    "kabupaten/kota secara virtual melalui Zoom Meeting.",
    "Rapat TPID dipimpin Sekdaprov di Ruang Sakai Sambayan, Senin (4/8/2025), sedangkan TPID kabupaten/kota hadir melalui "
    "sambungan video.",
    # some of the participants, named at length, online
    "Pemkab menggelar konsultasi publik RDTR di Aula Rajabasa, Kalianda, Senin (4/8/2025). Sebagian peserta lain, termasuk "
    "perwakilan Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional (ATR/BPN), mengikuti secara daring melalui Zoom.",
])
def test_a_meeting_held_here_that_some_join_online_is_hibrid(lead):
    """The regions or some participants join online a meeting that sits in a room in Lampung."""
    assert run(lead, title="Rapat", published="2025-08-04")["mode"] == "hibrid"


def test_a_rakornas_named_with_a_village_cooperative_followed_from_here_stays_daring():
    """'mengikuti Rapat Koordinasi Nasional ... Koperasi Desa ... secara virtual di Ruang Rapat Sekdaprov': no region joins."""
    out = run("Asisten Perekonomian mewakili Sekdaprov mengikuti Rapat Koordinasi Nasional Percepatan Koperasi Desa/Kelurahan "
              "Merah Putih secara virtual di Ruang Rapat Sekdaprov, Kantor Gubernur Lampung, Senin (9/3/2026). Rakor kali ini "
              "dipimpin langsung Wakil Menteri Koperasi Faisal Anwar Rangkuti.", title="Asisten Ikuti Rakor Kopdes",
              published="2026-03-09")
    assert out["mode"] == "daring"


def test_the_mode_of_the_meeting_this_one_follows_up_is_not_its_own():
    """'Rapat ini menindaklanjuti rakor inflasi yang diikuti secara daring dari Kemendagri sehari sebelumnya'."""
    out = run("Pemkab Lampung Selatan menggelar rakor stabilisasi harga di Ruang Rapat Sekdakab, Kalianda, Selasa (25/2/2025). "
              "Rapat ini menindaklanjuti rakor pengendalian inflasi yang diikuti secara daring dari Kementerian Dalam Negeri "
              "sehari sebelumnya.", title="Pemkab Lamsel Rakor Stabilisasi Harga", published="2025-02-25")
    assert out["mode"] == "luring"


def test_some_members_following_online_a_meeting_held_in_a_room_here_make_it_hibrid():
    """'Rapat berlangsung di Ruang Rapat Banggar ... Sejumlah anggota TAPD ... mengikuti rapat secara virtual melalui Zoom'."""
    out = run("Banggar DPRD Kabupaten Lampung Selatan bersama TAPD menggelar rapat pembahasan Raperda APBD 2026, Rabu (19/11). "
              "Rapat berlangsung di Ruang Rapat Banggar DPRD Kabupaten Lampung Selatan. Sejumlah anggota TAPD, antara lain "
              "Kepala Bappeda dan Kepala BPKAD, mengikuti rapat secara virtual melalui Zoom Meeting.",
              title="Banggar dan TAPD Bahas Raperda APBD 2026", published="2025-11-19")
    assert out["mode"] == "hibrid"


def test_an_earlier_meeting_followed_online_that_morning_is_not_this_ones_mode():
    """'Sebelumnya pada pagi hari, Sekdaprov mengikuti Rakor ... yang digelar Kemendagri secara virtual ...'."""
    out = run("Pemerintah Provinsi Lampung kembali menggelar Rapat Koordinasi Pengendalian Inflasi Daerah, Senin (15/09/2025), "
              "di Ruang Rapat Utama Kantor Gubernur Lampung. Rakor kali ini dipimpin Sekretaris Daerah dan digelar secara tatap "
              "muka. Sebelumnya pada pagi hari, Sekdaprov mengikuti Rapat Koordinasi Pengendalian Inflasi yang digelar "
              "Kementerian Dalam Negeri secara virtual dari Command Center Diskominfotik.", title="Sekdaprov Pimpin Rakor Inflasi",
              published="2025-09-15")
    assert out["mode"] == "luring"


@pytest.mark.parametrize("text", [
    # who joined online told past the lead
    "Bappeda menggelar FGD penanggulangan kemiskinan, Senin (3/3/2025). FGD berlangsung di Ruang Rapat Alimuddin Umar. "
    "FGD dibuka Kepala Bappeda. Ia menyampaikan arah kebijakan. Data BPS dipaparkan. Akademisi memberi masukan. "
    "Peserta berdiskusi. FGD diikuti perangkat daerah, sementara Bappeda dari 15 kabupaten/kota mengikuti secara virtual.",
    # the regions named before their verb
    "Inspektorat menggelar rakor pengawasan di Ruang Rapat Inspektorat Provinsi Lampung, Senin (3/3/2025). Inspektorat "
    "dari 15 kabupaten/kota serta Kepala Satgas Korsup KPK bergabung secara daring.",
    # a hotel ballroom
    "Bappeda menggelar konsultasi publik di Ballroom Hotel Emersia, Senin (3/3/2025). Kegiatan juga diikuti secara daring "
    "oleh Bappeda kabupaten/kota melalui zoom meeting.",
])
def test_regions_joining_online_told_anywhere_make_a_meeting_held_here_hibrid(text):
    """Past the lead, before their verb, or in a ballroom: some joined online, the rest sat in the room."""
    assert run(text, title="Rapat", published="2025-03-03")["mode"] == "hibrid"


@pytest.mark.parametrize("text", [
    # a speaker gives directions online to a meeting held in a hotel here
    "Gubernur membuka Musrenbang RKPD Provinsi Lampung di Hotel Novotel, Rabu (23/4/2025). Musrenbang dihadiri kepala "
    "daerah kabupaten/kota. Pemerintah pusat, melalui Kementerian PPN/Bappenas, memberikan arahan secara virtual.",
    # ... told by contrast
    "Musrenbang dibuka Gubernur di Ballroom Hotel Novotel Lampung, Selasa (15/4/2025). Musrenbang diikuti bupati/wali "
    "kota, sementara Direktur Regional I Kementerian PPN/Bappenas memberikan arahan secara daring.",
    # an announcement's form field names the room; the meeting can also be followed online
    "Bappeda akan menyelenggarakan Konsultasi Publik Rancangan Awal RPJMD pada Kamis, 17-04-2025. Tempat : Gedung "
    "Pusiban, Kantor Gubernur Lampung. Kegiatan juga dapat diikuti secara daring melalui Zoom Meeting.",
], ids=["speaker online", "speaker online by contrast", "announced room, also online"])
def test_a_speaker_or_some_joining_online_a_meeting_in_a_room_here_make_it_hybrid(text):
    assert run(text, title="Musrenbang RKPD", published="2025-04-14")["mode"] == "hibrid"


def test_a_speaker_online_past_the_lead_is_read_but_not_what_the_speaker_presents():
    """'memberikan arahan secara virtual' says how a speaker joined; 'memaparkan ... sistem antrean daring' only what
    was presented."""
    from pipelines.extract.mode import joined_online
    assert joined_online("Pemerintah pusat, melalui Kementerian PPN/Bappenas, memberikan arahan secara virtual.")
    assert not joined_online("Direktur RSUD memaparkan rencana penambahan dokter spesialis dan sistem antrean daring.")


def test_an_online_way_denied_is_no_way_the_meeting_was_held():
    """'kita gelar tatap muka, ... hadir langsung, tidak lewat zoom': in person only."""
    out = run("Pemprov Lampung akan menggelar Musrenbang RKPD 2026 pada Rabu, 23 April 2025, di Balai Keratun. "
              "\"Musrenbang provinsi kita gelar tatap muka, seluruh bupati dan wali kota kita undang hadir langsung, "
              "tidak lewat zoom,\" kata Kepala Bappeda.", title="Pemprov Gelar Musrenbang", published="2025-04-14")
    assert out["mode"] == "luring"


@pytest.mark.parametrize("text", [
    "Paripurna LKPJ digelar di Gedung DPRD Lampung, Rabu (31/3/2021). Karena masih pandemi, hanya separuh anggota yang "
    "duduk di ruang sidang, sisanya hadir lewat aplikasi Zoom.",
    "Rapat paripurna digelar di Ruang Sidang DPRD, Rabu (31/3/2021). Rapat dihadiri 41 anggota secara fisik dan 24 "
    "anggota melalui aplikasi zoom meeting.",
    "Gubernur membuka Musrenbang RKPD di Ballroom Hotel Novotel, Selasa (11/4/2023). Direktur Perencanaan Kementerian "
    "Dalam Negeri dan perwakilan Bappenas mengikuti musrenbang secara virtual melalui Zoom Meeting.",
], ids=["the rest online", "in person said as 'secara fisik'", "the centre joins online"])
def test_some_in_the_room_and_the_rest_or_the_centre_online_is_hibrid(text):
    """Half in the room and the rest on Zoom, members 'secara fisik' and by Zoom, ministries joining online a meeting
    held in a room here: hibrid."""
    assert run(text, title="Rapat", published="2023-04-11")["mode"] == "hibrid"


@pytest.mark.parametrize("text", [
    "Sekdaprov menerima audiensi BPJS Ketenagakerjaan di ruang kerjanya, Kamis (11/9/2025). Audiensi membahas "
    "perlindungan pekerja rentan seperti petani, nelayan dan pengemudi ojek daring.",
    "Gubernur memimpin rapim di Ruang Rapat Utama, Senin (19/1/2026). Rapim digelar beberapa jam setelah Sekdaprov "
    "mengikuti rakor inflasi yang dipimpin Mendagri secara virtual pagi harinya.",
    "Wagub memimpin rapat pimpinan di Ruang Rapat Utama, Senin (30/3/2020). Pada saat bersamaan, Gubernur mengikuti "
    "rapat terbatas melalui konferensi video bersama Presiden dari Rumah Dinas Gubernur.",
], ids=["a service called online", "held after another meeting", "another meeting at the same time"])
def test_an_online_word_of_a_service_or_of_another_meeting_is_not_this_ones_mode(text):
    """'ojek daring' is a service; a meeting held hours after, or at the same time as, one followed online is in person."""
    assert run(text, title="Rapat", published="2026-01-19")["mode"] == "luring"


@pytest.mark.parametrize("text", [
    "Paripurna istimewa digelar di Ruang Sidang DPRD Provinsi Lampung, Senin (18/3/2024). Rapat paripurna ini juga "
    "disiarkan secara langsung melalui kanal YouTube DPRD sehingga masyarakat dapat menyaksikannya secara daring.",
    "Gubernur memimpin rapat di Ruang Rapat Utama, Rabu (5/3/2025). Gubernur juga meminta perangkat daerah mengurangi "
    "rapat di hotel dan memaksimalkan pertemuan secara daring.",
    "Rapim DPRD digelar di Ruang Rapat Pimpinan, Senin (4/8/2025). Rapim juga menetapkan agenda rapat paripurna "
    "mendengarkan pidato kenegaraan Presiden secara virtual pada 15 Agustus 2025.",
], ids=["a broadcast", "advice", "an agenda set"])
def test_an_online_way_of_a_broadcast_advice_or_an_agenda_is_not_this_meetings(text):
    """Watching a livestream, being asked to meet online, scheduling another meeting online: the meeting was in person."""
    assert run(text, title="Rapat", published="2025-03-05")["mode"] == "luring"


def test_every_participant_joining_from_their_own_office_is_wholly_online():
    """'seluruh peserta mengikuti dari kantor masing-masing melalui aplikasi video conference', a speaker online too:
    daring, not hibrid."""
    out = run("Gubernur membuka Musrenbang RKPD Provinsi Lampung secara virtual, Selasa (14/4/2020). Seluruh peserta "
              "mengikuti dari kantor masing-masing melalui aplikasi video conference. Dirjen Bina Pembangunan Daerah turut "
              "memberikan arahan secara daring.", title="Musrenbang Virtual", published="2020-04-14")
    assert out["mode"] == "daring"


@pytest.mark.parametrize("text", [
    "Komisi V menggelar rapat dengar pendapat di Gedung DPRD Lampung, Senin (3/8/2020). Tiga direktur rumah sakit di "
    "antaranya tidak datang ke gedung dewan dan mengikuti rapat lewat konferensi video.",
    "Komisi V menggelar rapat dengar pendapat di Gedung DPRD Lampung, Senin (3/8/2020). Dua anggota komisi tidak datang "
    "ke gedung dewan, melainkan bergabung lewat konferensi video.",
    "Gubernur membuka Musrenbang RKPD di Swiss-Belhotel, Bandar Lampung, Rabu (16/4/2025). Musrenbang juga diikuti "
    "secara virtual oleh Bappeda kabupaten/kota melalui Zoom.",
], ids=["directors online", "members who did not come joined online", "a hotel named in one word"])
def test_some_who_did_not_come_joining_online_or_regions_online_at_a_hotel_make_it_hibrid(text):
    """Those who did not come joined by video while the rest sat in the building; a hotel's one-word name is a room here."""
    assert run(text, title="Rapat", published="2025-05-15")["mode"] == "hibrid"


def test_regions_online_beside_a_national_agencys_provincial_office_is_hibrid():
    """'Badan Gizi Nasional' at the table is the centre's office in the province: the governor's rakor in a room with
    the regents following online stays hibrid (a national body's name makes no meeting national)."""
    out = run("Gubernur Lampung memimpin rapat koordinasi percepatan pembangunan dapur gizi di Ruang Rapat Utama Kantor "
              "Gubernur, Selasa (9/9/2025). Rakor diikuti Koordinator Wilayah Badan Gizi Nasional Provinsi Lampung. "
              "Bupati dan wali kota se-Provinsi Lampung mengikuti rapat secara virtual.")
    assert out["mode"] == "hibrid"


def test_attended_by_some_and_followed_online_by_others_is_hibrid():
    """'dihadiri unsur Forkopimda ..., serta diikuti pula secara daring oleh perwakilan Bappenas': both ways at once."""
    from pipelines.extract.mode import mode
    assert mode(["Musrenbang dibuka Gubernur Lampung di Bandar Lampung, Selasa.",
                 "Musrenbang dihadiri unsur Forkopimda dan DPRD, serta diikuti pula secara daring oleh perwakilan "
                 "Kementerian PPN/Bappenas."], True) == "hibrid"


def test_a_few_in_the_room_and_the_rest_online_is_not_fully_online():
    """'digelar dengan jumlah anggota terbatas di ruangan, sebagian anggota lainnya hadir secara virtual': hibrid."""
    from pipelines.extract.mode import mode
    assert mode(["Paripurna digelar dengan jumlah anggota terbatas di ruangan, sebagian anggota dewan lainnya hadir "
                 "secara virtual dari ruang fraksi."], True) == "hibrid"


@pytest.mark.parametrize("sentence", [
    "Penerapan tiket daring dinilai berhasil mengurai antrean di pelabuhan.",
    '"Masyarakat saya imbau bersabar, silaturahmi bisa dilakukan secara virtual," kata Gubernur.',
])
def test_online_tickets_and_advice_to_meet_online_are_not_the_meetings_way(sentence):
    """An online ticket is a service and advice to visit online is advice: the rapat itself met in person."""
    from pipelines.extract.mode import mode
    assert mode(["Rapat evaluasi angkutan Lebaran digelar di Aula Dinas Perhubungan, Jumat (11/4/2025).", sentence],
                True) == "luring"


@pytest.mark.parametrize("sentence", [
    "Komisi V meminta rumah sakit membuka antrean daring bagi pasien BPJS.",
    "Masyarakat dapat menyampaikan masukan melalui formulir daring hingga akhir bulan.",
    "Peserta wajib mendaftar secara online dengan memindai barcode di pintu masuk.",
    '"Lisensi Zoom, server dan domain kita kelola terpusat," kata Kepala Dinas.',
    "Ruang command center yang biasanya dipakai untuk rapat virtual itu kali ini penuh peserta.",
])
def test_queues_forms_registration_licences_and_a_rooms_usual_use_are_not_the_meetings_way(sentence):
    """An online queue, form, sign-up or licence, or what a room is usually used for, says nothing of this meeting."""
    from pipelines.extract.mode import mode
    assert mode(["Rapat evaluasi digelar di Ruang Command Center Diskominfotik, Jumat (18/10/2024).", sentence],
                True) == "luring"


def test_a_meeting_following_up_anothers_directive_does_not_take_its_online_way():
    """'Rakor tersebut menindaklanjuti arahan Sekjen Kemendagri dalam Rakor ... yang diikuti secara virtual': that
    other rakor was online, this one sat in a room."""
    from pipelines.extract.mode import mode
    assert mode(["Sekdaprov memimpin rakor TPID kabupaten/kota di Ruang Rapat Sekda, Jumat (26/7/2024).",
                 "Rakor tersebut menindaklanjuti arahan Sekjen Kemendagri dalam Rakor Pengendalian Inflasi yang diikuti "
                 "Pemprov Lampung secara virtual pada Senin (22/7/2024)."], True) == "luring"


def test_in_person_only_as_the_first_plan_is_not_hybrid():
    """'Rapat melalui aplikasi Zoom itu semula akan dilaksanakan tatap muka di gedung dewan, namun batal': online."""
    from pipelines.extract.mode import mode
    assert mode(["Hal itu terungkap dalam rapat kerja komisi yang digelar secara virtual, Rabu lalu.",
                 "Rapat melalui aplikasi Zoom itu semula akan dilaksanakan tatap muka di gedung dewan, namun batal."],
                True) == "daring"


def test_one_joining_by_video_link_past_the_lead_makes_a_room_meeting_hibrid():
    """'Wali Kota ... mengikuti rapat melalui sambungan video dari posko banjir': she joined by video, the rest sat
    in the room."""
    out = run("Pj Gubernur Lampung Samsudin menggelar rapat terbatas penanganan banjir di Mahan Agung, Sabtu (18/1/2025).\n"
              "Rapat dihadiri Sekdaprov, Kepala BPBD dan Kepala Dinas Sosial.\n"
              "Banjir merendam 12 kecamatan sejak Jumat malam.\n"
              "Ribuan warga mengungsi ke masjid dan sekolah.\n"
              "BPBD mendirikan enam posko pengungsian.\n"
              "Dinas Sosial menyiapkan dapur umum di tiap posko.\n"
              "Wali Kota Bandar Lampung Eva Dwiana mengikuti rapat melalui sambungan video dari posko banjir di Telukbetung.",
              title="Pj Gubernur Instruksikan OPD Siaga Banjir", published="2025-01-18")
    assert out["mode"] == "hibrid"


@pytest.mark.parametrize("verb", ["digelar", "diadakan", "diselenggarakan", "dilaksanakan"])
def test_a_national_meeting_held_by_a_ministry_in_any_verb_is_followed_online(verb):
    """'rapat koordinasi ... yang diadakan Kementerian Dalam Negeri', followed from a room here, is daring."""
    out = run(f"Pemprov Lampung mengikuti rapat koordinasi pengendalian inflasi daerah yang {verb} Kementerian Dalam "
              "Negeri, Senin (17/3/2025). Rakor diikuti dari Ruang Rapat Sekdaprov Lampung.", published="2025-03-17")
    assert out["mode"] == "daring"


def test_a_contrast_after_a_titled_name_still_splits_the_room_from_those_online():
    """'Rakor yang dipimpin ... H. Marindo Kurniawan, S.H., M.H. itu dihadiri BI, sementara kabupaten/kota mengikutinya
    secara virtual': the titles' stops do not end the sentence the contrast is read in."""
    out = run("BANDAR LAMPUNG - Kepala Dinas KPTPH Rika Anggraini hadir di sela rapat koordinasi pengendalian inflasi di "
              "Kantor Gubernur Lampung, Selasa (11/3/2025). Rakor yang dipimpin Sekretaris Daerah Provinsi Lampung H. "
              "Marindo Kurniawan, S.H., M.H. itu dihadiri Bank Indonesia, BPS dan Bulog, sementara pemerintah "
              "kabupaten/kota mengikutinya secara virtual.", title="Rakor Inflasi", published="2025-03-11")
    assert out["mode"] == "hibrid"


def test_a_meeting_also_followed_online_is_hybrid():
    """'Musrenbang ... itu juga diikuti peserta secara daring melalui Zoom Meeting': some in the room, others online."""
    out = run("Staf Ahli Gubernur Ganjar Jationo membuka Musrenbang RPJMD Lampung Tengah di Ruang Subing Sekretariat "
              "Daerah, Gunung Sugih, Kamis (8/5/2025). Musrenbang yang digelar Pemerintah Kabupaten Lampung Tengah itu juga "
              "diikuti peserta secara daring melalui Zoom Meeting.", "Buka Musrenbang RPJMD Lampung Tengah",
              published="2025-05-08")
    assert out["mode"] == "hibrid"


@pytest.mark.parametrize("text", [
    # the crossing's tickets
    "Gubernur menggelar rapat terbatas bersama Forkopimda dan PT ASDP membahas kesiapan arus mudik di Mahan Agung, Rabu "
    "(12/4/2023) malam. General Manager PT ASDP menyampaikan pihaknya menyiapkan 56 kapal serta mewajibkan pembelian "
    "tiket secara daring melalui aplikasi Ferizy.",
    # the age
    "LAMPUNG – Di zaman serba daring ini, loading yang lambat bisa menjegal pelayanan publik. Sekda Marindo Kurniawan "
    "membuka Rapat Koordinasi Kominfotik se-Lampung di Hotel Novotel, Kamis (6/3/2025).",
])
def test_buying_online_or_an_age_all_online_is_not_how_the_meeting_was_held(text):
    """'mewajibkan pembelian tiket secara daring', 'Di zaman serba daring ini': not the meeting's way."""
    assert run(text, "Rapat", published="2025-03-06")["mode"] == "luring"


def test_a_representative_who_followed_online_makes_no_hybrid():
    """'Pemprov Lampung diwakili Plt Karo Perekonomian, Rinvayanti, yang mengikuti rakor secara virtual': how she
    followed the national rakor from Lampung (online), not a part of those present."""
    out = run("Harga cabai dibahas dalam Rapat Koordinasi Pengendalian Inflasi Daerah yang diikuti Pemerintah Provinsi "
              "Lampung dari Ruang Command Center Dinas Kominfotik, Senin (20/3/2023). Pemprov Lampung diwakili Plt Karo "
              "Perekonomian, Rinvayanti, yang mengikuti rakor secara virtual bersama perwakilan perangkat daerah terkait.",
              title="Plt Karo Perekonomian Ikuti Rakor Pengendalian Inflasi", published="2023-03-20")
    assert out["mode"] == "daring"


@pytest.mark.parametrize("text, expected", [
    ("Sekdaprov memimpin rapat koordinasi persiapan kunjungan kerja Presiden di Ruang Rapat Sakai Sambayan, Senin (8/7). "
     "Rapat tersebut tidak digelar tatap muka, melainkan lewat sambungan virtual dengan para pihak terkait.", "daring"),
    ("Rakor Pengendalian Inflasi Daerah digelar Kementerian Dalam Negeri dalam jaringan, Senin (6/10/2025), diikuti "
     "Pemprov Lampung dari Ruang Command Center.", "daring"),
    ("Rakor digelar di ruang OR Pemkot Metro dengan peserta terbatas, Senin (3/5). Camat dan lurah tidak datang langsung, "
     "melainkan bergabung lewat sambungan video.", "hibrid"),
    ("Pejabat Pemprov Lampung, Bappeda, dan BPKAD duduk di ruangan rapat, Kamis (4/12). Tim JSC tidak datang ke Bandar "
     "Lampung, melainkan menyambung dari jauh lewat Zoom Meeting.", "hibrid"),
])
def test_online_told_in_other_words_and_a_meeting_denied_in_person(text, expected):
    """'tidak digelar tatap muka, melainkan ... virtual' and 'dalam jaringan' are online; some who 'tidak datang ...,
    melainkan menyambung lewat Zoom' beside people in the room make it hybrid."""
    assert run(text, title="Rapat Koordinasi", published="2025-10-06")["mode"] == expected


def test_a_contrast_opening_the_next_sentence_makes_it_hybrid():
    """'... tim pengembang itu bergabung secara virtual lewat Zoom Meeting ... . Sementara itu, jajaran Pemprov berkumpul
    langsung di Ruang Kerja Sekdaprov.'"""
    from pipelines.extract.mode import mode
    assert mode(["Dari Jakarta, tim pengembang itu bergabung secara virtual lewat Zoom Meeting dalam evaluasi Aplikasi "
                 "Lampung-In, Kamis, 4 Desember 2025. Sementara itu, jajaran Pemerintah Provinsi Lampung berkumpul "
                 "langsung di Ruang Kerja Sekdaprov."], True) == "hibrid"


def test_a_team_joining_online_after_a_comma_beside_the_room_is_hybrid():
    """'Peserta rapat terdiri atas: - Bappeda; - BPKAD; - Tim JSC, yang bergabung secara virtual lewat Zoom Meeting.'"""
    from pipelines.extract.mode import mode
    assert mode(["Sekdaprov memimpin langsung pertemuan tersebut di Ruang Rapat Sekdaprov. Peserta rapat terdiri atas: "
                 "Bappeda; BPKAD; Tim JSC, yang bergabung secara virtual lewat Zoom Meeting."], True) == "hibrid"


def test_a_relative_clause_past_the_lead_saying_how_it_was_held():
    """'Rapat yang digelar secara daring dan luring sekaligus itu dibuka ...', told after the lead: hybrid."""
    out = run("Kemendagri menelisik RKPD Lampung 2022. Kepala Bappeda Mulyadi Irsan memaparkan program prioritas. Ia menyebut "
              "sejumlah proyek strategis. \"Kami siap,\" kata Mulyadi. Paparan itu disampaikan dalam Rapat Fasilitasi "
              "Rancangan Akhir RKPD Provinsi Lampung di Ruang Rapat Bappeda, Selasa (15/6/2021). Kemendagri mencatat "
              "konsistensi program. Rapat yang digelar secara daring dan luring sekaligus itu dibuka langsung oleh Nyoto "
              "Suwignyo.", title="Kemendagri Telisik RKPD Lampung 2022", published=None)
    assert out["mode"] == "hibrid"


def test_a_national_meeting_centred_in_jakarta_and_followed_from_a_room_here():
    """'... mengikuti Rapat Koordinasi ... secara virtual dari Ruang Rapat Pesagi Setdakab ... . Acara intinya sendiri
    dipusatkan di Kantor Kementerian Dalam Negeri (Kemendagri) RI di Jakarta, sementara pemerintah daerah se-Indonesia
    terhubung lewat sambungan video.': the ministry's room is no room here (not hybrid), and the meeting sat, for this
    report, in the room it was followed from (not in Jakarta)."""
    out = run("LIWA – Pemerintah Kabupaten Lampung Barat mengikuti Rapat Koordinasi Pengendalian Inflasi Daerah Tahun 2022 secara "
              "virtual dari Ruang Rapat Pesagi Setdakab, Selasa (30/8/2022). Acara intinya sendiri dipusatkan di Kantor "
              "Kementerian Dalam Negeri (Kemendagri) RI di Jakarta, sementara pemerintah daerah se-Indonesia terhubung lewat "
              "sambungan video.", title="Wabup Ikuti Rakor Inflasi Daerah Secara Virtual dari Ruang Pesagi", published=None)
    assert out["mode"] == "daring" and out["city"] == "Kabupaten Lampung Barat"


def test_a_national_meeting_followed_from_here_stays_online_when_others_join_virtually():
    """'Rakor tersebut diikuti Sekretaris Daerah ... dari Ruang Command Center ..., jajaran Kementerian Dalam Negeri, serta
    para kepala daerah ... se-Indonesia yang terhubung secara virtual.': everyone of a national meeting led by the minister
    followed it online; 'yang terhubung secara virtual' sets no one in a room beside them."""
    out = run("BANDAR LAMPUNG – Sekretaris Daerah Provinsi Lampung Fahrizal Darminto mengikuti Rapat Pengendalian Inflasi Daerah "
              "dari Ruang Command Center Dinas Kominfotik, Senin (10/4/2023). Rakor itu dibuka dan dipimpin langsung oleh "
              "Menteri Dalam Negeri Tito Karnavian. Rakor tersebut diikuti Sekretaris Daerah bersama jajaran Pemprov Lampung "
              "dari Ruang Command Center, jajaran Kementerian Dalam Negeri, serta para kepala daerah se-Indonesia yang terhubung "
              "secara virtual.", title="Sekdaprov Ikuti Rakor Inflasi", published="2023-04-10")
    assert out["mode"] == "daring"


def test_regions_joined_virtually_beside_those_present_make_it_hybrid():
    """'Rapat dihadiri X, Y, serta perwakilan pemerintah kabupaten/kota yang tergabung secara virtual' in a room: some
    present, some online."""
    out = run("INILAMPUNG.COM, Bandarlampung - Asisten II Setdaprov Lampung Hendra Saputra Nasution memimpin rapat evaluasi "
              "program MBG di Ruang Rapat Asisten II, Kantor Gubernur Lampung, Kamis (18/9/2025).\nRapat dihadiri "
              "Koordinator Wilayah BGN Provinsi Lampung Arief Wibisono, Kepala Dinas Kesehatan Provinsi Lampung dr. Endang "
              "Purnamasari, serta perwakilan pemerintah kabupaten/kota yang tergabung secara virtual.",
              title="Asisten II Pimpin Rapat Evaluasi MBG", published="2025-09-18")
    assert out["mode"] == "hibrid"


def test_a_membership_named_online_is_no_way_of_meeting():
    """'pengemudi ojek online yang tergabung dalam Aliansi Pengemudi Online': who they are, not how they joined."""
    out = run("Bandar Lampung - Ketua DPRD menerima audiensi perwakilan pengemudi ojek online yang tergabung dalam Aliansi "
              "Pengemudi Online Lampung di Ruang Rapat Ketua DPRD Provinsi Lampung, Senin (5/5/2025).",
              title="Ketua DPRD Terima Audiensi Pengemudi Ojol", published="2025-05-05")
    assert out["mode"] == "luring"


def test_an_online_meeting_followed_shortly_before_is_not_this_one_s_way():
    """'Rapat lanjutan itu digelar di Ruang Rapat Sekda ..., tak lama setelah Marindo mengikuti rakor virtual ...': the
    online meeting came before; this one sat in the room."""
    out = run("SuaraLampung.id - Sekretaris Daerah Provinsi Lampung Marindo Kurniawan mengumpulkan sejumlah OPD untuk rapat "
              "koordinasi penyaluran beras SPHP, Senin (1/9/2025).\nRapat lanjutan itu digelar di Ruang Rapat Sekda Provinsi "
              "Lampung, tak lama setelah Marindo mengikuti rakor virtual yang digelar Badan Pangan Nasional.",
              title="Sekda Gelar Rapat Lanjutan soal Beras SPHP", published="2025-09-01")
    assert out["mode"] == "luring"


def test_online_meetings_planned_for_next_week_set_no_mode():
    """'Pekan depan, Pemprov dijadwalkan mengikuti sejumlah rapat koordinasi nasional secara virtual': a later moment; the
    audience the round-up leads with sat in the governor's office."""
    out = run("Bandar Lampung - Gubernur Lampung Rahmat Mirzani Djausal menerima audiensi jajaran KAI Divre IV Tanjungkarang "
              "di ruang kerja Gubernur, Senin (24/11/2025).\nPekan depan, Pemprov dijadwalkan mengikuti sejumlah rapat "
              "koordinasi nasional secara virtual.", title="Sepekan Pemprov Lampung: Gubernur Terima Audiensi KAI Divre IV",
              published="2025-11-29")
    assert out["mode"] == "luring"


def test_those_present_and_those_online_told_far_apart_make_it_hybrid():
    """'Kegiatan diikuti secara luring oleh perangkat daerah ..., BPS ... dan akademisi ..., serta secara daring oleh
    Bappeda kabupaten/kota': a long list between the two ways."""
    out = run("Bandar Lampung - Bappeda Provinsi Lampung menggelar FGD Penyusunan RAD Penanggulangan Kemiskinan di Ruang Rapat "
              "Utama Bappeda, Kamis (21/8/2025).\nKegiatan diikuti secara luring oleh perangkat daerah anggota Tim Koordinasi "
              "Penanggulangan Kemiskinan (TKPK) Provinsi Lampung, BPS Provinsi Lampung dan akademisi Universitas Lampung, "
              "serta secara daring oleh Bappeda kabupaten/kota se-Provinsi Lampung.", title="Bappeda Gelar FGD RAD-PK",
              published="2025-08-21")
    assert out["mode"] == "hibrid"


def test_some_in_the_room_and_the_rest_online_outweighs_held_virtually():
    """'... digelar secara virtual.' then 'Sebagian anggota dewan hadir di Ruang Sidang ..., sementara sebagian lainnya
    mengikuti dari rumah masing-masing melalui aplikasi Zoom.': both ways, said outright: hybrid."""
    out = run("BANDAR LAMPUNG (Teraslampung.com) — Rapat Paripurna DPRD Provinsi Lampung, Senin (4/5/2020), digelar secara "
              "virtual.\nSebagian anggota dewan hadir di Ruang Sidang Paripurna DPRD Lampung dengan kursi yang diatur "
              "berjarak, sementara sebagian lainnya mengikuti dari rumah masing-masing melalui aplikasi Zoom.",
              title="Paripurna DPRD Lampung Digelar Virtual", published="2020-05-04")
    assert out["mode"] == "hibrid"


def test_a_leader_leading_online_while_the_others_sit_in_the_room_is_hybrid():
    """'Gubernur Mirza memimpin rapim secara virtual melalui zoom meeting. Sedangkan Wakil Gubernur ... hadir langsung di
    Ruang Rapat Sakai Sambayan': hybrid."""
    out = run("INILAMPUNG.COM, Bandarlampung - Gubernur Lampung Rahmat Mirzani Djausal tetap memimpin rapat pimpinan (rapim) "
              "Pemprov Lampung, Senin (2/6/2025) pagi.\nGubernur Mirza memimpin rapim secara virtual melalui zoom meeting. "
              "Sedangkan Wakil Gubernur Jihan Nurlela dan seluruh kepala OPD hadir langsung di Ruang Rapat Sakai Sambayan, "
              "Kantor Gubernur Lampung.", title="Dari Jakarta, Gubernur Mirza Pimpin Rapim Virtual", published="2025-06-02")
    assert out["mode"] == "hibrid"


def test_a_leader_joining_by_video_to_give_directions_makes_a_hybrid():
    """'... memimpin rapim di Ruang Rapat Utama ...' and 'gubernur sempat bergabung melalui sambungan video di awal rapat
    untuk memberikan arahan': one joined online a meeting held in a room."""
    out = run("BANDAR LAMPUNG (Lampost.co) -- Wakil Gubernur Lampung Jihan Nurlela memimpin rapat pimpinan (rapim) Pemerintah "
              "Provinsi Lampung di Ruang Rapat Utama Kantor Gubernur Lampung, Senin (5/5).\nJihan memimpin rapim mewakili "
              "Gubernur yang sedang menghadiri agenda di Jakarta. Meski demikian, gubernur sempat bergabung melalui sambungan "
              "video di awal rapat untuk memberikan arahan.", title="Wagub Jihan Pimpin Rapim Pemprov Lampung",
              published="2025-05-05")
    assert out["mode"] == "hibrid"


def test_regencies_that_took_part_online_past_the_lead_make_it_hybrid():
    """'Sementara kepala daerah ... dari 15 kabupaten/kota ikut secara daring': some joined online, the rest sat in the room."""
    out = run("Bandarlampung, Kupastuntas.co - Sebanyak 87 desa di 11 kabupaten/kota di Provinsi Lampung masuk kategori rawan "
              "banjir menjelang puncak musim hujan.\nData tersebut dipaparkan Kepala BPBD Provinsi Lampung, Rudi Hartawan, "
              "saat rapat koordinasi kesiapsiagaan bencana di Kantor Gubernur Lampung, kemarin (10/11/2025).\n\"Paling "
              "banyak ada di Tanggamus. Daerah-daerah ini punya riwayat banjir bandang,\" jelasnya.\nMenurut Rudi, BPBD telah "
              "menyiagakan 24 perahu karet. Pihaknya juga meminta BPBD kabupaten/kota memperbarui data relawan.\nRakor yang "
              "dipimpin Wakil Gubernur Lampung Jihan Nurlela itu diikuti Korem 043/Gatam, Polda Lampung dan PMI. Sementara "
              "kepala daerah beserta jajaran BPBD dari 15 kabupaten/kota ikut secara daring.",
              title="87 Desa di Lampung Rawan Banjir dan Longsor, BPBD Siagakan Logistik", published="2025-11-11")
    assert out["mode"] == "hibrid"
