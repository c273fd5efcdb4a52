"""Meeting dates: day/month forms, relative days and wire-style weekdays, resolved against publication."""

from datetime import date
from pathlib import Path

import pytest

from pipelines.extract import extract
from pipelines.extract.dates import find_dates, resolve_yearless, text_year
from tests.extract_support import run, run_recorded


@pytest.mark.parametrize("snippet, published, expected", [
    ("Rabu (16/4)", date(2025, 4, 17), date(2025, 4, 16)),
    ("Kamis (15/09/21)", date(2021, 9, 16), date(2021, 9, 15)),
    ("(16/04/2025)", None, date(2025, 4, 16)),
    ("Senin, 13 Oktober 2025", None, date(2025, 10, 13)),
    ("pada 5 Agt 2024", None, date(2024, 8, 5)),
    ("tanggal 2 Nop 2023", None, date(2023, 11, 2)),
    ("Selasa 30/8/2022 pagi", None, date(2022, 8, 30)),
    ("Rabu (2/1)", date(2024, 12, 30), date(2025, 1, 2)),  # year-less date just after new year
    ("Jumat (27/12)", date(2025, 1, 3), date(2024, 12, 27)),
    ("pada Senin lalu", date(2025, 4, 17), date(2025, 4, 14)),
    ("rapat digelar kemarin pukul 14.00 WIB", date(2025, 4, 17), date(2025, 4, 16)),
    ("akan digelar Kamis (24/4) mendatang", date(2025, 4, 17), date(2025, 4, 24)),
    ("Bupati tadi pagi memimpin rakor", date(2025, 4, 17), date(2025, 4, 17)),  # earlier the same day
    ("rapat yang digelar siang tadi", date(2025, 4, 17), date(2025, 4, 17)),
])
def test_day_month_weekday_and_relative_date_forms(snippet, published, expected):
    """Day/month forms (with or without year, short months) and relative days resolve against publication."""
    assert find_dates(snippet, published)[0].value == expected


def test_yearless_date_without_anchor_uses_stated_year():
    """A year-less day/month with no publication date takes the stated year, else stays unresolved."""
    assert resolve_yearless(4, 16, None, 2023) == date(2023, 4, 16)
    assert resolve_yearless(4, 16, None, None) is None


def test_iso_meta_date_is_not_read_as_day_month():
    """An ISO date (2026-02-12) is not misread as a day/month pair."""
    assert all(h.value != date(2012, 2, 26) for h in find_dates("date 2026-02-12 lalu", date(2026, 2, 12)))


def test_wire_style_weekday_closing_the_lead_is_in_the_filing_week():
    """A weekday closing a wire-style lead ('..., Selasa.') is that day of the filing week; alone it is no date."""
    hits = find_dates("Gubernur menyampaikan LKPJ dalam rapat paripurna di Bandarlampung, Selasa.", date(2021, 3, 30))
    assert [h.value for h in hits] == [date(2021, 3, 30)]
    hits = find_dates("Rapat digelar di Bandarlampung, Senin.", date(2021, 3, 31))
    assert [h.value for h in hits] == [date(2021, 3, 29)]
    assert find_dates("Pasar buka setiap Senin dan Kamis.", date(2021, 3, 31)) == []  # a weekday alone stays too weak


def test_year_less_date_takes_the_year_its_weekday_agrees_with():
    """No publication date: 'Selasa (19/3)' in an article about 2023 and 2024 is 19 March 2024, a Tuesday."""
    out = run("Pansus LKPj 2023 dibentuk dalam rapat paripurna DPRD Lampung, Selasa (19/3). Laporan tahun 2023 dibahas "
              "pada 2024.", published=None)
    assert out["meeting_date"] == "2024-03-19"


def test_year_less_date_takes_the_articles_year_without_publication_date():
    """No publication date: 'Kamis 20/12' takes the year the article states."""
    out = run("Rakor Penanggulangan Kemiskinan 2018 digelar di Gedung Pusiban, Kamis 20/12.", published=None)
    assert out["meeting_date"] == "2018-12-20"


def test_date_range_starts_on_its_first_day():
    """'pada 27-29 Maret 2018' is a meeting that begins on the 27th."""
    out = run("Rapat Kerja Gubernur se-Jawa dan Lampung digelar pada 27-29 Maret 2018 di Bandar Lampung.",
              published="2018-03-12")
    assert out["meeting_date"] == "2018-03-27"


@pytest.mark.parametrize("when", ["pada 4 s.d. 6 Maret 2025", "pada 4 s/d 6 Maret 2025", "Selasa-Kamis (4 s/d 6/3)"])
def test_a_range_written_with_sd_starts_on_its_first_day(when):
    """'s.d.' (sampai dengan) neither ends the sentence nor hides the first day; 's/d' is the same word."""
    out = run(f"Rapat kerja teknis Bappeda digelar {when} di Hotel Novotel Bandar Lampung.", published="2025-03-07")
    assert out["meeting_date"] == "2025-03-04"


def test_date_nearest_the_meeting_wins_over_an_aside():
    """'-puasa dimulai Kamis (19/2/2026)- tetapi pada Selasa (17/2/2026) ... mengadakan rapat': the meeting's date."""
    out = run("Ramadan belum datang -puasa diperkirakan dimulai Kamis (19/2/2026) lusa- tetapi pada Selasa (17/2/2026) "
              "siang ini Pemprov Lampung sudah mengadakan rapat kesiapan angkutan lebaran.", published="2026-02-17")
    assert out["meeting_date"] == "2026-02-17"


def test_date_further_down_when_the_lead_has_none():
    """A lead without any date: the first explicit date of the article is the meeting's."""
    lead = ["Rapat paripurna DPRD Kota Bandar Lampung membahas enam raperda inisiatif."] + [
        f"Fraksi {i} menyampaikan pandangan umumnya atas raperda tersebut." for i in range(6)]
    out = run(" ".join(lead + ["Pandangan itu disampaikan Pemkot Bandar Lampung, Senin (8/9/2025)."]), published=None)
    assert out["meeting_date"] == "2025-09-08"


def test_cms_meta_lines_are_not_the_meeting_date():
    """A bulleted meta line ('• 21 April 2025') under the repeated title is furniture, not the event's date."""
    text = ("Bappeda Gelar FGD RPJMD – Tematik\n• 14:18 WIB\n• 21 April 2025\n• Super Administrator\n• Dilihat 6 kali\n"
            "Bandar Lampung - FGD Tematik RPJMD diselenggarakan Bappeda Provinsi Lampung pada Kamis, (17/4/2025).")
    out = run(text, title="Bappeda Gelar FGD RPJMD – Tematik", published="2025-04-21")
    assert out["meeting_date"] == "2025-04-17"


def test_meeting_without_a_stated_date_is_dated_by_its_report_and_says_so():
    """No date in the text: the publication day, with date_text empty and date_assumed true."""
    out = run("Gubernur Lampung memimpin rapat koordinasi pengendalian inflasi di Balai Keratun.", published="2025-03-04")
    assert (out["meeting_date"], out["date_text"], out["date_assumed"]) == ("2025-03-04", None, True)
    stated = run("Gubernur memimpin rakor inflasi di Balai Keratun, Senin (3/3/2025).", published="2025-03-04")
    assert (stated["meeting_date"], stated["date_assumed"]) == ("2025-03-03", False)


def test_date_of_the_gathering_wins_over_a_named_election_day():
    """'Dua hari menjelang Pilkada 27 November 2024, Forkopimda berkumpul di Mahan Agung, Senin (25/11/2024)'."""
    out = run("Dua hari menjelang pemungutan suara Pilkada Serentak 27 November 2024, Forkopimda dan KPU berkumpul di "
              "Mahan Agung, Senin (25/11/2024), dalam rapat terbatas.", published="2024-11-25")
    assert out["meeting_date"] == "2024-11-25"


def test_weekday_of_last_week():
    """'Selasa pekan lalu' is the Tuesday of the previous calendar week."""
    assert find_dates("rapat pada Selasa pekan lalu", date(2025, 4, 21))[0].value == date(2025, 4, 15)
    assert find_dates("rapat pada Selasa pekan lalu", date(2025, 4, 25))[0].value == date(2025, 4, 15)


def test_the_evidence_sentences_own_relative_day_beats_another_events_full_date():
    """'... rapat di Ruang Rapat Utama, kemarin.' with 'Lebaran ... Rabu, 5 Juni 2019' elsewhere is the day before."""
    out = run("Pemkab Tanggamus menggelar rapat koordinasi angkutan lebaran di Ruang Rapat Utama, kemarin. Lebaran "
              "jatuh pada Rabu, 5 Juni 2019.", published="2019-05-29")
    assert out["meeting_date"] == "2019-05-28"


@pytest.mark.parametrize("aside", [
    "pencoblosan 9 Desember 2020", "data per 30 Juni 2025", "paling lambat 31 Mei 2025",
    "SK Kepala Dinas Nomor 05/V.26/SK tanggal 18 Maret 2021", "Pilkada serentak 27 November 2024",
    "menjelang Idul Fitri 10 April 2024", "hingga Jumat (25/4/2025)",
])
def test_a_date_governed_by_another_thing_is_never_the_meetings(aside):
    """Deadlines, data cut-offs, decree dates, election days and holidays are another thing's date."""
    hits = find_dates(aside, date(2025, 4, 17))
    assert hits and all(h.strength == 0 for h in hits)


def test_the_meetings_own_date_wins_over_an_election_day_in_the_lead():
    out = run("Soal jadwal pencoblosan 9 Desember 2020, Gubernur menyerahkan keputusan kepada KPU RI.\n"
              "\"Kita ikut pusat saja,\" ujar Gubernur Arinal Djunaidi, Senin (21/9).\n"
              "Ia menggelar rapat koordinasi Pilkada Serentak di Ruang Rapat Utama Gubernur.",
              title="Gubernur Gelar Rakor Pilkada Serentak", published=None)
    assert out["is_meeting"] and out["meeting_date"] == "2020-09-21"


@pytest.mark.parametrize("lead, expected", [
    ("Gubernur Lampung Arinal Djunaidi, Rabu, memimpin rapat koordinasi inflasi di Balai Keratun.", "2025-04-16"),
    ("Rapat koordinasi inflasi digelar di Balai Keratun, Rabu sore, dipimpin Gubernur Arinal Djunaidi.", "2025-04-16"),
    ("Gubernur Arinal Djunaidi memimpin rapat koordinasi inflasi di Balai Keratun Rabu pagi.", "2025-04-16"),
    ("Rapat koordinasi inflasi digelar Rabu di Balai Keratun, dipimpin Gubernur Arinal Djunaidi.", "2025-04-16"),
    ("Rapat koordinasi inflasi akan digelar Rabu di Balai Keratun, dipimpin Gubernur Arinal Djunaidi.", "2025-04-23"),
])
def test_a_weekday_alone_in_wire_style_or_after_a_holding_verb(lead, expected):
    """ANTARA's 'X, Rabu, memimpin', 'Rabu pagi', 'digelar Rabu': the last such weekday (the next after 'akan')."""
    out = run(lead, title="Gubernur Pimpin Rakor Inflasi", published="2025-04-18")
    assert out["meeting_date"] == expected and not out["date_assumed"]


def test_a_list_of_weekdays_is_no_date():
    out = run("Rapat koordinasi inflasi digelar tiap Senin, Selasa, dan Rabu di Balai Keratun.",
              title="Pemprov Gelar Rakor Inflasi Rutin", published="2025-04-18")
    assert out["date_assumed"]


@pytest.mark.parametrize("lead, expected", [
    ("Musrenbang digelar selama dua hari, Selasa-Rabu (8-9/4/2025), di Gedung Serba Guna Pemkab Pringsewu.",
     "2025-04-08"),
    ("Rapat kerja berlangsung Senin dan Selasa (14-15/4), di Ruang Rapat Badan Anggaran.", "2025-04-14"),
])
def test_a_two_day_numeric_range_dates_the_meeting_by_its_first_day(lead, expected):
    assert run(lead, title="Rapat Dua Hari", published="2025-04-17")["meeting_date"] == expected


def test_a_bare_numeric_range_is_a_number():
    assert find_dates("nilai rata-rata 3-4/5 dari target", date(2025, 4, 17)) == []


