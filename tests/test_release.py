"""Releases: contents equal the source tables, valid Data Package, reproducible bytes, changelog, index."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import subprocess
import tarfile
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml
from frictionless import validate

from pipelines.schema import KEYS, TABLES
from rapat.download import DownloadError
from rapat.release import ReleaseError, build_release, release_dir

from release_tables import article, make_tables, write

# 18:00 UTC on 27 Nov is 01:00 on 28 Nov in Jakarta: the version follows Jakarta's calendar.
NOW = dt.datetime(2026, 11, 27, 18, 0, tzinfo=dt.timezone.utc)


def _sorted(rows: list[dict], table: str) -> list[dict]:
    return sorted(rows, key=lambda r: tuple(r[k] for k in KEYS[table]))


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture()
def built(tmp_path):
    source = make_tables(tmp_path / "data", n=40, shuffle=True)
    folder = build_release(tmp_path / "data", tmp_path / "out", now=NOW)
    return source, folder


def test_version_is_jakarta_date_and_files_are_complete(built):
    _, folder = built
    assert folder.name == "2026.11.28"
    names = set(_files(folder))
    for table in TABLES:
        assert {f"{table}.parquet", f"{table}.csv"} <= names
    assert {"datapackage.json", "README.md", "CHANGELOG.md", "SHA256SUMS", "CITATION.cff"} <= names
    assert not list(folder.parent.glob(".*"))  # no building leftovers


def test_sha256sums_verify_with_sha256sum(built):
    _, folder = built
    done = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count(": OK") == len(list(folder.iterdir())) - 1


def test_frictionless_accepts_the_package_and_catches_a_changed_file(built):
    _, folder = built
    report = validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])[:5]
    rows = {t.name: t.stats.get("rows") for t in report.tasks}
    assert rows["articles-csv"] == 40
    descriptor = json.loads((folder / "datapackage.json").read_text())
    assert descriptor["version"] == "2026.11.28"
    for res in descriptor["resources"]:
        data = (folder / res["path"]).read_bytes()
        assert res["bytes"] == len(data) and res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert [f["name"] for f in res["schema"]["fields"]] == TABLES[res["name"].rsplit("-", 1)[0]].names
    parquet = folder / "meetings.parquet"
    parquet.write_bytes(parquet.read_bytes()[:-1] + b"X")
    assert not validate(str(folder / "datapackage.json")).valid


def test_parquet_equals_source_via_duckdb_and_pyarrow(built):
    source, folder = built
    for table, rows in source.items():
        published = pq.read_table(folder / f"{table}.parquet")
        assert published.schema.names == TABLES[table].names
        # Parquet names list items 'element' (the compliant nested type); types and docs are the declared ones.
        assert [f.metadata for f in published.schema] == [f.metadata for f in TABLES[table]]
        published = published.cast(TABLES[table])
        # through the declared schema, so float32 values compare as stored
        assert published.to_pylist() == pa.Table.from_pylist(_sorted(rows, table), TABLES[table]).to_pylist()
        con = duckdb.connect()
        keys = ", ".join(KEYS[table])
        got = con.sql(f"SELECT * FROM read_parquet('{folder / table}.parquet') ORDER BY {keys}").fetch_arrow_table()
        assert got.num_rows == len(rows)
        assert got.column(KEYS[table][0]).to_pylist() == [r[KEYS[table][0]] for r in _sorted(rows, table)]


def _parse_cell(text: str, type_: pa.DataType):
    """Read one CSV cell back into a Python value, independently of the writer."""
    if text == "":
        return None
    if pa.types.is_boolean(type_):
        return {"true": True, "false": False}[text]
    if pa.types.is_integer(type_):
        return int(text)
    if pa.types.is_floating(type_):
        return float(text)
    if pa.types.is_timestamp(type_):
        return dt.datetime.fromisoformat(text)
    if pa.types.is_date(type_):
        return dt.date.fromisoformat(text)
    if pa.types.is_list(type_) or pa.types.is_struct(type_):
        return json.loads(text)
    return text


def test_csv_is_rfc4180_and_equals_source(built):
    source, folder = built
    for table, rows in source.items():
        raw = (folder / f"{table}.csv").read_bytes()
        assert raw.endswith(b"\r\n") and raw.decode("utf-8")
        with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            assert header == TABLES[table].names
            parsed = [
                {name: _parse_cell(cell, TABLES[table].field(name).type) for name, cell in zip(header, line)}
                for line in reader
            ]
        expected = _sorted(rows, table)
        assert len(parsed) == len(expected)
        for got, want in zip(parsed, expected):
            for name, value in want.items():
                if isinstance(value, float):
                    assert got[name] == pytest.approx(value, rel=1e-6)
                else:
                    assert got[name] == value, (table, name)
    # awkward text survives: quotes, commas, blank lines inside a cell, non-ASCII
    bodies = [r["body_text"] for r in csv.DictReader((folder / "articles.csv").open(encoding="utf-8", newline=""))]
    assert any('"inflasi"' in b and "\n\n" in b and "—" in b for b in bodies)


def test_card_and_citation(built):
    _, folder = built
    card = (folder / "README.md").read_text()
    header = yaml.safe_load(card.split("---")[1])
    assert header["license"] == "cc-by-4.0"
    assert {c["config_name"]: c["data_files"][0]["path"] for c in header["configs"]} == {
        t: f"{t}.parquet" for t in TABLES
    }
    for heading in ("## What it is", "## Sources", "## Schema", "## How it was made", "## Known limits",
                    "## Licence and attribution", "## How to cite"):
        assert heading in card
    from crawler.sources import load_sources

    assert all(s.host in card for s in load_sources())
    assert all(f"| `{name}` |" in card for schema in TABLES.values() for name in schema.names)
    cff = yaml.safe_load((folder / "CITATION.cff").read_text())
    assert cff["version"] == "2026.11.28" and cff["cff-version"] == "1.2.0" and cff["date-released"] == "2026-11-28"


def test_same_data_gives_byte_identical_release(tmp_path):
    make_tables(tmp_path / "a", n=30, shuffle=False)
    make_tables(tmp_path / "b", n=30, shuffle=True)  # same rows, other physical order
    first = build_release(tmp_path / "a", tmp_path / "out1", now=NOW)
    second = build_release(tmp_path / "b", tmp_path / "out2", now=NOW + dt.timedelta(hours=3))
    assert _files(first) == _files(second)
    # a second release on the same day gets a suffix; its data files keep their checksums
    again = build_release(tmp_path / "a", tmp_path / "out1", now=NOW)
    assert again.name == "2026.11.28.1"
    data = [n for n in _files(first) if n.endswith((".parquet", ".csv"))]
    assert {n: _files(again)[n] for n in data} == {n: _files(first)[n] for n in data}
    assert "No rows changed." in (again / "CHANGELOG.md").read_text()


def test_changelog_lists_added_changed_removed_ids(tmp_path):
    rows = make_tables(tmp_path / "data", n=12)
    site = tmp_path / "site"
    build_release(tmp_path / "data", tmp_path / "out", publish_dir=site, now=NOW)
    articles = rows["articles"]
    changed, removed = articles[3], articles[5]
    articles = [dict(a, title="Judul diperbarui") if a is changed else a for a in articles if a is not removed]
    added = article(99)
    write(tmp_path / "data", "articles", articles + [added])
    folder = build_release(tmp_path / "data", tmp_path / "out", publish_dir=site, now=NOW + dt.timedelta(days=7))
    log = (folder / "CHANGELOG.md").read_text()
    assert "Compared with release 2026.11.28" in log
    assert "| articles | 12 | 1 | 1 | 1 |" in log
    section = lambda kind: log.split(f"## articles: {kind}")[1].split("##")[0]  # noqa: E731
    assert f"`{changed['article_id']}`" in section("changed")
    assert f"`{removed['article_id']}`" in section("removed")
    assert f"`{added['article_id']}`" in section("added")
    assert "| meetings | 9 | 0 | 0 | 0 |" in log


def test_publish_dir_index_and_reproducible_archive(tmp_path):
    make_tables(tmp_path / "data", n=10)
    site = tmp_path / "site"
    v1 = build_release(tmp_path / "data", tmp_path / "out", publish_dir=site, now=NOW)
    v2 = build_release(tmp_path / "data", tmp_path / "out", publish_dir=site, now=NOW + dt.timedelta(days=7))
    index = json.loads((site / "releases.json").read_text())
    assert index["latest"] == v2.name == "2026.12.05"
    assert [r["version"] for r in index["releases"]] == ["2026.12.05", "2026.11.28"]
    entry = index["releases"][1]
    assert entry["date"] == "2026-11-28" and entry["rows"] == {t: n for t, n in
                                                                [("articles", 10), ("meetings", 7), ("crawl_runs", 4), ("crawl_failures", 3)]}
    for f in entry["files"]:
        assert hashlib.sha256((site / v1.name / f["path"]).read_bytes()).hexdigest() == f["sha256"]
    assert {f["path"] for f in entry["files"]} == set(_files(v1))
    with tarfile.open(site / "2026.11.28.tar.gz") as tar:
        assert sorted(tar.getnames()) == sorted(f"2026.11.28/{n}" for n in _files(v1))
    other = tmp_path / "site2"
    build_release(tmp_path / "data", tmp_path / "out2", publish_dir=other, now=NOW)
    assert (other / "2026.11.28.tar.gz").read_bytes() == (site / "2026.11.28.tar.gz").read_bytes()


def test_bad_input_is_refused_and_leaves_nothing(tmp_path):
    with pytest.raises(ReleaseError, match="no tables"):
        build_release(tmp_path / "empty", tmp_path / "out", now=NOW)
    rows = make_tables(tmp_path / "data", n=6)
    write(tmp_path / "data", "articles", rows["articles"] + rows["articles"][:1])
    with pytest.raises(ReleaseError, match="not unique"):
        build_release(tmp_path / "data", tmp_path / "out", now=NOW)
    assert list((tmp_path / "out").iterdir()) == []
    pq.write_table(pa.table({"meeting_id": ["x"]}).drop_columns("meeting_id").append_column("title", pa.array(["t"])),
                   tmp_path / "data" / "meetings.parquet")
    write(tmp_path / "data", "articles", rows["articles"])
    with pytest.raises(ReleaseError, match="meeting_id"):
        build_release(tmp_path / "data", tmp_path / "out", now=NOW)
    make_tables(tmp_path / "data", n=6)
    build_release(tmp_path / "data", tmp_path / "out", version="v1", now=NOW)
    with pytest.raises(ReleaseError, match="already exists"):
        build_release(tmp_path / "data", tmp_path / "out", version="v1", now=NOW)
    with pytest.raises(ReleaseError, match="invalid version"):
        build_release(tmp_path / "data", tmp_path / "out", version="../x", now=NOW)


def test_release_dir_resolves_installed_versions(tmp_path):
    make_tables(tmp_path / "data", n=4)
    first = build_release(tmp_path / "data", tmp_path / "rel", now=NOW)
    second = build_release(tmp_path / "data", tmp_path / "rel", now=NOW)
    assert release_dir(first.name, tmp_path / "rel") == first
    assert release_dir("latest", tmp_path / "rel") == second
    with pytest.raises(DownloadError, match="not installed"):
        release_dir("2001.01.01", tmp_path / "rel")


def test_old_table_without_a_new_nullable_column_still_publishes(tmp_path):
    rows = make_tables(tmp_path / "data", n=5)
    older = pa.Table.from_pylist(rows["articles"], TABLES["articles"]).drop_columns(["event_type"])
    pq.write_table(older, tmp_path / "data" / "articles.parquet")
    folder = build_release(tmp_path / "data", tmp_path / "out", now=NOW)
    published = pq.read_table(folder / "articles.parquet")
    assert published.schema.names == TABLES["articles"].names
    assert published.column("event_type").null_count == 5
    nulls = [dict(r, title=None) for r in rows["articles"]]
    pq.write_table(pa.Table.from_pylist(nulls, TABLES["articles"].set(4, TABLES["articles"].field("title").with_nullable(True))),
                   tmp_path / "data" / "articles.parquet")
    with pytest.raises(ReleaseError, match="title"):
        build_release(tmp_path / "data", tmp_path / "out", now=NOW)


def test_rapat_query_reads_a_release_folder(built):
    source, folder = built
    import io

    from rapat.query import run_query

    out = io.StringIO()
    run_query("SELECT count(*) AS n FROM meetings", folder, fmt="csv", stream=out)
    assert out.getvalue().split()[-1] == str(len(source["meetings"]))


@pytest.mark.slow
def test_release_of_a_real_demo_crawl_round_trips(tmp_path):
    """Mirror -> real crawl -> tables -> release -> served -> downloaded -> queried."""
    import os
    import sys

    from rapat.download import download
    from rapat.static_server import serve

    env = {k: v for k, v in os.environ.items() if k != "RAPAT_DATA_DIR"}
    demo = subprocess.run([sys.executable, "-m", "rapat", "demo", "--articles", "30", "--data-dir", str(tmp_path / "data")],
                          capture_output=True, text=True, timeout=180, env=env)
    assert (tmp_path / "data" / "articles.parquet").exists(), demo.stderr[-2000:]
    folder = build_release(tmp_path / "data", tmp_path / "out", publish_dir=tmp_path / "site", now=NOW)
    assert validate(str(folder / "datapackage.json")).valid
    con = duckdb.connect()
    for table in TABLES:
        source = tmp_path / "data" / f"{table}.parquet"
        if not source.exists():
            continue
        diff = con.execute(
            f"SELECT count(*) FROM (SELECT * FROM read_parquet('{source}') EXCEPT ALL "
            f"SELECT * FROM read_parquet('{folder / table}.parquet'))"
        ).fetchone()[0]
        assert diff == 0, table
        assert con.execute(f"SELECT count(*) FROM read_parquet('{source}')").fetchone() == \
            con.execute(f"SELECT count(*) FROM read_parquet('{folder / table}.parquet')").fetchone()
        with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
            assert sum(1 for _ in csv.reader(fh)) - 1 == pq.ParquetFile(source).metadata.num_rows
    server = serve(tmp_path / "site")
    try:
        got = download("latest", base_url=f"http://127.0.0.1:{server.server_address[1]}", to=tmp_path / "rel", timeout=5)
    finally:
        server.shutdown()
        server.server_close()
    assert subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=got).returncode == 0
    from rapat.query import run_query
    import io

    out = io.StringIO()
    run_query("SELECT count(*) FROM articles", got, fmt="csv", stream=out)
    assert int(out.getvalue().split()[-1]) == pq.ParquetFile(tmp_path / "data" / "articles.parquet").metadata.num_rows
