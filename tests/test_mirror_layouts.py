"""The mirror's other templates (layouts="varied"): a crawl of hosts in layouts it was not written
for still finds every listing page, every article, and each article's own date."""

from __future__ import annotations

from collections import Counter

import pyarrow.parquet as pq
import pytest

from rapat.mirror import MirrorSite
from rapat.mirror.site import VARIED_THEMES
from tests.conftest import run_crawl_process
from tests.test_mirror import crawl, fetch

VARIED_HOSTS = {f"{key}.lampungprov.go.id" for key in VARIED_THEMES}


@pytest.fixture(scope="module")
def varied():
    return MirrorSite(articles=400, layouts="varied")


def test_default_layout_is_unchanged_and_varied_changes_only_its_hosts(varied):
    classic = MirrorSite(articles=400)
    for copy in classic.copies()[:60]:
        if classic._failure(copy) is None:  # the deliberate failures look the same in any theme
            same = fetch(classic, copy.url)[1].body == fetch(varied, copy.url)[1].body
            assert same == (copy.source.host not in VARIED_HOSTS), copy.url
    with pytest.raises(ValueError):
        MirrorSite(layouts="fancy")


def test_a_walk_of_the_varied_layouts_finds_every_article_with_its_own_date(varied):
    articles, reasons = crawl(varied)
    assert set(articles) == varied.expected_articles()
    stamps = {c.url: (varied.stamp(c.i), c.title) for c in varied.copies()}
    wrong = [(u, a["published_at"], stamps[u][0]) for u, a in articles.items()
             if (a["published_at"], a["title"]) != stamps[u]]
    assert not wrong
    by_parser = Counter(a["parser"] for u, a in articles.items() if u.split("/")[2] in VARIED_HOSTS)
    assert set(by_parser) == {"shared_cms/1", "wordpress/1"}  # site parsers, not the fallback
    assert reasons == Counter({"challenge": 1, "empty": 1, "truncated": 1, "no_body": 1, "http_error": 2, "not_html": 1})


def test_varied_hosts_show_the_other_widgets():
    varied = MirrorSite(articles=1500, layouts="varied")  # enough for several listing pages per host
    pages = {key: fetch(varied, f"https://{key}.lampungprov.go.id/post/berita")[1].body.decode() for key in ("inspektorat", "disnaker")}
    assert 'href="?page=2">Berikutnya</a>' in pages["inspektorat"] and "Berita Populer" in pages["inspektorat"]
    assert '<link rel="next" href="https://disnaker.lampungprov.go.id/post/berita/2">' in pages["disnaker"]
    wp = fetch(varied, "https://dinkes.lampungprov.go.id/")[1].body.decode()
    assert "Older posts" in wp and "entry-title" not in wp


@pytest.mark.slow
def test_a_crawl_of_the_varied_mirror_stores_every_article_with_its_own_date(tmp_path, mirror):
    data = tmp_path / "data"
    with mirror(articles=300, layouts="varied") as (site, server):
        run = run_crawl_process(data, "--mirror", server.url)
        expected = {c.url: site.stamp(c.i) for c in site.copies() if c.url in site.expected_articles()}
    articles = pq.read_table(data / "articles.parquet").to_pylist()
    assert {a["canonical_url"]: a["published_at"] for a in articles} == expected
    assert {r["source"] for r in run.rows if r["status"] != "ok"} == {"dlh"}, run.stderr[-2000:]
    reasons = {f["reason"] for f in pq.read_table(data / "crawl_failures.parquet").to_pylist()}
    assert not reasons & {"pagination_lost", "parser_error", "layout_changed"}
    assert all(r["complete_pass"] for r in run.rows if r["source"] != "dlh")