def test_the_date_of_a_clause_about_an_earlier_event_is_that_events():
    """'Sehari setelah meresmikan X, Selasa (8/7), Wagub menerima audiensi ..., Rabu (9/7)': the audience's date."""
    out = run("Sehari setelah meresmikan Rumah Singgah Pasien di Jakarta, Selasa (8/7), Wakil Gubernur Lampung Jihan "
              "Nurlela menerima audiensi pengurus IDI Lampung di ruang kerjanya, Rabu (9/7).",
              title="Wagub Terima Audiensi IDI", published="2025-07-10")
    assert out["meeting_date"] == "2025-07-09"


def test_the_meeting_told_again_with_its_holding_dates_it_over_a_recalled_date():
    out = run("FGD kedua digelar menyusul pertemuan awal yang digelar 17 Februari 2023. FGD itu berlangsung di Ruang "
              "Rapat Utama Dinas Kehutanan pada Jumat, 10 Maret 2023.", title="Dishut Gelar FGD Kedua", published=None)
    assert out["meeting_date"] == "2023-03-10"


def test_a_week_of_a_month_and_a_cause_after_setelah_are_no_meeting_dates():
    assert all(h.strength == 0 for h in find_dates("pada minggu ke 4 Juli", date(2024, 7, 9)))
    out = run("Pj Gubernur menggelar rapat terbatas penanganan banjir di Mahan Agung, Senin (20/1/2025). Rapat terbatas "
              "itu digelar setelah banjir merendam 14 kecamatan pada Sabtu (18/1/2025).", title="Ratas Banjir",
              published="2025-01-20")
    assert out["meeting_date"] == "2025-01-20"


def test_a_holidays_name_or_an_estimate_keeps_its_date_from_the_meeting():
    assert all(h.strength == 0 for h in find_dates("sehari sebelum libur Jumat Agung (18/4)", date(2025, 4, 21)))
    assert all(h.strength == 0 for h in find_dates("Ramadan diperkirakan dimulai 19 Februari 2026", date(2026, 2, 12)))


def test_a_weekday_before_a_full_date_is_that_dates_weekday():
    """'akan menggelar Rakor ... pada hari Kamis tgl 12/09/2019': the announced day, not the Thursday before the report."""
    from tests.extract_support import run
    out = run("MENGGALA - Pemkab Tulang Bawang akan menggelar Rapat Koordinasi persiapan Pilkakam serentak tahun 2019 pada hari "
              "Kamis tgl 12/09/2019 pukul 09.00 WIB s/d selesai bertempat di Aula Rumah Dinas Bupati.",
              title="Pemkab Tuba Akan Gelar Rakor", published="2019-09-09")
    assert out["meeting_date"] == "2019-09-12"


def test_hari_and_a_weekday_date_a_meeting():
    """'... di Ruang Rapat Bupati hari Senin.': the Monday of the report's week; 'setiap hari Senin' is a habit."""
    from pipelines.extract.dates import find_dates, parse_published
    published = parse_published("2018-07-10")
    assert [h.value.isoformat() for h in find_dates("Rapim digelar di Sukadana hari Senin.", published, None)] == ["2018-07-09"]
    assert find_dates("Apel digelar setiap hari Senin.", published, None) == []


@pytest.mark.parametrize("value,day", [("2025-04-14T23:30:00Z", "2025-04-15"), ("2025-04-14T10:00:00+07:00", "2025-04-14"),
                                       ("Senin, 14 April 2025 10:00 WIB", "2025-04-14"), ("14/04/2025", "2025-04-14"),
                                       ("2025/04/14", "2025-04-14"), ("tidak diketahui", None), ("2025-13-45", None)])
def test_publication_dates_as_feeds_and_pages_write_them(value, day):
    """An instant is dated in Asia/Jakarta (23:30 UTC is the next morning in Lampung); a page's own date form is read."""
    from pipelines.extract.dates import parse_published
    found = parse_published(value)
    assert (found.isoformat() if found else None) == day


@pytest.mark.parametrize("lead", [
    # an incident the meeting responds to, dated right after it
    "Pemprov Lampung menggelar rapat koordinasi penanganan banjir yang melanda Kota Bandar Lampung, Jumat (12/4). Rapat "
    "dipimpin Sekda Fahrizal Darminto di Balai Keratun, Senin (15/4).",
    "Sekda memimpin rapat koordinasi penanganan banjir yang terjadi Jumat (12/4) lalu, di Balai Keratun, Senin (15/4).",
    # an earlier meeting it follows up
    "Menindaklanjuti rapat pada 3 April lalu, Sekda Fahrizal Darminto memimpin rapat koordinasi lanjutan di Balai "
    "Keratun, Senin (15/4).",
    "Sekda Fahrizal Darminto memimpin rapat lanjutan di Balai Keratun, Senin (15/4), menindaklanjuti hasil rakor "
    "Forkopimda pada 3 April.",
    # the day a postponed meeting was first set for
    "Rapat koordinasi yang semula dijadwalkan Jumat (12/4) diundur menjadi Senin (15/4). Sekda memimpin rapat di Balai "
    "Keratun.",
    # the event being prepared, beside the report's own date
    "Rapat koordinasi persiapan Lampung Fair yang akan digelar 20 Mei 2024 dipimpin Sekda Fahrizal Darminto di Balai "
    "Keratun, Senin (15/4).",
    "Sekda Fahrizal Darminto memimpin rapat koordinasi persiapan MTQ tingkat provinsi pada 1-7 Juni 2024 di Balai Keratun, "
    "Senin (15/4).",
    "Gubernur memimpin rapat persiapan HUT Provinsi Lampung yang akan digelar Senin (20/5), di Balai Keratun, Senin (15/4).",
])
def test_the_day_of_what_a_meeting_responds_to_or_prepares_for_is_not_its_own(lead):
    assert run(lead, title="Rakor", published="2024-04-17")["meeting_date"] == "2024-04-15"


@pytest.mark.parametrize("lead, expected", [
    ("Gubernur memimpin rapat persiapan HUT Provinsi Lampung pada Senin (15/4).", "2024-04-15"),
    ("Gubernur memimpin rapat persiapan MTQ pada 20 Mei 2024.", "2024-05-20"),
])
def test_a_preparation_meetings_only_date_or_report_weekday_is_its_own(lead, expected):
    """Alone in the sentence, the date after 'persiapan X' may be the meeting's: it yields only to another date."""
    assert run(lead, title="Rakor", published="2024-04-17")["meeting_date"] == expected


def test_a_headline_dated_in_full_dates_an_undated_lead_before_a_holidays_dates():
    """'Senin 16 Maret 2026, Gubernur Pimpin Rapim' over a lead whose only date is the holiday the meeting discussed."""
    out = run("Gubernur Lampung memimpin rapat pimpinan di Ruang Rapat Gubernur, Kantor Gubernur Lampung. Sesuai surat "
              "edaran menteri, cuti bersama Idul Fitri 1447 Hijriah berlangsung 18 hingga 24 Maret 2026.",
              title="Senin 16 Maret 2026, Gubernur Pimpin Rapim: ASN Dilarang Tambah Libur", published="2026-03-17")
    assert out["meeting_date"] == "2026-03-16"


def test_a_meeting_that_ran_for_days_is_dated_by_its_opening_not_its_closing():
    """'Musrenbang ... ditutup hari ini' over 'yang dibuka Gubernur pada Selasa (7/4)': the first day."""
    out = run("Bandarlampung (ANTARA) - Musrenbang RKPD Provinsi Lampung Tahun 2027 ditutup hari ini dengan kesepakatan lima "
              "prioritas pembangunan. Musrenbang yang dibuka Gubernur Lampung pada Selasa (7/4) di Hotel Novotel Lampung itu "
              "ditutup oleh Sekretaris Daerah Provinsi Lampung, Rabu.",
              title="Musrenbang Lampung 2027 sepakati lima prioritas pembangunan", published="2026-04-08")
    assert out["meeting_date"] == "2026-04-07"


def test_the_speakers_today_in_a_quotation_yields_to_the_narrations_date():
    """'"... dalam rakor hari ini," kata Gubernur usai memimpin rapat ..., Senin (9/3)' published the next day."""
    out = run("Bandarlampung (ANTARA) - \"Semua sudah kita petakan dalam rakor hari ini,\" kata Gubernur Lampung usai memimpin "
              "rapat koordinasi lintas sektoral di Kantor Gubernur Lampung, Senin (9/3).", published="2026-03-10")
    assert out["meeting_date"] == "2026-03-09"


def test_a_postponed_meeting_is_dated_by_its_new_day():
    """'RDP ... yang sedianya digelar hari ini, Selasa (3/2), diundur menjadi Kamis (5/2/2026)': the new day."""
    out = run("Rapat dengar pendapat Komisi IV DPRD Provinsi Lampung bersama Dinas Kesehatan yang sedianya digelar hari ini, "
              "Selasa (3/2), diundur menjadi Kamis (5/2/2026).", title="RDP Komisi IV Diundur ke Kamis",
              published="2026-02-03")
    assert out["meeting_date"] == "2026-02-05"


def test_a_date_weeks_before_the_report_outside_the_meeting_sentence_is_another_events():
    """'Langkah yang sudah dilakukan antara lain menggelar pasar murah tanggal 17 Januari 2021' in a March report."""
    out = run("Rapat koordinasi daerah HBKN diselenggarakan Dinas Perindustrian dan Perdagangan Provinsi Lampung. Langkah yang "
              "sudah dilakukan antara lain menggelar pasar murah tanggal 17 Januari 2021 di Lapangan PKOR Way Halim.",
              title="Disperindag Gelar Rakor HBKN", published="2021-03-24")
    assert out["meeting_date"] == "2021-03-24"


def test_the_date_of_the_event_a_meeting_is_held_ahead_of_is_not_its_own():
    """'Menjelang Pilkakam serentak yang akan digelar ... pada 1 November 2023, Bupati memimpin ratas ..., Selasa
    (10/10/2023)'."""
    out = run("Menjelang pelaksanaan Pemilihan Kepala Kampung serentak yang akan digelar di 168 kampung pada 1 November 2023, "
              "Bupati Lampung Tengah Dr. H. Ruslan Efendi, M.M. memimpin rapat terbatas (ratas) bersama unsur Forkopimda di Ruang "
              "Rapat Nuwo Balak, Kompleks Pemkab Lampung Tengah, Gunung Sugih, Selasa (10/10/2023).", title="Bupati Lamteng Gelar Rapat Terbatas", published="2023-10-10")
    assert out["meeting_date"] == "2023-10-10"


def test_a_holiday_named_with_its_year_before_a_comma_leaves_the_reports_day_its_own():
    """'... pengamanan Natal 2023 dan Tahun Baru 2024, Selasa (19/12/2023), di Gedung Serbaguna': the meeting's day, not
    the operation's start later in the text."""
    out = run("Polda Lampung menggelar Rapat Koordinasi Lintas Sektoral dalam rangka Operasi Lilin pengamanan Natal 2023 dan "
              "Tahun Baru 2024, Selasa (19/12/2023), di Gedung Serbaguna Mapolda Lampung. Kapolda menyebut operasi akan "
              "berlangsung mulai 22 Desember 2023 hingga 2 Januari 2024.", title="Rakor Operasi Lilin",
              published="2023-12-19")
    assert out["meeting_date"] == "2023-12-19"


def test_an_election_day_written_as_pemilihan_umum_is_the_elections():
    """'... kesiapan Pemilihan Umum serentak 17 April 2019, di Ruang Rapat Utama ..., Kamis (14/2)'."""
    out = run("Gubernur memimpin Rapat Koordinasi Forkopimda dalam rangka kesiapan Pemilihan Umum serentak 17 April 2019, "
              "di Ruang Rapat Utama Kantor Gubernur Lampung, Kamis (14/2).", title="Gubernur Pimpin Rakor Forkopimda",
              published="2019-02-15")
    assert out["meeting_date"] == "2019-02-14"


