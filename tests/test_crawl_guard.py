"""No request leaves the registered hosts; robots.txt is obeyed; offsite redirects are recorded.

A small shared-CMS site (built from a recorded page) is served for a registered host
through the mirror routing; a second server plays the outside world and must see
no request at all.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow.parquet as pq
from warcio.archiveiterator import ArchiveIterator

from tests.conftest import run_crawl_process

PAGE = (Path(__file__).parent / "pages" / "disperindag_rakor.html").read_bytes()
HOST = "disperindag.lampungprov.go.id"


def _listing(links: list[str]) -> bytes:
    items = "".join(f'<div class="single-post-text"><h2><a href="{u}">{u}</a></h2></div>' for u in links)
    return f'<html><body><div class="blog-area">{items}<ul class="pagination"><li>1</li></ul></div></body></html>'.encode()


def _site(outside: str):
    def route(host: str, path: str):
        if host != HOST:
            return 421, {}, b"wrong host"
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /detail-post/private\n"
        if path == "/post/berita":
            return 200, {}, _listing(
                ["/detail-post/ok-1", "/detail-post/leaves", "/detail-post/to-www", "/detail-post/private-notes",
                 f"{outside}/detail-post/x"]
            )
        if path == "/detail-post/ok-1":
            return 200, {}, PAGE
        if path == "/detail-post/leaves":
            return 302, {"Location": f"{outside}/stolen"}, b""
        if path == "/detail-post/to-www":  # registered, but another spider's host
            return 301, {"Location": "https://www.lampungprov.go.id/detail-post/y"}, b""
        return None

    return route


def _items(feed: Path) -> list[dict]:
    return [json.loads(line) for line in feed.read_text().splitlines()]


def test_nothing_leaves_registered_hosts(tmp_path, local_site):
    with local_site(lambda host, path: (200, {}, b"outside")) as outside, local_site(_site(outside.url)) as site:
        feed = tmp_path / "items.jsonl"
        run = run_crawl_process(
            tmp_path / "data", "--source", "disperindag", "--mirror", site.url,
            "--set", "FEEDS=" + json.dumps({feed.as_uri(): {"format": "jsonlines"}}),
        )
    assert run.returncode == 0, run.stderr
    assert outside.hits == []
    assert ("disperindag.lampungprov.go.id", "/detail-post/private-notes") not in site.hits  # robots.txt
    assert {h for h, _ in site.hits} == {HOST}

    items = _items(feed)
    articles = [i for i in items if "title" in i]
    failures = {i["url"]: i for i in items if "reason" in i}
    assert [a["url"] for a in articles] == [f"https://{HOST}/detail-post/ok-1"]
    leaves = failures[f"https://{HOST}/detail-post/leaves"]
    assert leaves["reason"] == "offsite" and "/stolen" in leaves["detail"]
    assert leaves["warc_file"] and leaves["warc_record_id"]  # the 302 itself is archived
    assert failures[f"https://{HOST}/detail-post/to-www"]["reason"] == "offsite"

    (row,) = run.rows
    assert row["responses_3xx"] == 2 and row["articles_failed"] == 2


def test_warc_keeps_real_urls_and_matches_items(tmp_path, local_site):
    with local_site(lambda host, path: (200, {}, b"outside")) as outside, local_site(_site(outside.url)) as site:
        feed = tmp_path / "items.jsonl"
        data = tmp_path / "data"
        run = run_crawl_process(
            data, "--source", "disperindag", "--mirror", site.url,
            "--set", "FEEDS=" + json.dumps({feed.as_uri(): {"format": "jsonlines"}}),
        )
    assert run.returncode == 0, run.stderr
    warcs = sorted((data / "warc").glob("*"))
    assert [w.name for w in warcs] == [f"rapat-{run.rows[0]['run_id']}-00000.warc.gz"]
    records = {}
    with warcs[0].open("rb") as fh:
        recs = iter(ArchiveIterator(fh))
        info = next(recs)
        assert info.rec_type == "warcinfo"
        assert f"run-id: {run.rows[0]['run_id']}" in info.content_stream().read().decode()
        for rec in recs:
            uri = rec.rec_headers.get_header("WARC-Target-URI")
            assert uri.startswith(f"https://{HOST}/"), uri
            assert "127.0.0.1" not in uri
            if rec.rec_type == "response":
                records[rec.rec_headers.get_header("WARC-Record-ID")] = (uri, rec.content_stream().read())
    assert f"https://{HOST}/robots.txt" in {u for u, _ in records.values()}
    (article,) = [i for i in _items(feed) if "title" in i]
    assert article["warc_file"] == f"warc/{warcs[0].name}"
    uri, body = records[article["warc_record_id"]]
    assert uri == article["url"] and body == PAGE
    assert re.fullmatch(r"\d{8}T\d{6}Z-[0-9a-f]{6}", article["run_id"])


def test_retries_back_off_and_oversized_pages_are_refused(tmp_path, local_site):
    answers = iter([503, 503])

    def route(host, path):
        if path == "/post/berita":
            return 200, {}, _listing(["/detail-post/ok-1", "/detail-post/huge"])
        if path == "/detail-post/huge":
            return 200, {}, PAGE + b"<!--" + b"x" * 60_000 + b"-->"
        if path == "/detail-post/ok-1":
            status = next(answers, 200)
            return (status, {}, b"busy") if status != 200 else (200, {}, PAGE)
        return None

    with local_site(route) as site:
        run = run_crawl_process(
            tmp_path / "data", "--source", "disperindag", "--mirror", site.url,
            "--set", "RAPAT_RETRY_BACKOFF_BASE=0.3", "--set", "DOWNLOAD_MAXSIZE=50000",
        )
    assert run.returncode == 0, run.stderr
    tries = [t for (_, path), t in zip(site.hits, site.times) if path == "/detail-post/ok-1"]
    assert len(tries) == 3
    assert tries[1] - tries[0] >= 0.3 and tries[2] - tries[1] >= 0.6  # doubled each time
    (row,) = run.rows
    assert row["articles_new"] == 1 and row["responses_5xx"] == 2
    failures = pq.read_table(tmp_path / "data" / "crawl_failures.parquet").to_pylist()
    assert [(f["url"], f["reason"]) for f in failures] == [(f"https://{HOST}/detail-post/huge", "too_large")]
