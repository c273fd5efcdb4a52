"""The extraction contract as a stream: JSON Lines of articles in, one JSON line of meeting fields out.

Input lines are ``{"id", "url", "title", "text", "published"}``; each output line carries the
keys of ``pipelines.extract.extract`` plus ``event_id`` (equal for inputs that report the
same real event, see ``pipelines.cluster``). Output keeps the input order. Every line is
checked before anything is written, so a bad line fails the run with its line number and
leaves no half-written output. Needs no crawl and no data dir.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from typing import IO, Callable, Iterable, Iterator

from pipelines.cluster import ClusterInput, assign_events

REQUIRED = ("id", "text")
OPTIONAL_STRINGS = ("url", "title", "published")


class ContractError(ValueError):
    """An input that does not follow the extraction contract."""


def extract_records(records: Iterable[dict], extract: Callable[[dict], dict] | None = None) -> list[dict]:
    """Extract every record, cluster them into events and add ``event_id`` to each result."""
    if extract is None:
        from pipelines.extract import extract
    records = list(records)
    results = [extract(r) for r in records]
    events = assign_events(ClusterInput.from_extraction(r, x) for r, x in zip(records, results))
    for r, x in zip(records, results):
        x["event_id"] = events[str(r["id"])]
    return results


def read_jsonl(infile: IO[str]) -> list[dict]:
    """Read and check contract records; raise ContractError naming the first bad line."""
    records, seen = [], {}
    for lineno, line in enumerate(infile, start=1):
        if not line.strip():
            continue
        record = _parse_line(line, lineno)
        key = str(record["id"])
        if key in seen:
            raise ContractError(f"line {lineno}: duplicate id {key!r} (first on line {seen[key]})")
        seen[key] = lineno
        records.append(record)
    return records


def extract_jsonl(
    infile: IO[str] | str | os.PathLike = "-",
    outfile: IO[str] | str | os.PathLike = "-",
    extract: Callable[[dict], dict] | None = None,
) -> int:
    """Read contract JSON Lines (path, '-' for stdin, or file object), write one result line each."""
    with _open(infile, "r") as handle:
        records = read_jsonl(handle)
    lines = [json.dumps(x, ensure_ascii=False, default=str) + "\n" for x in extract_records(records, extract)]
    if hasattr(outfile, "write") or str(outfile) == "-":
        with _open(outfile, "w") as handle:
            handle.writelines(lines)
    else:
        _write_atomic(outfile, lines)
    return len(lines)


def _write_atomic(path: str | os.PathLike, lines: list[str]) -> None:
    """Write a file so that readers see either nothing new or all of it."""
    tmp = f"{os.fspath(path)}.tmp-{os.getpid()}"
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.writelines(lines)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def _parse_line(line: str, lineno: int) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ContractError(f"line {lineno}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise ContractError(f"line {lineno}: expected a JSON object, got {type(record).__name__}")
    for key in REQUIRED:
        if record.get(key) in (None, ""):
            if key == "text" and record.get(key) == "":
                continue
            raise ContractError(f"line {lineno}: missing required key {key!r}")
    if not isinstance(record["id"], (str, int)) or isinstance(record["id"], bool):
        raise ContractError(f"line {lineno}: 'id' must be a string or an integer")
    for key in ("text",) + OPTIONAL_STRINGS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ContractError(f"line {lineno}: {key!r} must be a string or null")
    return record


@contextmanager
def _open(target, mode: str) -> Iterator[IO[str]]:
    """Yield a text handle for a path, '-' (stdin/stdout) or an already open file."""
    if hasattr(target, "read" if mode == "r" else "write"):
        yield target
    elif str(target) == "-":
        yield sys.stdin if mode == "r" else sys.stdout
    else:
        with open(target, mode, encoding="utf-8") as handle:
            yield handle
