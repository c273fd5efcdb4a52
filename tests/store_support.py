"""Rows for the store tests: articles shaped like the crawl's, with a body that sets the hash."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

T0 = datetime(2026, 1, 5, 3, 0, tzinfo=timezone.utc)


def article(i: int, body: str = "isi berita", fetched: int = 0, source: str = "bappeda", **extra) -> dict:
    """An articles row: id from i, content hash from body, fetched `fetched` hours after T0."""
    url = f"https://{source}.lampungprov.go.id/detail-post/berita-{i}"
    row = {
        "article_id": hashlib.sha256(url.encode()).hexdigest()[:16],
        "source": source,
        "url": url,
        "canonical_url": url,
        "title": f"Rapat koordinasi ke-{i}",
        "published_at": datetime(2025, 5, 9, 14, 30, tzinfo=ZoneInfo("Asia/Jakarta")),
        "published_time_known": True,
        "dateline": "Bandar Lampung",
        "lead": body,
        "body_text": body,
        "image_urls": [f"https://{source}.lampungprov.go.id/berkas/uploads/{i}.jpg"],
        "views": 10 + i,
        "word_count": len(body.split()),
        "content_sha256": hashlib.sha256(body.encode()).hexdigest(),
        "fetched_at": T0 + timedelta(hours=fetched),
        "http_status": 200,
        "warc_file": "warc/rapat-x-00000.warc.gz",
        "warc_record_id": f"<urn:uuid:{i:08d}-{fetched}>",
        "parser": "shared_cms/1",
        "quality_flags": [],
    }
    row.update(extra)
    return row


def failure(i: int, run_id: str = "run-1", reason: str = "http_error", source: str = "bappeda") -> dict:
    """A crawl_failures row."""
    return {
        "run_id": run_id,
        "source": source,
        "url": f"https://{source}.lampungprov.go.id/detail-post/rusak-{i}",
        "reason": reason,
        "detail": f"HTTP 500 ({i})",
        "http_status": 500,
        "failed_at": T0,
    }
