"""The item pipeline: spool during the crawl, merge at close, recover what a killed crawl spooled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter

import pytest
import scrapy
from scrapy.utils.test import get_crawler

from crawler.extensions.runstats import stat_key
from crawler.items import ArticleItem, FailureItem
from pipelines import store
from pipelines.items_pipeline import StorePipeline
from pipelines.runlog import run_errors
from pipelines.spool import SpoolError, read_spool, spool_path
from tests.conftest import ROOT
from tests.store_support import article, failure


class SourceSpider(scrapy.Spider):
    """Stands in for the crawl's spider: what the pipeline reads is source_key and pass_complete."""

    name = "shared_cms"
    mode = "full"

    def __init__(self, source_key="bappeda", **kw):
        super().__init__(**kw)
        self.source_key = source_key

    def pass_complete(self):
        return True


def open_pipeline(data, run_id="run-1", source="bappeda", **stats):
    """A StorePipeline on a real Scrapy crawler (settings, stats, signals), opened for one source."""
    crawler = get_crawler(SourceSpider, {"RAPAT_DATA_DIR": str(data), "RAPAT_RUN_ID": run_id})
    crawler.spider = SourceSpider.from_crawler(crawler, source_key=source)
    counters = {"mode": "full", "requests": 5, "listing_pages": 1, "articles_seen": 3, "articles_scraped": 3, **stats}
    for name, value in counters.items():
        crawler.stats.set_value(stat_key(source, name), value)
    pipeline = StorePipeline.from_crawler(crawler)
    pipeline.open_spider()
    return pipeline


def finish(pipeline, reason="finished"):
    pipeline.close_spider()
    pipeline.spider_closed(pipeline.crawler.spider, reason)


def runs(data):
    return {(r["run_id"], r["source"]): r for r in store.read_table(data, "crawl_runs").to_pylist()}


def test_items_are_spooled_then_merged_with_a_run_row(tmp_path):
    p = open_pipeline(tmp_path)
    for i in range(3):
        p.process_item(ArticleItem(**article(i)))
    p.process_item(FailureItem(**failure(9, run_id="run-1")))
    lines = p.writer.path.read_text().splitlines()
    assert len(lines) == 5  # header + 4 items, each on disk before the next arrives
    assert store.count_rows(tmp_path, "articles") == 0
    finish(p)
    assert store.count_rows(tmp_path, "articles", source="bappeda") == 3
    assert store.count_rows(tmp_path, "crawl_failures", run_id="run-1") == 1
    row = runs(tmp_path)[("run-1", "bappeda")]
    assert (row["articles_new"], row["articles_updated"], row["articles_unchanged"]) == (3, 0, 0)
    assert row["status"] == "ok" and row["error"] is None and row["complete_pass"] is True
    assert row["requests"] == 5 and row["mode"] == "full"
    assert not p.writer.path.exists()

    again = open_pipeline(tmp_path, run_id="run-2")
    again.process_item(ArticleItem(**article(0)))
    again.process_item(ArticleItem(**article(1, body="isi yang diperbarui", fetched=3)))
    finish(again)
    row = runs(tmp_path)[("run-2", "bappeda")]
    assert (row["articles_new"], row["articles_updated"], row["articles_unchanged"]) == (0, 1, 1)


def test_a_source_that_shows_zero_articles_after_having_some_is_an_error(tmp_path):
    store.upsert(tmp_path, "articles", [article(i) for i in range(4)])
    p = open_pipeline(tmp_path, articles_seen=0, articles_scraped=0)
    finish(p)
    row = runs(tmp_path)[("run-1", "bappeda")]
    assert row["status"] == "error" and row["error"] == "zero articles (had 4 before)"


def test_a_first_crawl_of_an_empty_source_is_not_an_error(tmp_path):
    p = open_pipeline(tmp_path, source="dinkes", articles_seen=0, articles_scraped=0)
    finish(p)
    assert runs(tmp_path)[("run-1", "dinkes")]["status"] == "ok"


def test_listing_layout_change_is_an_error(tmp_path):
    p = open_pipeline(tmp_path, listing_errors=1)
    p.process_item(FailureItem(**failure(1, run_id="run-1", reason="layout_changed")))
    finish(p)
    assert runs(tmp_path)[("run-1", "bappeda")]["error"] == "listing layout changed on 1 page(s)"


