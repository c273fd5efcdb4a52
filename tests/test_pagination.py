"""Next pages in every common form, and partial listings that are loud (pagination_lost)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from crawler.parsing import parse_listing
from crawler.parsing.pagination import find_pagination, page_number
from crawler.parsing.text import parse_fragment
from tests.conftest import run_crawl_process

PAGES = Path(__file__).parent / "pages"
ARTICLE = (PAGES / "disperindag_rakor.html").read_bytes()
CMS = "https://inspektorat.lampungprov.go.id"


def _pages(url: str, links: str):
    return find_pagination(url, parse_fragment(f"<html><body><main>{links}</main></body></html>"))


@pytest.mark.parametrize("url, n", [
    ("https://h/post/berita?page=3", 3), ("https://h/post/berita?cat=1&page=4", 4), ("https://h/berita?hal=5", 5),
    ("https://h/page/6/", 6), ("https://h/category/berita/page/7", 7), ("https://h/berita/index/8", 8),
    ("https://h/post/berita/9", 9), ("https://h/post/berita", 1), ("https://h/?paged=2", 2),
    ("https://h/post/berita?page=\u00b2", 1), ("http://[::1", 1),
])
def test_page_number_in_every_url_form(url, n):
    assert page_number(url) == n


@pytest.mark.parametrize("url, links, expected", [
    # rel=next as a <link> in the head or on an anchor
    (f"{CMS}/post/berita", '<link rel="next" href="/post/berita?page=2">', f"{CMS}/post/berita?page=2"),
    (f"{CMS}/post/berita", '<a rel="next" href="?page=2">go</a>', f"{CMS}/post/berita?page=2"),
    # query-only, relative, root-relative and absolute hrefs
    (f"{CMS}/post/berita?page=2", '<a href="?page=3">Berikutnya</a>', f"{CMS}/post/berita?page=3"),
    (f"{CMS}/post/berita/2", '<a href="3">Selanjutnya</a>', f"{CMS}/post/berita/3"),
    (f"{CMS}/post/berita", '<a href="/post/berita/2">Lanjut</a>', f"{CMS}/post/berita/2"),
    (f"{CMS}/berita?hal=1", f'<a href="{CMS}/berita?hal=2">Next</a>', f"{CMS}/berita?hal=2"),
    (f"{CMS}/berita/index/1", '<a href="/berita/index/2">Halaman berikutnya</a>', f"{CMS}/berita/index/2"),
    (f"{CMS}/", '<div class="nav-previous"><a href="/page/2/">Older posts</a></div>', f"{CMS}/page/2/"),
    (f"{CMS}/post/all?x=1&page=1", '<a href="?x=1&amp;page=2">\u00bb</a>', f"{CMS}/post/all?x=1&page=2"),
    (f"{CMS}/post/all", '<a href="/post/all?page=2">\u203a</a>', f"{CMS}/post/all?page=2"),
    (f"{CMS}/post/all", '<a href="/post/all?page=2">&gt;</a>', f"{CMS}/post/all?page=2"),
    (f"{CMS}/post/all", '<a href="/post/all?page=2" aria-label="Next"><i class="fa"></i></a>', f"{CMS}/post/all?page=2"),
    # numbered links only
    (f"{CMS}/post/berita?page=2", '<a href="?page=1">1</a><a href="?page=3">3</a>', f"{CMS}/post/berita?page=3"),
    # a "1 2 ... 12" window without page 3: written in the links' own form
    (f"{CMS}/post/berita?page=2", '<a href="?page=1">1</a><span>2</span><a href="?page=12">12</a>',
     f"{CMS}/post/berita?page=3"),
    # a bare arrow to the last page is not the next page when page N+1 is linked
    (f"{CMS}/post/berita", '<a href="?page=2">2</a><a href="?page=9">\u00bb</a>', f"{CMS}/post/berita?page=2"),
    # <base href> decides where relative hrefs point
    (f"{CMS}/post/berita", '<base href="/post/"><a href="berita?page=2">Next</a>', f"{CMS}/post/berita?page=2"),
    # offset schemes (CodeIgniter): the labelled link is trusted as it is
    (f"{CMS}/berita/10", '<a href="/berita/0">1</a><a href="/berita/20">Next</a>', f"{CMS}/berita/20"),
])
def test_next_page_in_every_common_form(url, links, expected):
    assert _pages(url, links).next_url == expected


def test_highest_advertised_page_and_last_labels():
    got = _pages(f"{CMS}/post/berita", '<a href="?page=2">2</a><a href="?page=3">3</a><a href="?page=40">Terakhir</a>')
    assert got.last_page == 40 and got.next_url == f"{CMS}/post/berita?page=2"


@pytest.mark.parametrize("links", [
    '<a href="javascript:loadMore(2)">Berikutnya</a>',  # script-driven
    '<a href="?page=1" rel="next">Next</a>',  # points back
])
def test_next_link_that_cannot_be_followed_is_reported(links):
    got = _pages(f"{CMS}/post/berita?page=2", links)
    assert got.next_url is None and got.blocked


def test_disabled_next_on_the_last_page_is_not_blocked():
    got = _pages(f"{CMS}/post/berita?page=5", '<li class="disabled"><a href="#">Next</a></li><a href="?page=4">4</a>')
    assert got.next_url is None and got.blocked is None and got.last_page == 4


def test_read_more_links_and_other_listings_are_not_pagination():
    links = ('<h2><a href="/detail-post/a">Berita A</a></h2><a href="/detail-post/a">Selanjutnya</a>'
             '<a href="/post/artikel?page=2">2</a>')
    got = _pages(f"{CMS}/post/berita", links)
    assert got == type(got)()


def test_article_links_by_route_not_by_class():
    html = ('<html><body><div class="kartu"><h5><a href="/index.php/detail-post/satu">Satu</a></h5><small>3 Mei 2025</small></div>'
            '<div class="kartu"><a href="../detail-post/dua"><img src="x.jpg"></a><a href="../detail-post/dua">Dua</a></div>'
            '<div class="related-posts"><h4>Berita Terkait</h4><a href="/detail-post/lain">Lain</a> 1 Mei 2025</div>'
            '<ul class="pager"><li><a href="/post/berita/2">Berikutnya</a></li></ul></body></html>')
    got = parse_listing(f"{CMS}/post/berita", html, family="shared_cms")
    assert [u.rsplit("/", 1)[1] for u in got.article_urls] == ["satu", "dua"]
    assert got.next_url == f"{CMS}/post/berita/2"


def test_wordpress_listing_in_another_theme():
    html = ('<html><body><main id="main"><div class="grid"><div class="card"><h3 class="judul"><a href="/rakor-gizi/">Rakor</a>'
            '</h3></div><div class="card"><h3><a href="/2025/01/06/imunisasi/">Imunisasi</a></h3></div></div>'
            '<a href="/profil/">Profil</a><div class="nav-previous"><a href="/page/2/">Older posts</a></div></main>'
            '<aside><h2>Recent Posts</h2><a href="/lama/">Lama</a></aside></body></html>')
    got = parse_listing("https://dinkes.lampungprov.go.id/", html, family="wordpress")
    assert got.article_urls == ["https://dinkes.lampungprov.go.id/rakor-gizi/",
                                "https://dinkes.lampungprov.go.id/2025/01/06/imunisasi/"]
    assert got.next_url == "https://dinkes.lampungprov.go.id/page/2/"


# -- crawls: a partial listing is a pagination_lost row and the source is not ok -------------------

def _listing(items: list[str], pagination: str) -> bytes:
    cards = "".join(f'<div class="single-post-text"><h2><a href="/detail-post/{s}">{s}</a></h2></div>' for s in items)
    return f'<html><body><div class="blog-area">{cards}<ul class="pagination">{pagination}</ul></div></body></html>'.encode()


def _crawl(tmp_path, local_site, pages: dict, *args):
    def route(host, path):
        if path.startswith("/detail-post/"):
            return 200, {}, ARTICLE
        return (200, {}, pages[path]) if path in pages else None

    data = tmp_path / "data"
    with local_site(route) as site:
        run = run_crawl_process(data, "--source", "disperindag", "--mirror", site.url, *args)
    failures = pq.read_table(data / "crawl_failures.parquet").to_pylist() if (data / "crawl_failures.parquet").exists() else []
    return run, failures, site


@pytest.mark.slow
def test_a_listing_read_short_of_its_advertised_pages_fails_loudly(tmp_path, local_site):
    pages = {"/post/berita": _listing(["a-1", "a-2"], '<li><a href="?page=2">2</a></li><li><a href="?page=5">5</a></li>'),
             # page 2 offers only a script-driven next: pages 3-5 cannot be reached
             "/post/berita?page=2": _listing(["a-3"], '<li><a href="javascript:go(3)">Berikutnya</a></li>')}
    run, failures, _ = _crawl(tmp_path, local_site, pages)
    (row,) = run.rows
    assert run.returncode == 1 and row["status"] == "error" and "pagination_lost" in row["error"], run.stderr
    assert row["complete_pass"] is False and row["articles_new"] == 3
    lost = [f for f in failures if f["reason"] == "pagination_lost"]
    assert [f["url"] for f in lost] == ["https://disperindag.lampungprov.go.id/post/berita?page=2"]


@pytest.mark.slow
def test_an_empty_page_inside_the_advertised_range_is_a_partial_listing(tmp_path, local_site):
    pages = {"/post/berita": _listing(["c-1"], '<li><a href="?page=2">2</a></li><li><a href="?page=4">4</a></li>'),
             "/post/berita?page=2": _listing([], "")}  # the CMS lost pages 2-4 of its index
    run, failures, _ = _crawl(tmp_path, local_site, pages)
    assert run.returncode == 1 and run.rows[0]["complete_pass"] is False, run.stderr
    (lost,) = [f for f in failures if f["reason"] == "pagination_lost"]
    assert lost["detail"] == "stopped at page 2, the listing advertises page 4"


@pytest.mark.slow
def test_listing_items_that_no_route_can_follow_fail_loudly(tmp_path, local_site):
    redesigned = (b'<html><body><div class="blog-area"><h2><a href="/berita/baca/satu">Satu</a></h2>'
                  b'<h2><a href="/berita/baca/dua">Dua</a></h2></div></body></html>')
    run, failures, _ = _crawl(tmp_path, local_site, {"/post/berita": redesigned})
    assert run.returncode == 1 and run.rows[0]["status"] == "error", run.stderr
    assert [f["reason"] for f in failures] == ["pagination_lost"] and "2 listed items" in failures[0]["detail"]


@pytest.mark.slow
def test_a_complete_walk_and_an_incremental_early_stop_are_not_partial(tmp_path, local_site):
    numbered = '<li><a href="?page=1">1</a></li><li><a href="?page=2">2</a></li><li><a href="?page=3">3</a></li>'
    pages = {"/post/berita": _listing(["b-1"], numbered), "/post/berita?page=2": _listing(["b-2"], numbered),
             "/post/berita?page=3": _listing(["b-3"], numbered)}
    first, failures, _ = _crawl(tmp_path, local_site, pages)
    assert first.returncode == 0 and first.rows[0]["complete_pass"] and first.rows[0]["articles_new"] == 3, first.stderr
    again, failures, site = _crawl(tmp_path, local_site, pages)
    assert again.returncode == 0 and again.rows[0]["mode"] == "incremental", again.stderr
    assert ("disperindag.lampungprov.go.id", "/post/berita?page=2") not in site.hits  # stopped early, by design
    assert not [f for f in failures if f["reason"] == "pagination_lost"]
