"""`rapat parse` on a page of any host: registered hosts use their family, others are recognised
from the page itself (shared CMS, WordPress) or parsed generically, and the family used is shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crawler.parsing.detect import detect_family
from rapat.cli import app

PAGES = Path(__file__).parent / "pages"


def _parse(*args: str):
    result = CliRunner().invoke(app, ["parse", *args])
    return result, (json.loads(result.stdout) if result.exit_code == 0 else None)


@pytest.mark.parametrize("page, family", [
    ("disperindag_rakor.html", "shared_cms"), ("opd_theme_b_dated_sidebar_first.html", "shared_cms"),
    ("dinkes_wp_article.html", "wordpress"), ("wp_theme_jsonld_related_comments.html", "wordpress"),
    ("redesigned_article.html", "generic"),
])
def test_family_is_recognised_from_the_page(page, family):
    assert detect_family((PAGES / page).read_text(encoding="utf-8"))[0] == family


def test_unregistered_host_of_a_known_family_parses_with_its_site_parser():
    result, article = _parse("--url", "https://dpmptsp.lampungprov.go.id/detail-post/rapat", str(PAGES / "opd_theme_b_dated_sidebar_first.html"))
    assert result.exit_code == 0, result.output
    assert article["parser"] == "shared_cms/1" and article["published_at"].startswith("2025-11-20 14:05")
    assert "family: shared_cms (host not registered; detected from" in result.stderr


def test_unregistered_host_without_markers_uses_the_generic_fallback():
    result, article = _parse("--url", "https://berita.example.org/2025/08/rakor", str(PAGES / "redesigned_article.html"))
    assert result.exit_code == 0, result.output
    assert article["parser"] == "fallback/trafilatura" and "no CMS markers" in result.stderr


def test_family_option_overrides_and_listing_mode():
    result, listing = _parse("--listing", "--family", "shared_cms", "--url", "https://inspektorat.lampungprov.go.id/post/berita?page=2",
                             str(PAGES / "inspektorat_listing_page2.html"))
    assert result.exit_code == 0, result.output
    assert len(listing["article_urls"]) == 3 and listing["next_url"] == "https://inspektorat.lampungprov.go.id/post/berita?page=3"
    assert "family: shared_cms (--family)" in result.stderr


def test_a_rejected_page_says_why():
    result, _ = _parse("--url", "https://bappeda.lampungprov.go.id/detail-post/x", str(PAGES / "cloudflare_challenge.html"))
    assert result.exit_code != 0 and "rejected: challenge" in result.output


def test_generic_listing_of_an_unknown_site():
    from crawler.parsing import parse_listing

    html = ('<html><body><nav><a href="/tentang/kami-dan-visi-misi-organisasi">Tentang</a></nav><main>'
            '<div><h3><a href="/berita/2025/rakor-a">Rakor A</a></h3><p>12 Mei 2025</p></div>'
            '<div><h3><a href="/berita/2025/rakor-b">Rakor B</a></h3><p>9 Mei 2025</p></div>'
            '<a href="/berita?hal=2">Berikutnya</a></main></body></html>')
    got = parse_listing("https://berita.example.org/berita", html, family="generic")
    assert got.article_urls == ["https://berita.example.org/berita/2025/rakor-a", "https://berita.example.org/berita/2025/rakor-b"]
    assert got.next_url == "https://berita.example.org/berita?hal=2" and str(got.dates[0]) == "2025-05-12"