@pytest.mark.parametrize(
    "counters, had, reasons, finish_reason, expected",
    [
        ({"articles_seen": 3, "requests": 4, "listing_pages": 1}, 10, {}, "finished", []),
        ({"articles_seen": 0, "requests": 4, "listing_pages": 1}, 10, {}, "finished", ["zero articles (had 10 before)"]),
        ({"articles_seen": 0, "requests": 4, "listing_pages": 1}, 0, {}, "finished", []),
        ({"articles_seen": 2, "requests": 3, "listing_pages": 1, "listing_errors": 1}, 0,
         {"layout_changed": 1}, "finished", ["listing layout changed on 1 page(s)"]),
        ({"articles_seen": 2, "requests": 3, "listing_pages": 2, "listing_errors": 1}, 0,
         {"http_error": 1}, "finished", ["1 listing page(s) failed"]),
        ({"requests": 6, "listing_pages": 0, "listing_errors": 1}, 0, {"network_error": 1}, "finished",
         ["1 listing page(s) failed", "every request failed (6 sent, none readable)"]),
        ({"articles_seen": 3, "requests": 4, "listing_pages": 1}, 0, {}, "shutdown", ["crawl ended early (shutdown)"]),
    ],
)
def test_run_errors(counters, had, reasons, finish_reason, expected):
    assert run_errors(counters, had, Counter(reasons), finish_reason) == expected


def test_spiders_closing_one_after_another_do_not_clobber_each_other(tmp_path):
    a = open_pipeline(tmp_path, source="bappeda")
    b = open_pipeline(tmp_path, source="ppid")
    for i in range(4):
        a.process_item(ArticleItem(**article(i, source="bappeda")))
        b.process_item(ArticleItem(**article(i, source="ppid")))
    finish(a)
    finish(b)
    assert store.count_rows(tmp_path, "articles", source="bappeda") == 4
    assert store.count_rows(tmp_path, "articles", source="ppid") == 4
    assert set(runs(tmp_path)) == {("run-1", "bappeda"), ("run-1", "ppid")}


KILLED_CRAWL = """
import sys
from tests.test_store_pipeline import open_pipeline
from tests.store_support import article
from crawler.items import ArticleItem
p = open_pipeline(sys.argv[1], run_id="run-killed")
for i in range(10_000):
    p.process_item(ArticleItem(**article(i, body="isi " * 200)))
    if i == 50:
        print("SPOOLED", flush=True)
"""


def test_a_crawl_killed_mid_run_is_recovered_by_the_next_one(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", KILLED_CRAWL, str(tmp_path)], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "SPOOLED"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    spool = spool_path(tmp_path, "run-killed", "bappeda")
    with spool.open("a") as fh:
        fh.write('{"table":"articles","row":{"article_id":"cut-by-the-ki')  # a line the kill cut
    spooled = sum(1 for _ in read_spool(spool))
    assert spooled > 50

    p = open_pipeline(tmp_path, run_id="run-next")  # opening recovers the leftover spool
    assert not spool.exists()
    assert store.count_rows(tmp_path, "articles") == spooled
    killed = runs(tmp_path)[("run-killed", "bappeda")]
    assert killed["status"] == "error" and killed["finished_at"] is None
    assert killed["articles_new"] == spooled
    p.process_item(ArticleItem(**article(0, body="isi " * 200)))
    finish(p)
    assert runs(tmp_path)[("run-next", "bappeda")]["articles_unchanged"] == 1
    assert store.count_rows(tmp_path, "articles") == spooled


def test_a_corrupt_line_inside_a_spool_stops_loudly_and_loses_nothing(tmp_path):
    p = open_pipeline(tmp_path, run_id="run-bad")
    p.process_item(ArticleItem(**article(1)))
    p.writer._fh.write("this is not json\n")
    p.process_item(ArticleItem(**article(2)))
    p.writer.close()
    with pytest.raises(SpoolError, match=r"run-bad-bappeda.jsonl:3: not a JSON line"):
        open_pipeline(tmp_path, run_id="run-after")
    assert spool_path(tmp_path, "run-bad", "bappeda").exists()
