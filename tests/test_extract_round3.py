"""General rules added after the second held-out check: each on a snippet written for it."""

from datetime import date

from pipelines.extract import extract
from pipelines.extract.participants import participants
from pipelines.extract.people import chair, complete
from pipelines.extract.topics import topics


def test_bracketed_short_form_inside_a_body_name_keeps_the_whole_name():
    found = participants(["Rapat dihadiri Balai Pelaksana Jalan Nasional (BPJN) Lampung dan Dinas Perhubungan Provinsi Lampung."])
    assert "Balai Pelaksana Jalan Nasional (BPJN) Lampung" in found


def test_bracket_at_the_end_is_not_glued_to_a_body():
    found = participants(["Hadir Kepala Dinas Tanaman Pangan (Bani) serta perwakilan petani."])
    assert not any("(Bani)" in f for f in found)


def test_company_keeps_its_own_words():
    found = participants(["Rakor diikuti PT Hutama Karya selaku pengelola jalan tol."])
    assert "PT Hutama Karya" in found


def test_upper_case_short_form_with_a_region_is_a_body_but_documents_are_not():
    found = participants(["Rakor dihadiri Ketua KPU Provinsi Lampung dan KONI Kota Metro membahas APBD Provinsi Lampung."])
    assert "KPU Provinsi Lampung" in found and "KONI Kota Metro" in found
    assert not any(f.startswith("APBD") for f in found)


def test_region_name_does_not_swallow_the_next_persons_name():
    found = participants(["Audiensi dipimpin Ketua PWI Provinsi Lampung Wirahadikusumah."])
    assert "PWI Provinsi Lampung" in found


def test_office_of_kepala_perwakilan_is_a_participant():
    found = participants([], [{"name": "Siti Aminah", "role": "Kepala Perwakilan BKKBN Provinsi Lampung"}])
    assert found == ["Perwakilan BKKBN Provinsi Lampung"]


def test_short_chair_name_is_completed_from_the_same_article():
    known = [{"name": "M. Dawam Rahardjo", "role": "Bupati Lampung Timur", "person_id": None}]
    assert complete({"name": "Dawam", "role": "Bupati"}, known)["name"] == "M. Dawam Rahardjo"
    assert complete({"name": "Yusuf", "role": "Camat"}, known)["name"] == "Yusuf"  # no fuller form: kept


def test_host_receiving_an_audience_chairs_it_not_the_visitor():
    unit = "Bupati Way Kanan Ali Rahman menerima audiensi Ketua Ikatan Bidan Indonesia Kabupaten Way Kanan Sri Wahyuni di ruang kerjanya."
    assert chair([unit], date(2024, 5, 2), [], audience=True)["name"] == "Ali Rahman"


def test_a_visitor_meeting_the_host_still_names_the_host():
    unit = "Ketua Ikatan Bidan Indonesia Sri Wahyuni beraudiensi dengan Bupati Way Kanan Ali Rahman."
    assert chair([unit], date(2024, 5, 2), [], audience=True)["name"] == "Ali Rahman"


def test_a_subject_named_once_in_the_lead_is_a_topic_but_once_deep_in_the_body_is_not():
    assert "stunting" in topics("Rapat di Kantor Bupati", "", lead="Rapat membahas penurunan stunting di desa.")
    assert "stunting" not in topics("Rapat di Kantor Bupati", "Di akhir acara disinggung soal stunting.", lead="Rapat dibuka.")


def test_musrenbang_chair_short_form_in_title_resolved_end_to_end():
    rec = {"id": "x", "url": "https://tanggamus.go.id/berita/x", "published": "2024-03-05",
           "title": "Bupati Rudi Buka Musrenbang Kecamatan",
           "text": "KOTAAGUNG - Bupati Tanggamus Rudi Hartono Saputra membuka Musrenbang RKPD di Aula Kecamatan Talang Padang, Selasa (5/3/2024)."}
    out = extract(rec)
    assert out["is_meeting"] and out["chair"]["name"] == "Rudi Hartono Saputra"
