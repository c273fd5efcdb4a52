"""Atomic, idempotent Parquet tables keyed by id: `<data_dir>/<table>.parquet`, one file per table.

Every write goes through one writer with fixed settings (zstd, fixed row groups, rows sorted by
the table key, no wall-clock metadata), so identical data gives byte-identical files. A write
goes to a temp file in the same folder, is fsynced, then `os.replace`d: a crash leaves the
previous file readable. A merge never loads a table: incoming rows are staged to a scratch
Parquet file as key-sorted runs, DuckDB plans the merge over narrow columns only (keys, fetch
time, hashes), and the rows stream from the stored file and the runs into the new file in key
order (a k-way merge), so memory does not grow with the table.

Upsert policy for `articles` (documented for users in docs/architecture.md terms):
the latest fetch of an article wins (by `fetched_at`), so `views`, `fetched_at` and the WARC
provenance always describe the newest archived response; it counts as *updated* when
`content_sha256`, `title` or `published_at` changed and *unchanged* otherwise. The derived
columns `event_type` and `duplicate_of` (written later by pipelines/meetings.py) are kept
for unchanged articles and cleared for changed ones, so the meetings stage recomputes them.
Other tables: the incoming row replaces the stored one; *updated* means any column differs.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipelines.schema import KEYS, TABLES

ROW_GROUP_ROWS = 1024  # ~5 MB of articles: what a merge holds decoded of the stored table
STAGE_CHUNK_ROWS = 2000  # rows per sorted run of incoming rows (held as dicts while staged)
RUN_BATCH_ROWS = 32  # rows a sorted run holds decoded at a time during a merge
READ_BUFFER = 32 * 1024  # read column chunks page by page, not whole
WRITER_OPTIONS = dict(
    compression="zstd",
    compression_level=3,
    use_dictionary=True,
    write_statistics=True,  # narrowed per table by _writer_options: no min/max of whole bodies
    data_page_size=1 << 20,
    store_schema=True,
)
# DuckDB only plans over narrow columns; past this it spills to the scratch folder.
DUCKDB_MEMORY_LIMIT = "128MB"

# Long texts: no min/max statistics (they would copy whole bodies into the file footer).
LONG_TEXT = {"body_text", "lead", "evidence", "detail"}

# Table-specific merge policy (see the module docstring).
CHANGE_COLUMNS: dict[str, tuple[str, ...]] = {"articles": ("content_sha256", "title", "published_at")}
LATEST_BY: dict[str, str] = {"articles": "fetched_at"}
DERIVED: dict[str, tuple[str, ...]] = {"articles": ("event_type", "duplicate_of")}


class StoreError(ValueError):
    """Bad input for a table: unknown table, null in a required column, duplicate key."""


@dataclass(frozen=True)
class UpsertCounts:
    """How many incoming rows were new, changed an existing row, or changed nothing."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0

    def __add__(self, other: "UpsertCounts") -> "UpsertCounts":
        return UpsertCounts(self.new + other.new, self.updated + other.updated, self.unchanged + other.unchanged)


def schema_of(name: str) -> pa.Schema:
    """Return the declared schema of a table, or raise StoreError for an unknown name."""
    try:
        return TABLES[name]
    except KeyError:
        raise StoreError(f"unknown table {name!r} (known: {', '.join(TABLES)})") from None


def table_path(data_dir: str | os.PathLike, name: str) -> Path:
    """Return `<data_dir>/<name>.parquet`."""
    schema_of(name)
    return Path(data_dir) / f"{name}.parquet"


def read_table(data_dir: str | os.PathLike, name: str, columns: list[str] | None = None) -> pa.Table:
    """Read a whole table with the declared schema (an empty table when the file is missing)."""
    batches = list(iter_batches(data_dir, name, columns=columns))
    schema = _project(schema_of(name), columns)
    return pa.Table.from_batches(batches, schema=schema)


