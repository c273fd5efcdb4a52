"""A crawl of a mirror in fault mode (rapat/mirror/faults.py): every article a clean crawl stores
is stored with the same content or has a crawl_failures row with its reason, nothing else is
stored, and the next plain crawl recovers every failure that may pass."""

from __future__ import annotations

from collections import Counter

import pyarrow.parquet as pq
import pytest

from crawler.canonical import canonicalize
from crawler.extensions.state import worth_retry
from rapat.mirror import MirrorServer, MirrorSite
from rapat.mirror.faults import KINDS, FaultPlan
from tests.conftest import run_crawl_process

pytestmark = pytest.mark.slow
# A timeout the stall fault outlasts, and a size limit the oversized fault passes.
SETTINGS = ("--set", "DOWNLOAD_TIMEOUT=1", "--set", "DOWNLOAD_MAXSIZE=2000000")


def _articles(data) -> dict[str, tuple]:
    rows = pq.read_table(data / "articles.parquet").to_pylist()
    return {a["canonical_url"]: (a["content_sha256"], a["title"], a["published_at"]) for a in rows}


def _failures(data) -> dict[str, dict]:
    return {canonicalize(f["url"]): f for f in pq.read_table(data / "crawl_failures.parquet").to_pylist()}


def test_a_faulty_crawl_loses_nothing_without_a_row_and_the_next_crawl_recovers(tmp_path):
    site = MirrorSite(articles=150)
    with MirrorServer(site) as server:
        run_crawl_process(tmp_path / "clean", "--mirror", server.url, *SETTINGS)
    clean = _articles(tmp_path / "clean")

    data = tmp_path / "faulty"
    plan = FaultPlan(seed=5, rate=0.3, stall_seconds=1.6)
    with MirrorServer(site, faults=plan) as server:
        faulty = run_crawl_process(data, "--mirror", server.url, *SETTINGS, timeout=120)
        stored, failures = _articles(data), _failures(data)
        plan.enabled = False  # the servers are healthy again
        again = run_crawl_process(data, "--mirror", server.url, *SETTINGS)

    injected = Counter(plan.injected.values())
    assert set(injected) == set(KINDS) and sum(injected.values()) >= 30, injected
    bogus = set(stored) - set(clean)
    assert not bogus, bogus
    assert all(stored[u] == clean[u] for u in stored)  # same text, title and date as the clean crawl
    lost = {u for u in set(clean) - set(stored) if u not in failures}
    assert not lost, (lost, faulty.stderr[-3000:])
    reasons = Counter(failures[u]["reason"] for u in set(clean) - set(stored))
    assert {"http_error", "network_error", "truncated", "not_html", "too_large", "redirect_loop", "offsite"} <= set(reasons), reasons

    final = _articles(data)
    passing = {u for u in set(clean) - set(stored) if worth_retry(failures[u])}
    assert passing and set(stored) | passing <= set(final) <= set(clean), again.stderr[-3000:]
    assert all(final[u] == clean[u] for u in final)
