"""One table -> reproducible Parquet + CSV files, streamed in key order.

Same rows in, same bytes out: rows are sorted by the table's key (DuckDB sorts out of core),
cast to the declared schema, cut into fixed-size row groups and written with fixed settings.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Iterator

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.schema import KEYS, TABLES
from pipelines.store import StoreError, conform

ROW_GROUP = 65_536  # fixed so the byte layout does not depend on how DuckDB chunks its output
PARQUET_OPTIONS = dict(
    compression="zstd",
    compression_level=6,
    version="2.6",
    data_page_version="1.0",
    use_dictionary=True,
    write_statistics=True,
)


class ExportError(ValueError):
    """A source table cannot be published as declared (missing column, duplicate key, bad file)."""


def _select_sql(path: Path, name: str, con: duckdb.DuckDBPyConnection) -> str:
    """SELECT the declared columns the file has, sorted by key (conform() fills absent nullable ones)."""
    schema = TABLES[name]
    try:
        present = {row[0] for row in con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(path)]).fetchall()}
    except duckdb.Error as exc:
        raise ExportError(f"{path}: not a readable Parquet file ({exc})") from None
    missing = [f.name for f in schema if f.name not in present and not f.nullable]
    if missing:
        raise ExportError(f"{path}: required column(s) {', '.join(missing)} missing")
    # A table written before a nullable column was declared still publishes (the column is empty).
    cols = [f'"{f.name}"' for f in schema if f.name in present]
    keys = ", ".join(f'"{k}"' for k in KEYS[name])
    return f"SELECT {', '.join(cols)} FROM read_parquet('{_quote(path)}') ORDER BY {keys}"


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")


def _check_keys(path: Path, name: str, con: duckdb.DuckDBPyConnection) -> None:
    """Refuse a table whose key is not unique: the changelog and the ids users cite rely on it."""
    keys = ", ".join(f'"{k}"' for k in KEYS[name])
    sql = (
        f"SELECT {keys}, count(*) AS n FROM read_parquet('{_quote(path)}') "
        f"GROUP BY ALL HAVING count(*) > 1 ORDER BY {keys} LIMIT 3"
    )
    dupes = con.execute(sql).fetchall()
    if dupes:
        shown = "; ".join(" / ".join(map(str, row[:-1])) for row in dupes)
        raise ExportError(f"{path}: key {KEYS[name]} is not unique (e.g. {shown})")


def _rechunk(reader: pa.RecordBatchReader, schema: pa.Schema) -> Iterator[pa.Table]:
    """Yield tables of exactly ROW_GROUP rows (the last may be shorter), cast to the declared schema."""
    pending: list[pa.RecordBatch] = []
    size = 0
    for batch in reader:
        pending.append(batch)
        size += batch.num_rows
        while size >= ROW_GROUP:
            table = pa.Table.from_batches(pending)
            yield _cast(table.slice(0, ROW_GROUP), schema)
            rest = table.slice(ROW_GROUP)
            pending, size = rest.to_batches(), rest.num_rows
    if size:
        yield _cast(pa.Table.from_batches(pending), schema)


def _cast(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """The store's own cast to the declared schema (types, absent columns, required values)."""
    try:
        return conform(table, schema)
    except StoreError as exc:
        raise ExportError(str(exc)) from None


def export_table(source: Path, name: str, folder: Path) -> int:
    """Write `<folder>/<name>.parquet` and `.csv` from a source Parquet file; return the row count."""
    schema = TABLES[name]
    con = duckdb.connect()
    con.execute("SET TimeZone='UTC'")  # instants are cast to the declared zone afterwards
    try:
        sql = _select_sql(source, name, con)  # first: it names missing columns clearly
        _check_keys(source, name, con)
        reader = con.sql(sql).to_arrow_reader(ROW_GROUP)
        return _write_files(_rechunk(reader, schema), schema, folder / f"{name}.parquet", folder / f"{name}.csv")
    finally:
        con.close()


def _write_files(chunks: Iterator[pa.Table], schema: pa.Schema, parquet: Path, csv_path: Path) -> int:
    """Stream chunks into one Parquet file and one CSV file."""
    rows = 0
    float32 = {f.name for f in schema if pa.types.is_float32(f.type)}
    with pq.ParquetWriter(parquet, schema, **PARQUET_OPTIONS) as pw, csv_path.open(
        "w", encoding="utf-8", newline=""
    ) as fh:
        out = csv.writer(fh, lineterminator="\r\n")  # RFC 4180: CRLF, quotes only where needed
        out.writerow(schema.names)
        for chunk in chunks:
            pw.write_table(chunk, row_group_size=ROW_GROUP)
            for record in chunk.to_pylist():
                out.writerow([csv_value(record[c], c in float32) for c in schema.names])
            rows += chunk.num_rows
    return rows


def csv_value(value, float32: bool = False) -> str:
    """Format one cell for CSV: ISO dates, lower-case booleans, JSON for lists and structs."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, float):
        # float32 widened to a Python float prints 0.8999999761581421; print what was stored, 0.9.
        return str(np.float32(value)) if float32 else repr(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    return str(value)
