"""Participants: groups, bodies (named, short forms, from officials' roles) and what is not a participant."""

import pytest

from pipelines.extract.participants import participants
from pipelines.extract.text import unquoted
from tests.extract_support import run


def test_groups_bodies_in_roles_and_one_entry_per_body():
    """Participant groups, bodies named in officials' roles, one entry per body (short form merged), no documents."""
    found = participants(["Rapat dihadiri perwakilan petani dari 6 Kabupaten, pengusaha industri tapioka, akademisi, "
                          "Kementerian Dalam Negeri (Kemendagri), Kemendagri dan para bupati se-Lampung.",
                          "Rencana Kerja Pemerintah Daerah (RKPD) dibahas bersama Pemprov Lampung."],
                         [{"name": "Rendi Reswandi", "role": "Plt. Kepala BKD Provinsi Lampung"}])
    assert "perwakilan petani dari 6 Kabupaten" in found and "pengusaha industri tapioka" in found
    assert "para bupati se-Lampung" in found and "akademisi" in found
    assert sum("Kemendagri" in f or "Kementerian Dalam Negeri" in f for f in found) == 1
    assert "Pemerintah Provinsi (Pemprov) Lampung" in found and "BKD Provinsi Lampung" in found
    assert not any("RKPD" in f or f == "Pemerintah Daerah" for f in found)


def test_provincial_official_brings_the_provincial_government():
    """A Sekdaprov among the officials brings Pemprov Lampung; an unqualified Sekda does not."""
    found = participants(["Rapat berlangsung tertib."], [{"name": "Marindo Kurniawan", "role": "Sekdaprov Lampung"}])
    assert found == ["Pemerintah Provinsi (Pemprov) Lampung"]
    assert participants(["Rapat berlangsung tertib."], [{"name": "Nukman", "role": "Sekretaris Daerah (Sekda)"}]) == []


def test_bracketed_short_form_inside_a_body_name_keeps_the_whole_name():
    """'Balai Pelaksana Jalan Nasional (BPJN) Lampung' is kept whole."""
    found = participants(["Rapat dihadiri Balai Pelaksana Jalan Nasional (BPJN) Lampung dan Dinas Perhubungan Provinsi Lampung."])
    assert "Balai Pelaksana Jalan Nasional (BPJN) Lampung" in found


def test_bracket_at_the_end_is_not_glued_to_a_body():
    """A trailing bracket ('(Bani)') is not glued to the body before it."""
    found = participants(["Hadir Kepala Dinas Tanaman Pangan (Bani) serta perwakilan petani."])
    assert not any("(Bani)" in f for f in found)


def test_company_pt_name_ends_before_selaku():
    """'PT Hutama Karya selaku ...' keeps the company's own words only."""
    found = participants(["Rakor diikuti PT Hutama Karya selaku pengelola jalan tol."])
    assert "PT Hutama Karya" in found


def test_upper_case_short_form_with_region_is_a_body_but_documents_are_not():
    """'KPU Provinsi Lampung' is a body; 'APBD Provinsi Lampung' is a document, not a participant."""
    found = participants(["Rakor dihadiri Ketua KPU Provinsi Lampung dan KONI Kota Metro membahas APBD Provinsi Lampung."])
    assert "KPU Provinsi Lampung" in found and "KONI Kota Metro" in found
    assert not any(f.startswith("APBD") for f in found)


def test_region_name_does_not_swallow_the_next_persons_name():
    """'PWI Provinsi Lampung <name>' ends the body before the person's name."""
    found = participants(["Audiensi dipimpin Ketua PWI Provinsi Lampung Wirahadikusumah."])
    assert "PWI Provinsi Lampung" in found


def test_office_of_kepala_perwakilan_is_a_participant():
    """An official 'Kepala Perwakilan BKKBN ...' brings 'Perwakilan BKKBN ...' as participant."""
    found = participants([], [{"name": "Siti Aminah", "role": "Kepala Perwakilan BKKBN Provinsi Lampung"}])
    assert found == ["Perwakilan BKKBN Provinsi Lampung"]


