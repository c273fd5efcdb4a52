"""Crawl state (stored URLs, complete-pass marker) and the WARC files survive kills."""

from __future__ import annotations

import random
from io import BytesIO

from warcio.archiveiterator import ArchiveIterator

from crawler.extensions.state import CrawlState
from crawler.middlewares.warcfile import RotatingWarcFile, complete_length, repair_open_files


def test_stored_urls_persist_and_a_cut_line_is_not_trusted(tmp_path):
    state = CrawlState(tmp_path, "bappeda")
    state.mark_stored("https://a/1")
    state.mark_stored("https://a/2")
    state.close()
    with state.stored_path.open("ab") as fh:
        fh.write(b"https://a/3")  # a kill -9 in the middle of a line
    again = CrawlState(tmp_path, "bappeda")
    assert again.known == {"https://a/1", "https://a/2"}
    again.mark_stored("https://a/4")
    again.close()
    assert CrawlState(tmp_path, "bappeda").known == {"https://a/1", "https://a/2", "https://a/4"}


def test_complete_pass_marker(tmp_path):
    state = CrawlState(tmp_path, "ppid")
    assert not state.has_complete_pass
    state.write_complete_pass("run-1")
    assert CrawlState(tmp_path, "ppid").has_complete_pass
    assert not CrawlState(tmp_path, "bappeda").has_complete_pass


def _write_records(files: RotatingWarcFile, n: int) -> list[str]:
    uris = []
    for i in range(n):
        writer = files.writer()
        body = random.Random(i).randbytes(600)  # incompressible, so sizes are predictable
        uri = f"https://bappeda.lampungprov.go.id/detail-post/p-{i}"
        writer.write_record(writer.create_warc_record(uri, "resource", payload=BytesIO(body), length=len(body)))
        files.flushed()
        uris.append(uri)
    return uris


def _uris(paths) -> list[str]:
    out = []
    for path in paths:
        with path.open("rb") as fh:
            out += [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(fh)]
    return out


def test_warc_files_rotate_by_size(tmp_path):
    files = RotatingWarcFile(tmp_path, "run-1", max_bytes=2000)
    uris = _write_records(files, 6)
    files.close()
    paths = sorted(tmp_path.glob("*.warc.gz"))
    assert len(paths) > 1 and not list(tmp_path.glob("*.open"))
    assert paths[0].name == "rapat-run-1-00000.warc.gz"
    assert _uris(paths) == uris


def test_killed_open_file_is_repaired_to_its_complete_records(tmp_path):
    files = RotatingWarcFile(tmp_path, "run-2", max_bytes=10**9)
    uris = _write_records(files, 5)
    open_path = tmp_path / (files.name + ".open")
    whole = open_path.stat().st_size
    cut = random.Random(7).randrange(whole - 200, whole - 1)  # inside the last record
    with open_path.open("r+b") as fh:
        fh.truncate(cut)
    assert complete_length(open_path) < cut
    (repaired,) = repair_open_files(tmp_path)
    assert repaired.name == "rapat-run-2-00000.warc.gz" and not open_path.exists()
    assert _uris([repaired]) == uris[:4]


def test_resumed_run_never_overwrites_its_files(tmp_path):
    first = RotatingWarcFile(tmp_path, "run-3", max_bytes=10**9)
    _write_records(first, 1)
    first.close()
    second = RotatingWarcFile(tmp_path, "run-3", max_bytes=10**9)
    assert second.name == "rapat-run-3-00001.warc.gz"



def test_processes_of_one_run_never_share_a_file(tmp_path):
    first, second = (RotatingWarcFile(tmp_path, "run-4", max_bytes=1500) for _ in range(2))
    uris = _write_records(first, 3) + _write_records(second, 3) + _write_records(first, 3)
    first.close()
    second.close()
    paths = sorted(tmp_path.glob("*.warc.gz"))
    assert len(paths) == len({p.name for p in paths}) > 2 and not list(tmp_path.glob("*.open"))
    assert sorted(_uris(paths)) == sorted(uris)  # every record once, each file readable
