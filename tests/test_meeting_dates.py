"""Meeting dates: day/month forms, relative days and wire-style weekdays, resolved against publication."""

from datetime import date

import pytest

from pipelines.extract.dates import find_dates, resolve_yearless


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
