"""Who chairs the meeting: passive constructions, audience hosts, role-only chairs and short names."""

from datetime import date
from pathlib import Path

import pytest

from pipelines.extract import extract
from pipelines.extract.chair import chair
from pipelines.extract.people import complete, role_key
from tests.extract_support import run, run_recorded


def test_chair_named_only_by_role_resolves_to_holder_on_that_date():
    """'dipimpin Gubernur Lampung' without a name resolves to the governor in office on the meeting date."""
    before = run("Rapat pimpinan dipimpin Gubernur Lampung di Balai Keratun, Senin (3/6/2024).", published="2024-06-03")
    after = run("Rapat pimpinan dipimpin Gubernur Lampung di Balai Keratun, Senin (3/3/2025).", published="2025-03-03")
    assert before["chair"]["name"] == "Arinal Djunaidi"
    assert after["chair"]["name"] == "Rahmat Mirzani Djausal"
    assert before["meeting_type"] == "rapat_pimpinan"


def test_chair_from_dibuka_secara_resmi_oleh_passive():
    """'dibuka secara resmi oleh <role>, <name>' names the chair."""
    out = run("BANDAR LAMPUNG - Musrenbang RKPD Provinsi Lampung 2026 dibuka secara resmi oleh Wakil Gubernur Lampung, "
              "Jihan Nurlela, di Gedung Pusiban, Selasa (10/6).", title="Musrenbang Provinsi Dibuka", published="2025-06-11")
    assert out["meeting_type"] == "musrenbang" and out["chair"]["name"] == "Jihan Nurlela"


def test_chair_is_host_who_menerima_audiensi_end_to_end():
    """'<official> menerima audiensi ...' is an audiensi chaired by the host (whole article)."""
    out = run("Wakil Gubernur Lampung Jihan Nurlela menerima audiensi pengurus KONI Provinsi Lampung di Mahan "
              "Agung, Selasa (15/4). Pertemuan membahas persiapan atlet menuju PON.")
    assert out["meeting_type"] == "audiensi" and out["chair"]["name"] == "Jihan Nurlela"


def test_chair_is_host_who_menerima_audiensi_not_the_visitor():
    """'<host> menerima audiensi <visitor>' makes the host the chair, not the named visitor."""
    unit = "Bupati Way Kanan Ali Rahman menerima audiensi Ketua Ikatan Bidan Indonesia Kabupaten Way Kanan Sri Wahyuni di ruang kerjanya."
    assert chair([unit], date(2024, 5, 2), [], audience=True)["name"] == "Ali Rahman"


def test_chair_is_host_when_visitor_beraudiensi_dengan_host():
    """'<visitor> beraudiensi dengan <host>' still makes the host the chair."""
    unit = "Ketua Ikatan Bidan Indonesia Sri Wahyuni beraudiensi dengan Bupati Way Kanan Ali Rahman."
    assert chair([unit], date(2024, 5, 2), [], audience=True)["name"] == "Ali Rahman"


def test_chair_after_beraudiensi_secara_langsung_dengan_and_military_rank():
    """'beraudiensi secara langsung dengan <role> Letnan Jenderal TNI (Purn) <name>' names the host as chair."""
    out = run("JAKARTA - Gubernur Lampung Rahmat Mirzani Djausal beraudiensi secara langsung dengan Kepala Staf "
              "Kepresidenan RI Letnan Jenderal TNI (Purn) A.M Putranto di Gedung Bina Graha, Jakarta Pusat, Selasa (10/6).",
              title="Gubernur Audiensi ke KSP", published="2025-06-11")
    assert out["chair"]["name"] == "A.M Putranto"
    assert out["venue"].startswith("Gedung Bina Graha") and out["city"] == "Jakarta"


def test_short_chair_name_completed_from_fuller_form_in_article():
    """A short chair name ('Bupati Dawam') is completed from the fuller form in the same article, else kept."""
    known = [{"name": "M. Dawam Rahardjo", "role": "Bupati Lampung Timur", "person_id": None}]
    assert complete({"name": "Dawam", "role": "Bupati"}, known)["name"] == "M. Dawam Rahardjo"
    assert complete({"name": "Yusuf", "role": "Camat"}, known)["name"] == "Yusuf"  # no fuller form: kept


def test_short_office_completed_from_the_same_persons_fuller_office():
    """A headline's 'Bupati' becomes the 'Bupati Lampung Timur' the article gives the same person; another office stays."""
    known = [{"name": "M. Dawam Rahardjo", "role": "Bupati Lampung Timur", "person_id": None}]
    assert complete({"name": "Dawam", "role": "Bupati"}, known)["role"] == "Bupati Lampung Timur"
    assert complete({"name": "M. DAWAM RAHARDJO", "role": None}, known)["name"] == "M. Dawam Rahardjo"
    assert complete({"name": "Dawam", "role": "Ketua Tim"}, known)["role"] == "Ketua Tim"


def test_chair_short_form_in_title_resolved_to_full_name_in_text():
    """A short name in the title ('Bupati Rudi Buka Musrenbang') resolves to the full name in the text."""
    rec = {"id": "x", "url": "https://tanggamus.go.id/berita/x", "published": "2024-03-05",
           "title": "Bupati Rudi Buka Musrenbang Kecamatan",
           "text": "KOTAAGUNG - Bupati Tanggamus Rudi Hartono Saputra membuka Musrenbang RKPD di Aula Kecamatan Talang Padang, Selasa (5/3/2024)."}
    out = extract(rec)
    assert out["is_meeting"] and out["chair"]["name"] == "Rudi Hartono Saputra"


def test_chair_after_dipimpin_with_lower_case_role():
    """'dipimpin wakil ketua II DPRD ... <name>': a lower-case role after the lead verb is still a role."""
    out = run("Rapat kerja Badan Anggaran DPRD Tanggamus dipimpin wakil ketua II DPRD Tanggamus Joko Susanto di aula "
              "DPRD, Selasa (15/4/2025).")
    assert out["chair"]["name"] == "Joko Susanto"


def test_chair_bare_name_with_degrees_after_yang_dipimpin():
    """'Rapat yang dipimpin <Name>, S.Sos., M.M, itu ...': a name without any role."""
    out = run("Rapat Paripurna DPRD Kota Metro digelar Senin (14/4/2025). Rapat yang dipimpin Dewi Anggraini, "
              "S.Sos., M.M, itu dihadiri Wali Kota Metro.")
    assert out["chair"]["name"] == "Dewi Anggraini"


def test_chair_subject_after_fronted_participle_clause():
    """'Saat memimpin rapat, <role> <name> menyampaikan ...': the subject follows the fronted clause."""
    unit = "Saat memimpin rapat, Kepala Biro Perekonomian Provinsi Lampung Budi Santosa menyampaikan arah kebijakan."
    assert chair([unit], date(2024, 5, 2), [])["name"] == "Budi Santosa"


def test_chair_between_speech_verb_and_lead_verb():
    """'ujar <name> seusai menggelar rapat koordinasi ...': the speaker convened the meeting."""
    known = [{"name": "Andi Wijaya", "role": "Kepala Dinas Perhubungan Provinsi Lampung"}]
    unit = "“Semua siap,” ujar Andi seusai menggelar rapat koordinasi angkutan lebaran di ruang rapat dinas."
    assert chair([unit], date(2024, 5, 2), known)["name"] == "Andi Wijaya"


def test_chair_role_alone_resolved_against_the_articles_people():
    """'dikemukakan Sekda ketika membuka rakor': the Sekda is the article's official holding that role."""
    known = [{"name": "Siti Rahma", "role": "Sekretaris Daerah Kabupaten Pesawaran"}]
    unit = "Hal tersebut dikemukakan Sekda ketika secara resmi membuka Rapat Koordinasi Camat se-Kabupaten Pesawaran."
    assert chair([unit], date(2024, 5, 2), known)["name"] == "Siti Rahma"


def test_chair_is_first_of_a_list_of_subjects():
    """'<A> (tengah), <B> (kiri), dan <C> (kanan) memimpin rakor': the first named leads."""
    unit = ("Gubernur Lampung Arinal Djunaidi (tengah), Ketua Bawaslu Lampung Fatikhatul Khoiriyah (kiri), dan Ketua "
            "KPU Lampung Erwan Bustami (kanan) memimpin Rapat Koordinasi Pilkada di Ruang Rapat Utama.")
    assert chair([unit], date(2020, 2, 7), [])["name"] == "Arinal Djunaidi"


def test_chair_from_selaku_pemimpin_rapat_further_down():
    """'<role> <name> selaku pemimpin Rapat Paripurna' in a later paragraph names the chair."""
    text = ("Rapat Paripurna DPRD Provinsi Lampung berlangsung singkat, Selasa (23/7/2024). Agenda rapat adalah pandangan "
            "umum fraksi. Fraksi-fraksi membacakan pandangannya. Sejumlah anggota hadir. Rapat berlangsung satu jam. "
            "Beberapa fraksi memberi catatan. Usulan itu lalu disampaikan ke forum oleh Wakil Ketua DPRD Lampung Rudi "
            "Hartono selaku pemimpin Rapat Paripurna.")
    assert run(text, published="2024-07-24")["chair"]["name"] == "Rudi Hartono"


def test_delegation_leader_is_not_the_chair():
    """'Rombongan ... yang dipimpin <X>, disambut <host>': in an audience the host chairs, not the visitors' leader."""
    unit = ("Rombongan TPID Kabupaten Mesuji yang dipimpin Staf Ahli Bupati Mesuji, Sakroni, disambut Bupati "
            "Lampung Barat Parosil Mabsus di ruang rapat Pesagi.")
    assert chair([unit], date(2023, 2, 24), [], audience=True)["name"] == "Parosil Mabsus"


def test_evident_head_when_no_one_is_said_to_lead():
    """No lead verb at all: the official who is the subject of the lead sentence heads the meeting."""
    unit = "Kepala Dinas Perhubungan Provinsi Lampung Bambang Sumbogo bersama Polda Lampung membahas rekayasa lalu lintas mudik."
    assert chair([unit], date(2024, 3, 20), [])["name"] == "Bambang Sumbogo"


def test_pronoun_before_the_lead_verb_is_the_articles_main_actor():
    """'Dalam kesempatan itu, beliau membuka rapat': beliau is the article's first-named official."""
    known = [{"name": "Marindo Kurniawan", "role": "Sekretaris Daerah Provinsi Lampung"},
             {"name": "Elvira Umihanni", "role": "Kepala Bappeda"}]
    unit = "Dalam kesempatan itu, beliau membuka rapat evaluasi capaian kinerja perangkat daerah."
    assert chair([unit], date(2025, 7, 1), known)["name"] == "Marindo Kurniawan"


def test_chair_under_di_bawah_pimpinan():
    """'rapat di bawah pimpinan <role> <name>' names the chair."""
    unit = "Rapat berlangsung di bawah pimpinan Wakil Ketua DPRD Lampung Kostiana di ruang Komisi."
    assert chair([unit], date(2024, 9, 9), [])["name"] == "Kostiana"


def test_chair_from_pimpinan_rapat_apposition():
    """'Pimpinan rapat, <name>, ...' names the chair."""
    unit = "Pimpinan sidang, Ketua DPRD Pesawaran Ahmad Rico Julian, menskors rapat selama 30 menit."
    assert chair([unit], date(2024, 9, 9), [])["name"] == "Ahmad Rico Julian"


def test_chair_from_dipimpinnya_is_the_sentences_subject():
    """'Dalam rapat yang dipimpinnya, <role> <name> menegaskan ...': -nya is the subject of the sentence."""
    unit = "Dalam rapat yang dipimpinnya, Bupati Tanggamus Moh. Saleh Asnawi menegaskan target penurunan stunting."
    assert chair([unit], date(2025, 5, 5), [])["name"] == "Moh. Saleh Asnawi"


def test_convener_from_passive_diselenggarakan_oleh():
    """'rakor yang diselenggarakan oleh <role> <name>' names who convened it when no one is said to lead."""
    unit = "Rakor yang diselenggarakan oleh Kepala Dinas Kesehatan Provinsi Lampung Edwin Rusli membahas imunisasi."
    assert chair([unit], date(2025, 5, 5), [])["name"] == "Edwin Rusli"


def test_audience_host_is_the_owner_of_the_room():
    """'beraudiensi ke ruang kerja <role>': the room's owner hosts the audience."""
    known = [{"name": "Marindo Kurniawan", "role": "Sekretaris Daerah Provinsi Lampung"}]
    unit = "Pengurus KONI Lampung beraudiensi ke ruang kerja Sekdaprov Lampung, Rabu (4/6/2025)."
    assert chair([unit], date(2025, 6, 4), known, audience=True)["name"] == "Marindo Kurniawan"


def test_known_chair_is_written_one_way():
    """'M. Ridho Ficardo' and 'Muhammad Ridho Ficardo' chair as the gazetteer's one spelling, so chairs group."""
    a = chair(["Rapat dipimpin Gubernur Lampung M. Ridho Ficardo di Balai Keratun."], date(2019, 1, 10), [])
    b = chair(["Rapat dipimpin Gubernur Lampung Muhammad Ridho Ficardo di Balai Keratun."], date(2019, 1, 10), [])
    assert a["name"] == b["name"]


def test_chair_after_a_fronted_predicate():
    """'Bertindak sebagai pimpinan sidang, <role> selaku <role>, <name>.'"""
    unit = ("Bertindak sebagai pimpinan sidang, Kepala Disnakertrans Provinsi Lampung selaku Ketua Dewan Pengupahan "
            "Provinsi, Hermansyah Wibisono.")
    assert chair([unit], date(2024, 11, 20), [])["name"] == "Hermansyah Wibisono"


def test_chair_named_before_its_apposition_and_relative_clause():
    """'<Name>, <role> yang memimpin jalannya rakor dari Jakarta, meminta ...'."""
    unit = ("Tomsi Tohir, Inspektur Jenderal Kementerian Dalam Negeri yang memimpin jalannya rakor dari Jakarta, "
            "meminta daerah bergerak.")
    assert chair([unit], date(2024, 10, 14), [])["name"] == "Tomsi Tohir"


def test_chair_named_before_yang_memimpin():
    """'<Name>, yang memimpin rapat selaku ketua Komisi III, ...'."""
    unit = "Handri Kurniawan, yang memimpin rapat selaku ketua Komisi III, meminta pengembang hadir."
    assert chair([unit], date(2025, 2, 3), [])["name"] == "Handri Kurniawan"


