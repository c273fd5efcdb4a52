"""General rules added after the held-out evaluation: each one on a sentence of its own."""

from datetime import date

from pipelines.extract import extract
from pipelines.extract.classify import classify
from pipelines.extract.chair import chair
from pipelines.extract.people import mentions, with_subject
from pipelines.extract.places import city
from pipelines.extract.text import clean_lines, is_headline, sentences


def _x(title, text, published="2025-04-16"):
    return extract({"id": "t", "url": "u", "title": title, "text": text, "published": published})


def test_office_abbreviations_are_never_a_person_name():
    for sentence in ("Rapat dipimpin Plh Setda Provinsi Lampung.", "Kepala Biro Umum Setda Provinsi Lampung hadir.",
                     "Rapat dibuka Kepala Dinkes Pringsewu."):
        assert mentions(sentence) == []
    found = mentions("Sidang dipimpin Kepala Disnakertrans Provinsi Lampung Agus Nompitu dan dihadiri pengusaha.")
    assert [(m[2], m[3]) for m in found] == [("Kepala Disnakertrans Provinsi Lampung", "Agus Nompitu")]


def test_a_long_office_name_continues_the_role_up_to_the_name():
    found = mentions("FGD dibuka oleh Deputi Bidang Pengembangan Regional Kementerian PPN/Bappenas Tri Dewi Virgiyanti.")
    assert found and found[0][3] == "Tri Dewi Virgiyanti"
    assert found[0][2].endswith("PPN/Bappenas")


def test_fiscal_year_and_central_team_words_are_not_names():
    assert mentions("LKPJ Bupati Lampung Selatan Tahun Anggaran 2024 disampaikan.") == []
    assert [m[3] for m in mentions("Wapres selaku Ketua Pengarah Tim Percepatan Penurunan Stunting Pusat.")] == []


def test_dateline_glued_by_dashes_still_starts_a_mention():
    assert mentions("Lampost.co--Bupati Tulangbawang Barat Novriwan Jaya meminta usulan difokuskan.")[0][3] == "Novriwan Jaya"


def test_rank_abbreviation_does_not_end_the_sentence():
    sents = sentences(["Kapolda Lampung Irjen Pol. Helfi Assegaf melakukan courtesy call kepada Gubernur, Jumat."])
    assert len(sents) == 1 and mentions(sents[0])[0][3] == "Helfi Assegaf"


def test_attendance_list_is_prose_not_a_headline():
    assert not is_headline("Hadir Wakil Gubernur Jihan Nurlela dan Pj Sekdaprov Fredy.")
    assert is_headline("Gubernur Mirza Audiensi dengan Menteri Pertanian, Bahas Tata Niaga Singkong")


def test_a_name_read_from_a_headline_needs_the_article_to_know_it():
    units = ["Gubernur Mirza Audiensi dengan Menteri Pertanian, Bahas Tata Niaga Singkong",
             "Gubernur beraudiensi dengan Menteri Pertanian Andi Amran Sulaiman di Jakarta Selatan."]
    assert chair(units, date(2025, 4, 15), [], audience=True)["name"] == "Andi Amran Sulaiman"


def test_courtesy_call_host_chairs_the_audience():
    r = _x("Kapolda Lampung Courtesy Call ke Gubernur", "Kapolda Lampung Helfi Assegaf melakukan courtesy call kepada "
           "Gubernur Lampung Rahmat Mirzani Djausal di Mahan Agung, Jumat (28/2/2025).")
    assert r["meeting_type"] == "audiensi" and r["chair"]["name"] == "Rahmat Mirzani Djausal"


def test_pronoun_sentence_takes_the_previous_subject():
    sents = ["Bupati Way Kanan Ali Rahman meminta usulan difokuskan pada jalan.",
             "Hal itu disampaikannya saat membuka musrenbang di Blambangan Umpu, Rabu (12/3)."]
    assert with_subject(sents)[1].startswith("Bupati Way Kanan Ali Rahman Hal itu")
    assert chair(with_subject(sents), date(2025, 3, 12))["name"] == "Ali Rahman"


def test_the_clause_after_usai_is_the_headline_event():
    assert classify("Usai rakor TPID, Wagub Jihan tinjau Pasar Tugu", []).event_type == "visit"
    assert classify("Usai pelantikan, Gubernur menggelar rapat dengan kepala OPD", []).is_meeting


def test_headline_base_verb_terima_reports_a_received_visit_as_audience():
    c = classify("DPRD Lampung Terima Kunjungan Kerja Komisi I DPRD Provinsi Bengkulu", [])
    assert c.is_meeting and c.meeting_type == "audiensi"


def test_online_meeting_with_a_ministry_is_not_an_audience():
    """An online meeting with a ministry is no courtesy call: a national meeting followed online coordinates."""
    c = classify("DLH Bahas Sampah Pesisir", ["Dinas Lingkungan Hidup menggelar pertemuan virtual dengan Direktorat "
                                             "Pengelolaan Sampah Kementerian Lingkungan Hidup, Rabu (21/9/2022)."])
    assert c.meeting_type == "rapat_koordinasi"


def test_room_of_a_provincial_body_is_in_the_capital_not_the_regency_discussed():
    units = ["Komisi IV menggelar rapat kerja membahas ruas jalan rusak di Lampung Tengah."]
    assert city("ruang rapat Komisi IV DPRD Provinsi Lampung", units, None) == "Kota Bandar Lampung"


def test_shouted_promo_lines_are_page_noise():
    lines = clean_lines("Gubernur menemui Menteri Pertanian di Jakarta, kemarin.\n\n"
                        "Video KUPAS TV : PETANI SINGKONG DEMO DI KANTOR GUBERNUR\nBERITA TERKINI HARI INI DARI LAMPUNG")
    assert lines == ["Gubernur menemui Menteri Pertanian di Jakarta, kemarin."]
