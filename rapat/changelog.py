"""CHANGELOG.md of a release: rows added, changed and removed per table since the previous release."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from pipelines.schema import KEYS


@dataclass
class TableDiff:
    """Ids of the rows added, changed (same key, other content) and removed in one table."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def _columns(con: duckdb.DuckDBPyConnection, path: Path) -> list[str]:
    return [r[0] for r in con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(path)]).fetchall()]


def diff_table(old: Path | None, new: Path, name: str) -> TableDiff:
    """Compare two Parquet files of one table by key; content is every column the two share."""
    con = duckdb.connect()
    keys = [f'"{k}"' for k in KEYS[name]]
    # One id string per row: composite keys are joined with ' / ' so the changelog stays readable.
    ident = " || ' / ' || ".join(f"CAST({k} AS VARCHAR)" for k in keys)
    try:
        if old is None or not old.exists():  # a table new in this release: every row is added
            rows = con.execute(f"SELECT {ident} FROM read_parquet(?) ORDER BY 1", [str(new)]).fetchall()
            return TableDiff(added=[r[0] for r in rows])
        shared = [c for c in _columns(con, new) if c in set(_columns(con, old))]
        digest = f"md5(to_json(struct_pack({', '.join(chr(34) + c + chr(34) for c in shared)})))"
        sql = f"""
            WITH o AS (SELECT {ident} AS id, {digest} AS h FROM read_parquet(?)),
                 n AS (SELECT {ident} AS id, {digest} AS h FROM read_parquet(?))
            SELECT coalesce(n.id, o.id) AS id,
                   CASE WHEN o.id IS NULL THEN 'added' WHEN n.id IS NULL THEN 'removed' ELSE 'changed' END
            FROM o FULL OUTER JOIN n ON o.id = n.id
            WHERE o.h IS DISTINCT FROM n.h
            ORDER BY 1
        """
        result = TableDiff()
        for ident_value, kind in con.execute(sql, [str(old), str(new)]).fetchall():
            getattr(result, kind).append(ident_value)
        return result
    finally:
        con.close()


def render_changelog(version: str, previous: str | None, counts: dict[str, int], diffs: dict[str, TableDiff]) -> str:
    """Render CHANGELOG.md: a summary table, then the ids of every added, changed and removed row."""
    lines = [f"# Changelog: release {version}", ""]
    if previous is None:
        lines += ["First release: every row is new.", "", "| table | rows |", "|---|---:|"]
        lines += [f"| {t} | {n} |" for t, n in counts.items()]
        return "\n".join(lines) + "\n"
    lines += [
        f"Compared with release {previous}. A row is *changed* when its key is the same and any",
        "other value differs.",
        "",
        "| table | rows | added | changed | removed |",
        "|---|---:|---:|---:|---:|",
    ]
    for table, n in counts.items():
        d = diffs.get(table, TableDiff())
        lines.append(f"| {table} | {n} | {len(d.added)} | {len(d.changed)} | {len(d.removed)} |")
    if not any(d.added or d.changed or d.removed for d in diffs.values()):
        lines += ["", "No rows changed."]
    for table, d in diffs.items():
        for kind in ("added", "changed", "removed"):
            ids = getattr(d, kind)
            if ids:
                lines += ["", f"## {table}: {kind} ({len(ids)})", ""] + [f"- `{i}`" for i in ids]
    return "\n".join(lines) + "\n"