def test_chair_who_guides_the_meeting():
    """'<Name>, yang memandu rapat koordinasi ...' names who led it."""
    unit = "Arahan disampaikan Wakil Menteri Dalam Negeri Bima Arya Sugiarto, yang memandu rapat koordinasi secara daring."
    assert chair([unit], date(2025, 6, 2), [])["name"] == "Bima Arya Sugiarto"


def test_the_leader_beats_the_opener():
    """'dibuka secara resmi oleh Bupati X, dan dilanjutkan dipimpin Kepala Bappeda Y': Y led the meeting."""
    unit = ("Musrenbang dibuka secara resmi oleh Bupati Pesawaran Dendi Ramadhona, dan dilanjutkan dipimpin Kepala "
            "Bappeda Pesawaran, Zainal Fikri.")
    assert chair([unit], date(2024, 3, 5), [])["name"] == "Zainal Fikri"


def test_fronted_clause_with_several_commas():
    """'Saat memimpin rakor ... di Ruang Rapat Utama, Selasa (5/7/2022), Gubernur X meminta ...'."""
    unit = ("Saat memimpin rapat koordinasi penanganan PMK di Ruang Rapat Utama, Selasa (5/7/2022), Gubernur Lampung "
            "Arinal Djunaidi meminta bupati bergerak cepat.")
    assert chair([unit], date(2022, 7, 5), [])["name"] == "Arinal Djunaidi"


def test_the_represented_official_is_not_the_chair():
    """'<X>, mewakili Gubernur <Y> membuka sekaligus memimpin rapat': X chaired."""
    unit = ("Staf Ahli Gubernur Bidang Pemerintahan, Ahmad Jajuli Saleh, mewakili Gubernur Lampung Arinal Djunaidi "
            "membuka sekaligus memimpin rapat koordinasi.")
    assert chair([unit], date(2022, 7, 5), [])["name"] == "Ahmad Jajuli Saleh"


def test_a_team_in_the_meetings_name_is_no_delegation():
    """'Rapat Koordinasi Tim Percepatan ... yang dibuka X': X opened the meeting (no 'rombongan ... yang dibuka')."""
    out = run("Hal itu mengemuka dalam Rapat Koordinasi Tim Percepatan Penurunan Stunting (TPPS) yang dibuka Wakil "
              "Gubernur Lampung Jihan Nurlela di Gedung Pusiban, Selasa (8/7/2025).", title="Rapat TPPS Lampung")
    assert out["chair"]["name"] == "Jihan Nurlela"


@pytest.mark.parametrize("title, text, audience, expected", [
    ("Terima Kakanwil Imigrasi, Sekda Fredy Bahas Lahan", "Sekda Pemprov Lampung, Fredy, menerima kunjungan koordinasi "
     "sekaligus audiensi Kepala Kanwil Ditjen Imigrasi Lampung, Petrus Teguh Aprianto, di Kantor Gubernur Lampung, Rabu "
     "(12/2/2025).", True, "Fredy"),
    ("Pejabat Eselon II Dipanggil Gubernur", "Siang ini, Kamis (5/2/2026), seluruh pimpinan pejabat tinggi pratama "
     "dipanggil Gubernur Rahmat Mirzani Djausal ke Ruang Rapat Utama.", False, "Rahmat Mirzani Djausal"),
    ("Indeks Demokrasi Naik", "BANDAR LAMPUNG ---- Saat membuka Focus Group Discussion (FGD) Indeks Demokrasi Indonesia "
     "di Hotel Emersia pada Senin (22/4/2019), Pj. Sekretaris Daerah Provinsi Lampung Hamartoni Ahadis menyampaikan "
     "apresiasi.", False, "Hamartoni Ahadis"),
    ("Empat Raperda Disetujui dalam Paripurna", "DPRD Kota Metro menggelar Rapat Paripurna, Jumat (21/11/2025). Ria "
     "Hartini, S.Sos.,M.M, memimpin rapat tersebut.", False, "Ria Hartini"),
])
def test_chair_in_reworded_constructions(title, text, audience, expected):
    """The host before 'menerima ... audiensi Y', a passive convener ('dipanggil X'), a fronted clause after a
    dateline, a name with degrees before 'memimpin'."""
    assert run(text, title=title)["chair"]["name"] == expected


def test_a_role_alone_before_a_comma_in_a_headline_is_not_the_name_after_it():
    """'Diterima Menteri PUPR, Gubernur Arinal Usulkan ...': the minister hosted, not the governor."""
    out = run("Menteri PUPR Basuki Hadimuljono menerima langsung Gubernur Lampung Arinal Djunaidi di ruang kerja Menteri "
              "PUPR, Senin (24/8/2020).", title="Diterima Menteri PUPR, Gubernur Arinal Usulkan Delapan Ruas Jalan",
              published="2020-08-25")
    assert out["chair"]["name"] == "Basuki Hadimuljono"


@pytest.mark.parametrize("title, text, expected", [
    ("Pemprov Siapkan Kunjungan Jokowi", "Kalimat itu diucapkan Sekretaris Daerah Provinsi Lampung, Fahrizal Darminto, "
     "seusai rapat koordinasi persiapan kunjungan kerja Presiden Joko Widodo yang ia pimpin secara daring, Senin "
     "(8/7/2024).", "Fahrizal Darminto"),
    ("Skor IDI Lampung 72", "Bagi Pj. Sekretaris Daerah Provinsi Lampung Hamartoni Ahadis, angka itu sudah memadai. "
     "Apresiasi itu ia sampaikan saat membuka FGD Indeks Demokrasi Indonesia, Senin (22/4/2019).", "Hamartoni Ahadis"),
    ("Banggar Minta e-Pokir Diprioritaskan", "Peringatan itu dilontarkan Wakil Ketua II DPRD Lampung Selatan Agus "
     "Sutanto. Hal itu mengemuka dalam Rapat Kerja Banggar bersama TAPD, yang dipimpin langsung oleh Wakil Ketua II "
     "tersebut, Senin (12/9/2022).", "Agus Sutanto"),
    ("Empat Raperda Disetujui", "Persetujuan diambil dalam Rapat Paripurna DPRD Kota Metro, dengan Ria Hartini, S.Sos., "
     "M.M. selaku pimpinan rapat, Jumat (21/11/2025).", "Ria Hartini"),
    ("Dua Belas Lembaga Diundang FGD", "Mereka diundang BPKAD ke sebuah Focus Group Discussion (FGD). Undangan FGD itu "
     "diteken Plt. Kepala BPKAD Provinsi Lampung, Nurul Fajri, S.Sos., M.T. FGD dijadwalkan berlangsung Senin (24/11).",
     "Nurul Fajri"),
])
def test_chair_told_by_pronoun_role_again_selaku_or_invitation(title, text, expected):
    """'yang ia pimpin', 'ia sampaikan saat membuka', 'oleh Wakil Ketua II tersebut', 'X, degrees selaku pimpinan
    rapat', the signer of the invitation of an announced meeting."""
    assert run(text, title=title, published="2025-11-20")["chair"]["name"] == expected


@pytest.mark.parametrize("title, text, expected", [
    ("Gubernur Buka Musrenbang Provinsi", "Gubernur Lampung Rahmat Mirzani Djausal menyebut perencanaan harus terukur. "
     "Orang nomor satu di Lampung itu secara resmi membuka Musrenbang Provinsi Lampung Tahun 2025, Rabu (7/5/2025).",
     "Rahmat Mirzani Djausal"),
    ("Musrenbang Dibuka", "Wakil Gubernur Jihan Nurlela berbicara di hadapan peserta Musrenbang Tahun 2025, forum yang "
     "dibuka sendiri olehnya, Rabu (7/5/2025).", "Jihan Nurlela"),
    ("Paripurna DPRD Bandar Lampung", "Ketua DPRD Bandar Lampung, Bernas Yuniarta, bertindak selaku pimpinan sidang, "
     "dan Wali Kota Bandar Lampung, Eva Dwiana, turut hadir dalam rapat paripurna, Senin (8/9/2025).", "Bernas Yuniarta"),
    ("Rakortas Pilkada", "Saat memimpin Rapat Koordinasi Terbatas Pemprov Lampung, KPU, Bawaslu, dan unsur Muspida, "
     "Gubernur Lampung Arinal Djunaidi memutuskan rakor digelar secara rutin, Jumat (7/2/2020).", "Arinal Djunaidi"),
])
def test_chair_by_epithet_olehnya_selaku_clause_and_a_fronted_list(title, text, expected):
    """'orang nomor satu di Lampung itu membuka', 'dibuka sendiri olehnya', 'X bertindak selaku pimpinan sidang, dan Y
    turut hadir', 'Saat memimpin rakor A, B, C, dan D, X ...'."""
    assert run(text, title=title, published="2025-09-09")["chair"]["name"] == expected


def test_a_ministers_short_title_is_the_minister_named_before():
    out = run("Gubernur Arinal Djunaidi tersambung melalui konferensi video dengan Menteri Dalam Negeri (Mendagri) Muhammad "
              "Tito Karnavian, Rabu (8/2/2023). Mendagri memimpin Rapat Koordinasi Pengendalian Inflasi tersebut.",
              title="Arinal Minta Kabupaten Jaga Inflasi", published="2023-02-08")
    assert out["chair"]["name"] == "Muhammad Tito Karnavian"


def test_the_opener_named_in_a_speech_tag_with_words_between():
    out = run("Gubernur Lampung Rahmat Mirzani Djausal meminta usulan difokuskan. Penegasan itu disampaikan Gubernur saat "
              "memberikan sambutan sekaligus membuka Musrenbang Tahun 2025, Rabu (7/5/2025).", title="Musrenbang 2025")
    assert out["chair"]["name"] == "Rahmat Mirzani Djausal"


def test_a_companion_named_first_is_not_the_chair():
    """'Didampingi Asisten II Kusnardi, Sekdaprov X memimpin rakor': the one who came along did not lead."""
    out = run("Didampingi Asisten II Kusnardi, Sekdaprov Lampung Marindo Kurniawan memimpin rapat koordinasi pengendalian "
              "inflasi di Ruang Rapat Utama, Senin (14/4/2025).", title="Rakor Inflasi", published="2025-04-14")
    assert out["chair"]["name"] == "Marindo Kurniawan"


def test_a_companion_named_first_after_a_dateline_is_not_the_chair():
    """'BANDAR LAMPUNG - Didampingi Y, X memimpin rakor': the dateline before the fronted clause changes nothing."""
    out = run("BANDAR LAMPUNG - Didampingi Kepala BPS Provinsi Lampung Atqo Mardiyanto, Gubernur Lampung Rahmat Mirzani "
              "Djausal memimpin rapat koordinasi pengendalian inflasi di Ruang Rapat Utama, Senin (14/4/2025).",
              title="Pemprov Gelar Rakor Inflasi", published="2025-04-14")
    assert out["chair"]["name"] == "Rahmat Mirzani Djausal"


def test_the_leader_named_with_sebagai_pimpinan_rapat():
    """'..., dengan Sekdaprov X sebagai pimpinan rapat': leading told after the name, without 'bertindak' or 'selaku'."""
    out = run("Rapat koordinasi pengendalian inflasi digelar di Ruang Rapat Utama, Senin (14/4/2025), dengan Sekretaris "
              "Daerah Provinsi Lampung Marindo Kurniawan sebagai pimpinan rapat.", title="Rakor Inflasi", published="2025-04-14")
    assert out["chair"]["name"] == "Marindo Kurniawan"


def test_the_leader_after_the_copula_of_selaku_pimpinan_rapat():
    """'Bertindak selaku pimpinan rapat adalah Wali Kota X': the leading told first, the person after 'adalah'."""
    out = run("Rapat koordinasi penanganan stunting digelar di Aula Bappeda, Kamis (12/6/2025). Bertindak selaku pimpinan "
              "rapat adalah Wali Kota Bandar Lampung Eva Dwiana.", title="Rakor Stunting", published="2025-06-12")
    assert out["chair"]["name"] == "Eva Dwiana"


def test_a_headline_leader_with_a_three_letter_name_the_article_gives_in_full():
    """'Wali Kota Eva Pimpin Rapat', the body naming 'Wali Kota Bandar Lampung Eva Dwiana' only as present: she led it."""
    out = run("BANDAR LAMPUNG - Rapat koordinasi penanganan stunting berlangsung di Aula Kantor Bappeda, Kamis (12/6/2025).\n\n"
              "Hadir dalam rapat itu Wali Kota Bandar Lampung Eva Dwiana dan Kepala Dinas Kesehatan Edwin Rusli.",
              title="Wali Kota Eva Pimpin Rapat", published="2025-06-12")
    assert out["chair"] == {"name": "Eva Dwiana", "role": "Wali Kota Bandar Lampung"}


def test_a_deputy_named_again_by_office_alone_is_the_deputy_not_the_head():
    """'Wakil Ketua DPRD Lampung Naldi Rinara ...  Siang harinya, Wakil Ketua DPRD memimpin rakor': Naldi, not the Ketua
    DPRD the gazetteer knows."""
    out = run("BANDAR LAMPUNG - Wakil Ketua DPRD Lampung Naldi Rinara meninjau posyandu di Natar, Senin (3/3/2025) pagi. "
              "Siang harinya, Wakil Ketua DPRD memimpin rapat koordinasi penanganan stunting di Ruang Rapat Utama.",
              title="Rapat Stunting", published="2025-03-03")
    assert out["chair"]["name"] == "Naldi Rinara"


def test_a_generic_office_alone_is_no_one_when_several_hold_one_of_its_kind():
    """'Kepala Dinas Pimpin Rapat' with two heads of agencies in the article: which one led is not said, so no chair;
    with one, it is that one."""
    body = ("BANDAR LAMPUNG - Rapat koordinasi berlangsung di Aula Bappeda, Kamis (12/6/2025).\n\nHadir Kepala Dinas "
            "Kesehatan Edwin Rusli{}.")
    two = run(body.format(" dan Kepala Dinas Pertanian Bani Ispriyanto"), title="Kepala Dinas Pimpin Rapat",
              published="2025-06-12")
    one = run(body.format(""), title="Kepala Dinas Pimpin Rapat", published="2025-06-12")
    assert two["chair"] is None and one["chair"]["name"] == "Edwin Rusli"


@pytest.mark.parametrize("role, key", [
    ("Pj. Gubernur Lampung", "gubernur"), ("Penjabat (Pj) Gubernur Lampung", "gubernur"), ("Wagub", "wakil_gubernur"),
    ("Wakil Ketua DPRD", None), ("Staf Ahli Gubernur", None), ("Asisten I Sekda", None), ("mantan Gubernur Lampung", None),
])
def test_an_office_has_the_gazetteers_key_only_when_it_heads_the_role(role, key):
    """A deputy, a staff member or a former holder of the office is not its holder in the gazetteer."""
    assert role_key(role) == key


