"""The merge behind store.upsert / store.replace_rows: staged sorted runs, a narrow plan, a k-way merge.

1. Incoming rows are staged to a scratch Parquet file in runs of store.STAGE_CHUNK_ROWS rows,
   each sorted by key and written as small row groups (Arrow decodes a row group at once);
   their narrow columns also go to a second file with one row group per run, which is what
   DuckDB reads (a scan holds per-row-group metadata: thousands of tiny row groups cost
   megabytes per thousand rows, in every scan of the plan).
2. DuckDB decides, over narrow columns only (keys, fetch time, hashes, derived columns), which
   incoming row wins per key, what is new / updated / unchanged, and the output order: a plan of
   (source file, row position, derived values) sorted by key.
3. The plan is followed by reading the stored file and every run sequentially, a few rows at a
   time, so bodies never sit in memory all at once however large the table grows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, Mapping

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines import store
from pipelines.schema import KEYS


def merge(data_dir: Path, name: str, incoming, keep_old: bool, count_by: str | None = None):
    """Stage incoming rows as sorted runs, plan the merge on narrow columns, then stream it out.

    Returns the UpsertCounts, or with `count_by` a {value of that column: UpsertCounts} dict."""
    schema = store.schema_of(name)
    if count_by is not None and count_by not in schema.names:
        raise store.StoreError(f"{name} has no column {count_by!r} to count by")
    data_dir.mkdir(parents=True, exist_ok=True)
    path = store.table_path(data_dir, name)
    with store.table_lock(data_dir, name), store._scratch(data_dir) as scratch:
        stage, narrow = scratch / "incoming.parquet", scratch / "incoming-narrow.parquet"
        columns = _small_columns(name) + ([count_by] if count_by and count_by not in _small_columns(name) else [])
        if _stage(incoming, schema, stage, KEYS[name], narrow, columns) == 0 and keep_old:
            return store.UpsertCounts() if count_by is None else {}
        plan = scratch / "plan.parquet"
        with store._duckdb(data_dir, scratch) as con:
            for view, sql in _merge_views(name, path, narrow, keep_old, count_by).items():
                con.execute(f"CREATE VIEW {view} AS {sql}")
            counts = _count(con, name, count_by)
            _save_plan(con.sql(_plan_sql(name, keep_old)).to_arrow_reader(store.ROW_GROUP_ROWS), plan)
        # DuckDB is closed before any body is read: its sorts and hash tables are freed by then.
        steps = pq.ParquetFile(plan).iter_batches(batch_size=store.ROW_GROUP_ROWS, use_threads=False)
        store._write_atomic(path, schema, _assemble(steps, path, stage, schema, store.DERIVED.get(name, ())))
    return counts


def _save_plan(reader: pa.RecordBatchReader, plan: Path) -> None:
    """Write the plan (narrow columns, in plan order) to a scratch file, batch by batch."""
    with pq.ParquetWriter(plan, reader.schema, compression="none", write_statistics=False) as writer:
        for batch in reader:
            writer.write_batch(batch)


def _stage(
    incoming, schema: pa.Schema, stage: Path, keys: tuple[str, ...], narrow: Path, columns: list[str]
) -> int:
    """Write incoming rows as row groups of store.STAGE_CHUNK_ROWS, each sorted by key (a sorted run);
    `_ord` keeps the input order (later wins ties), `_seq` is the position in the file.
    The narrow file holds `columns`, `_ord` and `_seq` of the same rows, one row group per run."""
    staged = pa.schema(list(schema) + [pa.field("_ord", pa.int64()), pa.field("_seq", pa.int64())])
    slim = pa.schema([staged.field(c) for c in columns + ["_ord", "_seq"]])
    seq = 0
    # No statistics: min/max of every body per row group would bloat the footer each run reader parses.
    with pq.ParquetWriter(stage, staged, compression="none", write_statistics=False) as writer, \
            pq.ParquetWriter(narrow, slim, compression="none", write_statistics=False) as narrow_writer:
        for chunk in _chunks(incoming, schema):
            n = chunk.num_rows
            chunk = chunk.append_column(staged.field("_ord"), pa.array(range(seq, seq + n), pa.int64()))
            chunk = chunk.sort_by([(k, "ascending") for k in keys] + [("_ord", "ascending")])
            chunk = chunk.append_column(staged.field("_seq"), pa.array(range(seq, seq + n), pa.int64()))
            # Small row groups: Arrow decodes a whole row group at once, and a merge reads all runs in parallel.
            writer.write_table(chunk, row_group_size=store.RUN_BATCH_ROWS)
            narrow_writer.write_table(chunk.select(slim.names), row_group_size=max(n, 1))
            seq += n
    return seq


def _chunks(incoming, schema: pa.Schema) -> Iterator[pa.Table]:
    """Yield conformed tables of exactly store.STAGE_CHUNK_ROWS rows (the last shorter) from a table or dicts."""
    if isinstance(incoming, pa.Table):
        incoming = store.conform(incoming, schema)
        for offset in range(0, incoming.num_rows, store.STAGE_CHUNK_ROWS):
            yield incoming.slice(offset, store.STAGE_CHUNK_ROWS)
        return
    buffer: list[Mapping] = []
    for row in incoming:
        buffer.append(row)
        if len(buffer) >= store.STAGE_CHUNK_ROWS:
            yield store.rows_to_table(buffer, schema)
            buffer = []
    if buffer:
        yield store.rows_to_table(buffer, schema)


def _merge_views(name: str, path: Path, narrow: Path, keep_old: bool, count_by: str | None = None) -> dict[str, str]:
    """The merge decisions as DuckDB views over narrow columns only (keys, fetch time, hashes)."""
    keys, small = KEYS[name], _small_columns(name)
    inc = small + ([count_by] if count_by and count_by not in small else [])
    latest = store.LATEST_BY.get(name)
    on = " AND ".join(f'o."{k}" = i."{k}"' for k in keys)
    newer_old = f'coalesce(o."{latest}" > i."{latest}", false)' if latest and keep_old else "false"
    staged = f"read_parquet({store._sql_str(narrow)})"
    return {
        "winners": f"SELECT _seq FROM {staged} "
        f"QUALIFY row_number() OVER (PARTITION BY {_order(keys)} ORDER BY {_latest_order(name, '_ord DESC')}) = 1",
        "inc_small": f"SELECT {_order(inc)}, _seq FROM {staged} SEMI JOIN winners USING (_seq)",
        "old_small": _old_small(path, store.schema_of(name), small),
        # Incoming rows that replace (or add) a stored row: all, unless the stored fetch is newer.
        "wins": f"SELECT i._seq, {', '.join(f'i.{_q(k)}' for k in keys)} FROM inc_small i "
        f"LEFT JOIN old_small o ON {on} WHERE NOT {newer_old}",
    }


def _old_small(path: Path | None, schema: pa.Schema, small: list[str]) -> str:
    """The stored table's narrow columns plus `_pos`, its row number in the file."""
    if path is None or not path.exists():
        return f"SELECT {_order(small)}, CAST(0 AS BIGINT) AS _pos FROM empty_{store._empty_id(schema)}"
    present = set(pq.read_schema(path).names)
    cols = ", ".join(
        f'"{c}"' if c in present else f'CAST(NULL AS {store._duck_type(schema.field(c).type)}) AS "{c}"' for c in small
    )
    return f"SELECT {cols}, file_row_number AS _pos FROM read_parquet({store._sql_str(path)}, file_row_number = true)"