def test_unnamed_office_heads_stand_for_their_bodies():
    """Danrem, Kajati, Kakanwil without names stand for Korem, Kejati, Kanwil."""
    found = participants(["Rakor dihadiri Danrem 043/Garuda Hitam, Kajati Lampung dan Kakanwil BPN Lampung."])
    assert {"Korem 043/Garuda Hitam", "Kejati Lampung", "Kanwil BPN Lampung"} <= set(found)


def test_deputies_and_chiefs_of_staff_stand_for_their_bodies():
    """Wakapolda, Kasrem, Kabinda stand for Polda, Korem, Binda as their heads do."""
    found = participants(["Rapat diikuti Wakapolda Lampung Brigjen Pol Ahmad, Kasrem 043/Gatam Kol. Inf Benny "
                          "dan Kabinda Lampung Brigjen TNI Wahyu."])
    assert {"Polda Lampung", "Korem 043/Gatam", "Binda Lampung"} <= set(found)


def test_a_persons_title_ends_a_bodys_name():
    """'Rektor Universitas Bandar Lampung Prof. Dr. Ir. M. Yusuf' brings 'Universitas Bandar Lampung', not the titles."""
    found = participants(["Rapat dihadiri Rektor Universitas Bandar Lampung Prof. Dr. Ir. M. Yusuf dan Ketua Komisi IV "
                          "H. Ahmad Giri Akbar."])
    assert {"Universitas Bandar Lampung", "Komisi IV"} <= set(found)


def test_mixed_case_bodies_from_the_gazetteer():
    """Mixed-case bodies (Walhi, Perum Bulog, Bawaslu, Kodim) come from the gazetteer."""
    found = participants(["Diskusi melibatkan Walhi Lampung, Perum Bulog, Bawaslu Provinsi Lampung dan Kodim 0412 LU."])
    assert {"Walhi Lampung", "Perum Bulog", "Bawaslu Provinsi Lampung", "Kodim 0412 LU"} <= set(found)


def test_lower_case_groups_are_participants_but_a_named_camat_is_not():
    """Lower-case groups ('para camat', 'kelompok nelayan') are participants; 'Camat <place> <name>' is not a group."""
    found = participants(["Musrenbang diikuti para camat, kepala puskesmas se-Pringsewu, kelompok nelayan dan serikat buruh."])
    assert {"para camat", "kepala puskesmas se-Pringsewu", "kelompok nelayan", "serikat buruh"} <= set(found)
    assert not any("camat" in f.lower() for f in participants(["Rapat dibuka Camat Sukarame Budi Santoso."]))


def test_body_in_quotation_running_over_sentences_is_not_a_participant():
    """A body named inside a quotation spanning sentences is not a participant."""
    sents = ["Rapat dihadiri Bappeda Provinsi Lampung.", "“Kami susun dokumennya.", "Minggu depan kami serahkan ke KPU.",
             "Itu jadwalnya,” katanya.", "Hadir juga BPS Lampung."]
    found = participants(sents)
    assert "KPU" not in found and "BPS Lampung" in found
    assert unquoted(sents)[2] == ""


def test_body_inside_audit_report_title_is_not_a_participant():
    """'LHP BPK RI' names a report, not BPK as participant."""
    assert "BPK" not in participants(["Pansus membahas LHP BPK RI tentang belanja modal."])


def test_body_span_ends_at_a_persons_name_or_a_headline_verb():
    """'Dinas BMBK Provinsi Lampung Taufiq Effendi dan Kepala ...', 'Pemprov Lampung Minta TPPS ...' end before them."""
    from pipelines.extract.participants import participants
    people = [{"name": "Taufiqurrahman Effendi", "role": "Kepala Dinas BMBK Provinsi Lampung"}]
    found = participants(["Hadir Dinas BMBK Provinsi Lampung Taufiqurrahman Effendi dan Kepala Bappeda."], people)
    assert "Dinas BMBK Provinsi Lampung" in found
    assert participants(["Pemprov Lampung Minta TPPS Kabupaten Percepat Penurunan Stunting"])[0] == \
        "Pemerintah Provinsi (Pemprov) Lampung"


