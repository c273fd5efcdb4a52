"""Listing pages: article links newest first, their dates, and the next page."""

from datetime import date
from pathlib import Path

import pytest

from crawler.parsing import Listing, PageRejected, parse_listing

PAGES = Path(__file__).parent / "pages"


def listing(name: str, url: str, family: str = "shared_cms") -> Listing:
    return parse_listing(url, (PAGES / name).read_bytes(), family=family)


def test_shared_cms_listing_mixed_link_forms_without_sidebar_or_footer():
    got = listing("inspektorat_listing_page2.html", "https://inspektorat.lampungprov.go.id/post/berita?page=2")
    assert got.article_urls == [
        "https://inspektorat.lampungprov.go.id/index.php/detail-post/inspektorat-gelar-rapat-evaluasi-tindak-lanjut-hasil-pemeriksaan",
        "https://inspektorat.lampungprov.go.id/detail-post/inspektur-provinsi-lampung-mendampingi-gubernur-lampung-dalam-"
        "menerima-penghargaan-wajar-tanpa-pengecualian-dari-menteri-keuangan-ri",
        "https://inspektorat.lampungprov.go.id/detail-post/sosialisasi-zona-integritas-menuju-wbk-wbbm?utm_source=whatsapp#komentar",
    ]
    assert got.dates == [date(2022, 3, 3), date(2022, 2, 24), date(2022, 2, 17)]
    assert got.next_url == "https://inspektorat.lampungprov.go.id/post/berita?page=3"


def test_next_page_from_raquo_without_rel_and_missing_dates():
    got = listing("museum_listing_raquo.html", "https://museumketransmigrasian.lampungprov.go.id/post/all?page=3")
    assert len(got.article_urls) == 2
    assert got.dates == [date(2021, 5, 5), None]  # Indonesian month; second item shows no date
    assert got.next_url == "https://museumketransmigrasian.lampungprov.go.id/post/all?page=4"


def test_page_beyond_the_end_is_an_empty_listing():
    got = listing("cms_listing_beyond_end.html", "https://disnaker.lampungprov.go.id/post/berita?page=9")
    assert got == Listing([], None, [])


def test_page_without_listing_structure_is_layout_changed():
    with pytest.raises(PageRejected) as info:
        listing("cms_redesigned_home.html", "https://www.lampungprov.go.id/post/berita")
    assert info.value.reason == "layout_changed"


def test_an_article_page_is_not_a_listing_of_its_sidebar():
    # Article pages have no listing area; only sidebar links point to articles.
    got = listing("disperindag_rakor.html", "https://disperindag.lampungprov.go.id/detail-post/x")
    assert got.article_urls == []


def test_wordpress_listing():
    got = listing("dinkes_wp_listing_page2.html", "https://dinkes.lampungprov.go.id/page/2/", family="wordpress")
    assert got.article_urls == [
        "https://dinkes.lampungprov.go.id/rencana-pembentukan-uptd-ifka-dinkes-sumsel-kaji-banding-ke-dinkes-lampung/",
        "https://dinkes.lampungprov.go.id/dinkes-lampung-gelar-rakor-imunisasi/",
        "https://dinkes.lampungprov.go.id/2025/01/06/pencanangan-bulan-imunisasi-anak-sekolah/",
    ]
    assert got.dates == [date(2025, 1, 14), date(2025, 1, 10), date(2025, 1, 6)]
    assert got.next_url == "https://dinkes.lampungprov.go.id/page/3/"


def test_wordpress_last_page_has_no_next():
    html = (PAGES / "dinkes_wp_listing_page2.html").read_text()
    cut = html.split('<a class="page-numbers" href="https://dinkes.lampungprov.go.id/page/3/">')[0] + "</div></nav></main></div></body></html>"
    got = parse_listing("https://dinkes.lampungprov.go.id/page/2/", cut, family="wordpress")
    assert len(got.article_urls) == 3 and got.next_url is None


def test_sidebar_widget_outside_any_sidebar_class_is_ignored():
    html = (PAGES / "inspektorat_listing_page2.html").read_text()
    html = html.replace('<div class="sidebar-area">', '<div class="kolom-kanan">')  # a theme without .sidebar*
    got = parse_listing("https://inspektorat.lampungprov.go.id/post/berita?page=2", html, family="shared_cms")
    assert len(got.article_urls) == 3
    assert not any("inspektorat-raih-predikat-wbk-2024" in u for u in got.article_urls)


def test_next_link_pointing_backwards_is_ignored():
    html = (PAGES / "inspektorat_listing_page2.html").read_text().replace("?page=3", "?page=1")
    got = parse_listing("https://inspektorat.lampungprov.go.id/post/berita?page=2", html, family="shared_cms")
    assert len(got.article_urls) == 3 and got.next_url is None
