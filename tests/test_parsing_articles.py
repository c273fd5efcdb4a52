"""Article parsing against hand-recorded pages (tests/pages/), one furniture variant per page."""

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from crawler.parsing import parse_article
from pipelines.schema import ARTICLES

PAGES = Path(__file__).parent / "pages"
WIB = ZoneInfo("Asia/Jakarta")
PAGE_FIELDS = {
    "url", "canonical_url", "article_id", "title", "published_at", "published_time_known", "dateline", "lead",
    "body_text", "image_urls", "views", "word_count", "content_sha256", "parser", "quality_flags",
}
FURNITURE = ["Tabik", "Super Administrator", "Dilihat", "Bagikan", "Berita Terkini", "Hubungi Kami", "Ikuti Kami",
             "Tentang Kami", "Login", "#pemprovlampung", "@pemprov", "Baca Juga", "Post\n"]


def parse(name: str, url: str, family: str = "shared_cms", **kw) -> dict:
    return parse_article(url, (PAGES / name).read_bytes(), family=family, **kw)


@pytest.fixture(scope="module")
def rakor():
    return parse("disperindag_rakor.html",
                 "https://disperindag.lampungprov.go.id/index.php/detail-post/gubernur-lampung-rahmat-mirzani-djausal-"
                 "menggelar-rapat-koordinasi-bersama-bupati-walikota-se-provinsi-lampung")


def test_fields_are_exactly_the_page_columns_of_the_schema(rakor):
    assert set(rakor) == PAGE_FIELDS
    assert PAGE_FIELDS <= set(ARTICLES.names)


def test_shared_cms_article(rakor):
    assert rakor["parser"] == "shared_cms/1"
    assert rakor["title"].startswith("Gubernur Lampung Rahmat Mirzani Djausal Menggelar Rapat Koordinasi")
    assert rakor["canonical_url"].startswith("https://disperindag.lampungprov.go.id/detail-post/gubernur-")
    assert rakor["published_at"] == datetime(2025, 4, 16, 14, 5, tzinfo=WIB)
    assert rakor["published_time_known"] is True
    assert rakor["views"] == 1214
    assert rakor["dateline"] == "Bandar Lampung"
    assert rakor["lead"].startswith("Gubernur Lampung Rahmat Mirzani Djausal memimpin Rapat Koordinasi")
    assert "Rabu (16/04/2025)" in rakor["lead"]  # the event date survives dateline stripping
    assert rakor["body_text"].startswith(rakor["lead"])
    assert rakor["body_text"].count("\n\n") == 3  # four paragraphs
    assert rakor["word_count"] == len(rakor["body_text"].split())
    assert rakor["image_urls"] == [
        "https://disperindag.lampungprov.go.id/berkas/uploads/Qw3rTy7UiOp1AsDfGh2JkLzXcVbNm4QwErTyUiOp.jpg",
        "https://disperindag.lampungprov.go.id/berkas/uploads/Zx9CvBn8MqWe7RtYuIo6PaSdFgHjKl5ZxCvBnMqW.jpg",
    ]
    assert rakor["quality_flags"] == []


@pytest.mark.parametrize("name", [
    "disperindag_rakor.html", "bappeda_musrenbang_caps.html", "ppid_title_case.html", "biroadpim_long_slug.html",
    "balitbangda_br_body.html", "www_repost_caps.html",
])
def test_no_furniture_left_in_body(name):
    a = parse(name, "https://bappeda.lampungprov.go.id/detail-post/x")
    for junk in FURNITURE:
        assert junk not in a["body_text"], junk
    assert a["title"] not in a["body_text"]
    assert not a["body_text"].startswith(("Post", "Bandar", "BANDAR", "Tabik", "Selamat"))


def test_all_caps_title_and_inline_greeting():
    a = parse("bappeda_musrenbang_caps.html", "https://bappeda.lampungprov.go.id/detail-post/musrenbang-2025")
    assert a["title"].startswith("MUSRENBANG PROVINSI LAMPUNG 2025 RESMI DIGELAR")
    assert a["published_at"] == datetime(2025, 5, 9, 17, 38, tzinfo=WIB) and a["views"] == 33
    assert a["dateline"] == "Bandar Lampung"
    assert a["lead"].startswith("Badan Perencanaan Pembangunan Daerah (Bappeda)")
    assert "Kamis (08/05/2025)" in a["lead"]


def test_old_post_with_unknown_time_and_index_php_url():
    a = parse("bappeda_2018_index_php.html",
              "https://bappeda.lampungprov.go.id/index.php/detail-post/konsultasi-rancangan-awal-rpjmd-kabupaten-lampung-barat-20172022")
    assert a["canonical_url"] == ("https://bappeda.lampungprov.go.id/detail-post/"
                                  "konsultasi-rancangan-awal-rpjmd-kabupaten-lampung-barat-20172022")
    assert a["published_at"] == datetime(2018, 2, 15, 0, 0, tzinfo=WIB)
    assert a["published_time_known"] is False and "time_unknown" in a["quality_flags"]
    assert a["dateline"] == "Bandarlampung"  # BANDARLAMPUNG ----- normalised
    assert a["lead"].startswith("Pemerintah Kabupaten Lampung Barat") and "Kamis (15/02/2018)" in a["lead"]
    assert a["views"] == 1940
    assert a["image_urls"] == ["https://bappeda.lampungprov.go.id/index.php/berkas/uploads/Mn7Bv5Cx3Zl1Kj9Hg7Fd5Sa3Qw1Er9Ty7Ui5Op3A.jpg"]


