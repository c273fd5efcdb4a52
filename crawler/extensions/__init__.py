"""Crawl extensions: incremental/resumable crawl state and per-source run statistics."""