def test_an_announced_meeting_is_dated_by_the_sentence_that_schedules_it():
    """'Rapat dengar pendapat (RDP) dengan PTPN dijadwalkan berlangsung Kamis (12/6/2025)': the date the statement
    announcing it was made ('..., Rabu (4/6/2025)') is not the meeting's."""
    out = run("Hal itu ditegaskan Ketua Pansus Tata Kelola Lahan DPRD Provinsi Lampung, Andika Wibawa, saat ditemui usai "
              "rapat internal pansus di Gedung DPRD, Rabu (4/6/2025). Andika memastikan pansus akan memanggil manajemen PTPN. Rapat dengar "
              "pendapat (RDP) dengan PTPN dijadwalkan berlangsung Kamis (12/6/2025) pukul 10.00 WIB.",
              title="Pansus Lahan Panggil PTPN", published="2025-06-04")
    assert out["meeting_date"] == "2025-06-12"


def test_the_date_of_an_act_the_meeting_follows_up_is_that_acts():
    """'... merupakan tindak lanjut dari penetapan pasangan calon terpilih oleh KPU pada 9 Januari 2025': not the
    plenary's day; a meeting named 'Rapat Evaluasi Tindak Lanjut ...' keeps its own."""
    out = run("DPRD Provinsi Lampung menggelar rapat paripurna pengumuman usul pengesahan gubernur terpilih. \"Hari ini kami "
              "umumkan secara resmi dalam rapat paripurna,\" kata Ketua DPRD, Senin. Ia mengatakan pengumuman tersebut "
              "merupakan tindak lanjut dari penetapan pasangan calon terpilih oleh KPU Provinsi Lampung pada 9 Januari 2025.",
              title="DPRD Lampung umumkan usulan pengesahan gubernur terpilih", published="2025-01-13")
    assert out["meeting_date"] == "2025-01-13"
    named = run("Inspektorat menggelar Rapat Evaluasi Tindak Lanjut Hasil Pemeriksaan BPK pada Rabu, 25 Februari 2026, di "
                "Ruang Rapat Inspektorat.", title="Rapat Evaluasi TLHP BPK", published="2026-02-26")
    assert named["meeting_date"] == "2026-02-25"


def test_the_day_an_incident_began_is_the_incidents():
    """'Menyikapi banjir yang merendam ratusan rumah di Kabupaten Pesisir Barat sejak Sabtu (17/3/2018), Pjs Gubernur
    menggelar rapat terbatas ..., Senin (19/3/2018)': the meeting's day is Monday."""
    out = run("BANDAR LAMPUNG - Menyikapi banjir yang merendam ratusan rumah di Kabupaten Pesisir Barat sejak Sabtu "
              "(17/3/2018), Pjs Gubernur Lampung Didik Suprayitno menggelar rapat terbatas bersama sejumlah kepala OPD "
              "terkait di ruang kerja Pjs Gubernur, Senin (19/3/2018).",
              title="Banjir Landa Pesisir Barat, Pjs Gubernur Gelar Rapat Terbatas", published="2018-03-19")
    assert out["meeting_date"] == "2018-03-19"


def test_the_day_a_state_began_is_not_the_meetings():
    """'Rakor tersebut digelar menindaklanjuti ... harga BBM yang berlaku sejak 3 September 2022': the day the price
    took effect; the meeting is dated in the lead."""
    out = run("Bandar Lampung - Sekretaris Daerah Provinsi Lampung memimpin Rapat Koordinasi Pengendalian Inflasi Daerah di "
              "Ruang Rapat Sakai Sambayan, Selasa (13/9/2022). Rakor tersebut digelar menindaklanjuti arahan Presiden "
              "agar pemerintah daerah menekan dampak penyesuaian harga BBM yang berlaku sejak 3 September 2022.",
              title="Sekdaprov Pimpin Rakor Pengendalian Inflasi", published="2022-09-13")
    assert out["meeting_date"] == "2022-09-13"


def test_a_news_agencys_dateline_dates_a_story_that_states_no_other_day():
    """'Kalianda, 12/9 (ANTARA) - ... menggelar rapat koordinasi ...', posted the next morning: the dateline's day."""
    out = run("Kalianda, 12/9 (ANTARA) - Pemerintah Kabupaten Lampung Selatan menggelar rapat koordinasi Tim Percepatan "
              "Penurunan Stunting di Aula Rajabasa Kantor Bupati Lampung Selatan.",
              title="Lampung Selatan Gelar Rakor Stunting", published="2022-09-13T07:10:00+07:00")
    assert out["meeting_date"] == "2022-09-12"
    assert run("Harga cabai turun 3/4 dari pekan lalu, kata pedagang. Rapat koordinasi digelar di Aula Rajabasa.",
               title="Rakor Harga", published="2022-09-13")["meeting_date"] == "2022-09-13"  # (a fraction stays one)


def test_a_meeting_told_where_it_sat_is_dated_by_that_sentence():
    """'Rapat berlangsung di Ruang Rapat Wali Kota, ..., Senin' dates the meeting before the flood's 'Jumat (17/1)'."""
    out = run("Bandarlampung (ANTARA) - Wali Kota Eva Dwiana mengumpulkan seluruh camat dan lurah untuk rapat penanganan "
              "banjir. Rapat berlangsung di Ruang Rapat Wali Kota, Kantor Pemerintah Kota Bandarlampung, Senin, dan diikuti "
              "BPBD. Ia mengatakan banjir pada Jumat (17/1) malam terjadi akibat hujan deras.",
              title="Eva Kumpulkan Camat dan Lurah", published="2025-01-20T15:00:00+07:00")
    assert out["meeting_date"] == "2025-01-20"


@pytest.mark.parametrize("noun", ["Rapat terbatas", "Ratas", "Rapim", "Raker", "RDP"])
def test_a_meeting_told_where_it_sat_in_a_relative_clause_is_dated_by_that_sentence(noun):
    """'Rapat terbatas yang berlangsung di ruang rapat Gubernur Lampung, Senin, ...' dates the meeting before the flood's
    'Sabtu (17/1)' in the lead, told by its short form too ('Ratas yang berlangsung di ...')."""
    out = run("Bandarlampung (ANTARA) - Gubernur Lampung Rahmat Mirzani Djausal menggelar rapat terbatas bersama Pemerintah "
              "Kota Bandarlampung, BPBD dan BBWS Mesuji Sekampung untuk menangani banjir yang melanda sejumlah kecamatan di "
              f"kota itu pada Sabtu (17/1) malam. {noun} yang berlangsung di ruang rapat Gubernur Lampung, Senin, "
              "dihadiri Wali Kota Bandarlampung.", title="Gubernur Gelar Rapat Terbatas Banjir",
              published="2026-01-19T16:00:00+07:00")
    assert out["meeting_date"] == "2026-01-19"


def test_a_meeting_said_to_run_since_one_day_until_another_is_dated_by_its_first():
    """'berlangsung tiga hari, sejak Selasa (8/3) hingga Kamis (10/3)': since ... until is the meeting's own span."""
    out = run("BANDAR LAMPUNG - Rapat kerja teknis Dinas Perkebunan yang berlangsung tiga hari, sejak Selasa (8/3) hingga "
              "Kamis (10/3), di Hotel Horison resmi berakhir.", published="2022-03-11")
    assert out["meeting_date"] == "2022-03-08"


def test_a_meeting_reported_on_a_later_day_is_dated_by_the_day_it_opened():
    """'dibahas pada hari kedua Musrenbang ..., Rabu' then 'Musrenbang yang dibuka Gubernur pada Selasa (22/4) itu':
    a meeting that ran for days is dated by its opening."""
    out = run("Bandar Lampung, 23/4 (ANTARA) - Pemprov Lampung menetapkan pangan sebagai prioritas, sebagaimana dibahas pada "
              "hari kedua Musrenbang RKPD Provinsi Lampung di Bandar Lampung, Rabu.\n"
              "Musrenbang yang dibuka Gubernur Lampung pada Selasa (22/4) itu diikuti seluruh kabupaten/kota.",
              published="2025-04-23")
    assert out["meeting_date"] == "2025-04-22"


def test_words_said_at_a_meeting_a_week_before_the_report_keep_the_meeting_the_news():
    """'Permintaan itu ia sampaikan saat memimpin rapat koordinasi ..., Senin pekan lalu': late, but the lead's words
    were said at the meeting, so it is no recalled one."""
    out = run("METRO - Wakil Wali Kota Metro meminta perangkat daerah menyajikan data stunting by name by address.\n"
              "Permintaan itu ia sampaikan saat memimpin rapat koordinasi percepatan penurunan stunting di Ruang Rapat "
              "Utama Pemkot Metro, Senin pekan lalu.",
              title="Wawali Minta Data Stunting By Name", published="2024-08-15")
    assert out["is_meeting"] and out["meeting_date"] == "2024-08-05"


def test_a_features_meeting_is_dated_by_the_scene_just_before_it_not_the_leads_quote():
    """'... keluhnya saat ditemui, Senin (9/1/2023).' in the lead; 'Selasa malam (10/1/2023), Gubernur mengumpulkan ...'
    / 'Dalam rapat koordinasi ... itu, ...' past it: the meeting's day is the scene's."""
    lead = ["Lampung Tengah -- Sarjono memandangi tumpukan ubi kayu di pinggir ladangnya.",
            "Sudah empat hari singkong hasil panen itu tak terangkut.",
            "Antrean truk di pabrik mengular, sementara harga terus turun.",
            "Harga kini tinggal Rp900 sekilo, keluhnya saat ditemui, Senin (9/1/2023).",
            "Keluhan serupa datang dari petani di Lampung Timur.",
            "Sejumlah kelompok tani bahkan berencana menutup jalan menuju pabrik."]
    out = run("\n".join(lead + ["Jeritan petani itu rupanya sampai juga ke Mahan Agung.",
                                "Selasa malam (10/1/2023), Gubernur Lampung Arinal Djunaidi mengumpulkan para pemilik "
                                "pabrik tapioka di rumah dinas gubernur.",
                                "Pertemuan berlangsung tertutup.",
                                "Dalam rapat koordinasi yang berlangsung hampir tiga jam itu, Gubernur didampingi Kepala "
                                "Dinas Perindustrian dan Perdagangan."]),
              title="Petani Singkong Menjerit, Gubernur Kumpulkan Pengusaha Tapioka", published="2023-01-11")
    assert out["is_meeting"] and out["meeting_date"] == "2023-01-10"


@pytest.mark.parametrize("text, expected", [
    # a holiday named with its year, then the report's own weekday set off by commas
    ("DKPTPH Provinsi Lampung menggelar Rapat Koordinasi Pengendalian Harga Menjelang Natal 2024 dan Tahun Baru 2025, "
     "Kamis, di Ruang Rapat DKPTPH Provinsi Lampung.", "2024-12-12"),
    # fronted, before the hour, before a room in lower case, closing the text
    ("Senin, DPRD Kabupaten Lampung Selatan menggelar rapat paripurna pemandangan umum fraksi.", "2024-12-09"),
    ("Bupati membuka Musrenbang RKPD di Gedung Serbaguna Pemkab,Rabu pukul 08.30 WIB s/d selesai.", "2024-12-11"),
    ("Komisi II DPRD Lampung menggelar rapat kerja dengan mitra, Selasa di ruang rapat komisi.", "2024-12-10"),
    ("Sekda memimpin rapat evaluasi realisasi APBD di ruang rapat Sekretaris Daerah,Kamis", "2024-12-12"),
    # a span of weekdays starts on its first day
    ("Rapat Kerja Teknis Tanaman Pangan yang berlangsung tiga hari, sejak Selasa hingga Kamis, di Hotel Horison "
     "resmi berakhir.", "2024-12-10"),
])
def test_a_weekday_written_alone_dates_the_meeting_in_the_reports_week(text, expected):
    """A weekday with no date ('..., Kamis, di ...', 'Senin, DPRD ...', 'sejak Selasa hingga Kamis') is that day of
    the week the report came out in."""
    assert run(text, published="2024-12-13")["meeting_date"] == expected


