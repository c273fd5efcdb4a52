"""The crawl_runs row of one source in one run, and whether that run failed.

Pure functions of the Scrapy stats (names in crawler/extensions/runstats.py), the
store's merge counts and what the table held before: testable without a crawl.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone
from typing import Mapping

from crawler.extensions.runstats import source_stats
from pipelines import store
from pipelines.rows import to_row

STAT_COLUMNS = (
    "requests", "responses_2xx", "responses_3xx", "responses_4xx", "responses_5xx",
    "listing_pages", "articles_seen", "articles_failed",
)


def run_errors(
    counters: Mapping, had_before: int, reasons: Counter, finish_reason: str | None = "finished"
) -> list[str]:
    """Why one source's run failed (empty when it is ok)."""
    errors = []
    if finish_reason not in (None, "finished"):
        errors.append(f"crawl ended early ({finish_reason})")
    if had_before and not counters.get("articles_seen"):
        errors.append(f"zero articles (had {had_before} before)")
    if reasons.get("pagination_lost"):
        errors.append(f"listing read only in part ({reasons['pagination_lost']} pagination_lost row(s))")
    if reasons.get("layout_changed"):
        errors.append(f"listing layout changed on {reasons['layout_changed']} page(s)")
    elif counters.get("listing_errors"):
        errors.append(f"{counters['listing_errors']} listing page(s) failed")
    if _all_failed(counters):
        errors.append(f"every request failed ({counters['requests']} sent, none readable)")
    return errors


def _all_failed(counters: Mapping) -> bool:
    """True when requests went out but not one listing or article page could be read."""
    return bool(counters.get("requests")) and not counters.get("listing_pages") and not counters.get("articles_scraped")


def crawl_run_row(
    run_id: str,
    source: str,
    stats: Mapping,
    articles: store.UpsertCounts,
    reasons: Counter,
    had_before: int,
    finish_reason: str | None = "finished",
    complete_pass: bool | None = None,
) -> dict:
    """Build the crawl_runs row of a finished source from its stats and merge counts."""
    counters = source_stats(dict(stats), source)
    errors = run_errors(counters, had_before, reasons, finish_reason)
    if complete_pass is None:
        complete_pass = bool(counters.get("complete_pass"))
    row = {
        "run_id": run_id,
        "source": source,
        "mode": counters.get("mode"),
        "started_at": stats.get("start_time"),
        "finished_at": stats.get("finish_time") or datetime.now(timezone.utc),
        **{name: int(counters.get(name) or 0) for name in STAT_COLUMNS},
        "articles_new": articles.new,
        "articles_updated": articles.updated,
        "articles_unchanged": articles.unchanged,
        "complete_pass": complete_pass,
        "status": "error" if errors else "ok",
        "error": "; ".join(errors) or None,
    }
    return to_row("crawl_runs", row)


def killed_run_row(header: Mapping, articles: store.UpsertCounts, failures: int) -> dict:
    """The crawl_runs row of a run that was killed, rebuilt from its recovered spool."""
    row = {
        "run_id": header.get("run_id"),
        "source": header.get("source"),
        "mode": header.get("mode"),
        "started_at": header.get("started_at"),
        "finished_at": None,
        "articles_new": articles.new,
        "articles_updated": articles.updated,
        "articles_unchanged": articles.unchanged,
        "articles_failed": failures,
        "complete_pass": False,
        "status": "error",
        "error": "killed before the end; its spooled items were recovered by the next crawl",
    }
    return to_row("crawl_runs", row)
