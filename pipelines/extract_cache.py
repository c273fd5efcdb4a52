"""Extraction results kept between builds, so a weekly crawl re-extracts only what changed.

The cache lives at `<data_dir>/state/extractions.parquet`: one row per (record, extractor
version). The version is a digest of the extractor's own code and data files, so any change
to a rule or a gazetteer invalidates every entry without anyone bumping a number.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Callable

import pyarrow as pa
import pyarrow.parquet as pq

from crawler.resources import datasets_dir

CACHE_SCHEMA = pa.schema([("key", pa.string()), ("result", pa.string())])
EXTRACT_DATA = ("gazetteer/*.csv", "topics.csv", "topic_model.json", "meeting_types.csv")


@cache
def extractor_version() -> str:
    """Digest of pipelines/extract/*.py and the vocabularies and gazetteers it reads."""
    package = Path(__file__).resolve().parent / "extract"
    files = sorted(package.glob("*.py"))
    for pattern in EXTRACT_DATA:
        files += sorted(datasets_dir().glob(pattern))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def record_key(record: dict) -> str:
    """Key of one contract record under the current extractor version."""
    payload = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(f"{extractor_version()}\0{payload}".encode()).hexdigest()


class ExtractionCache:
    """Wraps an extract function; remembers results by record key; saves only what was used."""

    def __init__(self, data_dir: str | Path, extract: Callable[[dict], dict]):
        self.path = Path(data_dir) / "state" / "extractions.parquet"
        self.extract = extract
        self.old = self._load()
        self.used: dict[str, str] = {}
        self.hits = 0

    def _load(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        try:
            table = pq.read_table(self.path, schema=CACHE_SCHEMA)
        except (OSError, pa.ArrowInvalid):  # a damaged cache is only lost time: start afresh
            return {}
        return dict(zip(table.column("key").to_pylist(), table.column("result").to_pylist()))

    def __call__(self, record: dict) -> dict:
        """Extract a record, from the cache when its key is known."""
        key = record_key(record)
        cached = self.old.get(key)
        if cached is not None:
            self.hits += 1
            self.used[key] = cached
            return json.loads(cached)
        result = self.extract(record)
        self.used[key] = json.dumps(result, ensure_ascii=False, sort_keys=True)
        return result

    def save(self) -> None:
        """Write the entries of this build (dropping stale ones), atomically."""
        from pipelines.store import _write_atomic

        keys = sorted(self.used)
        table = pa.table({"key": keys, "result": [self.used[k] for k in keys]}, schema=CACHE_SCHEMA)
        _write_atomic(self.path, CACHE_SCHEMA, table.to_batches())
