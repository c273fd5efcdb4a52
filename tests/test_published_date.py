"""The article's own date: meta line by the title, header <time>, metadata, then the lead's dateline;
never a date from a sidebar, a related/recent/popular block, a footer, a comment or a calendar."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from crawler.parsing import parse_article
from crawler.parsing.published import own_date
from crawler.parsing.text import parse_fragment

PAGES = Path(__file__).parent / "pages"
WIB = ZoneInfo("Asia/Jakarta")


def parse(name: str, url: str, family: str = "shared_cms") -> dict:
    return parse_article(url, (PAGES / name).read_bytes(), family=family)


def test_meta_line_beats_a_dated_popular_block_placed_before_the_article():
    a = parse("opd_theme_b_dated_sidebar_first.html", "https://bappeda.lampungprov.go.id/detail-post/rapat-evaluasi-rkpd")
    assert a["published_at"] == datetime(2025, 11, 20, 14, 5, tzinfo=WIB) and a["published_time_known"]
    assert a["parser"] == "shared_cms/1" and a["views"] == 41
    assert "Berita Populer" not in a["body_text"] and "Konsultasi RPJPD" not in a["body_text"]


def test_json_ld_article_date_not_related_posts_comments_or_calendar():
    a = parse("wp_theme_jsonld_related_comments.html", "https://dinkes.lampungprov.go.id/rakor-percepatan-imunisasi/",
              family="wordpress")
    assert a["published_at"] == datetime(2025, 2, 18, 9, 12, 44, tzinfo=WIB) and a["published_time_known"]


def test_no_own_date_is_null_and_flagged_even_with_dated_sidebars_and_footer():
    a = parse("generic_no_own_date_dated_sidebar.html", "https://dinsos.lampungprov.go.id/pages/layanan-pengaduan")
    assert a["published_at"] is None and "no_date" in a["quality_flags"]


def test_the_leads_dateline_is_the_last_resort():
    a = parse("generic_dateline_only.html", "https://balitbangda.lampungprov.go.id/detail-post/kunjungan-ki")
    assert a["published_at"] == datetime(2023, 11, 10, tzinfo=WIB) and not a["published_time_known"]
    assert {"date_from_dateline", "time_unknown"} <= set(a["quality_flags"])


def _doc(header: str, extra: str = "") -> object:
    body = "<p>" + "Isi berita yang panjang sekali. " * 10 + "</p>"
    return parse_fragment(f"<html><head>{extra}</head><body><article><header><h1>Judul</h1>{header}</header>"
                          f"<div class='isi'>{body}</div></article>"
                          f"<aside><h3>Berita Terkini</h3><span class='date'>01 Januari 2020</span></aside></body></html>")


@pytest.mark.parametrize("header, extra, expected", [
    # 1. the meta line next to the title wins over everything below it
    ('<div class="meta">08:15 WIB | 12 Mei 2025</div>', '<meta property="article:published_time" content="2025-05-01T10:00:00+07:00">',
     datetime(2025, 5, 12, 8, 15, tzinfo=WIB)),
    # 2. a <time> in the header
    ('<p class="byline">oleh Admin</p><div><time datetime="2025-05-13T09:00:00+07:00">13/05/2025</time></div>', "",
     datetime(2025, 5, 13, 9, 0, tzinfo=WIB)),
    # 3. article:published_time when the page shows no date
    ("", '<meta property="article:published_time" content="2025-05-14T11:30:00+07:00">', datetime(2025, 5, 14, 11, 30, tzinfo=WIB)),
    # the meta line's day with the metadata's clock time when both agree on the day
    ('<span class="tanggal">15 May 2025</span>', '<meta property="article:published_time" content="2025-05-15T07:45:00+07:00">',
     datetime(2025, 5, 15, 7, 45, tzinfo=WIB)),
    # English month-first dates of WordPress themes
    ('<span class="posted-on">May 16, 2025</span>', "", datetime(2025, 5, 16, tzinfo=WIB)),
])
def test_order_of_trust(header, extra, expected):
    assert own_date(_doc(header, extra), title="Judul").at == expected


def test_only_a_sidebar_date_gives_no_date():
    got = own_date(_doc(""), title="Judul")
    assert got.at is None and got.flags == ["no_date"]