def _plan_sql(name: str, keep_old: bool) -> str:
    """The merged table as a plan sorted by key: (_src 0 = stored file / 1 = stage, _pos, derived values).
    Derived columns come from the stored row when an incoming row's content is unchanged."""
    keys, derived, first = KEYS[name], store.DERIVED.get(name, ()), KEYS[name][0]
    on = " AND ".join(f'o."{k}" = i."{k}"' for k in keys)
    kept = ", ".join(
        f'CASE WHEN o."{first}" IS NOT NULL AND NOT {_changed(name)} THEN coalesce(i."{c}", o."{c}") ELSE i."{c}" END AS "{c}"'
        for c in derived
    )
    tail = (", " + kept) if derived else ""
    fresh = (
        f"SELECT {', '.join(f'i.{_q(k)}' for k in keys)}, 1 AS _src, i._seq AS _pos{tail} "
        f"FROM inc_small i SEMI JOIN wins USING (_seq) LEFT JOIN old_small o ON {on}"
    )
    if not keep_old:
        return f"{fresh} ORDER BY {_order(keys)}"
    old_tail = (", " + _order(derived)) if derived else ""
    stale = f"SELECT {_order(keys)}, 0 AS _src, _pos{old_tail} FROM old_small ANTI JOIN wins USING ({_order(keys)})"
    return f"{fresh} UNION ALL {stale} ORDER BY {_order(keys)}"


