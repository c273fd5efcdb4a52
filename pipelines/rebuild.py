"""Rebuild the tables from the WARC archive: no network, the crawl's own parse and row code.

Every response record under `<data_dir>/warc/*.warc.gz` whose URL is an article page of a
registered host (`page_kind`) is parsed by `parse_article` in a process pool; the item it
gives goes through `pipelines.rows.to_row`, as in the crawl. Per URL the latest fetch wins;
redirects are skipped (the crawl parses the page they lead to). Rejected pages become
crawl_failures rows; failures the archive cannot reproduce (network errors, listings)
are kept. Both tables are rewritten atomically.
"""

from __future__ import annotations

import os
import re
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

import pyarrow as pa
from warcio.archiveiterator import ArchiveIterator

from pipelines import store
from pipelines.rows import to_row

Progress = Callable[[int, int], None]
WARC_SUBDIR = "warc"
BATCH = 64
_RUN_ID = re.compile(r"^rapat-(?P<run>.+)-\d+\.warc\.gz$")


class RebuildError(RuntimeError):
    """The archive cannot be rebuilt (e.g. there is none)."""


def warc_files(data_dir: str | os.PathLike) -> list[Path]:
    """The finished WARC files of a data dir, in name (= time) order.

    `*.open` files of a killed crawl are left out: the next crawl repairs and renames them
    (crawler/middlewares/warcfile.py), and their items reach the tables through the spool."""
    return sorted((Path(data_dir) / WARC_SUBDIR).glob("*.warc.gz"))


def rebuild(data_dir: str | os.PathLike, progress: Progress | None = None, workers: int | None = None) -> dict:
    """Re-parse every archived article response into `articles` and `crawl_failures`; return counts."""
    data_dir = Path(data_dir)
    files = warc_files(data_dir)
    if not files:
        raise RebuildError(f"no WARC files under {data_dir / WARC_SUBDIR}: nothing to rebuild from")
    outcomes: dict[tuple[str, str], tuple[datetime, dict | None]] = {}
    reparsed: set[str] = set()
    summary = {"warc_files": len(files), "records": 0, "articles": 0, "failures": 0}
    results = _parsed(data_dir, files, workers or _default_workers(), progress, summary)
    articles = _articles(results, outcomes, reparsed, summary)
    store.replace_rows(data_dir, "articles", articles)
    summary["failures"] = _write_failures(data_dir, outcomes, reparsed)
    return summary


