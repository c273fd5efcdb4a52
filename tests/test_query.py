"""Read-only SQL over the tables: views, output formats, example queries, refusals, errors."""

from __future__ import annotations

import csv
import io
import json
import shutil

import duckdb
import pyarrow.parquet as pq
import pytest

from pipelines import store
from pipelines.dictionary import dictionary_path, render
from pipelines.schema import TABLES
from rapat.query import QueryError, connect, named_queries, run_query, view_files
from tests.store_support import article, failure


@pytest.fixture
def data(tmp_path):
    """A data dir with 3 bappeda and 2 ppid articles and one failure (no meetings table)."""
    folder = tmp_path / "data"
    store.upsert(folder, "articles", [article(i) for i in range(3)] + [article(i, source="ppid") for i in range(2)])
    store.upsert(folder, "crawl_failures", [failure(1)])
    return folder


def query(sql, folder, fmt="csv"):
    out = io.StringIO()
    run_query(sql, folder, fmt=fmt, stream=out)
    return out.getvalue()


def test_views_read_the_tables_and_a_missing_table_is_empty(data):
    con = connect(data)
    assert con.execute("SELECT source, count(*) FROM articles GROUP BY 1 ORDER BY 1").fetchall() == [("bappeda", 3), ("ppid", 2)]
    assert con.execute("SELECT count(*) FROM crawl_runs").fetchall() == [(0,)]
    assert con.execute("SELECT count(*) FROM meetings").fetchall() == [(0,)]
    columns = [r[0] for r in con.execute("DESCRIBE meetings").fetchall()]
    assert columns == TABLES["meetings"].names
    # Times show in Jakarta, as the sources write them.
    assert con.execute("SELECT DISTINCT strftime(published_at, '%H:%M') FROM articles").fetchall() == [("14:30",)]


def test_every_view_file_loads(data):
    names = {r[0] for r in connect(data).execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert {"articles", "crawl_runs", "crawl_failures"} <= names
    assert len(view_files()) >= 3


def test_a_release_folder_is_queried_the_same_way(data, tmp_path):
    release = tmp_path / "2026.11.27"
    release.mkdir()
    shutil.copy(data / "articles.parquet", release / "articles.parquet")
    assert query("SELECT count(*) AS n FROM articles", release) == "n\n5\n"


def test_formats(data, tmp_path):
    text = query("SELECT article_id, image_urls, published_at FROM articles ORDER BY 1 LIMIT 2", data, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 2 and json.loads(rows[0]["image_urls"])[0].endswith(".jpg")
    assert rows[0]["published_at"] == "2025-05-09T14:30:00+07:00"
    items = json.loads(query("SELECT source, views FROM articles ORDER BY views", data, "json"))
    assert items[0] == {"source": "bappeda", "views": 10}
    lines = query("SELECT source FROM articles", data, "jsonl").splitlines()
    assert len(lines) == 5 and json.loads(lines[0]).keys() == {"source"}
    table = query("SELECT source, count(*) AS n FROM articles GROUP BY 1 ORDER BY 1", data, "table")
    assert "bappeda" in table and "ppid" in table and "(2 rows)" in table
    out = tmp_path / "out" / "a.parquet"
    assert run_query("SELECT * FROM articles", data, fmt="parquet", output=out) == 5
    assert pq.read_table(out).num_rows == 5
    csv_file = tmp_path / "a.csv"
    run_query("SELECT url FROM articles", data, fmt="csv", output=csv_file)
    assert len(csv_file.read_text().splitlines()) == 6


def test_parquet_needs_an_output_and_formats_are_checked(data):
    with pytest.raises(QueryError, match="needs --output"):
        run_query("SELECT 1", data, fmt="parquet")
    with pytest.raises(QueryError, match="unknown format 'xlsx'"):
        run_query("SELECT 1", data, fmt="xlsx")


@pytest.mark.parametrize("sql", [
    "CREATE TABLE x AS SELECT 1",
    "COPY articles TO 'x.csv'",
    "INSTALL fts",
    "ATTACH 'other.duckdb'",
    "SELECT 1; DROP VIEW articles",
])
def test_run_query_refuses_anything_but_reading(data, sql):
    with pytest.raises(QueryError, match="read-only"):
        query(sql, data)


def test_the_connection_itself_cannot_write_or_touch_files(data):
    before = (data / "articles.parquet").read_bytes()
    con = connect(data)
    target = data / "articles.parquet"
    for sql in [
        "CREATE TABLE x AS SELECT 1",
        f"COPY (SELECT 1 AS a) TO '{target}' (FORMAT parquet, USE_TMP_FILE false)",
        f"SELECT * FROM read_parquet('{target}')",
        "SELECT * FROM read_csv('/etc/passwd')",
        "INSTALL fts",
        "SET enable_external_access = true",
    ]:
        with pytest.raises(duckdb.Error):
            con.execute(sql).fetchall()
    assert (data / "articles.parquet").read_bytes() == before
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(5,)]


@pytest.mark.parametrize("sql, message", [
    ("SELECT * FROM nowhere", "Table with name nowhere does not exist"),
    ("SELEC 1", "syntax error"),
    ("SELECT no_such_column FROM articles", "no_such_column"),
])
def test_a_bad_query_is_one_clear_line(data, sql, message):
    with pytest.raises(QueryError, match=message) as info:
        query(sql, data)
    assert "\n" not in str(info.value)


def test_a_missing_data_dir_is_a_clear_error(tmp_path):
    with pytest.raises(QueryError, match="no data directory"):
        query("SELECT 1", tmp_path / "absent")


def test_named_queries_have_descriptions_and_run(data):
    queries = named_queries()
    mine = {"articles_per_source", "articles_per_month", "articles_latest", "articles_quality_flags",
            "crawl_last_runs", "crawl_failures_by_reason"}
    assert mine <= set(queries)
    for name, q in queries.items():
        assert q.description and not q.description.startswith("-"), name
        query(q.sql, data)  # every example query runs, even with the meetings table missing
    per_source = list(csv.DictReader(io.StringIO(query(queries["articles_per_source"].sql, data))))
    assert [(r["source"], r["articles"]) for r in per_source] == [("bappeda", "3"), ("ppid", "2")]


def test_data_dictionary_is_up_to_date():
    assert dictionary_path().read_text(encoding="utf-8") == render(), "run: python -m pipelines.dictionary"
    text = render()
    for name, schema in TABLES.items():
        assert f"## {name}" in text
        assert all(f"| `{column}` |" in text for column in schema.names)
