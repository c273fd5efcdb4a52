"""A crawl split between child processes: same tables as one process, loud when a child dies."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pyarrow.parquet as pq
import pytest

from crawler.sources import load_sources
from rapat.crawl_processes import split_sources
from tests.conftest import ROOT, crawl_command, crawl_env, run_crawl_process


def _rows(data: Path, name: str) -> list[dict]:
    path = data / f"{name}.parquet"
    return pq.read_table(path).to_pylist() if path.exists() else []


def _stored(data: Path, key: str, urls: int) -> None:
    folder = data / "state" / key
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "stored.txt").write_text("".join(f"{i:040d}\n" for i in range(urls)))  # weight: bytes


def test_split_deals_round_robin_on_a_first_crawl(tmp_path):
    sources = load_sources()[:5]
    groups = split_sources(sources, 2, tmp_path)
    assert [[s.key for s in g] for g in groups] == [[s.key for s in sources[0::2]], [s.key for s in sources[1::2]]]


def test_split_puts_the_biggest_sources_apart(tmp_path):
    sources = load_sources()[:4]
    for source, urls in zip(sources, (1, 500, 400, 100)):
        _stored(tmp_path, source.key, urls)
    groups = [[s.key for s in g] for g in split_sources(sources, 2, tmp_path)]
    keys = [s.key for s in sources]
    # biggest first onto the lightest group; on a tie, onto the group with fewer sources
    assert groups == [[keys[1], keys[0]], [keys[2], keys[3]]]
    assert len(split_sources(sources, 9, tmp_path)) == 4  # never more processes than sources


@pytest.mark.slow
def test_two_processes_make_the_same_tables_as_one(tmp_path, mirror):
    one, two = tmp_path / "one", tmp_path / "two"
    with mirror(articles=40) as (_, server):
        run_one = run_crawl_process(one, "--mirror", server.url, "--set", "RAPAT_CRAWL_PROCESSES=1")
        run_two = run_crawl_process(two, "--mirror", server.url, "--set", "RAPAT_CRAWL_PROCESSES=2")
    assert run_one.returncode == run_two.returncode == 1  # the mirror's challenge host fails both
    assert len(list((two / "warc").glob("*.warc.gz"))) >= 2  # each process wrote its own file

    def pages(data):
        return {(a["canonical_url"], a["content_sha256"], a["source"]) for a in _rows(data, "articles")}

    def runs(data):
        keep = ("source", "status", "requests", "articles_new", "articles_failed", "complete_pass")
        return sorted(tuple(r[k] for k in keep) for r in _rows(data, "crawl_runs"))

    assert pages(one) == pages(two) and pages(one)
    assert {(f["url"], f["reason"]) for f in _rows(one, "crawl_failures")} == \
        {(f["url"], f["reason"]) for f in _rows(two, "crawl_failures")}
    assert runs(one) == runs(two)
    assert {r["source"] for r in run_two.rows} == {s.key for s in load_sources()}
    assert not list((two / "state" / "spool").glob("*"))  # merged by the parent, nothing left over


def _children(proc: subprocess.Popen, count: int, deadline: float) -> list[psutil.Process]:
    while time.monotonic() < deadline:
        kids = [p for p in psutil.Process(proc.pid).children() if "--child" in p.cmdline()]
        if len(kids) == count:
            return kids
        time.sleep(0.02)
    raise AssertionError("the crawl did not start its child processes")


def _gone(process: psutil.Process) -> bool:
    try:
        return process.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


@pytest.mark.slow
def test_a_dead_child_fails_its_sources_loudly_and_the_next_crawl_recovers_them(tmp_path, mirror):
    data = tmp_path / "data"
    args = ("--source", "biroadpim", "--source", "www", "--set", "RAPAT_CRAWL_PROCESSES=2")
    with mirror(articles=40) as (site, server):
        expected = {c.url for c in site.copies() if c.source.key in ("biroadpim", "www")} & site.expected_articles()
        proc = subprocess.Popen(crawl_command(data, "--mirror", server.url, *args, "--set", "DOWNLOAD_DELAY=0.05"),
                                cwd=ROOT, env=crawl_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        (victim,) = _children(proc, 1, time.monotonic() + 20)  # the parent crawls the other host itself
        victim_source = victim.cmdline()[victim.cmdline().index("--source") + 1]
        while not any(p.stat().st_size > 300 for p in (data / "state" / "spool").glob(f"*-{victim_source}.jsonl")):
            time.sleep(0.01)
        victim.kill()
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 1
        rows = {r["source"]: r for r in map(json.loads, out.splitlines())}
        assert rows[victim_source]["status"] == "error" and "crawl process ended" in rows[victim_source]["error"]
        assert len(list((data / "state" / "spool").glob(f"*-{victim_source}.jsonl"))) == 1  # kept for recovery

        resumed = run_crawl_process(data, "--mirror", server.url, *args)
    assert resumed.returncode == 0, resumed.stderr
    urls = [a["canonical_url"] for a in _rows(data, "articles")]
    assert len(urls) == len(set(urls)) and set(urls) == expected
    killed = [r for r in _rows(data, "crawl_runs") if r["source"] == victim_source and r["status"] == "error"]
    assert killed and "killed" in killed[0]["error"]


@pytest.mark.slow
def test_kill_9_of_the_crawl_takes_its_child_processes_with_it(tmp_path, mirror):
    data = tmp_path / "data"
    with mirror(articles=40) as (_, server):
        proc = subprocess.Popen(crawl_command(data, "--mirror", server.url, "--set", "RAPAT_CRAWL_PROCESSES=2",
                                              "--set", "DOWNLOAD_DELAY=0.05"),
                                cwd=ROOT, env=crawl_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        kids = _children(proc, 1, time.monotonic() + 20)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 5
        while not all(_gone(k) for k in kids) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert all(_gone(k) for k in kids), "a child crawl outlived its parent"
        resumed = run_crawl_process(data, "--mirror", server.url, "--set", "RAPAT_CRAWL_PROCESSES=2")
    assert resumed.returncode == 1 and {r["source"] for r in resumed.rows if r["status"] != "ok"} == {"dlh"}


PROGRESS_SCRIPT = """
import json, sys
from rapat.crawl import run_crawl
seen = []
run_crawl(sys.argv[1], mirror=sys.argv[2], settings={"LOG_LEVEL": "ERROR", "RAPAT_CRAWL_PROCESSES": sys.argv[3]},
          progress=lambda **counts: seen.append(counts))
print(json.dumps(seen[-1]))
"""


@pytest.mark.slow
def test_progress_adds_up_the_counts_of_every_process(tmp_path, mirror):
    def last_progress(data: Path, processes: int) -> dict:
        proc = subprocess.run([sys.executable, "-c", PROGRESS_SCRIPT, str(data), server.url, str(processes)],
                              cwd=ROOT, env=crawl_env(), capture_output=True, text=True, timeout=120)
        return json.loads(proc.stdout.splitlines()[-1])

    with mirror(articles=40) as (_, server):
        one, two = last_progress(tmp_path / "one", 1), last_progress(tmp_path / "two", 2)
    assert two == one
    assert two["articles"] == len(_rows(tmp_path / "two", "articles"))
    assert two["failures"] == len(_rows(tmp_path / "two", "crawl_failures"))
