"""Read-only SQL (DuckDB) over the Parquet tables, through the views in datasets/views/*.sql.

A view file names its table file as a plain literal, `read_parquet('articles.parquet')`, so
the same SQL works in any folder holding the tables (a data dir or a downloaded release).
`connect` binds each literal to an Arrow dataset of the folder's file, registered on the
connection (a missing table becomes an empty table of its declared schema), builds the
views in a throwaway database file and reopens it read-only with all file access off and
the configuration locked: SQL can neither create tables nor read, write or COPY any file
(DuckDB's allowed_paths would let a COPY overwrite an allowed table file, so no path is
allowed at all). `run_query` also refuses non-SELECT statements with a clear message.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import duckdb

from crawler.resources import datasets_dir
from pipelines.schema import TABLES

FORMATS = ("table", "csv", "json", "jsonl", "parquet")
TABLE_ROWS = 200  # the terminal table shows this many rows; csv/json/parquet stream everything
READ_STATEMENTS = {"SELECT", "EXPLAIN"}
TIMEZONE = "Asia/Jakarta"  # timestamps display as the sources write them
# read_parquet('articles.parquet'), or the older form read_parquet(getvariable('data_dir') || '/x.parquet').
_TABLE_FILE = re.compile(
    r"read_parquet\(\s*(?:getvariable\('data_dir'\)\s*\|\|\s*'/|')(?P<name>[A-Za-z0-9_]+)\.parquet'\s*\)"
)


class QueryError(Exception):
    """A query that cannot run; the message is one clear line."""


@dataclass(frozen=True)
class NamedQuery:
    """An example query from datasets/queries/: its description (first comment line) and SQL."""

    description: str
    sql: str


def named_queries(folder: Path | None = None) -> dict[str, NamedQuery]:
    """Return the example queries of datasets/queries/*.sql by file name (without .sql)."""
    folder = folder or datasets_dir() / "queries"
    queries = {}
    for path in sorted(folder.glob("*.sql")):
        sql = path.read_text(encoding="utf-8")
        first = next((line for line in sql.splitlines() if line.strip()), "")
        description = first.strip()[2:].strip() if first.strip().startswith("--") else ""
        queries[path.stem] = NamedQuery(description, sql.strip())
    return queries


def view_files(folder: Path | None = None) -> list[Path]:
    """The view definitions, in name order (a later view may use an earlier one)."""
    return sorted((folder or datasets_dir() / "views").glob("*.sql"))


def connect(data_dir: str | os.PathLike) -> duckdb.DuckDBPyConnection:
    """Open a read-only DuckDB connection with every view of datasets/views over data_dir's tables."""
    data_dir = Path(data_dir).resolve()
    if not data_dir.is_dir():
        raise QueryError(f"no data directory at {data_dir}")
    scratch = Path(tempfile.mkdtemp(prefix="rapat-query-"))
    try:
        database = scratch / "views.duckdb"
        _build_views(database, data_dir)
        con = duckdb.connect(str(database), read_only=True, config=_config())
        _register_tables(con, data_dir)
        _restrict(con)
    finally:
        # The open connection keeps its file; nothing else needs the folder.
        shutil.rmtree(scratch, ignore_errors=True)
    return con


def _config() -> dict:
    """Connection settings: no extension downloads."""
    return {"autoinstall_known_extensions": False, "autoload_known_extensions": False}


def _register_tables(con: duckdb.DuckDBPyConnection, data_dir: Path) -> None:
    """Expose each table file as an Arrow dataset of its declared schema (empty when missing)."""
    import pyarrow.dataset as ds

    for name, schema in TABLES.items():
        path = data_dir / f"{name}.parquet"
        # Arrow reads the file, not DuckDB: SQL itself never gets a path it could write to.
        source = ds.dataset(path, schema=schema, format="parquet") if path.exists() else schema.empty_table()
        con.register(_registered(name), source)


def _registered(name: str) -> str:
    """Name of the registered Arrow source behind a table's view."""
    return f"{name}_parquet"


def _build_views(database: Path, data_dir: Path) -> None:
    """Create every view in a fresh database file."""
    con = duckdb.connect(str(database), config=_config())
    try:
        _register_tables(con, data_dir)
        for path in view_files():
            sql = bind_table_files(path.read_text(encoding="utf-8"))
            try:
                con.execute(sql)
            except duckdb.Error as exc:
                raise QueryError(f"view {path.name} does not load: {_first_line(exc)}") from None
    finally:
        con.close()


def bind_table_files(sql: str) -> str:
    """Replace `read_parquet('<table>.parquet')` by the registered Arrow source of that table."""

    def bind(match: re.Match) -> str:
        name = match["name"]
        if name not in TABLES:
            raise QueryError(f"a view reads {name}.parquet, which is not a declared table ({', '.join(TABLES)})")
        return _registered(name)

    return _TABLE_FILE.sub(bind, sql)


def _restrict(con: duckdb.DuckDBPyConnection) -> None:
    """Show times in Jakarta, forbid SQL any file access, then lock the configuration."""
    con.execute(f"SET TimeZone = {_literal(TIMEZONE)}")
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")


def check_read_only(sql: str) -> None:
    """Raise QueryError unless every statement only reads (SELECT, EXPLAIN, DESCRIBE, SHOW...)."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError(_first_line(exc)) from None
    if not statements:
        raise QueryError("empty query")
    for statement in statements:
        kind = statement.type.name
        if kind not in READ_STATEMENTS:
            raise QueryError(f"read-only: {kind} statements are not allowed (only SELECT queries)")


def run_query(
    sql: str,
    data_dir: str | os.PathLike,
    fmt: str = "table",
    output: str | os.PathLike | None = None,
    stream: IO[str] | None = None,
) -> int:
    """Run read-only SQL over the tables and write the result as table, csv, json(l) or parquet; return rows."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet" and output is None:
        raise QueryError("--format parquet needs --output FILE")
    check_read_only(sql)
    con = connect(data_dir)
    try:
        relation = _relation(con, sql)
        if fmt == "parquet":
            return _write_parquet(relation, Path(output))
        with _open_output(output, stream) as out:
            return WRITERS[fmt](relation, out)
    except duckdb.Error as exc:
        raise QueryError(_first_line(exc)) from None
    finally:
        con.close()


def _relation(con: duckdb.DuckDBPyConnection, sql: str) -> "_Result":
    """Run all but the last statement; return the last one's pending result."""
    statements = duckdb.extract_statements(sql)
    for statement in statements[:-1]:
        con.execute(statement.query).fetchall()
    return _Result(con, statements[-1].query)


class _Result:
    """The last statement's result: column names, rows fetched in chunks, or an Arrow stream."""

    def __init__(self, con: duckdb.DuckDBPyConnection, query: str):
        self.con, self.query = con, query

    def cursor(self):
        """Execute the query (once per reader)."""
        cursor = self.con.execute(self.query)
        if cursor.description is None:
            raise QueryError("the query returns no rows to show")
        self.columns = [d[0] for d in cursor.description]
        return cursor

    def to_arrow_reader(self, batch_size: int):
        """The result as a pyarrow RecordBatchReader."""
        return self.con.sql(self.query).to_arrow_reader(batch_size)


class _open_output:
    """Context manager: the output file (written atomically) or the given/standard stream."""

    def __init__(self, output, stream):
        self.path = Path(output) if output is not None else None
        self.stream = stream
        self.tmp = None

    def __enter__(self) -> IO[str]:
        if self.path is None:
            return self.stream or sys.stdout
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.path.with_name(f".{self.path.name}.tmp")
        self.handle = self.tmp.open("w", encoding="utf-8", newline="")
        return self.handle

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.tmp is None:
            return
        self.handle.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)


def _rows(cursor, size: int = 2048):
    """Fetch a result's rows in chunks."""
    while chunk := cursor.fetchmany(size):
        yield from chunk


def _write_table(relation, out: IO[str]) -> int:
    """Render the first TABLE_ROWS rows with rich; say when more were left out."""
    from rich.console import Console
    from rich.table import Table

    cursor = relation.cursor()
    rows = cursor.fetchmany(TABLE_ROWS + 1)
    cursor.close()
    table = Table(*relation.columns, show_lines=False)
    for row in rows[:TABLE_ROWS]:
        table.add_row(*("" if v is None else _text(v) for v in row))
    console = Console(file=out, width=max(80, shutil.get_terminal_size().columns))
    console.print(table)
    shown = min(len(rows), TABLE_ROWS)
    if len(rows) > TABLE_ROWS:
        console.print(f"(first {TABLE_ROWS} rows shown; use --format csv or --output for all)")
    else:
        console.print(f"({shown} row{'s' if shown != 1 else ''})")
    return shown


def _write_csv(relation, out: IO[str]) -> int:
    """CSV with a header; lists and structs as JSON text."""
    cursor = relation.cursor()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(relation.columns)
    count = 0
    for row in _rows(cursor):
        writer.writerow(["" if v is None else _text(v) for v in row])
        count += 1
    return count


def _write_jsonl(relation, out: IO[str]) -> int:
    """One JSON object per line."""
    cursor = relation.cursor()
    columns, count = relation.columns, 0
    for row in _rows(cursor):
        out.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=_json_value) + "\n")
        count += 1
    return count


def _write_json(relation, out: IO[str]) -> int:
    """A JSON array of objects, one per line, streamed."""
    cursor = relation.cursor()
    columns, count = relation.columns, 0
    out.write("[")
    for row in _rows(cursor):
        out.write((",\n" if count else "\n") + json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=_json_value))
        count += 1
    out.write("\n]\n")
    return count


def _write_parquet(relation, path: Path) -> int:
    """Stream the result into a Parquet file (written atomically)."""
    import pyarrow.parquet as pq

    reader = relation.to_arrow_reader(65536)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    count = 0
    try:
        with pq.ParquetWriter(tmp, reader.schema, compression="zstd") as writer:
            for batch in reader:
                writer.write_batch(batch)
                count += batch.num_rows
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return count


WRITERS = {"table": _write_table, "csv": _write_csv, "json": _write_json, "jsonl": _write_jsonl}


def _text(value: Any) -> str:
    """A cell as text: lists and structs as JSON, times in ISO 8601."""
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False, default=_json_value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def _json_value(value: Any) -> Any:
    """JSON for values the json module does not know."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return str(value)


def _literal(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _first_line(exc: BaseException) -> str:
    """The first line of an error message."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
