"""Crawl throughput round 2: spools merge once per run, counted per source; the crawl's GC settings are undone."""

from __future__ import annotations

import gc

from crawler.items import ArticleItem, FailureItem
from pipelines import store
from rapat.crawl import _crawl_gc
from tests.store_support import article, failure
from tests.test_store_pipeline import finish, open_pipeline, runs


def test_spools_wait_for_the_last_crawler_then_merge_in_one_pass(tmp_path):
    a = open_pipeline(tmp_path, source="bappeda")
    b = open_pipeline(tmp_path, source="ppid")
    for i in range(3):
        a.process_item(ArticleItem(**article(i, source="bappeda")))
    for i in range(5):
        b.process_item(ArticleItem(**article(i, source="ppid")))
    b.process_item(FailureItem(**failure(1, run_id="run-1", source="ppid", reason="layout_changed")))
    finish(a)
    # bappeda closed first: nothing is merged while ppid still crawls, and its spool is kept.
    assert store.count_rows(tmp_path, "articles") == 0
    assert a.writer.path.exists()
    finish(b)
    assert store.count_rows(tmp_path, "articles", source="bappeda") == 3
    assert store.count_rows(tmp_path, "articles", source="ppid") == 5
    rows = runs(tmp_path)
    assert rows[("run-1", "bappeda")]["articles_new"] == 3 and rows[("run-1", "bappeda")]["status"] == "ok"
    assert rows[("run-1", "ppid")]["articles_new"] == 5
    assert rows[("run-1", "ppid")]["error"] == "listing layout changed on 1 page(s)"
    assert not a.writer.path.exists() and not b.writer.path.exists()


def test_upsert_by_counts_per_source_like_separate_upserts(tmp_path):
    store.upsert(tmp_path, "articles", [article(i, source="bappeda") for i in range(3)])
    incoming = [article(0, source="bappeda"), article(1, source="bappeda", body="isi baru", fetched=2),
                article(10, source="ppid"), article(11, source="ppid")]
    counts = store.upsert_by(tmp_path, "articles", incoming, "source")
    assert counts == {"bappeda": store.UpsertCounts(updated=1, unchanged=1), "ppid": store.UpsertCounts(new=2)}
    assert store.count_rows(tmp_path, "articles") == 5
    assert store.upsert_by(tmp_path, "articles", [], "source") == {}


def test_crawl_gc_settings_are_restored(tmp_path):
    before = gc.get_threshold()
    with _crawl_gc():
        assert gc.get_threshold()[0] > before[0]
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