def test_someone_represented_does_not_head_the_meeting():
    """'Gubernur X yang diwakili Sekdaprov Y meminta ...': X was not there, so X is not the evident head."""
    out = run("Pada rapat koordinasi pengendalian inflasi di Ruang Rapat Utama, Senin (14/4/2025), Gubernur Lampung Rahmat "
              "Mirzani Djausal yang diwakili Sekdaprov Marindo Kurniawan meminta OPD bergerak cepat.", title="Rakor Inflasi",
              published="2025-04-14")
    assert (out["chair"] or {}).get("name") != "Rahmat Mirzani Djausal"


def test_an_official_who_follows_another_bodys_meeting_is_not_its_evident_head():
    """'Sekda X mengikuti Rakor ... yang digelar Kemendagri secara virtual': he attended, the ministry held it."""
    out = run("KALIANDA - Sekretaris Daerah (Sekda) Kabupaten Lampung Selatan Andi Firmansyah Tanjung mengikuti Rapat "
              "Koordinasi Pengendalian Inflasi Daerah yang digelar Kementerian Dalam Negeri secara virtual dari Ruang Rapat "
              "Sekda, Senin (2/9/2024).", title="Sekda Ikuti Rakor Inflasi", published="2024-09-02")
    assert out["is_meeting"] and out["chair"] is None
    assert "Andi Firmansyah Tanjung" in [p["name"] for p in out["officials"]]


def test_the_subject_who_spoke_when_opening_is_the_chair():
    """'Gubernur menyampaikannya ketika membuka forum musrenbang ...': the governor named before opened it."""
    known = [{"name": "Rahmat Mirzani Djausal", "role": "Gubernur Lampung", "person_id": "rahmat-mirzani-djausal"}]
    found = chair(["Gubernur menyampaikannya ketika membuka forum musyawarah perencanaan pembangunan tingkat provinsi."],
                  date(2025, 5, 7), known)
    assert found["name"] == "Rahmat Mirzani Djausal"


def test_a_name_with_degrees_seated_as_leader_is_the_chair():
    """'Ria Hartini, S.Sos.,M.M duduk selaku pimpinan rapat.': degrees between the name and its verb, glued commas."""
    from pipelines.extract.text import normalize
    assert chair([normalize("Ria Hartini, S.Sos.,M.M duduk selaku pimpinan rapat.")], date(2025, 11, 21), [])["name"] == (
        "Ria Hartini")


def test_one_person_named_after_two_offices_joined_by_sekaligus_leads():
    """'dipimpin Ketua DPRD Lampung sekaligus Ketua Banggar, Herwan Syahputra': both offices are Herwan's."""
    out = run("Banggar DPRD Lampung menggelar rapat kerja bersama TAPD, Senin (22/7/2019). Rapat dipimpin Ketua DPRD "
              "Lampung sekaligus Ketua Banggar, Herwan Syahputra.", title="Rapat Banggar", published="2019-07-22")
    assert out["chair"]["name"] == "Herwan Syahputra"


@pytest.mark.parametrize("text, leader", [
    ("Pemprov Lampung menggelar Rakor Persiapan Angkutan Lebaran di Hotel Novotel, Selasa (19/3). Rakor dibuka Asisten "
     "Bidang Perekonomian Fahmi Nurcahyo, mewakili Pj Gubernur. Jalannya rapat kemudian dipimpin Kepala Dinas "
     "Perhubungan Provinsi Lampung, Rachmat Hidayat Purba.", "Rachmat Hidayat Purba"),
    ("Bappeda menggelar FGD rancangan awal RPJPD di Ruang Rapat Bappeda, Kamis (15/6/2023). FGD dibuka Sekretaris Daerah "
     "Provinsi Lampung Fahrizal Darminto. Diskusi selanjutnya dipimpin Kepala Bappeda Provinsi Lampung Mulyadi Irsan.",
     "Mulyadi Irsan"),
    # a team or an oath led by someone is not the meeting: the opener stays
    ("Pemkab Tubaba menggelar konsultasi publik KLHS, Rabu (23/4/2025). Kegiatan dibuka Wakil Bupati Tulang Bawang Barat, "
     "Nadir Mutohar. Tim penyusun KLHS dari Itera, dipimpin Dr. Rahayu Sulistyorini, memaparkan isu strategis.",
     "Nadir Mutohar"),
])
def test_who_led_the_meeting_in_any_sentence_comes_before_who_opened_it(text, leader):
    assert run(text, title="Rapat", published="2025-04-24")["chair"]["name"] == leader


def test_an_office_written_alone_is_its_holder_the_article_names_before_the_gazetteers():
    """'Audiensi ke Pj Gubernur' hosted by the 'Penjabat (Pj) Gubernur Lampung' the text names, whoever the gazetteer
    lists for that day."""
    out = run("Ketua KPU Provinsi Lampung, Ilham Fadillah Rasyid, beraudiensi dengan Penjabat (Pj) Gubernur Lampung Syamsul "
              "Arifin Tanjung di Ruang Kerja Gubernur, Selasa kemarin.", title="KPU Lampung Audiensi ke Pj Gubernur",
              published="2024-09-12")
    assert out["chair"]["name"] == "Syamsul Arifin Tanjung"


def test_the_lampung_spelling_of_haji_does_not_end_the_sentence_before_the_name():
    """'dipimpin Ketua Komisi IV DPRD Tanggamus Hi. Irwan Syahrial, S.E.': 'Hi.' is a title, not a full stop."""
    out = run("Komisi IV DPRD Tanggamus menggelar rapat kerja bersama Dinas Kesehatan, Rabu (14/6/2023). Raker dipimpin "
              "Ketua Komisi IV DPRD Tanggamus Hi. Irwan Syahrial, S.E., dan dihadiri anggota komisi.",
              title="Komisi IV Raker dengan Dinkes", published="2023-06-14")
    assert out["chair"]["name"] == "Irwan Syahrial"


def test_a_name_then_yang_juga_and_the_office_then_memimpin_leads():
    out = run("Satgas MBG Provinsi Lampung menggelar rapat koordinasi, Rabu (1/10/2025). Ratna Sari Dewi, yang juga Ketua "
              "Harian Satgas Percepatan Program MBG Provinsi Lampung, memimpin rakor tersebut.", title="Rakor Satgas MBG",
              published="2025-10-01")
    assert out["chair"]["name"] == "Ratna Sari Dewi"


def test_who_attended_the_meeting_he_led_is_not_the_one_the_pronoun_points_to():
    """'Rakor yang dipimpinnya itu dihadiri Wakil Gubernur X': the leader is the Kapolda named before."""
    out = run("Polda Lampung menggelar rapat koordinasi lintas sektoral di Aula Mapolda Lampung, Selasa (16/12). Kapolda "
              "Lampung Irjen Pol Bagus Setyo Wibisono menyebut 3.400 personel akan disiagakan. Rakor yang dipimpinnya itu "
              "dihadiri Wakil Gubernur Lampung Jihan Nurlela.", title="Rakor Operasi Lilin", published="2025-12-17")
    assert out["chair"]["name"] == "Bagus Setyo Wibisono"


def test_who_usually_leads_a_meeting_yields_to_who_led_it_this_time():
    """'Rakor mingguan yang biasanya dipimpin langsung Menteri X kali ini dipimpin Sekjen Y': Y."""
    out = run("Pemprov Lampung mengikuti Rapat Koordinasi Pengendalian Inflasi Daerah secara virtual, Senin (2/3). Rakor "
              "mingguan yang biasanya dipimpin langsung Menteri Dalam Negeri Haryanto Suryadinata kali ini dipimpin "
              "Sekretaris Jenderal Kemendagri Bambang Tri Wahyudi dari Jakarta.", published="2026-03-02")
    assert out["chair"]["name"] == "Bambang Tri Wahyudi"


def test_a_chair_described_by_two_roles_joined_by_yang_juga():
    """'dipimpin Ketua Dewan Pengupahan Provinsi Lampung yang juga Kepala Disnakertrans Provinsi Lampung, Marwan Suhaimi'."""
    out = run("Dewan Pengupahan Provinsi Lampung menggelar Rapat Pleno Pembahasan UMP 2026 di Aula Disnakertrans, Kamis "
              "(18/12/2025). Rapat pleno dipimpin Ketua Dewan Pengupahan Provinsi Lampung yang juga Kepala Disnakertrans "
              "Provinsi Lampung, Marwan Suhaimi, S.H., M.H., dan dihadiri seluruh unsur Dewan Pengupahan.",
              title="Rapat Pleno Dewan Pengupahan Sepakati Rekomendasi UMP 2026", published="2025-12-18")
    assert out["chair"]["name"] == "Marwan Suhaimi"


def test_the_leader_of_an_earlier_meeting_named_in_the_lead_is_not_this_ones():
    """'... dibentuk pada rakor sebelumnya, 14 Oktober lalu, yang ketika itu dipimpin Sekdaprov' then 'X selaku pimpinan
    rapat'."""
    out = run("Pemerintah Provinsi Lampung kembali menggelar rapat koordinasi di Ruang Rapat Sakai Sambayan, Selasa (28/10/2025). "
              "Rakor lanjutan ini membahas laporan tim pemantau yang dibentuk pada rakor sebelumnya, 14 Oktober lalu, yang "
              "ketika itu dipimpin Sekdaprov. Asisten Bidang Perekonomian dan Pembangunan Setdaprov Lampung, Rinaldi Saputra, "
              "selaku pimpinan rapat, meminta temuan ditindaklanjuti.", title="Rakor Lanjutan Harga Ubi Kayu",
              published="2025-10-28")
    assert out["chair"]["name"] == "Rinaldi Saputra"


def test_who_led_the_meeting_past_the_lead_outranks_who_opened_it_in_the_lead():
    """'Rakor dibuka secara resmi oleh Wagub X' ... 'Jalannya rapat selanjutnya dipimpin Asisten Y' further down."""
    out = run("Pemerintah Provinsi Lampung menggelar Rapat Koordinasi Percepatan MBG di Gedung Pusiban, Rabu (19/11/2025). "
              "Rakor diikuti perangkat daerah. Rakor dibuka secara resmi oleh Wakil Gubernur Lampung Jihan Nurlela. Dalam "
              "sambutannya, Wagub menekankan keamanan pangan. \"Tidak boleh ada kompromi,\" ujarnya. Ia berharap program "
              "berjalan. Usai membuka rakor, Wagub meninggalkan ruangan. Jalannya rapat selanjutnya dipimpin Asisten "
              "Pemerintahan dan Kesra Setdaprov Lampung, Yusuf Kurniadi, selaku pimpinan rapat.",
              title="Rakor Percepatan MBG", published="2025-11-19")
    assert out["chair"]["name"] == "Yusuf Kurniadi"


def test_a_body_still_to_be_led_past_the_lead_does_not_name_the_chair():
    """'... serta Forum Satu Data yang akan diketuai Sekretaris Daerah' below 'FGD dibuka Kepala Diskominfotik X'."""
    out = run("Diskominfotik Provinsi Lampung menyelenggarakan FGD Satu Data di Ruang Command Center, Rabu (14/9/2022). FGD "
              "dibuka Kepala Diskominfotik Provinsi Lampung Ganjar Prasetyo Wibowo. Ia menyebut data belum baku. Narasumber "
              "BPS menjelaskan perannya. Peserta menyampaikan kendala. Hasil FGD menjadi masukan. Sekretaris Diskominfotik "
              "memaparkan rencana Forum Satu Data yang akan diketuai Sekretaris Daerah Fahrizal Darminto.",
              title="FGD Penguatan Satu Data Lampung", published="2022-09-15")
    assert out["chair"]["name"] == "Ganjar Prasetyo Wibowo"


def test_an_apposition_naming_the_meeting_leader_without_selaku():
    """'Ketua Komisi IV DPRD Provinsi Lampung, Syamsul Arifin Bahri, pemimpin RDP tersebut, mempertanyakan ...'."""
    out = run("Komisi IV DPRD Provinsi Lampung menggelar rapat dengar pendapat (RDP) dengan Dinas BMBK di Ruang Rapat Komisi "
              "IV, Senin (2/2/2026). Ketua Komisi IV DPRD Provinsi Lampung, Syamsul Arifin Bahri, pemimpin RDP tersebut, "
              "mempertanyakan lambatnya perbaikan jalan.", title="Komisi IV Cecar Dinas BMBK dalam RDP",
              published="2026-02-02")
    assert out["chair"]["name"] == "Syamsul Arifin Bahri"


def test_years_in_office_in_a_headline_are_no_chairing():
    """'Paripurna Istimewa HUT ke-62, Gubernur Mirza Paparkan Capaian Setahun Memimpin' over 'Rapat dipimpin Ketua DPRD'."""
    out = run("DPRD Provinsi Lampung menggelar Rapat Paripurna Istimewa HUT ke-62 Provinsi Lampung di ruang sidang paripurna, "
              "Rabu (18/3). Rapat dipimpin Ketua DPRD Provinsi Lampung Ahmad Giri Akbar.",
              title="Paripurna Istimewa HUT ke-62 Provinsi Lampung, Gubernur Mirza Paparkan Capaian Setahun Memimpin",
              published="2026-03-19")
    assert out["chair"]["name"] == "Ahmad Giri Akbar"


def test_an_office_holder_called_by_a_nickname_leads():
    """'Usai apel, Bupati yang akrab disapa Egi itu langsung memimpin Rapat Koordinasi ...' over 'Apel dipimpin Kapolres X'."""
    out = run("Bupati Lampung Selatan Radityo Egi Pratama mengikuti Apel Gelar Pasukan di Lapangan Mapolres, Kamis (12/3/2026) "
              "pagi. Apel dipimpin Kapolres Lampung Selatan AKBP Rizal Mahendra. Usai apel, Bupati yang akrab disapa Egi itu "
              "langsung memimpin Rapat Koordinasi Kesiapan Angkutan Lebaran di Aula Krakatau Kantor Bupati Lampung Selatan.",
              title="Bupati Egi Lanjutkan Rakor Kesiapan Mudik Lebaran", published="2026-03-12")
    assert out["chair"]["name"] == "Radityo Egi Pratama"


def test_an_office_written_alone_in_lower_case_is_the_holder_the_article_names():
    """'RDP dipimpin ketua komisi dan dihadiri ...' then 'Ketua Komisi III DPRD Lampung Utara, Hendri Kusuma, ...'."""
    out = run("Komisi III DPRD Lampung Utara memanggil Dinas PUPR dalam rapat dengar pendapat (RDP) di ruang rapat Komisi III "
              "DPRD Lampura, Selasa. RDP dipimpin ketua komisi dan dihadiri sejumlah anggota. Ketua Komisi III DPRD Lampung "
              "Utara, Hendri Kusuma, mempertanyakan penggunaan anggaran.", title="Komisi III Panggil PUPR",
              published="2025-10-14")
    assert out["chair"] == {"name": "Hendri Kusuma", "role": "Ketua Komisi III DPRD Lampung Utara"}


