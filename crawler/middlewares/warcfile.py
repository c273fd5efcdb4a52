"""Rotating gzip WARC files: `rapat-<run_id>-<NNNNN>.warc.gz`, written as `*.open`.

A file is renamed to `.warc.gz` when it is full or the crawl closes. A crawl killed
with kill -9 leaves a `*.open` file; `repair_open_files` cuts its trailing partial
gzip member (warcio writes one member per record) and renames it, so every record
that was fully written stays readable.
"""

from __future__ import annotations

import logging
import os
import zlib
from pathlib import Path

from warcio.warcwriter import WARCWriter

logger = logging.getLogger(__name__)

OPEN_SUFFIX = ".warc.gz.open"
DONE_SUFFIX = ".warc.gz"


class RotatingWarcFile:
    """Append WARC records to numbered files of a run, rotating past max_bytes."""

    def __init__(self, warc_dir: Path, run_id: str, max_bytes: int, info: dict | None = None):
        self.info = info or {}
        self.warc_dir = warc_dir
        self.run_id = run_id
        self.max_bytes = max_bytes
        self._index = self._first_free_index()
        self._fh = None
        self._writer: WARCWriter | None = None

    def _first_free_index(self) -> int:
        # A resumed run id must not overwrite its earlier files.
        taken = [p.name for p in self.warc_dir.glob(f"rapat-{self.run_id}-*")]
        return len(taken)

    @property
    def name(self) -> str:
        """Final file name of the file being written (what items cite)."""
        return f"rapat-{self.run_id}-{self._index:05d}{DONE_SUFFIX}"

    def writer(self) -> WARCWriter:
        """Return the writer of the current file, opening it on first use."""
        if self._writer is None:
            self.warc_dir.mkdir(parents=True, exist_ok=True)
            self._fh = self._create_next()
            self._writer = WARCWriter(self._fh, gzip=True, warc_version="WARC/1.1")
            if self.info:  # a warcinfo record first: who wrote the file, for which run
                self._writer.write_record(self._writer.create_warcinfo_record(self.name, self.info))
        return self._writer

    def _create_next(self):
        # Exclusive creation: the crawl processes of one run write side by side in one folder.
        while True:
            path = self.warc_dir / (self.name + ".open")
            try:
                handle = open(path, "xb")
            except FileExistsError:
                self._index += 1
                continue
            if (self.warc_dir / self.name).exists():  # another process already finished this one
                handle.close()
                path.unlink()
                self._index += 1
                continue
            return handle

    def flushed(self) -> None:
        """Flush to the OS (a kill -9 then loses nothing written) and rotate if full."""
        self._fh.flush()
        if self._fh.tell() >= self.max_bytes:
            self.close()
            self._index += 1

    def close(self) -> None:
        """Close the current file and give it its final name."""
        if self._fh is None:
            return
        self._fh.close()
        path = self.warc_dir / self.name
        os.replace(str(path) + ".open", path)
        self._fh = self._writer = None


def complete_length(path: Path, chunk_size: int = 1 << 20) -> int:
    """Return the byte length of the leading run of complete gzip members in a file."""
    good = consumed = 0
    d = zlib.decompressobj(wbits=31)
    pending = b""
    with path.open("rb") as fh:
        while chunk := pending or fh.read(chunk_size):
            pending = b""
            consumed += len(chunk)
            try:
                d.decompress(chunk, chunk_size)  # output discarded: only boundaries matter
                while d.unconsumed_tail and not d.eof:
                    d.decompress(d.unconsumed_tail, chunk_size)
            except zlib.error:
                break
            if d.eof:
                pending = d.unused_data
                good = consumed = consumed - len(pending)
                d = zlib.decompressobj(wbits=31)
    return good


def repair_open_files(warc_dir: Path) -> list[Path]:
    """Truncate each leftover *.open file to its complete records and rename it."""
    repaired = []
    for path in sorted(warc_dir.glob("*" + OPEN_SUFFIX)):
        keep = complete_length(path)
        final = path.with_name(path.name[: -len(".open")])
        if keep == 0:
            logger.warning("WARC %s held no complete record: removed", path.name)
            path.unlink()
            continue
        with path.open("r+b") as fh:
            fh.truncate(keep)
        os.replace(path, final)
        logger.warning("WARC %s repaired: kept %d bytes -> %s", path.name, keep, final.name)
        repaired.append(final)
    return repaired
