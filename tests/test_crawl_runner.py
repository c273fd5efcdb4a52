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


def test_an_incremental_crawl_retries_articles_that_failed_for_a_passing_reason(tmp_path, local_site):
    # Page 1 lists a stored article, so an incremental crawl stops paging there and never sees
    # page 2 again: the articles that failed on page 2 come from the state's retry list.
    page_two = LISTING.replace(b"/detail-post/ok-1", b"/detail-post/flaky-1").replace(
        b"</h2></div>", b'</h2></div><div class="single-post-text"><h2><a href="/detail-post/gone-1">x</a></h2></div>', 1)
    page_one = LISTING.replace(b"<li>1</li>", b'<li>1</li><li><a href="/post/berita?page=2">2</a></li>')
    flaky = {"status": 503}

    def route(host, path):
        pages = {"/post/berita": (200, page_one), "/post/berita?page=2": (200, page_two),
                 "/detail-post/ok-1": (200, PAGE), "/detail-post/flaky-1": (flaky["status"], PAGE),
                 "/detail-post/gone-1": (404, b"not found")}
        status, body = pages.get(path, (None, None))
        return (status, {}, body) if status else None

    data = tmp_path / "data"
    with local_site(route) as site:
        first = run_crawl_process(data, "--source", "disperindag", "--mirror", site.url)
        flaky["status"] = 200  # the server recovered
        site.hits.clear()
        second = run_crawl_process(data, "--source", "disperindag", "--mirror", site.url)
    assert first.rows[0]["articles_new"] == 1 and first.rows[0]["articles_failed"] == 2, first.stderr
    assert second.returncode == 0 and second.rows[0]["articles_new"] == 1, second.stderr
    fetched = {path for _, path in site.hits}
    assert "/detail-post/flaky-1" in fetched  # a 503 may pass: tried again
    assert "/detail-post/gone-1" not in fetched and "/post/berita?page=2" not in fetched  # a 404 does not
    assert (data / "state" / "disperindag" / "retry.txt").read_text() == ""  # stored now: dropped from the list