@pytest.mark.parametrize("day", ["Rabu", "Rabu, 5/2/2025", "Rabu (05-02-2025)", "Rabu tanggal 5 Februari 2025"])
def test_a_meeting_named_late_in_a_feature_is_dated_by_its_set_off_weekday(day):
    """A feature whose meeting is told past the lead, '... di ruang rapat Komisi II, Rabu.' (or with its date in any
    notation), is that meeting's report."""
    lead = ("Pabrik tapioka kembali mangkir. Harga singkong di tingkat petani masih jauh di bawah acuan. Petani di "
            "Lampung Tengah mengeluh potongan rafaksi yang tinggi. Sebagian memilih menunda panen. Pedagang pengumpul "
            "pun menahan pembelian. Kondisi itu sudah berlangsung berbulan-bulan. ")
    out = run(lead + "Semua itu terjadi dalam rapat dengar pendapat Pansus dengan perusahaan tapioka di ruang rapat "
                     f"Komisi II Gedung DPRD Lampung, {day}. RDP dipimpin langsung Mikdar Ilyas.", published="2025-02-05")
    assert out["is_meeting"] and out["meeting_date"] == "2025-02-05"


def test_a_features_meeting_is_dated_by_the_weekday_of_the_scene_before_it():
    """'Situasi tersebut dibahas dalam pertemuan tertutup di Mahan Agung, Minggu malam. Gubernur ... menggelar rapat
    terbatas ...': the scene's weekday, not the lead's 'Senin pagi', dates the meeting told after it."""
    text = ("Pagar besi di sisi gerbang Gedung DPRD Provinsi Lampung masih miring, Senin pagi. Dua hari sebelumnya, "
            "ribuan mahasiswa berunjuk rasa di depan gedung itu. Aksi pada Jumat itu merupakan rangkaian unjuk rasa di "
            "sejumlah daerah. Polisi mencatat 31 orang sempat diamankan. Pedagang di sekitar Jalan Wolter Monginsidi "
            "menutup lapak lebih awal. \"Saya tutup dari siang, takut ada apa-apa,\" kata Harun, pedagang minuman. "
            "Situasi tersebut dibahas dalam pertemuan tertutup di Mahan Agung, Minggu malam. Gubernur Lampung Rahmat "
            "Mirzani Djausal menggelar rapat terbatas bersama unsur Forkopimda, di antaranya Kapolda Lampung.")
    out = run(text, title="Pascaunjuk rasa, Gubernur Lampung gelar rapat terbatas dengan Forkopimda",
              published="2025-09-01")
    assert out["is_meeting"] and out["meeting_date"] == "2025-08-31"


@pytest.mark.parametrize("verb", ["digelar", "diadakan", "diselenggarakan", "dilaksanakan"])
def test_the_day_a_postponed_meeting_was_first_set_for_in_any_verb_is_not_its_date(verb):
    """'RDP ... yang sedianya diadakan hari ini, Selasa (3/2), diundur menjadi Kamis (5/2/2026)': the new day."""
    out = run(f"Rapat dengar pendapat Komisi IV DPRD Provinsi Lampung yang sedianya {verb} hari ini, Selasa (3/2), "
              "diundur menjadi Kamis (5/2/2026).", published="2026-02-03")
    assert out["meeting_date"] == "2026-02-05"


def test_a_meeting_a_week_before_the_report_found_past_the_lead_is_recalled():
    """'Pelepasan ekspor ini merupakan tindak lanjut rapat koordinasi ... pada Kamis, 14 September 2023': twelve days
    before an export release's report, past its lead, that meeting is an earlier one the story recalls."""
    text = ("Gubernur Lampung Arinal Djunaidi melepas ekspor komoditas pertanian senilai Rp187 miliar di Dermaga D "
            "Pelabuhan Panjang, Selasa (26/9/2023). Pelepasan ditandai dengan pengibaran bendera start. \"Lampung ini "
            "gudangnya komoditas,\" kata Arinal. Badan Pusat Statistik mencatat nilai ekspor Lampung turun 14 persen. "
            "Kopi menjadi penyumbang terbesar kedua. Sepanjang 2023 Karantina telah menerbitkan 6.800 sertifikat. "
            "Pelepasan ekspor ini merupakan tindak lanjut rapat koordinasi percepatan ekspor yang digelar di Balai "
            "Keratun pada Kamis, 14 September 2023. Rakor yang dipimpin Sekretaris Daerah Provinsi Lampung Fahrizal "
            "Darminto itu mempertemukan eksportir dan Bea Cukai.")
    out = run(text, title="Arinal Lepas Ekspor Kopi dan Pisang ke Jepang dan Tiongkok", published="2023-09-26")
    assert not out["is_meeting"]


def test_a_holiday_named_with_its_year_then_pada_and_a_weekday_leaves_the_day_to_the_meeting():
    """'... pengamanan Natal 2024 dan Tahun Baru 2025 pada Kamis (19/12) di Ruang Rapat Utama': the holiday has its year;
    the weekday's date after 'pada' is the meeting's."""
    out = run("Penjabat Gubernur Lampung Samsudin memimpin rapat koordinasi kesiapan pengamanan Natal 2024 dan Tahun Baru "
              "2025 pada Kamis (19/12) di Ruang Rapat Utama Kantor Gubernur Lampung.", published="2024-12-20")
    assert out["meeting_date"] == "2024-12-19"


def test_a_span_of_days_with_an_hour_between_starts_on_its_first_day():
    """'sejak Selasa (8/3) pukul 09.00 WIB hingga Kamis (10/3) pagi': the hour does not end the span."""
    out = run("BANDAR LAMPUNG - Rapat Kerja Teknis (Rakertek) Tanaman Pangan Provinsi Lampung Tahun 2022 yang berlangsung "
              "tiga hari, sejak Selasa (8/3) pukul 09.00 WIB hingga Kamis (10/3) pagi, di Hotel Horison Bandar Lampung "
              "resmi berakhir.", "Rakertek Tanaman Pangan Resmi Berakhir", published="2022-03-11")
    assert out["meeting_date"] == "2022-03-08"


def test_the_datelines_filing_day_yields_to_the_day_the_sentence_tells():
    """'Bandar Lampung (10/03/2026) - Komisi II ... di Ruang Rapat ..., Jalan ..., Senin (9/3).': the meeting's day."""
    out = run("Bandar Lampung (10/03/2026) - Komisi II DPRD Provinsi Lampung menggelar rapat kerja bersama Dinas Ketahanan "
              "Pangan Provinsi Lampung di Ruang Rapat Komisi II DPRD Provinsi Lampung, Jalan Wolter Monginsidi Nomor 69, "
              "Senin (9/3).", "Komisi II Rapat Kerja Bahas Stok Beras", published="2026-03-10")
    assert out["meeting_date"] == "2026-03-09"


@pytest.mark.parametrize("lead, published, expected", [
    # an outlet's name and the place before the filing day, 'kemarin' reckoned from it
    ("PERS.NEWS, Bandar Lampung, Selasa (3/9/2024) – Sebanyak 85 anggota DPRD Provinsi Lampung resmi diambil sumpahnya "
     "di gedung DPRD setempat, kemarin. Dalam rapat paripurna istimewa tersebut, Ahmad Giri Akbar ditetapkan sebagai "
     "Ketua Sementara.", "2024-09-03", "2024-09-02"),
    ("RADARLAMPUNG.CO.ID, BANDAR LAMPUNG, Jumat, 5 Desember 2025 — Pemprov Lampung menggelar rapat evaluasi aplikasi "
     "bersama Tim Jakarta Smart City di Ruang Kerja Sekdaprov Lampung, Kamis kemarin.", "2025-12-05", "2025-12-04"),
    # the filing day in full, the meeting's in day and month
    ("Bandar Lampung, 9 Mei 2025 - Pemerintah Provinsi Lampung melalui Bappeda telah menyelenggarakan Musyawarah "
     "Perencanaan Pembangunan RPJMD 2025-2029, yang dirangkaikan dengan Desiminasi Laporan Perekonomian Lampung, pada "
     "Rabu (7/5) lalu di Kantor Bank Indonesia.", "2025-05-09", "2025-05-07"),
    # no publication date: the dateline's day is the one 'kemarin' counts from
    ("Bandar Lampung, Selasa (3/9/2024) - DPRD Lampung menggelar rapat paripurna kemarin.", None, "2024-09-02"),
    # a dateline's day alone dates the meeting
    ("Bandar Lampung, Selasa (3/9/2024) - DPRD Lampung menggelar rapat paripurna penetapan pimpinan.", None,
     "2024-09-03"),
])
def test_a_datelines_day_yields_to_the_sentences_own_and_anchors_its_relative_days(lead, published, expected):
    """The date after a dateline's outlet and place is the day the report was filed: the lead's own day, relative or
    written, dates the meeting."""
    assert run(lead, "Anggota DPRD Resmi Dilantik", published=published)["meeting_date"] == expected


def test_the_opening_day_is_read_past_a_titled_name():
    """'Musrenbang yang dibuka oleh Gubernur H. Rahmat Mirzani Djausal, S.H., M.H. pada Selasa (22/4) itu': the titles'
    stops do not hide the opening day of a meeting reported on its second day."""
    out = run("Bandar Lampung, 23/4 (ANTARA) - Pemprov Lampung menetapkan pangan sebagai prioritas RKPD 2026, sebagaimana "
              "dibahas pada hari kedua Musrenbang RKPD Provinsi Lampung di Bandar Lampung, Rabu.\n\nMusrenbang yang dibuka "
              "oleh Gubernur Lampung H. Rahmat Mirzani Djausal, S.H., M.H. pada Selasa (22/4) itu diikuti peserta dari "
              "kabupaten/kota.", title="Pemprov prioritaskan pangan dalam RKPD 2026", published="2025-04-23")
    assert out["meeting_date"] == "2025-04-22"


def test_a_quotations_attribution_day_is_the_day_it_was_spoken():
    """'"...," kata Iwan, Selasa (10/3/2026).' opening the report dates the statement; the meeting announced in the
    lead is 'Kamis (12/3)'."""
    out = run('"Bupati dan wali kota diminta hadir langsung, tidak diwakilkan," kata Iwan, Selasa (10/3/2026).\n\n'
              "Bandar Lampung - Gubernur Lampung akan mengumpulkan unsur Forkopimda untuk membahas pengamanan Idul "
              "Fitri.\n\nRapat koordinasi Forkopimda tersebut akan digelar Kamis (12/3) di Gedung Mahan Agung.",
              title="Gubernur Kumpulkan Forkopimda Kamis Ini", published="2026-03-10")
    assert out["meeting_date"] == "2026-03-12"


def test_an_undated_evidence_is_dated_by_the_leads_sentence_naming_the_meeting():
    """Evidence '"...," kata Arinal kepada wartawan usai ratas.' has no date: the ratas's own sentence ('... dalam rapat
    terbatas ..., Senin kemarin (19/7)') dates it, not the policy's start ('mulai 21 Juli 2021')."""
    out = run('"Saya minta semua pihak patuh," kata Arinal kepada wartawan usai ratas.\n\nBandar Lampung - Gubernur '
              "Lampung Arinal Djunaidi memastikan Kota Bandar Lampung menerapkan PPKM Level 4 mulai 21 Juli 2021.\n\n"
              "Keputusan itu diambil dalam rapat terbatas penanganan Covid-19 yang dipimpin Gubernur Arinal di Ruang "
              "Rapat Utama Kantor Gubernur, Senin kemarin (19/7).", title="Arinal: Bandar Lampung PPKM Level 4",
              published="2021-07-20")
    assert out["meeting_date"] == "2021-07-19"


@pytest.mark.parametrize("text, year", [
    ("Gubernur membuka Musrenbang Provinsi Lampung Tahun 2025. Musrenbang menjadi fondasi Indonesia Emas 2045 dan titik "
     "awal RPJMD 2025–2029.", 2025),
    ("Menuju Indonesia Emas 2045, Musrenbang Tahun 2025 digelar.", 2025),
    ("Rancangan perubahan RPJMD 2018-2023 disusun sesuai UU Nomor 23/2014 dan Permendagri Nomor 86 Tahun 2017.", 2018),
])
def test_a_visions_a_periods_or_a_regulations_year_is_not_the_articles(text, year):
    """'Indonesia Emas 2045', 'RPJMD 2025–2029', 'UU Nomor 23/2014': targets, periods and laws, not when it happened."""
    assert text_year(text) == year