def test_dan_before_another_body_separates_two_bodies():
    """'Badan Anggaran ... dan Tim Anggaran Pemerintah Daerah (TAPD)' are two bodies, not one name joined by 'dan'."""
    from pipelines.extract.participants import participants
    found = participants(["Badan Anggaran (Banggar) DPRD Provinsi Lampung dan Tim Anggaran Pemerintah Daerah (TAPD) "
                          "Pemprov Lampung menggelar rapat."])
    assert found[:2] == ["Badan Anggaran (Banggar) DPRD Provinsi Lampung", "Tim Anggaran Pemerintah Daerah (TAPD) Pemprov Lampung"]


def test_dan_before_another_body_separates_two_bodies_even_after_a_name_with_dan():
    from pipelines.extract.participants import _spans
    spans = [s for _, s in _spans("dikelola oleh Dinas Komunikasi dan Informatika dan Bappeda Provinsi Lampung.")]
    assert spans == ["Dinas Komunikasi dan Informatika", "Bappeda Provinsi Lampung"]
    assert _spans("Dinas Koperasi dan UKM Provinsi Lampung hadir.")[0][1] == "Dinas Koperasi dan UKM Provinsi Lampung"


def test_the_indonesian_name_of_an_fgd_is_no_group():
    from pipelines.extract.participants import _spans
    assert not any("kelompok" in s for _, s in _spans("FGD atau diskusi kelompok terpumpun digelar Bappeda Lampung."))


def test_a_short_form_the_article_defines_is_one_body_with_its_full_name():
    """'Badan Pembentukan Peraturan Daerah (Bapemperda) DPRD ...' then 'Bapemperda DPRD ...': one entry."""
    found = participants(["Rapat Badan Pembentukan Peraturan Daerah (Bapemperda) DPRD Provinsi Lampung digelar.",
                          "Bapemperda DPRD Provinsi Lampung menyetujui jadwal; Panitia Khusus (Pansus) DPRD dan "
                          "Pansus DPRD hadir."])
    assert sum("Bapemperda" in f for f in found) == 1 and sum("Pansus" in f for f in found) == 1


def test_a_plenary_sits_as_the_whole_house():
    """In a plenary the DPRD takes part besides its factions; a commission's hearing is the commission only."""
    plenary = participants(["Rapat paripurna mendengarkan pandangan fraksi-fraksi DPRD Kota Metro."], plenary=True)
    assert plenary == ["DPRD Kota Metro", "fraksi-fraksi DPRD Kota Metro"]
    hearing = participants(["Komisi IV DPRD Provinsi Lampung menggelar rapat dengar pendapat dengan Dinas BMBK."])
    assert "DPRD Provinsi Lampung" not in hearing and "Komisi IV DPRD Provinsi Lampung" in hearing


def test_an_official_house_or_a_hall_is_not_a_body():
    """'Rumah Dinas Gubernur', 'Balai Kota', 'Balai Keratun' are places, not the agencies 'Dinas ...', 'Balai ...'."""
    found = participants(["Rapat digelar di Rumah Dinas Bupati Lampung Timur, lalu di Balai Kota Jakarta dan Balai "
                          "Keratun bersama Balai Besar Wilayah Sungai Mesuji Sekampung."])
    assert found == ["Balai Besar Wilayah Sungai Mesuji Sekampung"]


def test_a_body_whose_name_lists_its_sectors_is_one_entry():
    """'Dinas Komunikasi, Informatika dan Statistik (Diskominfotik) Provinsi Lampung': the commas list its sectors."""
    found = participants(["Hadir Dinas Komunikasi, Informatika dan Statistik (Diskominfotik) Provinsi Lampung serta "
                          "Bappeda, BPKAD, dan Dinas Kesehatan."])
    assert found == ["Dinas Komunikasi, Informatika dan Statistik (Diskominfotik) Provinsi Lampung", "Bappeda", "BPKAD",
                     "Dinas Kesehatan"]


