"""The extraction cache: a second build re-extracts nothing; a changed rule or text re-extracts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pipelines.extract_cache as extract_cache
from meetings_support import RAKOR, RAKOR_REPOST
from pipelines.meetings import build_meetings
from pipelines.store import read_table, upsert

WIB = timezone(timedelta(hours=7))


def _articles(tmp_path, text_b=RAKOR_REPOST):
    rows = [
        {"article_id": aid, "source": src, "title": "Gubernur Pimpin Rakor Inflasi", "body_text": text,
         "url": f"https://{src}.lampungprov.go.id/detail-post/{aid}",
         "canonical_url": f"https://{src}.lampungprov.go.id/detail-post/{aid}",
         "published_at": datetime(2025, 4, 16, 14, 0, tzinfo=WIB), "content_sha256": None}
        for aid, src, text in (("aaa1", "www", RAKOR), ("bbb2", "ppid", text_b))
    ]
    upsert(tmp_path, "articles", rows)


def test_second_build_uses_the_cache_and_gives_the_same_meetings(tmp_path):
    _articles(tmp_path)
    first = build_meetings(tmp_path)
    meetings = read_table(tmp_path, "meetings").to_pylist()
    second = build_meetings(tmp_path)
    assert first["extracted_from_cache"] == 0
    assert second["extracted_from_cache"] == 2
    assert read_table(tmp_path, "meetings").to_pylist() == meetings


def test_changed_text_or_extractor_version_is_extracted_again(tmp_path, monkeypatch):
    _articles(tmp_path)
    build_meetings(tmp_path)
    _articles(tmp_path, text_b=RAKOR_REPOST + "\n\nRapat juga membahas stok beras.")
    assert build_meetings(tmp_path)["extracted_from_cache"] == 1
    monkeypatch.setattr(extract_cache, "extractor_version", lambda: "a-new-rule")
    assert build_meetings(tmp_path)["extracted_from_cache"] == 0


def test_a_damaged_cache_is_rebuilt(tmp_path):
    _articles(tmp_path)
    build_meetings(tmp_path)
    (tmp_path / "state" / "extractions.parquet").write_bytes(b"not parquet")
    assert build_meetings(tmp_path)["extracted_from_cache"] == 0
    assert build_meetings(tmp_path)["extracted_from_cache"] == 2


def test_the_extractor_version_covers_the_trained_topic_model():
    """Retraining datasets/topic_model.json changes extraction, so it must change the cache's extractor version."""
    from crawler.resources import datasets_dir
    from pipelines.extract.topics import MODEL_FILE
    from pipelines.extract_cache import EXTRACT_DATA
    read = {p.name for pattern in EXTRACT_DATA for p in datasets_dir().glob(pattern)}
    assert MODEL_FILE in read and {"topics.csv", "meeting_types.csv"} <= read
