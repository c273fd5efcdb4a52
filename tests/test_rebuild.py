"""Rebuild from the WARC archive: the same rows as the crawl, with no network."""

from __future__ import annotations

from datetime import datetime
from io import BytesIO
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.parsing import parse_article
from pipelines import store
from pipelines.rebuild import RebuildError, rebuild
from pipelines.rows import to_row
from tests.conftest import ROOT, run_crawl_process
from tests.store_support import failure

PAGE = (ROOT / "tests" / "pages" / "disperindag_rakor.html").read_bytes()
HOST = "https://disperindag.lampungprov.go.id"
ARTICLE_URL = HOST + "/detail-post/gubernur-lampung-rahmat-mirzani-djausal-menggelar-rapat-koordinasi"
CHALLENGE = b"<html><head><title>Just a moment...</title></head><body>cf_chl_opt</body></html>"


def write_warc(path: Path, responses: list[tuple[str, int, bytes]]) -> list[str]:
    """Write response records (url, status, body) with warcio; return their record ids."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ids = []
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True, warc_version="WARC/1.1")
        for url, status, body in responses:
            headers = StatusAndHeaders(f"{status} X", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=BytesIO(body), length=len(body), http_headers=headers)
            writer.write_record(record)
            ids.append(record.rec_headers.get_header("WARC-Record-ID"))
    return ids


def warc_date(data: Path, record_id: str) -> datetime:
    from warcio.archiveiterator import ArchiveIterator

    for path in (data / "warc").glob("*.warc.gz"):
        with path.open("rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_headers.get_header("WARC-Record-ID") == record_id:
                    return datetime.fromisoformat(rec.rec_headers.get_header("WARC-Date").replace("Z", "+00:00"))
    raise KeyError(record_id)


def test_rebuild_parses_archived_pages_like_the_crawl(tmp_path):
    warc = tmp_path / "warc" / "rapat-run-a-00000.warc.gz"
    ids = write_warc(warc, [
        (HOST + "/post/berita", 200, b"<html>listing</html>"),              # listing: not an article
        (HOST + "/index.php/detail-post/lama", 301, b""),                    # redirect: skipped
        (ARTICLE_URL, 200, PAGE),
        (HOST + "/detail-post/cloudflare", 200, CHALLENGE),
        ("https://example.org/detail-post/x", 200, PAGE),                    # not a registered host
    ])
    # A network error has no record: the rebuild must keep it.
    store.upsert(tmp_path, "crawl_failures", [failure(1, run_id="run-a", reason="network_error")])
    progress = []
    summary = rebuild(tmp_path, progress=lambda done, total: progress.append((done, total)), workers=2)

    assert summary == {"warc_files": 1, "records": 5, "articles": 1, "failures": 1}
    assert progress[-1][0] == progress[-1][1] == warc.stat().st_size
    expected = to_row("articles", {
        **parse_article(ARTICLE_URL, PAGE, family="shared_cms", content_type="text/html; charset=utf-8"),
        "source": "disperindag", "fetched_at": warc_date(tmp_path, ids[2]), "http_status": 200,
        "warc_file": "warc/rapat-run-a-00000.warc.gz", "warc_record_id": ids[2],
    })
    assert store.read_table(tmp_path, "articles").to_pylist() == [
        store.rows_to_table([expected], store.schema_of("articles")).to_pylist()[0]
    ]
    failures = {r["reason"]: r for r in store.read_table(tmp_path, "crawl_failures").to_pylist()}
    assert set(failures) == {"challenge", "network_error"}
    assert failures["challenge"]["warc_record_id"] == ids[3] and failures["challenge"]["run_id"] == "run-a"


def test_the_latest_fetch_wins_and_derived_columns_survive(tmp_path):
    write_warc(tmp_path / "warc" / "rapat-run-a-00000.warc.gz", [(ARTICLE_URL, 200, PAGE)])
    rebuild(tmp_path, workers=1)
    first = store.read_table(tmp_path, "articles").to_pylist()[0]
    store.update_columns(tmp_path, "articles", pa.table({"article_id": [first["article_id"]], "event_type": ["meeting"]}))
    # A later run fetched it again (same content) and once more as a challenge page.
    ids = write_warc(tmp_path / "warc" / "rapat-run-b-00000.warc.gz", [(ARTICLE_URL, 200, PAGE)])
    write_warc(tmp_path / "warc" / "rapat-run-c-00000.warc.gz", [(ARTICLE_URL, 200, CHALLENGE)])
    rebuild(tmp_path, workers=1)
    rows = store.read_table(tmp_path, "articles").to_pylist()
    assert len(rows) == 1
    assert rows[0]["warc_record_id"] == ids[0] and rows[0]["event_type"] == "meeting"
    assert [(r["run_id"], r["reason"]) for r in store.read_table(tmp_path, "crawl_failures").to_pylist()] == [
        ("run-c", "challenge")
    ]
    before = (tmp_path / "articles.parquet").read_bytes()
    rebuild(tmp_path, workers=2)
    assert (tmp_path / "articles.parquet").read_bytes() == before


def test_no_archive_is_an_error_not_an_empty_table(tmp_path):
    store.upsert(tmp_path, "crawl_failures", [failure(1)])
    with pytest.raises(RebuildError, match="no WARC files"):
        rebuild(tmp_path)
    assert store.count_rows(tmp_path, "crawl_failures") == 1


def _tables(data: Path) -> tuple[pa.Table, pa.Table]:
    return pq.read_table(data / "articles.parquet"), pq.read_table(data / "crawl_failures.parquet")


@pytest.fixture(scope="module")
def crawled_then_rebuilt(tmp_path_factory):
    """A real crawl of the mirror (subprocess) and then a rebuild of its archive: both tables of each."""
    from rapat.mirror import MirrorServer, MirrorSite

    data = tmp_path_factory.mktemp("crawl") / "data"
    with MirrorServer(MirrorSite(articles=30), port=0) as server:
        run_crawl_process(data, "--mirror", server.url, "--set", "RETRY_TIMES=0")
    crawled = _tables(data)
    rebuild(data)
    return crawled, _tables(data)


@pytest.mark.slow
def test_rebuild_after_a_mirror_crawl_gives_the_crawls_rows(crawled_then_rebuilt):
    (crawled_articles, crawled_failures), (articles, failures) = crawled_then_rebuilt
    assert crawled_articles.num_rows > 10
    assert articles.equals(crawled_articles)  # every column, fetch times and provenance included
    # Failures: the same pages, reasons and records; `detail` is worded by whoever rejected the page
    # (the spider's errback says "HTTP 404 after retries", the parser "HTTP 404").
    keys = [c for c in failures.column_names if c != "detail"]
    assert failures.select(keys).sort_by("url").equals(crawled_failures.select(keys).sort_by("url"))
