"""Small, realistic tables with the declared schemas, for the release and download tests."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from zoneinfo import ZoneInfo

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.schema import TABLES

WIB = ZoneInfo("Asia/Jakarta")
UTC = dt.timezone.utc
HOSTS = ("bappeda", "biroadpim", "ppid", "dinkes")


def _id(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def article(i: int) -> dict:
    """One article row; odd rows carry awkward text (quotes, commas, newlines, non-ASCII)."""
    source = HOSTS[i % len(HOSTS)]
    url = f"https://{source}.lampungprov.go.id/detail-post/Rakor-Inflasi-{i}"
    body = f"Gubernur memimpin rapat koordinasi ke-{i}.\n\nRapat membahas \"inflasi\", harga beras; dan cabai — Rp{i},000."
    return {
        "article_id": _id(url),
        "source": source,
        "url": url,
        "canonical_url": url,
        "title": f"Rakor Pengendalian Inflasi #{i}" + (', "Bandar Lampung"' if i % 2 else ""),
        "published_at": dt.datetime(2025, 5, 1 + i % 28, 9, i % 60, tzinfo=WIB),
        "published_time_known": i % 5 != 0,
        "dateline": "Bandar Lampung" if i % 3 else None,
        "lead": body.split("\n\n")[0],
        "body_text": body,
        "image_urls": [f"https://{source}.lampungprov.go.id/img/{i}.jpg"] if i % 2 else [],
        "views": 100 + i,
        "word_count": len(body.split()),
        "content_sha256": hashlib.sha256(body.encode()).hexdigest(),
        "duplicate_of": None,
        "event_type": "meeting" if i % 4 else "ceremony",
        "fetched_at": dt.datetime(2026, 11, 20, 3, 0, i % 60, tzinfo=UTC),
        "http_status": 200,
        "warc_file": "warc/rapat-run1-0.warc.gz",
        "warc_record_id": f"<urn:uuid:{_id(str(i))}>",
        "parser": "shared_cms/1",
        "quality_flags": [] if i % 5 else ["time_unknown"],
    }


def meeting(i: int, article_row: dict) -> dict:
    """One meeting row reported by one article."""
    return {
        "meeting_id": _id("m" + article_row["article_id"]),
        "meeting_type": "rapat_koordinasi",
        "title": article_row["title"],
        "meeting_date": dt.date(2025, 5, 1 + i % 28),
        "date_text": f"Rabu ({1 + i % 28:02d}/05/2025)",
        "mode": "luring",
        "venue": "Ruang Rapat Sakai Sambayan",
        "city": "Bandar Lampung",
        "kemendagri_code": "18.71",
        "bps_code": "1871",
        "chair_name": "Rahmat Mirzani Djausal",
        "chair_role": "Gubernur Lampung",
        "participants": ["Bank Indonesia", "BPS Provinsi Lampung"],
        "officials": [{"name": "Marindo Kurniawan", "role": "Sekdaprov", "person_id": None}],
        "topics": ["inflasi"],
        "article_ids": [article_row["article_id"]],
        "sources": [article_row["source"]],
        "first_published_at": article_row["published_at"],
        "confidence": 0.9,
        "evidence": article_row["lead"],
    }


def crawl_run(source: str) -> dict:
    """One crawl_runs row."""
    base = {f.name: None for f in TABLES["crawl_runs"]}
    return base | {
        "run_id": "20261120T030000Z-ab12", "source": source, "mode": "incremental",
        "started_at": dt.datetime(2026, 11, 20, 3, tzinfo=UTC), "finished_at": dt.datetime(2026, 11, 20, 3, 5, tzinfo=UTC),
        "requests": 40, "responses_2xx": 39, "responses_4xx": 1, "articles_new": 10, "complete_pass": True, "status": "ok",
    }


def crawl_failure(i: int) -> dict:
    """One crawl_failures row."""
    return {
        "run_id": "20261120T030000Z-ab12", "source": "dlh", "url": f"https://dlh.lampungprov.go.id/detail-post/x-{i}",
        "reason": "challenge", "detail": "Cloudflare 'Just a moment...' page", "http_status": 403,
        "failed_at": dt.datetime(2026, 11, 20, 3, 1, tzinfo=UTC), "warc_file": None, "warc_record_id": None,
    }


def write(data_dir: Path, name: str, rows: list[dict], shuffle: bool = False) -> Path:
    """Write rows as <data_dir>/<name>.parquet with the declared schema (optionally in reverse order)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    rows = list(reversed(rows)) if shuffle else rows
    path = data_dir / f"{name}.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=TABLES[name]), path)
    return path


def make_tables(data_dir: Path, n: int = 40, shuffle: bool = False) -> dict[str, list[dict]]:
    """Write all four tables of n articles; return the rows written, by table."""
    articles = [article(i) for i in range(n)]
    meetings = [meeting(i, a) for i, a in enumerate(articles) if a["event_type"] == "meeting"]
    tables = {
        "articles": articles,
        "meetings": meetings,
        "crawl_runs": [crawl_run(s) for s in HOSTS],
        "crawl_failures": [crawl_failure(i) for i in range(3)],
    }
    for name, rows in tables.items():
        write(data_dir, name, rows, shuffle)
    return tables
