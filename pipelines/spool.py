"""Spool files: items of a running crawl as JSON lines, merged into the tables when it closes.

`<data_dir>/state/spool/<run_id>-<source>.jsonl`: a header line (run id, source, start,
mode), then one line per item, flushed as written, so a kill -9 loses at most the item
being written (a truncated last line, skipped on reading). The next crawl of the source
merges the leftovers before it starts (pipelines/items_pipeline.py).
"""

from __future__ import annotations

import json
import logging
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from pipelines import store
from pipelines.rows import to_json, to_row

logger = logging.getLogger(__name__)

SPOOL_SUBDIR = Path("state") / "spool"
SPOOL_VERSION = 1


class SpoolError(ValueError):
    """A spool line in the middle of a file is not valid (the file is kept as is)."""


@dataclass
class SpoolMerge:
    """What merging one spool did: upsert counts per table and failure reasons seen."""

    header: dict
    articles: store.UpsertCounts = store.UpsertCounts()
    failures: store.UpsertCounts = store.UpsertCounts()
    reasons: Counter = field(default_factory=Counter)


def spool_dir(data_dir: str | os.PathLike) -> Path:
    """Return `<data_dir>/state/spool`."""
    return Path(data_dir) / SPOOL_SUBDIR


def spool_path(data_dir: str | os.PathLike, run_id: str, source: str) -> Path:
    """Return the spool file of one source in one run."""
    return spool_dir(data_dir) / f"{run_id}-{source}.jsonl"


def leftover_spools(data_dir: str | os.PathLike, source: str) -> list[Path]:
    """Spool files of a source left by earlier (killed) processes, oldest first."""
    folder = spool_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.jsonl") if _spool_source(p) == source)


def _spool_source(path: Path) -> str | None:
    """The source of a spool: from its header, else (header cut by a kill) from its name."""
    source = _read_header(path).get("source")
    return source or path.stem.split("-", 2)[-1]


class SpoolWriter:
    """Append rows to one spool file, flushing each line to the OS."""

    def __init__(self, path: Path, header: dict):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        fresh = not path.exists() or path.stat().st_size == 0
        self._fh = path.open("a", encoding="utf-8")
        if fresh:
            self._line({"spool": SPOOL_VERSION, **header})

    def write(self, table: str, row: dict) -> None:
        """Append one row of a table."""
        self._line({"table": table, "row": row})

    def _line(self, obj: dict) -> None:
        self._fh.write(to_json(obj) + "\n")
        self._fh.flush()  # to the OS: survives kill -9 (fsync per item would cost a disk sync each)

    @property
    def closed(self) -> bool:
        """True once close() has run."""
        return self._fh.closed

    def close(self) -> None:
        """Flush to disk and close."""
        if not self._fh.closed:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()


def read_spool(path: Path, table: str | None = None) -> Iterator[dict]:
    """Yield the rows of a spool (of one table, if given); a cut last line is skipped."""
    with path.open("rb") as fh:
        for number, line in enumerate(fh, 1):
            if not line.endswith(b"\n"):
                logger.warning("%s: last line cut by a killed crawl, skipped (%d bytes)", path.name, len(line))
                return
            record = _decode(path, number, line)
            if "table" in record and (table is None or record["table"] == table):
                yield to_row(record["table"], record["row"])


def merge_spool(data_dir: str | os.PathLike, path: Path) -> SpoolMerge:
    """Upsert a spool's articles and failures into the tables (streaming); the file is kept."""
    return merge_spools(data_dir, [path])[_spool_source(path)]


def merge_spools(data_dir: str | os.PathLike, paths: list[Path]) -> dict[str, SpoolMerge]:
    """Upsert the articles and failures of several spools in one merge per table; {source: SpoolMerge}.

    One merge rewrites each table once, however many sources closed: merging spool by spool
    would rewrite the whole articles table once per source. The files are kept."""
    merges = {_spool_source(path): SpoolMerge(header=_read_header(path)) for path in paths}
    articles = store.upsert_by(data_dir, "articles", _read_all(paths, "articles"), "source")
    failures = store.upsert_by(data_dir, "crawl_failures", _counting(_read_all(paths, "crawl_failures"), merges), "source")
    for source, merge in merges.items():
        merge.articles = articles.get(source, store.UpsertCounts())
        merge.failures = failures.get(source, store.UpsertCounts())
    return merges


def _read_all(paths: list[Path], table: str) -> Iterator[dict]:
    """The rows of one table from several spools, file after file."""
    for path in paths:
        yield from read_spool(path, table)


def _counting(rows: Iterator[dict], merges: dict[str, SpoolMerge]) -> Iterator[dict]:
    """Pass failure rows through, counting their reasons per source."""
    for row in rows:
        merges.setdefault(row["source"], SpoolMerge(header={})).reasons[row["reason"]] += 1
        yield row


def _read_header(path: Path) -> dict:
    """The header line of a spool ({} when the file is empty or has no header)."""
    with path.open("rb") as fh:
        first = fh.readline()
    if not first.endswith(b"\n"):
        return {}
    record = _decode(path, 1, first)
    return record if "spool" in record else {}


def _decode(path: Path, number: int, line: bytes) -> dict:
    """Parse one spool line, naming file and line on error."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise SpoolError(f"{path}:{number}: not a JSON line ({exc}); fix or move the file, then crawl again") from None
    if not isinstance(record, dict):
        raise SpoolError(f"{path}:{number}: expected a JSON object")
    return record