def test_a_body_after_audiensi_dengan_is_no_person():
    """'mengikuti audiensi secara virtual dengan Direktorat Jenderal Bina Pembangunan Daerah ...': no chair 'Direktorat
    Jenderal'."""
    out = run("Pj Sekda Provinsi Lampung bersama jajaran Bappeda mengikuti audiensi secara virtual dengan Direktorat Jenderal "
              "Bina Pembangunan Daerah Kementerian Dalam Negeri dari Ruang Command Center, Senin (3/3/2025).",
              title="Pj Sekda Audiensi Virtual dengan Ditjen Bina Bangda", published="2025-03-03")
    assert not out["chair"] or "Direktorat" not in out["chair"]["name"]


def test_a_host_receiving_an_audience_named_between_verb_and_agent_chairs_it():
    """'diterima beraudiensi oleh Ketua DPRD Pringsewu Suherman': the host received the audience."""
    out = run("Ratusan tenaga honorer mendatangi Gedung DPRD Pringsewu, Selasa (16/9/2025). Sebanyak 20 perwakilan honorer "
              "kemudian diterima beraudiensi oleh Ketua DPRD Pringsewu Suherman di ruang rapat gabungan komisi.",
              title="Honorer Datangi DPRD Pringsewu", published="2025-09-16")
    assert out["chair"] == {"name": "Suherman", "role": "Ketua DPRD Pringsewu"}


def test_a_leader_in_a_sentence_opening_on_another_moment_led_another_meeting():
    """'Sebelumnya, Senin (14/8), Wakil Gubernur ... memimpin rapat TPPS di Mahan Agung': not this rakor's chair."""
    filler = " ".join(f"Peserta {i} menyampaikan kendala pendataan di wilayahnya." for i in range(6))
    out = run("Dinas Kesehatan Provinsi Lampung menggelar rapat koordinasi teknis stunting di Emersia Hotel, Selasa (15/8). "
              "Kepala Dinas Kesehatan Provinsi Lampung, dr. Reihana, yang membuka rakor tersebut mengatakan penurunan "
              f"prevalensi belum cukup. {filler} Sebelumnya, Senin (14/8), Wakil Gubernur Lampung Chusnunia Chalim memimpin "
              "rapat TPPS di Mahan Agung.", title="Dinkes Kejar Target Stunting", published="2023-08-17")
    assert out["chair"]["name"] == "Reihana"


@pytest.mark.parametrize("moderated", ["Diskusi kemudian dipandu oleh Kepala Bidang Perencanaan Bappeda, Yudha Pranata.",
                                       "Sesi diskusi dipandu akademisi FEB Universitas Lampung, Yuningsih Kartika."])
def test_who_moderates_the_discussion_session_does_not_chair_the_meeting(moderated):
    """'FGD dibuka Kepala Bappeda X. Diskusi kemudian dipandu oleh Y': X chairs."""
    out = run("FGD penyusunan Satu Data Pembangunan dibuka oleh Kepala Bappeda Provinsi Lampung Elvira Umihanni di Ruang "
              f"Rapat Bappeda, Kamis (12/6/2025). {moderated}", title="Bappeda Gelar FGD Satu Data", published="2025-06-12")
    assert out["chair"]["name"] == "Elvira Umihanni"


def test_an_acting_governor_written_pjs_is_read_with_his_office():
    """'beraudiensi dengan Penjabat Sementara (Pjs) Gubernur Lampung Didik Suprayitno': the host, in his acting office;
    a bare 'Gubernur' later is still him, not the governor on leave."""
    out = run("Komisi Pemilihan Umum (KPU) Provinsi Lampung beraudiensi dengan Penjabat Sementara (Pjs) Gubernur Lampung "
              "Didik Suprayitno, Selasa (5/3/2018). Gubernur memastikan pemprov tidak akan menghambat pencairan hibah.",
              title="KPU Lampung Minta Pemprov Cairkan Sisa Hibah Pilgub", published="2018-03-06")
    assert out["chair"] == {"name": "Didik Suprayitno", "role": "Penjabat Sementara (Pjs) Gubernur Lampung"}
    assert "Pemerintah Provinsi (Pemprov) Lampung" in out["participants"]


def test_a_body_named_as_the_subject_is_never_the_chair_named():
    """'Komisi IV berencana memanggil PT Hutama Karya ...': the commission is no person; its chair, named next, is."""
    out = run("Komisi IV berencana memanggil PT Hutama Karya selaku pemilik proyek tol. Ketua Komisi IV DPRD Lampung Ikhwan "
              "Fadil Ibrahim mengatakan, rapat dengar pendapat dijadwalkan Selasa (27/3) di ruang rapat Komisi IV.",
              title="Tol Bikin Jalan Rusak, Dewan Panggil Hutama Karya", published="2018-03-23")
    assert out["chair"] is None or out["chair"]["name"] != "Komisi IV"


def test_an_office_shouted_alone_before_a_name_is_read_as_the_office():
    """'KALIANDA (Lampost.co) -- BUPATI Lampung Selatan Radityo Egi Pratama memberi peringatan ... Peringatan itu
    disampaikan Egi saat memimpin rapat staf': the regent, not a body called 'BUPATI Lampung Selatan'."""
    out = run("KALIANDA (Lampost.co) -- BUPATI Lampung Selatan Radityo Egi Pratama memberi peringatan keras kepada para kepala "
              "OPD. Peringatan itu disampaikan Egi saat memimpin rapat staf di ruang rapat bupati, kemarin.",
              title="Egi Ancam Evaluasi Kepala OPD yang Lamban", published="2025-03-04")
    assert out["chair"] == {"name": "Radityo Egi Pratama", "role": "Bupati Lampung Selatan"}
    assert not any(p.startswith("BUPATI") for p in out["participants"])


def test_the_office_nearest_the_verb_of_a_headline_is_its_subject():
    """'Tindak Lanjuti Arahan Gubernur, Sekdaprov Gelar Rapat Terbatas': the Sekdaprov held it, on the governor's word."""
    from tests.extract_support import run
    out = run("Bandar Lampung --- Menindaklanjuti arahan Gubernur Lampung Arinal Djunaidi saat meninjau lokasi banjir di "
              "Kecamatan Kalianda, Kamis (21/1/2021), Sekretaris Daerah Provinsi Lampung Fahrizal Darminto menggelar rapat "
              "terbatas bersama organisasi perangkat daerah terkait di Ruang Rapat Sekda, Jumat (22/1/2021).",
              title="Tindak Lanjuti Arahan Gubernur, Sekdaprov Gelar Rapat Terbatas Penanganan Banjir",
              published="2021-01-22")
    assert out["chair"]["name"] == "Fahrizal Darminto"


def test_the_speaker_who_says_he_led_it_chairs_named_by_his_speech_tag():
    """'"Rapat ini saya pimpin atas perintah langsung Pak Gubernur. ...," kata Asisten II Setdaprov Lampung, Kusnardi':
    the speaker led it, the tag closing his words names him (not the governor he cites)."""
    from tests.extract_support import run
    out = run("Bandar Lampung (SL) - Dalam rapat di Kantor Gubernur Lampung pada Selasa lalu, pemprov mengancam memberi "
              "sanksi kepada pabrik tapioka. \"Rapat ini saya pimpin atas perintah langsung Pak Gubernur. Beliau tidak mau "
              "dengar lagi ada petani menjual Rp900 sekilo,\" kata Asisten II Setdaprov Lampung, Kusnardi, kepada "
              "wartawan usai rapat.", title="Pemprov Ancam Sanksi Pabrik Nakal", published="2025-07-24")
    assert out["chair"]["name"] == "Kusnardi"


def test_an_office_addressed_as_a_person_is_the_office():
    """'Rakor akan dipimpin langsung oleh Pak Sekda': the Sekda the article names, 'Pak' or not."""
    import importlib
    from datetime import date
    chair_module = importlib.import_module("pipelines.extract.chair")
    known = [{"name": "Rinvayanti", "role": "Kepala Biro Perekonomian"}, {"name": "Marindo Kurniawan", "role": "Sekdaprov Lampung"}]
    found = chair_module.agent_after("Pak Sekda.", date(2026, 1, 22), known)
    assert found and found["name"] == "Marindo Kurniawan"


def test_the_official_a_council_organ_calls_in_is_not_its_chair_the_organs_head_is():
    """'Komisi V DPRD Lampung akan memanggil Kepala Dinas ... Sulpakar dalam rapat kerja ...' then 'Ketua Komisi V DPRD
    Lampung, Deni Ribowo, mengatakan ...': the commission's chair leads; whom it calls in does not."""
    from tests.extract_support import run
    out = run("BANDARLAMPUNG -- Komisi V DPRD Lampung akan memanggil Kepala Dinas Pendidikan dan Kebudayaan (Disdikbud) "
              "Provinsi Lampung Sulpakar dalam rapat kerja di ruang rapat Komisi V DPRD Lampung, Kamis (27/6/2019) mendatang. "
              "Ketua Komisi V DPRD Lampung, Deni Ribowo, mengatakan pihaknya menerima banyak pengaduan.",
              title="Komisi V DPRD Lampung Bakal Panggil Kadisdikbud", published="2019-06-25")
    assert out["chair"]["name"] == "Deni Ribowo"


def test_the_one_seated_at_the_leaders_table_chairs():
    """'Duduk di meja pimpinan, Ketua Komisi V Yanuar Irawan, diapit Wakil Ketua Komisi Deni Ribowo': he led it."""
    from tests.extract_support import run
    out = run("Nasib 312 buruh cold storage dibahas dalam rapat dengar pendapat di DPRD Lampung, Rabu (24/4/2024). Wakil Ketua "
              "Komisi Deni Ribowo hadir. Duduk di meja pimpinan, Ketua Komisi V Yanuar Irawan, diapit Wakil Ketua Komisi "
              "Deni Ribowo.",
              title="Nasib 312 Buruh Dibahas Dewan", published="2024-04-25")
    assert out["chair"]["name"] == "Yanuar Irawan"


def test_a_relative_clause_names_the_convener_without_oleh():
    """'rapat koordinasi yang digelar Gubernur Lampung X bersama para bupati': X convened it."""
    out = run("Kupastuntas.co, Bandar Lampung - Nelayan di Lampung menyambut baik kesepakatan harga solar Rp6.800 per liter "
              "yang dihasilkan dalam rapat koordinasi yang digelar Gubernur Lampung Rahmat Mirzani Djausal bersama para "
              "bupati dan Pertamina, kemarin.", title="Nelayan Sambut Kesepakatan Harga Solar", published="2025-09-10")
    assert out["chair"]["name"] == "Rahmat Mirzani Djausal"


def test_a_one_word_name_the_gazetteer_knows_is_the_person_named_before():
    """'Pernyataan keras itu disampaikan Mirza saat memimpin rapat pimpinan ...': Mirza is the governor named earlier."""
    out = run("Kalimat itu meluncur dari Gubernur Lampung Rahmat Mirzani Djausal dengan nada datar.\n"
              "Mirza menyoroti realisasi belanja modal yang baru sekitar 21 persen.\n"
              "Pernyataan keras itu disampaikan Mirza saat memimpin rapat pimpinan bersama seluruh kepala OPD di Ruang "
              "Rapat Utama Kantor Gubernur Lampung, Senin (4/8/2025) pagi.\n"
              "Rapim juga dihadiri Wakil Gubernur Jihan Nurlela dan Sekretaris Daerah Provinsi Lampung Marindo Kurniawan.",
              title="Mirza Ultimatum Kepala OPD", published="2025-08-05")
    assert out["chair"]["name"] == "Rahmat Mirzani Djausal"


def test_a_name_after_a_headlines_comma_is_the_visitor_not_the_one_visited():
    """'Audiensi ke Kementan, Mirza Usulkan Cetak Sawah': Mirza opens the next clause; the host is named in the lead."""
    out = run("Gubernur Lampung Rahmat Mirzani Djausal beraudiensi dengan Direktur Jenderal Tanaman Pangan Kementerian "
              "Pertanian, Bambang Setiadi Nugroho, di Kantor Kementerian Pertanian, Jakarta, Selasa (13/5/2025).",
              title="Audiensi ke Kementan, Mirza Usulkan Cetak Sawah Baru", published="2025-05-15")
    assert out["chair"]["name"] == "Bambang Setiadi Nugroho"


def test_a_ministers_short_title_alone_is_the_minister_the_article_names():
    """'Temui Menhub, Mirza Minta Tambahan Dermaga': Menhub is the Menteri Perhubungan named in the story."""
    out = run("Gubernur Lampung Rahmat Mirzani Djausal meminta tambahan dermaga di Bakauheni.\n"
              "Permintaan itu disampaikan Mirza saat beraudiensi dan diterima langsung Menteri Perhubungan Dudy "
              "Purwagandhi di kantor Kementerian Perhubungan, Jakarta, kemarin.",
              title="Temui Menhub, Mirza Minta Tambahan Dermaga di Bakauheni", published="2025-09-12")
    assert out["chair"]["name"] == "Dudy Purwagandhi"


def test_a_high_level_meeting_led_on_by_the_sekda_after_the_governor_left_is_his():
    """'HLM selanjutnya dipimpin Sekretaris Daerah ...': HLM names the meeting, so who led it on is its chair."""
    out = run("Bandar Lampung--Gubernur Lampung Rahmat Mirzani Djausal membuka High Level Meeting (HLM) TPID Provinsi "
              "Lampung di Ruang Rapat Utama Kantor Gubernur Lampung, Kamis (13/3/2025).\n"
              "Usai menyampaikan arahan, Gubernur meninggalkan ruang rapat untuk bertolak ke Jakarta.\n"
              "HLM selanjutnya dipimpin Sekretaris Daerah Provinsi Lampung Marindo Kurniawan selaku Ketua Harian TPID.",
              title="Gubernur Mirza Buka High Level Meeting TPID", published="2025-03-13")
    assert out["chair"]["name"] == "Marindo Kurniawan"