def test_a_yearless_day_takes_the_articles_year_not_its_vision():
    """'Gubernur Mirza: Lampung Siap Menjadi Fondasi Indonesia Emas 2045' over 'Musrenbang ... Tahun 2025 ..., Rabu
    (7/5)', no publication date: 7 May 2025."""
    out = run("Gubernur Lampung Rahmat Mirzani Djausal secara resmi membuka Musyawarah Perencanaan Pembangunan (Musrenbang) "
              "Provinsi Lampung Tahun 2025 yang berlangsung di Auditorium Kantor Perwakilan Bank Indonesia, Rabu (7/5).",
              "Gubernur Mirza: Lampung Siap Menjadi Fondasi Indonesia Emas 2045", published=None)
    assert out["meeting_date"] == "2025-05-07"


def test_the_leads_sentence_naming_the_meeting_dates_it_before_a_datelines_filing_day():
    """'Kabarsiger.com, Bandarlampung, Selasa (6/7/2021) – ...' then 'Permintaan itu disampaikan Arinal ... dalam rapat
    virtual ..., kemarin.': the day before the filing day."""
    out = run("Gubernur Lampung Arinal Djunaidi saat mengikuti rapat virtual Perpanjangan PPKM Mikro bersama Menko "
              "Perekonomian dari Mahan Agung.\nKabarsiger.com, Bandarlampung, Selasa (6/7/2021) – Dalam 14 hari terakhir, "
              "Lampung tercatat sebagai salah satu provinsi yang kasus harian Covid-19-nya terus naik.\nArinal meminta "
              "PPKM mikro tingkat desa diperketat.\nPermintaan itu disampaikan Arinal kepada Menko Perekonomian Airlangga "
              "Hartarto dalam rapat virtual Perpanjangan PPKM Mikro yang diikutinya dari Mahan Agung, kemarin.",
              "Kasus Harian Covid-19 Terus Naik, Arinal Minta PPKM Mikro Tingkat Desa Diperketat", published="2021-07-06")
    assert out["meeting_date"] == "2021-07-05"


def test_a_meeting_dated_only_by_the_day_it_closed_takes_that_day():
    """'Dalam rakor yang ditutup pada Rabu, 1 Maret 2023 itu, ...': no other date is given."""
    out = run("BANDAR LAMPUNG – Sekretaris Daerah Provinsi Lampung Fahrizal Darminto menutup rapat koordinasi "
              "optimalisasi program penanganan PPKS di Hotel Horison.\nDalam rakor yang ditutup pada Rabu, 1 Maret 2023 "
              "itu, Fahrizal Darminto memaparkan data Badan Pusat Statistik.", "Sekda Tutup Rakor Optimalisasi Program",
              published=None)
    assert out["meeting_date"] == "2023-03-01"


@pytest.mark.parametrize("text, expected", [
    # the outlet's name after the filing day
    ("Bandar Lampung, Rabu (2/12/2020), Mediamerdeka.co – Gubernur Lampung, Arinal Djunaidi, memimpin Rapat Koordinasi "
     "Kesiapan Pilkada di Gedung Pusiban, Senin (30/11) lalu, sembilan hari sebelum pemungutan suara 9 Desember 2020.",
     "2020-11-30"),
    # when a rule holds is not when the meeting sat
    ("BANDAR LAMPUNG (ISN) – Gubernur Lampung Arinal Djunaidi mengikuti video conference Perpanjangan PPKM Mikro bersama "
     "Menko Perekonomian. Perpanjangan PPKM Mikro Tahap XII berlaku mulai 6 Juli hingga 20 Juli 2021. Dalam vicon yang "
     "digelar Senin, 5 Juli 2021 itu, Gubernur melaporkan kondisi Covid-19 di Lampung.", "2021-07-05"),
])
def test_a_filing_day_before_an_outlets_name_or_a_rules_start_dates_no_meeting(text, expected):
    """'Bandar Lampung, Rabu (2/12/2020), Mediamerdeka.co – ...', 'berlaku mulai 6 Juli': the meeting's own day."""
    assert run(text, "Gubernur Pimpin Rakor", published=None)["meeting_date"] == expected


def test_a_sentence_pointing_back_to_the_meeting_dates_it_however_long_ago():
    """'Rakor yang dipimpin langsung Wakil Gubernur ... itu berlangsung di Gedung Pusiban ... pada Kamis, 20 Desember
    lalu' in a report a week later: that day, not the report's."""
    out = run("Lampung Barat (ISN) - Koordinasi penanggulangan kemiskinan kembali diperkuat melalui Rapat Koordinasi TKPK "
              "Provinsi Lampung.\nWakil Bupati Lampung Barat Mad Hasnurin hadir selaku Ketua TKPK Lambar.\nRakor yang "
              "dipimpin langsung Wakil Gubernur Lampung Bachtiar Basri itu berlangsung di Gedung Pusiban Komplek Kantor "
              "Gubernur Provinsi Lampung pada Kamis, 20 Desember lalu.", "Wabup Lambar Hadiri Rakor TKPK Provinsi Lampung",
              published="2018-12-27")
    assert out["meeting_date"] == "2018-12-20"


@pytest.mark.parametrize("snippet, expected", [
    ("FGD itu berlangsung pada tanggal 10 bulan ini di Ruang Rapat Utama.", date(2023, 3, 10)),
    ("Rapat itu digelar tanggal 28 bulan lalu.", date(2023, 2, 28)),
])
def test_a_day_of_this_or_last_month_is_read_from_the_reports_month(snippet, expected):
    """'pada tanggal 10 bulan ini', 'tanggal 28 bulan lalu': the day of the month the report came out in, or before."""
    assert find_dates(snippet, date(2023, 3, 15))[0].value == expected


def test_the_day_of_an_act_followed_up_does_not_date_the_meeting():
    """'Tindak lanjut kegiatan Ngopi Hutan ... yang digelar 17 Februari 2023 dibahas dalam FGD ...': that act's day."""
    out = run("Bandar Lampung - Tindak lanjut kegiatan Ngopi Hutan tentang Kopi Agroforestry yang digelar 17 Februari 2023 "
              "dibahas dalam Focus Group Discussion (FGD) Integrated Area Development.\nFGD yang diselenggarakan Cycle "
              "Indonesia itu berlangsung pada tanggal 10 bulan ini di Ruang Rapat Utama, Dinas Kehutanan Provinsi Lampung.",
              "Cycle Indonesia Gelar FGD Integrated Area Development", published="2023-03-15")
    assert out["meeting_date"] == "2023-03-10"


def test_a_forecast_and_the_day_before_give_way_to_the_filing_day_and_its_today():
    """'INILAMPUNG.COM, Selasa 17 Februari 2026 — Ramadan baru diperkirakan mulai lusa, Kamis (19/2/2026). Tetapi siang
    ini ... sudah duduk membahas ...' and later 'Sehari sebelumnya, Senin (16/2/2026), Gubernur ...' (reworded
    development report pm5-d025): the forecast is an aside, the day before another day's, the filing day today."""
    from pipelines.evaluate import _record, read_jsonl
    rows = read_jsonl(Path(__file__).parent / "data" / "extract_reworded_m5.jsonl")
    row = next(r for r in rows if r["id"] == "pm5-d025")
    assert "Sehari sebelumnya, Senin (16/2/2026)" in row["text"]
    assert extract(_record(row))["meeting_date"] == "2026-02-17"


@pytest.mark.parametrize("text, published, expected", [
    ("Sidang paripurna penyampaian Raperda usul inisiatif DPRD Bandarlampung digelar dua hari lalu.",
     "2025-09-10", "2025-09-08"),
    ("Rakor berlangsung di Ruang Rapat Utama Kantor Gubernur Lampung pada 7/2. Pilkada serentak dihelat 23 September "
     "2020.", "2020-02-07", "2020-02-07"),
])
def test_days_ago_and_a_bare_day_after_pada_date_the_meeting(text, published, expected):
    """'digelar dua hari lalu' is two days before the report; 'pada 7/2' is a day, not a fraction."""
    assert run(text, title="Rapat", published=published)["meeting_date"] == expected


def test_a_datelines_outlet_in_brackets_still_makes_it_the_filing_day():
    """'Bandar Lampung, 9 Februari 2023 (Nenemonews) – ... Rabu kemarin': the dateline is the day the story was filed."""
    out = run("Bandar Lampung, 9 Februari 2023 (Nenemonews) – Gubernur Lampung Arinal Djunaidi mengikuti Rapat Koordinasi "
              "Pengendalian Inflasi Daerah secara daring dari Mahan Agung, Rabu kemarin.", title="Gubernur Ikuti Rakor",
              published="2023-02-09")
    assert out["meeting_date"] == "2023-02-08"


def test_a_page_stamp_led_by_a_section_label_is_no_meeting_date():
    """'Lampung | Sabtu, 26 Juli 2025 - 08:12 WIB' stamps the page; 'Jumat kemarin' in the story dates the meeting."""
    out = run("Lampung | Sabtu, 26 Juli 2025 - 08:12 WIB\n\nLAMPUNG – Pemprov Lampung mulai berbenah.\n\nJumat kemarin, "
              "Sekretaris Daerah Provinsi Lampung Marindo Kurniawan menyodorkan tujuh langkah.\n\nLangkah itu ia paparkan "
              "ketika membuka Rapat Koordinasi Kepala Dinas Kominfotik se-Lampung di ruang Command Center.",
              title="Sekda Gedor Kominfo", published="2025-07-26")
    assert out["meeting_date"] == "2025-07-25"


def test_an_occasion_set_off_by_a_comma_before_a_reports_day_leaves_the_day_the_meetings():
    """'rakor pengendalian Covid-19 pada Pilkada, Senin (21/9)' is the rakor's day; 'Ramadan diperkirakan mulai lusa,
    Kamis (19/2/2026)' stays the forecast's."""
    out = run("Permintaan itu dititipkan Gubernur Lampung Arinal Djunaidi kepada KPU dan Bawaslu dalam rapat koordinasi "
              "pengendalian Covid-19 pada Pilkada, Senin (21/9). Tahapan dimulai dari penetapan calon pada 23 September "
              "2020.", title="Arinal Minta Parpol Cermati Pergub", published="2020-09-22")
    assert out["meeting_date"] == "2020-09-21"


def test_a_record_without_its_publication_date_is_dated_by_its_page_stamp():
    """'TERASLAMPUNG.COM | Senin, 18 Mar 2019 | Bandar Lampung' at the top: the report's day, so 'Senin' resolves, and
    the province's founding day ('dibentuk pada 18 Maret 1964') is no candidate beside it."""
    from pipelines.extract.dates import stamped_day
    text = ("TERASLAMPUNG.COM | Senin, 18 Mar 2019 | Bandar Lampung\n\nSidang Paripurna Istimewa DPRD Lampung dalam rangka "
            "HUT ke-55 Provinsi Lampung berlangsung khidmat di ruang sidang DPRD Lampung, Senin. Suasana adat menambah "
            "kekhidmatan peringatan hari jadi provinsi yang dibentuk pada 18 Maret 1964 itu.")
    assert stamped_day(text) == date(2019, 3, 18)
    out = extract({"id": "t", "url": "https://example.go.id/x", "title": "Paripurna Istimewa HUT ke-55", "text": text,
                   "published": None})
    assert out["meeting_date"] == "2019-03-18"
    assert stamped_day("Rapat digelar pada Senin, 18 Maret 2019, di Bandar Lampung.") is None  # a sentence, no stamp


def test_a_headlines_day_dates_the_meeting_over_a_periods_end():
    """'Senin (30/11), Gubernur Lampung Pimpin Rakor ...' over '... di masa kampanye yang berakhir 5 Desember'."""
    out = extract({"id": "t", "url": "https://example.go.id/x", "published": None,
                   "title": "Senin (30/11), Gubernur Lampung Pimpin Rakor Kesiapan Pilkada Serentak 2020",
                   "text": "Bandar Lampung – Gubernur Lampung Arinal Djunaidi memimpin Rapat Koordinasi Kesiapan Pilkada "
                           "Serentak Tahun 2020 di Gedung Pusiban, Senin.\n\nGubernur meminta semua pihak mencegah politik "
                           "uang di masa kampanye yang berakhir 5 Desember 2020."})
    assert out["meeting_date"] == "2020-11-30"


