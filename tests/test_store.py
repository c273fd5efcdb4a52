"""The Parquet store: idempotent upserts, byte-stable files, atomic writes, clear errors."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines import store
from pipelines.schema import ARTICLES, TABLES
from tests.conftest import ROOT
from tests.store_support import article, failure


def _ids(data, name="articles"):
    return store.read_table(data, name).column(TABLES[name].names[0]).to_pylist()


def test_missing_table_reads_as_empty_table_of_the_schema(tmp_path):
    table = store.read_table(tmp_path, "meetings")
    assert table.num_rows == 0 and table.schema == TABLES["meetings"]


def test_upsert_same_rows_twice_adds_nothing(tmp_path):
    rows = [article(i) for i in range(5)]
    assert store.upsert(tmp_path, "articles", rows) == store.UpsertCounts(new=5)
    assert store.upsert(tmp_path, "articles", rows) == store.UpsertCounts(unchanged=5)
    ids = _ids(tmp_path)
    assert len(ids) == 5 and ids == sorted(ids)


def test_changed_content_updates_the_row_and_new_rows_are_added(tmp_path):
    store.upsert(tmp_path, "articles", [article(i) for i in range(3)])
    counts = store.upsert(tmp_path, "articles", [article(0), article(1, body="isi baru", fetched=1), article(7)])
    assert counts == store.UpsertCounts(new=1, updated=1, unchanged=1)
    rows = {r["article_id"]: r for r in store.read_table(tmp_path, "articles").to_pylist()}
    assert len(rows) == 4
    assert rows[article(1)["article_id"]]["body_text"] == "isi baru"


def test_refetch_refreshes_views_and_provenance_but_keeps_derived_columns(tmp_path):
    store.upsert(tmp_path, "articles", [article(1), article(2)])
    store.update_columns(tmp_path, "articles", pa.table({
        "article_id": [article(1)["article_id"], article(2)["article_id"]],
        "event_type": ["meeting", "meeting"],
    }))
    again = [article(1, fetched=2, views=99), article(2, body="diubah", fetched=2)]
    assert store.upsert(tmp_path, "articles", again) == store.UpsertCounts(updated=1, unchanged=1)
    rows = {r["article_id"]: r for r in store.read_table(tmp_path, "articles").to_pylist()}
    same, changed = rows[article(1)["article_id"]], rows[article(2)["article_id"]]
    assert same["views"] == 99 and same["warc_record_id"] == article(1, fetched=2)["warc_record_id"]
    assert same["event_type"] == "meeting"  # content unchanged: the meetings stage's label stays
    assert changed["event_type"] is None  # content changed: left for the meetings stage to redo


def test_an_older_fetch_never_replaces_a_newer_one(tmp_path):
    store.upsert(tmp_path, "articles", [article(1, body="baru", fetched=5)])
    counts = store.upsert(tmp_path, "articles", [article(1, body="lama", fetched=1)])
    assert counts.updated == 1  # it differs, but the stored row is the newer fetch:
    assert store.read_table(tmp_path, "articles").column("body_text").to_pylist() == ["baru"]


def test_within_one_batch_the_latest_fetch_wins(tmp_path):
    rows = [article(1, body="kedua", fetched=2), article(1, body="pertama", fetched=1)]
    assert store.upsert(tmp_path, "articles", rows) == store.UpsertCounts(new=1)
    assert store.read_table(tmp_path, "articles").column("body_text").to_pylist() == ["kedua"]


def test_identical_data_gives_a_byte_identical_file(tmp_path):
    rows = [article(i) for i in range(30)] + [article(i, source="ppid") for i in range(30)]
    store.upsert(tmp_path / "a", "articles", rows)
    store.upsert(tmp_path / "b", "articles", list(reversed(rows[:10])))
    store.upsert(tmp_path / "b", "articles", rows[10:])
    store.upsert(tmp_path / "b", "articles", rows[::3])  # unchanged re-upsert
    first = (tmp_path / "a" / "articles.parquet").read_bytes()
    assert (tmp_path / "b" / "articles.parquet").read_bytes() == first
    store.write_table(tmp_path / "c", "articles", store.read_table(tmp_path / "a", "articles"))
    assert (tmp_path / "c" / "articles.parquet").read_bytes() == first


def test_table_file_carries_the_declared_schema(tmp_path):
    store.upsert(tmp_path, "articles", [article(1)])
    schema = pq.read_schema(tmp_path / "articles.parquet")
    assert schema.equals(ARTICLES, check_metadata=False)
    assert schema.field("published_at").type == pa.timestamp("us", tz="Asia/Jakarta")
    assert b"description" in schema.field("title").metadata


def test_composite_keys_and_other_tables(tmp_path):
    assert store.upsert(tmp_path, "crawl_failures", [failure(1), failure(2)]) == store.UpsertCounts(new=2)
    again = [failure(1), failure(2, reason="network_error"), failure(1, run_id="run-2")]
    assert store.upsert(tmp_path, "crawl_failures", again) == store.UpsertCounts(new=1, updated=1, unchanged=1)
    assert store.count_rows(tmp_path, "crawl_failures") == 3
    assert store.count_rows(tmp_path, "crawl_failures", run_id="run-1") == 2


def test_a_bad_row_is_refused_and_the_table_is_untouched(tmp_path):
    store.upsert(tmp_path, "articles", [article(1)])
    before = (tmp_path / "articles.parquet").read_bytes()
    with pytest.raises(store.StoreError, match="title"):
        store.upsert(tmp_path, "articles", [article(2), article(3, title=None)])
    with pytest.raises(store.StoreError, match="views"):
        store.upsert(tmp_path, "articles", [article(2, views="banyak")])
    with pytest.raises(store.StoreError, match="unknown table"):
        store.upsert(tmp_path, "artikel", [article(2)])
    with pytest.raises(store.StoreError, match="more than once"):
        store.write_table(tmp_path, "articles", pa.Table.from_pylist([article(1), article(1)], schema=ARTICLES))
    assert (tmp_path / "articles.parquet").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.parquet", "state"]


def test_an_exception_between_write_and_replace_keeps_the_old_file(tmp_path, monkeypatch):
    store.upsert(tmp_path, "articles", [article(1)])
    before = (tmp_path / "articles.parquet").read_bytes()

    def crash(tmp, path):
        raise OSError("disk pulled out")

    monkeypatch.setattr(store, "_replace", crash)
    with pytest.raises(OSError, match="disk pulled out"):
        store.upsert(tmp_path, "articles", [article(2)])
    assert (tmp_path / "articles.parquet").read_bytes() == before
    assert not list(tmp_path.glob(".articles.parquet.*"))


KILL_SCRIPT = """
import sys, time
from pipelines import store
from tests.store_support import article
def slow_replace(tmp, path):
    print("WRITTEN", flush=True)
    time.sleep(60)
