"""Helpers shared by the extractor's snippet tests."""

from pathlib import Path

from pipelines.extract import extract

DATA = Path(__file__).parent / "data"


def run(text, title="", published="2025-04-17"):
    """Extract one hand-written snippet as an article with the given title and publication date."""
    return extract({"id": "t", "url": "https://example.go.id/x", "title": title, "text": text, "published": published})


def run_recorded(name, row_id):
    """Extract one recorded report of a labelled set in tests/data (where a snippet cannot reproduce the construction)."""
    from pipelines.evaluate import _record, read_jsonl
    return extract(_record(next(r for r in read_jsonl(DATA / name) if r["id"] == row_id)))