def test_a_group_ends_before_what_it_did():
    """'pengusaha industri tapioka duduk satu meja': the group is the entrepreneurs, not their sitting down."""
    assert participants(["Rapat dihadiri pengusaha industri tapioka duduk satu meja."]) == ["pengusaha industri tapioka"]


def test_bodies_named_after_the_lead_take_part_too():
    """A body that reports in the meeting's seventh sentence is a participant; one named in the eleventh is not read."""
    from tests.extract_support import run

    lead = ["Sekdaprov Lampung memimpin rapat koordinasi pengendalian inflasi di Ruang Rapat Utama, Senin (14/4/2025)."]
    filler = [f"Harga komoditas ke-{n} dibahas satu per satu." for n in range(1, 6)]
    text = " ".join(lead + filler + ["Perum Bulog Kanwil Lampung melaporkan stok beras aman."]
                    + filler[:3] + ["Bank Indonesia Perwakilan Lampung menyebut inflasi terkendali."])
    found = run(text, title="Rakor Inflasi", published="2025-04-14")["participants"]
    assert any("Bulog" in f for f in found)
    assert not any("Bank Indonesia" in f for f in found)


def test_a_closing_attendance_list_counts_however_long_the_story():
    """'Rakor dihadiri ...' in the twelfth sentence still names who took part in the headline meeting."""
    from tests.extract_support import run
    story = " ".join(f"Kalimat latar ke-{i} tentang arus mudik." for i in range(10))
    out = run("Bupati Lampung Selatan memimpin rakor persiapan angkutan Lebaran di Aula Rajabasa, Senin (25/3/2024). " + story +
              " Rakor dihadiri jajaran Polres Lampung Selatan, Basarnas, dan PT Hutama Karya.", title="Rakor Angkutan Lebaran",
              published="2024-03-25")
    assert {"Polres Lampung Selatan", "Basarnas", "PT Hutama Karya"} <= set(out["participants"])


@pytest.mark.parametrize("sentence, group", [
    ("Gubernur menegaskan perlunya sinergi pemerintah pusat dan daerah.", "pemerintah pusat"),
    ("Langkah itu mempercepat integrasi proses bisnis lintas perangkat daerah.", "perangkat daerah"),
    ("Raperda itu perlu pembahasan yang luas dan melibatkan pemangku kepentingan terkait.", "pemangku kepentingan"),
    ("Ketua KPU berharap memperoleh dukungan pemerintah daerah untuk logistik.", "pemerintah daerah"),
])
def test_a_broad_group_only_talked_about_does_not_take_part(sentence, group):
    """The broad groups of government talk named in passing (a goal, a hope, a modifier) are not participants."""
    assert group not in [f.lower() for f in participants([sentence])]


@pytest.mark.parametrize("sentence, group", [
    ("Rapat diikuti seluruh perangkat daerah dan instansi vertikal.", "perangkat daerah"),
    ("Diskusi menghadirkan akademisi, dunia usaha dan pemangku kepentingan.", "akademisi"),
    ("Turut hadir perwakilan pemerintah pusat.", "pemerintah pusat"),
])
def test_a_broad_group_said_to_attend_takes_part(sentence, group):
    """The same groups take part where the sentence says they attended, joined or were gathered."""
    assert group in [f.lower() for f in participants([sentence])]


def test_a_body_written_short_then_spelled_out_is_kept_spelled_out():
    """'BPS' early and 'Badan Pusat Statistik (BPS)' later are one body, kept by its written-out name."""
    found = participants(["Rakor inflasi diikuti BPS, Forkopimda dan Badan Pangan Nasional.",
                          "Kepala Badan Pusat Statistik (BPS) Margo Yuono memaparkan perkembangan inflasi."])
    assert "Badan Pusat Statistik (BPS)" in found and "BPS" not in found