def _stage_runs(meta) -> dict[int, list[int]]:
    """Row groups of each sorted run of the stage (run k holds rows k*store.STAGE_CHUNK_ROWS onwards)."""
    runs, offset = {}, 0
    for group in range(meta.num_row_groups):
        runs.setdefault(offset // store.STAGE_CHUNK_ROWS, []).append(group)
        offset += meta.row_group(group).num_rows
    return runs


class _Run:
    """Sequential reader of one sorted run (a Parquet file or one of its row groups)."""

    def __init__(self, path: Path, schema: pa.Schema, row_groups: list[int] | None = None, metadata=None):
        reader = pq.ParquetFile(path, metadata=metadata, buffer_size=store.READ_BUFFER, pre_buffer=False)
        columns = [c for c in schema.names if c in reader.schema_arrow.names]
        # One thread: decoding 32 rows gains nothing from the pool, whose threads' malloc arenas each
        # kept megabytes of every run's pages resident (~25 MB at 28,000 merged articles).
        self.batches = reader.iter_batches(
            batch_size=store.RUN_BATCH_ROWS, row_groups=row_groups, columns=columns, use_threads=False)
        self.schema = schema
        self.buffer: pa.RecordBatch | None = None
        self.start = 0

    def take(self, positions: list[int]) -> pa.Table:
        """Rows at increasing positions of the run (earlier positions are never asked again)."""
        pieces, wanted = [], []
        for position in positions:
            while self.buffer is None or position >= self.start + self.buffer.num_rows:
                if wanted:
                    pieces.append(self.buffer.take(pa.array(wanted)))
                    wanted = []
                if self.buffer is not None:
                    self.start += self.buffer.num_rows
                self.buffer = next(self.batches)
            wanted.append(position - self.start)
        if wanted:
            pieces.append(self.buffer.take(pa.array(wanted)))
        return store.conform(pa.Table.from_batches(pieces, schema=pieces[0].schema), self.schema)


def _assemble(plan, path: Path, stage: Path, schema: pa.Schema, derived) -> Iterator[pa.RecordBatch]:
    """Follow the plan: pull each row from its sorted run, in plan order, with derived values set."""
    runs: dict[int, _Run] = {}
    metadata = pq.ParquetFile(stage).metadata  # parsed once, shared by every run reader
    groups = _stage_runs(metadata)

    def run(key: int) -> _Run:
        if key not in runs:
            runs[key] = _Run(path, schema) if key < 0 else _Run(stage, schema, groups[key], metadata)
        return runs[key]

    for chunk in store._regroup(plan, None):
        src, pos = chunk.column("_src").to_pylist(), chunk.column("_pos").to_pylist()
        wanted: dict[int, list[tuple[int, int]]] = {}
        for index, (s, p) in enumerate(zip(src, pos)):
            key = -1 if s == 0 else p // store.STAGE_CHUNK_ROWS
            wanted.setdefault(key, []).append((p if s == 0 else p % store.STAGE_CHUNK_ROWS, index))
        pieces, order = [], []
        for key, items in wanted.items():
            pieces.append(run(key).take([p for p, _ in items]))
            order.extend(index for _, index in items)
        rows = pa.concat_tables(pieces).take(pa.array(sorted(range(len(order)), key=order.__getitem__)))
        for column in derived:
            rows = rows.set_column(schema.get_field_index(column), schema.field(column),
                                   store._cast(chunk.column(column), schema.field(column)))
        yield from rows.combine_chunks().to_batches()


def _small_columns(name: str) -> list[str]:
    """Keys, fetch time, change and derived columns: what merge decisions need."""
    schema, keys = store.schema_of(name), KEYS[name]
    wanted = list(keys) + [store.LATEST_BY.get(name)] + list(_change_columns(name)) + list(store.DERIVED.get(name, ()))
    return [c for c in schema.names if c in wanted]


def _change_columns(name: str) -> tuple[str, ...]:
    """Columns whose difference makes an incoming row an update."""
    keys = KEYS[name]
    return store.CHANGE_COLUMNS.get(name) or tuple(c for c in store.schema_of(name).names if c not in keys)


def _latest_order(name: str, tiebreak: str) -> str:
    """ORDER BY clause that puts the newest fetch first."""
    latest = store.LATEST_BY.get(name)
    return f'"{latest}" DESC NULLS LAST, {tiebreak}' if latest else tiebreak


def _changed(name: str) -> str:
    """SQL condition: the incoming row i differs from the stored row o in what matters."""
    return "(" + " OR ".join(f'i."{c}" IS DISTINCT FROM o."{c}"' for c in _change_columns(name)) + ")"


def _count(con, name: str, count_by: str | None = None):
    """Count new / updated / unchanged incoming rows against the stored table (per count_by value if given)."""
    on = " AND ".join(f'o."{k}" = i."{k}"' for k in KEYS[name])
    first = KEYS[name][0]
    group = f'i."{count_by}"' if count_by else "NULL"
    found = con.execute(
        f'SELECT {group}, count(*) FILTER (WHERE o."{first}" IS NULL), '
        f'count(*) FILTER (WHERE o."{first}" IS NOT NULL AND {_changed(name)}), '
        f'count(*) FILTER (WHERE o."{first}" IS NOT NULL AND NOT {_changed(name)}) '
        f"FROM inc_small i LEFT JOIN old_small o ON {on} GROUP BY ALL"
    ).fetchall()
    counts = {value: store.UpsertCounts(new, updated, unchanged) for value, new, updated, unchanged in found}
    return counts if count_by else counts.get(None, store.UpsertCounts())


def _q(column: str) -> str:
    """A quoted column name."""
    return f'"{column}"'


def _order(keys: Iterable[str]) -> str:
    """Comma-separated quoted key columns."""
    return ", ".join(f'"{k}"' for k in keys)
