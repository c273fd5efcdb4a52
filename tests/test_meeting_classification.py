"""Whether an article reports a meeting (is_meeting, event_type, and the audiensi meeting_type)."""

import pytest

from pipelines.extract import extract
from pipelines.extract.classify import classify
from tests.extract_support import run, run_recorded


@pytest.mark.parametrize("title, text, kind", [
    ("Gubernur Lantik 54 Pejabat Administrator", "Gubernur Lampung melantik 54 pejabat di Balai Keratun Lantai III.", "inauguration"),
    ("Upacara HUT ke-61 Provinsi Lampung", "Upacara peringatan HUT Provinsi Lampung digelar di Lapangan Saburai.", "ceremony"),
    ("Gubernur Tinjau Jalan Rusak di Natar", "Gubernur meninjau perbaikan jalan provinsi di Natar.", "visit"),
    ("Pemprov Luncurkan Aplikasi Layanan", "Wagub meluncurkan aplikasi layanan publik digital.", "launch"),
    ("Gubernur Serahkan Bantuan Beras", "Gubernur menyerahkan bantuan beras kepada warga terdampak banjir.", "aid"),
    ("Pemprov Lampung Raih Penghargaan KIP", "Pemprov Lampung menerima penghargaan keterbukaan informasi.", "award"),
])
def test_inauguration_ceremony_visit_launch_aid_and_award_are_not_meetings(title, text, kind):
    """Pelantikan, upacara, kunjungan, peluncuran, bantuan, penghargaan: their own event_type, no meeting."""
    out = run(text, title=title)
    assert not out["is_meeting"] and out["event_type"] == kind
    assert out["meeting_type"] is None and out["chair"] is None and out["meeting_date"] is None


def test_future_visit_in_lead_does_not_hide_the_preparation_meeting():
    """A visit 'dijadwalkan ... pekan depan' in the lead leaves the rakor held to prepare it a meeting."""
    out = run("Presiden dijadwalkan berkunjung ke Lampung pekan depan. Sekdaprov Fahrizal Darminto menggelar "
              "rapat koordinasi persiapan kunjungan di Ruang Rapat Utama, Senin (8/7).",
              title="Jelang Kunjungan Presiden, Pemprov Gelar Rakor", published="2024-07-08")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_koordinasi" and out["meeting_date"] == "2024-07-08"


def test_planned_visit_in_title_leaves_the_preparation_meeting():
    """A planned kunker in the title leaves the 'rapat persiapan' a meeting dated by its own day."""
    out = run("BANDAR LAMPUNG - Kunjungan kerja Menteri Pertanian ke Lampung Timur dijadwalkan Kamis (12/6). "
              "Menindaklanjuti rencana itu, Pemprov Lampung menggelar rapat persiapan di Ruang Rapat Sekdaprov, Rabu (11/6).",
              title="Kunker ke Lampung, Mentan Dijadwalkan Tinjau Panen Jagung", published="2025-06-11")
    assert out["is_meeting"] and out["meeting_date"] == "2025-06-11"


def test_quoted_speech_does_not_override_the_audience():
    """Words inside a quotation (“... penghargaan ...”) do not turn an audiensi into another event."""
    out = run("Gubernur menerima audiensi pengurus KONI di Mahan Agung, Selasa (19/10/2021). "
              "“Ini wujud penghargaan kami kepada atlet,” katanya.", title="Gubernur Janjikan Bonus Atlet")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"


def test_meeting_named_in_reported_speech_menurut_is_not_the_event():
    """A meeting mentioned in reported speech ('Menurut Budi, pertemuan pekan lalu ...') is not the event."""
    out = run("BANDAR LAMPUNG - Ketua Komisi II DPRD Lampung Budi Hartono mengapresiasi langkah petani jagung. "
              "Menurut Budi, pertemuan pekan lalu dengan para pengusaha pakan ternak sudah membuahkan hasil. "
              "Ia berharap harga jagung tetap stabil.", title="DPRD Apresiasi Petani Jagung", published="2025-06-11")
    assert not out["is_meeting"]


def test_welcoming_dinner_disambut_is_not_a_meeting():
    """A guest 'disambut ... dalam jamuan makan malam' is not a meeting."""
    out = run("BANDAR LAMPUNG - Gubernur Bengkulu disambut Gubernur Lampung dalam jamuan makan malam di Mahan Agung, "
              "Jumat (6/6). Acara berlangsung hangat.", title="Gubernur Sambut Kunjungan Gubernur Bengkulu", published="2025-06-11")
    assert not out["is_meeting"]


def test_visit_to_ministry_office_bertemu_dengan_minister_is_audiensi():
    """Visiting a ministry office and 'bertemu dengan Menteri' is an audiensi chaired by the minister."""
    out = run("JAKARTA - Bupati Tanggamus Saleh Asnawi mengunjungi kantor Kementerian Pertanian, Selasa (10/6). "
              "Di ruang rapat menteri, Bupati bertemu dengan Menteri Pertanian Andi Amran Sulaiman untuk membahas irigasi.",
              title="Bupati Tanggamus Kunjungi Kementerian Pertanian", published="2025-06-11")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"
    assert out["chair"]["name"] == "Andi Amran Sulaiman"


def test_bertemu_gubernur_at_his_office_is_a_meeting():
    """'usai bertemu Gubernur di ruang kerja gubernur' is a meeting (an audience)."""
    decision = classify("Bank Siap Bantu UMKM", ["Hal itu disampaikan Kepala OJK Lampung usai bertemu Gubernur di "
                                                  "ruang kerja gubernur, Senin (3/3)."])
    assert decision.is_meeting and decision.event_type == "meeting"


def test_quoted_meeting_the_speakers_held_counts_but_a_called_for_one_does_not():
    """'“Kami telah mengadakan rapat ...”' counts as a meeting; '“Rapat ... harus digelar”' does not."""
    held = classify("Dewan minta pengawasan pupuk", ["“Kami telah mengadakan rapat kerja dengan dinas terkait,” kata Ketua Komisi."])
    talked = classify("Dewan minta pengawasan pupuk", ["“Rapat kerja harus digelar segera,” kata Ketua Komisi."])
    assert held.is_meeting and not talked.is_meeting


def test_opinion_column_reports_no_meeting():
    """An 'Opini:' column by 'Oleh: ...' reports no meeting even when it describes meetings."""
    record = {"id": "o1", "url": "https://bappeda.lampungprov.go.id/detail-post/opini", "published": "2024-09-20",
              "title": "Opini: Musrenbang Jangan Sekadar Ritual Tahunan",
              "text": "Oleh: Rika Anggraini, S.E. Perencana Ahli Muda\n\nSetiap tahun musrenbang digelar berjenjang "
                      "di aula kecamatan dan rapat koordinasi dipimpin kepala daerah."}
    result = extract(record)
    assert result["is_meeting"] is False and result["event_type"] == "other"


def test_dprd_swearing_in_is_a_plenary_meeting():
    """'85 anggota DPRD ... dilantik' happens in a paripurna istimewa: a rapat_paripurna meeting, not an inauguration."""
    out = run("Sebanyak 45 anggota DPRD Kabupaten Pringsewu periode 2024-2029 dilantik di gedung DPRD setempat, "
              "Senin (26/8/2024).", title="45 Anggota DPRD Pringsewu Resmi Dilantik", published="2024-08-26")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_paripurna"


def test_official_inauguration_outside_a_plenary_stays_an_inauguration():
    """A governor swearing in agency heads is no plenary."""
    out = run("Gubernur Lampung melantik 12 pejabat eselon II di Balai Keratun, Senin (3/3/2025).",
              title="Gubernur Lantik 12 Pejabat Eselon II", published="2025-03-03")
    assert not out["is_meeting"] and out["event_type"] == "inauguration"


def test_national_video_conference_is_a_coordination_meeting():
    """A vicon with a coordinating minister followed from Lampung is a rapat_koordinasi."""
    out = run("Gubernur Lampung mengikuti video conference penanganan banjir bersama Menko PMK dari Ruang Command "
              "Center, Senin (5/7/2021).", title="Gubernur Ikuti Vicon Bersama Menko PMK", published="2021-07-06")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_koordinasi"


def test_online_tool_carrying_a_prayer_is_not_a_meeting():
    """'Doa bersama ... melalui teleconference': the tool is the medium of another event."""
    out = run("Doa bersama pejabat se-Provinsi Lampung melalui teleconference dilaksanakan Gubernur, Rabu (22/4/2020).",
              title="Gubernur Gelar Teleconference dan Doa Bersama", published="2020-04-23")
    assert not out["is_meeting"]


def test_calling_on_another_office_holder_is_an_audience():
    """'menemui <role> ...' / 'diterima langsung <role>' make a courtesy call, whatever else the text calls it."""
    out = run("Gubernur Lampung menggelar rapat dengan Kementerian Perhubungan di Jakarta, Senin (4/8/2025). Gubernur "
              "diterima langsung Menteri Perhubungan di ruang kerjanya.", published="2025-08-05")
    assert out["meeting_type"] == "audiensi"


def test_generic_rapat_gathering_many_offices_is_coordination():
    """A plain 'rapat' on preparedness attended by BPBD, BMKG and related agencies is a rapat_koordinasi."""
    out = run("Wakil Gubernur memimpin rapat kesiapsiagaan bencana di Aula BPBD, Kamis (11/12/2025). Rapat dihadiri "
              "BPBD, BMKG, Basarnas dan instansi terkait.", published="2025-12-11")
    assert out["meeting_type"] == "rapat_koordinasi"


def test_generic_rapat_without_coordination_cues_stays_other():
    """A plain 'rapat' on a boundary between two regencies keeps rapat_lainnya."""
    out = run("Rapat penegasan batas wilayah Kabupaten Mesuji digelar di ruang rapat Biro Pemerintahan, Rabu (9/2/2022).",
              published="2022-02-09")
    assert out["meeting_type"] == "rapat_lainnya"


def test_visit_received_in_a_meeting_room_is_an_audience():
    """'Kunjungan TPID X ke Pemkab Y ... berlangsung di ruang rapat Z': a call on the host, not a site visit."""
    out = run("Kunjungan Tim Pengendalian Inflasi Daerah Kabupaten Mesuji ke Pemkab Way Kanan untuk menjalin kerja sama "
              "berlangsung di ruang rapat Sekretariat Daerah Way Kanan, Jumat (24/2/2023).", published="2023-02-25")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"


def test_ekspos_of_a_plan_is_a_meeting():
    """An 'ekspos' (a plan presented to officials) is a meeting."""
    out = run("Hal itu dikemukakan Wakil Gubernur pada ekspos rencana strategis Dinas Koperasi di Ruang Kerja Wakil "
              "Gubernur, Jumat, 11 Oktober 2019.", published=None)
    assert out["is_meeting"] and out["meeting_date"] == "2019-10-11"


@pytest.mark.parametrize("sentence, kind", [
    ("Komisi I DPRD Lampung menggelar RDPU dengan warga di ruang Komisi I, Senin (3/3/2025).", "rapat_dengar_pendapat"),
    ("Pemprov Lampung menggelar rakorsus penanganan banjir di Balai Keratun, Senin (3/3/2025).", "rapat_koordinasi"),
    ("Gubernur memimpin rapat tertutup dengan Forkopimda di Mahan Agung, Senin (3/3/2025).", "rapat_terbatas"),
    ("Sekdaprov memimpin rapat staf pimpinan di Ruang Rapat Utama, Senin (3/3/2025).", "rapat_pimpinan"),
    ("Kecamatan Natar menggelar Musrenbangcam di aula kecamatan, Senin (3/2/2025).", "musrenbang"),
    ("Gubernur membuka Rakornis Kebencanaan di Gedung Pusiban, Senin (3/3/2025).", "rapat_koordinasi"),
    ("Inspektorat menggelar Rakorwasda di Balai Keratun, Senin (3/3/2025).", "rapat_koordinasi"),
    ("Wagub membuka Rakerkesda Provinsi Lampung di Hotel Novotel, Senin (3/3/2025).", "rapat_kerja"),
    ("Bappeda menggelar Forum Perangkat Daerah penyusunan Renja di Aula Bappeda, Senin (3/3/2025).", "rapat_lainnya"),
])
def test_meeting_type_from_its_other_names(sentence, kind):
    """The other names a type goes by in news prose (RDPU, rakorsus, rapat tertutup, rapat staf, musrenbangcam)."""
    out = run(sentence, published="2025-03-04")
    assert out["is_meeting"] and out["meeting_type"] == kind