def _default_workers() -> int:
    """One worker per core the process may use."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def _articles(results, outcomes: dict, reparsed: set, summary: dict) -> Iterator[dict]:
    """Stream article rows; remember the latest outcome per (run, url) for the failures."""
    for meta, kind, row in results:
        reparsed.add(meta["warc_record_id"])
        key = (meta["run_id"], meta["url"])
        if key not in outcomes or outcomes[key][0] <= meta["fetched_at"]:
            outcomes[key] = (meta["fetched_at"], row if kind == "failure" else None)
        if kind == "article":
            summary["articles"] += 1
            yield row


def _write_failures(data_dir: Path, outcomes: dict, reparsed: set[str]) -> int:
    """Rewrite crawl_failures: the rebuilt ones plus old rows the archive cannot reproduce."""
    rebuilt = [row for _, row in outcomes.values() if row is not None]
    keys = {(r["run_id"], r["url"]) for r in rebuilt}
    old = store.read_table(data_dir, "crawl_failures").to_pylist()
    kept = [
        r for r in old
        if (r["run_id"], r["url"]) not in keys and not (r["warc_record_id"] and r["warc_record_id"] in reparsed)
    ]
    rows = kept + rebuilt
    store.write_table(data_dir, "crawl_failures", pa.Table.from_pylist(rows, schema=store.schema_of("crawl_failures")))
    return len(rebuilt)


# --- reading the archive -------------------------------------------------------------------


def _parsed(data_dir: Path, files: list[Path], workers: int, progress: Progress | None, summary: dict):
    """Yield (meta, kind, row) for every article record, parsed in a bounded process pool."""
    total = sum(f.stat().st_size for f in files)
    batches = _batches(data_dir, files, summary, progress, total)
    if workers == 1:
        for batch in batches:
            yield from parse_batch(batch)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # A sliding window of batches: bounded memory, results kept in archive order.
        pending: list[Future] = []
        for batch in batches:
            pending.append(pool.submit(parse_batch, batch))
            if len(pending) >= workers * 2:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


def _batches(data_dir: Path, files: list[Path], summary: dict, progress: Progress | None, total: int):
    """Group article records into lists of BATCH tasks, reporting progress in bytes read."""
    batch, done = [], 0
    for path in files:
        for task in _records(data_dir, path, summary):
            batch.append(task)
            if len(batch) >= BATCH:
                yield batch
                batch = []
        done += path.stat().st_size
        if progress:
            progress(done, total)
    if batch:
        yield batch


def _records(data_dir: Path, path: Path, summary: dict) -> Iterator[dict]:
    """Yield a parse task for each non-redirect article response of one WARC file."""
    from crawler.canonical import page_kind

    match = _RUN_ID.match(path.name)
    run_id = match["run"] if match else path.name
    relative = path.relative_to(data_dir).as_posix()
    with path.open("rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            summary["records"] += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            source = _source_of(url)
            status = int(record.http_headers.get_statuscode() or 0)
            if source is None or 300 <= status < 400 or page_kind(url, source.family) != "article":
                continue
            yield {
                "url": url,
                "family": source.family,
                "body": record.content_stream().read(),
                "status": status,
                "content_type": record.http_headers.get_header("Content-Type"),
                "meta": {
                    "url": url,
                    "source": source.key,
                    "run_id": run_id,
                    "fetched_at": _warc_date(record.rec_headers.get_header("WARC-Date")),
                    "http_status": status,
                    "warc_file": relative,
                    "warc_record_id": record.rec_headers.get_header("WARC-Record-ID"),
                },
            }


def _source_of(url: str):
    """The registered source of a URL's host, or None for hosts not in the registry."""
    from urllib.parse import urlsplit

    from crawler.sources import UnknownSource, get_source

    try:
        return get_source(urlsplit(url).hostname or "")
    except UnknownSource:
        return None


def _warc_date(value: str) -> datetime:
    """Parse a WARC-Date (ISO 8601, Z suffix, optional microseconds)."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


# --- the worker --------------------------------------------------------------------------------


def parse_batch(batch: list[dict]) -> list[tuple[dict, str, dict]]:
    """Parse a batch of archived responses: (meta, 'article' | 'failure', row) each."""
    return [_parse_one(task) for task in batch]


def _parse_one(task: dict) -> tuple[dict, str, dict]:
    """Parse one response exactly as the spider does; a rejection becomes a failure row."""
    from crawler.parsing import PageRejected, parse_article

    meta = task["meta"]
    try:
        fields = parse_article(task["url"], task["body"], family=task["family"],
                               status=task["status"], content_type=task["content_type"])
    except PageRejected as exc:
        return meta, "failure", _failure(meta, exc.reason, exc.detail)
    except Exception as exc:  # the spider records a parser crash as parser_error: so do we
        return meta, "failure", _failure(meta, "parser_error", f"{type(exc).__name__}: {exc}")
    item = {**fields, **{k: meta[k] for k in ("source", "run_id", "fetched_at", "http_status", "warc_file", "warc_record_id")}}
    return meta, "article", to_row("articles", item)


def _failure(meta: dict, reason: str, detail: str) -> dict:
    """The crawl_failures row of a rejected archived page."""
    return to_row("crawl_failures", {**meta, "reason": reason, "detail": detail, "failed_at": meta["fetched_at"]})