def test_date_dateline_is_kept_in_text_and_br_paragraphs_split():
    a = parse("balitbangda_br_body.html", "https://balitbangda.lampungprov.go.id/detail-post/kunjungan-istimewa")
    assert a["dateline"] == "Jumat 10/11/2023"
    assert a["lead"].startswith("Jumat 10/11/2023. Komisi Informasi Provinsi Lampung")
    assert a["body_text"].count("\n\n") == 2  # three <br><br> paragraphs, the hashtag block dropped
    assert "#" not in a["body_text"]


def test_title_case_slug_indonesian_month_greeting_line_antara_and_handles():
    url = "https://ppid.lampungprov.go.id/detail-post/Lampung-Targetkan-Kenaikan-Nilai-IDI-Pj-Sekda-Dorong-Kolaborasi-Seluruh-Elemen"
    a = parse("ppid_title_case.html", url)
    assert a["canonical_url"] == url  # case kept
    assert a["published_at"] == datetime(2025, 6, 11, 15, 47, tzinfo=WIB)  # "11 Juni 2025"
    assert a["views"] == 2051
    assert a["dateline"] == "Bandar Lampung"  # "Bandar Lampung (ANTARA) -"
    assert a["lead"].startswith("Pj. Sekretaris Daerah Provinsi Lampung M. Firsada") and "Rabu, (11/6/2025)" in a["lead"]
    assert "@" not in a["body_text"] and "Baca Juga" not in a["body_text"]
    assert "Pemprov Lampung Gelar Rakor Kominfotik" not in a["body_text"]  # sidebar


def test_cross_posted_release_hashes_equal_despite_furniture():
    long_slug = ("gubernur-rahmat-mirzani-djausal-dorong-produksi-mocaf-sebagai-penggerak-ekonomi-inklusif-di-kabupaten-"
                 "pringsewu-hilirisasi-singkong-dinilai-mampu-memperkuat-ketahanan-pangan-dan-ekonomi-daerah")
    adpim = parse("biroadpim_long_slug.html", f"https://biroadpim.lampungprov.go.id/detail-post/{long_slug}")
    www = parse("www_repost_caps.html", "https://www.lampungprov.go.id/detail-post/GUBERNUR-MIRZA-DORONG-PRODUKSI-MOCAF")
    assert adpim["canonical_url"].endswith("/detail-post/" + long_slug) and len(long_slug) > 190
    assert adpim["dateline"] == "Bandarlampung" and www["dateline"] == "Bandar Lampung"
    assert adpim["title"] != www["title"] and adpim["article_id"] != www["article_id"]
    assert adpim["content_sha256"] == www["content_sha256"]
    assert adpim["body_text"] == www["body_text"]


def test_content_hash_changes_with_the_text(rakor):
    changed = (PAGES / "disperindag_rakor.html").read_text().replace("cabai", "jagung")
    other = parse_article(rakor["url"], changed, family="shared_cms")
    assert other["content_sha256"] != rakor["content_sha256"]


def test_wordpress_article():
    url = "https://dinkes.lampungprov.go.id/rencana-pembentukan-uptd-ifka-dinkes-sumsel-kaji-banding-ke-dinkes-lampung/"
    a = parse("dinkes_wp_article.html", url, family="wordpress")
    assert a["parser"] == "wordpress/1" and a["canonical_url"] == url
    assert a["title"] == "Rencana Pembentukan UPTD IFKA, Dinkes Sumsel Kaji Banding ke Dinkes Lampung"
    assert a["published_at"] == datetime(2025, 1, 14, 9, 12, 40, tzinfo=WIB) and a["published_time_known"]
    assert a["dateline"] == "Bandar Lampung" and "Selasa (14/01/2025)" in a["lead"]
    for junk in ("Bagikan ini", "Facebook", "Terkait", "Rakor Imunisasi", "Kategori", "Pos-pos Terbaru"):
        assert junk not in a["body_text"]
    assert a["image_urls"] == ["https://dinkes.lampungprov.go.id/wp-content/uploads/2025/01/kaji-banding-ifka.jpg",
                               "https://dinkes.lampungprov.go.id/wp-content/uploads/2025/01/ifka-gudang.jpg"]
    assert a["views"] is None


def test_unrecognised_layout_falls_back_to_trafilatura():
    a = parse("redesigned_article.html", "https://www.lampungprov.go.id/detail-post/wagub-jihan-pimpin-rakor-stunting")
    assert a["parser"] == "fallback/trafilatura" and "fallback_parser" in a["quality_flags"]
    assert a["title"] == "Wagub Jihan Pimpin Rakor Percepatan Penurunan Stunting"
    assert a["lead"].startswith("Wakil Gubernur Lampung Jihan Nurlela memimpin Rapat Koordinasi")
    assert "Selasa (12/08/2025)" in a["lead"] and a["dateline"] == "Bandar Lampung"
    assert a["published_at"] == datetime(2025, 8, 12, 10, 30, tzinfo=WIB) and a["published_time_known"]
    for junk in ("Berita Lainnya", "Resmikan Jalan", "Beranda", "481108", "Tabik"):
        assert junk not in a["body_text"]


def test_str_body_and_charset_from_header():
    raw = (PAGES / "disperindag_rakor.html").read_bytes()
    latin = raw.decode("utf-8").replace("“", '"').replace("”", '"').replace("&ldquo;", '"').encode("latin-1", "replace")
    a = parse_article("https://disperindag.lampungprov.go.id/detail-post/x", latin, family="shared_cms",
                      content_type="text/html; charset=ISO-8859-1")
    b = parse_article("https://disperindag.lampungprov.go.id/detail-post/x", raw.decode("utf-8"), family="shared_cms")
    assert a["title"] == b["title"] and a["word_count"] == b["word_count"]


def test_unknown_family_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown CMS family"):
        parse("disperindag_rakor.html", "https://x.lampungprov.go.id/detail-post/x", family="drupal")