def test_every_trigger_names_one_meeting_type():
    """The single trigger pattern maps each phrase to one type: a phrase listed under two types would be ambiguous."""
    from collections import Counter

    from pipelines.extract.gazetteer import meeting_type_triggers
    counts = Counter(" ".join(t.lower().split()) for _, words in meeting_type_triggers() for t in words)
    assert [t for t, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("verb", ["menerima", "diterima", "menemui", "bertemu dengan", "menghadap", "mengunjungi",
                                  "menyambangi", "mendatangi", "bertatap muka dengan", "sowan ke"])
def test_audience_prefilter_lets_every_audience_verb_through(verb):
    """The cheap stem test in front of the audience pattern never hides one of its verbs."""
    from pipelines.extract.classify import _AUDIENCE_STEMS
    assert any(stem in f"gubernur {verb} menteri pertanian" for stem in _AUDIENCE_STEMS)


def test_peringatan_as_a_warning_is_not_a_commemoration():
    """'Peringatan itu disampaikan dalam Rapat Koordinasi ...' reports the rakor, not a ceremony."""
    out = run("Pemerintah daerah diminta mewaspadai harga cabai. Peringatan itu disampaikan dalam Rapat Koordinasi "
              "Pengendalian Inflasi yang diikuti Pemprov Lampung secara daring, Senin (14/10/2024).",
              title="Harga Cabai Naik, Pemprov Lampung Diminta Siaga Operasi Pasar", published="2024-10-14")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_koordinasi" and out["mode"] == "daring"


def test_signing_an_mou_is_not_a_meeting():
    """'Teken Nota Kesepahaman' is a signing; a past meeting mentioned later does not make it one."""
    out = run("Pemprov Lampung dan Itera menandatangani nota kesepahaman energi terbarukan di Balai Keratun, Senin "
              "(3/3/2025). MoU ini tindak lanjut pertemuan bulan lalu.",
              title="Pemprov Lampung dan Itera Teken Nota Kesepahaman", published="2025-03-03")
    assert not out["is_meeting"]


def test_a_recess_visit_in_a_sitting_period_is_not_a_session():
    """'reses masa sidang II' is a DPRD member's visit to constituents, not a sidang."""
    out = run("Anggota DPRD Lampung Timur menggelar reses masa sidang II di Desa Sukadana, Sabtu (10/5/2025).",
              title="Reses Masa Sidang II, Warga Minta Jalan Diperbaiki", published="2025-05-11")
    assert not out["is_meeting"] and out["event_type"] == "visit"


def test_officials_sworn_in_while_dprd_leaders_watch_is_no_plenary():
    """'Pelantikan disaksikan ... Ketua DPRD' is an inauguration of officials, not a DPRD swearing-in."""
    out = run("Bupati melantik 42 pejabat administrator di Aula Siger, kemarin. Pelantikan disaksikan Wakil Bupati, "
              "Sekretaris Daerah, Ketua DPRD, serta kepala OPD.", title="Bupati Lampura Lantik 42 Pejabat Administrator",
              published="2025-03-04")
    assert not out["is_meeting"] and out["event_type"] == "inauguration"


def test_first_event_of_a_sequence_is_the_headline():
    """'Lantik 9 Pejabat, Langsung Kumpulkan untuk Rapat Perdana': the inauguration is the headline event."""
    out = run("Gubernur melantik sembilan pejabat pimpinan tinggi pratama di Gedung Pusiban, Selasa (26/8/2025).",
              title="Gubernur Lantik 9 Pejabat, Langsung Kumpulkan untuk Rapat Perdana", published="2025-08-26")
    assert not out["is_meeting"] and out["event_type"] == "inauguration"


def test_share_bar_is_not_an_aid_handover():
    """'Bagikan ke: Facebook | Twitter' is page furniture; the courtesy call it sits above is the event."""
    out = run("Bagikan ke: Facebook | Twitter | WhatsApp\nGubernur Lampung menerima kunjungan kehormatan Duta Besar "
              "Denmark di ruang kerja Gubernur, Rabu (24/8/2022).", title="Dubes Denmark Temui Gubernur",
              published="2022-08-24")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi" and out["city"] == "Kota Bandar Lampung"


@pytest.mark.parametrize("title, lead, kind", [
    ("Komisi III DPRD Lamteng 'Hearing' Dinas PUPR", "Komisi III DPRD Lampung Tengah menggelar rapat kerja bersama "
     "Dinas PUPR di ruang komisi, Senin (3/3/2025).", "rapat_kerja"),
    ("Rakor Realisasi Anggaran Tanggamus", "Pemkab Tanggamus menggelar rapat evaluasi realisasi fisik dan keuangan "
     "OPD di aula setdakab, Senin (3/3/2025).", "rapat_evaluasi"),
    ("Paripurna DPRD Pesawaran Sahkan Perda", "Sidang dibuka Ketua DPRD Pesawaran di ruang sidang, Senin (3/3/2025).",
     "rapat_paripurna"),
])
def test_the_leads_exact_name_of_the_meeting_beats_the_headlines_loose_one(title, lead, kind):
    """A headline names a meeting loosely; the lead's own name for it wins, unless the lead only says 'sidang'."""
    assert run(lead, title=title, published="2025-03-04")["meeting_type"] == kind


def test_a_court_trial_is_not_a_meeting():
    """'menjalani sidang perdana perkara dugaan korupsi ... majelis hakim' is a trial."""
    out = run("Mantan kepala dinas menjalani sidang perdana perkara dugaan korupsi di Pengadilan Tipikor Tanjungkarang, "
              "Rabu (23/4/2025). Sidang dipimpin ketua majelis hakim.", title="Sidang Perdana, Mantan Kadis Didakwa",
              published="2025-04-23")
    assert not out["is_meeting"]


def test_calling_at_a_regional_office_is_an_audience():
    """'Bupati Lambar Sambangi Kanwil BPN, Bahas Sertifikasi' is a courtesy call, not a site visit."""
    out = run("Bupati Lampung Barat bersilaturahmi ke kantor Kanwil BPN Provinsi Lampung, Selasa (4/3/2025). Ia diterima "
              "langsung Kepala Kanwil.", title="Bupati Lambar Sambangi Kanwil BPN, Bahas Sertifikasi Tanah",
              published="2025-03-04")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"


@pytest.mark.parametrize("title, text, expected", [
    ("Gubernur Terima Pengurus PWI", "Gubernur Lampung menerima jajaran pengurus PWI Lampung di Ruang Kerja Gubernur, "
     "Senin (14/4).", "audiensi"),
    ("Gubernur Kumpulkan Bupati", "Gubernur Lampung mengumpulkan seluruh bupati dan wali kota di Balai Keratun, Senin "
     "(14/4), untuk membahas harga singkong.", "rapat_koordinasi"),
    ("Sekda Panggil Kepala OPD", "Sekda Lampung memanggil kepala OPD yang serapan anggarannya rendah untuk mengevaluasi "
     "kinerja, Senin (14/4), di Ruang Rapat Sekda.", "rapat_evaluasi"),
    ("Gubernur Terima Bantuan CSR", "Gubernur Lampung menerima bantuan CSR dari pimpinan Bank Lampung di Kantor Gubernur, "
     "Senin (14/4).", None),
    ("Gubernur Undang Warga", "Gubernur mengundang warga untuk hadir dalam festival budaya di Lapangan Saburai, Senin "
     "(14/4).", None),
])
def test_receiving_a_delegation_and_gathering_officials_to_discuss_are_meetings(title, text, expected):
    """'menerima jajaran X di ruang kerja' is an audience; 'mengumpulkan/memanggil ... untuk membahas' a meeting;
    receiving aid, or inviting the public to a festival, is neither."""
    out = run(text, title=title)
    assert (out["meeting_type"] if out["is_meeting"] else None) == expected


def test_an_act_done_in_a_plenary_is_the_plenary():
    """A signing or report 'dalam rapat paripurna' is a plenary meeting; one done after it ('usai') is not."""
    out = run("Gubernur Lampung dan Ketua DPRD Lampung menandatangani nota kesepakatan KUA-PPAS APBD 2026 dalam rapat "
              "paripurna DPRD Lampung, Senin (14/4).", title="Pemprov dan DPRD Teken Nota Kesepakatan KUA-PPAS")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_paripurna"
    out = run("Gubernur menandatangani MoU dengan Rektor Unila di Balai Keratun, Senin (14/4), usai rapat paripurna.",
              title="Gubernur Teken MoU dengan Unila")
    assert not out["is_meeting"]


def test_a_consultation_at_a_ministry_is_an_audience():
    out = run("Komisi I DPRD Lampung melakukan konsultasi ke Kementerian Dalam Negeri terkait Raperda, Senin (14/4).",
              title="DPRD Konsultasi ke Kemendagri")
    assert out["meeting_type"] == "audiensi"


def test_a_meeting_named_as_the_source_of_something_else_is_a_reference():
    """'Usulan Musrenbang Didominasi Jalan' (an interview) reports no meeting; 'keputusan rapat yang digelar
    Bupati X' still tells one."""
    out = run("Usulan pembangunan untuk RKPD didominasi jalan, kata Kepala Bappeda Elvira Umihanni saat ditemui di "
              "ruang kerjanya, Senin (26/5/2025).", title="Kepala Bappeda: Usulan Musrenbang Didominasi Jalan")
    assert not out["is_meeting"]
    out = run("Dapur umum itu merupakan keputusan rapat yang digelar Bupati Nanang Ermanto di tenda darurat, Selasa "
              "(6/2/2024).", title="Pemkab Lamsel Gelar Rapat Penanganan Banjir")
    assert out["is_meeting"]


def test_receiving_another_office_holder_is_an_audience_wherever_held():
    out = run("Janji itu disampaikan Menteri PU Dody Hanggodo saat menerima Gubernur Lampung Rahmat Mirzani Djausal di "
              "Jakarta, Rabu (11/6/2025).", title="Menteri Dody Janji Bantu Perbaikan Jalan Rusak di Lampung")
    assert out["meeting_type"] == "audiensi" and out["chair"]["name"] == "Dody Hanggodo"


def test_a_plain_rapat_on_speeding_something_up_is_no_coordination_meeting():
    """'rapat percepatan sertifikasi aset' names its subject, not a coordination of many offices."""
    out = run("BPKAD Provinsi Lampung menggelar rapat percepatan sertifikasi aset tanah milik Pemprov Lampung, Selasa "
              "(4/3/2025).", title="BPKAD Gelar Rapat Percepatan Sertifikasi Aset")
    assert out["meeting_type"] == "rapat_lainnya"


def test_a_meeting_to_prepare_another_is_not_that_other():
    """'menggelar Rapat Persiapan FGD': a plain meeting; the FGD is still to come."""
    out = run("Bappeda Provinsi Lampung menggelar Rapat Persiapan FGD Tematik RPJMD di Ruang Rapat Bappeda, Senin "
              "(14/4/2025).", title="Bappeda Lampung Siapkan FGD Tematik RPJMD")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_lainnya"


def test_a_headline_event_the_lead_tells_only_as_a_plan_yields_to_the_meeting():
    out = run("Presiden Joko Widodo kembali dijadwalkan melakukan kunker ke Lampung. Untuk mempersiapkannya, pada Senin "
              "(8/7/2024) Pemprov Lampung menggelar rapat koordinasi virtual di ruang Sakai Sambayan.",
              title="Jokowi Kembali Kunker ke Lampung, Sejumlah Daerah Masuk Jadwal", published="2024-07-08")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_koordinasi"


def test_an_evaluation_someone_led_is_a_meeting_and_a_past_launch_in_a_relative_clause_is_background():
    out = run("Lebih dari 14 ribu warga kini memakai Lampung-In, aplikasi yang diluncurkan Pemprov Lampung sejak Mei lalu. "
              "Capaian itu dibedah dalam evaluasi menyeluruh yang dipimpin Sekretaris Daerah Provinsi Lampung Marindo "
              "Kurniawan, Kamis (4/12/2025).", title="Tembus 14 Ribu Pengguna, Lampung-In Dievaluasi")
    assert out["is_meeting"] and out["chair"]["name"] == "Marindo Kurniawan"


def test_an_opinion_about_a_meeting_reports_no_meeting():
    out = run("Pengamat Mikdar menilai, pertemuan antara Gubernur dengan 12 pemilik pabrik tapioka telah menjawab "
              "keraguan petani, Rabu (26/11/2025).", title="Pengamat: Kebijakan Harga Singkong Tepat")
    assert not out["is_meeting"]


@pytest.mark.parametrize("title, text, kind", [
    ("Wamensos Turun ke Lokasi Banjir", "Wakil Menteri Sosial turun ke lokasi banjir di Bandar Lampung, Selasa.", "visit"),
    ("Gubernur Menjamu Gubernur Jateng", "Gubernur Lampung menjamu Gubernur Jawa Tengah makan malam di Mahan Agung.",
     "other"),
])
def test_other_words_for_visits_and_receptions(title, text, kind):
    out = run(text, title=title)
    assert not out["is_meeting"] and out["event_type"] == kind


def test_a_visit_that_sits_down_in_the_hosts_meeting_room_is_an_audience():
    out = run("Tim Pengendalian Inflasi Daerah (TPID) Pemkab Mesuji berkunjung ke Pemkab Lampung Barat, Jumat (24/2/2023).\n"
              "Kunjungan TPID Pemkab Mesuji untuk menjalin kerja sama pengendalian inflasi berlangsung di ruang rapat "
              "Pesagi Pemkab Lampung Barat.", title="Pemkab Mesuji Ajak Pemkab Lampung Barat Berkolaborasi",
              published="2023-02-24")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"


@pytest.mark.parametrize("title, text", [
    ("Lampung-In Tembus 14 Ribu Pengguna", "Lebih dari 14 ribu warga kini memakai Lampung-In sejak diluncurkan Mei lalu. "
     "Rencana penambahan fitur itu disepakati dalam rapat koordinasi yang dipimpin Sekdaprov Marindo Kurniawan, Kamis "
     "(3/7/2025)."),
    ("Sekda Kabupaten/Kota Teken Rencana Aksi PPKS", "Sekda kabupaten/kota meneken rencana aksi penanganan PPKS. Angka "
     "itu menjadi sorotan dalam rapat koordinasi optimalisasi program PPKS di Hotel Horison, Rabu (1/3/2023)."),
    ("Sosper Tiap Bulan, DPRD Terima Komisi III DPRD Sumsel", "Sosialisasi Perda kini digelar DPRD Lampung sebulan sekali. "
     "Program itu dipaparkan Ketua Komisi V ketika DPRD Provinsi Lampung menerima kunjungan kerja Komisi III DPRD "
     "Sumatera Selatan, Kamis (30/1/2020)."),
    ("Festival Krakatau Digelar 26-27 Juli", "Lampung Krakatau Festival 2025 dipastikan berlangsung pada 26-27 Juli 2025. "
     "Kepastian itu disampaikan dalam rapat persiapan yang dipimpin Kepala Disparekraf Provinsi Lampung, Dewi Rosmalinda "
     "Putri, di Ruang Rapat Disparekraf, Kamis (3/7)."),  # any noun pointed back to, not a list of nouns
    ("Gubernur Mirza Terima Konjen RRT", "Gubernur Lampung berpeluang menjadi kepala daerah pertama yang mengunjungi "
     "Tiongkok. Gubernur menerima kunjungan Konsul Jenderal RRT Zhang Min di Kantor Gubernur Lampung, Senin (19/5/2025)."),
])
def test_the_lead_sets_its_news_in_a_meeting_over_another_event_named_first(title, text):
    """A launch recalled 'sejak diluncurkan', a signing, a programme held 'sebulan sekali', a visit one only 'berpeluang'
    to make: the meeting the lead sets its news in ('X itu disepakati dalam rapat ...') is the headline event."""
    assert run(text, title=title, published="2025-07-04")["is_meeting"]


def test_a_gavel_sidang_headline_yields_to_the_plenarys_name():
    out = run("Palu sidang DPRD Lampung berpindah tangan. Serah terima itu menjadi bagian dari Rapat Paripurna Istimewa "
              "pelantikan anggota DPRD Provinsi Lampung, Senin (2/9/2024).", title="Palu Sidang Berpindah Tangan")
    assert out["meeting_type"] == "rapat_paripurna"


@pytest.mark.parametrize("title, text, expected", [
    ("DPRD Lampung Terima Kunker Komisi III DPRD Sumsel", "Komisi III DPRD Sumatera Selatan melakukan kunjungan kerja "
     "ke Lampung, Kamis (30/1/2020).", "audiensi"),
    ("Komisi III DPRD Sumsel Kunker ke Lampung", "Ketua Komisi III DPRD Sumatera Selatan bersama anggotanya melakukan "
     "kunjungan kerja ke Lampung, Kamis (30/1/2020). Rombongan diterima DPRD Provinsi Lampung di gedung dewan.",
     "audiensi"),
    ("Capaian APBD Dipotret Kemendagri", "Itjen Kemendagri memotret capaian pendapatan daerah di Balai Keratun, Kamis "
     "(11/8/2022). Menurut Fahrizal, rapat monitoring dan evaluasi kali ini lebih menitikberatkan pembinaan.",
     "rapat_evaluasi"),
    ("Sekda Kabupaten/Kota Teken Rencana Aksi PPKS", "Sekda kabupaten/kota menandatangani rencana aksi di Hotel Horison, "
     "Rabu (1/3/2023). Penandatanganan itu mengawali rapat koordinasi optimalisasi program PPKS.", "rapat_koordinasi"),
    ("Arinal Simak Paparan Mendagri", "Gubernur Arinal Djunaidi mengikuti arahan Menteri Dalam Negeri Tito Karnavian "
     "melalui konferensi video dari Mahan Agung, Rabu (8/2/2023).", "rapat_koordinasi"),
])
def test_received_visits_this_meeting_in_speech_an_opening_act_and_a_video_conference(title, text, expected):
    """'Terima Kunker', 'Rombongan diterima X', 'rapat ... kali ini' in speech, 'X itu mengawali rapat ...', a
    minister's video conference is coordination (no courtesy call is made by video)."""
    out = run(text, title=title)
    assert out["is_meeting"] and out["meeting_type"] == expected


def test_a_decision_born_of_a_meeting_is_the_meeting():
    out = run("Pemprov Lampung menetapkan status siaga darurat karhutla. Keputusan tersebut lahir dari rapat koordinasi "
              "pengendalian karhutla di Ruang Rapat Utama, Selasa (12/8/2025).", title="Lampung Tetapkan Siaga Darurat Karhutla")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_koordinasi"


@pytest.mark.parametrize("title, text", [
    ("Jokowi Dijadwalkan Kunjungi Lampung", "Begitu jawaban Sekda Fahrizal Darminto soal rencana Presiden kembali menyambangi "
     "Lampung dalam waktu dekat. Fahrizal menyampaikan hal itu seusai memimpin rapat koordinasi persiapan kunjungan "
     "kerja Presiden, Senin (8/7/2024)."),
    ("Menteri PUPR Setujui Delapan Ruas Jalan", "Persetujuan itu diperoleh di Jakarta, Senin (24/8/2020). Gubernur Arinal "
     "diterima langsung Menteri PUPR Mochamad Basuki Hadimuljono di ruang kerja Menteri PUPR."),
])
def test_a_statement_led_report_of_the_speakers_meeting_or_a_reception_is_the_meeting(title, text):
    """'X menyampaikan hal itu seusai memimpin rapat ...' sets the news in X's meeting; 'diterima langsung Menteri Y'
    is an audience with the minister."""
    assert run(text, title=title, published="2024-07-08")["is_meeting"]


def test_a_visit_headline_whose_lead_says_the_host_received_it_is_an_audience():
    out = run("DPRD Provinsi Lampung menerima kunjungan kerja (kunker) Komisi III DPRD Sumatera Selatan di gedung dewan, "
              "Kamis (30/1/2020).", title="Komisi III DPRD Sumsel Kunker ke DPRD Lampung, Bahas Dana Hibah")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"


@pytest.mark.parametrize("text, kind", [
    ("Komisi III DPRD Lampung Selatan memanggil manajemen PT Sinar untuk memberikan klarifikasi soal limbah.",
     "rapat_dengar_pendapat"),
    ("Panitia khusus DPRD Lampung memanggil Dinas BMBK untuk dimintai keterangan soal proyek jalan.",
     "rapat_dengar_pendapat"),
    ("Bupati Tanggamus memanggil Kepala Dinas Kesehatan untuk mendengarkan penjelasan soal kasus DBD.", "rapat_lainnya"),
])
def test_summoning_someone_to_hear_them_is_a_meeting_and_a_dprd_summons_a_hearing(text, kind):
    """'memanggil X untuk dimintai keterangan' (meN- drops the p of 'panggil'): a meeting; called by a DPRD body, a
    hearing."""
    out = run(text, title="Panggilan", published="2025-04-14")
    assert out["is_meeting"] and out["meeting_type"] == kind


@pytest.mark.parametrize("title, text, kind", [
    ("Pemprov Lampung Bahas Kesiapan Arus Mudik", "Pemerintah Provinsi Lampung membahas kesiapan arus mudik Lebaran bersama "
     "Polda, Dishub dan Jasa Marga di Gedung Pusiban, Senin (14/4/2025).", "rapat_koordinasi"),
    ("Gubernur Dengarkan Paparan Investor", "Gubernur Lampung mendengarkan paparan rencana investasi PT Sino Energi di "
     "Ruang Kerja Gubernur, Senin (14/4/2025).", "rapat_lainnya"),
    ("Gubernur Kumpulkan Kepala OPD", "Gubernur Lampung mengumpulkan seluruh kepala OPD di Balai Keratun, "
     "Senin (14/4/2025). Ia meminta mereka siaga menghadapi banjir.", "rapat_koordinasi"),
    ("Gubernur Bahas Jalan Tol dengan Menteri PU", "Gubernur Lampung membahas percepatan jalan tol bersama Menteri PU "
     "Dody Hanggodo di Jakarta, Senin (14/4/2025).", "audiensi"),
    ("Bupati Pimpin Tatap Muka dengan Kepala Desa", "Bupati Lampung Selatan memimpin tatap muka dengan para kepala desa di "
     "Aula Rajabasa, Senin (14/4/2025).", "rapat_lainnya"),
])
def test_what_people_only_do_by_meeting_is_a_meeting(title, text, kind):
    """Discussing a matter with another party, hearing a presentation, gathering officials, a 'tatap muka dengan'."""
    out = run(text, title=title, published="2025-04-14")
    assert out["is_meeting"] and out["meeting_type"] == kind


def test_discussing_after_another_named_event_leaves_that_event_the_headline():
    """'Silaturahmi dengan Masyarakat, Gubernur Bahas Sinergi dengan Pusat': the gathering is the event, not a meeting."""
    out = run("Gubernur mengadakan silaturahmi dengan masyarakat Lampung perantauan di Jakarta, Minggu (21/11/2019).",
              title="Silaturahmi dengan Masyarakat Lampung, Gubernur Bahas Sinergi dengan Pusat", published="2019-11-21")
    assert not out["is_meeting"]


def test_learning_face_to_face_is_not_a_meeting():
    """'pembelajaran tatap muka' is in-person schooling; only 'tatap muka dengan/bersama' someone is a meeting."""
    out = run("Dinas Pendidikan memastikan pembelajaran tatap muka di sekolah berjalan, Senin (14/4/2025).",
              title="PTM Berjalan Lancar", published="2025-04-14")
    assert not out["is_meeting"]


@pytest.mark.parametrize("title, text, kind", [
    ("Komisi II Kembali Cecar Pabrik Pakan", "Perwakilan perusahaan pakan duduk di hadapan anggota Komisi II DPRD Provinsi "
     "Lampung dalam pertemuan di ruang Komisi II, Rabu (28/5/2025).", "rapat_dengar_pendapat"),
    ("Komisi V dan Disdikbud Duduk Semeja", "Komisi V DPRD Provinsi Lampung bersama Dinas Pendidikan dan Kebudayaan "
     "membahas SPMB 2025 dalam pertemuan di ruang Komisi V, Kamis (6/2/2025).", "rapat_kerja"),
    ("Gubernur Bahas Kasus Keracunan", "Pertemuan yang berlangsung tertutup dan terbatas itu dipimpin Gubernur di Mahan "
     "Agung, Jumat (29/8/2025).", "rapat_terbatas"),
    ("Pj Gubernur Kumpulkan Seluruh Kepala OPD", "Seluruh kepala OPD dikumpulkan Penjabat Gubernur di Gedung Pusiban, "
     "Kamis (10/10/2024), membedah realisasi anggaran triwulan III.", "rapat_evaluasi"),
    ("Tangani Banjir, Sekda Kumpulkan Pemkot dan BBWS", "Sekretaris Daerah mengumpulkan unsur Pemkot Bandar Lampung dan "
     "BBWS Mesuji Sekampung di Kantor Gubernur, Senin (15/12/2025).", "rapat_koordinasi"),
    ("Sekda Bertemu Direksi BUMD", "Direksi tiga BUMD diundang Sekda ke ruang kerjanya, Rabu (15/10/2025). Di sana, Sekda "
     "bertemu Direktur Utama PT Bank Lampung Presley Hutabarat.", "rapat_lainnya"),
    ("PLN Paparkan Program di Hadapan Gubernur", "Manajemen PLN bertandang ke Kantor Gubernur Lampung, Rabu (9/7/2025), "
     "dan disambut Gubernur.", "audiensi"),
])
def test_a_meeting_named_only_by_what_happened_gets_its_type_from_who_sat_together(title, text, kind):
    """A commission with a company hears it, with an agency works with it; closed, evaluating, gathering several bodies,
    called in by the host, or calling at a head's office."""
    out = run(text, title=title, published="2025-06-01")
    assert out["is_meeting"] and out["meeting_type"] == kind


def test_a_public_lecture_is_not_a_meeting():
    """'kuliah umum' where the governor talks with students is a lecture, however much they discuss."""
    out = run("Ratusan mahasiswa mengikuti kuliah umum Gubernur Lampung di Gedung Serbaguna Itera, Kamis (11/9/2025). "
              "Gubernur lebih banyak berdiskusi dengan mahasiswa.", title="Berdiskusi dengan Mahasiswa Itera, Gubernur "
              "Ajak Anak Muda Bangun Lampung", published="2025-09-11")
    assert not out["is_meeting"]


def test_an_event_being_prepared_leaves_the_preparation_meeting_the_headline():
    """'mulai mematangkan rangkaian peringatan HUT ... dibahas dalam rapat persiapan': the ceremony is to come."""
    out = run("Pemerintah Provinsi Lampung mulai mematangkan rangkaian peringatan Hari Ulang Tahun (HUT) ke-61 Provinsi "
              "Lampung. Persiapan itu dibahas dalam rapat persiapan yang dipimpin Pj Sekda M. Firsada di Ruang Rapat "
              "Sekdaprov (26/2/2025).", title="Pemprov Lampung Mulai Siapkan HUT ke-61", published="2025-02-27")
    assert out["is_meeting"] and out["meeting_date"] == "2025-02-26"


def test_a_demonstration_no_one_received_is_not_a_meeting():
    """'Unjuk Rasa ..., Tak Satu Pun Pejabat Menemui': an audience asked for and refused is no audience."""
    out = run("Ratusan pengemudi ojol menggelar aksi di depan Kantor Gubernur Lampung, Selasa (20/5/2025). Koordinator aksi "
              "meminta agar perwakilan massa diterima Gubernur untuk beraudiensi. Tidak ada pejabat yang menemui mereka.",
              title="Ratusan Ojol Unjuk Rasa di Depan Kantor Gubernur Lampung, Tak Satu Pun Pejabat Menemui",
              published="2025-05-20")
    assert not out["is_meeting"]


def test_a_delegation_received_by_a_deputy_chair_is_an_audience():
    """'perwakilan jurnalis ... diterima Wakil Ketua DPRD Lampung, Ismet Roni': an audience the deputy chair hosted."""
    out = run("Usai menggelar aksi di depan Gedung DPRD, perwakilan jurnalis diterima Wakil Ketua DPRD Lampung, Ismet Roni, "
              "Selasa (21/5/2024). Pertemuan berlangsung di Ruang Rapat Komisi I.", title="AJI Diterima Wakil Ketua DPRD",
              published="2024-05-21")
    assert out["meeting_type"] == "audiensi" and out["chair"]["name"] == "Ismet Roni"


def test_a_delegation_welcomed_on_site_is_still_a_visit():
    """'Rombongan disambut Bupati di titik awal ruas jalan': a site visit, not a call on the regent."""
    out = run("Rombongan Komisi IV DPRD Provinsi Lampung meninjau ruas jalan provinsi di Way Kanan, Rabu (23/7/2025). "
              "Rombongan disambut Bupati Way Kanan di titik awal ruas jalan.", title="Komisi IV Tinjau Jalan Provinsi",
              published="2025-07-23")
    assert not out["is_meeting"] and out["event_type"] == "visit"


def test_a_quotation_running_over_two_sentences_leaves_the_narration_after_it():
    """'"... petani yang menanggung," kata Bupati ... saat membuka Musrenbang ...': the quote opened a sentence earlier."""
    out = extract({"id": "q", "title": "Pemkab Tanggamus prioritaskan jalan produksi", "published": "2025-03-11",
                   "text": "Kota Agung (ANTARA) - Pemkab Tanggamus menjadikan perbaikan jalan produksi prioritas RKPD 2026. "
                           "\"Tanggamus ini daerah penghasil kopi. Tapi banyak jalan produksi yang rusak,\" kata Bupati "
                           "Tanggamus Hendra Saputra saat membuka Musrenbang RKPD 2026 di Gedung Serbaguna, Selasa (11/3)."})
    assert (out["is_meeting"], out["meeting_type"], out["meeting_date"]) == (True, "musrenbang", "2025-03-11")


def test_mixed_and_repeated_quotation_marks_close_where_the_writer_meant():
    """'“... JAKI," kata Pramono.' closes with a straight mark; '“Trip “Promoting ...”' opens twice and closes once."""
    from pipelines.extract.text import unquoted
    assert unquoted(["“Kesepakatan itu,\" kata Pramono.", "Pramono menyampaikannya saat menerima Gubernur."]) == [
        "  kata Pramono.", "Pramono menyampaikannya saat menerima Gubernur."]
    assert unquoted(["bagian dari “Trip “Promoting Investment” yang diadakan Kemenlu."]) == [
        "bagian dari   yang diadakan Kemenlu."]


@pytest.mark.parametrize("name", ["Sarasehan Penguatan Aksara Lampung", "Temu Konsultasi Cadangan Pangan",
                                  "Coffee Morning Pajak Kendaraan", "Rembuk Stunting Kabupaten", "Entry Meeting BPK"])
def test_meetings_by_their_other_names(name):
    """A sarasehan, a temu konsultasi, a coffee morning, a rembuk, an entry meeting: officials sit and deliberate."""
    out = extract({"id": "n", "title": name, "published": "2023-03-14",
                   "text": f"BANDAR LAMPUNG - Dinas terkait menggelar {name} di Aula Dinas, Selasa (14/3/2023)."})
    assert out["is_meeting"]


def test_a_meeting_kind_in_a_rooms_name_does_not_type_the_meeting_held_there():
    """'Banmus menggelar rapat ... di Ruang Rapat Pimpinan DPRD': a Banmus meeting, not a leadership meeting."""
    out = extract({"id": "r", "title": "Banmus Tetapkan Jadwal Pembahasan Raperda", "published": "2025-10-30",
                   "text": "BANDAR LAMPUNG - Badan Musyawarah (Banmus) DPRD Provinsi Lampung menggelar rapat untuk menyusun "
                           "jadwal pembahasan Raperda APBD, Kamis (30/10/2025), di Ruang Rapat Pimpinan DPRD Provinsi Lampung."})
    assert out["is_meeting"] and out["meeting_type"] != "rapat_pimpinan"


def test_a_minister_only_quoted_does_not_make_a_plenary_an_audience():
    """'"... sesuai surat edaran Menteri Ketenagakerjaan," kata Kadisnakertrans usai memimpin rapat pleno Dewan
    Pengupahan': a wage council's plenary, not a call on the minister."""
    out = extract({"id": "p", "title": "UMP Lampung 2020 Diusulkan Naik", "published": "2019-10-31",
                   "text": "Rilis.id, Bandar Lampung - UMP Lampung 2020 diusulkan naik 8,51 persen. \"Dewan Pengupahan "
                           "sudah sepakat, sesuai surat edaran Menteri Ketenagakerjaan,\" kata Kepala Disnakertrans Agus "
                           "Salim usai memimpin rapat pleno Dewan Pengupahan di Ruang Rapat Disnakertrans, Kamis (31/10/2019)."})
    assert out["is_meeting"] and out["meeting_type"] == "rapat_lainnya"


def test_a_signing_in_a_plenary_someone_leads_is_the_plenary():
    """'Ketua DPRD ... memimpin langsung rapat paripurna penandatanganan nota kesepakatan KUA-PPAS': a plenary."""
    out = extract({"id": "k", "title": "Teken KUA-PPAS 2026, DPRD dan Pemkab Lampung Selatan Satukan Arah Anggaran",
                   "published": "2025-08-06",
                   "text": "\"Penandatanganan nota kesepakatan ini wujud komitmen bersama.\" Penegasan itu disampaikan Ketua "
                           "DPRD Lampung Selatan Erma Yusneli. Ia memimpin langsung rapat paripurna penandatanganan nota "
                           "kesepakatan KUA-PPAS APBD 2026 di ruang sidang utama kantor DPRD, Rabu (6/8/2025)."})
    assert out["is_meeting"] and out["meeting_type"] == "rapat_paripurna"


@pytest.mark.parametrize("title, text", [
    ("Rapat Penegasan Batas Tulang Bawang dan Mesuji", "Pembahasan batas antara Kabupaten Tulang Bawang dan Kabupaten "
     "Mesuji untuk pembangunan dermaga di Desa Sidang Muara Jaya dipimpin Kepala Bappeda Provinsi Lampung di Ruang "
     "Rapat Bappeda, Selasa (14/1/2020)."),
    ("Fasilitasi Rancangan Akhir RKPD", "Rapat fasilitasi rancangan akhir RKPD digelar di Ruang Rapat Bappeda, Selasa "
     "(15/6/2021). Rapat itu dibuka Direktur Perencanaan Evaluasi dan Informasi Pembangunan Daerah Kemendagri."),
])
def test_a_kind_word_inside_an_office_or_a_village_name_does_not_type_the_meeting(title, text):
    """'Desa Sidang Muara Jaya' is a village, 'Direktur Perencanaan Evaluasi ...' an office: no sitting, no evaluation."""
    assert run(text, title=title, published="2021-06-16")["meeting_type"] not in {"sidang", "rapat_evaluasi"}


def test_a_call_on_the_governor_received_later_in_the_lead_is_an_audience():
    """'Danrem baru sambangi Gubernur' and, three sentences on, 'Gubernur Mirza, yang menerima kunjungan itu, ...'."""
    out = run("Komandan Korem 043/Garuda Hitam yang baru, Brigjen TNI Rudy Hartawan, menyambangi Gubernur Lampung Rahmat "
              "Mirzani Djausal di Kantor Gubernur Lampung, Selasa (19/8). Rudy menggantikan Brigjen TNI Ferdiansyah Kamal. "
              "Serah terima jabatan digelar di Palembang pekan lalu. Gubernur Mirza, yang menerima kunjungan itu "
              "didampingi Sekdaprov, meminta dukungan TNI.", title="Danrem baru sambangi Gubernur Mirza",
              published="2025-08-20")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"


def test_an_inspection_of_a_site_stays_a_visit_however_the_delegation_was_received():
    out = run("Rombongan Komisi V DPR RI meninjau Bendungan Margatiga di Kabupaten Lampung Timur, Kamis (23/10/2025). "
              "Rombongan diterima Kepala BBWS Mesuji Sekampung Tri Wahyono Santoso dan Bupati Lampung Timur.",
              title="Komisi V DPR RI Tinjau Bendungan Margatiga", published="2025-10-24")
    assert not out["is_meeting"]


def test_an_act_the_lead_says_was_done_in_a_meeting_makes_the_meeting_the_event():
    """'Teken Kesepakatan' in the headline; 'menandatangani berita acara ... dalam rapat koordinasi' in the lead."""
    out = run("Perwakilan pabrik tapioka menandatangani berita acara kesepakatan harga ubi kayu Rp1.350 per kilogram dalam "
              "rapat koordinasi di Kantor Gubernur Lampung, Selasa (17/6).",
              title="Pabrik Tapioka Teken Kesepakatan Harga Singkong", published="2025-06-18")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_koordinasi"


@pytest.mark.parametrize("title, text", [
    ("Rapat Tarif Ojek Online di Dishub Lampung Ditunda Tanpa Jadwal", "Rapat pembahasan penyesuaian tarif ojek online "
     "yang semula dijadwalkan Selasa (12/8) ditunda hingga waktu yang belum ditentukan."),
    ("Harga singkong anjlok, Distan minta petani tidak panen dini", "Dinas Pertanian meminta petani singkong tidak "
     "memanen dini. Pemkab akan mengundang perwakilan pabrik tapioka untuk membahas rafaksi dalam waktu dekat, namun "
     "jadwalnya belum ditentukan."),
])
def test_a_meeting_put_off_or_planned_with_no_day_set_is_not_the_event(title, text):
    assert not run(text, title=title, published="2025-08-13")["is_meeting"]


def test_a_visiting_team_that_holds_a_working_meeting_reports_the_meeting():
    out = run("Tim Kunjungan Kerja Spesifik Komisi V DPR RI menggelar rapat kerja bersama Pemerintah Provinsi Lampung di "
              "Balai Keratun, Selasa (10/12/2024).", title="Kunjungan Kerja Spesifik Komisi V DPR RI Bahas Jalan Nasional",
              published="2024-12-10")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_kerja"


def test_a_delegation_received_by_a_regional_secretary_is_an_audience_he_hosts():
    out = run("Tim Pemkab Tanggamus melaksanakan studi tiru ke Pemkab Pesawaran, Rabu (24/7). Rombongan yang dipimpin "
              "Asisten Bidang Pemerintahan Setdakab Tanggamus Sri Purwanti Wulandari diterima Sekretaris Daerah Kabupaten "
              "Pesawaran Guntur Priambodo Setiawan di Ruang Rapat Lantai III Kantor Bupati Pesawaran.",
              title="Pemkab Tanggamus Studi Tiru ke Pesawaran", published="2024-07-25")
    assert out["meeting_type"] == "audiensi" and out["chair"]["name"] == "Guntur Priambodo Setiawan"


def test_a_council_organs_own_meeting_is_not_typed_by_the_plenary_it_schedules():
    out = run("Badan Musyawarah (Banmus) DPRD Provinsi Lampung menggelar rapat penyusunan jadwal kegiatan dewan di Ruang "
              "Rapat Banmus, Kamis (17/7/2025). Rapat menyepakati jadwal rapat paripurna penyampaian nota KUA-PPAS.",
              title="Banmus DPRD Lampung Susun Jadwal Pembahasan KUA-PPAS", published="2025-07-17")
    assert out["is_meeting"] and out["meeting_type"] != "rapat_paripurna"


def test_the_council_chair_watching_an_oath_outside_a_plenary_does_not_make_it_one():
    out = run("Gubernur Lampung melantik Heri Kusnadi sebagai Sekretaris DPRD Provinsi Lampung di Gedung Balai Keratun, "
              "Jumat (12/12/2025). Ketua DPRD Lampung Hendra Saputra Wijaya turut hadir menyaksikan pengambilan sumpah "
              "jabatan.", title="Gubernur Lantik Sekretaris DPRD Lampung", published="2025-12-12")
    assert not out["is_meeting"]


def test_a_ministrys_regional_office_at_a_bureaus_meeting_does_not_make_it_an_audience():
    """'dihadiri perwakilan Kantor Wilayah Kementerian Hukum Lampung': a local office attends; no minister is called on."""
    out = run("Biro Hukum Setdaprov Lampung menggelar rapat pengharmonisasian Rancangan Peraturan Gubernur di Ruang Rapat "
              "Biro Hukum, Jumat (13/2/2026). Rapat dipimpin Kepala Biro Hukum dan dihadiri perwakilan Kantor Wilayah "
              "Kementerian Hukum Lampung.", title="Biro Hukum Gelar Rapat Harmonisasi", published="2026-02-13")
    assert out["meeting_type"] != "audiensi"


def test_a_meeting_a_source_recalls_in_reported_speech_is_not_the_articles_event():
    """'Ia mengungkapkan, dalam rapat kerja ... pada 14 Januari lalu, ...': the news is the statement, not that meeting."""
    out = run("Ketua Komisi III DPRD Provinsi Lampung Rosita Damayanti menilai kontribusi BUMD masih jauh dari harapan. "
              "Menurut Rosita, dividen BUMD tahun buku 2025 hanya Rp38 miliar. Ia mengungkapkan, dalam rapat kerja Komisi "
              "III dengan direksi BUMD pada 14 Januari 2026 lalu, sebagian besar direksi beralasan harga komoditas turun.",
              title="Ketua Komisi III DPRD Lampung: Dividen BUMD Jauh di Bawah Target", published="2026-03-13")
    assert out["is_meeting"] is False


@pytest.mark.parametrize("text", [
    "Rapat Fasilitasi Rancangan Akhir RKPD Provinsi Lampung diselenggarakan di Ruang Rapat Bappeda, Selasa (15/6/2021). "
    "Rapat ini memperkuat koordinasi perencanaan pusat dan daerah.",
    "Bidang Perencanaan Makro dan Evaluasi Bappeda Provinsi Lampung menyelenggarakan Rapat Konsultasi RPJMD Kabupaten "
    "Lampung Barat, Kamis (15/02/2018). Tujuan acara ini adalah memberi konsultasi serta evaluasi atas rancangan awal.",
], ids=["facilitation", "consultation"])
def test_a_review_of_a_draft_is_another_kind_of_meeting(text):
    """'Rapat Fasilitasi ...', 'Rapat Konsultasi RPJMD ...': rapat_lainnya, whatever coordination or evaluation follows."""
    assert run(text, title="Rapat", published="2021-06-15")["meeting_type"] == "rapat_lainnya"


@pytest.mark.parametrize("title, text, published, kind", [
    ("Konferensi Pers Kesiapan Arus Mudik, Pemprov dan Polda Lampung Pastikan Bakauheni Siap",
     "Pemprov Lampung bersama Polda Lampung menggelar konferensi pers kesiapan angkutan Lebaran di Ruang Command Center, "
     "Kamis (12/3/2026). Sekdaprov menyampaikan pokok-pokok kesiapan yang disepakati dalam rapat koordinasi lintas "
     "sektor, Selasa (10/3/2026) lalu.", "2026-03-12", "statement"),
    ("Usai Paripurna, Gubernur Pastikan Seleksi Terbuka Kepala Dinas Dibuka Mei",
     "Gubernur Lampung memastikan seleksi terbuka delapan jabatan kepala dinas dibuka Mei 2026. Hal itu disampaikan "
     "Gubernur saat dicegat awak media di lobi Gedung DPRD, Senin (27/4/2026), sesaat setelah keluar dari ruang sidang. "
     "Siang itu Gubernur baru saja menghadiri rapat paripurna.", "2026-04-27", "statement"),
    ("Sidang Korupsi Proyek Jalan, Kadis BMBK Dihadirkan sebagai Saksi",
     "Kepala Dinas BMBK dihadirkan sebagai saksi dalam sidang perkara dugaan korupsi proyek jalan di Pengadilan Tipikor "
     "Tanjungkarang, Kamis (5/3/2026). Sidang yang digelar di Ruang Sidang Garuda itu dipimpin Ketua Majelis Hakim "
     "Ratna Dewi.", "2026-03-05", "other"),
    ("Harga Singkong Rp1.350 Sudah Berlaku, Dinas Ancam Laporkan Pabrik Nakal",
     "Dinas KPTPH Provinsi Lampung mengingatkan pabrik tapioka mematuhi harga acuan ubi kayu yang berlaku sejak Senin "
     "(9/2/2026). Kepala Dinas KPTPH mengatakan harga tersebut merupakan keputusan rapat koordinasi yang dipimpin "
     "Gubernur Lampung pada 3 Februari lalu.", "2026-02-12", "statement"),
], ids=["press conference", "doorstop after a plenary", "corruption trial", "a meeting recalled a week later"])
def test_the_press_a_court_and_a_recalled_meeting_are_not_the_meeting(title, text, published, kind):
    """A press conference or doorstop, a trial, and a meeting the text dates a week before the report are not the news."""
    out = run(text, title=title, published=published)
    assert (out["is_meeting"], out["event_type"]) == (False, kind)


def test_a_preparation_meeting_is_not_typed_by_the_event_it_prepares():
    """'Pimpin Rapat Persiapan Peringatan HUT ..., Upacara dan Paripurna Istimewa Digelar 18 Maret': rapat_lainnya."""
    out = run("Asisten Administrasi Umum memimpin Rapat Persiapan Peringatan HUT ke-62 Provinsi Lampung di Ruang Rapat "
              "Asisten, Kamis (5/3/2026).", title="Asisten Pimpin Rapat Persiapan HUT ke-62 Provinsi Lampung, Upacara dan "
              "Paripurna Istimewa Digelar 18 Maret 2026", published="2026-03-05")
    assert out["meeting_type"] == "rapat_lainnya"


def test_a_stunting_rembuk_is_a_coordination_meeting():
    """'Bupati Pimpin Rembuk Stunting Kabupaten Pringsewu': the convergence forum is coordination, unlike a plain rembuk."""
    out = run("Bupati Pringsewu memimpin Rembuk Stunting Kabupaten Pringsewu Tahun 2026 di Aula Utama Kantor Bupati, Selasa "
              "(14/4/2026).", title="Bupati Pimpin Rembuk Stunting Kabupaten Pringsewu Tahun 2026", published="2026-04-14")
    assert out["meeting_type"] == "rapat_koordinasi"


@pytest.mark.parametrize("title, text", [
    ("Musrenbang RKPD Tanggamus 2027 Ditunda, Bappeda Fokus Tangani Longsor",
     "KOTA AGUNG - Musrenbang RKPD Kabupaten Tanggamus yang semula dijadwalkan Rabu (4/3/2026) ditunda hingga batas "
     "waktu yang belum ditentukan. Kepala Bappeda mengatakan camat masih fokus menangani longsor."),
    ("Rakor Harga Singkong di Kantor Gubernur Batal Digelar, Ini Alasannya",
     "Rapat koordinasi penetapan harga singkong yang rencananya digelar Rabu (11/3/2026) dibatalkan. Kepala Dinas KPTPH "
     "mengatakan rakor dianggap tidak lagi diperlukan karena aturan pusat telah terbit."),
], ids=["postponed with no day set, the title naming the meeting", "called off, then named again"])
def test_a_meeting_called_off_or_put_off_without_a_day_is_not_a_meeting(title, text):
    """The lead calling the meeting off or off its date decides over the title, and over the lead's later words for it."""
    assert run(text, title=title, published="2026-03-02")["is_meeting"] is False


def test_a_kind_word_in_a_villages_name_is_no_meeting():
    """'tiba dengan helikopter di lapangan Desa Sungai Sidang': the village, not a sitting."""
    out = run("Gubernur Lampung dijadwalkan meninjau tanggul jebol di Kecamatan Rawajitu Utara, Selasa (10/2/2026). Gubernur "
              "diperkirakan tiba dengan helikopter di lapangan Desa Sungai Sidang.",
              title="Gubernur Dijadwalkan Tinjau Tanggul Jebol di Rawajitu Utara Besok", published="2026-02-09")
    assert out["is_meeting"] is False


def test_a_council_organ_scheduling_a_plenary_in_the_headline_holds_its_own_meeting():
    """'Banmus DPRD Lampung Jadwalkan Paripurna ...' over 'Banmus ... menggelar rapat penyusunan jadwal': not a plenary."""
    out = run("Badan Musyawarah (Banmus) DPRD Provinsi Lampung menggelar rapat penyusunan jadwal kegiatan dewan, Rabu "
              "(25/3/2026), di Ruang Rapat Banmus DPRD Provinsi Lampung.",
              title="Banmus DPRD Lampung Jadwalkan Paripurna Penyampaian LKPJ Gubernur 30 Maret", published="2026-03-25")
    assert out["is_meeting"] and out["meeting_type"] != "rapat_paripurna"


def test_an_award_received_by_a_head_is_no_audience():
    """'Pemprov Lampung Raih Penghargaan Bhakti Koperasi 2025, Diterima Wagub di Jakarta': a thing received, not visitors."""
    out = run("Pemerintah Provinsi Lampung meraih Penghargaan Bhakti Koperasi 2025. Penghargaan diserahkan Menteri Koperasi "
              "kepada Wakil Gubernur Lampung di Gedung Smesco Indonesia, Jakarta Selatan, Senin (14/7/2025).",
              title="Pemprov Lampung Raih Penghargaan Bhakti Koperasi 2025, Diterima Wagub di Jakarta", published="2025-07-14")
    assert (out["is_meeting"], out["event_type"]) == (False, "award")


@pytest.mark.parametrize("later, meeting", [
    ("Kasus-kasus seperti ini jadi bahan pembahasan dalam rapat dengar pendapat Komisi V DPRD Lampung bersama Dinas "
     "Kesehatan di gedung DPRD Lampung, Senin (2/2/2026).", True),
    ("Ia mengungkapkan, persoalan itu sudah dibahas dalam rapat bersama distributor pekan lalu.", False),
    ("Fraksinya akan membawa persoalan tersebut dalam rapat paripurna yang dijadwalkan pekan depan.", False),
], ids=["the feature's meeting, dated as it happened", "a meeting recalled", "a meeting expected"])
def test_a_feature_that_names_its_meeting_after_the_lead(later, meeting):
    """A report opening on a citizen's story names no event in its lead; the meeting it then tells as happening is its
    news, a meeting it only recalls or expects is not."""
    story = ("\"Pas bapak mau cuci darah, petugasnya bilang kartunya sudah nggak aktif.\" Lina masih ingat kejadian itu. "
             "Ayahnya rutin menjalani hemodialisis dua kali sepekan. Keluarga harus membayar sendiri. Baru aktif lagi "
             "seminggu kemudian. Warsono satu dari puluhan ribu warga yang kepesertaannya dinonaktifkan. ")
    out = run(story + later, title="Kartu BPJS Mati Mendadak, Pasien Cuci Darah Sempat Bingung", published="2026-02-03")
    assert out["is_meeting"] is meeting


def test_a_body_that_beraudiensi_with_the_governor_under_a_visit_headline_is_an_audience():
    """'Ombudsman Sambangi Gubernur Mirza' over 'Ombudsman ... beraudiensi dengan Gubernur Lampung ... di ruang kerja'."""
    out = run("Ombudsman RI Perwakilan Provinsi Lampung beraudiensi dengan Gubernur Lampung Rahmat Mirzani Djausal di ruang "
              "kerja gubernur, Kamis (10/7/2025). Dalam pertemuan itu, Ombudsman membeberkan hasil penilaian.",
              title="Ombudsman Sambangi Gubernur Mirza, Tiga Kabupaten Masih Zona Kuning", published="2025-07-11")
    assert (out["is_meeting"], out["meeting_type"]) == (True, "audiensi")


@pytest.mark.parametrize("title, lead, kind", [
    # a meeting the evidence says was held a week or more ago, without a date
    ("Ketua Komisi II: Kesepakatan Harga Singkong Jangan Hanya di Atas Kertas",
     "Ketua Komisi II DPRD Provinsi Lampung, Ahmad Basuki, meminta kesepakatan harga ubi kayu dijalankan pabrik. "
     "Kesepakatan itu dihasilkan dalam rapat koordinasi yang dipimpin Sekdaprov Lampung sepekan lalu.", "statement"),
    # aid sent and handed over, a short meeting before it
    ("634 Rumah di Katibung Terendam, Pemprov Lampung Kirim 500 Paket Sembako",
     "Pemerintah Provinsi Lampung mengirimkan 500 paket sembako bagi warga terdampak banjir. Bantuan diserahkan langsung "
     "Wakil Gubernur Lampung Jihan Nurlela di posko pengungsian, Sabtu (6/12). Sebelum menyerahkan bantuan, Jihan "
     "menggelar pertemuan singkat dengan Bupati Lampung Selatan.", "aid"),
    # an award received at a national meeting: the meeting is only the occasion
    ("Lampung Raih Penghargaan Percepatan Penurunan Stunting pada Rakornas 2024",
     "Pemerintah Provinsi Lampung menerima penghargaan sebagai provinsi dengan kinerja terbaik. Penghargaan diserahkan "
     "pada Rapat Koordinasi Nasional (Rakornas) Percepatan Penurunan Stunting 2024 di Hotel Bidakara, Jakarta.", "award"),
    # ... or 'di Rakernas', the headline's bare 'di'
    ("Gubernur Terima Penghargaan di Rakernas",
     "Gubernur Lampung Rahmat Mirzani Djausal menerima penghargaan Anugerah Pangan dari Presiden di sela Rapat Kerja "
     "Nasional di Jakarta, Senin (20/10/2025).", "award"),
])
def test_a_meeting_that_is_only_background_or_occasion_is_not_the_headline_event(title, lead, kind):
    """Recalled 'sepekan lalu', a meeting before an aid handover, an award 'pada Rakornas' or 'di Rakernas'."""
    out = run(lead, title=title, published="2025-10-21")
    assert (out["is_meeting"], out["event_type"]) == (False, kind)


def test_a_meeting_last_week_on_a_named_weekday_is_still_reported():
    """'dalam rapat Komisi V DPRD Provinsi Lampung, Rabu pekan lalu': a dated day, not a vague week ago."""
    out = run("Komisi V DPRD Provinsi Lampung meminta PPDB bebas titipan. Permintaan itu disampaikan dalam rapat Komisi V "
              "DPRD Provinsi Lampung, Rabu pekan lalu.", title="Komisi V Minta PPDB Bebas Titipan", published="2024-05-20")
    assert out["is_meeting"]


def test_what_is_done_every_year_is_background_not_the_event():
    """'... peringatan hari jadi provinsi selalu diisi rangkaian kegiatan budaya' before 'Pemprov menggelar rapat persiapan'."""
    out = run("Provinsi Lampung akan genap berusia 62 tahun pada 18 Maret 2026. Sejak dibentuk pada 1964, peringatan hari jadi "
              "provinsi selalu diisi rangkaian kegiatan budaya dan olahraga. Untuk itu Pemerintah Provinsi Lampung menggelar "
              "rapat persiapan peringatan HUT ke-62 di Ruang Sungkai, Balai Keratun, Selasa (24/02/2026).",
              title="Pemprov Lampung Matangkan Persiapan HUT Ke-62 Provinsi Lampung", published="2026-02-24")
    assert out["is_meeting"]


def test_an_event_a_leader_asks_others_to_do_has_not_happened():
    """'Gubernur meminta seluruh bupati dan wali kota di provinsi itu turun langsung ke pasar ...' then '... kata Gubernur
    saat memimpin rapat koordinasi pengendalian inflasi di Gedung Pusiban'."""
    out = run("Bandarlampung (ANTARA) - Gubernur Lampung Rahmat Mirzani Djausal meminta seluruh bupati dan wali kota di "
              "provinsi itu turun langsung ke pasar untuk memastikan harga bahan pokok stabil. \"Kepala daerah harus melihat "
              "sendiri harga beras di pasar,\" kata Gubernur saat memimpin rapat koordinasi pengendalian inflasi di Gedung "
              "Pusiban, Kantor Gubernur Lampung, Selasa.", title="Gubernur minta kepala daerah turun ke pasar",
              published="2026-02-10")
    assert (out["is_meeting"], out["meeting_type"]) == (True, "rapat_koordinasi")


def test_a_type_named_for_an_earlier_meeting_past_the_evidence_is_not_this_ones():
    """'menggelar Rapat Lanjutan Pembahasan Rancangan Awal RKPD' ... 'forum konsultasi publik dua pekan lalu menghimpun
    214 masukan': the earlier forum's type is not the follow-up meeting's."""
    out = run("Bappeda Provinsi Lampung menggelar Rapat Lanjutan Pembahasan Rancangan Awal RKPD Tahun 2027, Kamis "
              "(29/01/2026). Rapat dipimpin oleh Kepala Bappeda Provinsi Lampung. Dalam arahannya, ia menyampaikan bahwa forum "
              "konsultasi publik dua pekan lalu menghimpun 214 masukan.", title="Bappeda Gelar Rapat Lanjutan RKPD 2027",
              published="2026-01-29")
    assert out["meeting_type"] == "rapat_lainnya"


def test_a_ceremony_the_headline_names_but_the_lead_says_will_be_held_was_prepared_in_a_meeting():
    """'Upacara HUT RI ke-80 ... Ini Hasil Rapat Persiapannya' over 'Upacara ... akan digelar ... Hal itu terungkap dalam
    rapat persiapan ...'."""
    out = run("Upacara Peringatan Detik-Detik Proklamasi HUT ke-80 Kemerdekaan RI tingkat Provinsi Lampung akan digelar di "
              "Lapangan Saburai pada Minggu, 17 Agustus 2025. Hal itu terungkap dalam rapat persiapan peringatan HUT ke-80 RI "
              "yang digelar Pemprov Lampung di Ruang Rapat Asisten Pemerintahan, Rabu (23/7/2025).",
              title="Upacara HUT RI ke-80 di Lapangan Saburai Libatkan 1.200 Peserta, Ini Hasil Rapat Persiapannya",
              published="2025-07-23")
    assert out["is_meeting"] and out["meeting_date"] == "2025-07-23"


def test_calling_on_a_national_directorate_is_an_audience():
    """'Pj Gubernur Samsudin Sambangi Ditjen Bina Marga' over 'melakukan audiensi ke Direktorat Jenderal Bina Marga'."""
    out = run("Jakarta - Penjabat (Pj) Gubernur Lampung Samsudin melakukan audiensi ke Direktorat Jenderal Bina Marga "
              "Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR) di Jakarta, Senin (05/08/2024). Kedatangan Pj Gubernur "
              "beserta rombongan diterima Sekretaris Direktorat Jenderal Bina Marga Hendra Wiratama di Ruang Rapat Ditjen Bina "
              "Marga, Gedung Kementerian PUPR, Jakarta.",
              title="Pj Gubernur Samsudin Sambangi Ditjen Bina Marga, Usulkan 27 Ruas Jalan", published="2024-08-05")
    assert (out["is_meeting"], out["meeting_type"]) == (True, "audiensi")


def test_a_plenary_held_the_day_before_does_not_make_a_ceremony_a_plenary():
    """'Gubernur Arinal Pimpin Upacara HUT ke-58' with 'Sehari sebelumnya, Kamis (17/3), DPRD menggelar rapat paripurna
    istimewa ...'."""
    out = run("Gubernur Lampung Arinal Djunaidi memimpin upacara peringatan HUT ke-58 Provinsi Lampung di Lapangan Saburai, "
              "Jumat (18/3). Sehari sebelumnya, Kamis (17/3), DPRD Provinsi Lampung menggelar rapat paripurna istimewa dalam "
              "rangka HUT provinsi.", title="Gubernur Arinal Pimpin Upacara HUT ke-58 Provinsi Lampung", published="2022-03-18")
    assert (out["is_meeting"], out["event_type"]) == (False, "ceremony")


@pytest.mark.parametrize("title, lead", [
    ("Sehari Usai Rakor Banjir, Wagub Antar Bantuan ke Kampung Baru",
     "Wakil Gubernur menyerahkan bantuan logistik kepada warga terdampak banjir di posko pengungsian, Jumat (7/3). "
     "Penyaluran bantuan dilakukan sehari setelah rapat koordinasi penanganan banjir yang dipimpin Gubernur di Mahan "
     "Agung, Kamis (6/3)."),
    ("Sekdaprov: Lampung Targetkan 1.200 SPPG Beroperasi",
     "Sekretaris Daerah Provinsi Lampung mengatakan pemerintah provinsi menargetkan 1.200 SPPG beroperasi akhir tahun. "
     "Pernyataan itu disampaikan sehari setelah mengikuti rapat koordinasi percepatan pembangunan SPPG di Jakarta, "
     "Selasa (16/9)."),
    ("Ketua DPRD: Pusat Setuju Batasi Impor Tapioka",
     "Ketua DPRD Provinsi Lampung mengklaim pemerintah pusat menyetujui pembatasan impor tapioka. Hal itu disampaikan "
     "saat ditemui di Gedung DPRD, Selasa (14/1/2025), sehari setelah ia bersama perwakilan petani mengikuti rapat di "
     "Kementerian Pertanian, Jakarta."),
    # (those who went with him named at length before the meeting)
    ("Ketua DPRD: Pusat Setuju Batasi Impor Tapioka",
     "Ketua DPRD Provinsi Lampung mengklaim pemerintah pusat menyetujui pembatasan impor tapioka. Hal itu disampaikan "
     "saat ditemui di Gedung DPRD, Selasa (14/1/2025), sehari setelah ia bersama perwakilan petani dan Pemerintah "
     "Provinsi Lampung mengikuti rapat di Kementerian Pertanian, Jakarta."),
], ids=["aid the day after", "statement the day after", "remarks the day after", "remarks the day after, at length"])
def test_a_meeting_days_before_what_the_article_reports_is_not_its_event(title, lead):
    """'sehari setelah rapat ...', 'Sehari Usai Rakor ...': a meeting of another day is background, not the news."""
    assert not run(lead, title=title, published="2025-03-07")["is_meeting"]


def test_a_meeting_two_weeks_or_more_before_the_report_is_recalled_even_in_the_lead():
    """'menilai kesepakatan ... yang dicapai dalam rapat ... pada 9 Oktober lalu', published 5 November: the news is the
    statement; a meeting a week ago named in the lead is still reported."""
    lead = ("Ketua DPRD Provinsi Lampung menilai kesepakatan harga ubi kayu yang dicapai dalam rapat bersama pemerintah "
            "provinsi dan pabrik tapioka pada {day} lalu belum dijalankan. Giri menyampaikan hal itu kepada wartawan.")
    title = "Giri Akbar: Hasil Rapat Harga Singkong Belum Dijalankan Pabrik"
    assert not run(lead.format(day="9 Oktober"), title=title, published="2025-11-05")["is_meeting"]
    assert run(lead.format(day="29 Oktober"), title=title, published="2025-11-05")["is_meeting"]
    mistyped = run("Gubernur memimpin rapat koordinasi harga ubi kayu di Mahan Agung, Selasa (4/11/2024).",
                   title="Gubernur Pimpin Rakor Harga Ubi Kayu", published="2025-11-05")
    assert mistyped["is_meeting"]  # a year mistyped is no recall: only a date the text calls past


@pytest.mark.parametrize("day", ["Selasa (30/12) pekan lalu", "Selasa (30/12) pagi pekan lalu"])
def test_a_meeting_on_a_dated_day_last_week_is_reported_not_recalled(day):
    """'Selasa (30/12) pekan lalu', published 5 January: a day the text dates, six days before, is still the news, with
    the part of the day written too ('... pagi pekan lalu')."""
    out = run("Pemprov Lampung menargetkan 600 SPPG beroperasi awal 2026. Target itu disepakati dalam rapat koordinasi "
              f"yang dipimpin Wakil Gubernur Lampung Jihan Nurlela di Ruang Rapat Sakai Sambayan, {day}.",
              title="Target 600 SPPG Beroperasi, Pemprov Kebut Dapur MBG", published="2026-01-05")
    assert out["is_meeting"] and out["meeting_date"] == "2025-12-30"


def test_a_ceremony_that_bakal_digelar_was_prepared_in_the_meeting_the_lead_tells():
    """'upacara ... bakal digelar terbatas. Kesepakatan itu diambil dalam rapat persiapan ..., Kamis (5/8)'."""
    out = run("Upacara peringatan HUT ke-76 Kemerdekaan RI di lingkungan Pemprov Lampung bakal digelar terbatas. Kesepakatan "
              "itu diambil dalam rapat persiapan peringatan HUT ke-76 RI di Ruang Rapat Sungkai, Kamis (5/8).",
              title="Upacara HUT RI ke-76 di Pemprov Digelar Terbatas", published="2021-08-06")
    assert out["is_meeting"] and out["meeting_date"] == "2021-08-05"


@pytest.mark.parametrize("back", ["sepulang mengikuti", "baru kembali dari Jakarta setelah mengikuti"])
def test_a_meeting_the_speaker_came_back_from_is_not_the_news(back):
    """'disampaikan ... kepada wartawan ..., Senin (26/8/2024), sepulang mengikuti Rakornas ... di Jakarta'; 'baru
    kembali dari Jakarta setelah mengikuti rapat koordinasi ...'."""
    out = run("Kepala Kesbangpol Provinsi Lampung menyatakan pihaknya tengah memetakan potensi kerawanan Pilkada. Hal itu "
              f"disampaikan kepada wartawan di Kantor Kesbangpol, Senin (26/8/2024), {back} Rapat Koordinasi "
              "Nasional Kewaspadaan Dini yang digelar Kementerian Dalam Negeri di Jakarta.",
              title="Kesbangpol Lampung Petakan Kerawanan Pilkada", published="2024-08-26")
    assert not out["is_meeting"]


@pytest.mark.parametrize("title, lead", [
    ("Pemprov Lampung perluas operasi pasar beras tekan inflasi",
     "Pemerintah Provinsi Lampung memperluas operasi pasar beras ke seluruh kabupaten/kota. \"Beras masih jadi penyumbang "
     "utama inflasi kita,\" kata Sekretaris Daerah Provinsi Lampung Marindo Kurniawan usai mengikuti rapat koordinasi "
     "pengendalian inflasi daerah secara daring dari Command Center, Senin."),
    ("TPID Lampung alokasikan dua persen DTU untuk tekan inflasi",
     "TPID Provinsi Lampung menyepakati penggunaan dua persen Dana Transfer Umum untuk bantuan sosial. \"Kita intervensi "
     "harga di pasar,\" kata Sekretaris Daerah Provinsi Lampung Fahrizal Darminto, saat memimpin rapat koordinasi TPID di "
     "Kantor Gubernur Lampung, Selasa."),
], ids=["after following it", "while leading it"])
def test_a_statement_made_at_the_speakers_meeting_that_day_reports_the_meeting(title, lead):
    """'..." kata <speaker> usai mengikuti / saat memimpin rapat koordinasi ...': the meeting is the statement's occasion."""
    assert run(lead, title=title, published="2025-07-14")["is_meeting"]


def test_a_meeting_asked_for_has_not_been_held():
    """'Gubernur Lantik 12 Pejabat ..., Minta Langsung Gelar Rapat Kerja di OPD Masing-masing': an inauguration."""
    out = run("Gubernur Lampung melantik dan mengambil sumpah jabatan 12 Pejabat Pimpinan Tinggi Pratama di Gedung Pusiban, "
              "Selasa (12/8/2025).", title="Gubernur Lantik 12 Pejabat, Minta Langsung Gelar Rapat Kerja di OPD Masing-masing",
              published="2025-08-12")
    assert not out["is_meeting"] and out["event_type"] == "inauguration"


def test_a_plenary_in_a_headline_led_by_the_banmus_is_the_business_it_schedules():
    """'Banmus DPRD Mesuji Susun Jadwal Masa Sidang II, Paripurna Pidato Perdana Bupati Menunggu Pelantikan'."""
    out = run("Badan Musyawarah (Banmus) DPRD Kabupaten Mesuji menggelar rapat penyusunan jadwal kegiatan dewan untuk Masa "
              "Sidang II Tahun 2025, Senin (3/2/2025).",
              title="Banmus DPRD Mesuji Susun Jadwal Masa Sidang II, Paripurna Pidato Perdana Bupati Menunggu Pelantikan",
              published="2025-02-03")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_lainnya"


def test_a_meeting_one_is_asked_to_hold_straight_away_has_not_been_held():
    """'Lantik 12 Pejabat, Gubernur Minta Langsung Rapat dengan Jajaran'; an instruction told as carried out still is."""
    out = run("Gubernur Lampung melantik dan mengambil sumpah 12 Pejabat Pimpinan Tinggi Pratama di Gedung Pusiban, Selasa "
              "(12/8/2025).", title="Lantik 12 Pejabat, Gubernur Mirza Minta Langsung Rapat dengan Jajaran",
              published="2025-08-12")
    assert not out["is_meeting"]
    carried_out = run("Gubernur Lampung sudah menginstruksikan digelarnya Rapat Koordinasi Kesiapsiagaan Bencana, yang "
                      "dipimpin Wakil Gubernur Lampung di Kantor Gubernur, Senin (3/11/2025).",
                      title="Gubernur Instruksikan Rakor Kesiapsiagaan Bencana", published="2025-11-03")
    assert carried_out["is_meeting"]


def test_a_meeting_told_as_a_speaker_tells_it_is_his_reference_not_the_news():
    """'Rapat yang dipimpin langsung oleh Menteri Pertanian ... itu, menurut Mirza, juga membahas ...'."""
    out = run("Gubernur Lampung memastikan harga acuan ubi kayu tetap berlaku. Rapat yang dipimpin langsung oleh Menteri "
              "Pertanian Andi Amran Sulaiman itu, menurut Mirza, juga membahas rencana pembatasan impor tapioka.",
              title="Gubernur Mirza Pastikan Harga Singkong Tetap Berlaku", published="2025-05-07")
    assert not out["is_meeting"]


def test_a_call_on_an_office_holder_told_as_an_audience_in_the_lead_is_an_audience():
    """'Bawaslu Lampung Sambangi Pjs Gubernur' over '... bersilaturahmi sekaligus beraudiensi dengan Pjs Gubernur ...'."""
    out = run("Jajaran Bawaslu Provinsi Lampung bersilaturahmi sekaligus beraudiensi dengan Pjs Gubernur Lampung Didik "
              "Suprayitno di ruang kerja Pjs Gubernur, Selasa (20/3/2018).",
              title="Bawaslu Lampung Sambangi Pjs Gubernur, Bahas Netralitas ASN", published="2018-03-20")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"


@pytest.mark.parametrize("title", ["Camat TBT Kumpulkan Kepala Tiyuh, Percepat Penyaluran Dana Desa Tahap II",
                                   "Kunker ke Lamteng, Mentan Kumpulkan Kepala Daerah Se-Lampung Kebut Tanam"])
def test_officials_gathered_are_a_meeting_without_a_purpose_said(title):
    """'Kumpulkan Kepala Tiyuh', 'Kumpulkan Kepala Daerah': gathering officials is meeting them; 'mengumpulkan kepala
    keluarga penerima bantuan' is no such gathering."""
    out = run("Camat memimpin rapat koordinasi bersama kepala tiyuh se-Kecamatan di Aula Kantor Camat, Kamis (18/9/2025).",
              title=title, published="2025-09-18")
    assert out["is_meeting"]
    aid = run("Lurah mengumpulkan kepala keluarga penerima bantuan di balai kelurahan untuk menerima paket sembako, Kamis "
              "(18/9/2025).", title="Lurah Salurkan Paket Sembako", published="2025-09-18")
    assert not aid["is_meeting"]


def test_a_shareholders_meeting_is_a_meeting_whatever_it_distributes():
    """'RUPS Bank Lampung setujui pembagian dividen': the RUPS is the event, the dividend no aid."""
    out = run("Bandarlampung, 27/5 (ANTARA) - Rapat Umum Pemegang Saham (RUPS) Tahunan Bank Lampung tahun buku 2020 "
              "menyetujui pembagian dividen Rp63 miliar kepada pemegang saham.",
              title="RUPS Bank Lampung setujui pembagian dividen Rp63 miliar",
              published="2021-05-27")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_lainnya"


def test_a_meeting_named_in_what_was_said_at_another_event_is_not_the_event():
    """'Wahdi Lantik 47 Pejabat, Minta Tak Hanya Pintar Rapat': the inauguration, then what was said at it."""
    out = run("Wali Kota Metro melantik dan mengambil sumpah jabatan 47 pejabat administrator di Aula Pemkot, Senin (6/1/2025).",
              title="Wahdi Lantik 47 Pejabat, Minta Tak Hanya Pintar Rapat", published="2025-01-06")
    assert not out["is_meeting"] and out["event_type"] == "inauguration"


def test_the_next_meeting_of_a_series_named_in_passing_is_no_event():
    """'akan menjadi bahan pembahasan dalam rapat koordinasi TPID berikutnya': a data release names where its figures
    will go, an undated next meeting; neither the meeting nor the discussion is an event."""
    sentences = ["BPS Provinsi Lampung mencatat deflasi 0,11 persen pada September 2024.",
                 "Ia menambahkan data tersebut akan menjadi bahan pembahasan dalam rapat koordinasi TPID berikutnya, "
                 "terutama terkait harga di tingkat petani."]
    assert not classify("BPS: Lampung alami deflasi 0,11 persen", sentences).is_meeting
    dated = ["Rapat koordinasi TPID berikutnya digelar Senin (7/10/2024) di Ruang Rapat Sakai Sambayan."]
    assert classify("Harga Cabai Turun", dated).is_meeting  # (a dated next meeting is one)


def test_a_meeting_in_the_speakers_words_after_a_colon_is_not_the_headline_event():
    """'Tinjau Ruas Jalan Provinsi di Lamteng, Mirza: Jangan Sampai Rapat Terus': the visit is the news, the meeting only
    what the speaker said."""
    title = "Tinjau Ruas Jalan Provinsi di Lamteng, Mirza: Jangan Sampai Rapat Terus, Jalan Tak Jadi"
    assert classify(title, ["Warga mengeluhkan jalan rusak sejak tahun lalu."]).event_type == "visit"


def test_bringing_a_complaint_to_an_office_holder_is_an_audience_he_hosts():
    """'Belasan petani plasma ... mengadu ke Penjabat Bupati Mesuji Sulpakar ... diterima Sulpakar di ruang rapat
    bupati': an audience, the acting regent its host."""
    out = run("MESUJI (Lampungpro.co): Belasan petani plasma kelapa sawit dari Kecamatan Tanjung Raya mengadu ke Penjabat "
              "Bupati Mesuji Sulpakar, Senin (21/2/2023). Para petani itu diterima Sulpakar di ruang rapat bupati, "
              "kompleks perkantoran Pemkab Mesuji.", title="Petani Plasma Mesuji Mengadu ke Pj Bupati",
              published="2023-02-21")
    assert out["meeting_type"] == "audiensi" and out["chair"]["name"] == "Sulpakar"


def test_an_event_agreed_on_has_not_happened():
    """'TPID Lampung Sepakati Operasi Pasar Serentak': the market operation is what a meeting agreed to hold; the
    meeting the lead tells is the event."""
    sentences = ["Harga telur di pasar tradisional Bandar Lampung masih bertahan tinggi, Kamis (15/9/2022).",
                 "Kondisi itu menjadi bahasan dalam rapat koordinasi TPID Provinsi Lampung yang digelar Pemprov Lampung "
                 "di Ruang Rapat Sakai Sambayan, Rabu (14/9/2022)."]
    assert classify("TPID Lampung Sepakati Operasi Pasar Serentak Usai BBM Naik", sentences).is_meeting


def test_a_statement_days_after_the_meeting_it_tells_is_the_news():
    """'Penegasan itu disampaikan Mirza kepada wartawan di Kantor Gubernur Lampung, Senin (10/11/2025), sepulang dari
    Jakarta. Jumat pekan lalu, Mirza mengikuti Rakortas ...': said three days after the meeting; a statement. (A quote
    given the next day, 'kata X di Bandar Lampung, Jumat' of a Thursday rakor, may still be the meeting's own news.)"""
    out = run("BANDARLAMPUNG - Gubernur Lampung Rahmat Mirzani Djausal menegaskan seluruh pabrik tapioka wajib menyerap ubi "
              "kayu petani. Penegasan itu disampaikan Mirza kepada wartawan di Kantor Gubernur Lampung, Senin (10/11/2025), "
              "sepulang dari Jakarta. Mirza mengikuti Rapat Koordinasi Terbatas tentang tata niaga ubi kayu di Kantor "
              "Kementerian Koordinator Bidang Pangan pada Jumat (7/11/2025) yang dipimpin Menko Pangan.",
              title="Mirza: Pabrik Wajib Serap Singkong Petani", published="2025-11-10")
    assert not out["is_meeting"]
    out = run("Bandar Lampung, 16/5 (ANTARA) - Pemprov Lampung menargetkan prevalensi stunting turun. \"Target kita jelas,\" "
              "kata Wakil Gubernur Jihan Nurlela di Bandar Lampung, Jumat. Ia menjelaskan target tersebut telah disepakati "
              "dalam rapat koordinasi TPPS yang dipimpinnya di Ruang Sakai Sambayan pada Kamis (15/5).",
              title="Pemprov Lampung kejar prevalensi stunting", published="2025-05-16T11:20:00+07:00")
    assert out["is_meeting"]


def test_a_meeting_pointed_back_to_after_it_was_set_aside_is_still_another_event():
    """'Pernyataan itu disampaikan Mirza sehari setelah mengikuti rapat di Kemenko Pangan ... Rapat yang dipimpin Menko
    Pangan Zulkifli Hasan itu dihadiri ...': the meeting the statement came a day after, named again; no meeting."""
    sentences = ["Bandarlampung (ANTARA) - Gubernur Lampung mengatakan pemerintah pusat segera menetapkan harga acuan ubi kayu.",
                 "Pernyataan itu disampaikan Mirza sehari setelah mengikuti rapat di Kementerian Koordinator Bidang Pangan, "
                 "Jakarta, Selasa (10/6).",
                 "Rapat yang dipimpin Menko Pangan Zulkifli Hasan itu dihadiri perwakilan Kementerian Pertanian."]
    assert not classify("Gubernur Lampung: Harga acuan ubi kayu segera ditetapkan", sentences).is_meeting


def test_a_plenary_that_passed_what_a_protest_is_about_is_not_the_event():
    """'berunjuk rasa ... menolak Undang-Undang Cipta Kerja yang disahkan DPR RI dalam rapat paripurna pada Senin (5/10)':
    a demonstration; the plenary is where the law it opposes was passed."""
    sentences = ["Bandarlampung (ANTARA) - Ribuan buruh dan mahasiswa berunjuk rasa di depan Gedung DPRD Provinsi Lampung, "
                 "Rabu, menolak Undang-Undang Cipta Kerja yang disahkan DPR RI dalam rapat paripurna pada Senin (5/10)."]
    assert not classify("Ribuan buruh unjuk rasa tolak UU Cipta Kerja di DPRD Lampung", sentences).is_meeting


def test_an_event_set_for_a_month_without_a_day_has_not_happened():
    """'Lampung Krakatau Festival 2019 Digelar Agustus': the festival is planned; the preparation meeting the lead tells
    is the event."""
    sentences = ["Kepastian itu disampaikan Kepala Dinas Pariwisata Edarwan usai memimpin rapat persiapan panitia LKF 2019 di "
                 "ruang rapat Dinas Pariwisata, Jumat (5/7)."]
    assert classify("Lampung Krakatau Festival 2019 Digelar Agustus, Ini Kata Kadis Pariwisata", sentences).is_meeting


def test_what_a_meeting_agreed_named_as_background_is_no_event():
    """'Tenggat pembayaran THR ... yang disepakati dalam rapat dengar pendapat di DPRD Lampung lewat tanpa pelunasan':
    the news is the missed deadline; the hearing only agreed it."""
    sentences = ["RADARLAMPUNG.CO.ID - Tenggat pembayaran THR pekerja PT SBN yang disepakati dalam rapat dengar pendapat di "
                 "DPRD Lampung lewat tanpa pelunasan.",
                 "Ketua Komisi V DPRD Provinsi Lampung mengatakan perusahaan baru membayar 40 persen THR."]
    assert not classify("Komisi V Tagih Janji PT SBN Bayar THR", sentences).is_meeting


def test_a_meeting_a_week_or_more_before_called_past_in_its_own_date_words_is_recalled():
    """'usulan itu sudah disampaikan dalam rapat dengan Ditjen Bina Marga di Jakarta, Selasa pekan lalu' in a report of
    20 February: a recalled meeting; the news is the proposal."""
    out = run("TERASLAMPUNG.COM -- Dinas BMBK Provinsi Lampung mengusulkan 12 ruas jalan provinsi untuk mendapat bantuan pusat. "
              "Kepala Dinas BMBK Provinsi Lampung, Taufiqullah, mengatakan usulan itu sudah disampaikan dalam rapat dengan "
              "Direktorat Jenderal Bina Marga Kementerian PUPR di Jakarta, Selasa pekan lalu.",
              title="Dinas BMBK Lampung Usulkan 12 Ruas", published="2020-02-20")
    assert not out["is_meeting"]


def test_a_meeting_in_what_a_named_speaker_says_is_not_the_event():
    """'Mikdar mengatakan, dalam rapat kerja bersama Dinas BMBK pada Januari lalu, dinas telah berjanji ...': the meeting
    is what he recounts; the news is his demand."""
    sentences = ["RADARLAMPUNG.CO.ID - Ketua Komisi IV DPRD Provinsi Lampung Mikdar Ilyas meminta Dinas BMBK segera menambal "
                 "jalan rusak.",
                 "Mikdar mengatakan, dalam rapat kerja bersama Dinas BMBK pada Januari lalu, dinas telah berjanji menambal "
                 "lubang di sejumlah ruas prioritas."]
    assert not classify("Jalan Provinsi Banyak Rusak, Komisi IV: Dinas BMBK Jangan Cuma Janji", sentences).is_meeting


def test_a_meeting_someone_recounts_then_pointed_back_to_is_not_the_event():
    """'Menurut Mirza, kepastian itu ia peroleh saat bertemu langsung dengan Menteri Pertanian ... pada Kamis pekan lalu.
    Dalam pertemuan itu, kata dia, ...': the meeting he recounts, named again; the news is his statement."""
    sentences = ["Gubernur Lampung memastikan Kementan segera menerbitkan aturan harga singkong.",
                 "Menurut Mirza, kepastian itu ia peroleh saat bertemu langsung dengan Menteri Pertanian di Jakarta pada "
                 "Kamis pekan lalu.",
                 "Dalam pertemuan itu, kata dia, Mentan juga sepakat mengusulkan pembatasan impor tepung tapioka."]
    assert not classify("Gubernur Mirza Pastikan Kementan Segera Terbitkan Aturan Harga Singkong", sentences).is_meeting


def test_a_sentence_told_as_the_speaker_sees_it_names_no_event():
    """'Keluhan petani soal pupuk langka, menurutnya, lebih banyak disebabkan penyaluran yang tersendat di tingkat
    kios': his view, not an aid handover; the meeting he spoke after is the event."""
    sentences = ["Kepala Dinas KPTPH Provinsi Lampung Kusnardi memastikan stok pupuk bersubsidi aman.",
                 "Keluhan petani soal pupuk langka, menurutnya, lebih banyak disebabkan penyaluran yang tersendat di tingkat "
                 "kios.",
                 "Hal itu diungkapkan Kusnardi kepada wartawan usai memimpin rapat koordinasi pengawasan pupuk bersubsidi di "
                 "Aula Dinas KPTPH, Kamis (13/1/2022)."]
    assert classify("Kusnardi: Tak Ada Kelangkaan, Pupuk Subsidi Hanya Tersendat di Kios", sentences).is_meeting


def test_a_promise_to_take_a_matter_to_a_meeting_after_a_visit_leaves_the_visit():
    """'Tinjau Banjir Abung Selatan, Ketua DPRD Lampura Janji Bawa Usulan ke Rapat Banggar': the visit is the news."""
    title = "Tinjau Banjir Abung Selatan, Ketua DPRD Lampura Janji Bawa Usulan ke Rapat Banggar"
    assert classify(title, ["Sedikitnya 160 rumah warga terendam banjir."]).event_type == "visit"


def test_a_meeting_the_lead_says_came_earlier_does_not_set_an_awards_news():
    """'Capaian tersebut sebelumnya dibahas dalam rapat koordinasi ...': the award is the news; the meeting came before."""
    sentences = ["Jakarta (ANTARA) - Pemerintah Provinsi Lampung meraih penghargaan UHC Awards 2026.",
                 "Capaian tersebut sebelumnya dibahas dalam rapat koordinasi bersama BPJS Kesehatan di Bandarlampung."]
    assert not classify("Pemprov Lampung raih UHC Awards 2026", sentences).is_meeting


def test_a_meeting_the_news_follows_on_from_is_not_the_event():
    """'Fraksi PKB mendesak ..., menyusul kesepakatan dalam rapat koordinasi ... Senin (3/3/2025)': the urging is the
    news, the meeting came before it."""
    sentences = ["Bandar Lampung - Fraksi PKB DPRD Lampung mendesak Pemprov segera menerbitkan surat edaran harga gabah, "
                 "menyusul kesepakatan dalam rapat koordinasi di Kantor Gubernur, Senin (3/3/2025).",
                 "Ketua Fraksi PKB menilai kesepakatan tanpa aturan tertulis mudah dilanggar."]
    assert not classify("Fraksi PKB Desak Surat Edaran Harga Gabah Segera Terbit", sentences).is_meeting


def test_the_room_of_a_meeting_set_aside_is_that_meetings_room():
    """'... merupakan hasil kesepakatan rapat ... di Ruang Rapat Utama Kantor Gubernur, Kamis, 6 Februari 2025': the
    room belongs to the earlier meeting whose agreement is the subject; it tells no meeting of its own."""
    sentences = ["Mulai hari ini seluruh penggilingan di Lampung wajib membeli gabah minimal Rp6.500 per kilogram.",
                 "Ketentuan itu merupakan hasil kesepakatan rapat antara Pemprov Lampung dan pengusaha penggilingan di "
                 "Ruang Rapat Utama Kantor Gubernur, Kamis, 6 Februari 2025."]
    assert not classify("Harga Gabah Rp6.500 Berlaku Hari Ini", sentences).is_meeting


def test_a_plenary_hall_says_where_an_inauguration_was_not_that_a_plenary_sat():
    """'melantik Sekretaris DPRD ... di Ruang Sidang Paripurna': a room named for the sittings it holds is a place."""
    sentences = ["Gubernur Lampung melantik Budi Santoso sebagai Sekretaris DPRD Provinsi Lampung di Ruang Sidang Paripurna "
                 "DPRD Provinsi Lampung, Senin (7/7/2025).",
                 "Pelantikan disaksikan para wakil ketua dan sejumlah anggota dewan."]
    out = classify("Sekwan Baru Dilantik di Ruang Paripurna", sentences)
    assert not out.is_meeting and out.event_type == "inauguration"


def test_a_plenary_opened_after_that_in_the_lead_holds_the_ceremony():
    """'Setelah itu barulah sidang paripurna DPRD dibuka': told after the ceremony's procession, the plenary is the
    sitting it was held in ('setelah itu' is what came next, not a thing still to come)."""
    sentences = ["Peringatan hari jadi provinsi diawali prosesi adat di halaman Kantor Gubernur, Senin (18/3/2024).",
                 "Setelah itu barulah sidang paripurna DPRD Lampung dibuka."]
    out = classify("Upacara Adat Warnai Peringatan Hari Jadi Provinsi", sentences)
    assert out.is_meeting and out.meeting_type == "rapat_paripurna"


@pytest.mark.parametrize("url, text", [
    ("https://lampost.co/opini/rakor-tanpa-ujung/", "Rakor Tanpa Ujung\n"),
    ("https://example.co/berita/12", "Beranda / Opini\nRakor Tanpa Ujung\n"),
])
def test_a_page_filed_as_opinion_reports_no_meeting(url, text):
    """An opinion column, known by its address or its breadcrumb, argues about meetings and reports none."""
    body = text + ("Pada Senin (1/7) lalu, jajaran Pemprov Lampung kembali mengikuti rapat koordinasi pengendalian "
                   "inflasi yang dipimpin Menteri Dalam Negeri.\nPertanyaannya: apa yang berubah setelah rapat itu?\n")
    assert not extract({"id": "o", "url": url, "title": "Rakor Tanpa Ujung", "text": body,
                        "published": "2024-07-08"})["is_meeting"]


def test_a_meetings_invitation_schedule_or_system_names_no_meeting():
    """'Undangan Rapat', 'jadwal paripurna', 'Sistem Informasi Rapat': things of meetings in general, not one held."""
    sentences = ["Pemprov Lampung meluncurkan aplikasi SIPANDU (Sistem Informasi Rapat Terpadu) di Ruang Command Center "
                 "Diskominfotik, Selasa (15/8/2023).",
                 "Jadwal paripurna dewan juga tampil di aplikasi itu."]
    out = classify("Undangan Rapat Kini Cukup Lewat Aplikasi", sentences)
    assert not out.is_meeting and out.event_type == "launch"


def test_a_features_reach_past_the_lead_counts_sentences_that_tell_something():
    """A wire story opens on quotes, each closed by its own 'ujarnya.': the quotes and tags narrate nothing, so the
    meeting told after them is still within reach."""
    quotes = []
    for k in range(8):
        quotes += [f'"Kalimat kutipan nomor {k} dari narasumber tentang pembangunan jalan di Lampung.', ' ujarnya.']
    sentences = (["Bandarlampung (ANTARA) - Kepala Bappeda Lampung menilai RPJPD harus selaras dengan visi 2045."]
                 + quotes + ["Keputusan itu diambil dalam rapat terbatas di Ruang Rapat Utama Kantor Gubernur, Senin (16/3/2020)."])
    assert classify("bappeda lampung jaring masukan untuk rpjpd", sentences).is_meeting


def test_a_meeting_that_sets_the_leads_news_past_the_lead_happened_undated():
    """'Temuan itu dipaparkan dalam rapat koordinasi ... yang digelar di Gedung Pusiban': the lead dated what was said;
    the meeting it was said in is the news."""
    sentences = ["BANDAR LAMPUNG, KOMPAS.com - KPK menemukan 612 bidang tanah milik Pemprov Lampung belum bersertifikat.",
                 '"Kalau tidak ada sertifikat, aset itu rawan diklaim.', '"Ujung-ujungnya negara rugi.',
                 " kata Kepala Satgas KPK Andi Purwana di Bandar Lampung, Rabu (14/6/2023).",
                 "Andi menyebut lahan eks Pekan Raya Lampung menjadi sorotan.",
                 "Ia juga menyoroti skor MCP Pemprov Lampung yang masih rendah.",
                 "Temuan itu dipaparkan dalam rapat koordinasi pemberantasan korupsi terintegrasi yang digelar di Gedung "
                 "Pusiban, Kompleks Kantor Gubernur Lampung."]
    assert classify("KPK Temukan Ratusan Aset Pemprov Lampung Belum Bersertifikat", sentences).is_meeting


def test_calling_on_the_vice_governor_in_her_office_is_an_audience():
    """'Hal itu disampaikan Danang saat bersilaturahmi ke Wakil Gubernur ... di Ruang Kerja Wakil Gubernur': a
    courtesy call, told with the verb's prefix."""
    sentences = ["Bandar Lampung--Kejaksaan Tinggi Lampung menyatakan siap mendampingi proyek strategis Pemprov Lampung.",
                 "Hal itu disampaikan Kajati Danang saat bersilaturahmi ke Wakil Gubernur Lampung Jihan Nurlela di Ruang "
                 "Kerja Wakil Gubernur, Kantor Gubernur Lampung, Selasa (16/9/2025)."]
    out = classify("Kajati Lampung yang Baru Siap Kawal Program Strategis Daerah", sentences)
    assert out.is_meeting and out.meeting_type == "audiensi"


def test_a_meeting_in_what_a_headlines_speaker_says_after_the_colon_is_not_the_event():
    """'Jalan Provinsi ... Rusak Parah, Bupati Ela: Akan Saya Bawa ke Rakor Bersama Gubernur': her words."""
    sentences = ["SUKADANA - Ruas jalan provinsi Sukadana-Way Jepara kembali dikeluhkan warga.",
                 "Lubang sedalam 30 sentimeter menganga di sejumlah titik."]
    title = "Jalan Provinsi Sukadana-Way Jepara Rusak Parah, Bupati Ela: Akan Saya Bawa ke Rakor Bersama Gubernur"
    assert not classify(title, sentences).is_meeting


def test_a_lebaran_open_house_receives_everyone_and_is_no_audience():
    """'menggelar open house Hari Raya Idul Fitri ... juga menerima kunjungan silaturahmi jajaran Forkopimda'."""
    sentences = ["Bandar Lampung - Gubernur Lampung menggelar open house Hari Raya Idul Fitri di Mahan Agung, Senin "
                 "(31/3/2025).",
                 "Ribuan warga antre untuk bersalaman dengan Gubernur.",
                 "Gubernur juga menerima kunjungan silaturahmi jajaran Forkopimda dan para kepala OPD."]
    assert not classify("Ribuan Warga Padati Open House di Mahan Agung", sentences).is_meeting


def test_a_feature_meeting_dated_by_the_leads_day_happened():
    """'... dalam rapat koordinasi penanganan pascabanjir, siang harinya': the lead's day, so it happened."""
    sentences = ["BANDAR LAMPUNG, KOMPAS.com - Sebanyak 140 bangunan di bantaran sungai akan dibongkar.",
                 '"Sungainya menyempit sampai tinggal dua meter.', '"Air tidak punya jalan.',
                 " kata Pj Gubernur Lampung Samsudin saat ditemui di Kantor Gubernur, Senin (20/1/2025) sore.",
                 "Warga di bantaran sungai sudah didata oleh kelurahan.",
                 "Pemkot menyiapkan rumah susun bagi warga terdampak.",
                 "Samsudin mengumpulkan Wali Kota Bandar Lampung, BPBD dan BBWS dalam rapat koordinasi penanganan "
                 "pascabanjir, siang harinya."]
    assert classify("Banjir Bandar Lampung, 140 Bangunan di Bantaran Sungai Akan Dibongkar", sentences).is_meeting


def test_an_act_done_after_a_meeting_is_the_news_not_the_meeting():
    """'Penyerahan paket itu dilakukan usai Rapat Koordinasi TPPS ... pagi harinya': the handover is what is reported."""
    sentences = ["PRINGSEWU -- Bupati Pringsewu menyerahkan paket makanan bergizi kepada 250 balita di Pagelaran, Selasa "
                 "(12/8/2025).",
                 "Penyerahan paket itu dilakukan usai Rapat Koordinasi Tim Percepatan Penurunan Stunting yang digelar pagi "
                 "harinya di Aula Utama Kantor Bupati."]
    out = classify("Bupati Serahkan Paket Gizi ke 250 Balita", sentences)
    assert not out.is_meeting and out.event_type == "aid"


@pytest.mark.parametrize("sentence", [
    "Ia menjelaskan pemantauan harga harian merupakan tindak lanjut arahan Gubernur Lampung dalam rapat koordinasi "
    "pengendalian inflasi, Kamis (6/3).",
    "Harga acuan itu ditetapkan melalui instruksi gubernur, menindaklanjuti kesepakatan dalam rapat bersama Komisi IV DPR "
    "RI, Kementerian Pertanian dan pengusaha.",
])
def test_what_an_earlier_meeting_directed_or_agreed_is_followed_up_not_reported(sentence):
    """'tindak lanjut arahan Gubernur dalam rapat koordinasi', 'menindaklanjuti kesepakatan dalam rapat': a product."""
    sentences = ["Kepala Dinas Ketahanan Pangan memastikan harga beras di pasar tradisional terkendali.", sentence]
    assert not classify("Harga Beras Dipantau Setiap Hari", sentences).is_meeting


def test_a_statement_given_by_phone_is_no_meeting_it_mentions():
    """'Saat dihubungi melalui sambungan telepon, Kamis, Yanuar mengatakan data yang dijanjikan dalam rapat dengar
    pendapat Senin lalu belum diterima': told by phone, days after the hearing."""
    sentences = ["Komisi V DPRD Lampung kembali menagih data zonasi dari Dinas Pendidikan.",
                 "Saat dihubungi melalui sambungan telepon, Kamis (11/7/2024), Ketua Komisi V Yanuar Irawan mengatakan "
                 "data yang dijanjikan Disdikbud dalam rapat dengar pendapat Senin lalu belum diterima."]
    assert not classify("Komisi V Tagih Data Zonasi", sentences).is_meeting


def test_a_features_meeting_after_a_weak_word_is_dated_by_the_scene_before_it():
    """'Selasa malam (10/1/2023), Gubernur mengumpulkan para pemilik pabrik ...' / 'Pertemuan berlangsung tertutup.' /
    'Dalam rapat koordinasi yang berlangsung hampir tiga jam itu, ...': the scene dates the meeting pointed back to."""
    sentences = ["Lampung Tengah -- Sarjono memandangi tumpukan ubi kayu yang mulai menghitam di pinggir ladangnya.",
                 "Sudah empat hari singkong hasil panen itu tak terangkut.",
                 "Antrean truk di pabrik mengular, sementara harga terus turun.",
                 "Keluhan serupa datang dari petani di Lampung Timur dan Tulang Bawang.",
                 "Sejumlah kelompok tani bahkan sempat berencana menutup akses jalan menuju pabrik.",
                 "Jeritan petani itu rupanya sampai juga ke Mahan Agung.",
                 "Selasa malam (10/1/2023), Gubernur Lampung Arinal Djunaidi mengumpulkan para pemilik pabrik tapioka di "
                 "rumah dinas gubernur itu.",
                 "Pertemuan berlangsung tertutup, wartawan hanya menunggu di halaman.",
                 "Dalam rapat koordinasi yang berlangsung hampir tiga jam itu, Gubernur didampingi Kepala Dinas "
                 "Perindustrian dan Perdagangan."]
    assert classify("Petani Singkong Menjerit, Gubernur Kumpulkan Pengusaha Tapioka", sentences).is_meeting


def test_a_features_reach_runs_ten_sentences_past_the_lead():
    """A long feature of prices and background names the working meeting in its thirteenth sentence."""
    background = [f"Kalimat latar belakang nomor {k} tentang harga beras dan produksi gabah di Lampung." for k in range(12)]
    sentences = background + ["Dalam rapat kerja Komisi II DPRD Provinsi Lampung bersama Dinas KPTPH, Selasa "
                              "(20/2/2024), persoalan itu dibahas."]
    assert classify("Harga Beras Naik, Petani dan Pembeli Sama-sama Menjerit", sentences).is_meeting


def test_a_standing_state_since_a_year_is_background_not_the_news():
    """'Provinsi Lampung pun meraih predikat UHC sejak 2023': a state since then; the hearing told later is the news."""
    sentences = ["Cakupan kepesertaan JKN di Provinsi Lampung telah mencapai 98,1 persen penduduk.",
                 "Provinsi Lampung pun meraih predikat Universal Health Coverage (UHC) sejak 2023.",
                 "Namun tingginya kepesertaan belum sepenuhnya diikuti mutu layanan.",
                 "Pengaduan soal penolakan pasien di IGD masih kerap datang.",
                 "Salah satunya aduan keluarga pasien lansia yang dua kali diminta pulang.",
                 "Keluarga itu akhirnya melapor ke Ombudsman.",
                 "Aduan tersebut dibahas dalam Rapat Dengar Pendapat Komisi V DPRD Provinsi Lampung dengan Dinas Kesehatan "
                 "di Ruang Rapat Komisi V."]
    assert classify("Komisi V Minta RSUDAM Evaluasi Triase IGD", sentences).is_meeting


def test_a_room_named_past_the_lead_does_not_end_a_features_search():
    """'Aspirasi para honorer itu ikut disinggung di dalam ruang sidang.' then 'Senin (18/11/2019), DPRD ... menggelar
    rapat paripurna ...': the room is where, the plenary told next is the meeting."""
    sentences = ["KALIANDA - Sejak pagi, puluhan tenaga honorer duduk di depan gerbang gedung DPRD Lampung Selatan.",
                 "Sebagian membawa karton bertuliskan tuntutan kenaikan honor.",
                 "Mereka sudah mengabdi belasan tahun di sekolah dan puskesmas.",
                 "Di Lampung Selatan tercatat lebih dari 3.200 tenaga honorer.",
                 "Rancangan APBD 2020 dirancang sebesar Rp2,3 triliun.",
                 "Porsi belanja pegawai hampir 45 persen.",
                 "Aspirasi para honorer itu ikut disinggung di dalam ruang sidang.",
                 "Senin (18/11/2019), DPRD Kabupaten Lampung Selatan menggelar rapat paripurna pemandangan umum fraksi-fraksi "
                 "atas Raperda APBD 2020."]
    out = classify("Honorer Lamsel Tunggu di Luar Pagar, Fraksi di Dalam Soroti Belanja Pegawai", sentences)
    assert out.is_meeting and out.meeting_type == "rapat_paripurna"


def test_a_meeting_told_as_what_came_the_day_before_is_not_the_news():
    """'Sehari sebelumnya, Senin (17/3/2025), DPRD ... telah menggelar rapat paripurna istimewa ...': before the news."""
    sentences = ["Barisan ASN berpakaian adat sudah berjajar rapi di Lapangan Saburai sejak pukul 07.00 WIB.",
                 "Kelompok penari bersiap menyambut tamu kehormatan.",
                 "Sehari sebelumnya, Senin (17/3/2025), DPRD Provinsi Lampung telah menggelar rapat paripurna istimewa dalam "
                 "rangka hari jadi provinsi."]
    assert not classify("Di Usia 61 Tahun, Gubernur Ajak Bangun Lampung dari Desa", sentences).is_meeting


def test_a_headlines_meeting_told_past_a_features_lead_gives_the_evidence():
    """'Cabai Merah Mulai Merangkak, Pemprov Lampung Ikuti Rakor Inflasi Kemendagri', a lead of prices, then '... saat
    mengikuti Rapat Koordinasi ... yang dipimpin ... secara virtual, Senin (31/7/2023)': that sentence is the evidence."""
    lead = ["Harga cabai merah di Pasar Tugu mulai merangkak naik.", "Pedagang mengeluhkan pasokan dari Sumatera Selatan.",
            "Cabai rawit ikut naik sejak pekan lalu.", "Bawang merah masih stabil.", "Beras medium tidak bergerak.",
            "Telur ayam sedikit turun."]
    sentence = ("Perkembangan harga itu menjadi bahan Pemprov Lampung saat mengikuti Rapat Koordinasi Pengendalian Inflasi "
                "Daerah yang dipimpin Inspektur Jenderal Kemendagri secara virtual, Senin (31/7/2023).")
    out = classify("Cabai Merah Mulai Merangkak, Pemprov Lampung Ikuti Rakor Inflasi Kemendagri", lead + [sentence])
    assert out.is_meeting and out.evidence == sentence


@pytest.mark.parametrize("text", [
    "Balai Kota Jakarta disambangi Gubernur Lampung Rahmat Mirzani Djausal untuk menemui Pramono Anung Wibowo, "
    "Gubernur DKI Jakarta, Selasa (15/4/2025). Dalam pertemuan itu keduanya membahas kerja sama antardaerah.",
    "Gubernur Lampung membuka peluang kerja sama dalam pertemuan hangat bersama Zhang Min, Konsul Jenderal RRT di "
    "Medan, Senin (19/5/2025) di Kantor Gubernur Lampung.",
    # (and a governor's office elsewhere, 'Balai Kota', is the host's office like 'kantor' or 'rumah dinas')
    "Gubernur Lampung Rahmat Mirzani Djausal menemui Pramono Anung Wibowo, Gubernur DKI Jakarta, di Balai Kota, "
    "Selasa (15/4/2025). Keduanya membahas kerja sama antardaerah.",
    "Gubernur Lampung Rahmat Mirzani Djausal menemui Gubernur DKI Jakarta Pramono Anung Wibowo di Balai Kota, "
    "Selasa (15/4/2025). Keduanya membahas kerja sama antardaerah.",
])
def test_a_call_on_an_office_holder_named_before_the_office_is_an_audiensi(text):
    """'menemui X, Gubernur DKI Jakarta,': the host named first and the office apposed is still a courtesy call."""
    out = run(text)
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"


def test_a_headline_clause_after_a_comma_is_no_apposed_host():
    """'Temui Massa Petani Singkong, Gubernur Mirza Lanjutkan Rapat Terbatas': the comma ends a clause, not a name."""
    out = run("Gubernur Rahmat Mirzani Djausal memimpin rapat terbatas bersama bupati sentra singkong di Mahan Agung, "
              "Selasa (6/5/2025).",
              title="Temui Massa Petani Singkong, Gubernur Mirza Lanjutkan Rapat Terbatas dengan Bupati")
    assert out["meeting_type"] == "rapat_terbatas"


@pytest.mark.parametrize("words", ["audiensi", "kunjungan kehormatan"])
def test_an_audience_recalled_from_last_week_is_no_meeting_in_either_word(words):
    """'dalam kunjungan kehormatan dengan Gubernur ... pekan lalu': an earlier audience, the news is the statement."""
    out = run("Perkumpulan Petani Ubi Kayu Indonesia (PPUKI) Lampung menunggu realisasi janji Gubernur Lampung untuk "
              f"menerbitkan aturan soal harga singkong. Ketua PPUKI Lampung Dasrul Aswin mengatakan, dalam {words} "
              "dengan Gubernur Rahmat Mirzani Djausal di Mahan Agung pekan lalu, gubernur berjanji akan menerbitkan "
              "peraturan gubernur tentang harga dasar ubi kayu. \"Sekarang kami menunggu bukti,\" ujar Dasrul saat "
              "dihubungi, Senin (17/3).", title="PPUKI Tunggu Janji Gubernur Soal Harga Singkong", published=None)
    assert not out["is_meeting"]


def test_a_report_opening_on_a_quote_takes_its_evidence_from_the_narration():
    """'"... kita akan menggelar FGD," jelas Kepala Bappeda.' before the lead: the meeting the lead tells is the news,
    not the FGD the speaker plans."""
    x = extract({"id": "t", "url": "u", "published": "2024-07-08",
                 "title": "Rapat Persiapan FGD Tematik untuk Penyusunan Rancangan Teknokratik RPJMD",
                 "text": "“Saat ini kita tengah menyusun RPJMD Teknokratis. Untuk penyusunan RPJMD Teknokratis ini kita akan "
                         "menggelar FGD,” jelas Kepala Bappeda Provinsi Lampung.\n\n"
                         "Bandar Lampung – Rapat Persiapan FGD Tematik Penyusunan Rancangan Teknokratik RPJMD "
                         "diselenggarakan Bappeda Provinsi Lampung di Ruang Rapat Alimuddin Umar, Senin (8/7/2024)."})
    assert "diselenggarakan Bappeda" in x["evidence"]
    assert x["meeting_type"] != "fgd"


def test_a_quotation_opening_the_report_is_not_its_news_when_the_lead_tells_a_meeting():
    """'"...," kata Mulyadi saat dihubungi, Jumat (14/4/2023).' before the lead: the statement given by phone two days
    later is not the news of a report headlined with the Musrenbang."""
    x = extract({"id": "t", "url": "u", "published": "2023-04-14",
                 "title": "Musrenbang RKPD 2024 Fokus Jalan dan Stunting",
                 "text": "\"Tidak semua bisa kita akomodasi karena kemampuan fiskal terbatas. Yang kita dahulukan jalan "
                         "provinsi yang rusak berat,\" kata Mulyadi saat dihubungi, Jumat (14/4/2023).\n\n"
                         "LAMPUNGPRO.CO, BANDAR LAMPUNG -- Musyawarah Perencanaan Pembangunan (Musrenbang) RKPD Provinsi "
                         "Lampung Tahun 2024 yang dibuka Gubernur Lampung Arinal Djunaidi di Ballroom Hotel Novotel, Rabu "
                         "(12/4/2023), menetapkan perbaikan jalan provinsi sebagai prioritas utama."})
    assert (x["is_meeting"], x["meeting_type"], x["meeting_date"]) == (True, "musrenbang", "2023-04-12")


def test_a_quotation_opening_a_feature_does_not_shorten_its_reach():
    """The quotation's sentences fill the lead: the meeting told after the feature's facts, 'Kamis (15/5) lalu' with its
    date, is still within reach and is the news."""
    facts = " ".join(f"Di kabupaten ke-{k} baru ada {k + 2} dapur yang melayani penerima manfaat program." for k in range(1, 7))
    x = extract({"id": "t", "url": "u", "published": "2025-05-17",
                 "title": "Baru 87 Dapur SPPG Beroperasi, Jihan Minta Kabupaten/Kota Siapkan Lahan",
                 "text": "\"Kendala terbesar ada di lahan dan bangunan dapur. Saya minta kabupaten/kota proaktif,\" kata "
                         "Jihan.\n\nRADARLAMPUNG.CO.ID - Hingga pertengahan Mei 2025, baru 87 dapur yang beroperasi di "
                         "Provinsi Lampung. " + facts + "\n\nData itu terungkap dalam rapat evaluasi pelaksanaan Program "
                         "MBG Provinsi Lampung, Kamis (15/5) lalu."})
    assert (x["is_meeting"], x["meeting_type"], x["meeting_date"]) == (True, "rapat_evaluasi", "2025-05-15")


def test_a_meeting_told_after_the_leads_own_news_stays_background_under_an_opening_quotation():
    """A press conference quoted first, then the lead's decision, then the council's earlier sitting it went through:
    the report is the statement, not the sitting (unless the lead's news is set in the meeting, 'itu disampaikan dalam
    rapat kerja')."""
    x = extract({"id": "t", "url": "u", "published": "2024-12-11", "title": "UMP Lampung 2025 naik 6,5 persen",
                 "text": "\"Penetapan ini mengikuti Peraturan Menteri Ketenagakerjaan. UMP ini berlaku mulai 1 Januari 2025,\" "
                         "kata Penjabat Gubernur Lampung Samsudin dalam konferensi pers di Ruang Rapat Utama Kantor Gubernur "
                         "Lampung, Rabu.\n\n"
                         "Bandar Lampung, 11/12 (ANTARA) - Pemerintah Provinsi Lampung menetapkan upah minimum provinsi (UMP) "
                         "Lampung tahun 2025 sebesar Rp2.893.069, naik 6,5 persen dibandingkan UMP 2024.\n\n"
                         "Ia menjelaskan besaran UMP tersebut telah melalui pembahasan Dewan Pengupahan Provinsi Lampung. "
                         "Dewan Pengupahan menggelar sidang pleno pada Senin (9/12) dan hasilnya direkomendasikan kepada "
                         "gubernur."})
    assert not x["is_meeting"] and x["event_type"] == "statement"


def test_a_quotation_opening_the_report_is_no_later_statement_whatever_the_headline():
    """'"...," kata Samsudin saat dikonfirmasi, Kamis (21/11/2024).' above a lead telling a meeting on Monday: neither
    a statement told days after the meeting nor a meeting recalled past the lead."""
    x = extract({"id": "t", "url": "u", "published": "2024-11-21",
                 "title": "Jelang Pencoblosan, Pj Gubernur Minta Forkopimda Petakan TPS Rawan",
                 "text": "\"Kita minta semua pihak memetakan secara detail. Distribusi logistik harus tepat waktu,\" kata "
                         "Samsudin saat dikonfirmasi, Kamis (21/11/2024).\n\n"
                         "BANDAR LAMPUNG (Lampungpro.co): Penjabat Gubernur Lampung Samsudin menggelar rapat terbatas "
                         "bersama unsur Forkopimda di Mahan Agung, Senin (18/11/2024).\n\n"
                         "Rapat tertutup itu membahas pemetaan tempat pemungutan suara rawan menjelang Pilkada serentak."})
    assert (x["is_meeting"], x["meeting_type"], x["meeting_date"]) == (True, "rapat_terbatas", "2024-11-18")


@pytest.mark.parametrize("text, kind", [
    ("Hal itu disampaikan Kakanwil BPN Lampung, Lampri, usai bertemu Gubernur H. Arinal Djunaidi, S.H., M.H. di kantor "
     "gubernur, Rabu (17/2/2021).", "audiensi"),
    ("Data itu dipaparkan Ketua Komisi Informasi H. Syamsul Hadi Putra, S.H., M.H. dalam diskusi kelompok terpumpun "
     "penguatan PPID, Kamis (18/9/2025).", "fgd"),
])
def test_titles_and_degrees_do_not_end_the_sentence(text, kind):
    """The stops of 'H.' and 'S.H., M.H.' inside a sentence do not cut the stretch a rule reads across."""
    out = run(text, published="2025-09-19")
    assert out["is_meeting"] and out["meeting_type"] == kind


def test_news_that_became_a_meetings_topic_is_the_meetings_news():
    """'Kondisi itu menjadi salah satu bahasan dalam High Level Meeting TPID ...': the lead's news set in a meeting,
    even after a quotation opening the report ('"...," kata Kusnardi saat dihubungi Kamis.')."""
    out = run('"Operasi pasar kita mulai Senin. Titiknya di pasar yang harganya paling tinggi," kata Kepala Dinas KPTPH '
              "Lampung, Kusnardi, saat dihubungi Kamis.\n\nBandar Lampung - Harga telur ayam ras di pasar tradisional "
              "bertahan di kisaran Rp30 ribu per kilogram.\n\nPedagang mengaku pembeli berkurang.\n\nKondisi itu "
              "menjadi salah satu bahasan dalam High Level Meeting TPID Provinsi Lampung yang digelar Pemprov Lampung "
              "bersama Bank Indonesia, Rabu (14/9) lalu.", title="Harga Telur Bertahan Tinggi", published="2022-09-15")
    assert out["is_meeting"] and out["meeting_date"] == "2022-09-14"


def test_a_rooms_name_fronted_is_no_meeting_of_its_kind():
    """'Bertempat di Ruang Sidang DPRD ..., rekomendasi itu dibacakan dalam Rapat Paripurna ...': the room's 'Sidang'
    names a room; the meeting is the plenary. A room's 'Rapat' still says a meeting sat there."""
    out = run("Bertempat di Ruang Sidang DPRD Provinsi Lampung, rekomendasi itu dibacakan dalam Rapat Paripurna DPRD yang "
              "digelar, Selasa (6/5/2025).", title="Rekomendasi LKPJ Dibacakan", published="2025-05-07")
    assert out["meeting_type"] == "rapat_paripurna"


@pytest.mark.parametrize("last, meeting", [
    ("Teknis penyambutan, kata dia, masih akan dibahas dalam rapat persiapan bersama jajaran pemprov.", False),
    ("Teknis penyambutan akan dibahas dalam rapat persiapan bersama jajaran pemprov, Kamis (4/5) mendatang.", True),
])
def test_a_matter_still_to_be_taken_up_in_an_undated_meeting_names_no_event(last, meeting):
    """'masih akan dibahas dalam rapat persiapan': where a matter will go, not a meeting announced for a day."""
    out = run("Gubernur Lampung Arinal Djunaidi menolak berkomentar soal agenda kedatangan Presiden ke Lampung dalam waktu "
              "dekat. \"Ini rahasia negara,\" kata Arinal saat ditanya wartawan di ruas jalan Korpri, Lampung Selatan, "
              f"Selasa (2/5/2023). {last}", title="Dengar Kabar Jokowi Akan Datang, Gubernur Cek Kondisi Jalan",
              published="2023-05-02")
    assert out["is_meeting"] is meeting


def test_a_feature_whose_news_was_said_in_a_meeting_reports_that_meeting():
    """'Target-target tersebut termuat dalam Ranperda RPJMD ... yang disampaikan Mirza dalam rapat paripurna DPRD ...':
    the lead's quotation and targets were said in the plenary, which is the event (not a meeting told before, 'rakor
    tersebut')."""
    out = run('TRIBUNLAMPUNG.CO.ID, BANDAR LAMPUNG - "Kita tidak boleh lagi jadi provinsi yang hanya menjual bahan '
              'mentah."\nKalimat itu diulang dua kali oleh Gubernur Lampung Rahmat Mirzani Djausal di hadapan anggota '
              'dewan, Senin (23/6/2025) siang.\nMirza, sapaan akrabnya, menyebut Lampung selama ini dikenal sebagai '
              'lumbung singkong, kopi, jagung dan tebu, namun nilai tambahnya justru dinikmati daerah lain.\n"Singkong '
              'kita dibawa keluar, kopi kita diekspor mentah. Lima tahun ke depan kita balik, hilirisasi harus jadi '
              'tulang punggung," ujarnya.\nIa menargetkan pertumbuhan ekonomi Lampung menyentuh 8 persen pada akhir '
              'periode, angka kemiskinan turun di bawah 9 persen, dan jalan provinsi dalam kondisi mantap minimal 80 '
              'persen.\nTarget-target tersebut termuat dalam Rancangan Peraturan Daerah tentang RPJMD Provinsi Lampung '
              '2025-2029 yang disampaikan Mirza dalam rapat paripurna DPRD Provinsi Lampung.\nParipurna itu dipimpin '
              'Ketua DPRD Lampung Ahmad Giri Akbar.',
              "Mirza Targetkan Ekonomi Lampung Tumbuh 8 Persen, Tak Mau Lagi Jual Bahan Mentah", published="2025-06-23")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_paripurna"
    assert out["meeting_date"] == "2025-06-23"


def test_a_delegation_visiting_a_government_calls_on_it():
    """'TPID Pemkab Mesuji berkunjung ke Pemkab Lampung Barat ... diterima Pj Bupati di ruang rapat Pesagi': an
    audience with the government visited, not a site visit."""
    out = run("Tim Pengendalian Inflasi Daerah (TPID) Pemkab Mesuji berkunjung ke Pemkab Lampung Barat, Jumat, 24 Februari "
              "2023. Lampost.co/Eliyah\nLiwa (Lampost.co): Tim Pengendalian Inflasi Daerah (TPID) Pemkab Mesuji "
              "menempuh perjalanan dari Mesuji ke Liwa, ibu kota Kabupaten Lampung Barat, untuk menjalin kerja sama "
              "pengendalian inflasi dengan Pemkab Lampung Barat, Jumat, 24 Februari 2023.\nRombongan yang dipimpin Staf "
              "Ahli Bidang Ekonomi, Keuangan Pembangunan (Ekubang) Pemkab Mesuji, Sakroni, diterima Pj Bupati Lampung "
              "Barat Nukman bersama sejumlah pejabat lainnya. Pertemuan berlangsung di ruang rapat Pesagi Pemkab Lampung "
              "Barat.",
              "TPID Mesuji Ajak Pemkab Lampung Barat Berkolaborasi Kendalikan Inflasi", published="2023-02-24")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"


def test_turun_langsung_before_a_verb_says_in_person_not_a_site_visit():
    """'Sekretaris Daerah ... turun langsung memimpin evaluasi ...': led it personally; 'turun langsung ke lokasi' is a
    visit."""
    lead = ("MEDIALAMPUNG.CO.ID — Sekretaris Daerah Provinsi Lampung turun langsung memimpin evaluasi menyeluruh atas "
            "Aplikasi Lampung-In bersama Tim Jakarta Smart City (JSC), Kamis, 4 Desember 2025, di Ruang Kerja Sekretaris "
            "Daerah Provinsi Lampung, Kantor Gubernur.")
    out = run(lead, "Evaluasi Aplikasi Lampung-In, Pemprov Lampung Kebut Optimalisasi Layanan Publik Digital",
              published="2025-12-05")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_evaluasi"
    visit = run("Pj Gubernur Lampung turun langsung ke lokasi banjir di Kecamatan Sragi, Kamis (4/12/2025).",
                "Pj Gubernur Tinjau Banjir Sragi", published="2025-12-05")
    assert not visit["is_meeting"] and visit["event_type"] == "visit"


def test_weak_words_for_what_was_discussed_give_way_to_the_leads_name_for_the_meeting():
    """'Evaluasi Bank Lampung' in the headline and 'evaluasi PT Bank Lampung' in the lead are what was recommended; the
    lead names the meeting further on: 'diumumkan dalam Rapat Paripurna DPRD'."""
    out = run("INSIDE POLITIK — Pembentukan Tim Khusus Pendapatan Asli Daerah (PAD), evaluasi PT Bank Lampung, hingga "
              "pendataan HGU lahan pertanian swasta. Itulah sebagian dari delapan rekomendasi Panitia Khusus (Pansus) DPRD "
              "atas LKPJ Kepala Daerah Tahun 2024.\nRekomendasi itu diumumkan dalam Rapat Paripurna DPRD Provinsi "
              "Lampung, Selasa (6/5/2025), dengan titik berat pada upaya menaikkan PAD.",
              "Tim Khusus PAD hingga Evaluasi Bank Lampung, Ini 8 Rekomendasi DPRD yang Diterima Pemprov",
              published="2025-05-06")
    assert out["meeting_type"] == "rapat_paripurna"


def test_a_straight_mark_opening_inside_a_quotation_is_a_title_quoted_in_it():
    """'bagian dari "Familiarization Trip For Ambassadors "Promoting Cooperation ..." yang diselenggarakan ...': the
    inner straight mark opens a title, the last one closes the quotation; the next sentence is narration again."""
    units = ['Kunjungan itu bagian dari "Familiarization Trip For Ambassadors "Promoting Cooperation in Trade" yang '
             'diselenggarakan Kementerian Luar Negeri.', "Persiapan kedatangan para dubes dibahas dalam rapat."]
    from pipelines.extract.text import unquoted
    assert unquoted(units)[1] == units[1]


def test_a_visit_made_to_meet_an_office_holder_is_an_audience():
    """'menyambangi Balai Kota Jakarta siang tadi untuk bertemu Gubernur DKI Jakarta ...': a call on its head."""
    out = run("WARTAKOTALIVE.COM, JAKARTA - Gubernur Lampung Rahmat Mirzani Djausal menyambangi Balai Kota Jakarta siang "
              "tadi untuk bertemu Gubernur DKI Jakarta Pramono Anung Wibowo.",
              "Gubernur Lampung Mau Tiru Aplikasi JAKI, Pramono Anung Tersanjung", published="2025-04-15")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"


def test_a_meeting_told_as_days_before_the_news_is_not_its_event():
    """'Yang dimaksud Mikdar adalah pertemuan Gubernur ... dengan 12 pemilik pabrik tapioka lain sehari sebelumnya':
    an earlier meeting the statement refers to."""
    out = run("Ketua Pansus Tata Niaga Singkong DPRD Lampung Mikdar Ilyas mengapresiasi pabrik tapioka yang mematuhi harga "
              "Pergub. Yang dimaksud Mikdar adalah pertemuan Gubernur Lampung Rahmat Mirzani Djausal dengan perusahaan Bumi "
              "Waras dan 12 pemilik pabrik tapioka lain sehari sebelumnya, yang menjawab keraguan soal pelaksanaan pergub.",
              "Pansus Singkong DPRD Lampung Apresiasi Pabrik Tapioka Patuhi Harga Pergub", published="2025-11-26")
    assert not out["is_meeting"]


def test_an_audience_offered_and_refused_is_no_meeting():
    """'menawarkan agar perwakilan mahasiswa diterima dalam audiensi di ruang rapat, namun tawaran itu ditolak'."""
    out = run("Ribuan mahasiswa menggeruduk Gedung DPRD Provinsi Lampung, Senin (1/9/2025).\n\nMassa menolak tunjangan "
              "anggota dewan.\n\nSekretariat dewan sempat menawarkan agar perwakilan mahasiswa diterima dalam audiensi di "
              "ruang rapat, namun tawaran itu ditolak.", title="Mahasiswa Geruduk DPRD Lampung", published="2025-09-01")
    assert out["is_meeting"] is False


def test_a_council_visited_by_another_councils_members_is_an_audience():
    """'Komisi III DPRD Sumatera Selatan bertandang ke DPRD Provinsi Lampung ... rombongan diterima': a courtesy call."""
    out = run("Komisi III DPRD Sumatera Selatan bertandang ke Dewan Perwakilan Rakyat Daerah (DPRD) Provinsi Lampung, Kamis "
              "(30/1/2020). Ketua Komisi III DPRD Sumatera Selatan, Muhammad, datang membawa 13 anggotanya, dan rombongan "
              "diterima di gedung dewan setempat.", title="", published="2020-01-30")
    assert out["meeting_type"] == "audiensi"


def test_a_ministry_as_a_party_to_a_meeting_in_lampung_makes_no_audience():
    """'dibahas dalam rapat di Ruang kerja Asisten ..., antara Pemerintah Provinsi Lampung dan Kementerian Luar Negeri':
    a plain meeting in Lampung, not a call at the minister's office."""
    out = run("BANDAR LAMPUNG – Persiapan kedatangan dubes dibahas dalam rapat di Ruang kerja Asisten Bidang Pemerintahan "
              "Kesra, Senin (5/02/2018), antara Pemerintah Provinsi Lampung dan Kementerian Luar Negeri Republik "
              "Indonesia.", title="", published="2018-02-05")
    assert out["meeting_type"] == "rapat_lainnya"


def test_the_gavel_names_no_kind_of_sitting():
    """'Palu Sidang Berpindah Tangan ...' over '... dalam rapat paripurna istimewa pelantikan': a plenary."""
    out = run("Bandarlampung (ANTARA) - Palu sidang DPRD Provinsi Lampung berpindah tangan dari Mingrum Gumay kepada Ahmad "
              "Giri Akbar dalam rapat paripurna istimewa pelantikan anggota dewan di Gedung DPRD Lampung, Senin (2/9).",
              title="Palu Sidang Berpindah Tangan dari Mingrum Gumay ke Ahmad Giri Akbar", published="2024-09-03")
    assert out["meeting_type"] == "rapat_paripurna"


def test_a_headlines_fronted_circumstance_is_not_its_event():
    """'Diwarnai Unjuk Rasa, Lima Anggota DPRD Lampung Terpilih Batal Dilantik' over a plenary swearing-in: the
    demonstration colours the news; the plenary is the event."""
    out = run("“Aksi ini untuk mengingatkan anggota DPRD yang baru dilantik,” ujarnya.\n\nDi dalam gedung, rapat paripurna "
              "istimewa pengambilan sumpah jabatan anggota DPRD Lampung periode 2024—2029 dipadati tamu.",
              title="Diwarnai Unjuk Rasa, Lima Anggota DPRD Lampung Terpilih Batal Dilantik", published="2024-09-02")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_paripurna"


def test_a_visit_being_prepared_for_leaves_the_preparation_meeting_the_news():
    """'Pemprov Lampung Mulai Bersiap Sambut Kunker Presiden ... Persiapannya dibahas dalam rakor yang dipimpin Sekda'."""
    out = run("BANDAR LAMPUNG – Pemerintah Provinsi Lampung mulai bersiap menyambut kunjungan kerja Presiden Joko Widodo. "
              "Persiapannya dibahas dalam rakor yang dipimpin Sekretaris Daerah Provinsi Lampung Fahrizal Darminto, Senin "
              "kemarin.", title="Pemprov Lampung Mulai Bersiap Sambut Kunker Presiden", published="2024-07-09")
    assert out["is_meeting"] and out["meeting_date"] == "2024-07-08"
    assert out["chair"]["name"] == "Fahrizal Darminto"


def test_a_meeting_told_as_held_some_time_before_is_not_the_news():
    """'Usulan tersebut sebelumnya telah diumumkan dalam rapat paripurna DPRD ... beberapa waktu lalu' under a handover."""
    out = run("Lampung – Ketua DPRD Provinsi Lampung Ahmad Giri Akbar menyerahkan berkas usulan pengesahan Gubernur terpilih "
              "kepada Presiden melalui Menteri Dalam Negeri, Kamis (16/1/2025).\n\nBerkas diserahkan di Kantor Kementerian "
              "Dalam Negeri.\n\nUsulan tersebut sebelumnya telah diumumkan dalam rapat paripurna DPRD Provinsi Lampung "
              "beberapa waktu lalu.", title="Berkas Usulan Pengesahan Gubernur Terpilih Diserahkan ke Mendagri",
              published="2025-01-16")
    assert out["is_meeting"] is False


def test_a_review_meeting_named_in_lower_case_is_its_own_kind():
    """'Rancangan Akhir RKPD ... dibahas dalam rapat fasilitasi yang digelar Pemerintah Provinsi Lampung ..., sebagian
    lainnya mengikuti secara daring': a review, not a national coordination meeting followed online."""
    out = run("Bandar Lampung – Rancangan Akhir RKPD Provinsi Lampung Tahun 2022 dibahas dalam rapat fasilitasi yang digelar "
              "Pemerintah Provinsi Lampung, Selasa (15/6/2021). Sebagian peserta berkumpul di Ruang Rapat Lantai 3 Bappeda, "
              "sebagian lainnya mengikuti secara daring. Rapat dibuka oleh Direktur Ditjen Bina Pembangunan Daerah "
              "Kemendagri, Nyoto Suwignyo.", title="Kemendagri Fasilitasi Rancangan Akhir RKPD", published="2021-06-15")
    assert out["meeting_type"] == "rapat_lainnya"


def test_a_meeting_with_a_ministry_is_a_call_on_it():
    """'Dalam pertemuan dengan Kementerian PUPR itu, Arinal didampingi ...' after 'menemui Basuki di ruang kerja Menteri
    PUPR, Jakarta': a call on the ministry, unlike 'rapat ... antara Pemprov dan Kementerian Luar Negeri'."""
    out = run("Lampu hijau tersebut diperoleh saat Gubernur Lampung Arinal Djunaidi menemui Basuki di ruang kerja Menteri "
              "PUPR, Jakarta, kemarin. Dalam pertemuan dengan Kementerian PUPR itu, Arinal didampingi Kepala Dinas Bina "
              "Marga Provinsi Lampung Mulyadi Irsan.", title="Menteri Basuki Setujui Delapan Ruas Jalan Provinsi Lampung "
              "Naik Status", published="2020-08-25")
    assert out["meeting_type"] == "audiensi"


def test_a_statement_to_the_press_after_an_internal_meeting_is_a_statement():
    """'"Ini kabar sangat baik untuk petani singkong," ujar Mikdar kepada wartawan usai rapat internal pansus': the closed
    meeting is told of in passing; the statement is the news."""
    out = run("Pabrik tapioka menyatakan siap mematuhi harga singkong sesuai Pergub.\n\n“Ini kabar sangat baik untuk petani "
              "singkong,” ujar Mikdar kepada wartawan usai rapat internal pansus, Rabu (26/11/2025).",
              title="Pabrik Tapioka Siap Patuhi Harga Singkong Pergub, Pansus DPRD Lampung: Kabar Baik untuk Petani",
              published="2025-11-26")
    assert out["is_meeting"] is False


@pytest.mark.parametrize("title, text, kind", [
    # a feature opening on a list of names: no event told there
    ("Renstra Dinas Koperasi Diekspos di Ruang Kerja Wagub",
     "Gebyar UKM, bedah koperasi, festival tapis. Deretan inovasi itu disebut Kepala Dinas Koperasi sebagai cara mendukung "
     "UMKM. Isron menyampaikannya pada ekspos rencana strategis Dinas Koperasi yang digelar di Ruang Kerja Wakil Gubernur, "
     "Jumat (11/10/2019).", "rapat_lainnya"),
    # matters listed 'mulai dari ... sampai ...' are no training held; the object voice 'ia tekankan' sets it in a meeting
    ("Skor LPPD Lampung 3,53, Sekdaprov Minta OPD Berbenah",
     "Skor 3,53, peringkat ke-14 nasional. Meski trennya naik, Sekdaprov Marindo Kurniawan menilai masih banyak yang perlu "
     "dibenahi, mulai dari sistem pelaporan, pelatihan teknis, sampai pemanfaatan aplikasi. Hal itu ia tekankan saat "
     "memimpin rapat evaluasi LPPD di ruang kerjanya, Jumat (18/7/2025).", "rapat_evaluasi"),
    # appreciation is no award given; a promise let slip while receiving a visit sets the news in the audience
    ("Peraih Medali PON Dijanjikan Rp200 Juta",
     "Rp200 juta. Angka tersebut disebut langsung oleh Gubernur Arinal Djunaidi sebagai tanda penghargaan bagi atlet. "
     "Janji itu terlontar ketika Arinal menerima kunjungan KONI Provinsi Lampung di Mahan Agung, Selasa (19/10/2021).",
     "audiensi"),
    # a head received, his office set off by a dash; a visit received in person by its host
    ("Gubernur Lampung Mau Contek Aplikasi JAKI",
     "Selasa (15/4/2025), Pramono Anung kedatangan tamu dari Sumatera. Di Balai Kota Jakarta, ia menerima Rahmat Mirzani "
     "Djausal - Gubernur Lampung yang akrab disapa Mirza.", "audiensi"),
    ("Gubernur Lampung Mau Contek Aplikasi JAKI",
     "Aplikasi JAKI ternyata dilirik provinsi lain. Kedatangan Gubernur Lampung itu diterima langsung oleh Pramono, dan "
     "keduanya berbincang cukup lama, Selasa (15/4/2025).", "audiensi"),
])
def test_the_meeting_past_a_list_a_figure_of_speech_or_an_apposition_is_found(title, text, kind):
    """A bare list of names, 'sebagai tanda penghargaan', 'mulai dari ... pelatihan ...' tell no event; 'Hal itu ia
    tekankan saat memimpin rapat', 'Janji itu terlontar ketika ... menerima kunjungan', 'menerima X - Gubernur ...' and
    'Kedatangan ... diterima langsung oleh X' tell the meeting."""
    out = run(text, title=title, published="2025-07-18")
    assert out["is_meeting"] and out["meeting_type"] == kind


def test_a_report_received_by_the_governor_is_no_audience():
    """'Dokumen Laporan Hasil Pemeriksaan (LHP) ... Tahun 2025 diterima Gubernur Lampung': a document, not a delegation."""
    out = run("BANDARLAMPUNG - Dokumen Laporan Hasil Pemeriksaan (LHP) Badan Pemeriksa Keuangan (BPK) Perwakilan Lampung "
              "Semester II Tahun 2025 diterima Gubernur Lampung Rahmat Mirzani Djausal di Kantor BPK, Senin (15/12/2025).",
              title="Terima LHP BPK, Gubernur Targetkan Tindak Lanjut Rekomendasi", published="2025-12-15")
    assert out["is_meeting"] is False


def test_a_statement_said_after_leading_a_meeting_past_the_lead_is_set_in_it():
    """A report of what was said, its lead naming no event, then 'Keterangan itu ia sampaikan seusai memimpin rapat
    koordinasi ...': the object voice sets the news in the meeting he led."""
    out = run('Kupastuntas.co, Bandar Lampung - "Tanggal dan rutenya masih rahasia." Jawaban singkat itu diberikan Sekretaris '
              "Daerah Provinsi Lampung Fahrizal Darminto ketika ditanya kapan Presiden akan tiba di Lampung.\n\nFahrizal "
              "memastikan agenda kunjungan kerja Kepala Negara memang sudah direncanakan. Dari informasi yang diperoleh, "
              "Presiden akan menyambangi beberapa daerah. Namun Pemerintah Provinsi Lampung belum membuka kapan Presiden akan "
              "singgah. Saat ditemui wartawan, Fahrizal membenarkan kabar tersebut. \"Betul,\" katanya. Meski begitu, ia "
              "enggan merinci daerah mana saja yang masuk rute kunjungan.\n\nKeterangan itu ia sampaikan seusai memimpin "
              "rapat koordinasi persiapan kunjungan kerja Presiden RI. Rakor tersebut digelar secara virtual dari Ruang "
              "Rapat Sakai Sambayan, Senin (8/7/2024).",
              title="Sekdaprov Lampung Benarkan Rencana Kunjungan Presiden", published="2024-07-08")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_koordinasi"


def test_a_headlines_act_done_in_the_meeting_the_lead_opens_on_is_that_meeting():
    """'Pemprov Lampung Teken Rencana Aksi' over a lead opening 'Rapat koordinasi ... di Hotel Horison resmi ditutup Sekda
    ...': the signing was done in the rakor, the event reported."""
    out = run("Bandar Lampung, 2/3/2023 (Beritaanda) – Rapat koordinasi (rakor) optimalisasi program penanganan PPKS di Hotel "
              "Horison resmi ditutup Sekretaris Daerah Fahrizal Darminto, Rabu kemarin. Sebelumnya, para Sekda Kabupaten/Kota "
              "menandatangani bukti kesepakatan rencana aksi penanganan PPKS.",
              title="Tangani PPKS, Pemprov Lampung Teken Rencana Aksi Bersama Kabupaten/Kota", published="2023-03-02")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_koordinasi"


@pytest.mark.parametrize("title, text", [
    ("Bukan Lewat Rapat, Dinkes Bandar Lampung Datangi Masjid Sosialisasikan Prokes",
     "Dinas Kesehatan Kota Bandar Lampung menggelar penyuluhan protokol kesehatan dari satu masjid ke masjid lain."),
    ("BPBD Lampung Latih TRC-PB di Pantai Mutun",
     "KRAKATAU.ID, PESAWARAN - Tidak ada meja rapat, tidak ada layar presentasi. Kegiatan bertajuk Pelatihan Pengembangan "
     "TRC-PB itu diselenggarakan BPBD Provinsi Lampung di Pantai Mutun, Selasa (1/10/2024)."),
])
def test_a_meeting_word_said_not_to_be_there_names_no_meeting(title, text):
    """'Bukan Lewat Rapat', 'Tidak ada meja rapat': the meeting word is denied."""
    assert run(text, title=title, published="2024-10-01")["is_meeting"] is False


@pytest.mark.parametrize("title, text, kind", [
    # a council's working visit to another council is received: an audience ('berkunjung kerja', 'kunjungan kerja ke
    # DPRD'); a programme named 'Sosialisasi Perda' is no socialisation held
    ("Komisi III DPRD Sumsel Pelajari Hibah dan Sosper ke Lampung",
     "PALEMBANG - Ketua Komisi III DPRD Sumatera Selatan, Muhammad, memboyong 13 anggota komisinya berkunjung kerja ke DPRD "
     "Provinsi Lampung, Kamis (30/1/2020). Di gedung dewan Lampung, rombongan menggali soal dana hibah.", "audiensi"),
    ("Sosper Sebulan Sekali, DPRD Lampung Bagi Pengalaman ke Legislator Sumsel",
     "Kalimat itu dilontarkan Ketua Komisi V DPRD Lampung, Yanwar Irawan, ketika menjelaskan program Sosialisasi Perda "
     "(Sosper). Penjelasan Yanwar menjadi bagian dari pertemuan dengan rombongan Komisi III DPRD Sumatera Selatan yang "
     "melakukan kunjungan kerja ke DPRD Provinsi Lampung, Kamis (30/1/2020).", "audiensi"),
    # a lead telling no event, the plenary past it: 'dibacakan dalam rangkaian rapat paripurna'
    ("Bapemperda DPRD Lampung Kawal Enam Raperda Inisiatif",
     "BANDAR LAMPUNG - Bapemperda DPRD Provinsi Lampung menyampaikan tanggapan atas pendapat kepala daerah mengenai enam "
     "raperda, Selasa, 6 Agustus 2024. Keenam raperda itu diajukan pada tahun 2024. Komisi I mengusulkan Raperda tentang "
     "Keterbukaan Informasi Publik. Komisi II membawa Raperda tentang Pengendalian Pencemaran Udara. Komisi IV mengusulkan "
     "perubahan perda jalan. Satu raperda lainnya juga berbentuk perubahan. Tanggapan Bapemperda tersebut dibacakan dalam "
     "rangkaian rapat paripurna yang digelar DPRD Provinsi Lampung pada hari itu.", "rapat_paripurna"),
    # a swearing-in told first by who was not sworn in, its plenary past the lead
    ("Empat Kursi DPRD Lampung Beralih ke Peraih Suara Berikutnya",
     "BANDAR LAMPUNG - Empat kursi DPRD Provinsi Lampung kini ditempati peraih suara berikutnya. Kursi Rahmat di Dapil 1 "
     "kini milik Fauzi Heri. Mereka yang digantikan tengah berlaga di Pilkada. Rahmat mencalonkan diri di Pilgub. Tiga "
     "kader lain bertarung di kabupaten. Nasib serupa dialami Ririn Kuswantari yang juga tak ikut dilantik. Dengan demikian "
     "lima dari 85 anggota terpilih absen dari pelantikan. Perubahan komposisi itu tampak dalam rapat paripurna istimewa "
     "pelantikan 85 anggota DPRD Provinsi Lampung di Gedung DPRD Lampung, Senin (2/9/2024).", "rapat_paripurna"),
])
def test_a_council_visited_and_a_plenary_told_past_the_lead_are_meetings(title, text, kind):
    """A working visit to a council is an audience with it; a lead telling no event, or only a swearing-in's absentees,
    gives way to the plenary named past it."""
    out = run(text, title=title, published="2024-09-02")
    assert out["is_meeting"] and out["meeting_type"] == kind


def test_a_second_closing_mark_of_nested_quotations_opens_no_quotation():
    """'... bagian dari "Familiarization Trip ... "Promoting ... Invesment"" yang diselenggarakan Kemenlu. Persiapannya
    dibahas ... dalam rapat ...': the doubled closing mark ends both titles; the next sentence is narration."""
    out = run('BANDAR LAMPUNG - Lampung dipilih menjadi tujuan kunjungan 16 duta besar. Kunjungan itu bagian dari '
              '"Familiarization Trip For Ambassadors "Promoting Cooperation in Trade"" yang diselenggarakan Kementerian Luar '
              "Negeri. Persiapannya dibahas bersama Pemerintah Provinsi Lampung dalam rapat di Ruang kerja Asisten Bidang "
              "Pemerintahan, Senin (5/2).", title="16 Dubes Timur Tengah Bakal Jajaki Investasi di Lampung",
              published="2018-02-06")
    assert out["is_meeting"] and out["meeting_date"] == "2018-02-05"


def test_a_sites_menu_naming_its_opinion_section_is_no_opinion_breadcrumb():
    """'Beranda | Daerah | Politik | Hukum | Ekonomi | Olahraga | Opini' lists the site's sections; the report is news."""
    out = extract({"id": "t", "url": "https://nenemonews.example/x", "published": "2023-02-08",
                   "title": "Gubernur Arinal Ikuti Rapat Koordinasi Pengendalian Inflasi Bersama Mendagri",
                   "text": "NENEMONEWS\nBeranda | Daerah | Politik | Hukum | Ekonomi | Olahraga | Opini\n\nBandar Lampung, "
                           "Nenemonews – Dari Mahan Agung, Rabu (08/02/2023), Gubernur Lampung Arinal Djunaidi mengikuti "
                           "secara daring Rapat Koordinasi Pengendalian Inflasi Daerah."})
    assert out["is_meeting"] and out["meeting_type"] == "rapat_koordinasi"


@pytest.mark.parametrize("title, text", [
    ("Pramono Anung Tersanjung Gubernur Lampung Ingin Tiru Aplikasi JAKI",
     "Gubernur Lampung datang ke Balai Kota Jakarta untuk mempelajari aplikasi JAKI.\nzoom-in Bagikan ⌁ Facebook ⌁ X ⌁ "
     "WhatsApp ⌁ Salin Tautan\n(Tangkapan layar foto) SAMBANGI BALAI KOTA - Suasana pertemuan dua kepala daerah.\n"
     "WARTAKOTALIVE.COM, JAKARTA - Gubernur Lampung Rahmat Mirzani Djausal menyambangi Balai Kota Jakarta, Selasa "
     "(15/4/2025), dan di sana diterima Gubernur DKI Jakarta Pramono Anung Wibowo."),
    ("Pemkab Mesuji Ajak Pemkab Lampung Barat Berkolaborasi Kendalikan Inflasi",
     "Liwa - Untuk menjalin kerja sama pengendalian inflasi, TPID Pemkab Mesuji menyambangi Pemkab Lampung Barat, Jumat "
     "(24/2/2023). Pj Bupati Lampung Barat Nukman menyambut rombongan TPID Pemkab Mesuji di ruang rapat Pesagi."),
])
def test_a_share_bar_and_a_caption_tell_no_event_and_a_government_called_on_receives(title, text):
    """A share bar ('Bagikan ⌁ Facebook ⌁ WhatsApp') and a screenshot's caption are page furniture; a delegation calling
    on another government ('menyambangi Pemkab ...', its head 'menyambut rombongan') is received in an audience."""
    out = run(text, title=title, published="2025-04-15")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"


@pytest.mark.parametrize("title, text", [
    ("DPRD Lampung Segera Susun Alat Kelengkapan Dewan",
     "Setelah fraksi DPRD Provinsi Lampung terbentuk, langkah berikutnya adalah menyusun AKD. Rencananya, rapat paripurna "
     "usulan pimpinan DPRD definitif dan penyusunan tata tertib akan digelar. \"Kami menunggu usulan fraksi,\" ujarnya, "
     "Senin, 30 September 2024."),
    ("Sehari Usai Paripurna, Ketua DPRD Lampung Antar Berkas Gubernur Terpilih ke Kemendagri",
     "Ketua DPRD Lampung Ahmad Giri Akbar datang ke Kantor Kementerian Dalam Negeri, Kamis (16/1/2025), membawa berkas "
     "gubernur terpilih. Usulan tersebut sudah lebih dulu disetujui seluruh anggota DPRD yang hadir dalam rapat paripurna "
     "kemarin."),
])
def test_a_meeting_still_to_be_held_with_no_day_or_already_done_is_not_the_news(title, text):
    """'Rencananya, rapat paripurna ... akan digelar.' (no day yet) and '... sudah lebih dulu disetujui ... dalam rapat
    paripurna' (before the news) name no meeting reported."""
    assert run(text, title=title, published="2025-01-16")["is_meeting"] is False


def test_a_competition_only_supposed_is_no_event():
    """'Kalau ada lomba siapa paling cepat memikirkan mudik, Pemprov Lampung barangkali juara.' then the meeting."""
    out = run("INILAMPUNGCOM - Kalau ada lomba siapa paling cepat memikirkan mudik, Pemprov Lampung barangkali juara. Puasa "
              "saja belum mulai, tapi rapat angkutan lebaran sudah digelar, Selasa (17/2/2026).",
              title="Persiapan Angkutan Lebaran Sudah Dibahas", published="2026-02-17")
    assert out["is_meeting"]


def test_a_visit_made_to_meet_its_host_is_an_audience():
    """'... menyambangi Balai Kota Jakarta untuk menemuinya': went to meet the host named before."""
    out = run("WARTAKOTALIVE.COM, JAKARTA - Gubernur DKI Jakarta Pramono Anung Wibowo kedatangan tamu dari seberang Selat "
              "Sunda. Selasa kemarin, Gubernur Lampung Rahmat Mirzani Djausal menyambangi Balai Kota Jakarta untuk menemuinya.",
              title="Pramono Anung Tersanjung Gubernur Lampung Ingin Tiru Aplikasi JAKI", published="2025-04-16")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"


def test_a_coordination_meeting_told_as_pertemuan_koordinasi_is_one():
    """'Pesan-pesan tersebut mengemuka dalam pertemuan koordinasi ... yang dipimpin Gubernur' past a quotation's lead."""
    out = run("Bandar Lampung --- \"Kita harus mampu menjaga kesatuan lewat pilkada.\" Kalimat itu disampaikan Gubernur "
              "Lampung Arinal Djunaidi di Gedung Pusiban, Senin (30/11/2020). Gubernur menegaskan, pilkada yang aman adalah "
              "tugas bersama. Ia meminta semua pihak mewaspadai hoaks. \"Pemantapannya perlu kita bahas,\" pesan Gubernur. "
              "Ketua KPU Provinsi Lampung Erwan Bustami melaporkan ukuran TPS. Pemilih bersuhu tinggi diarahkan ke bilik "
              "khusus. Pesan-pesan tersebut mengemuka dalam pertemuan koordinasi kesiapan Pilkada Serentak 2020 yang dipimpin "
              "Gubernur Arinal Djunaidi.\n\nBagikan ke: f  t  wa",
              title="Gubernur Arinal: Pilkada Aman dan Damai adalah Tugas Bersama", published="2020-11-30")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_koordinasi"


@pytest.mark.parametrize("text", [
    # a programme named in apposition, then its habit: no event held
    "Bandar Lampung – DPRD Provinsi Lampung terus mendorong Bank Daerah naik ke buku 2. Ketua Komisi V DPRD Lampung "
    "Yanwar Irawan memaparkan program baru DPRD Lampung, yakni Sosialisasi Perda atau Sosper. Kegiatan ini dilaksanakan "
    "setiap bulan; anggota dewan wajib turun ke lapangan menemui konstituen. Paparan tersebut disampaikan Yanwar saat DPRD "
    "Provinsi Lampung menerima kunjungan kerja Komisi III DPRD Sumatera Selatan di gedung dewan, Kamis (30/1/2020).",
    # a visit whose reception is told past the lead
    "MESUJI – Rombongan Tim Pengendalian Inflasi Daerah (TPID) Pemkab Mesuji membawa misi mengajak Lampung Barat menekan "
    "inflasi. Rombongan tersebut diketuai Staf Ahli Pemkab Mesuji, Sakroni. \"Kita harus berkolaborasi,\" kata Sakroni di "
    "sela kunjungan tersebut, Jumat, 24 Februari 2023. Menurut dia, Lampung Barat punya potensi komoditas. Karena itu TPID "
    "Mesuji berharap ajakan itu dituangkan dalam MoU. Harga cabai mulai turun. Pertemuan kedua daerah itu berlangsung di "
    "ruang rapat Pesagi. Di sana rombongan Mesuji diterima langsung oleh tuan rumah, Pj Bupati Lampung Barat Nukman.",
])
def test_a_programme_habit_and_a_reception_past_the_lead_leave_the_audience_as_the_news(text):
    """'program baru ..., yakni Sosialisasi Perda', 'dilaksanakan setiap bulan': a programme and its habit; 'Di sana
    rombongan ... diterima langsung oleh tuan rumah, Pj Bupati ...' past the lead: the visit was received."""
    out = run(text, title="Kunjungan Kerja ke Lampung", published=None)
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"


@pytest.mark.parametrize("title, text", [
    ("Mesuji-Lampung Barat jajaki MoU pengendalian inflasi daerah",
     "Liwa (ANTARA) - Pemerintah Kabupaten Mesuji berharap dapat meneken nota kesepahaman (MoU) penanganan inflasi dengan "
     "Pemkab Lampung Barat. \"Lampung Barat memiliki potensi komoditas. Karena itu kami mengajak Pemkab Lambar "
     "berkolaborasi,\" kata Staf Ahli Pemkab Mesuji Sakroni. Ia menilai TPID mesti bekerja maksimal. Pj Bupati Lampung Barat "
     "Nukman menyatakan pihaknya terbuka. Menurut dia, kabupaten itu punya beragam potensi. \"Kami berterima kasih.\" Ajakan "
     "kerja sama itu mengemuka ketika Nukman menerima audiensi rombongan TPID Pemkab Mesuji di ruang rapat Pesagi, Jumat "
     "(24/2/2023)."),
    ("Belum Dilantik, Mirza-Jihan Maraton Temui Menteri",
     "RMOLLampung - Pasangan gubernur terpilih Rahmat Mirzani Djausal dan Jihan Nurlela menyambangi kantor Bappenas. Di sana "
     "keduanya diterima langsung oleh sang menteri. Rachmat Pambudy, Menteri PPN/Kepala Bappenas, menerima audiensi keduanya."),
])
def test_an_act_only_hoped_for_or_not_yet_done_is_not_the_news(title, text):
    """'berharap dapat meneken MoU', 'jajaki MoU' (the audience told past the lead), 'Belum Dilantik': not done; the
    audience is the event."""
    out = run(text, title=title, published="2023-02-24")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"


def test_the_means_a_thing_is_made_known_by_is_no_event():
    """'produk unggulan ... yang dikenalkan lewat Gebyar UKM, bedah koperasi, dan festival tapis' names no festival held."""
    out = run("inilampung.com -- Wakil Gubernur Lampung Chusnunia Chalim tak mau program Dinas Koperasi berhenti di atas "
              "kertas. \"Program kerja harus konkret,\" ujarnya. Kepala Dinas Koperasi dan UKM, Isron Fadtricar, menjawab "
              "dinasnya terus berinovasi. Salah satunya menyangkut produk unggulan Lampung, khususnya Tapis, yang dikenalkan "
              "lewat Gebyar UKM, bedah koperasi, dan festival tapis. Pernyataan keduanya mengemuka pada ekspos rencana "
              "strategis Dinas Koperasi dan UKM yang digelar di Ruang Kerja Wakil Gubernur, Jumat (11/10/2019).\n\n"
              "Bagikan berita ini:", title="Wagub Minta Program Koperasi Konkret", published=None)
    assert out["is_meeting"]


@pytest.mark.parametrize("title, text", [
    ("Pansus: Pabrik Tapioka Siap Ikuti Pergub",
     "BANDAR LAMPUNG - Kesediaan pabrik tapioka membeli singkong sesuai pergub disambut baik. \"Pertemuan kemarin itu "
     "memperlihatkan kemajuan,\" kata Ketua Pansus Mikdar Ilyas. Pertemuan yang dimaksud Mikdar berlangsung Selasa "
     "(25/11/2025) antara Gubernur Lampung dengan 12 pemilik pabrik tapioka."),
    ("Ketua DPRD Serahkan Berkas Gubernur Terpilih ke Kemendagri",
     "Jakarta - Ketua DPRD Provinsi Lampung Ahmad Giri Akbar menyerahkan berkas usulan pengesahan gubernur terpilih. Berkas "
     "itu diserahkan di Kantor Kemendagri, Kamis (16/1/2025). Penyerahan ini menindaklanjuti keputusan rapat paripurna DPRD "
     "yang lebih dulu menyetujui usulan itu. Berkas tersebut menjadi bagian tahapan dalam proses pelantikan kepala daerah."),
])
def test_a_meeting_spoken_of_and_a_plenary_followed_up_are_not_the_news(title, text):
    """'Pertemuan yang dimaksud Mikdar' (the meeting a speaker spoke of), 'menindaklanjuti keputusan rapat paripurna' (the
    plenary before the act)."""
    assert run(text, title=title, published="2025-11-26")["is_meeting"] is False


@pytest.mark.parametrize("text", [
    # speech with its tag set inside ('Poin pertama, kata Arinal, ... sosialisasi ...') tells no event
    "Lampost.co -- Kabupaten yang menggelar pilkada dilarang memutasi pejabat. ASN wajib netral. Dua hal itu termasuk sepuluh "
    "poin yang dipaparkan Gubernur Arinal, Jumat (7/2/2020). Poin pertama, kata Arinal, mendukung sosialisasi agar warga "
    "memakai hak pilihnya. Kedua, mendukung pendanaan pilkada. Berikutnya, menjaga ketertiban. \"Laporkan ke Mendagri,\" "
    "ujarnya. Poin-poin itu ia sampaikan dalam rapat koordinasi yang digelar Pemprov Lampung bersama KPU di Ruang Rapat "
    "Utama Kantor Gubernur Lampung.",
    # a past year's aid opening a sentence is background to the meeting told after it
    "SAIBUMI.COM - BPS mencatat 1.002.410 penduduk miskin pada 2022. Angka itu diungkap Sekda Fahrizal Darminto. Menurutnya "
    "data tersebut memerlukan intervensi. \"Tugas ini wajib terpadu,\" ujarnya. Ia juga menyinggung data Kemenko PMK. "
    "Tercatat 104.753 KK masuk data kemiskinan ekstrem. Pada tahun anggaran 2022 lalu, mereka sudah diintervensi dengan "
    "bansos tunai. Hal itu disampaikan Fahrizal saat menutup rapat koordinasi penanganan PPKS di Hotel Horison, Rabu "
    "(1/3/2023).",
])
def test_speech_with_its_tag_inside_and_a_past_year_s_act_leave_the_meeting_told_later(text):
    """', kata Arinal,' sets what follows in speech; 'Pada tahun anggaran 2022 lalu, ... bansos' is background."""
    out = run(text, title="Sepuluh Poin Gubernur", published=None)
    assert out["is_meeting"] and out["meeting_type"] == "rapat_koordinasi"


@pytest.mark.parametrize("title, text, kind", [
    # the lead tells the speech, then says what it was
    ("Agenda Pandangan Umum Fraksi",
     "Bandar Lampung - Pelaksanaan APBD 2021 dinilai berjalan. Itulah benang merah pandangan umum 13 fraksi DPRD Provinsi "
     "Lampung, Selasa (5/7/2022). Pandangan itu menyangkut Raperda pertanggungjawaban APBD. Pembacaan pandangan umum "
     "berlangsung di Ruang Sidang DPRD. Turut hadir para Staf Ahli dan Kadis. Eksekutif diwakili Wakil Gubernur. Agenda ini "
     "merupakan rapat paripurna lanjutan dan dibuka secara resmi oleh Ketua DPRD Provinsi Lampung, Mingrum Gumay.",
     "rapat_paripurna"),
    ("Empat Puluh Persen Belanja untuk Produk Lokal",
     "BANDAR LAMPUNG - Empat puluh persen pengadaan barang diminta fokus pada produk lokal. Permintaan itu datang dari arahan "
     "Gubernur yang disampaikan Sekda Fahrizal Darminto, Kamis (11/08/2022). Fahrizal juga meminta realisasi APBD "
     "dipercepat. Menurutnya, belanja APBD menggerakkan ekonomi. Hal itu ia sampaikan saat menghadiri kegiatan yang digelar "
     "Itjen Kemendagri di Balai Keratun. \"Monev memang tugas Itjen.\" Kegiatan yang dimaksud adalah Monitoring dan Evaluasi "
     "(Monev) Pelaksanaan APBD Tahun Anggaran 2022.", "rapat_evaluasi"),
    # an aside before the event ('Sebelum naik ke podium, ... stan pameran') does not hide it
    ("Lampung Patok 3,5 Juta Ton Padi",
     "Bandar Lampung (ANTARA) - Tiga setengah juta ton. Itu angka produksi padi yang dipatok Pemprov Lampung. \"Empat puluh "
     "persen tenaga kerja ada di pertanian,\" ujar Gubernur. Angka itu bukan berdiri sendiri. Ia menjadi bagian dari paparan "
     "Gubernur tentang lima tahun ke depan. Visi yang diusung sudah dirumuskan. Sebelum naik ke podium, Mirza sempat "
     "melihat-lihat stan pameran inovasi daerah. Seluruh paparan tersebut ternyata adalah pidato pembukaan Musyawarah "
     "Perencanaan Pembangunan (Musrenbang) Provinsi Lampung Tahun 2025.", "musrenbang"),
])
def test_what_the_lead_told_said_later_to_have_been_a_meeting(title, text, kind):
    """'Agenda ini merupakan rapat paripurna ...', 'Kegiatan yang dimaksud adalah Monev ...', 'Seluruh paparan tersebut
    ternyata adalah pidato pembukaan Musrenbang ...' past a lead that named no event."""
    out = run(text, title=title, published=None)
    assert out["is_meeting"] and out["meeting_type"] == kind


def test_a_hearing_named_loosely_first_and_by_its_own_name_later():
    """A lead placing the news 'di Ruang Rapat Lantai 2, Gedung DPRD', then 'Rapat Dengar Pendapat (RDP) tersebut digelar
    DPRD ...': the hearing's own name, pointing back, types it."""
    out = run("Bandar Lampung - Penyerapan jagung petani masih tersendat. Kepala Dinas Perindustrian dan Perdagangan Provinsi "
              "Lampung, Evie Fatmawaty, memaparkan langkah dinasnya di Ruang Rapat Lantai 2, Gedung DPRD Provinsi Lampung, "
              "Rabu (21/5/2025). Ia menyebut harga jagung turun. Petani mengeluh. Industri pakan enggan menyerap. Dinas "
              "menyiapkan kemitraan. Rapat Dengar Pendapat (RDP) tersebut digelar DPRD Provinsi Lampung sebagai tindak lanjut "
              "isu penyerapan jagung.", title="Kadis Perindag Paparkan Upaya Penyerapan Jagung di DPRD", published=None)
    assert out["meeting_type"] == "rapat_dengar_pendapat"


def test_a_weak_word_presented_does_not_type_the_meeting_it_is_presented_in():
    """'Bappeda ... kebagian tugas memaparkan evaluasi capaian kinerja ...' then 'Rapat Koordinasi (Rakor) POP ...'."""
    out = run("LIWA – Bappeda Lampung Barat kebagian tugas memaparkan evaluasi capaian kinerja program prioritas di hadapan "
              "para kepala perangkat daerah. Bahan paparan itu kini dirampungkan, sebab forumnya tinggal menghitung jam: Rapat "
              "Koordinasi (Rakor) Pengendalian Operasional Pembangunan (POP) triwulan II yang dijadwalkan berlangsung besok, "
              "Rabu, 20 Juli 2022, di Aula Kagungan.",
              title="Bappeda Lambar Siapkan Paparan Capaian Program Prioritas untuk Rakor POP Triwulan II",
              published="2022-07-19")
    assert out["meeting_type"] == "rapat_koordinasi"


def test_an_act_only_offered_is_not_the_news():
    """'TPID Mesuji Tawarkan MoU ...': an agreement offered, not signed; the headline tells no signing."""
    assert classify("TPID Mesuji Tawarkan MoU Pengendalian Inflasi ke Lampung Barat", ["Harga cabai naik."], 6).event_type \
        != "other"


@pytest.mark.parametrize("title, text", [
    ("Ketua DPRD Edi Novial Terima Penghargaan di Upacara HUT ke-34 Lampung Barat",
     "LIWA - Ketua DPRD Kabupaten Lampung Barat, Edi Novial, menerima penghargaan dari Pemkab Lampung Barat. Penghargaan itu "
     "diserahkan Bupati Parosil Mabsus di hadapan peserta upacara HUT ke-34 Kabupaten Lampung Barat, Rabu (24/9/2025). "
     "Upacara itu digelar sehari setelah DPRD Lampung Barat menggelar rapat paripurna istimewa dalam rangka HUT ke-34 "
     "kabupaten di gedung dewan, Selasa (23/9/2025) lalu."),
    ("DBD Merebak, Pj Bupati Pringsewu Perintahkan Penanganan Menyeluruh",
     "PRINGSEWU - Hampir semua kecamatan melaporkan bertambahnya kasus demam berdarah. Warga cemas. Pj. Bupati Pringsewu "
     "Marindo Kurniawan, Kamis, 23 Mei 2024, memerintahkan Dinas Kesehatan menangani kasus itu. \"Penanganan segera "
     "dilakukan,\" ujarnya. Marindo menambahkan, dalam waktu dekat ia akan mengumpulkan OPD terkait dalam rapat "
     "koordinasi. Yang pasti, kata dia, langkah pencegahan tidak boleh menunggu rapat."),
])
def test_a_plenary_days_before_and_a_meeting_in_reported_speech_are_not_the_news(title, text):
    """'digelar sehari setelah DPRD ... menggelar rapat paripurna istimewa' (days apart); 'Yang pasti, kata dia, ... tidak
    boleh menunggu rapat' (speech with its tag inside)."""
    assert run(text, title=title, published="2025-09-24")["is_meeting"] is False


@pytest.mark.parametrize("title, text", [
    # a plan past the lead ('Pemprov juga akan ... menggencarkan sosialisasi') before the closing attribution
    ("Lampung In Harus Jadi Ekosistem Digital",
     "BANDAR LAMPUNG - Aplikasi Lampung In tidak boleh berhenti sebagai aplikasi yang diunduh lalu dilupakan. Sekda Marindo "
     "Kurniawan ingin aplikasi itu dipakai aktif. \"Ini harus jadi kebutuhan,\" kata Marindo. Sejumlah isu strategis "
     "dikupas. Salah satunya rencana memindahkan pengelolaan sistem dari JSC. Integrasi layanan jadi prioritas. Pemprov juga "
     "akan memperkuat integrasi proses bisnis antarinstansi, memastikan validasi waktu pelayanan, dan menggencarkan "
     "sosialisasi penggunaan aplikasi. Hal itu disampaikan Sekda Marindo Kurniawan saat memimpin rapat koordinasi pemantapan "
     "aplikasi Lampung In di Kantor Gubernur, Kamis (3/7/2025)."),
    # 'lalu' as 'then', not a time gone
    ("Lampung In Dimatangkan",
     "BANDAR LAMPUNG - Keluhan warga soal aplikasi layanan masih muncul. Seorang pengguna mengaku kesulitan masuk. Aplikasi "
     "itu sudah diunduh 10.000 kali. Pemprov ingin layanan lebih cepat. Pemetaan teknis sudah dilakukan. Banyak fitur "
     "ditambah. Pematangan Lampung In lalu dibahas dalam rapat koordinasi yang dipimpin langsung Sekretaris Daerah Provinsi "
     "Lampung, Marindo Kurniawan, di Kantor Gubernur Lampung, Kamis (3/7/2025)."),
])
def test_a_plan_and_lalu_as_then_leave_the_meeting_told_later(title, text):
    """'Pemprov juga akan ... sosialisasi' and 'Pematangan ... lalu dibahas dalam rapat koordinasi ...' past a lead that
    tells no event."""
    assert run(text, title=title, published=None)["is_meeting"]


def test_what_a_speaker_says_of_the_meeting_does_not_tell_it():
    """'Menurut dia, lewat konsultasi publik ini diharapkan ...' before 'Hal itu disampaikan Bupati ... pada Konsultasi
    Publik ...' (recorded reworded report Q15)."""
    assert run_recorded("extract_reworded_q15.jsonl", "pq15-e009")["meeting_type"] == "konsultasi_publik"


def test_a_meeting_pointed_back_to_and_said_to_sit_somewhere_happened():
    """'Rapat Koordinasi (Rakor) Kepala Dinas Kominfotik se-Lampung itu berlangsung di ruang Command Center Lantai 2.' past
    a lead of a dated quotation and a list of steps: the meeting told as sitting in a place happened, undated as it is
    (recorded reworded report P17)."""
    out = run_recorded("extract_reworded_p17.jsonl", "pp17-e010")
    assert out["meeting_type"] == "rapat_koordinasi" and out["meeting_date"] == "2025-07-25"


def test_going_forward_is_no_time_of_the_meeting():
    """'... memimpin Rapat Evaluasi ... pada Jumat (18/7/2025), rapat yang disebutnya sebagai langkah awal merumuskan arah
    kebijakan ... ke depan.' past a lead of figures: 'ke depan' (from now on) is no later day, the meeting happened
    (recorded reworded report P9)."""
    out = run_recorded("extract_reworded_p9.jsonl", "pp9-a095")
    assert out["meeting_type"] == "rapat_evaluasi" and out["meeting_date"] == "2025-07-18"


@pytest.mark.parametrize("title, text", [
    # a dated past act in a relative clause describing a person is background
    ("Wagub Jihan Tagih Kerja Bersama Tekan Kemiskinan",
     "BANDAR LAMPUNG - \"Kemiskinan ekstrem harus sampai nol,\" kata Wakil Gubernur Lampung Jihan Nurlela. Jihan, yang "
     "dilantik sebagai wakil gubernur di Jakarta pada 20 Februari 2025, sejak awal menjadikan kemiskinan pekerjaan rumah. "
     "Kesempatan untuk menagih kerja bersama itu datang ketika Rapat Koordinasi TKPKD Tahun 2025 dibuka oleh Jihan di Gedung "
     "Pusiban, Kamis (12/6/2025)."),
    # a meeting dubbed so ('rapat yang disebut-sebut sebagai rakor perdana') is no meeting spoken of
    ("Sepuluh Poin Gubernur untuk Pilkada",
     "Bandar Lampung - Delapan kabupaten/kota menggelar pilkada. Untuk memastikan semuanya berjalan, rapat koordinasi "
     "bersama KPU dan Bawaslu digelar Pemprov Lampung di Ruang Rapat Utama Kantor Gubernur Lampung, Jumat (7/2/2020), rapat "
     "yang disebut-sebut sebagai rakor perdana menjelang pilkada."),
    # a council hosting another council's working visit receives it
    ("Tuan Rumah Kunker Komisi III DPRD Sumsel, DPRD Lampung Pamerkan Program Sosper",
     "Bandar Lampung - DPRD Provinsi Lampung menjadi tuan rumah kunjungan kerja (kunker) Komisi III DPRD Sumatera Selatan di "
     "gedung dewan, Kamis (30/1/2020)."),
])
def test_background_in_a_relative_clause_a_meeting_dubbed_and_a_visit_hosted(title, text):
    """'yang dilantik ... pada 20 Februari 2025' (background), 'rapat yang disebut-sebut sebagai rakor perdana' (the
    meeting itself), 'menjadi tuan rumah kunjungan kerja' (an audience)."""
    assert run(text, title=title, published=None)["is_meeting"]


@pytest.mark.parametrize("title, text", [
    ("DPRD Lampung Bagikan Pengalaman Sosper ke Komisi III DPRD Sumsel",
     "Bandar Lampung - DPRD Provinsi Lampung berbagi cerita soal program Sosper. Kunjungan kerja (kunker) Komisi III DPRD "
     "Sumatera Selatan itu diterima DPRD Provinsi Lampung di gedung dewan, Kamis (30/1/2020)."),
    ("Pengelolaan Lampung-In Dialihkan ke Daerah",
     "BANDAR LAMPUNG - Lampung-In diluncurkan Mei lalu dan sudah berjalan delapan bulan dengan 14 ribu pengguna. Evaluasi "
     "terbaru dipimpin Sekdaprov Marindo Kurniawan dalam rapat koordinasi di Ruang Kerja Sekretaris Daerah, Kamis, 4 "
     "Desember 2025."),
])
def test_sharing_experience_and_a_launch_months_ago_are_no_event_of_the_day(title, text):
    """'Bagikan Pengalaman Sosper' shares what one knows (no aid handed out); 'diluncurkan Mei lalu' is background."""
    assert run(text, title=title, published=None)["is_meeting"]


@pytest.mark.parametrize("text", [
    "Rilis.id, Lampung - Gubernur Arinal Djunaidi meminta bupati menyelaraskan data penerima bansos, yang rencananya "
    "dibahas dalam rapat koordinasi bersama kabupaten/kota yang jadwalnya belum ditetapkan. Permintaan itu disampaikan "
    "Arinal di Posko Satgas Covid-19, Selasa (21/4/20).",
    "Kupastuntas.co, Bandar Lampung - Pemprov Lampung menerima bantuan Rp2,1 miliar dari pemerintah pusat untuk menangani "
    "dampak banjir, sementara rencana normalisasi sungai masih akan dibahas dalam rapat teknis yang jadwalnya belum "
    "ditetapkan.",
])
def test_a_meeting_planned_with_no_day_set_is_not_the_news(text):
    """'yang rencananya dibahas dalam rapat koordinasi ...', '... yang jadwalnya belum ditetapkan'."""
    assert run(text, title="Bansos dan Banjir", published="2020-04-21")["is_meeting"] is False


def test_an_event_following_up_a_meeting_is_the_news():
    """'Penyaluran bantuan tersebut merupakan tindak lanjut rapat koordinasi ... pada Jumat (17/1/2025)': the aid."""
    out = run("BANDAR LAMPUNG - Warga terdampak banjir di Kelurahan Way Lunik mulai pulih. Air sudah surut sejak Minggu. "
              "Penyaluran bantuan tersebut merupakan tindak lanjut rapat koordinasi tanggap darurat yang digelar Dinas Sosial "
              "Provinsi Lampung bersama dinas sosial kabupaten/kota pada Jumat (17/1/2025).",
              title="Warga Way Lunik Mulai Pulih", published="2025-01-21")
    assert out["is_meeting"] is False


def test_an_agreement_signed_in_a_meeting_sets_the_news_in_it():
    """'Bukti kesepakatan itu diteken para Sekretaris Daerah ... dalam rapat koordinasi ...' under a headline on the
    signing ('15 Kabupaten/Kota Teken Rencana Aksi ...')."""
    out = run("BANDAR LAMPUNG - Rencana aksi penanganan PPKS se-Provinsi Lampung tahun 2023 resmi disepakati. Bukti kesepakatan "
              "itu diteken para Sekretaris Daerah kabupaten/kota se-Provinsi Lampung dalam rapat koordinasi optimalisasi "
              "program penanganan PPKS di Hotel Horison, Rabu (1/3/2023).",
              title="15 Kabupaten/Kota Teken Rencana Aksi Penanganan PPKS 2023", published=None)
    assert out["is_meeting"] and out["meeting_type"] == "rapat_koordinasi"


@pytest.mark.parametrize("unit", [
    "Jadwal penyerahannya sudah ditetapkan Badan Musyawarah dalam rapat pada Kamis (14/3) pekan sebelumnya.",
    "Pemerintah kota meminta seluruhnya dikaji lebih dalam oleh tim raperda, sebelum dibahas di rapat komisi.",
    "Rakor serupa tahun lalu digelar di Kota Metro, Rabu (20/2/2019).",
    "Dalam rapat yang sama bulan lalu, para kepala dinas diminta menyiapkan data.",
    "Tahun lalu, musrenbang provinsi digelar di Gedung Pusiban.",
])
def test_a_meeting_of_a_period_gone_is_another_than_the_news(unit):
    """A meeting told as the series' occasion of last year or month ('Rakor serupa tahun lalu', 'Tahun lalu, musrenbang
    ...') or of a weekday the week before ('dalam rapat pada Kamis (14/3) pekan sebelumnya') is set aside as another
    meeting than the news; so is one a matter goes to later ('sebelum dibahas di rapat komisi'); a council's organ ('Badan
    Musyawarah') is no meeting at all."""
    from pipelines.extract.classify import _meeting_hits
    assert _meeting_hits(unit) == ()


def test_an_event_a_span_is_counted_from_is_not_the_news():
    """'Proses ... sudah berjalan sejak Mirza dilantik pada 20 Februari 2025': the inauguration a span runs from, with the
    subject between 'sejak' and the verb, is background; the musrenbang after it is the news."""
    out = run("BANDAR LAMPUNG - Gubernur menandai dimulainya penyusunan arah pembangunan provinsi. Proses menuju titik ini sudah "
              "berjalan sejak Mirza dilantik pada 20 Februari 2025. Musrenbang Provinsi Lampung berlangsung di Auditorium Bank "
              "Indonesia, Rabu (7/5/2025), dan dibuka Gubernur Rahmat Mirzani Djausal.", title="Lampung Harus Jadi Fondasi Kokoh",
              published=None)
    assert out["meeting_type"] == "musrenbang" and out["meeting_date"] == "2025-05-07"


def test_an_event_dated_by_a_month_alone_is_the_story_s_past():
    """'Aplikasi ... ini diluncurkan pada Mei 2025 dan sejak itu ...': a launch dated by month and year alone is background;
    the meeting told with its day ('..., Kamis (4/12/2025).') is the news."""
    out = run("INILAMPUNG - Sekda menargetkan Lampung-In menjadi kebutuhan warga. Aplikasi hasil transformasi JAKI ini "
              "diluncurkan pada Mei 2025 dan sejak itu jadi program prioritas gubernur. Rapat evaluasi Aplikasi Lampung-In itu "
              "berlangsung di Ruang Kerja Sekdaprov Lampung, Kamis (4/12/2025).", title="Lampung-In Harus Jadi Kebutuhan Warga",
              published=None)
    assert out["meeting_type"] == "rapat_evaluasi" and out["meeting_date"] == "2025-12-04"


def test_a_target_set_after_leading_a_meeting_sets_the_news_in_it():
    """'Target itu dipatok Samsudin selepas memimpin rapat evaluasi ...' past a lead of figures and a quotation: a target
    or an order given after leading a meeting is said in it, like a statement ('disampaikan', 'ditegaskan')."""
    out = run("BANDAR LAMPUNG (HFL) - Hingga 13 September 2024, realisasi APBD Provinsi Lampung baru 50,82 persen. Angka ini "
              "naik dibanding Juni 2024, tetapi masih jauh dari harapan. Di sisi pendapatan, realisasi tercatat 55,46 persen. "
              "“Sampai November realisasi harus sudah 80 persen. Itu wajib. Sejauh ini baru 50 sampai 60 persen,” tegas Pj. "
              "Gubernur Lampung Samsudin. Target itu dipatok Samsudin selepas memimpin rapat evaluasi bersama OPD di "
              "lingkungan Pemprov Lampung. Rapat tersebut berlangsung tertutup di Mahan Agung, Senin 30 September 2024.",
              title="Realisasi Anggaran Baru 50 Persen, Pj Gubernur Patok 80 Persen", published=None)
    assert out["meeting_type"] == "rapat_evaluasi" and out["meeting_date"] == "2024-09-30"
    assert out["chair"]["name"] == "Samsudin"


def test_events_joined_by_sekaligus_and_placed_in_a_plenary_are_the_plenary():
    """'Pelantikan sekaligus pengambilan sumpah ... itu berlangsung dalam Rapat Paripurna Istimewa ...': 'sekaligus' joins
    two names of one ceremony, which took place in the plenary; it does not put the plenary after it ('Lantik 9 Pejabat
    Sekaligus Rapat')."""
    from pipelines.extract.classify import _decide
    unit = ("Pelantikan sekaligus pengambilan sumpah jabatan anggota DPRD Provinsi Lampung periode 2024-2029 itu berlangsung "
            "dalam Rapat Paripurna Istimewa di Gedung DPRD Lampung, Senin (2/9/2024).")
    assert _decide(unit) == ("meeting", "rapat_paripurna", True)
    assert _decide("Lantik 9 Pejabat Sekaligus Rapat Koordinasi")[0] != "meeting"


def test_a_visit_whose_host_receives_it_far_past_the_lead_is_an_audience():
    """'Selaku tuan rumah, Pj Bupati ... menyambut rombongan TPID Mesuji ...' told after the delegation's aims and quotes,
    some eight sentences past the lead: the visit the headline names ('Sambangi') was received by its host."""
    out = run("Liwa - Tim Pengendalian Inflasi Daerah (TPID) Pemkab Mesuji datang ke Liwa dengan satu misi. Rombongan yang tiba "
              "Jumat, 24 Februari 2023, itu langsung diarahkan ke ruang rapat Pesagi Pemkab Lampung Barat. Di sana, Sakroni "
              "memaparkan maksud kedatangan mereka. Menurut Sakroni, TPID mesti bekerja maksimal. Ia berharap Pemkab Lambar "
              "bersedia bekerja sama. “Lampung Barat memiliki potensi komoditas yang bagus. Karena itu kami mengajak Pemkab "
              "Lambar berkolaborasi,” kata Sakroni. Ajakan itu, lanjut dia, bukan tanpa alasan. Lambar dinilai punya potensi "
              "pertanian. Sementara Mesuji masih sering terpukul ketika pasokan tersendat. “Kalau pasokan lancar, harga lebih "
              "terkendali,” tambahnya. Selaku tuan rumah, Pj Bupati Lampung Barat Nukman menyambut rombongan TPID Mesuji "
              "didampingi sejumlah pejabat.", title="TPID Mesuji Sambangi Lambar, Tawarkan MoU Kendalikan Inflasi", published=None)
    assert out["meeting_type"] == "audiensi" and out["meeting_date"] == "2023-02-24" and out["chair"]["name"] == "Nukman"


def test_a_meeting_pointed_back_to_and_said_to_be_led_happened():
    """'Rapat koordinasi itu dipimpin langsung oleh Sekda.' past a lead of a dated statement and background: the meeting
    pointed back to and said to be led happened; the lead's day dates it."""
    out = run("RILIS.ID, Bandar Lampung - Sekretaris Daerah Provinsi Lampung, Marindo Kurniawan, tak ingin aplikasi Lampung In "
              "hanya diunduh lalu dilupakan. “Lampung In harus menjadi ekosistem digital. Ini harus menjadi kebutuhan,” ujar "
              "Marindo di Kantor Gubernur Lampung, Kamis (3/7/2025). Ia berharap aplikasi itu dipakai aktif oleh masyarakat. "
              "Sebagai informasi, Lampung In dikembangkan sebagai bagian dari konsep Smart City. Aplikasi ini mencatat lebih "
              "dari 10.000 unduhan. Dalam pertemuan tersebut juga dikupas sejumlah isu strategis. Salah satunya rencana "
              "memindahkan pengelolaan sistem. Rapat koordinasi itu dipimpin langsung oleh Sekda.",
              title="Sekda Ingin Lampung In Jadi Kebutuhan", published=None)
    assert out["meeting_type"] == "rapat_koordinasi" and out["meeting_date"] == "2025-07-03"
    assert out["chair"]["name"] == "Marindo Kurniawan"


def test_a_meeting_officials_are_asked_to_sit_together_in_has_not_been_held():
    """'Ia juga meminta jajaran tersebut segera duduk bersama dalam rapat teknis ...': a meeting asked for, like 'meminta
    ... menggelar rapat', is not the news; the order is a statement."""
    out = run("Pringsewu (RMOLLampung) - “InshaAllah penanganan menyeluruh segera dilakukan,” kata Pj. Bupati Pringsewu Marindo "
              "Kurniawan menanggapi merebaknya DBD. Marindo memerintahkan Sekda dan Dinas Kesehatan agar segera bertindak. Ia "
              "juga meminta jajaran tersebut segera duduk bersama dalam rapat teknis untuk memetakan kecamatan dengan kasus "
              "terbanyak.", title="DBD Merebak, Pj Bupati Perintahkan OPD Bergerak", published="2023-01-10")
    assert not out["is_meeting"]


def test_a_generic_type_from_an_earlier_meeting_yields_to_the_meeting_said_to_be_held():
    """'Integrasi layanan sebenarnya sudah disinggung dalam rapat pembahasan awal ..., namun saat itu ...' (an earlier
    meeting, generic) before 'Rapat koordinasi pemantapan ... itu dipimpin Sekretaris Daerah ..., Kamis (3/7/2025).': the
    story's meeting is typed by the sentence that dates it."""
    out = run("RMOLLampung. Pengelolaan aplikasi Lampung In disepakati berpindah dari Jakarta Smart City ke Pemprov Lampung. "
              "Keputusan tersebut diambil di tengah pertumbuhan pengguna. Integrasi layanan sebenarnya sudah disinggung dalam "
              "rapat pembahasan awal bersama tim teknis, Selasa (17/6/2025), namun saat itu belum sampai pada keputusan. Rapat "
              "koordinasi pemantapan aplikasi Lampung In itu dipimpin Sekretaris Daerah Provinsi Lampung, Marindo Kurniawan, "
              "di Kantor Gubernur, Kamis (3/7/2025).", title="Pengelolaan Lampung In Pindah ke Pemprov", published=None)
    assert out["meeting_type"] == "rapat_koordinasi" and out["meeting_date"] == "2025-07-03"


def test_a_meeting_named_led_and_dated_after_an_earlier_one_set_aside_is_the_news():
    """'Sebelumnya, ... telah dibahas dalam rapat teknis BPBD ..., Senin (1/12/2025), ...' is set aside; 'Rapat Koordinasi
    Kesiapsiagaan Bencana yang diinstruksikan Gubernur itu dipimpin Wakil Gubernur ..., Kamis (11/12/2025).' names its own
    meeting, led and dated, not the one set aside ('Dalam pertemuan itu, ...')."""
    out = run("RMOLLampung. Keselamatan warga ditetapkan sebagai prioritas utama Pemprov Lampung dalam menghadapi bencana "
              "hidrometeorologi. Langkah itu diambil seiring cuaca ekstrem. Dalam beberapa pekan terakhir, hujan lebat memicu "
              "genangan. Sebelumnya, kesiapan peralatan juga telah dibahas dalam rapat teknis BPBD bersama instansi terkait, "
              "Senin (1/12/2025), namun Gubernur kemudian menginstruksikan agar koordinasi ditingkatkan. Rapat Koordinasi "
              "Kesiapsiagaan Bencana yang diinstruksikan Gubernur itu dipimpin Wakil Gubernur Lampung, Jihan Nurlela, di Kantor "
              "BPBD Provinsi Lampung, Kamis (11/12/2025).", title="Puncak Hujan Diprediksi Januari 2026, Pemprov Siagakan "
              "Logistik", published=None)
    assert out["meeting_type"] == "rapat_koordinasi" and out["meeting_date"] == "2025-12-11"


@pytest.mark.parametrize("unit, series", [
    ("Bappeda menggelar enam FGD tematik di perguruan tinggi, yang terakhir berlangsung di UIN Raden Intan Lampung pada "
     "Kamis (17/4/2025).", True),
    ("Bappeda kemudian menggelar rangkaian Focus Group Discussion (FGD) tematik di enam perguruan tinggi, yang ditutup "
     "dengan FGD bertema harmoni sosial pada Kamis (17/4/2025).", True),
    # a guard: a series of sittings on the day, with no last one told apart, is the news
    ("Tanggapan Bapemperda tersebut dibacakan dalam rangkaian rapat paripurna yang digelar DPRD Provinsi Lampung secara "
     "berturut-turut pada hari itu.", False),
])
def test_a_series_of_meetings_told_with_its_last_one_led_up_to_the_news(unit, series):
    """'enam FGD tematik ..., yang terakhir berlangsung ...', 'rangkaian FGD ..., yang ditutup dengan FGD ...': a counted
    series told with its last meeting led up to the news (a musrenbang); none of its meetings is one of its own."""
    from pipelines.extract.classify import _meeting_hits
    assert (_meeting_hits(unit) == ()) is series


def test_a_meeting_still_to_be_held_past_the_evidence_does_not_type_the_story():
    """'Untuk merampungkan dokumen itu, Bappeda akan menggelar focus group discussion (FGD).' past the evidence (a team
    gathered in a meeting room): the FGD to be held is another meeting, no type of this one."""
    from pipelines.extract.classify import meeting_type
    evidence = "Tim Penyusun RPJMD berkumpul di Ruang Rapat Alimuddin Umar, Senin (8/7/2024)."
    units = [evidence, evidence, "Bappeda Kebut Rancangan RPJMD",
             "Untuk merampungkan dokumen itu, Bappeda akan menggelar focus group discussion (FGD)."]
    assert meeting_type(units) == "rapat_lainnya"


def test_a_meeting_room_where_reporters_met_someone_is_no_meeting():
    """'Hal tersebut disampaikan Asisten ... saat ditemui di ruang rapat kerjanya, Kantor Gubernur ...': the meeting room is
    where the speaker was interviewed, not a meeting sitting."""
    from pipelines.extract.classify import _meeting_hits
    assert _meeting_hits("Hal tersebut disampaikan Asisten Pemerintahan Provinsi Lampung Irwan Sihar Marpaung saat ditemui "
                         "di ruang rapat kerjanya, Kantor Gubernur Lampung, Selasa (11/6/2019).") == ()


def test_a_meeting_identified_by_yang_dimaksud_adalah_is_no_meeting_spoken_of():
    """'Forum yang dimaksud adalah Rapat Koordinasi (Rakor) Pengendalian Inflasi Daerah yang diselenggarakan Kemendagri
    secara daring, Senin (6/10/2025).' identifies the forum the lead told of; it is not a meeting a speaker merely spoke of
    ('Pertemuan yang dimaksud Mikdar ...')."""
    out = run("Saibumi.com, Bandar Lampung - Di atas kertas, Lampung boleh sedikit bernafas lega. Inflasi provinsi ini pada "
              "September 2025 tercatat 1,17 persen. Tetapi dalam forum koordinasi bersama pusat awal pekan ini, pesan yang sampai "
              "ke daerah justru bernada peringatan. Forum yang dimaksud adalah Rapat Koordinasi (Rakor) Pengendalian Inflasi "
              "Daerah yang diselenggarakan Kementerian Dalam Negeri secara daring, Senin (6/10/2025). Pemprov Lampung "
              "mengikutinya dari Ruang Command Center Dinas Kominfotik Lampung.", title="Inflasi Rendah, Lampung Diminta Tak "
              "Terlena", published=None)
    assert out["meeting_type"] == "rapat_koordinasi" and out["meeting_date"] == "2025-10-06"


def test_an_event_told_as_not_yet_held_after_its_noun_is_no_event():
    """'Pelantikan belum juga digelar, tetapi pasangan ... sudah lebih dulu bergerilya di ibu kota.': an inauguration not
    yet held ('belum ... digelar' after the noun, as 'Belum Dilantik' before the verb) is no event; the audience told next
    is the news."""
    out = run("JAKARTA, RMOLLAMPUNG - Pelantikan belum juga digelar, tetapi pasangan Gubernur dan Wakil Gubernur Lampung terpilih "
              "sudah lebih dulu bergerilya di ibu kota. Rahmat Mirzani Djausal dan Jihan Nurlela beraudiensi dengan Menteri "
              "PPN/Kepala Bappenas Rachmat Pambudy di Kantor Kementerian PPN/Bappenas.", title="Mirza-Jihan Temui Menteri PPN",
              published=None)
    assert out["meeting_type"] == "audiensi" and out["chair"]["name"] == "Rachmat Pambudy"


def test_paying_a_visit_as_a_guest_is_an_audience():
    """'Kakanwil Petrus Teguh Aprianto Bertamu ke Sekda Fredy': calling on an office holder as a guest is a courtesy call."""
    from pipelines.extract.classify import meeting_type
    assert classify("Mencari Rumah untuk Imigrasi: Kakanwil Petrus Teguh Aprianto Bertamu ke Sekda Fredy", []).meeting_type \
        == "audiensi"
    assert meeting_type(["Kakanwil Imigrasi Bertamu ke Sekda Fredy"]) == "audiensi"


def test_a_meeting_past_the_lead_dated_by_the_next_sentence_saying_it_was_held():
    """'... Bappeda Provinsi Lampung memfasilitasi sebuah Focus Group Discussion (FGD) ... . Diskusi berlangsung Kamis (27/7)
    di Ruang Rapat Bappeda Lantai 1, ...' past a feature's lead of questions: the next sentence says it was held, dated."""
    out = run("Teraslampung.com - Bandar Lampung tumbuh dengan caranya sendiri. Perumahan baru bermunculan di pinggiran. "
              "Pertanyaannya sederhana namun tak mudah dijawab. Pertanyaan semacam itu bukan hanya milik warga. Di tingkat pusat, "
              "agenda pembangunan membutuhkan penelitian. Penelitian itu diharapkan memperhitungkan dinamika kota. Berangkat dari "
              "kebutuhan itu, Bappeda Provinsi Lampung memfasilitasi sebuah Focus Group Discussion (FGD) yang diselenggarakan "
              "Puslitbang Kementerian PUPR. Diskusi berlangsung Kamis (27/7/2023) di Ruang Rapat Bappeda Lantai 1.",
              title="Kota Tumbuh Cepat, Infrastruktur Dikejar", published=None)
    assert out["meeting_type"] == "fgd" and out["meeting_date"] == "2023-07-27"


def test_a_meeting_a_speaker_speaks_of_as_the_object_of_the_speech_is_a_reference():
    """'Mikdar menyebut pertemuan Gubernur ... dengan ... 12 pemilik pabrik tapioka lain sudah menjawab keraguan ...': the
    meeting is what a speaker, asked for comment, speaks of; the comment is the news."""
    out = run("Kupastuntas.co, Bandar Lampung - “Tadinya banyak yang ragu pergub ini bisa berjalan. Ini kabar sangat baik untuk "
              "petani singkong.” Nada lega itu datang dari Ketua Pansus Tata Niaga Singkong DPRD Lampung, Mikdar Ilyas, saat "
              "dimintai tanggapan soal komitmen pabrik tapioka. Mikdar menyebut pertemuan Gubernur Lampung Rahmat Mirzani Djausal "
              "dengan 12 pemilik pabrik tapioka sudah menjawab keraguan yang selama ini menggantung.",
              title="Pabrik Tapioka Siap Ikuti Pergub, Pansus Lega", published=None)
    assert not out["is_meeting"]


def test_a_meeting_announced_with_its_day_past_a_round_up_s_lead_is_the_news():
    """'Pemerintah Provinsi (Pemprov) Lampung melalui BPKAD akan menyelenggarakan Focus Group Discussion (FGD) ... pada
    Senin, 24 November 2025' past a round-up's lead of other news: a meeting announced with its day is a meeting."""
    out = run("Bandarlampung (ANTARA) - Sepanjang pekan ketiga November 2025, perekonomian Lampung diwarnai kabar dari sawah dan "
              "pelabuhan. Berikut rangkuman ANTARA. Di tingkat petani, harga gabah terpantau stabil. Penyuluh menyebut petani "
              "mulai mengolah lahan. Dari pelabuhan, bongkar muat kopi terpantau ramai. Pelaku usaha berharap antrean truk bisa "
              "diurai. Kabar paling strategis datang dari BPKAD. Pemerintah Provinsi (Pemprov) Lampung melalui BPKAD akan "
              "menyelenggarakan Focus Group Discussion (FGD) studi kelayakan kawasan industri pada Senin, 24 November 2025, di "
              "Ruang Rapat Lantai III BPKAD Provinsi Lampung.", title="Sepekan Ekonomi Lampung", published="2025-11-21")
    assert out["meeting_type"] == "fgd" and out["meeting_date"] == "2025-11-24"


def test_onlookers_listed_after_an_inauguration_are_not_the_council_sworn_in():
    """'Hadir dalam pelantikan Wagub Jihan Nurlela dan Ketua DPRD ...': a name joined by 'dan' lists onlookers; the
    council's chair is not the one sworn in, so no plenary is told."""
    out = run("BANDAR LAMPUNG --- Gubernur Lampung Rahmat Mirzani Djausal melantik Marindo Kurniawan sebagai Sekdaprov "
              "Lampung definitif di Gedung Pusiban, Kantor Gubernur Lampung, Jumat (20/6/2025).\n"
              "Hadir dalam pelantikan Wagub Jihan Nurlela dan Ketua DPRD Provinsi Lampung Ahmad Giri Akbar.",
              title="Gubernur Lantik Marindo Kurniawan sebagai Sekdaprov Lampung", published="2025-06-20")
    assert not out["is_meeting"] and out["event_type"] == "inauguration"


def test_a_plenary_attended_after_the_ceremony_is_not_the_ceremony_s_setting():
    """'Usai upacara, Gubernur ... menuju Gedung DPRD ... untuk menghadiri rapat paripurna istimewa': the plenary came
    after the headline's ceremony; the ceremony stays the news."""
    out = run("Bandarlampung (ANTARA) - Gubernur Lampung Rahmat Mirzani Djausal bertindak sebagai inspektur upacara "
              "peringatan HUT ke-62 Provinsi Lampung di Lapangan Korpri Kantor Gubernur Lampung, Rabu.\n"
              "Upacara diikuti ribuan ASN di lingkungan Pemprov Lampung.\n"
              "Usai upacara, Gubernur bersama Forkopimda menuju Gedung DPRD Provinsi Lampung untuk menghadiri rapat "
              "paripurna istimewa dalam rangka HUT ke-62 Provinsi Lampung.",
              title="Gubernur pimpin upacara HUT ke-62 Provinsi Lampung", published="2026-03-18")
    assert not out["is_meeting"] and out["event_type"] == "ceremony"


def test_meetings_named_in_the_plural_tell_no_event():
    """'... prioritas yang selama ini dibahas dalam berbagai rapat koordinasi': many meetings over time, none of them the
    news of a handover."""
    out = run("BANDAR LAMPUNG – Gubernur Lampung Arinal Djunaidi menyerahkan DIPA dan Buku Daftar Alokasi TKD Tahun Anggaran "
              "2023 kepada satuan kerja di Gedung Pusiban, Selasa (13/12/2022).\n"
              "Gubernur juga meminta anggaran diarahkan pada prioritas yang selama ini dibahas dalam berbagai rapat koordinasi, "
              "yakni penurunan stunting dan pengendalian inflasi.",
              title="Gubernur Arinal Serahkan DIPA 2023", published="2022-12-13")
    assert not out["is_meeting"]


def test_an_audience_told_as_an_earlier_one_does_not_type_the_meeting():
    """'Sebelumnya, Kakanwil ... saat menerima kunjungan DPRD pekan lalu menegaskan ...' in the lead: another day's
    audience; the harmonisation meeting led by its own chair stays a plain meeting."""
    out = run("RADARLAMPUNG.DISWAY.ID - Kanwil Kemenkumham Lampung menggelar rapat pengharmonisasian Raperda Provinsi Lampung "
              "tentang Pajak Daerah, Rabu (19/10/2023) di ruang rapat Kanwil Kemenkumham Lampung.\n"
              "Rapat dipimpin Kepala Divisi Pelayanan Hukum dan HAM Kanwil Kemenkumham Lampung, Alpius Sarumaha.\n"
              "Sebelumnya, Kakanwil Kemenkumham Lampung Sorta Delima Lumban Tobing saat menerima kunjungan DPRD pekan lalu "
              "menegaskan komitmen pihaknya mempercepat harmonisasi raperda.",
              title="Kanwil Kemenkumham Lampung Harmonisasi Raperda Pajak Daerah", published="2023-10-20")
    assert out["meeting_type"] == "rapat_lainnya" and out["chair"]["name"] == "Alpius Sarumaha"


def test_plenaries_counted_or_missed_do_not_retype_a_sitting():
    """'... tidak pernah mengikuti rapat dan paripurna ...', 'absen dalam 23 kali rapat paripurna': the record of many
    plenaries; the ethics board's hearing stays a sidang."""
    out = run("Lampung Utara – Badan Kehormatan (BK) DPRD Kabupaten Lampung Utara menggelar sidang dugaan pelanggaran kode "
              "etik terhadap anggota DPRD berinisial AS yang tidak pernah mengikuti rapat dan paripurna selama enam bulan.\n"
              "Sidang tertutup itu digelar di ruang rapat BK DPRD Lampung Utara, Selasa (15/6/2021), dan dipimpin Ketua BK "
              "Yusrizal Kadir.\n"
              "Menurut pelapor, AS absen dalam 23 kali rapat paripurna sejak Desember 2020.",
              title="BK DPRD Lampura Sidangkan Oknum Anggota Dewan yang Mangkir", published="2021-06-15")
    assert out["meeting_type"] == "sidang"


def test_an_audience_told_past_the_lead_on_a_weekday_gone_by_is_the_news():
    """'Ia ... menemui Gubernur ... di Mahan Agung, Kamis lalu.' then 'Dalam audiensi tersebut, ...' in a report filed the
    Monday after: the audience the headline's act was done in, told days later."""
    out = run("WAY KANAN, RADARLAMPUNG.CO.ID – Pemerintah Kabupaten Way Kanan mencatat sedikitnya 84 kilometer ruas jalan "
              "provinsi di wilayahnya rusak.\nSebagian besar kerusakan berada di ruas Gunung Labuhan–Negeri Besar. Pada musim "
              "hujan, beberapa titik nyaris tidak bisa dilalui truk.\n“Warga kami setiap hari mengeluh. Ada yang harus "
              "memutar hampir 40 kilometer. Ini soal ekonomi rakyat,” kata Bupati Way Kanan Hendriansyah Rusli.\n"
              "Data kerusakan itu dibawa langsung Hendriansyah ke Bandar Lampung. Ia bersama Kepala Dinas PUPR Way Kanan "
              "Zainal Arifin menemui Gubernur Lampung Rahmat Mirzani Djausal di Mahan Agung, Kamis lalu.\n"
              "Dalam audiensi tersebut, Gubernur yang menerima rombongan Pemkab Way Kanan didampingi Kepala Dinas BMBK.",
              title="Hendriansyah Bawa Data 84 Kilometer Jalan Rusak, Minta Provinsi Turun Tangan", published="2025-06-16")
    assert out["meeting_type"] == "audiensi" and out["meeting_date"] == "2025-06-12"
    assert out["chair"]["name"] == "Rahmat Mirzani Djausal"


def test_a_weekday_gone_by_told_in_the_first_person_is_an_answer_not_the_news():
    """'Senin lalu kami rakor dengan Bulog ...' in an interview: the speaker recalls a meeting; the interview is the news."""
    out = run("Kupastuntas.co, Bandar Lampung - Menjelang Natal dan Tahun Baru, Kupas Tuntas mewawancarai Kepala Dinas "
              "Ketahanan Pangan Provinsi Lampung.\nT: Bagaimana stok beras?\nJ: Aman.\nStok di gudang Bulog cukup sampai "
              "Maret.\nT: Apakah sudah ada koordinasi?\nJ: Sudah.\nSenin lalu kami rakor dengan Bulog dan Satgas Pangan, "
              "hasilnya operasi pasar diperluas.", title="Stok Beras Aman Jelang Nataru", published="2024-12-20")
    assert not out["is_meeting"]


def test_what_a_rule_is_about_names_no_event():
    """'Rapat Harmonisasi Rancangan Pergub tentang Pedoman Pemberian Hibah dan Bantuan Sosial': the aid is the rule's
    matter, not an aid handover; the meeting is the news."""
    out = run("Bandar Lampung - Biro Hukum Setda Provinsi Lampung mengikuti Rapat Pengharmonisasian Rancangan Peraturan "
              "Gubernur tentang Pedoman Pemberian Hibah dan Bantuan Sosial, Kamis, 3 Juli 2025, di Ruang Rapat Harmonisasi "
              "Kantor Wilayah Kementerian Hukum Lampung.\nRapat dipimpin oleh Kepala Divisi Peraturan Perundang-undangan "
              "Kanwil Kementerian Hukum Lampung, Benny Sitorus.",
              title="Biro Hukum Ikuti Rapat Harmonisasi Rancangan Pergub tentang Pedoman Pemberian Hibah dan Bantuan Sosial",
              published=None)
    assert out["is_meeting"] and out["meeting_date"] == "2025-07-03"


def test_a_weak_meeting_word_a_rule_is_about_does_not_type_the_meeting():
    """'... pengaturan mengenai evaluasi proposal ... kami buat lebih rinci': what a rule regulates, not a review
    meeting."""
    out = run("Bandar Lampung - Biro Hukum mengikuti Rapat Pengharmonisasian Rancangan Pergub, Kamis (3/7/2025).\n"
              "Rapat dipimpin oleh Benny Sitorus.\n“Karena itu pengaturan mengenai evaluasi proposal dan laporan penggunaan "
              "dana kami buat lebih rinci,” ujarnya.", title="Biro Hukum Ikuti Rapat Harmonisasi Rancangan Pergub",
              published=None)
    assert out["meeting_type"] == "rapat_lainnya"


def test_plenaries_someone_rarely_attends_do_not_retype_an_ethics_hearing():
    """'Anggota dewan tersebut diduga jarang menghadiri rapat paripurna dan rapat komisi': the record of many; the
    ethics board's hearing stays a sidang."""
    out = run("SuaraLampung.id - Badan Kehormatan (BK) DPRD Provinsi Lampung menggelar sidang dugaan pelanggaran kode etik "
              "terhadap seorang anggota dewan berinisial MA, Rabu (10/12/2025).\nSidang yang berlangsung tertutup itu "
              "dipimpin Ketua BK, Muhammad Rifai Hasan.\nAnggota dewan tersebut diduga jarang menghadiri rapat paripurna dan "
              "rapat komisi.", title="BK DPRD Lampung Sidangkan Anggota Dewan", published="2025-12-10")
    assert out["meeting_type"] == "sidang"


def test_a_training_in_writing_meetings_minutes_is_no_meeting():
    """'Pelatihan Penyusunan Notula dan Risalah Rapat': the minutes of meetings are what is taught, not a meeting held."""
    out = run("Bandar Lampung - BPSDM Provinsi Lampung menggelar Pelatihan Penyusunan Notula dan Risalah Rapat Berbasis "
              "Aplikasi bagi 80 ASN.\nPelatihan dibuka di Aula BPSDM Provinsi Lampung, Selasa (14/10/2025).",
              title="Tingkatkan Kualitas Notulen Rapat, BPSDM Lampung Latih 80 ASN", published="2025-10-14")
    assert not out["is_meeting"]


@pytest.mark.parametrize("title", ["Usai Rakor Ketahanan Pangan, Wagub Jihan Serahkan 40 Unit Alsintan ke Kelompok Tani",
                                   "Bupati Mukhlis Serahkan 40 Unit Alsintan untuk Petani Sumberejo"])
def test_goods_handed_over_are_an_aid_handover(title):
    """'Serahkan 40 Unit Alsintan', 'menyerahkan 40 unit alat dan mesin pertanian': goods handed over without the word
    'bantuan' are still a handover, the headline's event over the rakor held before it."""
    out = run("BANDAR LAMPUNG - Wakil Gubernur Lampung Jihan Nurlela menyerahkan 40 unit alat dan mesin pertanian (alsintan) "
              "kepada kelompok tani di halaman Gedung Pusiban, Selasa (3/6/2025).\nPenyerahan dilakukan usai Jihan memimpin "
              "rapat koordinasi percepatan tanam bersama bupati/wali kota se-Lampung.", title=title, published="2025-06-03")
    assert not out["is_meeting"] and out["event_type"] == "aid"


def test_a_plain_meeting_named_with_its_exact_kind_takes_the_exact_one():
    """'menggelar Sarasehan sekaligus Konsultasi Publik Rancangan Peraturan Daerah ...': one meeting named twice; the
    public consultation is its kind."""
    out = run("Bandar Lampung - Dinas Pendidikan dan Kebudayaan Provinsi Lampung menggelar Sarasehan sekaligus Konsultasi "
              "Publik Rancangan Peraturan Daerah tentang Pemajuan Kebudayaan di Aula Disdikbud, Rabu (20/8/2025).",
              title="Sarasehan Tokoh Adat, Lima Masukan untuk Ranperda Pemajuan Kebudayaan", published=None)
    assert out["meeting_type"] == "konsultasi_publik"


def test_a_meeting_weeks_before_the_day_a_statement_was_made_is_recalled():
    """'... tenggat dua pekan yang diberikan dalam rapat dengar pendapat pada 14 Mei lalu ...' and '... kata Lesty ...,
    Kamis (12/6/2025)' on an undated page: the page is no earlier than the statement, so the hearing is four weeks past;
    the plan to summon again is the news."""
    out = run("INILAMPUNG.COM, Bandarlampung - Komisi II DPRD Provinsi Lampung berencana kembali memanggil sejumlah "
              "perusahaan tapioka.\nAnggota Komisi II DPRD Lampung, Lesty Marlina, mengatakan tenggat dua pekan yang "
              "diberikan dalam rapat dengar pendapat pada 14 Mei lalu sudah terlewati.\n“Kami akan jadwalkan ulang "
              "pemanggilan,” kata Lesty di Gedung DPRD Provinsi Lampung, Kamis (12/6/2025).",
              title="Komisi II DPRD Lampung Akan Panggil Lagi Pabrik Tapioka", published=None)
    assert not out["is_meeting"]


def test_a_send_off_after_a_meeting_is_the_headline_s_event():
    """'Usai HLM TPID, Sekdaprov Lepas 20 Truk Beras SPHP': trucks sent off, the meeting before it only the occasion."""
    out = run("MEDIALAMPUNG.CO.ID - Sekretaris Daerah Provinsi Lampung Marindo Kurniawan melepas 20 truk bermuatan beras SPHP "
              "dari Gudang Bulog, Kamis (20/2/2025).\nPelepasan dilakukan beberapa jam setelah Marindo memimpin High Level "
              "Meeting TPID Provinsi Lampung di Kantor Perwakilan Bank Indonesia pada pagi harinya.",
              title="Usai HLM TPID, Sekdaprov Lepas 20 Truk Beras SPHP ke Kabupaten/Kota", published="2025-02-20")
    assert not out["is_meeting"] and out["event_type"] == "ceremony"


def test_certificates_handed_over_are_a_handover():
    """'Kanwil BPN Serahkan 112 Sertifikat Tanah Aset Pemprov': a handover, though the certificates were handed over
    'seusai rapat koordinasi Gugus Tugas Reforma Agraria'."""
    out = run("LAMPUNG7.COM, BANDAR LAMPUNG - Kanwil BPN Provinsi Lampung menyerahkan 112 sertifikat hak pakai atas tanah aset "
              "milik Pemprov Lampung, Rabu (24/9/2025).\nSertifikat diserahkan Kepala Kanwil BPN Provinsi Lampung Agus Salim "
              "Nurhadi kepada Wakil Gubernur Lampung Jihan Nurlela di Aula Kanwil BPN Provinsi Lampung, seusai rapat "
              "koordinasi Gugus Tugas Reforma Agraria (GTRA).",
              title="Kanwil BPN Serahkan 112 Sertifikat Tanah Aset Pemprov Lampung", published="2025-09-24")
    assert not out["is_meeting"]


def test_a_rule_named_after_the_president_puts_no_president_at_the_table():
    """'... fokus rapat tertuju pada program Koperasi Desa Merah Putih sesuai Instruksi Presiden Nomor 9 Tahun 2025': a
    rule's maker, not a higher office the meeting was held with; the district's monthly meeting is no audience."""
    out = run("Harianmomentum.com--Pemerintah Kecamatan Pagelaran meminta seluruh pekon merampungkan musyawarah desa khusus.\n"
              "Permintaan itu disampaikan Camat Pagelaran Suyanto saat memimpin rapat minggon di Aula Kantor Camat Pagelaran, "
              "Senin (12/5/2025).\nRapat minggon merupakan forum koordinasi bulanan kecamatan dengan para kepala pekon.\n"
              "Kali ini fokus rapat tertuju pada program Koperasi Desa Merah Putih sesuai Instruksi Presiden Nomor 9 Tahun "
              "2025.", title="Camat Pagelaran Minta Pekon Rampungkan Musdesus", published=None)
    assert out["meeting_type"] == "rapat_koordinasi"


def test_a_signing_done_at_a_meeting_s_closing_sets_the_news_in_the_meeting():
    """'Penandatanganan dilakukan pada penutupan Rembuk Stunting tingkat kecamatan ...': the headline's signing was part
    of the meeting."""
    out = run("RADARLAMPUNG.CO.ID - Seluruh kepala tiyuh di Kecamatan Tulang Bawang Tengah menandatangani komitmen bersama "
              "untuk menganggarkan dana desa bagi penurunan stunting.\nPenandatanganan dilakukan pada penutupan Rembuk Stunting "
              "tingkat kecamatan di Sesat Agung Bumi Gayo, Rabu, 4 Juni 2025.",
              title="Kepala Tiyuh di Tulang Bawang Tengah Teken Komitmen Anggarkan Dana untuk Stunting", published=None)
    assert out["is_meeting"] and out["meeting_date"] == "2025-06-04"


def test_a_weak_word_in_the_lead_does_not_undo_the_headline_s_kind():
    """'Rakor Nataru di Bakauheni ...' in the headline, '... dalam evaluasi angkutan Lebaran 2025' in the lead: the lead
    names an activity, not the meeting's kind."""
    out = run("BAKAUHENI - Pengalaman pengemudi truk seperti Sugeng menjadi catatan yang paling sering disebut dalam evaluasi "
              "angkutan Lebaran 2025.\nRapat koordinasi kesiapan angkutan Natal dan Tahun Baru digelar di Ruang Rapat Gedung "
              "Operasional PT ASDP Bakauheni, Jumat (12/12/2025).",
              title="Belajar dari Antrean Lebaran, Rakor Nataru di Bakauheni Siapkan Skema Tunda Truk", published="2025-12-13")
    assert out["meeting_type"] == "rapat_koordinasi"


def test_a_meeting_s_own_name_before_a_weak_word_types_it():
    """'Evaluasi atas langkah-langkah itu menjadi agenda rapat koordinasi TPID ...': the meeting's name, not the weak word
    before it."""
    out = run("Bandar Lampung - Evaluasi atas langkah-langkah itu menjadi agenda rapat koordinasi TPID Provinsi Lampung yang "
              "kembali digelar di Ruang Rapat Sakai Sambayan, Selasa (14/10/2025).", title="TPID Lampung Mulai Siaga",
              published="2025-10-14")
    assert out["meeting_type"] == "rapat_koordinasi"


def test_a_scene_s_meeting_is_typed_by_the_name_its_leader_leads_later():
    """A feature set half an hour 'sebelum rapat dimulai' in a meeting room, then 'Kamis pagi itu, Jihan memimpin Rapat
    Evaluasi Percepatan Penurunan Stunting ...' past the lead: the meeting's own name types it."""
    lead = ("Harianmomentum.com--Pukul 08.40 WIB, setengah jam sebelum rapat dimulai, Wakil Gubernur Lampung Jihan Nurlela "
            "sudah duduk di kursi pimpinan Ruang Rapat Balai Keratun. Di depannya tersusun map tebal. Angkanya berwarna-warni. "
            "Ada yang hijau. Ada yang kuning. Ada yang merah. Target nasional menuntut penurunan setiap tahun.")
    out = run(lead + " Kamis pagi itu, Jihan memimpin Rapat Evaluasi Percepatan Penurunan Stunting Semester I Tahun 2025.",
              title="Jihan Nurlela dan Rapor Stunting 15 Kabupaten/Kota", published="2025-08-22")
    assert out["meeting_type"] == "rapat_evaluasi"


def test_a_type_guessed_for_a_plain_meeting_gives_way_to_its_name_pointed_back():
    """A scene 'di ujung meja panjang Ruang Rapat Utama, membolak-balik ... tabel realisasi anggaran' (a guessed review)
    then 'Rapim Senin pagi itu terasa lebih tegang ...': the leaders' meeting named."""
    lead = ("Harianmomentum.com--Lampu di lantai dua Kantor Gubernur Lampung sudah menyala. Pukul 07.15 WIB, Senin (6/10/2025), "
            "Sekretaris Daerah Provinsi Lampung Marindo Kurniawan sudah duduk di ujung meja panjang Ruang Rapat Utama, "
            "membolak-balik satu lembar kertas berisi tabel realisasi anggaran. Satu lembar. Bukan satu bundel. Bagi kepala "
            "OPD, kebiasaan itu sudah dikenal. Birokrat itu dikenal irit bicara.")
    out = run(lead + " Rapim Senin pagi itu terasa lebih tegang dari biasanya.",
              title="Marindo Kurniawan, 40 Menit, dan 42 Kepala OPD", published="2025-10-07")
    assert out["meeting_type"] == "rapat_pimpinan"


def test_a_signing_on_the_sidelines_of_a_meeting_is_the_headline_s_event():
    """'Di Sela Rakornas Investasi, Gubernur Mirza Teken Kerja Sama ...': the meeting is the occasion, the agreement
    signed beside it the news."""
    out = run("JAKARTA - Gubernur Lampung Rahmat Mirzani Djausal dan Regional Head 2 Pelindo menandatangani perjanjian kerja "
              "sama pengembangan kawasan Pelabuhan Panjang di Hotel Mulia Senayan, Jakarta, Rabu (11/6/2025).",
              title="Di Sela Rakornas Investasi, Gubernur Mirza Teken Kerja Sama Pengembangan Kawasan Pelabuhan Panjang",
              published="2025-06-11")
    assert not out["is_meeting"]


def test_an_earlier_audience_fronted_before_a_meeting_convened_is_not_its_kind():
    """'Usai menerima audiensi Perum Bulog ... pada pagi hari, Gubernur ... langsung mengumpulkan para bupati ... untuk
    rapat koordinasi ...': the audience came before; the coordination meeting is the news."""
    out = run("Bandar Lampung, Kupastuntas.co - Usai menerima audiensi Perum Bulog Kanwil Lampung pada pagi hari, Gubernur "
              "Lampung Rahmat Mirzani Djausal langsung mengumpulkan para bupati dan wali kota untuk rapat koordinasi "
              "percepatan serapan gabah, Selasa (15/4/2025).",
              title="Gubernur Mirza Kumpulkan Bupati, Bahas Serapan Gabah Saat Panen Raya", published="2025-04-15")
    assert out["meeting_type"] == "rapat_koordinasi"


def test_a_round_up_s_list_of_meetings_does_not_undo_the_headline_s_kind():
    """'Dari rapat dengar pendapat, rapat Badan Musyawarah, kunjungan kerja ke daerah, hingga rapat paripurna, ...' under
    'Sepekan di DPRD Lampung: Paripurna Penyampaian KUA-PPAS 2026 Jadi Agenda Puncak'."""
    out = run("Bandar Lampung - Dari rapat dengar pendapat, rapat Badan Musyawarah, kunjungan kerja ke daerah, hingga rapat "
              "paripurna, seluruh alat kelengkapan dewan bergerak sepanjang pekan ini. Puncaknya, rapat paripurna "
              "penyampaian KUA-PPAS 2026 digelar Kamis (17/7/2025).",
              title="Sepekan di DPRD Lampung: Paripurna Penyampaian KUA-PPAS 2026 Jadi Agenda Puncak", published="2025-07-19")
    assert out["meeting_type"] == "rapat_paripurna"


def test_a_meeting_the_lead_says_was_moved_does_not_undo_the_headline_s_kind():
    """'Rapim DPRD Lampung Tunda Paripurna ...' over 'Paripurna ... yang semula dijadwalkan Kamis (6/11/2025) resmi
    digeser.': the leaders' meeting that moved it is the news."""
    out = run("INILAMPUNG.COM, Bandarlampung - Paripurna penyampaian Nota Keuangan Raperda APBD Provinsi Lampung Tahun Anggaran "
              "2026 yang semula dijadwalkan Kamis (6/11/2025) resmi digeser. Keputusan itu diambil dalam rapat pimpinan DPRD "
              "Lampung, Rabu (5/11/2025).", title="Rapim DPRD Lampung Tunda Paripurna Nota Keuangan APBD 2026",
              published="2025-11-05")
    assert out["meeting_type"] == "rapat_pimpinan"


def test_an_analysis_piece_is_no_report_of_the_meetings_it_names():
    """'Analisis: APBD Lampung 2026, Ruang Fiskal yang Kian Sempit': a piece filed as analysis, like an opinion column."""
    out = run("Bandar Lampung - Dalam paripurna penyampaian nota keuangan, Senin (10/11/2025), Gubernur Lampung Rahmat Mirzani "
              "Djausal menyampaikan rancangan pendapatan daerah 2026 yang turun dibanding APBD murni 2025.",
              title="Analisis: APBD Lampung 2026, Ruang Fiskal yang Kian Sempit", published="2025-11-12")
    assert not out["is_meeting"]


def test_a_send_off_of_a_delegation_heads_an_agenda_page():
    """'Agenda Wagub Lampung Hari Ini: Lepas Kafilah MTQ Korpri Nasional' over a preparation meeting in the list."""
    out = run("Bandar Lampung - Berikut agenda Wakil Gubernur Lampung Jihan Nurlela hari ini.\n08.00 WIB - Melepas kafilah MTQ "
              "Korpri Nasional di halaman Kantor Gubernur.\n10.00 WIB - Memimpin rapat persiapan Lampung Fair 2025 di Ruang "
              "Rapat Sakai Sambayan.", title="Agenda Wagub Lampung Hari Ini: Lepas Kafilah MTQ Korpri Nasional",
              published="2025-06-02")
    assert not out["is_meeting"]


def test_an_interview_is_no_report_of_the_meeting_it_recalls():
    """'Wawancara: Kepala Bappeda Lampung Kenang Rapat Anggaran ...': a piece filed as an interview."""
    out = run("Bandar Lampung - Bagaimana suasana pembahasan anggaran 2026 kemarin? Kepala Bappeda menjawab rapat anggaran itu "
              "berakhir dini hari.", title="Wawancara: Kepala Bappeda Lampung Kenang Rapat Anggaran yang Berakhir Dini Hari",
              published="2025-12-01")
    assert not out["is_meeting"]


def test_what_a_launched_system_is_for_is_no_meeting_held():
    """'Luncurkan Absensi Digital untuk Rapat Paripurna', '... yang akan digunakan dalam setiap rapat paripurna', '...
    mulai diberlakukan pada rapat paripurna pekan depan': the plenaries it serves, none of them held at the launch."""
    out = run("Bandar Lampung - Sekretariat DPRD Provinsi Lampung meluncurkan sistem absensi digital berbasis pengenalan wajah "
              "yang akan digunakan dalam setiap rapat paripurna, Senin (6/10/2025).\nPeluncuran di lobi Gedung DPRD ditandai "
              "dengan uji coba pemindaian wajah.\nSistem absensi digital tersebut mulai diberlakukan pada rapat paripurna "
              "pekan depan.", title="Sekretariat DPRD Lampung Luncurkan Absensi Digital untuk Rapat Paripurna",
              published="2025-10-06")
    assert not out["is_meeting"] and out["event_type"] == "launch"


def test_a_call_on_a_facility_welcomed_by_its_host_stays_a_site_visit():
    """'Wagub Jihan Sambangi Posyandu di Abung Selatan' then 'Rombongan disambut Bupati ...': a facility visited, not an
    audience with the regent."""
    out = run("KOTABUMI - Wakil Gubernur Lampung Jihan Nurlela menyambangi Posyandu Melati di Kecamatan Abung Selatan, Rabu "
              "(10/12/2025).\nRombongan disambut Bupati Lampung Utara Ridwan Hakim, camat, dan para kader posyandu.",
              title="Sehari Usai Rakor TPPS, Wagub Jihan Sambangi Posyandu di Abung Selatan", published="2025-12-10")
    assert not out["is_meeting"]


def test_a_meeting_days_before_a_dated_statement_is_recalled_by_it():
    """'"...," kata Siti Mariam, Jumat (24/10/2025). Permintaan itu ... sudah disampaikan dalam rapat kerja ... beberapa
    hari lalu': the only day is the statement's; the meeting was days before it, and the news is what she asks."""
    out = run("BANDAR LAMPUNG (Lampost.co) -- Ketua Komisi V DPRD Provinsi Lampung Siti Mariam Nasution meminta seluruh "
              "dapur SPPG di Lampung mengantongi Sertifikat Laik Higiene Sanitasi (SLHS) sebelum akhir 2025.\n"
              "\"Jangan tunggu ada korban lagi,\" kata Siti Mariam, Jumat (24/10/2025).\n"
              "Permintaan itu, menurut dia, sudah disampaikan dalam rapat kerja dengan Dinas Kesehatan Provinsi Lampung "
              "beberapa hari lalu.", title="Ketua Komisi V Minta Seluruh SPPG Kantongi SLHS Sebelum Akhir Tahun",
              published=None)
    assert out["is_meeting"] is False


def test_a_headline_verb_ends_an_office_name_before_the_meeting():
    """'Asisten II Ikuti Rakor Pengendalian Inflasi, ...': capitalised as every headline word is, 'Ikuti' is a verb, not a
    word of the office's name, so 'Rakor' is the meeting followed, not part of a name."""
    out = run("BANDAR LAMPUNG – Pemerintah Provinsi Lampung melalui Asisten Bidang Ekonomi dan Pembangunan Setdaprov "
              "Lampung, Kusnardi Harahap, mengikuti Rapat Koordinasi Pengendalian Inflasi Daerah secara virtual dari Ruang "
              "Command Center Dinas Kominfotik Provinsi Lampung, Senin (2/6/2025).",
              title="Asisten II Ikuti Rakor Pengendalian Inflasi, Pemprov Lampung Pastikan Penyaluran Beras SPHP Lancar",
              published=None)
    assert out["is_meeting"] is True and out["meeting_type"] == "rapat_koordinasi"


def test_a_report_handed_over_after_its_entry_and_exit_meetings_is_a_ceremony():
    """'Laporan Hasil Pemeriksaan (LHP) diserahkan Anggota V BPK RI ... kepada Gubernur ...': a document handed over; the
    entry and exit meetings the audit began and closed with came before."""
    out = run("Bandarlampung (ANTARA) - Pemerintah Provinsi Lampung kembali meraih opini WTP atas LKPD Tahun Anggaran "
              "2024.\nLaporan Hasil Pemeriksaan (LHP) diserahkan Anggota V BPK RI Harsono Widjaja kepada Gubernur Lampung "
              "Rahmat Mirzani Djausal di Auditorium Kantor BPK Perwakilan Provinsi Lampung, Selasa.\nPenyerahan LHP "
              "tersebut merupakan ujung dari pemeriksaan terinci yang diawali entry meeting di Kantor Gubernur pada Maret "
              "lalu dan ditutup dengan exit meeting pada awal Mei.", title="Pemprov Lampung raih opini WTP ke-11 dari BPK",
              published="2025-05-27")
    assert out["is_meeting"] is False and out["event_type"] == "ceremony"


def test_a_plenary_hours_before_a_launch_is_not_its_setting():
    """'Peluncuran dilakukan Wali Kota ... di Command Center ..., beberapa jam setelah ia menyampaikan LKPJ ... dalam rapat
    paripurna DPRD': the plenary came first; the launch is the news."""
    out = run("Harianmomentum.com--Pemerintah Kota Metro resmi meluncurkan layanan panggilan darurat terpadu Metro Siaga "
              "112, Selasa (25/3).\nPeluncuran dilakukan Wali Kota Metro Wahyudi Kurniawan dengan menekan tombol sirene di "
              "Command Center Diskominfo Kota Metro, beberapa jam setelah ia menyampaikan LKPJ Tahun Anggaran 2024 dalam "
              "rapat paripurna DPRD Kota Metro.", title="Wali Kota Metro Luncurkan Layanan Darurat Metro Siaga 112",
              published="2025-03-25")
    assert out["is_meeting"] is False and out["event_type"] == "launch"


def test_proposals_from_musrenbang_held_in_many_districts_are_no_meeting():
    """'Bappeda ... menerima 412 usulan pembangunan dari musrenbang tingkat kecamatan yang rampung digelar di sembilan
    kecamatan': meetings held in nine places, where proposals came from; the news is what the agency received."""
    out = run("Kupastuntas.co, Pringsewu - Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Pringsewu menerima 412 "
              "usulan pembangunan dari musrenbang tingkat kecamatan yang rampung digelar di sembilan kecamatan.\n"
              "\"Dari 412 usulan, hampir 60 persen infrastruktur,\" kata Lilis, Rabu (12/2/2025).",
              title="Bappeda Pringsewu Terima 412 Usulan dari Musrenbang Kecamatan", published="2025-02-12")
    assert out["is_meeting"] is False


def test_the_news_a_hearing_concluded_is_set_in_it_after_an_opening_quotation():
    """'"...," kata Ketua Komisi II ..., saat dihubungi, Jumat (13/6).' opening the report, then 'Tenggat itu menjadi
    salah satu kesimpulan rapat dengar pendapat ...': the deadline is what the hearing concluded, so the hearing is the
    news, not the call."""
    out = run("\"Kami tunggu laporan tertulis paling lambat 26 Juni,\" kata Ketua Komisi II DPRD Lampung, Ismet Rozali, saat "
              "dihubungi, Jumat (13/6).\nRMOLLampung - Perum Bulog Kanwil Lampung diberi waktu dua pekan oleh Komisi II "
              "DPRD Provinsi Lampung untuk membenahi serapan gabah petani.\nTenggat itu menjadi salah satu kesimpulan rapat "
              "dengar pendapat (RDP) Komisi II dengan Bulog dan Dinas KPTPH Lampung yang digelar dua hari lalu di Gedung "
              "DPRD Provinsi Lampung.", title="Komisi II Beri Bulog Tenggat Dua Pekan Benahi Serapan Gabah",
              published="2025-06-14")
    assert out["is_meeting"] is True and out["meeting_type"] == "rapat_dengar_pendapat"


def test_a_plenary_only_spoken_of_is_not_where_a_launch_was_held():
    """'"Masyarakat bisa melihat rekap kehadiran setiap anggota pada rapat paripurna ...," kata Budi.': a plenary in
    someone's words does not set the launch in one."""
    out = run("Bandar Lampung – Sekretariat DPRD Provinsi Lampung meluncurkan sistem absensi digital berbasis pengenalan "
              "wajah di lobi Gedung DPRD Provinsi Lampung, Senin (6/10/2025).\n\"Masyarakat bisa melihat rekap kehadiran "
              "setiap anggota pada rapat paripurna. Ini bentuk akuntabilitas lembaga kepada konstituen,\" kata Budi.",
              title="Sekretariat DPRD Lampung Luncurkan Absensi Digital", published="2025-10-06")
    assert out["is_meeting"] is False


def test_a_meeting_pointed_back_to_is_typed_where_it_is_named_in_full():
    """'"...," tegas Camat ... yang membuka rembuk tersebut.' opening the report: 'rembuk tersebut' points back to the
    'Rembuk Stunting tingkat kecamatan' named after it, a coordination meeting."""
    out = run("\"Komitmen ini bukan formalitas,\" tegas Camat Tulang Bawang Tengah Heri Gunawan yang membuka rembuk "
              "tersebut.\nRADARLAMPUNG.CO.ID - Seluruh kepala tiyuh di Kecamatan Tulang Bawang Tengah menandatangani "
              "komitmen bersama untuk mengalokasikan dana tiyuh bagi penanganan stunting.\nPenandatanganan dilakukan pada "
              "penutupan Rembuk Stunting tingkat kecamatan di Sesat Agung Bumi Gayo, Rabu, 4 Juni 2025.",
              title="Kepala Tiyuh di Tulang Bawang Tengah Teken Komitmen Anggarkan Dana untuk Stunting",
              published="2025-06-05")
    assert out["meeting_type"] == "rapat_koordinasi"


@pytest.mark.parametrize("sentence", [
    "Kepala Diskominfotik Lampung, Ganjar Wibisono, mengatakan kebutuhan rapat daring dan video conference di lingkungan "
    "pemerintahan terus meningkat.",
    "Hampir setiap hari ada rapat virtual di lingkungan Pemprov Lampung.",
    "Sepanjang triwulan I Command Center melayani 126 kegiatan daring, baik rapat, webinar, maupun siaran langsung.",
])
def test_meetings_spoken_of_in_general_are_no_event(sentence):
    """The need for online meetings, meetings every day, meetings as one kind of activity counted: no meeting held."""
    out = run("Bandarlampung, Kupastuntas.co - " + sentence, title="Diskominfotik Siapkan 40 Akun Zoom untuk OPD",
              published="2025-04-09")
    assert out["is_meeting"] is False


def test_a_trend_of_meetings_in_a_headline_is_no_meeting():
    """'Rapat Daring Makin Rutin, ...': meetings growing routine, none held."""
    out = run("Bandarlampung, Kupastuntas.co - Diskominfotik Provinsi Lampung menyiapkan 40 akun Zoom berlisensi untuk "
              "dipakai organisasi perangkat daerah.", title="Rapat Daring Makin Rutin, Diskominfotik Siapkan 40 Akun Zoom",
              published="2025-04-09")
    assert out["is_meeting"] is False


def test_a_university_senate_open_session_is_an_academic_ceremony():
    """'orasi ilmiah pada Sidang Terbuka Senat Universitas Lampung dalam rangka Dies Natalis ke-60': a ceremony."""
    out = run("BANDAR LAMPUNG (Lampost.co) -- Gubernur Lampung Rahmat Mirzani Djausal menyampaikan orasi ilmiah pada Sidang "
              "Terbuka Senat Universitas Lampung (Unila) dalam rangka Dies Natalis ke-60 di Gedung Serba Guna (GSG) Unila, "
              "Selasa (23/9/2025).", title="Orasi di Dies Natalis ke-60 Unila, Gubernur Mirza Ajak Kampus Kawal Hilirisasi",
              published="2025-09-23")
    assert out["is_meeting"] is False and out["event_type"] == "ceremony"


def test_an_ethics_hearing_stays_a_sidang_beside_plenaries_counted():
    """'Badan Kehormatan ... menggelar sidang dugaan pelanggaran kode etik ...' about a member who missed 'sembilan dari 12
    rapat paripurna': a share of plenaries counted is no plenary, so the hearing is not typed as one."""
    out = run("Bandarlampung, Kupastuntas.co - Badan Kehormatan (BK) DPRD Provinsi Lampung menggelar sidang dugaan "
              "pelanggaran kode etik terhadap seorang anggota dewan berinisial AS, Kamis (3/12/2025). Sidang berlangsung "
              "tertutup di ruang rapat BK DPRD Lampung.\nSidang dipimpin Ketua BK DPRD Lampung, Sofyan Hadi.\nAS dilaporkan "
              "karena dinilai tidak menghadiri sembilan dari 12 rapat paripurna.",
              title="BK DPRD Lampung Gelar Sidang Etik Anggota Dewan yang Jarang Ngantor", published="2025-12-03")
    assert out["meeting_type"] == "sidang"


def test_what_a_meeting_reviews_is_no_event_of_its_own():
    """'Dinas TPHP ... mengevaluasi penyaluran pupuk bersubsidi bersama dinas pertanian kabupaten/kota': the distribution
    reviewed is what the evaluation meeting was about, not an aid handed out."""
    out = run("Bandarlampung (ANTARA) - Dinas Tanaman Pangan, Hortikultura dan Perkebunan (TPHP) Provinsi Lampung mengevaluasi "
              "penyaluran pupuk bersubsidi bersama dinas pertanian kabupaten/kota menjelang musim tanam rendeng, Kamis (9/10).\n"
              "Rapat evaluasi itu digelar secara virtual melalui Zoom Meeting dan diikuti dinas pertanian dari 15 "
              "kabupaten/kota.", title="Dinas TPHP Lampung evaluasi penyaluran pupuk bersubsidi bersama kabupaten/kota",
              published="2025-10-09")
    assert out["is_meeting"] is True and out["meeting_type"] == "rapat_evaluasi"


@pytest.mark.parametrize("title, text, published, date", [
    ("RDP Komisi II dengan Pabrik Tapioka Diundur ke Rabu",
     "RADARLAMPUNG.CO.ID - Rapat dengar pendapat (RDP) Komisi II DPRD Provinsi Lampung dengan sejumlah perusahaan tapioka "
     "batal digelar hari ini, Jumat (14/11). Rapat tersebut diundur ke Rabu (19/11) mendatang.", "2025-11-14", "2025-11-19"),
    ("Paripurna Pengantar Raperda Perubahan APBD Diundur ke Senin",
     "Tribunlampung.co.id, Bandar Lampung - Rapat paripurna DPRD Provinsi Lampung dengan agenda pidato pengantar gubernur "
     "batal digelar Kamis dan digeser ke Senin pekan depan.", "2025-09-10", "2025-09-15"),
])
def test_a_meeting_called_off_on_its_day_but_moved_is_announced_for_the_new_one(title, text, published, date):
    """'batal digelar hari ini ... diundur ke Rabu (19/11)': not called off, moved: a meeting on the day it was moved to."""
    out = run(text, title=title, published=published)
    assert out["is_meeting"] is True and out["meeting_date"] == date


def test_a_meeting_whose_day_and_place_are_not_yet_set_is_not_announced():
    """'... berencana mengumpulkan ... dalam rapat koordinasi ...' then 'Namun hari, tanggal, dan tempatnya belum
    ditetapkan.': a plan with no day, no meeting yet."""
    out = run("BANDAR LAMPUNG (Lampost.co) -- Dinas KPTPH Provinsi Lampung berencana mengumpulkan pengusaha penggilingan padi "
              "dan Perum Bulog dalam rapat koordinasi soal serapan gabah petani.\nKepala Dinas KPTPH Lampung, Rizal Mahendra, "
              "mengatakan rakor itu rencananya digelar pekan depan. Namun hari, tanggal, dan tempatnya belum ditetapkan.",
              title="Harga Gabah Anjlok, Dinas KPTPH Lampung akan Kumpulkan Penggilingan Padi", published="2025-04-22")
    assert out["is_meeting"] is False


def test_a_headline_putting_the_meeting_off_before_its_main_clause():
    """'RDP Ditunda, Komisi IV DPRD Lampung Turun Langsung Cek Jalan Rusak': the hearing was put off; the inspection is the
    news."""
    out = run("RADARLAMPUNG.CO.ID - Komisi IV DPRD Provinsi Lampung meninjau langsung kerusakan ruas jalan provinsi Simpang "
              "Sribhawono–Way Jepara, Kabupaten Lampung Timur, Rabu (16/7/2025).\nPeninjauan dilakukan setelah rapat dengar "
              "pendapat (RDP) dengan Dinas BMBK Provinsi Lampung yang dijadwalkan pekan ini ditunda.",
              title="RDP Ditunda, Komisi IV DPRD Lampung Turun Langsung Cek Jalan Rusak di Lampung Timur",
              published="2025-07-16")
    assert out["is_meeting"] is False


@pytest.mark.parametrize("title, text", [
    ("Setwan Gelar Bimtek Penyusunan Risalah dan Notulensi Rapat DPRD",
     "Bandar Lampung – Sekretariat DPRD Provinsi Lampung menggelar Bimbingan Teknis (Bimtek) Penyusunan Risalah Rapat "
     "Paripurna dan Notulensi Rapat Alat Kelengkapan Dewan (AKD) di Hotel Horison Lampung, Selasa (24/6/2025)."),
    ("Pelajar Metro Adu Kemampuan di Lomba Simulasi Sidang Paripurna DPRD",
     "Metro (SL) - Puluhan pelajar SMA dan SMK mengikuti Lomba Simulasi Sidang Paripurna di Ruang Sidang DPRD Kota Metro, "
     "Rabu (5/11/2025)."),
    ("Bupati Lampung Utara Lantik Sekretaris DPRD",
     "KOTABUMI - Bupati Lampung Utara melantik Sekretaris DPRD Lampung Utara di Aula Pemkab, Senin (3/11/2025).\n\"Sekretariat "
     "DPRD harus memastikan seluruh kegiatan dewan, mulai dari rapat paripurna, rapat komisi, sampai rapat dengar pendapat, "
     "berjalan lancar,\" kata Bupati."),
    ("Roni Setiawan Sosialisasikan Perda Penyelenggaraan Pendidikan di Bernung",
     "INILAMPUNG.COM, Pesawaran - Anggota DPRD Pesawaran Roni Setiawan menggelar sosialisasi perda di Balai Desa Bernung, "
     "Sabtu (8/11/2025).\nRoni menjelaskan, perda tersebut disahkan DPRD bersama pemkab dalam rapat paripurna dan kini wajib "
     "diketahui masyarakat."),
])
def test_meetings_taught_mocked_listed_or_passed_before_are_not_the_news(title, text):
    """Minutes taught ('Notulensi Rapat'), a mock plenary ('Lomba Simulasi Sidang Paripurna'), kinds of sittings listed in a
    quotation ('mulai dari rapat paripurna, rapat komisi, sampai ...'), a law passed in a plenary before: none is a meeting."""
    out = run(text, title=title, published="2025-11-10")
    assert out["is_meeting"] is False


@pytest.mark.parametrize("hope, meeting", [
    ("Ia berharap kepastian skema pembayaran itu sudah tertuang dalam dokumen yang akan dibawa ke paripurna persetujuan "
     "bersama, yang dijadwalkan Selasa pekan depan.", False),
    # the meeting at hand, hoped of: still the news
    ("Ia berharap rapat koordinasi ini menghasilkan langkah nyata, kata Fauzi di ruang rapat Banggar, Jumat (21/11/2025).", True),
])
def test_a_meeting_a_speaker_hopes_about_is_not_the_news(hope, meeting):
    """'Ia berharap ... dibawa ke paripurna ...': what a speaker hopes a later meeting does is not the meeting reported."""
    out = run("RMOLLampung - Anggota Badan Anggaran DPRD Lampung, Fauzi Hasan, meminta Pemprov Lampung melunasi seluruh "
              "kewajiban kepada pihak ketiga. \"Kontraktor yang sudah bekerja harus dibayar,\" ujar Fauzi.\n"
              "Fauzi memperkirakan nilai kewajiban yang belum terbayar mencapai ratusan miliar rupiah.\n" + hope,
              title="Fauzi Hasan: Utang ke Pihak Ketiga Harus Tuntas Sebelum APBD 2026 Berjalan", published="2025-11-21")
    assert out["is_meeting"] is meeting


@pytest.mark.parametrize("told, meeting", [
    ("Ia menyebut persoalan itu sudah dibahas dalam rapat koordinasi bersama dinas sosial kabupaten/kota pada Februari lalu.",
     False),
    # a day with the month: a meeting that may still be the news
    ("Persoalan itu dibahas dalam rapat koordinasi bersama dinas sosial kabupaten/kota pada 10 Maret lalu.", True),
])
def test_a_meeting_set_in_a_month_gone_is_background(told, meeting):
    """'... sudah dibahas dalam rapat koordinasi ... pada Februari lalu': a month gone, no day: not the news."""
    out = run("Bandar Lampung - Kepala Dinas Sosial Provinsi Lampung, Heri Kurniawan, meminta dinas sosial kabupaten/kota "
              "mempercepat pemutakhiran data.\n" + told,
              title="Dinsos Lampung Minta Kabupaten/Kota Percepat Pemutakhiran DTSEN", published="2025-03-11")
    assert out["is_meeting"] is meeting



@pytest.mark.parametrize("title, text", [
    ("Eva Dwiana Buka Gerakan Pangan Murah di Kedaton, Beras SPHP Dijual Rp 60 Ribu",
     "Tribunlampung.co.id, Bandar Lampung - Wali Kota Bandar Lampung Eva Dwiana membuka Gerakan Pangan Murah (GPM) di "
     "halaman Kantor Kecamatan Kedaton, Kamis (27/2/2025).\nEva datang ke lokasi seusai memimpin rapat pimpinan (rapim) di "
     "lingkungan Pemkot pagi harinya."),
    ("Usai Rakor Inflasi, Sekdaprov Serahkan Beras SPHP",
     "Bandar Lampung - Sekdaprov Lampung Marindo Kurniawan menyerahkan secara simbolis beras SPHP kepada perwakilan "
     "pedagang pasar di halaman Kantor Gubernur Lampung, Senin (26/5/2025). Penyerahan dilakukan seusai Sekdaprov mengikuti "
     "rapat koordinasi pengendalian inflasi secara virtual."),
])
def test_a_cheap_food_market_or_rice_handed_over_after_a_meeting_is_the_news(title, text):
    """'membuka Gerakan Pangan Murah', 'menyerahkan secara simbolis beras SPHP': the act told first, the meeting before it."""
    assert run(text, title=title, published="2025-05-26")["is_meeting"] is False


@pytest.mark.parametrize("when, meeting", [("awal Mei mendatang", False), ("bulan depan", False),
                                           ("pekan depan", True), ("Kamis (8/5) mendatang", True)])
def test_a_meeting_set_for_a_month_is_not_yet_announced(when, meeting):
    """'Musrenbang tingkat provinsi dijadwalkan digelar awal Mei mendatang': no day yet, a statement; 'pekan depan' or a
    day announces it."""
    out = run("BANDAR LAMPUNG (Lampost.co) -- Kepala Bappeda Provinsi Lampung Bobby Irawan Saputra mengatakan seluruh usulan "
              "musrenbang kabupaten/kota akan diverifikasi, kata Bobby saat ditemui di ruang kerjanya.\nIa menyebut usulan "
              f"jalan masih mendominasi. Musrenbang tingkat provinsi dijadwalkan digelar {when}.",
              title="Bappeda: Usulan Musrenbang Kabupaten/Kota Akan Diverifikasi", published="2025-04-15")
    assert out["is_meeting"] is meeting


@pytest.mark.parametrize("speaker", ["Sekretaris Daerah Provinsi Lampung Marindo Kurniawan",
                                     "Marindo Kurniawan, Sekretaris Daerah Provinsi Lampung,"])
def test_a_speech_tag_with_the_office_apposed_still_tells_the_meeting_after_it(speaker):
    """'..., kata Marindo Kurniawan, Sekretaris Daerah ..., usai mengikuti rapat koordinasi ...': the office apposed after
    the name, the sentence is read as with the office first."""
    out = run("Bandarlampung (ANTARA) - Pemerintah Provinsi Lampung mewaspadai kenaikan harga cabai menjelang Iduladha, kata "
              f"{speaker} usai mengikuti rapat koordinasi pengendalian inflasi daerah secara virtual bersama Kementerian "
              "Dalam Negeri di Bandarlampung, Senin.", title="Pemprov Lampung waspadai kenaikan harga cabai jelang Iduladha",
              published="2025-05-19")
    assert out["is_meeting"] is True


def test_a_figure_of_distribution_is_no_handout():
    """'stok ... cukup untuk kebutuhan penyaluran hingga beberapa bulan': the need for handouts, no handout; the rakor the
    statement was made in is the news."""
    out = run("Tribunlampung.co.id, Bandar Lampung - Perum Bulog Kanwil Lampung memastikan stok beras aman menjelang Natal.\n"
              "Kepala Perum Bulog Kanwil Lampung Nurman Susilo menyebut stok beras mencapai 120 ribu ton, cukup untuk kebutuhan "
              "penyaluran hingga beberapa bulan ke depan.\n\"Stok kami aman,\" ujar Nurman dalam rapat koordinasi "
              "pengendalian inflasi daerah, Senin (8/12/2025).\nRakor yang dipimpin Sekdaprov Lampung Marindo Kurniawan itu "
              "digelar di Ruang Sakai Sambayan, Kantor Gubernur Lampung.",
              title="Bulog Pastikan Stok Beras di Lampung Aman hingga Tahun Baru", published=None)
    assert out["is_meeting"] is True


def test_a_schools_learning_visit_received_by_staff_is_no_audience():
    """'mengikuti kunjungan edukasi ke Gedung DPRD ... diterima Kepala Bagian Humas ...': a learning visit."""
    out = run("BANDAR LAMPUNG – Sebanyak 60 siswa SMA Negeri 9 Bandar Lampung mengikuti kunjungan edukasi ke Gedung DPRD "
              "Provinsi Lampung, Kamis (13/2/2025).\nRombongan siswa itu diterima Kepala Bagian Humas dan Protokol Sekretariat "
              "DPRD Provinsi Lampung, Meiliana Putri, di lobi gedung dewan.",
              title="Siswa SMAN 9 Bandar Lampung Belajar Demokrasi di Gedung DPRD Lampung", published=None)
    assert out["is_meeting"] is False