@pytest.mark.parametrize("role, ministry", [
    ("Menteri Dalam Negeri", "Kementerian Dalam Negeri"),
    ("Mendagri", "Kementerian Dalam Negeri"),
    ("Menteri dalam Negeri", "Kementerian Dalam Negeri"),
    ("Menko Perekonomian", "Kemenko Perekonomian"),
    ("Menteri Koordinator Bidang Perekonomian", "Kemenko Perekonomian"),
    ("Menteri PPN/Kepala Bappenas", "Kementerian PPN/Bappenas"),
])
def test_a_minister_acting_in_the_meeting_brings_the_ministry(role, ministry):
    """The minister among the officials (by full or short title) brings the ministry he heads; his deputy does not."""
    assert ministry in participants(["Rakor berlangsung secara virtual."], [{"name": "Budi Santoso", "role": role}])
    assert participants(["Rakor berlangsung."], [{"name": "Budi Santoso", "role": "Wakil " + role}]) == []


@pytest.mark.parametrize("sentence, group", [
    ("Hadir para Wakil Bupati/Wakil Wali Kota dan Kepala Bappeda kabupaten/kota se-Provinsi Lampung.",
     "Kepala Bappeda kabupaten/kota se-Provinsi Lampung"),
    ("Kesepakatan ditandatangani oleh Sekda Kabupaten/Kota se-Provinsi Lampung.", "Sekda Kabupaten/Kota se-Provinsi Lampung"),
    ("Rapat diikuti TKPK Kabupaten/Kota se-Provinsi Lampung.", "TKPK Kabupaten/Kota se-Provinsi Lampung"),
])
def test_one_office_of_every_regency_and_city_is_a_group(sentence, group):
    """'<office> kabupaten/kota se-Provinsi Lampung' is one group taking part, the office of every regency and city."""
    assert group in participants([sentence])


@pytest.mark.parametrize("sentence, group", [
    ("Rakor diikuti TPPS dari 15 kabupaten/kota.", "TPPS kabupaten/kota"),
    ("Dinas Perhubungan 15 kabupaten/kota bergabung melalui Zoom Meeting.", "Dinas Perhubungan kabupaten/kota"),
    ("Perwakilan Dishub kabupaten/kota yang mengikuti secara virtual melaporkan kesiapan.", "Dishub kabupaten/kota"),
    ("KPU dan Bawaslu dari delapan kabupaten/kota mengikuti secara virtual.", "KPU dan Bawaslu kabupaten/kota"),
    ("Rapat evaluasi diikuti dinas kesehatan kabupaten/kota.", "dinas kesehatan kabupaten/kota"),
    ("Rapat dihadiri perwakilan 15 Kabupaten Kota se-Lampung.", "Kabupaten/Kota se-Lampung"),
])
def test_how_many_regencies_is_not_part_of_the_group(sentence, group):
    """An office of every regency and city is one group however it is counted ('dari 15', 'delapan') or cased."""
    assert group in participants([sentence])


def test_regencies_and_cities_named_only_as_a_place_do_not_take_part():
    """'inflasi di 15 kabupaten/kota' says where, not who: without an office or a word of attending, no group."""
    assert participants(["Harga beras naik di 15 kabupaten/kota se-Lampung."]) == []


def test_the_body_that_proposed_a_document_is_not_thereby_a_participant():
    """'Raperda tentang Keterbukaan Informasi Publik (inisiatif Komisi I)': the commission authored a draft."""
    found = participants(["Paripurna DPRD Provinsi Lampung menetapkan Raperda tentang Keterbukaan Informasi Publik "
                          "(inisiatif Komisi I) dan Raperda tentang Pencemaran Udara (usulan Komisi II)."])
    assert not any(f.startswith("Komisi") for f in found)


def test_the_auditor_that_wrote_a_finding_is_not_thereby_a_participant():
    """'opini WTP dari BPK', 'temuan BPK tahun sebelumnya': the audit, not the meeting."""
    found = participants(["Bupati menyebut opini WTP dari BPK untuk ketiga kalinya dan meminta temuan BPK tahun "
                          "sebelumnya segera ditindaklanjuti."])
    assert "BPK" not in found


