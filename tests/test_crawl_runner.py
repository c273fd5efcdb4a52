"""The runner: clear refusals before crawling, and a loud verdict after it."""

from __future__ import annotations

from pathlib import Path

from rapat.crawl import CrawlLock
from tests.conftest import run_crawl_process

PAGE = (Path(__file__).parent / "pages" / "disperindag_rakor.html").read_bytes()
EMPTY_LISTING = b'<html><body><div class="blog-area"><ul class="pagination"><li>1</li></ul></div></body></html>'
LISTING = EMPTY_LISTING.replace(
    b'<div class="blog-area">',
    b'<div class="blog-area"><div class="single-post-text"><h2><a href="/detail-post/ok-1">ok</a></h2></div>',
)


def test_zero_articles_where_there_were_some_fails_the_run(tmp_path, local_site):
    listing = {"body": LISTING}

    def route(host, path):
        if path == "/post/berita":
            return 200, {}, listing["body"]
        if path == "/detail-post/ok-1":
            return 200, {}, PAGE
        return None

    data = tmp_path / "data"
    with local_site(route) as site:
        first = run_crawl_process(data, "--source", "disperindag", "--mirror", site.url)
        listing["body"] = EMPTY_LISTING  # the site "changed": its listing shows nothing any more
        second = run_crawl_process(data, "--source", "disperindag", "--mirror", site.url)
    assert first.returncode == 0 and first.rows[0]["articles_new"] == 1, first.stderr
    assert second.returncode == 1
    (row,) = second.rows
    assert row["status"] == "error" and "had 1 before" in row["error"]


def test_runner_refuses_bad_options_and_a_second_crawl(tmp_path):
    data = tmp_path / "data"
    run = run_crawl_process(data, "--source", "bapeda")
    assert run.returncode == 2 and "valid keys" in run.stderr
    with CrawlLock(data):
        run = run_crawl_process(data, "--source", "bappeda", "--mirror", "http://127.0.0.1:9")
    assert run.returncode == 2 and "another crawl is running" in run.stderr
    assert not (data / "warc").exists()  # refused before anything was written
