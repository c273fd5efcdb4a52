"""Helpers shared by the extractor's snippet tests."""

from pipelines.extract import extract


def run(text, title="", published="2025-04-17"):
    """Extract one hand-written snippet as an article with the given title and publication date."""
    return extract({"id": "t", "url": "https://example.go.id/x", "title": title, "text": text, "published": published})
