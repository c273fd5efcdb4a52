"""The meetings table: built from a real articles Parquet table, read back through the views."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import duckdb
import pyarrow.parquet as pq
import pytest

from meetings_support import LOMBA, PARIPURNA, RAKOR, RAKOR_REPOST, extractor
from pipelines.meetings import build_meetings, meeting_rows
from pipelines.schema import MEETINGS
from pipelines.store import read_table, upsert
from rapat.query import named_queries

WIB = timezone(timedelta(hours=7))


def _article(article_id, source, text, title, published):
    return {
        "article_id": article_id, "source": source, "title": title, "body_text": text,
        "url": f"https://{source}.lampungprov.go.id/detail-post/{article_id}",
        "canonical_url": f"https://{source}.lampungprov.go.id/detail-post/{article_id}",
        "published_at": published, "content_sha256": None,
    }


@pytest.fixture
def data_dir(tmp_path):
    rows = [
        _article("aaa1", "www", RAKOR, "Gubernur Pimpin Rakor Inflasi", datetime(2025, 4, 16, 14, 0, tzinfo=WIB)),
        _article("bbb2", "ppid", RAKOR_REPOST, "Gubernur Pimpin Rakor Inflasi", datetime(2025, 4, 17, 9, 0, tzinfo=WIB)),
        _article("ccc3", "www", LOMBA, "Ribuan Pelajar Ikuti Lomba Lari", datetime(2025, 4, 20, 10, 0, tzinfo=WIB)),
        _article("ddd4", "biroadpim", PARIPURNA, "DPRD Gelar Paripurna APBD", datetime(2024, 11, 25, 16, 0, tzinfo=WIB)),
    ]
    upsert(tmp_path, "articles", rows)
    return tmp_path


def _views(data_dir) -> duckdb.DuckDBPyConnection:
    """The read-only connection `rapat query` uses: every datasets/views/*.sql over data_dir."""
    from rapat.query import connect

    return connect(data_dir)


def test_build_meetings_counts_a_cross_posted_meeting_once(data_dir):
    summary = build_meetings(data_dir, extract=extractor())
    assert summary["articles"] == 4 and summary["meetings"] == 2
    meetings = read_table(data_dir, "meetings")
    assert meetings.schema.equals(MEETINGS, check_metadata=False)
    rakor = [m for m in meetings.to_pylist() if "aaa1" in m["article_ids"]][0]
    assert rakor["article_ids"] == ["aaa1", "bbb2"] and rakor["sources"] == ["www", "ppid"]
    assert rakor["meeting_date"] == date(2025, 4, 16) and rakor["meeting_type"] == "rapat_koordinasi"
    assert rakor["first_published_at"] == datetime(2025, 4, 16, 14, 0, tzinfo=WIB)
    assert rakor["title"] == "Gubernur Pimpin Rakor Inflasi"
    assert not any("ccc3" in m["article_ids"] for m in meetings.to_pylist())


def test_articles_get_event_type_and_duplicate_of(data_dir):
    build_meetings(data_dir, extract=extractor())
    articles = {a["article_id"]: a for a in read_table(data_dir, "articles").to_pylist()}
    assert articles["bbb2"]["duplicate_of"] == "aaa1"
    assert articles["aaa1"]["duplicate_of"] is None and articles["ccc3"]["duplicate_of"] is None
    assert articles["aaa1"]["event_type"] == "meeting"
    assert articles["ccc3"]["event_type"] not in (None, "meeting")


def test_meeting_id_is_stable_when_a_later_report_arrives(data_dir):
    build_meetings(data_dir, extract=extractor())
    before = {m["meeting_id"] for m in read_table(data_dir, "meetings").to_pylist()}
    late = _article("eee5", "bappeda", RAKOR.replace("Tabik Puunn...", "Tabik pun.."), "Rakor Inflasi Daerah",
                    datetime(2025, 4, 22, 8, 0, tzinfo=WIB))
    upsert(data_dir, "articles", [late])
    build_meetings(data_dir, extract=extractor())
    after = read_table(data_dir, "meetings").to_pylist()
    assert {m["meeting_id"] for m in after} == before
    assert any(m["article_ids"] == ["aaa1", "bbb2", "eee5"] for m in after)


def test_empty_data_dir_writes_an_empty_meetings_table(tmp_path):
    assert build_meetings(tmp_path, extract=extractor())["meetings"] == 0
    assert pq.read_table(tmp_path / "meetings.parquet").num_rows == 0


def test_views_and_named_queries_run_over_the_built_table(data_dir):
    build_meetings(data_dir, extract=extractor())
    con = _views(data_dir)
    assert con.execute("SELECT count(*) FROM meetings").fetchone()[0] == 2
    per_month = con.execute("SELECT month, meeting_type, meetings FROM meetings_per_month").fetchall()
    assert (date(2025, 4, 1), "rapat_koordinasi", 1) in per_month
    assert sum(r[2] for r in per_month) == 2
    topics = con.execute("SELECT topic, meetings FROM topics_over_time WHERE month = DATE '2025-04-01'").fetchall()
    assert ("inflasi", 1) in topics
    con.execute("SELECT * FROM meetings_per_official").fetchall()
    assert con.execute("SELECT sum(meetings) FROM meetings_per_venue").fetchone()[0] <= 2
    mine = {name: q for name, q in named_queries().items() if name.startswith("meetings_")}
    assert len(mine) >= 4
    for name, q in mine.items():
        assert q.description, f"{name} needs a description comment"
        con.execute(q.sql).fetchall()
    rhythm = con.execute(mine["meetings_rhythm_new_administration"].sql).fetchall()
    assert {r[0] for r in rhythm} == {"2019-02-20..2025-02-19", "2025-02-20.."}


def _x(id_, **fields):
    base = {"id": id_, "is_meeting": True, "event_type": "meeting", "meeting_type": "rapat_koordinasi",
            "meeting_date": "2025-04-16", "venue": None, "city": None, "chair": None,
            "participants": [], "officials": [], "topics": [], "confidence": 0.5, "evidence": None}
    base.update(fields)
    return base


def test_merge_prefers_common_and_complete_values_and_unites_lists():
    records = [{"id": i, "title": f"t{i}", "source": s, "published": p, "published_at": None}
               for i, s, p in (("1", "www", "2025-04-16"), ("2", "ppid", "2025-04-17"), ("3", "news", "2025-04-18"))]
    extracted = [
        _x("1", venue="Ruang Sakai Sambayan", topics=["inflasi"], confidence=0.6, evidence="e1",
           officials=[{"name": "Rahmat Mirzani Djausal", "role": None, "person_id": "p1"}]),
        _x("2", venue="Ruang Rapat Sakai Sambayan", topics=["pangan", "Inflasi"], confidence=0.9, evidence="e2",
           chair={"name": "Rahmat Mirzani Djausal", "role": "Gubernur Lampung"},
           officials=[{"name": "Mirza", "role": "Gubernur", "person_id": "p1"}]),
        _x("3", venue="Ruang Rapat Sakai Sambayan", is_meeting=False, event_type="statement", meeting_type=None),
    ]
    [row] = meeting_rows(records, extracted, {"1": "ev-x", "2": "ev-x", "3": "ev-x"})
    assert row["meeting_id"] == "ev-x" and row["title"] == "t1"
    assert row["venue"] == "Ruang Rapat Sakai Sambayan"  # the most common
    assert row["topics"] == ["inflasi", "pangan"] and row["confidence"] == 0.9 and row["evidence"] == "e2"
    assert row["chair_name"] == "Rahmat Mirzani Djausal" and row["chair_role"] == "Gubernur Lampung"
    assert row["officials"] == [{"name": "Rahmat Mirzani Djausal", "role": "Gubernur", "person_id": "p1"}]
    assert row["article_ids"] == ["1", "2", "3"] and row["sources"] == ["www", "ppid", "news"]


def test_events_most_reports_call_no_meeting_are_left_out():
    records = [{"id": i, "title": i, "source": "www", "published": None, "published_at": None} for i in "ab"]
    extracted = [_x("a", is_meeting=False, event_type="ceremony"), _x("b", is_meeting=False, event_type="ceremony")]
    assert meeting_rows(records, extracted, {"a": "ev-1", "b": "ev-1"}) == []
