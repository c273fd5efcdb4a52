"""Crawler-owned crawl state, per source, under `<data_dir>/state/<source>/` (like scrapy-deltafetch).

- `stored.txt`: canonical URLs of articles already stored, one a line, append-only.
  A URL is appended on `item_scraped`, i.e. after the item pipelines stored the
  item, and flushed at once, so a kill -9 loses at most the items in flight (they
  are fetched again by the next crawl, never lost, never doubled by the store).
- `retry.txt`: canonical URLs of article pages that failed for a reason that may pass
  (a 5xx, a timeout, a cut or empty body, a challenge). An incremental crawl stops paging
  at the first known article, so it would never meet them again: it requests them first.
  Rewritten at close without the ones stored since.
- `complete_pass`: written when one crawl read every listing route of the source
  to its last page without a listing error. Without it, a plain crawl pages through
  everything (first crawl, or resuming a killed one); with it, a plain crawl stops
  at the first listing page that shows an already-stored article.
"""

from __future__ import annotations

import json
import os
import secrets
from datetime import datetime, timezone
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from crawler.canonical import canonicalize, page_kind
from crawler.extensions.runstats import stat_key
from crawler.items import ArticleItem, FailureItem

STATE_SUBDIR = "state"
# Failure reasons that say nothing about the page itself: the next crawl tries it again.
PASSING_REASONS = {"network_error", "truncated", "empty", "challenge"}
PASSING_STATUSES = {408, 429}


def worth_retry(failure) -> bool:
    """True when an article failure may pass (server errors, timeouts, cut bodies, challenges)."""
    if failure.get("reason") in PASSING_REASONS:
        return True
    status = failure.get("http_status")
    return failure.get("reason") == "http_error" and bool(status) and (status >= 500 or status in PASSING_STATUSES)


def new_run_id(now: datetime | None = None) -> str:
    """Return a run id: UTC start time plus a random suffix, e.g. 20261127T211900Z-3f9a1c."""
    now = now or datetime.now(timezone.utc)
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


class CrawlState:
    """The stored-article set and complete-pass marker of one source."""

    def __init__(self, data_dir: str | os.PathLike, source: str):
        self.dir = Path(data_dir) / STATE_SUBDIR / source
        self.stored_path = self.dir / "stored.txt"
        self.retry_path = self.dir / "retry.txt"
        self.marker_path = self.dir / "complete_pass"
        self.known = self._read_stored()
        self.retry = self._read_retry()
        self._fh = None

    def _read_stored(self) -> set[str]:
        if not self.stored_path.exists():
            return set()
        with self.stored_path.open("rb") as fh:
            # A line without its newline was cut by a kill: its item may not be stored.
            return {line[:-1].decode("utf-8") for line in fh if line.endswith(b"\n") and len(line) > 1}

    def _read_retry(self) -> dict[str, None]:
        if not self.retry_path.exists():
            return {}
        lines = self.retry_path.read_text(encoding="utf-8").splitlines()
        return dict.fromkeys(line for line in lines if line and line not in self.known)

    def retry_urls(self) -> list[str]:
        """Articles that failed for a passing reason and are still not stored, oldest first."""
        return [url for url in self.retry if url not in self.known]

    def mark_retry(self, canonical_url: str) -> None:
        """Remember an article page worth fetching again (appended and flushed at once)."""
        if canonical_url in self.known:
            return
        self.retry.setdefault(canonical_url, None)
        self.dir.mkdir(parents=True, exist_ok=True)
        with self.retry_path.open("a", encoding="utf-8") as fh:
            fh.write(canonical_url + "\n")

    def _compact_retry(self) -> None:
        if not self.retry_path.exists():
            return
        tmp = self.retry_path.with_suffix(".tmp")
        tmp.write_text("".join(f"{url}\n" for url in self.retry_urls()), encoding="utf-8")
        os.replace(tmp, self.retry_path)

    def is_known(self, canonical_url: str) -> bool:
        """True when this article is already stored."""
        return canonical_url in self.known

    def mark_stored(self, canonical_url: str) -> None:
        """Record a stored article durably (flushed before returning)."""
        if canonical_url in self.known:
            return
        if self._fh is None:
            self.dir.mkdir(parents=True, exist_ok=True)
            self._repair_tail()
            self._fh = self.stored_path.open("ab")
        self._fh.write(canonical_url.encode("utf-8") + b"\n")
        self._fh.flush()
        self.known.add(canonical_url)

    def _repair_tail(self) -> None:
        # A kill mid-line leaves a fragment whose item may not be stored: cut it off.
        if not self.stored_path.exists():
            return
        with self.stored_path.open("rb+") as fh:
            size = fh.seek(0, os.SEEK_END)
            tail = 0
            while size - tail > 0:
                step = min(4096, size - tail)
                fh.seek(size - tail - step)
                chunk = fh.read(step)
                if b"\n" in chunk:
                    fh.truncate(size - tail - step + chunk.rindex(b"\n") + 1)
                    return
                tail += step
            fh.truncate(0)

    @property
    def has_complete_pass(self) -> bool:
        """True when an earlier crawl read every listing of the source to its end."""
        return self.marker_path.exists()

    def write_complete_pass(self, run_id: str) -> None:
        """Record that this run read every listing route to its last page."""
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self.marker_path.with_suffix(".tmp")
        info = {"run_id": run_id, "at": datetime.now(timezone.utc).isoformat()}
        tmp.write_text(json.dumps(info) + "\n")
        os.replace(tmp, self.marker_path)

    def close(self) -> None:
        """Close the append handle; drop stored articles from the retry list."""
        self._compact_retry()
        if self._fh is not None:
            self._fh.close()
            self._fh = None


class CrawlStateExtension:
    """Write the spider's CrawlState: stored URLs on item_scraped, the marker at a clean close."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        """Connect to item_scraped and spider_closed."""
        if not crawler.settings.getbool("RAPAT_STATE_ENABLED", True):
            raise NotConfigured("RAPAT_STATE_ENABLED is off")
        ext = cls(crawler)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def item_scraped(self, item, response, spider) -> None:
        """An article went through every pipeline: remember it as stored (or, failed, worth a retry)."""
        state = getattr(spider, "state", None)
        if state is None:
            return
        if isinstance(item, ArticleItem) and item.get("canonical_url"):
            state.mark_stored(item["canonical_url"])
        elif isinstance(item, FailureItem) and worth_retry(item) and page_kind(item["url"], spider.family) == "article":
            state.mark_retry(canonicalize(item["url"]))

    def spider_closed(self, spider, reason) -> None:
        """Write the complete-pass marker only after a clean, complete pass."""
        state = getattr(spider, "state", None)
        if state is None:
            return
        complete = reason == "finished" and spider.pass_complete()
        self.crawler.stats.set_value(stat_key(spider.source_key, "complete_pass"), int(complete))
        if complete:
            state.write_complete_pass(self.crawler.settings.get("RAPAT_RUN_ID"))
        state.close()
