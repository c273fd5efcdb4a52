"""General rules of round 4 (name boundary, bodies, audiences, quoted speech, topic vocabulary), each on its own snippet."""

from pipelines.extract import extract
from pipelines.extract.classify import classify
from pipelines.extract.participants import participants
from pipelines.extract.people import mentions, officials_in
from pipelines.extract.text import unquoted
from pipelines.extract.topics import topics


def _names(sentence: str) -> list[str]:
    return [m[3] for m in mentions(sentence)]


def test_a_place_after_a_branch_word_belongs_to_the_role():
    found = mentions("Hadir General Manager PT Pelni Cabang Tarahan Sulastri dalam rapat itu.")
    assert [(m[2], m[3]) for m in found] == [("General Manager PT Pelni Cabang Tarahan", "Sulastri")]


def test_a_known_place_is_never_the_start_of_a_name():
    assert _names("Hadir Kepala Pelabuhan Bakauheni Darmawan Saputra.") == ["Darmawan Saputra"]


def test_a_region_after_capitalised_words_shows_they_named_an_organisation():
    found = mentions("Ketua Umum Kadin Lampung Selatan Hendra Gunawan menyampaikan usulan.")
    assert [m[3] for m in found] == ["Hendra Gunawan"] and found[0][2].endswith("Lampung Selatan")


def test_office_words_of_boards_are_part_of_the_role():
    assert _names("Sidang dipimpin Ketua Majelis Komisioner Rudi Hartono.") == ["Rudi Hartono"]
    assert _names("Direktur Eksekutif LBH Lampung Sumaindra menyampaikan catatan.") == ["Sumaindra"]


def test_a_rank_after_capitalised_words_starts_the_name():
    assert _names("Rapat dihadiri Dandim 0410/Kota Bandar Lampung Kolonel Inf Anang Setiawan.") == ["Anang Setiawan"]


def test_a_lone_unit_or_place_is_not_a_person():
    assert _names("Hadir pula perwakilan Kodim dan Kepala Seksi Kodim.") == []
    assert officials_in(["Rakor dihadiri Danrem 043/Garuda Hitam, Kajati Lampung dan Kapolda."], None) == []


def test_unnamed_office_heads_stand_for_their_bodies():
    found = participants(["Rakor dihadiri Danrem 043/Garuda Hitam, Kajati Lampung dan Kakanwil BPN Lampung."])
    assert {"Korem 043/Garuda Hitam", "Kejati Lampung", "Kanwil BPN Lampung"} <= set(found)


def test_mixed_case_bodies_from_the_gazetteer():
    found = participants(["Diskusi melibatkan Walhi Lampung, Perum Bulog, Bawaslu Provinsi Lampung dan Kodim 0412 LU."])
    assert {"Walhi Lampung", "Perum Bulog", "Bawaslu Provinsi Lampung", "Kodim 0412 LU"} <= set(found)


def test_lower_case_groups_are_participants_but_a_named_camat_is_not_a_group():
    found = participants(["Musrenbang diikuti para camat, kepala puskesmas se-Pringsewu, kelompok nelayan dan serikat buruh."])
    assert {"para camat", "kepala puskesmas se-Pringsewu", "kelompok nelayan", "serikat buruh"} <= set(found)
    assert not any("camat" in f.lower() for f in participants(["Rapat dibuka Camat Sukarame Budi Santoso."]))


def test_a_body_named_in_a_quotation_running_over_sentences_is_not_a_participant():
    sents = ["Rapat dihadiri Bappeda Provinsi Lampung.", "“Kami susun dokumennya.", "Minggu depan kami serahkan ke KPU.",
             "Itu jadwalnya,” katanya.", "Hadir juga BPS Lampung."]
    found = participants(sents)
    assert "KPU" not in found and "BPS Lampung" in found
    assert unquoted(sents)[2] == ""


def test_a_body_inside_an_audit_report_title_is_not_a_participant():
    assert "BPK" not in participants(["Pansus membahas LHP BPK RI tentang belanja modal."])


def test_meeting_the_governor_at_his_office_is_an_audience():
    decision = classify("Bank Siap Bantu UMKM", ["Hal itu disampaikan Kepala OJK Lampung usai bertemu Gubernur di "
                                                  "ruang kerja gubernur, Senin (3/3)."])
    assert decision.is_meeting and decision.event_type == "meeting"


def test_a_meeting_the_speakers_say_they_held_counts_but_other_speech_does_not():
    held = classify("Dewan minta pengawasan pupuk", ["“Kami telah mengadakan rapat kerja dengan dinas terkait,” kata Ketua Komisi."])
    talked = classify("Dewan minta pengawasan pupuk", ["“Rapat kerja harus digelar segera,” kata Ketua Komisi."])
    assert held.is_meeting and not talked.is_meeting


def test_topic_vocabulary_covers_general_government_subjects():
    lead = "Rapat membahas peningkatan jalan kabupaten, jaringan irigasi, karhutla dan pencegahan korupsi."
    found = topics("Rakor pembangunan daerah", "", lead=lead)
    assert {"jalan", "sumber_daya_air", "bencana", "antikorupsi"} <= set(found)


def test_a_regency_name_does_not_make_a_fisheries_topic():
    assert "kelautan_perikanan" not in topics("Musrenbang Kabupaten Pesisir Barat", "", lead="Musrenbang Pesisir Barat digelar.")


def test_extract_reads_the_role_boundary_end_to_end():
    record = {"id": "x", "url": "u", "title": "Rakor Arus Mudik", "published": "2025-03-20",
              "text": "Gubernur memimpin rapat koordinasi arus mudik, Rabu (19/3/2025). Hadir General Manager "
                      "PT ASDP Indonesia Ferry Cabang Bakauheni Rosmawati."}
    names = [o["name"] for o in extract(record)["officials"]]
    assert "Rosmawati" in names and not any("Bakauheni" in n for n in names)