def test_the_day_an_anniversary_falls_on_is_no_meeting_date():
    """'Hari jadi Provinsi Lampung jatuh pada 18 Maret, tetapi rapat paripurna istimewa ... baru digelar sehari
    kemudian, 19-03-2018'."""
    out = run("Hari jadi Provinsi Lampung jatuh pada 18 Maret, tetapi rapat paripurna istimewa HUT Lampung ke-54 baru "
              "digelar sehari kemudian, 19-03-2018.", title="Paripurna HUT Lampung ke-54", published="2018-03-19")
    assert out["meeting_date"] == "2018-03-19"


def test_a_wires_dateline_is_the_filing_day_and_a_commemorations_day_is_an_aside():
    """'Bandarlampung, 18/4 (ANTARA) - ... Kamis kemarin' is the 17th; 'bertepatan dengan peringatan Hari Anak Nasional
    pada 23 Juli 2022' is the commemoration's day, not the audience's."""
    out = run("Bandarlampung, 18/4 (ANTARA) - Para pemuka agama duduk dalam satu forum FGD tematik yang diprakarsai Bappeda "
              "Provinsi Lampung, Kamis kemarin.", title="Tokoh Lintas Agama Urun Rembuk", published="2025-04-18")
    assert out["meeting_date"] == "2025-04-17"
    out = run("Bandar Lampung, 14/7 (ANTARA) - Wakil Gubernur Lampung Chusnunia Chalim menerima audiensi pengurus LPA di "
              "ruang kerjanya.\n\nLPA berencana menggelar kampanye bertepatan dengan peringatan Hari Anak Nasional pada 23 "
              "Juli 2022.", title="Wagub minta LPA kawal pencegahan perkawinan anak", published="2022-07-15")
    assert out["meeting_date"] == "2022-07-14"


def test_a_headline_dated_before_a_colon_is_no_dateline():
    """'Paripurna DPRD Selasa (6/5/2025): Pemprov Lampung Terima 8 Rekomendasi ...': the headline's day is the
    plenary's, not a filing day weighed as a relative one."""
    out = extract({"id": "t", "url": "https://example.go.id/x", "published": None,
                   "title": "Paripurna DPRD Selasa (6/5/2025): Pemprov Lampung Terima 8 Rekomendasi Pansus LKPJ",
                   "text": "INSIDE POLITIK — Pemerintah Provinsi Lampung menyatakan mendukung delapan rekomendasi Pansus "
                           "DPRD atas LKPJ. Rekomendasi yang diumumkan dalam Rapat Paripurna DPRD Provinsi Lampung itu "
                           "menitikberatkan upaya mendongkrak PAD."})
    assert out["meeting_date"] == "2025-05-06"


def test_a_commemoration_set_off_by_a_comma_before_a_reports_day_leaves_the_day_the_meetings():
    """'Rapat paripurna istimewa ... dalam rangka peringatan Hari Jadi Provinsi Lampung, Senin (18/3/2019)'."""
    out = run("Rapat paripurna istimewa digelar dalam rangka peringatan Hari Jadi Provinsi Lampung, Senin (18/3/2019).",
              title="Paripurna HUT", published="2019-03-18")
    assert out["meeting_date"] == "2019-03-18" and out["date_text"] == "Senin (18/3/2019)"


def test_a_stamp_led_by_the_sites_name_is_no_meeting_date():
    """'RADARLAMPUNG.CO.ID - Jumat, 13 Juni 2025' stamps the page; 'Kamis kemarin' in the story dates the meeting."""
    out = run("RADARLAMPUNG.CO.ID - Jumat, 13 Juni 2025\n\nBANDAR LAMPUNG - Pemerintah Provinsi Lampung dan 15 kabupaten/kota "
              "menyamakan langkah lewat pertemuan koordinasi TKPKD Provinsi Lampung di Gedung Pusiban, Kamis kemarin.",
              title="Pemprov dan 15 Daerah Samakan Langkah", published="2025-06-13")
    assert out["meeting_date"] == "2025-06-12"


def test_a_dateline_gives_way_to_the_leads_day_in_the_week_before_it():
    """'BANDAR LAMPUNG, 6/7/2021 (ISN) - ... mengikuti vicon ... . Gubernur bergabung ..., Senin (5/7/21) kemarin.': the
    dateline is the filing day; the next sentence dates the meeting."""
    out = run("BANDAR LAMPUNG, 6/7/2021 (ISN) – Gubernur Lampung Arinal Djunaidi mengikuti video conference (vicon) "
              "Perpanjangan PPKM bersama Menko Airlangga Hartarto. Gubernur bergabung secara virtual dari Mahan Agung, "
              "Bandarlampung, Senin (5/7/21) kemarin.", title="Ikut Vicon PPKM, Arinal Paparkan Kondisi Lampung",
              published="2021-07-06")
    assert out["meeting_date"] == "2021-07-05"


def test_a_dateline_keeps_its_day_over_other_meetings_months_before():
    """'KALIANDA, 14 Maret 2024 - ... menggelar Musrenbang ... . ... musrenbang kecamatan yang digelar sejak 15 Januari
    hingga 8 Februari 2024': the span is other meetings', far before the filing day."""
    out = run("KALIANDA, 14 Maret 2024 – Pemerintah Kabupaten Lampung Selatan menggelar Musrenbang RKPD Tahun 2025 di Aula "
              "Rajabasa. Musrenbang ini merupakan puncak rangkaian musrenbang kecamatan yang digelar sejak 15 Januari hingga "
              "8 Februari 2024 di 17 kecamatan.", title="Musrenbang RKPD 2025 Lampung Selatan", published=None)
    assert out["meeting_date"] == "2024-03-14"


@pytest.mark.parametrize("text, published, day", [
    ("Awal pekan ini Penjabat Gubernur Lampung Samsudin menetapkan harga singkong saat memimpin rapat koordinasi di "
     "Ruang Rapat Utama.", "2024-12-24", "2024-12-23"),
    ("INILAMPUNGCOM - Libur nasional pun, para pejabatnya tetap saja rapat.\n\nBegini ceritanya. Puasa diperkirakan baru "
     "dimulai Kamis (19/2/2026) besok, tapi Selasa siang kemarin Pemprov Lampung sudah menggelar rapat kesiapan angkutan "
     "lebaran.", "2026-02-18", "2026-02-17"),
    ("Dua pekan sebelum masuk bulan suci Ramadan 1444 H, tepatnya pada 10 Maret 2023 lalu, Cycle Indonesia melaksanakan "
     "FGD mengenai perhutanan sosial di Ruang Rapat Utama Dinas Kehutanan. FGD itu merupakan tindak lanjut kegiatan Ngopi "
     "Hutan tentang Kopi Agroforestry di kawasan hutan yang sudah lebih dulu digelar 17 Februari 2023 lalu.", None,
     "2023-03-10"),
])
def test_the_meetings_day_among_a_forecast_a_week_start_and_a_followed_up_event(text, published, day):
    """'awal pekan ini' is the report's Monday; 'diperkirakan baru dimulai Kamis (19/2/2026) besok' a forecast's day;
    'tepatnya pada 10 Maret' dates the main clause after a fronted 'sebelum ...'; 'tindak lanjut kegiatan ... yang sudah
    lebih dulu digelar 17 Februari' the followed-up event's."""
    assert run(text, title="Rapat", published=published)["meeting_date"] == day


@pytest.mark.parametrize("text, expected", [
    # a wire's English dateline
    ("BANDAR LAMPUNG, July 5, 2021 — Gubernur Lampung Arinal Djunaidi mengikuti rapat koordinasi PPKM secara virtual "
     "bersama Menko Perekonomian.", "2021-07-05"),
    # the day only in a photo caption the page text drops
    ("Pj. Sekda Provinsi Lampung M. Firsada menyampaikan tanggapan pemprov dalam Rapat Paripurna DPRD Provinsi Lampung, "
     "Selasa (6/5/2025). (Foto: Ist)\n\nRILISID, Bandar Lampung — Pemerintah Provinsi Lampung mendukung delapan rekomendasi "
     "Pansus DPRD terhadap LKPJ Tahun 2024 yang diumumkan dalam rapat paripurna dewan.", "2025-05-06"),
    # a meeting set before a main clause in the pluperfect is background: the audience told after it is dated
    ("JAKARTA - Kekurangan dokter spesialis di Lampung bukan cerita baru. Pada rapat bersama para kepala daerah di Mahan "
     "Agung, Senin (23/6/2025), gubernur sudah meminta kabupaten menghimpun data kekurangan tenaga kesehatan. Data itulah yang "
     "disodorkan ketika rombongan diterima Menteri Kesehatan dalam audiensi di kantor Kementerian Kesehatan, Rabu "
     "(10/7/2025).", "2025-07-10"),
])
def test_an_english_dateline_a_caption_s_day_and_a_background_meeting(text, expected):
    """'July 5, 2021'; a caption's 'Selasa (6/5/2025)' when the story gives no day; 'Pada rapat ..., gubernur sudah meminta'
    is background to the audience dated after it."""
    assert run(text, title="Rapat", published=None)["meeting_date"] == expected


def test_on_an_undated_page_a_year_long_before_the_article_s_is_history():
    """'Provinsi Lampung berdiri pada 18 Maret 1964' in a report of 2018 with no publication date: not the plenary's day."""
    out = run("Bandar Lampung - Prosesi adat Kanjauan menyambut rombongan eksekutif sebelum rapat paripurna istimewa DPRD "
              "dalam rangka hari jadi provinsi. Provinsi Lampung berdiri pada 18 Maret 1964. Peringatan tahun ini, HUT ke-54, "
              "dirangkai pameran pada Senin, 19 Maret 2018.", title="Paripurna Istimewa HUT ke-54 Provinsi Lampung",
              published=None)
    assert out["meeting_date"] != "1964-03-18"


def test_a_meeting_held_since_a_day_is_dated_by_that_day():
    """'Musrenbang yang digelar sejak Rabu pagi (7/5/2025) itu ...' under the next day's stamp: its own start, not a
    period's."""
    out = run("Kamis, 8 Mei 2025 | 09.15 WIB\n\nBANDARLAMPUNG - Sehari setelah dibuka, gaung Musrenbang Provinsi Lampung "
              "Tahun 2025 masih terasa. Musrenbang yang digelar sejak Rabu pagi (7/5/2025) itu dibuka Gubernur Lampung "
              "Rahmat Mirzani Djausal di Auditorium Kantor Perwakilan Bank Indonesia.", title="Musrenbang Lampung 2025",
              published=None)
    assert out["meeting_date"] == "2025-05-07"


def test_a_dateline_s_day_anchors_kemarin_on_a_page_without_its_date():
    """'BANDAR LAMPUNG, Rabu 20 Oktober 2021 - ... disampaikan Arinal kemarin, saat menerima audiensi ...': the day before
    the dateline's."""
    out = run("BANDAR LAMPUNG, Rabu 20 Oktober 2021 - Atlet peraih medali PON dipastikan mendapat bonus. Jaminan itu "
              "disampaikan Gubernur Lampung Arinal Djunaidi kemarin, saat menerima audiensi pengurus KONI Provinsi Lampung di "
              "Mahan Agung.", title="Terima KONI di Mahan Agung, Arinal Janjikan Bonus", published=None)
    assert out["meeting_date"] == "2021-10-19"


def test_an_evidence_told_as_earlier_yields_to_the_meeting_said_to_be_held():
    """'... pada pertemuan sebelumnya, Senin (30/1/2023), daerah juga diminta ...' then 'Video conference Rapat Koordinasi
    ... itu diikuti Arinal dari Aula Mahan Agung, Rabu (8/2/2023)'."""
    out = run("Bandarlampung (ANTARA) - Gubernur Lampung Arinal Djunaidi meminta rakor inflasi digelar rutin. Pemerintah pusat "
              "sudah menjadikan rakor inflasi agenda berkala, dan pada pertemuan sebelumnya, Senin (30/1/2023), daerah diminta "
              "mewaspadai lonjakan harga pangan. Harga cabai naik. Video conference Rapat Koordinasi Pengendalian Inflasi yang "
              "dipimpin Mendagri Muhammad Tito Karnavian itu diikuti Arinal dari Aula Mahan Agung, Bandarlampung, Rabu "
              "(8/2/2023).", title="Arinal Minta Rakor Inflasi Rutin", published=None)
    assert out["meeting_date"] == "2023-02-08"