def iter_batches(
    data_dir: str | os.PathLike, name: str, columns: list[str] | None = None, batch_size: int = ROW_GROUP_ROWS
) -> Iterator[pa.RecordBatch]:
    """Stream a table in key order as record batches of the declared schema (projected to columns)."""
    path = table_path(data_dir, name)
    schema = _project(schema_of(name), columns)
    if not path.exists():
        return
    reader = pq.ParquetFile(path)
    present = [c for c in schema.names if c in reader.schema_arrow.names]
    for batch in reader.iter_batches(batch_size=batch_size, columns=present):
        if batch.num_rows:
            yield from conform(pa.Table.from_batches([batch]), schema).to_batches()


def count_rows(data_dir: str | os.PathLike, name: str, **equals: object) -> int:
    """Count rows of a table, optionally where columns equal the given values (reads only those columns)."""
    path = table_path(data_dir, name)
    if not path.exists():
        return 0
    reader = pq.ParquetFile(path)
    if not equals:
        return reader.metadata.num_rows
    _project(schema_of(name), list(equals))
    total = 0
    for batch in reader.iter_batches(columns=list(equals), batch_size=ROW_GROUP_ROWS * 8):
        mask = None
        for column, value in equals.items():
            hit = pc.equal(batch.column(column), pa.scalar(value, batch.schema.field(column).type))
            mask = hit if mask is None else pc.and_(mask, hit)
        total += pc.sum(mask).as_py() or 0
    return total


def write_table(data_dir: str | os.PathLike, name: str, table: pa.Table) -> Path:
    """Replace a table with these rows: cast to the schema, sorted by key, written atomically."""
    schema = schema_of(name)
    table = conform(table, schema)
    _check_keys_unique(table, name)
    table = table.sort_by([(k, "ascending") for k in KEYS[name]])
    with table_lock(data_dir, name):
        return _write_atomic(table_path(data_dir, name), schema, iter(table.to_batches()))


def upsert(data_dir: str | os.PathLike, name: str, rows_or_table: pa.Table | Iterable[Mapping]) -> UpsertCounts:
    """Merge rows into a table by its key and return how many were new, updated or unchanged."""
    from pipelines.merge import merge

    return merge(Path(data_dir), name, rows_or_table, keep_old=True)


def upsert_by(
    data_dir: str | os.PathLike, name: str, rows_or_table: pa.Table | Iterable[Mapping], column: str
) -> dict[object, UpsertCounts]:
    """Merge rows like upsert, in one pass, and count new / updated / unchanged per value of a column."""
    from pipelines.merge import merge

    return merge(Path(data_dir), name, rows_or_table, keep_old=True, count_by=column)


def replace_rows(data_dir: str | os.PathLike, name: str, rows_or_table: pa.Table | Iterable[Mapping]) -> UpsertCounts:
    """Rewrite a table from these rows only (deduplicated by key, derived columns carried over)."""
    from pipelines.merge import merge

    return merge(Path(data_dir), name, rows_or_table, keep_old=False)


def update_columns(data_dir: str | os.PathLike, name: str, updates: pa.Table) -> int:
    """Set some columns of existing rows, matched by key (e.g. articles.event_type); return rows matched."""
    data_dir, schema, keys = Path(data_dir), schema_of(name), KEYS[name]
    missing = [k for k in keys if k not in updates.column_names]
    if missing:
        raise StoreError(f"update of {name} lacks key column(s) {missing}")
    columns = [c for c in updates.column_names if c not in keys]
    unknown = [c for c in columns if c not in schema.names]
    if unknown:
        raise StoreError(f"{name} has no column(s) {unknown}")
    updates = conform_partial(updates, schema)
    _check_keys_unique(updates, name)
    path = table_path(data_dir, name)
    with table_lock(data_dir, name):
        if not path.exists():
            return 0
        matched = [0]
        lookup = _key_strings(updates, keys)

        def updated() -> Iterator[pa.RecordBatch]:
            # Key order is unchanged, so the stored file streams through batch by batch.
            for batch in iter_batches(data_dir, name):
                index = pc.index_in(_key_strings(batch, keys), value_set=lookup)
                hit = pc.is_valid(index)
                matched[0] += pc.sum(hit).as_py() or 0
                for column in columns:
                    at = schema.get_field_index(column)
                    values = pc.if_else(hit, updates.column(column).take(index), batch.column(at))
                    batch = batch.set_column(at, schema.field(column), values)
                yield batch

        _write_atomic(path, schema, updated())
        return matched[0]


