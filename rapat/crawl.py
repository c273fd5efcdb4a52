"""Run a crawl: one CrawlerProcess, one crawler per selected host, then a per-source summary.

Twisted's reactor runs once per process, so `run_crawl` can be called once per
process; tests and the CLI run it in a subprocess (`python -m rapat.crawl ...`).
With RAPAT_CRAWL_PROCESSES > 1 the hosts are split between this process and child
processes (`--child`, see rapat/crawl_processes.py), and this one merges them all.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import gc
import json
import logging
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.extensions.runstats import source_stats
from crawler.extensions.state import STATE_SUBDIR, new_run_id
from crawler.items import FailureItem
from crawler.middlewares.warc import WARC_SUBDIR
from crawler.sources import Source, get_source, load_sources
from rapat.crawl_processes import Children, ProgressLines, die_with_parent, split_sources

SETTINGS_MODULE = "crawler.settings"
# Scrapy allocates a few asyncio tasks and handles per request: with the default 700 the
# collector runs every few responses and re-scans every long-lived object of the crawl.
GC_GEN0_THRESHOLD = 10_000
# The child processes of a crawl killed a moment ago still hold its lock while they die.
LOCK_GRACE = 2.0


@dataclass
class CrawlResult:
    """What a crawl did: its run id and one summary row per source (crawl_runs columns)."""

    run_id: str
    data_dir: Path
    rows: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """False if any source errored (including zero articles where there were some)."""
        return bool(self.rows) and all(r.get("status") == "ok" for r in self.rows)

    def errors(self) -> list[str]:
        """One line per failed source."""
        return [f"{r['source']}: {r.get('error')}" for r in self.rows if r.get("status") != "ok"]


def select_sources(sources: list[str] | None) -> list[Source]:
    """Return the registry entries named (keys or hosts), or all of them."""
    if not sources:
        return load_sources()
    if isinstance(sources, str):
        sources = [sources]
    found = {}
    for name in sources:  # a key and its host name the same source: crawl it once
        source = get_source(name)
        found.setdefault(source.key, source)
    return list(found.values())


def build_settings(
    data_dir: Path, run_id: str, mirror: str | None = None, full: bool = False,
    since: date | str | None = None, overrides: dict | None = None,
) -> Settings:
    """Layer the crawl's settings: crawler.settings, MIRROR_SETTINGS if mirrored, run options, overrides."""
    settings = Settings()
    settings.setmodule(SETTINGS_MODULE, priority="project")
    if mirror:
        settings.update(settings.getdict("MIRROR_SETTINGS"), priority="cmdline")
        settings.set("RAPAT_MIRROR_URL", str(mirror), priority="cmdline")
    settings.update(
        {
            "RAPAT_DATA_DIR": str(data_dir),
            "RAPAT_RUN_ID": run_id,
            "RAPAT_FULL": bool(full),
            "RAPAT_SINCE": _parse_since(since),
        },
        priority="cmdline",
    )
    settings.update(overrides or {}, priority="cmdline")
    return settings


def _parse_since(since: date | str | None) -> str | None:
    if since is None or since == "":
        return None
    try:
        return date.fromisoformat(str(since)[:10]).isoformat()
    except ValueError:
        raise ValueError(f"--since must be a date YYYY-MM-DD, got {since!r}") from None