def test_a_quotation_closed_in_the_evidence_does_not_hide_the_lead():
    """The meeting's evidence closing a quotation opened before it ('... dulu," kata Arinal saat memimpin rapat')
    does not open one over the lead: speech is taken out in the article's order."""
    from tests.extract_support import run
    text = ("Bandarlampung (ANTARA) - Gubernur Lampung Arinal Djunaidi meminta seluruh bupati dan wali kota "
            "se-Provinsi Lampung menyiapkan langkah antisipasi. \"Kita tidak boleh lengah. Saya minta bupati segera "
            "membentuk tim,\" kata Arinal saat memimpin rapat koordinasi kesiapsiagaan di Ruang Rapat Utama Kantor "
            "Gubernur Lampung, Senin. Rapat tersebut dihadiri unsur Forkopimda Provinsi Lampung.")
    found = run(text, title="Gubernur Minta Daerah Siaga", published="2020-03-16")["participants"]
    assert "bupati dan wali kota se-Provinsi Lampung" in found and "Forkopimda Provinsi Lampung" in found


@pytest.mark.parametrize("sentence, group", [
    ("Rapat dihadiri perwakilan petani plasma kelapa sawit dari Kecamatan Tanjung Raya.", "perwakilan petani plasma kelapa sawit"),
    ("Ketua koperasi mengatakan anggota koperasi hanya menerima Rp150 ribu.", None),
    ("Pengawasan terhadap perusahaan diperketat, kata Kadis.", None),
])
def test_a_lower_case_group_ends_before_an_adverb_a_passive_or_a_dangling_preposition(sentence, group):
    """'koperasi hanya', 'perusahaan diperketat', '... sawit dari': the group's name stops before them."""
    found = participants([sentence])
    assert not any(f.split()[-1] in {"hanya", "diperketat", "dari"} for f in found)
    assert group is None or group in found


@pytest.mark.parametrize("role, office", [
    ("Kadis Tenaga Kerja dan Transmigrasi Provinsi Lampung", "Dinas Tenaga Kerja dan Transmigrasi Provinsi Lampung"),
    ("Plt. Kaban Pendapatan Daerah Lampung", "Badan Pendapatan Daerah Lampung"),
])
def test_a_short_title_heads_the_office_its_long_form_heads(role, office):
    """'Kadis Tenaga Kerja ...' heads the Dinas Tenaga Kerja as 'Kepala Dinas Tenaga Kerja ...' does."""
    from pipelines.extract.participants import office_of
    assert office_of(role) == office


def test_a_persons_initial_is_no_part_of_the_body_before_it():
    """'Kepala Dinas Bina Marga dan Bina Konstruksi (BMBK) M. Taufiqullah': the body ends at its short form; a
    numbered body keeps its numeral ('Komisi V')."""
    out = run("Rapat dipimpin Gubernur Lampung Rahmat Mirzani Djausal di Ruang Rapat Utama, Senin (14/4). Rapat dihadiri "
              "Kepala Dinas Bina Marga dan Bina Konstruksi (BMBK) M. Taufiqullah; Kasat Pol PP M. Zulkarnain; dan Ketua "
              "Komisi V DPRD Lampung.", "Rakor Angkutan Lebaran")
    assert "Dinas Bina Marga dan Bina Konstruksi (BMBK)" in out["participants"]
    assert "Komisi V DPRD Lampung" in out["participants"]



@pytest.mark.parametrize("sentence, body", [
    ("Rakor diikuti BPS Provinsi Lampung, Perum Bulog Kantor Wilayah Lampung, serta Satgas Pangan Polda Lampung.",
     "Perum Bulog Kantor Wilayah Lampung"),
    ("Rakor diikuti BPS Provinsi Lampung dan Perum Bulog Kanwil Lampung.", "Perum Bulog Kanwil Lampung"),
])
def test_a_bare_regional_office_belongs_to_the_body_named_before_it(sentence, body):
    """'Perum Bulog Kantor Wilayah Lampung': one body, not 'Bulog' and a 'Kantor Wilayah Lampung' of no one."""
    found = participants([sentence])
    assert body in found and not any(org in found for org in ("Kantor Wilayah Lampung", "Kanwil Lampung", "Perum Bulog"))