def _key_strings(table, keys: tuple[str, ...]) -> pa.Array:
    """One string per row identifying its key (columns joined by a unit separator)."""
    parts = [pc.cast(table.column(k), pa.string()) for k in keys]
    joined = parts[0] if len(parts) == 1 else pc.binary_join_element_wise(*parts, "\x1f")
    return joined.combine_chunks() if isinstance(joined, pa.ChunkedArray) else joined


# --- conforming rows to the declared schema -------------------------------------------------


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Cast a table to the declared schema: missing columns become null, extra ones are dropped."""
    columns = []
    for field in schema:
        if field.name in table.column_names:
            columns.append(_cast(table.column(field.name), field))
        else:
            columns.append(pa.nulls(table.num_rows, field.type))
    result = pa.Table.from_arrays(columns, schema=schema)
    _check_required(result)
    return result


def conform_partial(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Cast the columns a table has to their declared types (for partial updates)."""
    fields = [schema.field(c) for c in table.column_names]
    return pa.Table.from_arrays([_cast(table.column(f.name), f) for f in fields], schema=pa.schema(fields))


def rows_to_table(rows: Iterable[Mapping], schema: pa.Schema) -> pa.Table:
    """Build a table of the declared schema from dict rows (unknown keys ignored)."""
    rows = list(rows)
    try:
        return conform(pa.Table.from_pylist(rows, schema=schema), schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError) as exc:
        raise StoreError(f"rows do not fit the schema: {_bad_column(rows, schema) or exc}") from None


def _bad_column(rows: list[Mapping], schema: pa.Schema) -> str | None:
    """Name the first column whose values do not convert, with the offending value."""
    for field in schema:
        for number, row in enumerate(rows):
            try:
                pa.array([row.get(field.name)], field.type)
            except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
                return f"column {field.name!r} cannot hold {row.get(field.name)!r:.80} (row {number} of the chunk)"
    return None


def _cast(column: pa.ChunkedArray, field: pa.Field) -> pa.ChunkedArray:
    """Cast one column to its declared type, with the column name in the error."""
    try:
        return column.cast(field.type)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError) as exc:
        raise StoreError(f"column {field.name!r}: cannot cast {column.type} to {field.type}: {exc}") from None


def _check_required(table: pa.Table) -> None:
    """Refuse nulls in columns the schema declares required."""
    for field in table.schema:
        nulls = table.column(field.name).null_count
        if not field.nullable and nulls:
            raise StoreError(f"column {field.name!r} is required but null in {nulls} row(s)")


def _check_keys_unique(table: pa.Table, name: str) -> None:
    """Refuse a table with two rows of one key."""
    keys = list(KEYS[name])
    if table.num_rows == 0:
        return
    grouped = table.select(keys).group_by(keys).aggregate([([], "count_all")])
    dupes = grouped.filter(pa.compute.greater(grouped["count_all"], 1))
    if dupes.num_rows:
        example = {k: dupes[k][0].as_py() for k in keys}
        raise StoreError(f"{name}: {dupes.num_rows} key(s) appear more than once, e.g. {example}")


def _project(schema: pa.Schema, columns: list[str] | None) -> pa.Schema:
    """Return the schema restricted to columns (all when None)."""
    if columns is None:
        return schema
    unknown = [c for c in columns if c not in schema.names]
    if unknown:
        raise StoreError(f"unknown column(s) {unknown}")
    return pa.schema([schema.field(c) for c in columns])


# --- writing, locking, DuckDB -----------------------------------------------------------------