class CrawlLock:
    """An exclusive lock on the data dir: two crawls must not share WARC and state files."""

    def __init__(self, data_dir: Path):
        self.path = data_dir / STATE_SUBDIR / "crawl.lock"
        self._fh = None

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = self.path.open("w")
        deadline = time.monotonic() + LOCK_GRACE
        while True:
            try:
                fcntl.flock(self._fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                self._fh.close()
                raise RuntimeError(f"another crawl is running on {self.path.parent.parent}") from None
        self._fh.write(f"{os.getpid()}\n")
        self._fh.flush()
        return self

    def __exit__(self, *exc):
        self._fh.close()

    def fileno(self) -> int:
        """The locked file's descriptor: a child process given it holds the lock while it lives."""
        return self._fh.fileno()


def run_crawl(
    data_dir, sources: list[str] | None = None, mirror: str | None = None,
    full: bool = False, since: date | str | None = None, settings: dict | None = None,
    progress=None,
) -> CrawlResult:
    """Crawl the selected sources (all by default) and summarise each.

    Once per process (Twisted's reactor cannot restart). With RAPAT_CRAWL_PROCESSES = N > 1
    the sources are split into N groups: this process crawls one, child processes the others
    (rapat/crawl_processes.py). `mirror` is a base URL (or an object with `.url`, e.g. a
    running MirrorServer); `settings` override any setting; `progress(pages=, articles=,
    failures=)` is called as responses and items arrive.
    """
    data_dir = Path(data_dir)
    mirror = getattr(mirror, "url", mirror)
    selected = select_sources(sources)
    run_id = (settings or {}).get("RAPAT_RUN_ID") or new_run_id()
    crawl_settings = build_settings(data_dir, run_id, mirror, full, since, settings)
    processes = crawl_settings.getint("RAPAT_CRAWL_PROCESSES", 1)
    with CrawlLock(data_dir) as lock:
        if processes > 1 and len(selected) > 1:
            groups = split_sources(selected, processes, data_dir)
            commands = [_child_command(data_dir, g, run_id, mirror, full, since, settings, bool(progress)) for g in groups[1:]]
            return _run_split(data_dir, run_id, selected, groups[0], crawl_settings, commands, lock, progress)
        crawlers = _crawl_here(selected, crawl_settings, progress)
    return CrawlResult(run_id, data_dir, summarise(data_dir, run_id, crawlers))


def _crawl_here(selected: list[Source], crawl_settings: Settings, progress, on_closed=None) -> dict:
    """Crawl the sources in this process (its one reactor run); return {source key: crawler}."""
    from scrapy import signals

    process = CrawlerProcess(crawl_settings)
    crawlers = {}
    for source in selected:
        crawler = process.create_crawler(source.family)
        crawlers[source.key] = crawler
        process.crawl(crawler, source=source.key)
        if on_closed:
            crawler.signals.connect(on_closed, signal=signals.spider_closed)
    tally = _Tally(crawlers.values(), progress) if progress else None  # noqa: F841 (signals hold it weakly)
    # Scrapy's logging config pins the "scrapy" logger at DEBUG and filters at its handler, so
    # every "Crawled (200)" and "Scraped from" line was built as a record, then dropped.
    logging.getLogger("scrapy").setLevel(crawl_settings.get("LOG_LEVEL"))
    _lean_arrow()
    with _crawl_gc():
        process.start()
    return crawlers


def _child_command(data_dir: Path, group: list[Source], run_id: str, mirror, full, since, overrides, progress: bool) -> list[str]:
    """The command line of one child process crawling `group` as part of run `run_id`."""
    cmd = [sys.executable, "-m", "rapat.crawl", "--child", "--data-dir", str(data_dir), "--set", f"RAPAT_RUN_ID={run_id}"]
    cmd += [arg for source in group for arg in ("--source", source.key)]
    cmd += ["--mirror", str(mirror)] if mirror else []
    cmd += ["--full"] if full else []
    cmd += ["--since", str(since)] if since else []
    cmd += [arg for k, v in (overrides or {}).items() if k != "RAPAT_RUN_ID" for arg in ("--set", f"{k}={v}")]
    return cmd + (["--progress"] if progress else [])


def _run_split(data_dir: Path, run_id: str, selected: list[Source], here: list[Source], crawl_settings: Settings,
               commands: list[list[str]], lock: "CrawlLock", progress) -> CrawlResult:
    """Crawl `here` in this process and the other groups in child processes; merge all spools once."""
    from crawler.middlewares.warcfile import repair_open_files
    from pipelines.items_pipeline import merge_closed

    warc_dir = data_dir / WARC_SUBDIR
    if warc_dir.is_dir():
        repair_open_files(warc_dir)  # before any process writes: later, only live files are *.open
    children = Children(commands, lock.fileno(), progress)
    crawl_settings.update({"RAPAT_DEFER_MERGE": True, "RAPAT_WARC_REPAIR": False}, priority="cmdline")

    def on_closed(spider, reason) -> None:
        if reason == "shutdown":  # Ctrl-C or SIGTERM reached this process: stop the children too
            children.interrupt()

    try:
        _crawl_here(here, crawl_settings, children.report_own if progress else None, on_closed)
    finally:  # even if this process's crawl failed: the children finish, their spools stay for recovery
        codes = children.wait()
    missing = set(merge_closed(data_dir, run_id, [s.key for s in selected]))
    died = "; ".join(f"child process {i + 1} exited with {code}" for i, code in enumerate(codes) if code != 0)
    for key in sorted(missing):
        logging.getLogger(__name__).error("%s: its crawl process ended before the source closed (%s)", key, died or "no error")
    stored = {r["source"]: r for r in _read_crawl_runs(data_dir, run_id)}
    return CrawlResult(run_id, data_dir, [stored.get(s.key) or _lost_row(run_id, s.key, died) for s in selected])


def _lost_row(run_id: str, source: str, died: str) -> dict:
    detail = f"crawl process ended before the source closed ({died or 'no exit error'}); its spooled items are recovered by the next crawl"
    return {"run_id": run_id, "source": source, "status": "error", "error": detail}


class _Tally:
    """Counts responses, articles and failures over all crawlers and reports them."""

    def __init__(self, crawlers, report):
        from scrapy import signals

        self.report, self.counts = report, {"pages": 0, "articles": 0, "failures": 0}
        for crawler in crawlers:
            crawler.signals.connect(self.on_response, signal=signals.response_received)
            crawler.signals.connect(self.on_item, signal=signals.item_scraped)

    def on_response(self, **_kw) -> None:
        self.counts["pages"] += 1
        self.report(**self.counts)

    def on_item(self, item, **_kw) -> None:
        self.counts["failures" if isinstance(item, FailureItem) else "articles"] += 1
        self.report(**self.counts)


def _lean_arrow() -> None:
    """Give Arrow the system allocator (unless $ARROW_DEFAULT_MEMORY_POOL says otherwise).

    The crawl's merge streams small batches; mimalloc's default arenas kept ~50 MB more
    resident than the data ever needed, on top of everything the crawl itself holds.
    """
    if "ARROW_DEFAULT_MEMORY_POOL" not in os.environ:
        import pyarrow

        pyarrow.set_memory_pool(pyarrow.system_memory_pool())


@contextlib.contextmanager
def _crawl_gc():
    """Freeze the start-up heap (modules, registry, crawlers) and collect young objects less often.

    A crawl is CPU-bound, and without this the cyclic GC took a quarter of its CPU: every full
    collection walked the imported modules (Scrapy, lxml, pyarrow, trafilatura) again.
    """
    threshold = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_GEN0_THRESHOLD, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def summarise(data_dir: Path, run_id: str, crawlers: dict) -> list[dict]:
    """Rows of crawl_runs for this run (as the store wrote them), else from the stats."""
    stored = {r["source"]: r for r in _read_crawl_runs(data_dir, run_id)}
    return [stored.get(key) or _fallback_row(run_id, key, crawler) for key, crawler in crawlers.items()]


def _fallback_row(run_id: str, source: str, crawler) -> dict:
    try:
        stats = crawler.stats.get_stats()
    except RuntimeError:  # the crawler never started (its error is in the log)
        return {"run_id": run_id, "source": source, "status": "error", "error": "crawl did not start"}
    return stats_row(run_id, source, stats)


def _read_crawl_runs(data_dir: Path, run_id: str) -> list[dict]:
    from pipelines.store import iter_batches

    return [row for batch in iter_batches(data_dir, "crawl_runs") for row in batch.to_pylist() if row["run_id"] == run_id]


def stats_row(run_id: str, source: str, stats: dict) -> dict:
    """A crawl_runs-shaped row from one source's Scrapy stats (when the store wrote none)."""
    from pipelines.runlog import STAT_COLUMNS, run_errors

    counters = source_stats(stats, source)
    errors = run_errors(counters, counters.get("stored_before") or 0, Counter(), stats.get("finish_reason"))
    return {
        "run_id": run_id, "source": source, "mode": counters.get("mode"),
        "started_at": stats.get("start_time"), "finished_at": stats.get("finish_time"),
        **{name: counters.get(name, 0) for name in STAT_COLUMNS},
        "complete_pass": bool(counters.get("complete_pass")),
        "status": "error" if errors else "ok", "error": "; ".join(errors) or None,
    }


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m rapat.crawl", description=run_crawl.__doc__)
    parser.add_argument("--data-dir", default=os.environ.get("RAPAT_DATA_DIR", "data"))
    parser.add_argument("--source", action="append", help="source key or host (repeatable); default all")
    parser.add_argument("--mirror", help="mirror base URL, e.g. http://127.0.0.1:8000")
    parser.add_argument("--full", action="store_true", help="refetch everything, page to the end")
    parser.add_argument("--since", help="stop paging at listings older than YYYY-MM-DD")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="Scrapy setting")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)  # one process of a multi-process crawl
    parser.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)  # child: progress lines on stdout
    parser.add_argument("--parent", type=int, help=argparse.SUPPRESS)  # child: the pid to die with
    return parser.parse_args(argv)


def child_main(args: argparse.Namespace, overrides: dict) -> int:
    """One child of a multi-process crawl: crawl its sources, leave the merge to the parent."""
    if args.parent:
        die_with_parent(args.parent)
    overrides = {**overrides, "RAPAT_CRAWL_PROCESSES": 1, "RAPAT_DEFER_MERGE": True, "RAPAT_WARC_REPAIR": False}
    progress = ProgressLines() if args.progress else None
    settings = build_settings(Path(args.data_dir), overrides["RAPAT_RUN_ID"], args.mirror, args.full, args.since, overrides)
    _crawl_here(select_sources(args.source), settings, progress)
    if progress:
        progress.flush()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point: crawl, print one JSON summary line per source, exit 1 if any failed."""
    args = _parse_args(argv)
    overrides = dict(item.split("=", 1) for item in args.set)
    if args.child:
        return child_main(args, overrides)
    try:
        result = run_crawl(args.data_dir, args.source, args.mirror, args.full, args.since, overrides)
    except (ValueError, KeyError, RuntimeError) as exc:  # bad options, unknown source, locked data dir
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for row in result.rows:
        print(json.dumps(row, default=str))
    for line in result.errors():
        print(f"error: {line}", file=sys.stderr)
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
