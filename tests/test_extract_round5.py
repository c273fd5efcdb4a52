"""General rules of round 5 (after the third held-out set), each on its own snippet."""

from datetime import date

from pipelines.extract import extract
from pipelines.extract.dates import find_dates
from pipelines.extract.people import mentions
from pipelines.extract.places import city, region_in, venue


def test_a_street_named_after_a_city_is_not_that_city():
    assert region_in("Kantor Kementerian Perhubungan, Jalan Medan Merdeka Barat, Jakarta Pusat") == "Jakarta"
    assert region_in("Jl. Metro Raya, Kota Metro") == "Kota Metro"
    assert city("Kantor Kementerian, Jalan Medan Merdeka Barat, Jakarta", [], None) == "Jakarta"


def test_a_venue_phrase_ends_before_a_purpose_clause():
    found = venue(["Ia meminta dermaga ditambah di Ruang Rapat Utama, Lampung Selatan, agar antrean tidak terulang."])
    assert found == "Ruang Rapat Utama, Lampung Selatan"


def test_a_meeting_room_is_the_venue_before_a_port_that_is_talked_about():
    units = ["Gubernur meminta dermaga baru di Pelabuhan Bakauheni.",
             "Permintaan itu disampaikan saat audiensi di Kantor Kementerian Perhubungan, Jakarta, kemarin."]
    assert venue(units) == "Kantor Kementerian Perhubungan, Jakarta"
    assert venue(["Upacara digelar di Lapangan Saburai, Senin (1/9/2025)."]) == "Lapangan Saburai"


def test_a_wire_style_weekday_closing_the_lead_is_the_filing_week_day():
    hits = find_dates("Gubernur menyampaikan LKPJ dalam rapat paripurna di Bandarlampung, Selasa.", date(2021, 3, 30))
    assert [h.value for h in hits] == [date(2021, 3, 30)]
    hits = find_dates("Rapat digelar di Bandarlampung, Senin.", date(2021, 3, 31))
    assert [h.value for h in hits] == [date(2021, 3, 29)]
    assert find_dates("Pasar buka setiap Senin dan Kamis.", date(2021, 3, 31)) == []  # a weekday alone stays too weak


def test_an_opinion_column_reports_no_meeting():
    record = {"id": "o1", "url": "https://bappeda.lampungprov.go.id/detail-post/opini", "published": "2024-09-20",
              "title": "Opini: Musrenbang Jangan Sekadar Ritual Tahunan",
              "text": "Oleh: Rika Anggraini, S.E. Perencana Ahli Muda\n\nSetiap tahun musrenbang digelar berjenjang "
                      "di aula kecamatan dan rapat koordinasi dipimpin kepala daerah."}
    result = extract(record)
    assert result["is_meeting"] is False and result["event_type"] == "other"


def test_words_of_an_office_name_are_never_part_of_a_person_name():
    found = mentions("Koordinator Regional Badan Gizi Nasional (BGN) Wilayah Lampung, Rizky Aditya Pratama, hadir.")
    assert "Gizi Nasional" not in [m[3] for m in found]
    assert [m[3] for m in mentions("Hadir Kepala Badan Gizi Nasional Dadan Hindayana.")] == ["Dadan Hindayana"]
    assert [m[3] for m in mentions("Hadir Kepala Biro Umum Jakarta dan tamu lainnya.")] == []
