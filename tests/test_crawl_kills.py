"""Twenty `kill -9` at random moments of a crawl (start-up, fetching, WARC writes, the end-of-run
merge), then one plain crawl: exactly the uninterrupted crawl's articles, each once, and every
WARC file passes `warcio check`."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from types import SimpleNamespace

import pyarrow.parquet as pq
import pytest
from warcio.checker import Checker

from tests.conftest import ROOT, crawl_command, crawl_env, run_crawl_process

pytestmark = pytest.mark.slow
SOURCES = ("biroadpim", "www", "bappeda", "dinkes", "inspektorat")  # both families, failures, reposts
KILLS = 20


def test_twenty_kills_then_one_crawl_equal_an_uninterrupted_crawl(tmp_path, mirror):
    data = tmp_path / "data"
    rng = random.Random(9)
    args = [a for key in SOURCES for a in ("--source", key)]
    moments = []
    with mirror(articles=60) as (site, server):
        expected = {c.url for c in site.copies() if c.source.key in SOURCES} & site.expected_articles()
        for _ in range(KILLS):
            proc = subprocess.Popen(crawl_command(data, "--mirror", server.url, *args, "--set", "DOWNLOAD_DELAY=0.02"),
                                    cwd=ROOT, env=crawl_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            # Start-up takes ~1 s; the crawl and its merge the next ~1-2 s: kill anywhere in there.
            time.sleep(rng.uniform(0.5, 3.0))
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            moments.append("killed" if proc.returncode == -signal.SIGKILL else "ended")
        final = run_crawl_process(data, "--mirror", server.url, *args, timeout=120)

    assert final.returncode == 0, final.stderr[-3000:]
    assert moments.count("killed") >= KILLS // 2, moments
    urls = [a["canonical_url"] for a in pq.read_table(data / "articles.parquet").to_pylist()]
    assert len(urls) == len(set(urls)) and set(urls) == expected
    warcs = sorted(str(p) for p in (data / "warc").glob("*.warc.gz"))
    assert warcs and not list((data / "warc").glob("*.open"))
    assert Checker(SimpleNamespace(inputs=warcs, verbose=False)).process_all() == 0
