"""Second-round extraction rules, each on a hand-written Indonesian press-release snippet."""

from pipelines.extract import extract
from pipelines.extract.participants import participants
from pipelines.extract.people import mentions, officials_in
from pipelines.extract.text import clean_lines, is_headline


def run(text, title="", published="2025-06-11"):
    return extract({"id": "t", "url": "https://example.go.id/x", "title": title, "text": text, "published": published})


def test_meeting_named_in_reported_speech_is_not_the_event():
    out = run("BANDAR LAMPUNG - Ketua Komisi II DPRD Lampung Budi Hartono mengapresiasi langkah petani jagung. "
              "Menurut Budi, pertemuan pekan lalu dengan para pengusaha pakan ternak sudah membuahkan hasil. "
              "Ia berharap harga jagung tetap stabil.", title="DPRD Apresiasi Petani Jagung")
    assert not out["is_meeting"]


def test_planned_visit_in_title_leaves_the_preparation_meeting():
    out = run("BANDAR LAMPUNG - Kunjungan kerja Menteri Pertanian ke Lampung Timur dijadwalkan Kamis (12/6). "
              "Menindaklanjuti rencana itu, Pemprov Lampung menggelar rapat persiapan di Ruang Rapat Sekdaprov, Rabu (11/6).",
              title="Kunker ke Lampung, Mentan Dijadwalkan Tinjau Panen Jagung")
    assert out["is_meeting"] and out["meeting_date"] == "2025-06-11"


def test_visit_to_a_ministry_office_is_an_audience_hosted_by_the_minister():
    out = run("JAKARTA - Bupati Tanggamus Saleh Asnawi mengunjungi kantor Kementerian Pertanian, Selasa (10/6). "
              "Di ruang rapat menteri, Bupati bertemu dengan Menteri Pertanian Andi Amran Sulaiman untuk membahas irigasi.",
              title="Bupati Tanggamus Kunjungi Kementerian Pertanian")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"
    assert out["chair"]["name"] == "Andi Amran Sulaiman"


def test_audience_host_after_adverb_and_military_rank():
    out = run("JAKARTA - Gubernur Lampung Rahmat Mirzani Djausal beraudiensi secara langsung dengan Kepala Staf "
              "Kepresidenan RI Letnan Jenderal TNI (Purn) A.M Putranto di Gedung Bina Graha, Jakarta Pusat, Selasa (10/6).",
              title="Gubernur Audiensi ke KSP")
    assert out["chair"]["name"] == "A.M Putranto"
    assert out["venue"].startswith("Gedung Bina Graha") and out["city"] == "Jakarta"


def test_welcoming_dinner_is_not_an_audience():
    out = run("BANDAR LAMPUNG - Gubernur Bengkulu disambut Gubernur Lampung dalam jamuan makan malam di Mahan Agung, "
              "Jumat (6/6). Acara berlangsung hangat.", title="Gubernur Sambut Kunjungan Gubernur Bengkulu")
    assert not out["is_meeting"]


def test_opened_officially_by_names_the_chair():
    out = run("BANDAR LAMPUNG - Musrenbang RKPD Provinsi Lampung 2026 dibuka secara resmi oleh Wakil Gubernur Lampung, "
              "Jihan Nurlela, di Gedung Pusiban, Selasa (10/6).", title="Musrenbang Provinsi Dibuka")
    assert out["meeting_type"] == "musrenbang" and out["chair"]["name"] == "Jihan Nurlela"


def test_room_of_the_leader_is_written_with_the_role():
    out = run("BANDAR LAMPUNG - Rapat evaluasi serapan anggaran dipimpin Sekdaprov Lampung Marindo Kurniawan di ruang "
              "kerjanya, Selasa (10/6).", title="Sekdaprov Evaluasi Serapan Anggaran")
    assert out["venue"].lower().startswith("ruang kerja sekretaris daerah provinsi lampung")


def test_room_followed_online_is_the_venue_not_the_host_office():
    out = run("LIWA - Pemkab Lampung Barat mengikuti Rakor Pengendalian Inflasi secara virtual dari Ruang Rapat Pesagi, "
              "Senin (9/6), sementara rapat berlangsung di Kantor Kementerian Dalam Negeri.", title="Pemkab Ikuti Rakor Inflasi")
    assert out["venue"] == "Ruang Rapat Pesagi" and out["mode"] == "daring"


def test_related_headlines_after_the_article_are_cut():
    lines = clean_lines("Gubernur memimpin rapat koordinasi di Gedung Pusiban hari ini.\nBerita Terkait\n"
                        "Gubernur Lampung Lantik Pejabat Administrator dan Pengawas")
    assert lines == ["Gubernur memimpin rapat koordinasi di Gedung Pusiban hari ini."]


def test_title_case_lines_do_not_yield_names():
    assert is_headline("Rakor Antikorupsi 2025, Gubernur Mirza Dorong Pemerintahan Lampung yang Transparan")
    assert not is_headline("Rakor dihadiri Kepala BPJN Lampung Susan Novelia, Kepala BBWS Lampung Roy Pardede, serta sejumlah pihak.")
    names = {o["name"] for o in officials_in(["Sekdaprov Lampung Pimpin Rapat Benahi Tata Kelola Kepegawaian."], None)}
    assert "Pimpin" not in names


def test_office_nouns_continue_the_role_not_the_name():
    found = mentions("Rapat dihadiri Wakil Menteri Ketenagakerjaan Budi Santoso dan Kepala Dinas Peternakan.")
    assert [(role, name) for _, _, role, name in found] == [("Wakil Menteri Ketenagakerjaan", "Budi Santoso")]


def test_people_referred_to_are_not_officials():
    names = {o["name"] for o in officials_in(["Musrenbang menjadi tahap penting di era Presiden Prabowo Subianto, kata "
                                              "Kepala Bappeda Lampung Elvira Umihanni."], None)}
    assert names == {"Elvira Umihanni"}


def test_participants_groups_bodies_in_roles_and_one_entry_per_body():
    found = participants(["Rapat dihadiri perwakilan petani dari 6 Kabupaten, pengusaha industri tapioka, akademisi, "
                          "Kementerian Dalam Negeri (Kemendagri), Kemendagri dan para bupati se-Lampung.",
                          "Rencana Kerja Pemerintah Daerah (RKPD) dibahas bersama Pemprov Lampung."],
                         [{"name": "Rendi Reswandi", "role": "Plt. Kepala BKD Provinsi Lampung"}])
    assert "perwakilan petani dari 6 Kabupaten" in found and "pengusaha industri tapioka" in found
    assert "para bupati se-Lampung" in found and "akademisi" in found
    assert sum("Kemendagri" in f or "Kementerian Dalam Negeri" in f for f in found) == 1
    assert "Pemerintah Provinsi (Pemprov) Lampung" in found and "BKD Provinsi Lampung" in found
    assert not any("RKPD" in f or f == "Pemerintah Daerah" for f in found)


def test_provincial_head_brings_the_provincial_government():
    found = participants(["Rapat berlangsung tertib."], [{"name": "Marindo Kurniawan", "role": "Sekdaprov Lampung"}])
    assert found == ["Pemerintah Provinsi (Pemprov) Lampung"]
    assert participants(["Rapat berlangsung tertib."], [{"name": "Nukman", "role": "Sekretaris Daerah (Sekda)"}]) == []