@pytest.mark.parametrize("text, expected", [
    # an earlier meeting of the evidence: the meeting said to be held, not told as earlier or later, dates the story
    ("BANDAR LAMPUNG - Persiapan mudik Lebaran 2026 dimatangkan. Dua pekan sebelumnya, Senin (2/2/2026), tim teknis sudah "
     "membahas jalur mudik dalam rapat di Dinas Perhubungan. Rapat koordinasi kesiapan angkutan Lebaran digelar di Ruang "
     "Rapat Utama Kantor Gubernur, Selasa (17/2/2026), dan dipimpin langsung Gubernur Lampung Rahmat Mirzani Djausal.",
     "2026-02-17"),
    # a comparison with earlier meetings ('ketimbang rakor-rakor sebelumnya') tells no earlier meeting
    ("Lampung Barat - Bagian Administrasi Pembangunan memastikan Rapat Koordinasi (Rakor) POP triwulan II dilaksanakan "
     "Rabu, 20 Juli 2022, di Aula Kagungan, dengan agenda lebih padat ketimbang rakor-rakor sebelumnya. Rakor POP triwulan "
     "I, yang digelar pada 26 April 2022, hanya memotret penyerapan anggaran.", "2022-07-20"),
])
def test_a_meeting_told_as_earlier_and_a_comparison(text, expected):
    """'Dua pekan sebelumnya, ..., tim teknis sudah membahas ... dalam rapat' yields to 'Rapat koordinasi ... digelar ...,
    Selasa (17/2/2026), dan dipimpin ...'; 'ketimbang rakor-rakor sebelumnya' is a comparison (a guard: dated so before
    the rule for meetings told as earlier, which it must not trigger)."""
    assert run(text, title="Rakor", published=None)["meeting_date"] == expected


@pytest.mark.parametrize("name, row_id, expected", [
    ("extract_reworded_m7.jsonl", "pm7-e017", "2018-02-27"),   # a preparation meeting beside the raker it prepares
    ("extract_reworded_p12.jsonl", "pp12-f026", "2021-07-05"),  # a virtual meeting told in the lead without its day
    ("extract_reworded_p8.jsonl", "pp8-a118", "2025-05-07"),    # a musrenbang after an earlier consultation's day
    ("extract_reworded_p12.jsonl", "pp12-a070", "2025-05-07"),  # the meeting spelled out, then its short form in brackets
    ("extract_reworded_p9.jsonl", "pp9-a093", "2025-05-07"),    # past the lead, the sentence naming the meeting first
    ("extract_reworded_p10.jsonl", "pp10-e010", "2025-07-25"),  # 'ketika Sekretaris Daerah ... membuka Rapat Koordinasi'
])
def test_an_undated_evidence_is_dated_by_the_meeting_said_to_be_held_not_by_the_lead_s_other_days(name, row_id, expected):
    """An evidence giving no day ('Gubernur ... mengikuti rapat virtual ... dari Mahan Agung.') is dated by the sentence
    that names the meeting and says it was held or led, not told as earlier or later nor as a follow-up, and not after the
    report ('Musrenbang yang digelar Pemprov Lampung itu berlangsung di ..., Rabu (7/5/2025).'), before the lead's days
    of other things (recorded reworded reports)."""
    assert run_recorded(name, row_id)["meeting_date"] == expected


def test_a_setting_fronted_in_a_period_gone_is_not_the_news():
    """'Pada forum yang sama tahun lalu, Selasa (19/2/2019), pembahasan ...' tells the series' occasion of last year: the
    story is dated by its own meeting, 'Rapat Koordinasi ... itu berlangsung pada Kamis (13/2/2020)'."""
    out = run("Setiap awal tahun, provinsi mengumpulkan dinas kominfo kabupaten/kota. Pada forum yang sama tahun lalu, Selasa "
              "(19/2/2019), pembahasan lebih banyak berkutat pada media informasi publik. Rapat Koordinasi Bidang Kominfo "
              "se-Provinsi Lampung itu berlangsung pada Kamis (13/2/2020) di Ruang Rapat Diskominfotik.",
              title="SPBE Terbatas, Kominfo Tanggamus Minta Dukungan Anggaran di Rakor Sinkronisasi", published=None)
    assert out["meeting_date"] == "2020-02-13" and out["meeting_type"] == "rapat_koordinasi"


def test_a_meeting_also_led_is_another_occasion():
    """'Senin (16/2/2026), ia juga memimpin rapat soal ...': a meeting the leader 'also' led is another occasion, not the day
    of the story's meeting (a guard for the rule that dates a meeting told as earlier by the one a leader opens or leads)."""
    out = run("BANDARLAMPUNG - Pemprov sudah ngebut: Selasa (17/2/2026) siang, digelar rapat kesiapan angkutan lebaran di Ruang "
              "Rapat Utama. Bukan kali ini saja Gubernur ngantor di hari libur. Senin (16/2/2026), ia juga memimpin rapat soal "
              "mitigasi konflik satwa di TNWK.", title="Angkutan Lebaran Sudah Dirapatkan", published=None)
    assert out["meeting_date"] == "2026-02-17"


def test_a_plenary_a_span_of_weeks_followed_came_before_the_news():
    """'Rancangannya disampaikan ... dalam rapat paripurna pada Senin (21/7/2025), lalu dibahas maraton ... selama lebih
    dari dua pekan': the plenary a span followed is an earlier stage; the signing plenary of the news dates the story."""
    out = run("KALIANDA - Kerangka anggaran Kabupaten Lampung Selatan untuk tahun 2026 resmi disepakati. Nota kesepakatan "
              "KUA-PPAS APBD 2026 ditandatangani eksekutif dan legislatif. Rancangannya disampaikan pemerintah daerah dalam "
              "rapat paripurna pada Senin (21/7/2025), lalu dibahas maraton oleh Badan Anggaran DPRD selama lebih dari dua "
              "pekan. Penandatanganan dilakukan dalam rapat paripurna DPRD Kabupaten Lampung Selatan di ruang sidang utama, "
              "Rabu (6/8/2025).", title="KUA-PPAS Lampung Selatan 2026 Disepakati", published=None)
    assert out["meeting_type"] == "rapat_paripurna" and out["meeting_date"] == "2025-08-06"


def test_a_meeting_told_as_a_step_taken_first_does_not_date_the_story():
    """'Sebelum diparipurnakan, keenam raperda itu lebih dulu dimatangkan Bapemperda dalam rapat pada Jumat (29/8/2025)':
    a meeting told as the step taken first is not the one an undated evidence ('... diajukan ... dalam rapat paripurna.')
    is dated by; the plenary's own day is."""
    out = run("Wakil Ketua II DPRD Bandarlampung Afrizal membacakan usulan enam raperda inisiatif. -FOTO RADAR LAMPUNG-\n\n"
              "RADARLAMPUNG.CO.ID - Enam raperda usulan inisiatif DPRD Kota Bandarlampung kini berada di meja pemerintah kota. "
              "Semuanya diajukan resmi kepada Pemkot Bandarlampung dalam rapat paripurna. Raperda inisiatif berasal dari "
              "dewan. Sepanjang tahun ini, sebagian besar perda datang dari eksekutif. Sebelum diparipurnakan, keenam raperda "
              "itu lebih dulu dimatangkan Bapemperda dalam rapat pada Jumat (29/8/2025). Usulan tersebut dibacakan Wakil Ketua "
              "II DPRD Bandarlampung, Afrizal, dalam rapat paripurna, Senin (8/9/2025).",
              title="Enam Raperda Inisiatif DPRD Diajukan", published=None)
    assert out["meeting_type"] == "rapat_paripurna" and out["meeting_date"] == "2025-09-08"


def test_the_story_s_own_event_pointed_to_with_yang_terjadi_is_no_incident():
    """'Itulah yang terjadi Jumat (7/2/2020) lalu di Ruang Rapat Utama Gubernur.': 'that is what happened' points to the
    story's own meeting, not to an incident the meeting responds to ('banjir yang terjadi Jumat (12/4)')."""
    out = run("Diunggah: Sabtu, 8 Februari 2020\n\nBANDARLAMPUNG — Sebagai pemantau, kami senang kalau pemerintah daerah dan "
              "penyelenggara pemilu duduk satu meja sebelum tahapan berjalan. Itulah yang terjadi Jumat (7/2/2020) lalu di Ruang "
              "Rapat Utama Gubernur. Pemprov Lampung, KPU dan Bawaslu berkumpul dalam Rapat Koordinasi Terbatas Pilkada 2020.",
              title="Rakortas Pilkada 2020: Pemprov Janji Rutin Koordinasi", published=None)
    assert out["meeting_date"] == "2020-02-07"


@pytest.mark.parametrize("day", ["Rabu, 21 Mei 2025.", "Rabu (21/5/2025)."])
def test_a_date_written_as_a_sentence_of_its_own_after_the_lead_dates_it(day):
    """'... di Ruang Rapat Lantai 2, Gedung DPRD Provinsi Lampung.' then 'Rabu, 21 Mei 2025.' on its own line: a
    sentence of the story, not the page's stamp (which stands above the story and ends with no full stop)."""
    lead = ("Bandar Lampung – Kepala Dinas Perindustrian dan Perdagangan Evie Fatmawaty hadir dalam Rapat Dengar Pendapat "
            "yang digelar DPRD Provinsi Lampung di Ruang Rapat Lantai 2, Gedung DPRD Provinsi Lampung.")
    rest = "Rapat itu membahas penyerapan jagung petani oleh industri pakan ternak di Provinsi Lampung."
    out = run(f"{lead}\n{day}\n{rest}", title="Rapat Dengar Pendapat Komisi II", published=None)
    assert out["meeting_date"] == "2025-05-21" and not out["date_assumed"]


def test_a_week_in_lower_case_is_no_sunday():
    """'... lapor langsung ke saya minggu depan," ujar Fahrizal usai membuka Rapat Evaluasi ..., Kamis 13 Oktober 2022':
    'minggu depan' is next week, not next Sunday; 'Minggu' with its capital is still the day."""
    assert run_recorded("extract_heldout119.jsonl", "h119-19")["meeting_date"] == "2022-10-13"
    for week in ("minggu depan", "minggu ini", "minggu lalu"):
        assert find_dates(f"Harga naik tinggi {week}, tolong turun ke pasar.", date(2024, 9, 3), 2024) == []
    assert [h.value for h in find_dates("Rapat digelar Minggu ini di Aula.", date(2024, 9, 3), 2024)] == [date(2024, 9, 1)]


@pytest.mark.parametrize("agenda", ["angkutan Lebaran pada", "kesiapan libur Lebaran,", "pengamanan Natal pada"])
def test_a_holiday_the_meeting_prepares_for_dates_no_holiday(agenda):
    """'rapat koordinasi angkutan Lebaran pada Selasa (18/3)': the holiday names what the meeting prepares, so the day
    after it is the meeting's; 'menjelang Lebaran pada ...' still dates the holiday."""
    text = f"Bupati memimpin rapat koordinasi {agenda} Selasa (18/3) di Aula Rajabasa Kantor Bupati."
    out = run(text, title="Rakor Persiapan Hari Raya", published="2025-03-19")
    assert out["meeting_date"] == "2025-03-18" and not out["date_assumed"]
    held = run("Bupati memimpin rapat koordinasi menjelang Lebaran pada Selasa (18/3) di Aula Rajabasa Kantor Bupati.",
               title="Rakor Persiapan Hari Raya", published="2025-03-19")
    assert held["date_assumed"]


def test_the_day_from_which_a_decision_holds_does_not_date_the_meeting():
    """'"Mulai 22 September seluruh pabrik wajib menerapkannya," kata Gubernur usai rapat' above the lead: from when the
    price holds; the meeting is the lead's 'Selasa'. A meeting scheduled to begin on a day ('FGD dijadwalkan mulai
    Jumat (12/7)') is still dated by it."""
    out = run('"Harga ini hasil musyawarah. Mulai 22 September seluruh pabrik di Lampung wajib menerapkannya," kata '
              "Gubernur usai rapat di Gedung Pusiban.\nBandarlampung (ANTARA) - Pemprov Lampung dan pengusaha tapioka "
              "menyepakati harga ubi kayu Rp1.350 per kilogram dalam rapat koordinasi yang dipimpin Gubernur Lampung "
              "Rahmat Mirzani Djausal di Bandarlampung, Selasa.", title="Pemprov dan pengusaha sepakati harga ubi kayu",
              published="2025-09-16T18:47:00+07:00")
    assert out["meeting_date"] == "2025-09-16"
    out = run("Bappeda Lampung menggelar forum konsultasi RKPD. FGD tematik dijadwalkan mulai Jumat (12/7).",
              title="FGD Tematik RKPD", published="2024-07-08")
    assert out["meeting_date"] == "2024-07-12"


