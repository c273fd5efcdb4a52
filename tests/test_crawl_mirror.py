"""Real crawls of the mirror over HTTP, each in its own process, as a user runs them.

What a user relies on: every article of the site ends up once in the articles table,
every broken page is a recorded failure (never an article), the WARC archive holds the
real URLs and each row's provenance points at its raw response, a later crawl fetches
only what is new, and a crawl killed at any moment resumes to the same result.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.canonical import canonicalize
from tests.conftest import ROOT, crawl_command, crawl_env, run_crawl_process

pytestmark = pytest.mark.slow


def _table(data: Path, name: str) -> list[dict]:
    path = data / f"{name}.parquet"
    return pq.read_table(path).to_pylist() if path.exists() else []


def _warc_responses(data: Path) -> dict[str, tuple[str, str]]:
    """WARC-Record-ID -> (file relative to data dir, target URI) of every response record."""
    out = {}
    for path in sorted((data / "warc").glob("*.warc.gz")):
        with path.open("rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_type == "response":
                    out[rec.rec_headers.get_header("WARC-Record-ID")] = (
                        f"warc/{path.name}", rec.rec_headers.get_header("WARC-Target-URI"))
    return out


def _assert_exactly(data: Path, expected: set[str]) -> list[dict]:
    articles = _table(data, "articles")
    urls = [a["canonical_url"] for a in articles]
    assert len(urls) == len(set(urls)), "an article is stored twice"
    assert set(urls) == expected
    return articles


def test_full_crawl_of_the_mirror(tmp_path, mirror):
    data = tmp_path / "data"
    with mirror(articles=40) as (site, server):
        run = run_crawl_process(data, "--mirror", server.url)
        expected, failures = site.expected_articles(), site.expected_failures()

    articles = _assert_exactly(data, expected)
    # dlh answers every page with a challenge: its source errors, so the whole run is not ok.
    assert run.returncode == 1
    assert {r["source"] for r in run.rows if r["status"] != "ok"} == {"dlh"}

    recorded = {(f["url"], f["reason"]) for f in _table(data, "crawl_failures")}
    assert set(failures) <= recorded
    assert not {url for url, _ in recorded} & {a["url"] for a in articles}

    responses = _warc_responses(data)
    assert all(uri.startswith("https://") and "127.0.0.1" not in uri for _, uri in responses.values())
    for a in articles:
        assert responses[a["warc_record_id"]] == (a["warc_file"], a["url"])
    assert not list((data / "warc").glob("*.open"))


def test_second_crawl_fetches_only_new_articles(tmp_path, mirror):
    data = tmp_path / "data"
    with mirror(articles=40) as (_, server):
        run_crawl_process(data, "--mirror", server.url, "--source", "biroadpim", "--source", "bappeda")
    before = {a["canonical_url"] for a in _table(data, "articles")}
    warcs_before = set((data / "warc").glob("*"))

    with mirror(articles=46) as (site, server):
        run = run_crawl_process(data, "--mirror", server.url, "--source", "biroadpim", "--source", "bappeda")
        expected = {u for u in site.expected_articles() if "//biroadpim." in u or "//bappeda." in u}

    assert run.returncode == 0, run.stderr
    _assert_exactly(data, expected)
    new = expected - before
    assert new, "the grown mirror should have new articles on these hosts"
    warcs = set((data / "warc").glob("*")) - warcs_before  # one per crawl process of the run
    assert warcs and all(w.name.endswith(".warc.gz") for w in warcs)
    fetched = set()
    for warc in warcs:
        with warc.open("rb") as fh:
            for rec in ArchiveIterator(fh):
                uri = rec.rec_headers.get_header("WARC-Target-URI")
                if rec.rec_type == "response" and "/detail-post/" in uri:
                    fetched.add(canonicalize(uri))
    assert not fetched & before, "an already stored article was fetched again"
    assert new <= fetched
    # Besides the new ones, only pages that failed before (never stored) are tried again.
    assert fetched - new <= {url for url, _ in site.expected_failures()}
    rows = {r["source"]: r for r in run.rows}
    assert sum(r["articles_new"] for r in rows.values()) == len(new)
    assert all(r["mode"] == "incremental" for r in rows.values())


def _stored_count(data: Path) -> int:
    return sum(len(p.read_bytes().splitlines()) for p in (data / "state").glob("*/stored.txt"))


KILL_SOURCES = ("biroadpim", "www", "bappeda", "dinkes")  # both families, failures, reposts


def test_kill_9_then_resume_equals_uninterrupted(tmp_path, mirror):
    data = tmp_path / "data"
    rng = random.Random()
    args = [a for key in KILL_SOURCES for a in ("--source", key)]
    with mirror(articles=40) as (site, server):
        expected = {c.url for c in site.copies() if c.source.key in KILL_SOURCES} & site.expected_articles()
        # A small delay per host keeps the crawl phase longer than the kill's latency.
        slow = ("--set", "DOWNLOAD_DELAY=0.05")
        proc = subprocess.Popen(crawl_command(data, "--mirror", server.url, *args, *slow), cwd=ROOT,
                                env=crawl_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline, threshold = time.monotonic() + 30, rng.randint(1, len(expected) - 3)
        while _stored_count(data) < threshold and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.05))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL, "the crawl ended before it could be killed"
        # Killed while crawling (WARC open) or during the run's final merge (spools not merged yet).
        spools = list((data / "state" / "spool").glob("*.jsonl"))
        assert list((data / "warc").glob("*.open")) or spools, "the crawl was killed after its end"

        resumed = run_crawl_process(data, "--mirror", server.url, *args)

    assert resumed.returncode == 0, resumed.stderr
    articles = _assert_exactly(data, expected)
    assert not list((data / "warc").glob("*.open"))
    responses = _warc_responses(data)  # the repaired file of the killed run reads cleanly too
    for a in articles:
        assert responses[a["warc_record_id"]] == (a["warc_file"], a["url"])


def test_since_then_full(tmp_path, mirror):
    data = tmp_path / "data"
    hosts = ("biroadpim", "www")
    args = [a for key in hosts for a in ("--source", key)]
    with mirror(articles=80) as (site, server):
        copies = [c for c in site.copies() if c.source.key in hosts]
        since = site.stamp(copies[len(copies) // 2].i).date()
        recent = {c.url for c in copies if site.stamp(c.i).date() >= since}
        run = run_crawl_process(data, "--mirror", server.url, "--since", since.isoformat(), *args)
        assert run.returncode == 0, run.stderr
        stored = {a["canonical_url"] for a in _table(data, "articles")}
        assert recent <= stored  # everything from `since` on is there...
        assert len(stored) < len(copies)  # ...and paging stopped well before the oldest
        assert {r["mode"] for r in run.rows} == {"since"}

        full = run_crawl_process(data, "--mirror", server.url, "--full", *args)
        expected = {c.url for c in copies}
    assert full.returncode == 0, full.stderr
    _assert_exactly(data, expected)
    rows = full.rows
    assert {r["mode"] for r in rows} == {"full"} and all(r["complete_pass"] for r in rows)
    assert sum(r["articles_unchanged"] for r in rows) == len(stored)  # refetched, not skipped
    assert sum(r["articles_new"] for r in rows) == len(expected - stored)