def _write_atomic(path: Path, schema: pa.Schema, batches: Iterator[pa.RecordBatch] | pa.RecordBatchReader) -> Path:
    """Write batches as fixed-size row groups to a temp file, fsync it, then replace path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            with pq.ParquetWriter(handle, schema, **_writer_options(schema)) as writer:
                for group in _regroup(batches, schema):
                    writer.write_table(group, row_group_size=ROW_GROUP_ROWS)
            handle.flush()
            os.fsync(handle.fileno())
        _replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)
    return path


def _writer_options(schema: pa.Schema) -> dict:
    """The fixed writer settings, with statistics only on columns a reader would filter by."""
    stats = [f.name for f in schema if f.name not in LONG_TEXT]
    return {**WRITER_OPTIONS, "write_statistics": stats}


def _replace(tmp: Path, path: Path) -> None:
    """Move the finished temp file over the table (a seam the crash tests use)."""
    os.replace(tmp, path)


def _regroup(batches, schema: pa.Schema) -> Iterator[pa.Table]:
    """Re-chunk any stream of batches into tables of exactly ROW_GROUP_ROWS rows (the last shorter)."""
    pending: list[pa.Table] = []
    size = 0
    for batch in batches:
        if batch.num_rows == 0:
            continue
        table = pa.Table.from_batches([batch])
        pending.append(conform(table, schema) if schema is not None else table)
        size += batch.num_rows
        while size >= ROW_GROUP_ROWS:
            joined = pa.concat_tables(pending)
            yield joined.slice(0, ROW_GROUP_ROWS).combine_chunks()
            rest = joined.slice(ROW_GROUP_ROWS)
            pending, size = ([rest] if rest.num_rows else []), rest.num_rows
    if size:
        yield pa.concat_tables(pending).combine_chunks()


def _fsync_dir(folder: Path) -> None:
    """fsync a directory so the rename itself survives a power cut."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def table_lock(data_dir: str | os.PathLike, name: str) -> Iterator[None]:
    """Hold an exclusive lock on one table (across processes) and sweep its stale temp files."""
    locks = Path(data_dir) / "state" / "locks"
    locks.mkdir(parents=True, exist_ok=True)
    with open(locks / f"{name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            # Under the lock no writer of this table is running: leftovers are from a killed one.
            for stale in Path(data_dir).glob(f".{name}.parquet.*.tmp"):
                stale.unlink(missing_ok=True)
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def _scratch(data_dir: Path) -> Iterator[Path]:
    """A private scratch folder under <data_dir>/state/tmp, removed afterwards."""
    root = data_dir / "state" / "tmp"
    root.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(dir=root))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def _duckdb(data_dir: Path, scratch: Path | None = None):
    """An in-memory DuckDB with a memory cap, spill folder, UTC clock and the empty-table stand-ins."""
    import duckdb

    with contextlib.ExitStack() as stack:
        if scratch is None:
            scratch = stack.enter_context(_scratch(data_dir))
        con = duckdb.connect(
            ":memory:",
            config={
                "memory_limit": DUCKDB_MEMORY_LIMIT,
                "temp_directory": str(scratch / "spill"),
                "preserve_insertion_order": False,  # every query that writes has an ORDER BY
                "threads": 1,  # one sort buffer: memory, not speed, is what a big merge runs out of
                "autoinstall_known_extensions": False,
                "enable_external_file_cache": False,  # it would keep the table file's bytes in memory
                "autoload_known_extensions": False,
            },
        )
        try:
            con.execute("SET TimeZone = 'UTC'")
            for schema in TABLES.values():
                con.register(f"empty_{_empty_id(schema)}", schema.empty_table())
            yield con
        finally:
            con.close()


def _empty_id(schema: pa.Schema) -> str:
    """Name suffix of a schema's empty stand-in table."""
    for name, declared in TABLES.items():
        if declared is schema:
            return name
    raise StoreError("schema is not a declared table schema")


def _duck_type(arrow_type: pa.DataType) -> str:
    """DuckDB type name for an Arrow type (via an empty Arrow table)."""
    import duckdb

    con = duckdb.connect()
    try:
        con.register("t", pa.table({"c": pa.array([], arrow_type)}))
        return con.execute("DESCRIBE t").fetchall()[0][1]
    finally:
        con.close()


def _sql_str(path: Path) -> str:
    """A path as a quoted SQL string literal."""
    return "'" + str(path).replace("'", "''") + "'"