def test_who_guides_a_session_of_the_meeting_does_not_chair_it():
    """'Sesi pembahasan usulan prioritas dipandu Kepala Bappeda Y': a session's moderator; who opened it chairs."""
    out = run("Musrenbang RKPD Kabupaten Tulang Bawang Barat digelar di Panaragan, Selasa (5/3/2024).\n"
              "Musrenbang dibuka Penjabat Bupati Tulang Bawang Barat M. Firsada.\n"
              "Sesi pembahasan usulan prioritas dipandu Kepala Bappeda Tubaba Rahmat Hidayat.",
              title="Pj Bupati Tubaba Buka Musrenbang RKPD 2025", published="2024-03-05")
    assert out["chair"]["name"] == "M. Firsada"


def test_a_stand_in_named_by_office_is_the_articles_stand_in_not_the_holder():
    """'Plh Sekdaprov Pimpin Rakor ...' then 'Rapat dipimpin Pelaksana Harian (Plh) Sekretaris Daerah ... Qodratul
    Ikhwan'; 'Sekdaprov Fahrizal Darminto ... tengah menjalankan cuti': the stand-in chaired, not the Sekda on leave."""
    out = run("Sekdaprov Fahrizal Darminto saat ini tengah menjalankan cuti.\n"
              "Rapat dipimpin Pelaksana Harian (Plh) Sekretaris Daerah Provinsi Lampung Qodratul Ikhwan di Ruang Rapat "
              "Sakai Sambayan, Kamis (9/11/2023).",
              title="Plh Sekdaprov Pimpin Rakor Penyaluran Pupuk Bersubsidi", published="2023-11-09")
    assert out["chair"]["name"] == "Qodratul Ikhwan"


def test_an_honorary_doctorate_among_the_titles_still_names_the_host():
    """'beraudiensi dengan Menteri PUPR RI Dr. (H.C.) Ir. Basuki Hadimuljono, M.Sc.': '(H.C.)' is a title."""
    out = run("JAKARTA --- Gubernur Lampung Ir. H. Arinal Djunaidi beraudiensi dengan Menteri Pekerjaan Umum dan Perumahan "
              "Rakyat (PUPR) RI Dr. (H.C.) Ir. Basuki Hadimuljono, M.Sc., di Ruang Rapat Menteri PUPR, Jakarta, Selasa "
              "(16/05/2023).", title="Gubernur Arinal Audiensi dengan Menteri PUPR", published="2023-05-16")
    assert out["chair"]["name"] == "Basuki Hadimuljono"


@pytest.mark.parametrize("verb", ["gelar", "adakan", "selenggarakan", "laksanakan"])
def test_the_subject_who_held_the_meeting_in_any_verb_of_holding_chairs_it(verb):
    """'rapat terbatas yang ia gelar / adakan / selenggarakan / laksanakan': each verb of holding names the convener."""
    known = [{"name": "Arinal Djunaidi", "role": "Gubernur Lampung", "person_id": None},
             {"name": "Helmy Santika", "role": "Kapolda Lampung", "person_id": None}]
    found = chair([f"Penegasan itu disampaikan Gubernur dalam rapat terbatas yang ia {verb} bersama jajaran Forkopimda "
                   "di Mahan Agung."], date(2023, 4, 12), known)
    assert found["name"] == "Arinal Djunaidi"


def test_a_fronted_clause_receiving_an_audience_names_its_host_after_it():
    """'Saat menerima audiensi KONI ... di Mahan Agung, Selasa (19/10/2021), Gubernur ... menjamin ...': the host."""
    out = run("LAMPUNG – Saat menerima audiensi jajaran Komite Olahraga Nasional Indonesia (KONI) Provinsi Lampung di "
              "Mahan Agung, Selasa (19/10/2021), Gubernur Lampung Ir. H. Arinal Djunaidi menjamin atlet peraih medali "
              "Pekan Olahraga Nasional (PON) XX Papua 2021 akan menerima insentif atau bonus paling sedikit Rp200 juta.\n"
              "Bonus tersebut merupakan bentuk perhatian Provinsi Lampung kepada para atlet peraih medali.",
              "Terima Audiensi KONI, Gubernur Arinal Janjikan Bonus bagi Atlet Lampung Peraih Medali PON XX Papua 2021",
              published=None)
    assert out["meeting_type"] == "audiensi"
    assert out["chair"]["name"] == "Arinal Djunaidi"


def test_a_quotation_opening_the_report_pushes_the_convener_down_not_out_of_the_lead():
    """'"Seluruh kepala OPD hadir langsung ..." ... Pada Kamis (5/2/2026) siang ini, Gubernur ... mengumpulkan seluruh
    pejabat eselon II untuk rakor tersebut': the lead's convener, six sentences down."""
    out = run('INILAMPUNGCOM - "Seluruh kepala organisasi perangkat daerah hadir langsung dan tanpa pendamping." Catatan '
              'singkat itu tertera di Agenda Harian Gubernur Lampung, Kamis 5 Februari 2026.\nMenurut seorang kepala OPD '
              'yang dihubungi lewat telepon, catatan seperti itu menandakan ada hal urgent yang hendak disampaikan '
              'gubernur. "Biasanya kalau ada catatan kayak gitu, Gubernur mau sampein hal-hal yang strategis. Cuma '
              'eselon II aja yang perlu tahu," ujar pejabat itu.\nCatatan tersebut menyertai rapat koordinasi '
              'optimalisasi aset. Pada Kamis (5/2/2026) siang ini, Gubernur Rahmat Mirzani Djausal mengumpulkan seluruh '
              'pejabat pimpinan tinggi pratama atau eselon II untuk rakor tersebut di Ruang Rapat Utama Kantor Gubernur '
              'Lampung.', "Kepala OPD Wajib Datang Tanpa Pendamping, Ada Apa di Rakor Gubernur Mirza Siang Ini?",
              published="2026-02-05")
    assert out["chair"] and out["chair"]["name"] == "Rahmat Mirzani Djausal"


def test_the_governors_staff_opening_a_meeting_is_not_the_governor():
    """'Staf Ahli Gubernur Buka Musrenbang ...': the staff member the lead names opened it, not the governor."""
    out = run("Lampung Tengah, 8 Mei 2025 — Pemerintah Kabupaten Lampung Tengah menggelar Musrenbang RPJMD tahun "
              "2025-2029 pada Kamis, 8 Mei 2025. Musrenbang dibuka secara resmi oleh Staf Ahli Gubernur Bidang Politik, "
              "Hukum, dan Pemerintahan Provinsi Lampung, Ganjar Jationo, S.E., M.AP, yang hadir mewakili Gubernur "
              "Lampung.", "Staf Ahli Gubernur Buka Musrenbang RPJMD Lampung Tengah 2025-2029", published="2025-05-08")
    assert out["chair"]["name"] == "Ganjar Jationo"


def test_the_opening_done_by_someone_names_who_opened_it():
    """'Pembukaan musrenbang dilakukan Ganjar Jationo, Staf Ahli Gubernur ...': he opened it."""
    out = run("TRIBUNLAMPUNG.CO.ID, GUNUNG SUGIH - Pemerintah Kabupaten Lampung Tengah menggelar Musyawarah Perencanaan "
              "Pembangunan (Musrenbang) RPJMD 2025-2029, Kamis (8/5/2025).\nPembukaan musrenbang dilakukan Ganjar "
              "Jationo, Staf Ahli Gubernur Bidang Politik, Hukum, dan Pemerintahan Provinsi Lampung, yang datang mewakili "
              "Gubernur Lampung.", "Musrenbang RPJMD Lampung Tengah 2025-2029 Digelar", published="2025-05-08")
    assert out["chair"] and out["chair"]["name"] == "Ganjar Jationo"


def test_thanking_someone_is_not_receiving_them():
    """'Jihan Nurlela menambahkan, "Terima kasih atas dukungan penuh Menteri PPN ..."': thanks, not a host receiving
    (development report b014 with its quotation moved first, which brings that sentence into the lead); the lead says
    who led: 'Diskusi tersebut dipimpin langsung Menteri PPN/Kepala Bappenas, Rachmat Pambudy'."""
    from benchmarks.robustness import PERTURBATIONS
    from pipelines.evaluate import _record, read_jsonl
    rows = read_jsonl(Path(__file__).parent / "data" / "gold" / "develop.jsonl")
    row = PERTURBATIONS["quote_first"](next(r for r in rows if r["id"] == "b014"))
    assert "Terima kasih" in row["text"]
    assert extract(_record(row))["chair"]["name"] == "Rachmat Pambudy"


def test_a_sentence_opening_on_a_name_and_its_long_office_names_who_opened_it():
    """'Nyoto Suwignyo, Direktur ... pada Direktorat Jenderal (Ditjen) Bina Pembangunan Daerah Kementerian Dalam Negeri
    (Kemendagri), membuka rapat ...': the name before the office; an outlet's name in capitals is no one's."""
    out = run("Bandar Lampung – Rapat Fasilitasi Rancangan Akhir RKPD Provinsi Lampung Tahun 2022 digelar di Ruang Rapat "
              "Lantai 3 Bappeda Provinsi Lampung, Selasa (15/6/2021).\nNyoto Suwignyo, Direktur Perencanaan Evaluasi dan "
              "Informasi Pembangunan Daerah pada Direktorat Jenderal (Ditjen) Bina Pembangunan Daerah Kementerian Dalam "
              "Negeri (Kemendagri), membuka rapat yang berlangsung secara online dan offline tersebut.",
              "Fasilitasi Rancangan Akhir RKPD Provinsi Lampung Tahun 2022", published="2021-06-15")
    assert out["chair"]["name"] == "Nyoto Suwignyo"
    outlet = run("HEADLINELAMPUNG, BANDAR LAMPUNG - Dinas Perindustrian dan Perdagangan Provinsi Lampung, menggelar rapat "
                 "koordinasi stabilisasi harga, Senin (3/5/2021).", "Disperindag Gelar Rakor Harga", published="2021-05-03")
    assert not outlet["chair"]


@pytest.mark.parametrize("second, chair", [
    ("Selepas memimpin rapat, Samsudin menjelaskan bahwa evaluasi dimaksudkan untuk menilai realisasi anggaran.",
     "Samsudin"),
    # opening it and leaving is not leading it: the one the text says led it stays the chair
    ("Usai membuka rakor, Samsudin meninggalkan ruangan untuk menghadiri agenda lain. Jalannya rapat selanjutnya "
     "dipimpin Asisten Pemerintahan dan Kesra Setdaprov Lampung, Yusuf Kurniadi, selaku pimpinan rapat.", "Yusuf Kurniadi"),
])
def test_a_fronted_clause_after_leading_the_meeting_names_its_chair(second, chair):
    """'Selepas memimpin rapat, Samsudin menjelaskan ...': he led it (after opening it, he only opened it)."""
    out = run("Penjabat Gubernur Lampung Samsudin meminta serapan anggaran seluruh OPD mencapai 80 persen pada November "
              f"dalam rapat evaluasi di Ruang Rapat Utama, Senin (30/9/2024). {second}",
              "Serapan Anggaran Wajib 80 Persen pada November", published="2024-09-30")
    assert out["chair"]["name"] == chair


def test_an_office_that_turns_up_in_person_to_lead_names_its_holder():
    """'Gubernur Lampung turun tangan langsung memimpin Rapat Koordinasi ...': the governor of the day led it."""
    out = run("Bandar Lampung, Mediamerdeka.co – Gubernur Lampung turun tangan langsung memimpin Rapat Koordinasi "
              "Pelaksanaan Kesiapan Pilkada Serentak Tahun 2020 di Gedung Pusiban Komplek Kantor Gubernur, Senin (30/11).",
              "Pimpin Rakor Kesiapan Pilkada Serentak 2020", published=None)
    assert out["chair"] and out["chair"]["name"] == "Arinal Djunaidi"


def test_an_audience_of_visitors_with_a_host_names_the_host():
    """'audiensi Gubernur Lampung ... dan para bupati se-Lampung dengan Menkes di kantor Kementerian Kesehatan': the
    minister received them."""
    out = run("RADARLAMPUNG.CO.ID, JAKARTA - Menteri Kesehatan RI Budi Gunadi Sadikin berkomitmen menyiapkan tiga "
              "Instruksi Presiden untuk memperkuat sistem kesehatan di daerah.\nKomitmen itu muncul dalam audiensi Gubernur "
              "Lampung Rahmat Mirzani Djausal dan para bupati se-Lampung dengan Menkes di kantor Kementerian Kesehatan RI, "
              "Jakarta, kemarin (10/7/2025).", "Bawa Data ke Kemenkes, Kepala Daerah Lampung Dapat Komitmen Tiga Inpres",
              published="2025-07-11")
    assert out["meeting_type"] == "audiensi"
    assert out["chair"]["name"] == "Budi Gunadi Sadikin"


def test_opening_a_post_or_an_opportunity_is_not_opening_the_meeting():
    """'Eva Dwiana mengatakan Pemkot telah membuka posko pengungsian': she opened a shelter; the governor convened the
    meeting (held-out report h101-17 with its quotation moved first, which brings that sentence into the lead)."""
    from benchmarks.robustness import PERTURBATIONS
    from pipelines.evaluate import _record, read_jsonl
    rows = read_jsonl(Path(__file__).parent / "data" / "extract_heldout101.jsonl")
    row = PERTURBATIONS["quote_first"](next(r for r in rows if r["id"] == "h101-17"))
    assert "membuka posko" in row["text"]
    assert extract(_record(row))["chair"]["name"] == "Rahmat Mirzani Djausal"


def test_a_bare_name_set_off_inside_a_fronted_clause_is_the_clauses_own():
    """'Menerima kunjungan Konsul Jenderal RRT di Medan, Zhang Min, di Kantor Gubernur Lampung, Senin (19/5/2025),
    Gubernur Lampung Rahmat Mirzani Djausal membuka peluang kerja sama ...': the visitor, then the host who received."""
    out = run("PANTAU LAMPUNG – Menerima kunjungan Konsul Jenderal Republik Rakyat Tiongkok (RRT) di Medan, Zhang Min, di "
              "Kantor Gubernur Lampung, Senin (19/5/2025), Gubernur Lampung Rahmat Mirzani Djausal membuka peluang kerja "
              "sama yang lebih erat dengan RRT.", "Konjen RRT Kunjungi Lampung, Bahas Kerja Sama Shandong",
              published="2025-05-20")
    assert out["chair"]["name"] == "Rahmat Mirzani Djausal"


