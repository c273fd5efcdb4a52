"""A meeting's report names the earlier meeting it follows up ('... menindaklanjuti arahan Presiden dalam Sidang Kabinet
Paripurna di Istana Negara, Jakarta, pada Senin (3/3/2025)'): that meeting's type, day, place and town are not the
report's."""

from datetime import date

import pytest

from pipelines.cluster import ClusterInput, _day_months
from pipelines.extract import extract
from pipelines.extract.clauses import without_followed_up

FOLLOWED_UP = ("Pertemuan tersebut menindaklanjuti arahan Presiden dalam Sidang Kabinet Paripurna di Istana Negara, "
               "Jakarta, pada Senin (3/3/2025).")


@pytest.mark.parametrize("sentence, kept", [
    (FOLLOWED_UP, "Pertemuan tersebut."),
    ("Gubernur memimpin rakor inflasi di Gedung Pusiban, Senin (10/3/2025), sebagai tindak lanjut hasil Rakor Nasional "
     "Pengendalian Inflasi.", "Gubernur memimpin rakor inflasi di Gedung Pusiban, Senin (10/3/2025)"),
])
def test_the_followed_up_meeting_is_cut_from_the_sentence(sentence, kept):
    assert without_followed_up(sentence) == kept


@pytest.mark.parametrize("sentence", [
    # a step or a statement follows up the meeting, which may be the report's own
    "Langkah itu merupakan tindak lanjut arahan dalam Rapat Koordinasi Pengendalian Inflasi Daerah, Senin (3/11).",
    # nothing held is followed up
    "Rapat digelar untuk menindaklanjuti laporan masyarakat soal jalan rusak di Kecamatan Natar.",
    # a fronted clause is main_clause's to judge
    "Bandar Lampung - Menindaklanjuti Instruksi Mendagri, Gubernur menggelar rapat terbatas di Mahan Agung, Minggu (11/7).",
])
def test_a_sentence_that_follows_up_no_other_meeting_is_whole(sentence):
    assert without_followed_up(sentence) == sentence


REPORT = {
    "id": "t", "url": "u", "published": "2025-03-10",
    "title": "Gubernur Pimpin Rakor Pengendalian Inflasi Jelang Ramadan",
    "text": ("BANDAR LAMPUNG - Gubernur Lampung Rahmat Mirzani Djausal memimpin Rapat Koordinasi Pengendalian Inflasi "
             "bersama Forkopimda. " + FOLLOWED_UP.replace("Senin (3/3/2025)", "Jumat (7/3/2025)") + "\n\n"
             "Rakor membahas stok beras dan harga cabai menjelang Ramadan bersama bupati dan wali kota se-Provinsi "
             "Lampung."),
}


def test_the_report_keeps_its_own_type_day_place_and_town():
    """The lead states no day and no place: the report's day is assumed, never the followed-up meeting's, and the
    followed-up meeting's palace in Jakarta is no venue or town of this one."""
    x = extract(REPORT)
    assert (x["meeting_type"], x["meeting_date"], x["city"]) == ("rapat_koordinasi", "2025-03-10", "Kota Bandar Lampung")
    assert x["date_assumed"] and x["venue"] is None


def test_clustering_leaves_out_the_followed_up_meetings_day():
    text = REPORT["text"].replace("bersama Forkopimda.", "bersama Forkopimda, Senin (10/3/2025).")
    assert _day_months(ClusterInput(id="t", text=text)) == {(10, 3)}


def test_the_hour_of_the_followed_up_meeting_goes_with_its_day():
    """'... dalam Sidang Kabinet Paripurna ..., pada Senin (16/6/2025) pukul 09.00 WIB.': the hour is the cabinet
    session's too; nothing of it is left to the sentence's own meeting."""
    sentence = ("Pertemuan tersebut menindaklanjuti arahan Presiden dalam Sidang Kabinet Paripurna di Istana Negara, "
                "Jakarta, pada Senin (16/6/2025) pukul 09.00 WIB.")
    assert without_followed_up(sentence, date(2025, 6, 23)) == "Pertemuan tersebut."