def test_the_regional_office_written_short_and_long_is_one_body():
    """'Perum Bulog Kantor Wilayah Lampung' and later 'Perum Bulog Kanwil Lampung' name one body."""
    found = participants(["Pemprov bersama Perum Bulog Kantor Wilayah Lampung menyediakan 40 ton beras.",
                          "Stok di gudang Perum Bulog Kanwil Lampung dinilai aman."])
    assert [org for org in found if "Bulog" in org] == ["Perum Bulog Kantor Wilayah Lampung"]


@pytest.mark.parametrize("sentence, not_body", [
    # the report audited, not a body
    ("Inspektorat mengikuti Entry Meeting Pemeriksaan Interim atas LKPD Provinsi Lampung yang dilaksanakan BPK.",
     "LKPD Provinsi Lampung"),
    # the planning cycle's meetings, not bodies
    ("Kabid memaparkan tahapan RKPD, mulai dari Forum Perangkat Daerah pada akhir Februari hingga Musrenbang.",
     "Forum Perangkat Daerah"),
    ("Sekda membuka Forum Konsultasi Publik Rancangan Awal RPJMD Kabupaten Pesawaran yang dihadiri OPD.",
     "Forum Konsultasi Publik Rancangan Awal RPJMD Kabupaten Pesawaran"),
    # a head's title with the holder's name apposed is a person, not a group
    ("Dari Disdikbud hadir Kepala Dinas, Drs. Sulistyo Nugroho, didampingi Kepala Bidang Pembinaan SMA.", "Kepala Dinas"),
])
def test_documents_meetings_and_one_named_head_are_no_participants(sentence, not_body):
    """A report's short form, a planning forum's meeting name and 'Kepala Dinas, Name' name no body taking part."""
    assert not_body not in participants([sentence])


def test_the_office_of_a_person_holding_two_is_the_first_that_names_a_body():
    """'Koordinator aksi yang juga Ketua PPUKI Lampung': the body is PPUKI Lampung."""
    from pipelines.extract.participants import office_of

    assert office_of("Koordinator aksi yang juga Ketua PPUKI Lampung") == "PPUKI Lampung"


@pytest.mark.parametrize("sentence, body", [
    ("Rapat dihadiri Kepolisian Resort (Kapolres) Lampung Barat AKBP Ricky Ferdian dan Kodim 0422 LB.",
     "Kepolisian Resort (Kapolres) Lampung Barat"),
    ("Hadir pula perwakilan Polres Lampung Selatan AKP Budi Santoso.", "Polres Lampung Selatan"),
])
def test_an_officers_rank_closes_the_body_before_it(sentence, body):
    """'... Lampung Barat AKBP Ricky': the rank opens the officer's name; the body ends before it."""
    assert body in participants([sentence])


@pytest.mark.parametrize("verb", ["diajak", "diminta", "diundang"])
def test_a_group_named_in_lower_case_stops_before_a_bare_passive_verb(verb):
    """'pemangku kepentingan pembangunan diajak Gubernur ...': the verb and who asks are no part of the group's name."""
    found = participants([f"Seluruh pemangku kepentingan pembangunan {verb} Gubernur Lampung Arinal Djunaidi untuk "
                          "mewujudkan Lampung Smart 2045."])
    assert "pemangku kepentingan pembangunan" in found


@pytest.mark.parametrize("role", ["Gubernur Lampung", "gubernur Lampung", "sekretaris daerah Provinsi Lampung"])
def test_a_provincial_office_in_lower_case_brings_the_provincial_government_too(role):
    assert "Pemerintah Provinsi (Pemprov) Lampung" in participants([], [{"name": "Arinal Djunaidi", "role": role}])