def test_a_headlines_comma_before_two_names_and_a_verb_closes_a_clause():
    """'Audiensi ke Menteri PPN, Mirza dan Jihan Bahas Sinergi': the visitors open the next clause; the minister is not
    'Mirza' (the lead names who led: 'dipimpin langsung oleh Menteri PPN/Kepala Bappenas, Rachmat Pambudy')."""
    out = run("JAKARTA - Gubernur Lampung terpilih Rahmat Mirzani Djausal dan Wakil Gubernur terpilih Jihan Nurlela "
              "beraudiensi ke Kementerian PPN/Bappenas, Senin (9/12/2024). Audiensi tersebut dipimpin langsung oleh Menteri "
              "PPN/Kepala Bappenas, Rachmat Pambudy, dan berlangsung dalam suasana diskusi yang terbuka.",
              "Audiensi ke Menteri PPN, Mirza dan Jihan Bahas Sinergi", published="2024-12-09")
    assert out["chair"]["name"] == "Rachmat Pambudy"


def test_whoever_holds_the_gavel_presides():
    """'Palu sidang rapat paripurna ... dipegang Ria Hartini, S.Sos., M.M. Ia memimpin jalannya rapat ...': she presided;
    the committee chair who reported ('dilaporkan Ketua Bapemperda ...') did not."""
    out = run("METRO – Palu sidang rapat paripurna pengambilan keputusan atas Raperda Kota Metro di Ruang Sidang DPRD Kota "
              "Metro, Jumat (21/11/2025), dipegang Ria Hartini, S.Sos., M.M. Ia memimpin jalannya rapat yang dihadiri Wali "
              "Kota Metro.\nTiga raperda lainnya dilaporkan Ketua Bapemperda Ir. Hadi Kurniadi, S.T., M.T.",
              "Empat Raperda Kota Metro Disetujui Bersama dalam Paripurna", published="2025-11-21")
    assert out["chair"]["name"] == "Ria Hartini"


def test_a_headline_saying_who_opened_it_names_the_chair_when_the_text_does_not():
    """'Buka Musrenbang 2025, Gubernur Mirza: 2026 Momen Penting' over a text that only says he spoke and attended
    (reworded development report pm4-a008): the governor."""
    from pipelines.evaluate import _record, read_jsonl
    rows = read_jsonl(Path(__file__).parent / "data" / "extract_reworded_m4.jsonl")
    row = next(r for r in rows if r["id"] == "pm4-a008")
    assert row["title"].startswith("Buka Musrenbang 2025, Gubernur Mirza:")
    assert extract(_record(row))["chair"]["name"] == "Rahmat Mirzani Djausal"


def test_a_body_that_held_the_meeting_is_no_chair():
    """'Monev tersebut digelar oleh Inspektorat Jenderal Kementerian Dalam Negeri': a body, not a person, convened it."""
    out = run("Monitoring dan Evaluasi (Monev) Pelaksanaan APBD berlangsung di Balai Keratun, Kamis (11/8/2022). Monev "
              "tersebut digelar oleh Inspektorat Jenderal Kementerian Dalam Negeri.", published="2022-08-11")
    assert out["chair"] is None and out["officials"] == []


def test_who_told_the_press_after_holding_the_meeting_chaired_it():
    """'Fahrizal menyampaikannya kepada wartawan seusai menggelar rapat koordinasi ...': the speaker held it."""
    out = run("Presiden RI Joko Widodo dalam waktu dekat dijadwalkan kembali menyambangi Provinsi Lampung. Sejumlah daerah "
              "dikabarkan masuk dalam rencana kunjungannya.\n\nKabar itu dibenarkan Sekretaris Daerah Provinsi Lampung, "
              "Fahrizal Darminto. Meski begitu, ia memastikan waktu kunjungan Presiden masih dirahasiakan.\n\n"
              "Fahrizal menyampaikannya kepada wartawan seusai menggelar "
              "rapat koordinasi persiapan kunjungan kerja Presiden RI, Senin (8/7).",
              title="Presiden Segera Sambangi Lampung, Sekdaprov: Tanggal Masih Rahasia", published="2024-07-08")
    assert out["chair"] and out["chair"]["name"] == "Fahrizal Darminto"


def test_the_invitations_signer_past_the_lead_convenes_the_meeting():
    """'Undangan yang ditandatangani Plt. Kepala BPKAD Provinsi Lampung, Nurul Fajri, ...' past the lead."""
    out = run("• Jumat, 21 November 2025\n\nPemprov Lampung Adakan FGD Penyusunan Studi Kelayakan Kawasan Industri\n\n"
              "Jumat, 21 November 2025 - 21.03 WIB\n15\n\nSurat undangan Focus Group Discussion (FGD) penyusunan Studi "
              "Kelayakan Lokasi Pembangunan Kawasan Industri Lampung. Foto: Ist.\n\nKupastuntas.co, Bandar Lampung - "
              "Pemerintah Provinsi (Pemprov) Lampung melalui Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD) bakal "
              "menggelar Focus Group Discussion (FGD) penyusunan Studi Kelayakan Lokasi Pembangunan Kawasan Industri "
              "Lampung, Senin pekan depan.\n\nFGD dijadwalkan berlangsung mulai pukul 13.30 WIB hingga selesai di Ruang "
              "Rapat Lantai III BPKAD Provinsi Lampung, tiga hari setelah undangannya beredar hari ini.\n\nKegiatan "
              "tersebut menjadi bagian dari proses pengumpulan data, validasi teknis, dan penghimpunan masukan dari para "
              "pemangku kepentingan. Dalam pelaksanaannya, Pemprov Lampung menggandeng Program Pascasarjana Universitas "
              "Lampung.\n\nUndangan yang ditandatangani Plt. Kepala BPKAD Provinsi Lampung, Nurul Fajri, S.Sos., M.T, "
              "menyebutkan FGD ini dimaksudkan untuk menghasilkan dokumen studi.",
              title="Senin Depan, Pemprov Lampung Gelar FGD Studi Kelayakan Kawasan Industri", published="2025-11-21")
    assert out["chair"] and out["chair"]["name"] == "Nurul Fajri"


def test_an_era_of_government_names_no_chair():
    """'forum ini menjadi pijakan ... di bawah kepemimpinan Presiden Prabowo Subianto': an era, not who led it."""
    out = run("Musrenbang Provinsi Lampung Tahun 2025 dibuka oleh Gubernur Lampung Rahmat Mirzani Djausal di Auditorium "
              "Kantor Perwakilan Bank Indonesia Provinsi Lampung, Rabu. Menurut dia, forum ini menjadi pijakan awal "
              "pembangunan di bawah kepemimpinan Presiden Prabowo Subianto.", title="Gubernur buka Musrenbang 2025",
              published="2025-05-07")
    assert out["chair"]["name"] == "Rahmat Mirzani Djausal"


def test_a_decision_about_the_next_similar_meeting_leaves_the_sentence_this_meetings():
    """'Gubernur X, yang memimpin jalannya rapat, memutuskan rakor serupa digelar rutin': he led this one."""
    out = run("BANDARLAMPUNG – Rapat Koordinasi Terbatas itu digelar di Ruang Rapat Utama Gubernur, Jumat pekan lalu. "
              "Gubernur Lampung Arinal Djunaidi, yang memimpin jalannya rapat, memutuskan rakor serupa digelar rutin.",
              title="Pemprov Lampung, KPU, dan Bawaslu Bahas Pilkada 2020", published="2020-02-10")
    assert out["chair"]["name"] == "Arinal Djunaidi"


def test_a_verb_taking_the_meeting_as_its_clitic_names_the_chair():
    """'Kepala Bappeda Provinsi Lampung Elvira Umihanni membukanya mewakili Gubernur Lampung'."""
    out = run("FGD yang diselenggarakan Pemerintah Provinsi Lampung melalui Bappeda ini digelar di Ruang Meeting Gedung "
              "Academic & Research Center UIN RIL, Kamis (17/4/2025). Kepala Bappeda Provinsi Lampung Elvira Umihanni "
              "membukanya mewakili Gubernur Lampung.", title="FGD Tematik Bappeda Lampung Tuntas", published="2025-04-17")
    assert out["chair"]["name"] == "Elvira Umihanni"


def test_an_outlets_name_after_the_dateline_before_a_fronted_lead():
    """'BANDAR LAMPUNG, Lensalampung. com-Memimpin rapat persiapan ..., Asisten ..., Hery Suliyanto, meminta ...'."""
    out = run("BANDAR LAMPUNG, Lensalampung. com-Memimpin rapat persiapan di Ruang Sungkai, Selasa (27/2/2018), Asisten "
              "Pemerintahan dan Kesra Sekda Provinsi Lampung, Hery Suliyanto, meminta kabupaten/kota ikut ambil bagian.",
              title="Lampung Tuan Rumah Raker Gubernur", published="2018-02-27")
    assert out["chair"]["name"] == "Hery Suliyanto"


def test_a_pronoun_opening_the_meeting_after_giving_a_speech():
    """'... pesan yang ia sampaikan ketika memberi sambutan sekaligus membuka Musrenbang': 'ia' opened it."""
    out = run("Tahun depan penting, kata Gubernur Rahmat Mirzani Djausal. Penegasan itu satu dari beberapa pesan yang ia "
              "sampaikan ketika memberi sambutan sekaligus membuka Musrenbang Tahun 2025, Rabu (7/5/2025) pagi, di "
              "Auditorium BI.", title="Gubernur Mirza di Musrenbang 2025", published="2025-05-07")
    assert out["chair"]["name"] == "Rahmat Mirzani Djausal"


def test_a_photo_caption_says_who_led_when_the_story_does_not():
    """'FOTO: Wakil Gubernur Lampung Jihan Nurlela (tengah) memimpin Rakor Kesiapsiagaan Bencana ...' under a story
    naming no leader."""
    out = run("BANDAR LAMPUNG - Pemprov Lampung menggelar rapat koordinasi kesiapsiagaan bencana di Kantor BPBD Provinsi "
              "Lampung, Kamis (11/12/2025). Logistik dan personel dicek ulang.\n\nFOTO: Wakil Gubernur Lampung Jihan "
              "Nurlela (tengah) memimpin Rakor Kesiapsiagaan Bencana di Kantor BPBD Provinsi Lampung. (ist)",
              title="Jelang Puncak Musim Hujan, Pemprov Lampung Kebut Kesiapsiagaan", published="2025-12-11")
    assert out["chair"]["name"] == "Jihan Nurlela"


def test_the_place_a_leader_sat_between_the_passive_and_its_agent():
    """'Rakor tersebut dipimpin langsung dari Jakarta oleh Menteri Dalam Negeri (Mendagri), Muhammad Tito Karnavian.'"""
    out = run("BANDAR LAMPUNG - Rabu (8/2/2023), Gubernur Lampung Arinal Djunaidi mengikuti secara video conference Rapat "
              "Koordinasi Pengendalian Inflasi. Rakor tersebut dipimpin langsung dari Jakarta oleh Menteri Dalam Negeri "
              "(Mendagri), Muhammad Tito Karnavian.", title="Gubernur Ikuti Rakor Inflasi", published="2023-02-08")
    assert out["chair"]["name"] == "Muhammad Tito Karnavian"


def test_an_office_pointing_back_to_the_name_before_it_presides():
    """'... oleh Yozi Rizal. Wakil Ketua DPRD Lampung yang bertindak selaku pemimpin Rapat Paripurna itu ...'."""
    out = run("Rapat paripurna DPRD Lampung digelar Selasa (23/7/2024). Usulan itu lalu dilempar ke forum oleh Yozi Rizal. "
              "Wakil Ketua DPRD Lampung yang bertindak selaku pemimpin Rapat Paripurna itu mendapat persetujuan seluruh "
              "anggota.", title="Paripurna DPRD Lampung", published="2024-07-23")
    assert out["chair"]["name"] == "Yozi Rizal"


@pytest.mark.parametrize("text, name", [
    ("Penegasan itu datang dari ujung meja rapat koordinasi di Kantor Gubernur Lampung, Kamis (3/7/2025), tempat Sekretaris "
     "Daerah Provinsi Lampung Marindo Kurniawan memegang kendali jalannya pembahasan.", "Marindo Kurniawan"),
    ("DPRD Bandar Lampung menggelar rapat paripurna, Senin (8/9/2025). Adapun jalannya sidang paripurna dikendalikan "
     "langsung Ketua DPRD Bandar Lampung, Bernas Yuniarta, sejak awal hingga agenda tuntas.", "Bernas Yuniarta"),
])
def test_the_one_who_held_the_meetings_reins_led_it(text, name):
    """'memegang kendali jalannya pembahasan', 'jalannya sidang paripurna dikendalikan langsung X' (not 'Keadaan baru bisa
    dikendalikan setelah ...')."""
    assert run(text, title="Rapat", published="2025-07-03")["chair"]["name"] == name


@pytest.mark.parametrize("text, name", [
    # a region's name after the place in a fronted clause is no part of the subject's name
    ("Memimpin langsung rapat koordinasi pengendalian Covid-19 di Ruang Rapat Utama, Kantor Gubernur, Bandarlampung, Arinal "
     "Djunaidi menegaskan keselamatan rakyat lebih utama, Senin (21/9/2020).", "Arinal Djunaidi"),
    # a quoted title's commas are no clause's
    ('Bandar Lampung - Membuka Focus Group Discussion (FGD) Tematik bertema "Mewujudkan Kehidupan Masyarakat yang Harmonis, '
     'Aman, dan Berbudaya" mewakili Gubernur Lampung, Kepala Bappeda Provinsi Lampung Elvira Umihanni mengingatkan '
     "pentingnya kerukunan, Senin (21/4/2025).", "Elvira Umihanni"),
    # the epithet before the leader
    ("Rakor penanggulangan kemiskinan digelar Kamis (18/10/2018). Adapun rakor hari itu dipimpin langsung orang nomor dua di "
     "Pemprov Lampung, Wakil Gubernur Lampung Bachtiar Basri.", "Bachtiar Basri"),
])
def test_a_leaders_name_past_a_town_a_quoted_title_or_an_epithet(text, name):
    """'..., Kantor Gubernur, Bandarlampung, Arinal menegaskan', 'bertema "..., Aman, dan Berbudaya" mewakili ...', 'dipimpin
    langsung orang nomor dua di Pemprov Lampung, Wakil Gubernur ... X': the leader, not 'Bandarlampung Arinal' or 'Dan
    Berbudaya'."""
    assert run(text, title="Rapat", published="2025-04-21")["chair"]["name"] == name


def test_a_caption_closed_by_its_credit_says_who_opened_it():
    """'MUSRENBANG - Suasana pembukaan Musrenbang ... oleh Gubernur X. -FOTO BIRO APDIM-' under a story naming no leader."""
    out = run("MUSRENBANG - Suasana pembukaan Musyawarah Perencanaan Pembangunan (Musrenbang) Provinsi Lampung Tahun 2025 oleh "
              "Gubernur Rahmat Mirzani Djausal. -FOTO BIRO APDIM-\n\nBANDARLAMPUNG - Provinsi Lampung resmi memulai langkah "
              "strategis lewat Musrenbang Tahun 2025 di Auditorium Bank Indonesia, Rabu (7/5/2025).",
              title="Lampung Siap Jadi Fondasi Indonesia Emas 2045", published="2025-05-07")
    assert out["chair"]["name"] == "Rahmat Mirzani Djausal"