def test_a_holiday_with_its_year_before_a_fronted_day_told_last_does_not_take_the_day():
    """'Pada Jumat (19/12/2025), Gubernur ... menggelar rapat terbatas ... pengamanan Natal 2025 dan Tahun Baru 2026.'
    read with its day last ('... Tahun Baru 2026, pada Jumat (19/12/2025)'): the day is the report's, not the holiday's,
    before a period the next sentence gives."""
    out = run("Bandar Lampung--Pada Jumat (19/12/2025), Gubernur Lampung Rahmat Mirzani Djausal menggelar rapat terbatas "
              "bersama unsur Forkopimda Provinsi Lampung di Gedung Mahan Agung, untuk membahas kesiapan pengamanan Natal 2025 "
              "dan Tahun Baru 2026.\n"
              "Rapat menyoroti lonjakan penyeberangan di Pelabuhan Bakauheni selama periode 20 Desember 2025 hingga 4 Januari "
              "2026.", title="Gubernur Gelar Rapat Terbatas dengan Forkopimda", published="2025-12-19")
    assert out["meeting_date"] == "2025-12-19"


def test_a_date_written_in_words_is_read():
    """A signed record's opening, 'Pada hari ini Kamis tanggal dua puluh tujuh bulan Februari tahun dua ribu dua puluh
    lima': the day, the month and the year in words."""
    hits = find_dates("Pada hari ini Kamis tanggal dua puluh tujuh bulan Februari tahun dua ribu dua puluh lima, "
                      "bertempat di Ruang Rapat Utama Bappeda.", None)
    assert [h.value for h in hits] == [date(2025, 2, 27)]
    out = run("Bandar Lampung – Bappeda Provinsi Lampung menyelenggarakan Konsultasi Publik Rancangan KLHS Revisi RTRW di "
              "Ruang Rapat Utama Bappeda Provinsi Lampung.\nHasil konsultasi publik dituangkan dalam Berita Acara. Berita "
              "Acara tersebut diawali dengan kalimat: “Pada hari ini Kamis tanggal dua puluh tujuh bulan Februari tahun dua "
              "ribu dua puluh lima, bertempat di Ruang Rapat Utama Bappeda Provinsi Lampung, telah dilaksanakan Konsultasi "
              "Publik.”", title="Konsultasi Publik Rancangan KLHS Revisi RTRW Provinsi Lampung", published=None)
    assert out["meeting_date"] == "2025-02-27"


def test_a_meeting_held_for_days_since_its_first_day_is_dated_by_it():
    """'Rakerkesda berlangsung dua hari sejak Selasa (22/7)': the meeting's own span, not a period since another day."""
    out = run("MENGGALA - Dinas Kesehatan Kabupaten Tulang Bawang membawa pulang tiga rekomendasi dari forum kesehatan "
              "tingkat provinsi.\nForum yang dimaksud adalah Rapat Kerja Kesehatan Daerah (Rakerkesda) Provinsi Lampung.\n"
              "Rakerkesda berlangsung dua hari sejak Selasa (22/7) di Hotel Novotel Lampung, Bandar Lampung, dan dibuka oleh "
              "Wakil Gubernur Lampung Jihan Nurlela.", title="Dinkes Tuba Bawa Pulang Tiga Rekomendasi Rakerkesda",
              published="2025-07-25")
    assert out["meeting_date"] == "2025-07-22"


def test_a_document_s_date_is_not_the_meeting_s():
    """'"Ini nota tanggal 9 Januari ...," katanya' then the hearing 'Senin (13/1)': a receipt's date."""
    hits = find_dates("Ini nota tanggal 9 Januari, dua minggu setelah kesepakatan.", date(2025, 1, 13))
    assert [h.strength for h in hits] == [0]


def test_a_meeting_a_month_before_the_news_does_not_date_it():
    """'Sebulan lalu, pada rakor 9 September, TPID ...' opening the lead: the earlier rakor; the news is the one held
    'Selasa (14/10)'."""
    out = run("Bandar Lampung - Inflasi September tercatat 1,86 persen. Sebulan lalu, pada rakor 9 September, Tim "
              "Pengendalian Inflasi Daerah (TPID) Provinsi Lampung menyepakati gerakan pangan murah serentak.\nEvaluasi atas "
              "langkah itu menjadi agenda rapat koordinasi TPID Provinsi Lampung yang kembali digelar di Ruang Rapat Sakai "
              "Sambayan, Selasa (14/10).", title="Inflasi September 1,86 Persen, TPID Lampung Mulai Siaga Jelang Nataru",
              published="2025-10-14")
    assert out["meeting_date"] == "2025-10-14"


def test_a_meeting_weeks_after_another_is_not_dated_by_the_other():
    """'FGD itu digelar tiga pekan setelah rapat dengar pendapat (RDP) ... pada Senin (23/6/2025)': a span puts the
    hearing on another day; the FGD is the lead's 'Kamis (17/7/2025)'."""
    out = run("SuaraLampung.id - Forum Group Discussion (FGD) evaluasi SPMB 2025 yang digelar Komisi V DPRD Provinsi Lampung "
              "di Hotel Emersia, Kamis (17/7/2025), menjadi panggung terbuka bagi semua pihak.\nFGD itu digelar tiga pekan "
              "setelah rapat dengar pendapat (RDP) Komisi V dengan Disdikbud Lampung pada Senin (23/6/2025).",
              title="Jalur Domisili dan FGD Komisi V", published=None)
    assert out["meeting_date"] == "2025-07-17"


def test_a_meeting_first_set_for_one_day_and_held_on_another_is_dated_as_held():
    """'Rapat ... yang semula dijadwalkan Selasa akhirnya digelar Kamis': the plan's word belongs to Tuesday; Thursday is
    the day it happened, the day the report came out."""
    out = run("RADARLAMPUNG.CO.ID - Rapat koordinasi percepatan perbaikan jalan yang semula dijadwalkan Selasa akhirnya "
              "digelar Kamis. Rapat sempat diundur karena Gubernur Lampung Rahmat Mirzani Djausal harus memenuhi undangan "
              "Kementerian Pekerjaan Umum di Jakarta.", title="Sempat Diundur, Gubernur Mirza Kumpulkan Bupati",
              published="2025-06-12")
    assert out["meeting_date"] == "2025-06-12"


def test_a_site_bar_giving_today_gives_way_to_the_story_stamp_with_its_hour():
    """'• Rabu, 24 Desember 2025' above the headline is the site's date bar (the day the page was read); 'Senin, 19 Mei
    2025 - 15.42 WIB' below it is the story's own stamp: the page came out in May, so 'Senin (19/5/2025)' is no meeting
    recalled from months before."""
    out = run("• Rabu, 24 Desember 2025\nCabai Rawit Masih Dongkrak IPH\nSenin, 19 Mei 2025 - 15.42 WIB\n"
              "Suasana rakor pengendalian inflasi di Command Center Diskominfotik Lampung. Foto: Ist/Kupastuntas.co\n"
              "Kupastuntas.co, Bandar Lampung - Harga cabai rawit masih menjadi penyumbang utama kenaikan IPH di Lampung.\n"
              "Hal itu mengemuka dalam Rapat Koordinasi Pengendalian Inflasi Daerah yang digelar Kementerian Dalam Negeri "
              "secara virtual, Senin (19/5/2025). Pemprov Lampung mengikuti rakor dari Ruang Command Center Diskominfotik "
              "Provinsi Lampung.", title="Cabai Rawit Masih Dongkrak IPH", published=None)
    assert out["meeting_date"] == "2025-05-19"


@pytest.mark.parametrize("when, published, expected", [
    ("tadi malam", "2025-03-28", "2025-03-27"),  # the night before the morning the report came out
    ("Sabtu akhir pekan kemarin", "2025-01-20", "2025-01-18"),  # the weekend just gone
    ("pada hari Rabu, tanggal lima Maret 2025", None, "2025-03-05"),  # the day in words, the year in digits
])
def test_days_told_in_words(when, published, expected):
    """'tadi malam', '<weekday> akhir pekan kemarin' and 'tanggal lima Maret 2025' date the meeting."""
    out = run(f"BANDAR LAMPUNG - Gubernur Lampung Rahmat Mirzani Djausal memimpin rapat terbatas bersama Forkopimda di Mahan "
              f"Agung, {when}.\nRapat itu juga membahas rencana rapat lanjutan pada 20 Februari 2025 yang batal.",
              title="Gubernur Gelar Rapat Terbatas Pengamanan Arus Mudik", published=published)
    assert out["meeting_date"] == expected


def test_the_day_a_quotation_telling_where_it_sits_was_said_is_not_its_day():
    """'"RDP akan digelar di ruang rapat Komisi III ...," kata Fauzan, Selasa (26/8).': the day of the saying; the lead's
    'dijadwalkan pada Kamis (28/8) mendatang' dates the hearing."""
    out = run("HARIANMOMENTUM.COM--Komisi III DPRD Provinsi Lampung akan memanggil jajaran direksi PT Lampung Jasa Utama "
              "dalam rapat dengar pendapat (RDP) yang dijadwalkan pada Kamis (28/8) mendatang.\nSekretaris Komisi III, Fauzan "
              "Hakim, mengatakan pemanggilan itu untuk meminta penjelasan atas laporan keuangan BUMD tersebut.\n\"Surat "
              "undangan sudah kami kirim. RDP akan digelar di ruang rapat Komisi III dan dipimpin langsung Ketua Komisi III, "
              "Syahrul Anwar Lubis,\" kata Fauzan, Selasa (26/8).",
              title="Komisi III DPRD Lampung Jadwalkan RDP dengan Direksi PT LJU", published="2025-08-26")
    assert out["meeting_date"] == "2025-08-28"


def test_a_dropped_caption_telling_the_audience_dates_a_story_that_gives_no_day():
    """'Foto: Gubernur ... saat beraudiensi dengan Dirjen ... di Kantor Kementan, Jakarta, Kamis (5/6/2025).': the one day."""
    out = run("Foto: Gubernur Lampung Rahmat Mirzani Djausal (kiri) saat beraudiensi dengan Direktur Jenderal Tanaman Pangan "
              "Kementerian Pertanian Bambang Sugiharto di Kantor Kementan, Jakarta, Kamis (5/6/2025). (ist)\nJAKARTA "
              "(Lampung7) – Dirjen Tanaman Pangan Bambang Sugiharto menerima Gubernur Mirza dan rombongan Pemprov Lampung di "
              "ruang kerjanya. Audiensi membahas tata niaga dan hilirisasi ubi kayu.",
              title="Gubernur Mirza Audiensi ke Dirjen Tanaman Pangan Bahas Hilirisasi Singkong", published=None)
    assert out["meeting_date"] == "2025-06-05"


def test_a_dropped_caption_telling_a_courtesy_call_dates_a_story_that_gives_no_day():
    """'saat melakukan kunjungan kehormatan dengan Dirjen ...': every word for a meeting the rules know marks the caption."""
    out = run("Foto: Gubernur Lampung Rahmat Mirzani Djausal (kiri) saat melakukan kunjungan kehormatan dengan Direktur "
              "Jenderal Tanaman Pangan Bambang Sugiharto di Kantor Kementan, Jakarta, Kamis (5/6/2025). (ist)\nJAKARTA "
              "(Lampung7) – Dirjen Tanaman Pangan Bambang Sugiharto menerima Gubernur Mirza dan rombongan Pemprov Lampung di "
              "ruang kerjanya. Kunjungan kehormatan membahas tata niaga dan hilirisasi ubi kayu.",
              title="Gubernur Mirza Kunjungan Kehormatan ke Dirjen Tanaman Pangan", published=None)
    assert out["meeting_date"] == "2025-06-05"