store._replace = slow_replace
store.upsert(sys.argv[1], "articles", [article(i) for i in range(100)])
"""


def test_a_writer_killed_mid_write_leaves_the_previous_table_readable(tmp_path):
    store.upsert(tmp_path, "articles", [article(1)])
    before = (tmp_path / "articles.parquet").read_bytes()
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(tmp_path)], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "WRITTEN"
        assert list(tmp_path.glob(".articles.parquet.*.tmp"))  # the new file exists, not yet in place
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert (tmp_path / "articles.parquet").read_bytes() == before
    assert _ids(tmp_path) == [article(1)["article_id"]]
    # The next writer takes the lock and sweeps the dead writer's temp file.
    store.upsert(tmp_path, "articles", [article(2)])
    assert not list(tmp_path.glob(".articles.parquet.*"))
    assert len(_ids(tmp_path)) == 2


def test_update_columns_sets_only_matched_rows(tmp_path):
    store.upsert(tmp_path, "articles", [article(i) for i in range(3)])
    updates = pa.table({"article_id": [article(0)["article_id"], "ffffffffffffffff"],
                        "duplicate_of": [article(2)["article_id"], "x"]})
    assert store.update_columns(tmp_path, "articles", updates) == 1
    rows = store.read_table(tmp_path, "articles", columns=["article_id", "duplicate_of", "title"]).to_pylist()
    assert len(rows) == 3
    assert {r["article_id"]: r["duplicate_of"] for r in rows}[article(0)["article_id"]] == article(2)["article_id"]
    with pytest.raises(store.StoreError, match="no column"):
        store.update_columns(tmp_path, "articles", pa.table({"article_id": ["a"], "warna": ["merah"]}))


def test_streamed_rows_are_merged_in_chunks(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "STAGE_CHUNK_ROWS", 7)
    monkeypatch.setattr(store, "ROW_GROUP_ROWS", 10)
    counts = store.upsert(tmp_path, "articles", (article(i) for i in range(45)))
    assert counts == store.UpsertCounts(new=45)
    meta = pq.ParquetFile(tmp_path / "articles.parquet").metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [10, 10, 10, 10, 5]
    started = time.perf_counter()
    assert store.upsert(tmp_path, "articles", (article(i) for i in range(40, 50))) == store.UpsertCounts(new=5, unchanged=5)
    assert time.perf_counter() - started < 5
