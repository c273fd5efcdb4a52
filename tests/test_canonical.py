"""Canonical URLs: one real page, one URL, whatever link led to it."""

import hashlib

import pytest

from crawler.canonical import article_id, canonicalize, page_kind

BAPPEDA = "https://bappeda.lampungprov.go.id"


@pytest.mark.parametrize(
    "given, expected",
    [
        # index.php front controller and scheme/host case
        (f"http://BAPPEDA.Lampungprov.go.id/index.php/detail-post/rapat-persiapan-fgd-tematik",
         f"{BAPPEDA}/detail-post/rapat-persiapan-fgd-tematik"),
        (f"{BAPPEDA}/index.php/post/berita?page=2", f"{BAPPEDA}/post/berita?page=2"),
        # fragments, tracking and Cloudflare challenge parameters
        (f"{BAPPEDA}/detail-post/x?utm_source=wa&utm_medium=social&fbclid=IwAR0#komentar", f"{BAPPEDA}/detail-post/x"),
        ("https://dlh.lampungprov.go.id/pages/pengaduan-pelanggan?__cf_chl_tk=Zx1.abc-123",
         "https://dlh.lampungprov.go.id/pages/pengaduan-pelanggan"),
        (f"{BAPPEDA}/post/berita?gclid=1&page=3&__cf_chl_rt_tk=9", f"{BAPPEDA}/post/berita?page=3"),
        # trailing slash dropped on CMS routes, kept on WordPress permalinks
        (f"{BAPPEDA}/detail-post/x/", f"{BAPPEDA}/detail-post/x"),
        ("https://dinkes.lampungprov.go.id/rencana-uptd-ifka/?utm_campaign=a",
         "https://dinkes.lampungprov.go.id/rencana-uptd-ifka/"),
        # slug case is never changed (ppid uses Title-Case)
        ("https://PPID.lampungprov.go.id/detail-post/Lampung-Targetkan-Kenaikan-Nilai-IDI",
         "https://ppid.lampungprov.go.id/detail-post/Lampung-Targetkan-Kenaikan-Nilai-IDI"),
        # percent-encoding normalised: unreserved decoded, hex upper-cased
        (f"{BAPPEDA}/detail-post/a%7eb%2fc", f"{BAPPEDA}/detail-post/a~b%2Fc"),
        (f"{BAPPEDA}/detail-post/caf%c3%a9", f"{BAPPEDA}/detail-post/caf%C3%A9"),
        # default port dropped
        (f"https://bappeda.lampungprov.go.id:443/detail-post/x", f"{BAPPEDA}/detail-post/x"),
    ],
)
def test_canonicalize(given, expected):
    assert canonicalize(given) == expected


def test_canonicalize_is_idempotent_and_merges_both_routes():
    long_slug = "gubernur-rahmat-mirzani-djausal-dorong-produksi-mocaf-" * 5
    a = canonicalize(f"https://biroadpim.lampungprov.go.id/detail-post/{long_slug}")
    b = canonicalize(f"http://biroadpim.lampungprov.go.id/index.php/detail-post/{long_slug}/?utm_source=x")
    assert a == b == canonicalize(a)
    assert len(a) > 200


def test_title_case_slugs_stay_distinct():
    upper = canonicalize("https://ppid.lampungprov.go.id/detail-post/Rakor-Inflasi")
    lower = canonicalize("https://ppid.lampungprov.go.id/detail-post/rakor-inflasi")
    assert upper != lower and article_id(upper) != article_id(lower)


def test_non_gov_hosts_keep_their_scheme():
    assert canonicalize("http://127.0.0.1:8000/detail-post/x#a") == "http://127.0.0.1:8000/detail-post/x"


@pytest.mark.parametrize("bad", ["", "   ", "detail-post/x", "/detail-post/x"])
def test_canonicalize_rejects_non_urls(bad):
    with pytest.raises(ValueError):
        canonicalize(bad)


def test_article_id_is_16_hex_of_sha256():
    url = f"{BAPPEDA}/detail-post/x"
    assert article_id(url) == hashlib.sha256(url.encode()).hexdigest()[:16]
    assert len(article_id(url)) == 16 and int(article_id(url), 16) >= 0


@pytest.mark.parametrize(
    "url, family, kind",
    [
        (f"{BAPPEDA}/detail-post/musrenbang-2025", "shared_cms", "article"),
        (f"{BAPPEDA}/index.php/detail-post/musrenbang-2025", "shared_cms", "article"),
        (f"{BAPPEDA}/post/berita?page=4", "shared_cms", "listing"),
        (f"{BAPPEDA}/index.php/post/kegiatan", "shared_cms", "listing"),
        (f"{BAPPEDA}/pages/profile-kepala-bappeda", "shared_cms", "other"),
        (f"{BAPPEDA}/berkas/uploads/abc.pdf", "shared_cms", "other"),
        (f"{BAPPEDA}/login", "shared_cms", "other"),
        ("https://dinkes.lampungprov.go.id/", "wordpress", "listing"),
        ("https://dinkes.lampungprov.go.id/page/7/", "wordpress", "listing"),
        ("https://dinkes.lampungprov.go.id/rencana-uptd-ifka/", "wordpress", "article"),
        ("https://dinkes.lampungprov.go.id/2025/01/06/imunisasi/", "wordpress", "article"),
        ("https://dinkes.lampungprov.go.id/wp-content/uploads/2025/01/a.jpg", "wordpress", "other"),
        ("https://dinkes.lampungprov.go.id/wp-admin/", "wordpress", "other"),
        ("https://dinkes.lampungprov.go.id/feed/", "wordpress", "other"),
        ("https://dinkes.lampungprov.go.id/tag/ifka/", "wordpress", "other"),
        ("https://dinkes.lampungprov.go.id/category/berita/", "wordpress", "other"),
        ("https://dinkes.lampungprov.go.id/author/admin/", "wordpress", "other"),
        ("https://dinkes.lampungprov.go.id/?p=8123", "wordpress", "article"),
        ("https://dinkes.lampungprov.go.id/?s=imunisasi", "wordpress", "other"),
    ],
)
def test_page_kind(url, family, kind):
    assert page_kind(url, family) == kind


def test_page_kind_unknown_family():
    with pytest.raises(ValueError, match="unknown CMS family"):
        page_kind(f"{BAPPEDA}/detail-post/x", "joomla")