def test_office_and_leadership_after_selaku():
    """'Marindo Kurniawan, selaku Sekretaris Daerah Provinsi Lampung dan pimpinan rapat, menyebut ...'."""
    out = run("Plt. Kepala BKD Rendi Reswandi memaparkan sistem merit. Meski paparan teknis dibawakan BKD, rapat yang "
              "berlangsung di Ruang Kerja Sekretaris Daerah itu dipimpin oleh tuan rumah ruangan tersebut. Marindo Kurniawan, "
              "selaku Sekretaris Daerah Provinsi Lampung dan pimpinan rapat, menyebut pertemuan tersebut langkah penting.",
              title="BKD: Sistem Merit Jantung Manajemen ASN", published="2025-07-17")
    assert out["chair"]["name"] == "Marindo Kurniawan"


def test_the_host_received_past_the_lead_chairs_not_the_delegation_s_leader():
    """'Rombongan tersebut diketuai ... Sakroni' (the visitors' leader); 'Di sana rombongan Mesuji diterima langsung oleh
    tuan rumah, Pj Bupati Lampung Barat Nukman' past the lead (the host)."""
    out = run("MESUJI – Rombongan TPID Pemkab Mesuji membawa misi mengajak Lampung Barat menekan inflasi. Rombongan tersebut "
              "diketuai Staf Ahli Pemkab Mesuji, Sakroni. \"Kita harus berkolaborasi,\" kata Sakroni di sela kunjungan "
              "tersebut, Jumat, 24 Februari 2023. Menurut dia, Lampung Barat punya potensi komoditas. Karena itu TPID Mesuji "
              "berharap ajakan itu dituangkan dalam MoU. Harga cabai mulai turun. Pertemuan kedua daerah itu berlangsung di "
              "ruang rapat Pesagi. Di sana rombongan Mesuji diterima langsung oleh tuan rumah, Pj Bupati Lampung Barat "
              "Nukman.", title="Sambangi Liwa, TPID Mesuji Tawarkan Kolaborasi ke Lampung Barat", published=None)
    assert out["meeting_type"] == "audiensi" and out["chair"]["name"] == "Nukman"



@pytest.mark.parametrize("row_id, name", [("ps13-e010", "Marindo Kurniawan"), ("ps13-d010", "Tito Karnavian")])
def test_a_leader_behind_a_quotation_s_pronoun_tag(row_id, name):
    """'Marindo Kurniawan, Sekretaris Daerah ..., tidak memulai dengan basa-basi. "...," kata dia ..., kemudian membuka
    secara resmi Rakor ...'; 'Menteri Dalam Negeri Tito Karnavian, "...," tutur dia, saat membuka rakor ...': the
    pronoun is the person named before the quotation (recorded reworded reports S13)."""
    assert run_recorded("extract_reworded_s13.jsonl", row_id)["chair"]["name"] == name


def test_a_moderator_who_is_also_the_meeting_s_leader():
    """'Chandri, bertindak sebagai moderator sekaligus pimpinan rapat'."""
    out = run("Rapat dengan Kementerian Luar Negeri digelar di ruang kerja Kepala Biro Pemerintahan, Senin (5/2/2018). Kepala "
              "Biro Pemerintahan dan Otda Provinsi Lampung, Chandri, bertindak sebagai moderator sekaligus pimpinan rapat.",
              title="Rakor", published=None)
    assert out["chair"]["name"] == "Chandri"


def test_a_caption_naming_the_meeting_s_leader_after_pimpinan_rapat():
    """'Foto: Pimpinan rapat, Sekretaris Daerah Provinsi Lampung Marindo Kurniawan, memberi arahan ...' when the story says
    no more than who spoke."""
    out = run("Foto: Pimpinan rapat, Sekretaris Daerah Provinsi Lampung Marindo Kurniawan, memberi arahan dalam rapat "
              "koordinasi Lampung In. (Foto: Diskominfotik)\n\nBANDAR LAMPUNG - Rapat koordinasi pemantapan aplikasi Lampung "
              "In digelar di Kantor Gubernur Lampung, Kamis (3/7/2025). Kepala Dinas Kominfotik memaparkan kemajuan aplikasi.",
              title="Lampung In Dimantapkan", published=None)
    assert out["chair"]["name"] == "Marindo Kurniawan"


def test_visitors_named_after_audiensi_before_an_unnamed_host_are_not_the_host():
    """'berlangsung dalam audiensi Mirza dan Jihan dengan jajaran Kementerian PPN/Bappenas': the names after 'audiensi'
    are the visitors when 'dengan' brings the host, named or not (here a ministry's staff: no host named)."""
    from pipelines.extract.chair import _host
    unit = ("Pembicaraan tersebut berlangsung dalam audiensi Mirza dan Jihan dengan jajaran Kementerian PPN/Bappenas di "
            "Jakarta.")
    known = [{"name": "Rahmat Mirzani Djausal", "role": "Gubernur dan Wakil Gubernur Lampung terpilih",
              "person_id": "rahmat-mirzani-djausal"},
             {"name": "Jihan Nurlela", "role": "Gubernur dan Wakil Gubernur Lampung terpilih", "person_id": "jihan-nurlela"}]
    assert _host(unit, None, known) is None


def test_the_inspector_general_of_a_ministry_is_an_office_a_police_generals_rank_is_not():
    """'dipimpin Irjen Kemendagri Siti Sudarsana' names the ministry's inspector general, a name the gazetteer lacks;
    'Kapolda Lampung Irjen Pol Helmy Santika' keeps his office, 'Irjen Pol' being his rank."""
    out = run("Rakor pengendalian inflasi daerah yang digelar Kementerian Dalam Negeri itu dipimpin Irjen Kemendagri Siti "
              "Sudarsana secara virtual, Senin (14/10/2024).", title="Rakor Inflasi Daerah", published="2024-10-15")
    assert out["chair"] == {"name": "Siti Sudarsana", "role": "Irjen Kemendagri"}
    police = run("Gubernur memimpin rapat koordinasi pengamanan Natal di Mahan Agung, Senin (16/12/2024), dihadiri Kapolda "
                 "Lampung Irjen Pol Helmy Santika.", title="Rakor Pengamanan Natal", published="2024-12-16")
    assert {"name": "Helmy Santika", "role": "Kapolda Lampung"} in [
        {k: p[k] for k in ("name", "role")} for p in police["officials"]]


def test_a_coordinating_minister_written_in_lower_case_leads():
    """'dipimpin oleh menteri koordinator bidang perekonomian Airlangga Hartarto': a careless writer's lower-case
    office is still the office, the coordinating minister's as a home minister's."""
    out = run("BANDARLAMPUNG - Gubernur Lampung Arinal Djunaidi mengikuti Rapat Koordinasi Evaluasi PPKM secara virtual, "
              "Senin (09/08/2021). Rakor tersebut dipimpin oleh menteri koordinator bidang perekonomian Airlangga "
              "Hartarto, dan diikuti para gubernur.", title="Gubernur Ikuti Rakor PPKM", published="2021-08-09")
    assert out["chair"] == {"name": "Airlangga Hartarto", "role": "Menteri Koordinator Bidang Perekonomian"}


@pytest.mark.parametrize("led_by", ["Sekretaris Daerah Provinsi Nusa Tenggara Barat", "Gubernur Banten",
                                    "Gubernur Jawa Barat"])
def test_another_provinces_office_named_without_its_holder_is_not_lampungs_holder(led_by):
    """'Rakor dipimpin Sekretaris Daerah Provinsi Nusa Tenggara Barat.': that province's secretary, whom the text does
    not name, never Lampung's; 'Bupati Lampung Barat' and 'Gubernur Lampung' stay Lampung's offices."""
    text = ("MATARAM - Pemerintah Provinsi Lampung menghadiri Rapat Koordinasi Forum Mitra Praja Utama di Hotel Lombok "
            f"Raya, Kota Mataram, Rabu (18/10/2023). Rakor dipimpin {led_by}.")
    assert run(text, title="Pemprov Lampung Hadiri Rakor MPU", published="2023-10-18")["chair"] is None
    ours = run(text.replace(led_by, "Gubernur Lampung"), title="Pemprov Lampung Hadiri Rakor MPU", published="2023-10-18")
    assert ours["chair"] == {"name": "Arinal Djunaidi", "role": "Gubernur Lampung"}


def test_the_kind_of_meeting_after_pemimpin_rapat_is_no_name():
    """'X, pemimpin Rapat Dengar Pendapat tersebut, ...': the words after 'pemimpin rapat' name the meeting's kind;
    the chair is the one apposed, not a person called 'Dengar Pendapat'."""
    out = run("BANDAR LAMPUNG - Komisi IV DPRD Provinsi Lampung menggelar rapat dengar pendapat dengan Dinas BMBK Provinsi "
              "Lampung, Senin (2/2/2026). Ketua Komisi IV DPRD Provinsi Lampung, Syamsul Arifin Bahri, pemimpin Rapat "
              "Dengar Pendapat tersebut, mempertanyakan lambatnya perbaikan jalan.", title="Komisi IV Cecar Dinas BMBK",
              published="2026-02-02")
    assert out["chair"]["name"] == "Syamsul Arifin Bahri"


@pytest.mark.parametrize("told", ["Surat itu diteken Plt. Kepala BPKAD Provinsi Lampung, Nurul Fajri, S.Sos., M.T.",
                                  "Hajatan tersebut digawangi Plt. Kepala BPKAD Provinsi Lampung, Nurul Fajri, S.Sos., M.T."])
def test_the_invitations_signer_or_the_one_who_helms_it_convenes(told):
    """'Undangan sudah beredar. ... Surat itu diteken X' (the letter pointed back to is the invitation) and 'Hajatan
    tersebut digawangi X' (helmed by): X convenes the FGD."""
    out = run("Kupastuntas.co, Bandar Lampung - Undangan sudah beredar. Pemprov Lampung melalui BPKAD bakal menggelar Focus "
              "Group Discussion (FGD) penyusunan Studi Kelayakan Kawasan Industri, Senin, 24 November 2025, di Ruang Rapat "
              f"Lantai III BPKAD Provinsi Lampung. {told}", title="BPKAD Lampung Undang Pemangku Kepentingan ke FGD",
              published="2025-11-21")
    assert out["chair"]["name"] == "Nurul Fajri"


def test_the_one_who_received_or_led_told_in_a_cleft_sentence():
    """'..., dan yang menerimanya adalah Sekretaris Daerah Provinsi Lampung, Fredy.' names the host, not the visitor;
    'Yang memimpin rapat itu adalah Wakil Gubernur Lampung Jihan Nurlela.' names the leader."""
    out = run("BANDAR LAMPUNG - Kepala Kanwil Ditjen Imigrasi Lampung, Petrus Teguh Aprianto, datang beraudiensi dengan "
              "Pemerintah Provinsi Lampung, Senin (3/11/2025), dan yang menerimanya adalah Sekretaris Daerah Provinsi "
              "Lampung, Fredy.", title="Kakanwil Imigrasi Bertamu ke Sekda", published="2025-11-03")
    assert out["chair"]["name"] == "Fredy"
    out = run("BANDAR LAMPUNG - Pemprov Lampung menggelar rapat koordinasi penanganan banjir di Ruang Sungkai, Senin "
              "(3/11/2025). Yang memimpin rapat itu adalah Wakil Gubernur Lampung Jihan Nurlela.",
              title="Rakor Penanganan Banjir", published="2025-11-03")
    assert out["chair"]["name"] == "Jihan Nurlela"


def test_a_balinese_name_before_its_office_leads():
    """'I Komang Koheri, Wakil Bupati Lampung Tengah, meminta ...' then 'disampaikan Koheri saat memimpin Rapat
    Koordinasi ...': a Balinese name's opening 'I' is no numbered body's numeral, so the name is read and resolved."""
    out = run("Gunung Sugih -- I Komang Koheri, Wakil Bupati Lampung Tengah, meminta seluruh camat turun langsung ke "
              "posyandu.\nPermintaan itu disampaikan Koheri saat memimpin Rapat Koordinasi Tim Percepatan Penurunan Stunting "
              "di Sesat Agung Nuwo Balak, kemarin.", title="Wabup Minta Camat Turun ke Posyandu", published="2025-06-19")
    assert out["chair"]["name"] == "I Komang Koheri"


def test_a_degree_after_the_leader_s_name_ends_the_sentence():
    """'Rakor dibuka dan dipimpin oleh Sekretaris Daerah ..., Drs. Marzuki Abdullah, M.M. Hadir secara langsung ...':
    the degree closes the name and the sentence; the next sentence (here another occasion's) is not run into it."""
    out = run("Bandar Lampung--Pemprov Lampung bersama KPK RI menggelar Rapat Koordinasi Pencegahan Korupsi Terintegrasi di "
              "Balai Keratun, Selasa (12/05/2026). Rakor dibuka dan dipimpin oleh Sekretaris Daerah Provinsi Lampung, Drs. "
              "Marzuki Abdullah, M.M. Sebelumnya, pada Selasa (5/5/2026), kegiatan serupa digelar di Aula Balai Desa setempat.",
              title="Rakor Pencegahan Korupsi Terintegrasi Bersama KPK RI", published="2026-05-12")
    assert out["chair"]["name"] == "Marzuki Abdullah"


def test_a_non_ministerial_agency_s_secretary_leads():
    """'Rapat yang dipimpin Sestama Kemendukbangga/BKKBN Nurhadi Santoso itu ...': 'Sestama' (Sekretaris Utama) is an
    office, so its holder is read and leads, not the governor's deputy who presented."""
    out = run("Tribunlampung.co.id, Palembang - Wakil Gubernur Lampung Jihan Nurlela membawa capaian penurunan stunting ke "
              "forum se-Sumatera.\nJihan tampil sebagai pemapar dalam rapat koordinasi wilayah percepatan penurunan stunting "
              "yang berlangsung di Palembang, Selasa (22/7).\nRapat yang dipimpin Sestama Kemendukbangga/BKKBN Nurhadi "
              "Santoso itu digelar di Hotel Aryaduta.", title="Wagub Jihan Paparkan Capaian Stunting di Rakor se-Sumatera",
              published="2025-07-23")
    assert out["chair"]["name"] == "Nurhadi Santoso"


def test_a_relative_clause_names_the_convener_by_name_then_office():
    """'rapat koordinasi TPID yang digelar Marindo Kurniawan, Sekretaris Daerah Provinsi Lampung, bersama ...': the
    convener named first and his office apposed after him, not the speaker quoted before."""
    out = run("Bandarlampung (ANTARA) - \"Secara umum inflasi kita terjaga,\" kata Junaidi Sukmana, Kepala Perwakilan Bank "
              "Indonesia (BI) Provinsi Lampung, di Bandarlampung, Selasa.\nHal tersebut ia sampaikan dalam rapat "
              "koordinasi TPID yang digelar Marindo Kurniawan, Sekretaris Daerah Provinsi Lampung, bersama unsur BI, BPS "
              "dan Perum Bulog di Kantor Gubernur Lampung.", title="Inflasi Lampung terjaga, TPID waspadai cabai",
              published="2025-02-25")
    assert out["chair"]["name"] == "Marindo Kurniawan"


def test_ratas_is_a_meeting_its_convener_leads():
    """'Gubernur ... menggelar ratas bersama Forkopimda': 'ratas' (rapat terbatas) is a meeting noun like 'rakor', so its
    convener leads it, not the police chief who led another meeting three days before."""
    out = run("INILAMPUNG.COM, Bandarlampung - Gubernur Lampung Rahmat Mirzani Djausal menggelar ratas bersama Forkopimda "
              "Provinsi Lampung di Mahan Agung, Senin (22/12/2025) malam.\n"
              "Ratas ini digelar tiga hari setelah Rakor Lintas Sektoral Operasi Lilin Krakatau 2025 di Mapolda Lampung pada "
              "Jumat (19/12/2025), yang dipimpin Kapolda Andi Purnomo.",
              title="Gubernur Mirza Gelar Ratas Forkopimda, Pastikan Nataru Aman", published="2025-12-23")
    assert out["meeting_type"] == "rapat_terbatas" and out["chair"]["name"] == "Rahmat Mirzani Djausal"


def test_sekkab_is_the_regency_secretary_who_leads():
    """'Rapat ... itu dipimpin Sekkab Lampung Selatan Thamrin Rusdi': 'Sekkab' (and 'Sekkot') is the regency's (the
    city's) secretary, an office as 'Sekdakab' is."""
    out = run("KALIANDA (Lampost.co) -- Kenaikan harga cabai rawit menjadi sorotan dalam rapat koordinasi Tim Pengendalian "
              "Inflasi Daerah (TPID) Kabupaten Lampung Selatan, Senin (10/3/2025).\nRapat yang berlangsung di ruang rapat "
              "Sekda Lampung Selatan, Kalianda, itu dipimpin Sekkab Lampung Selatan Thamrin Rusdi.",
              title="Harga Cabai Rawit Jadi Sorotan Rakor TPID Lamsel", published="2025-03-10")
    assert out["chair"]["name"] == "Thamrin Rusdi"


def test_an_epithet_pointing_back_is_the_person_named_before():
    """'Bupati Tulang Bawang ... Hendra Kusumawijaya, M.H., tiba lebih awal di ruang rapat. Mantan Kapolda Bengkulu itu
    memimpin langsung jalannya rakor.': the former police chief is the regent just named."""
    out = run("HARIANMOMENTUM.COM--Pemerintah Kabupaten Tulang Bawang bersama unsur Forkopimda mengadakan rapat koordinasi "
              "penanganan konflik lahan di Ruang Rapat Utama Kantor Bupati Tulang Bawang, Menggala, Jumat (11/7/2025).\n"
              "Bupati Tulang Bawang Irjen Pol (Purn) Drs. Hendra Kusumawijaya, M.H., tiba lebih awal di ruang rapat. "
              "Mantan Kapolda Bengkulu itu memimpin langsung jalannya rakor.",
              title="Rakor Forkopimda Bahas Konflik Lahan di Dente Teladas", published="2025-07-11")
    assert out["chair"]["name"] == "Hendra Kusumawijaya"


def test_a_headline_saying_adakan_names_the_convener():
    """'Bupati Tuba Adakan Rakor Forkopimda': the bare 'Adakan' convenes as 'Gelar' does."""
    out = run("HARIANMOMENTUM.COM--Pemerintah Kabupaten Tulang Bawang bersama unsur Forkopimda mengadakan rapat koordinasi "
              "penanganan konflik lahan di Ruang Rapat Utama Kantor Bupati Tulang Bawang, Menggala, Jumat (11/7/2025).\n"
              "Bupati Tulang Bawang Hendra Kusumawijaya tiba lebih awal di ruang rapat.",
              title="Konflik Lahan di Dente Teladas, Bupati Tuba Adakan Rakor Forkopimda", published="2025-07-11")
    assert out["chair"]["name"] == "Hendra Kusumawijaya"


def test_received_in_an_audience_by_its_host():
    """'... beserta anggota diterima dalam audiensi oleh Direktur Produk Hukum Daerah ..., Dr. Wahyu Kurniadi': the host,
    with the meeting named between the verb and its agent."""
    out = run("JAKARTA – Bapemperda DPRD Provinsi Lampung melaksanakan kunjungan kerja dalam rangka konsultasi Raperda ke "
              "Kementerian Dalam Negeri, Kamis (21/8/2025).\nKetua Bapemperda Indra Gunawan Siregar, S.H., M.H., beserta "
              "anggota diterima dalam audiensi oleh Direktur Produk Hukum Daerah Direktorat Jenderal Otonomi Daerah "
              "Kemendagri, Dr. Wahyu Kurniadi, S.H., M.Si., di Ruang Rapat Direktorat Produk Hukum Daerah, Jakarta Pusat.",
              title="Bapemperda DPRD Lampung Konsultasikan Raperda ke Kemendagri", published="2025-08-21")
    assert out["chair"]["name"] == "Wahyu Kurniadi"


def test_a_speaker_who_says_we_gathered_them_for_the_meeting_convened_it():
    """'"Kami sudah mengumpulkan seluruh dinas kesehatan kabupaten/kota untuk rapat koordinasi hari ini ...," kata Kepala
    Dinkes ...': the quotation opens on a capital 'Kami'; the speaker called the meeting."""
    out = run("Bandarlampung (ANTARA) - Dinas Kesehatan Provinsi Lampung meminta seluruh puskesmas siap melayani program cek "
              "kesehatan gratis.\n\"Kami sudah mengumpulkan seluruh dinas kesehatan kabupaten/kota untuk rapat koordinasi hari "
              "ini. Ada yang hadir langsung, sebagian mengikuti secara daring,\" kata Kepala Dinkes Provinsi Lampung Ratna "
              "Kusumawardani di Bandarlampung, Rabu.\nRapat koordinasi yang berlangsung di Aula Dinkes Lampung, Rabu "
              "(5/2/2025), itu juga membahas mekanisme pendaftaran peserta.",
              title="Dinkes Lampung minta puskesmas siap layani cek kesehatan gratis", published="2025-02-05")
    assert out["chair"]["name"] == "Ratna Kusumawardani"



@pytest.mark.parametrize("told", [
    "Setelah menyampaikan sambutan selamat datang, Bupati Arief Maulana mempersilakan Wakil Bupati Syahrul Anwar untuk "
    "memimpin jalannya audiensi, sementara Bupati tetap mengikuti pembahasan hingga selesai.",
    "Meski Bupati hadir dan menyambut rombongan, pembahasan dalam audiensi itu dipimpin Wakil Bupati Syahrul Anwar.",
])
def test_one_said_to_run_an_audience_leads_it_over_its_host(told):
    """'mempersilakan Wakil Bupati untuk memimpin jalannya audiensi', 'audiensi itu dipimpin Wakil Bupati ...': the one
    who ran it, not the host who received the visitors."""
    out = run("KALIANDA – Bupati Lampung Selatan Arief Maulana menerima audiensi Balai Besar Wilayah Sungai (BBWS) Mesuji "
              "Sekampung di Ruang Rapat Utama Kantor Bupati Lampung Selatan, Selasa (14/10/2025).\n" + told,
              title="Bupati Terima Audiensi BBWS Mesuji Sekampung", published="2025-10-14")
    assert out["chair"]["name"] == "Syahrul Anwar"


def test_a_delegation_led_by_its_head_is_not_the_meeting_led():
    """'Delegasi Provinsi Lampung dipimpin langsung oleh Kepala Bappeda ...': who headed the visitors; the meeting was
    opened by its host."""
    out = run("BENGKULU - Bappeda Provinsi Lampung mengikuti Rapat Koordinasi Forum Bappeda se-Sumatera di Gedung Daerah "
              "Balai Raya Semarak, Kota Bengkulu, Kamis, 22 Mei 2025.\nDelegasi Provinsi Lampung dipimpin langsung oleh "
              "Kepala Bappeda Provinsi Lampung Budiarto Siswanto.\nRakor dibuka secara resmi oleh Sekretaris Daerah Provinsi "
              "Bengkulu, Herwan Saputra, mewakili Gubernur Bengkulu.",
              title="Bappeda Lampung Ikuti Rakor Forum Bappeda se-Sumatera di Bengkulu", published="2025-05-22")
    assert out["chair"]["name"] == "Herwan Saputra"


@pytest.mark.parametrize("sentence, name", [
    # the representatives' leader, the meeting's chair named after
    ("Dari Lampung, rapat diikuti oleh Sekdaprov selaku Ketua TAPD, Marindo Kurniawan, Kepala BPKAD Nurul Fajri, serta "
     "perwakilan Banggar DPRD yang dipimpin Wakil Ketua DPRD Siti Rohmah Dewi. "
     "Rapat evaluasi dipimpin Direktur Perencanaan Anggaran Daerah Kemendagri, Sigit Wibowo, dari Jakarta.", "Sigit Wibowo"),
    # the meeting named between the representatives and 'yang dipimpin': the meeting is what was led
    ("Pemprov mempertemukan perwakilan perusahaan tapioka dan petani dalam rapat koordinasi yang dipimpin Asisten "
     "Bidang Ekonomi dan Pembangunan Setdaprov Lampung, Kusnardi, di Ruang Rapat Asisten II.", "Kusnardi"),
])
def test_representatives_led_by_someone_are_a_delegation_unless_the_meeting_comes_between(sentence, name):
    """'perwakilan ... yang dipimpin X' names who headed the representatives, not who chaired the meeting."""
    out = run(sentence + " Kamis (4/12).", title="Rapat Evaluasi", published="2025-12-05")
    assert out["chair"]["name"] == name


def test_a_participle_clause_after_the_outlet_first_dateline_names_its_subject():
    """'Saibumi.com, Bandar Lampung - Saat memimpin Rapat Koordinasi ..., Senin (21/7/2025), Sekretaris Daerah ... X
    meminta ...': the outlet before the town, then the fronted clause, then who led."""
    out = run("Saibumi.com, Bandar Lampung - Saat memimpin Rapat Koordinasi Tim Percepatan Penurunan Stunting Provinsi Lampung "
              "di Ruang Rapat Utama Kantor Gubernur Lampung, Senin (21/7/2025), Sekretaris Daerah Provinsi Lampung Marindo "
              "Kurniawan meminta intervensi stunting tidak lagi bersifat seremonial.",
              title="Sekdaprov Minta TPPS Kabupaten/Kota Fokus ke Keluarga Berisiko Stunting", published=None)
    assert out["chair"]["name"] == "Marindo Kurniawan"


@pytest.mark.parametrize("earlier, name", [
    ("Sebelumnya, Wakil Bupati Lampung Tengah Ardiansyah Putra membuka musrenbang tersebut mewakili Bupati.",
     "Ardiansyah Putra"),
    # another day given: another occasion
    ("Sebelumnya, Senin (14/4/2025), Wakil Bupati Lampung Tengah Ardiansyah Putra membuka musrenbang tersebut.", None),
])
def test_the_meeting_pointed_back_to_after_sebelumnya_is_this_one(earlier, name):
    """'Sebelumnya, X membuka musrenbang tersebut': its opening told after its business, by whom it was opened."""
    out = run("GUNUNG SUGIH - Pemerintah Kabupaten Lampung Tengah menggelar Musrenbang RKPD Kabupaten Lampung Tengah Tahun "
              "2026 di Gedung Sesat Agung Nuwo Balak, Selasa (15/4/2025).\nKegiatan dihadiri unsur Forkopimda dan camat.\n"
              "Musrenbang tahun ini mengusung tema penguatan infrastruktur.\nUsulan dari kecamatan mencapai 4.312 usulan.\n"
              "Sebagian besar usulan adalah infrastruktur jalan.\nPeserta dibagi ke dalam tiga bidang diskusi.\n" + earlier,
              title="Pemkab Lampung Tengah Gelar Musrenbang RKPD 2026", published="2025-04-16")
    assert (out["chair"] or {}).get("name") == name


def test_a_numbered_commissions_numeral_ends_the_sentence_before_the_next_name():
    """'Raker dipimpin Apriyani Rahmawati, Ketua Komisi V. Heru Setiabudi, Kepala Disdikbud, memaparkan ...': 'V.' is the
    commission's numeral closing a sentence, not an initial of the next speaker's name."""
    out = run("Bandar Lampung – Komisi V DPRD Provinsi Lampung menggelar rapat kerja dengan Disdikbud Provinsi Lampung, Rabu "
              "(9/7/2025), di Ruang Rapat Komisi V.\nRaker dipimpin Apriyani Rahmawati, Ketua Komisi V. Heru Setiabudi, "
              "Kepala Disdikbud Lampung, memaparkan masih ada kursi kosong.",
              title="Komisi V Raker dengan Disdikbud Bahas SPMB 2025", published="2025-07-09")
    assert out["chair"]["name"] == "Apriyani Rahmawati"


def test_the_desks_a_department_head_guides_after_the_opening_do_not_make_him_the_chair():
    """'kegiatan dilanjutkan dengan desk pembahasan per bidang yang dipandu Kepala Bappeda': the governor who opened the
    musrenbang leads it; the desks are its parts."""
    out = run("BANDAR LAMPUNG --- Gubernur Lampung Rahmat Mirzani Djausal membuka secara resmi Musrenbang RKPD Provinsi "
              "Lampung Tahun 2027 di Gedung Pusiban, Selasa (14/4/2026).\nSetelah pembukaan, kegiatan dilanjutkan dengan desk "
              "pembahasan per bidang yang dipandu Kepala Bappeda Provinsi Lampung Hendra Wijaya Kusuma.",
              title="Gubernur Mirza Buka Musrenbang RKPD Provinsi Lampung Tahun 2027", published="2026-04-14")
    assert out["chair"]["name"] == "Rahmat Mirzani Djausal"
