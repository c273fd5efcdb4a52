"""The Scrapy item pipeline that persists a crawl: spool each item, merge at close, log the run.

Enable with `ITEM_PIPELINES = {"pipelines.items_pipeline.StorePipeline": 800}`; it reads
RAPAT_DATA_DIR and RAPAT_RUN_ID. Per spider (one per source):

- open: merge spools left by killed runs of this source first (and log those runs), so a
  plain crawl after a kill -9 resumes cleanly with nothing lost;
- each item: one flushed JSON line in `<data_dir>/state/spool/<run_id>-<source>.jsonl`;
- close: on `spider_closed` (when the stats hold finish time, reason and complete_pass)
  the source's spool and a snapshot of its stats wait for the other crawlers of the run;
- when the last crawler of the process closes: one upsert per table of every waiting
  spool (counting new, updated, unchanged per source), one `crawl_runs` upsert with a row
  per source, then the spools are deleted. With RAPAT_DEFER_MERGE (a child process of a
  multi-process crawl) each spool gets a `.closed.json` beside it instead, and the parent
  runs that same merge once every child has ended (`merge_closed`).

Merging once, after every crawler closed, keeps the reactor free while other hosts are
still crawling and rewrites each table once per run, not once per source. A kill before
that merge loses nothing: the spools stay and the next crawl recovers them. Merges run in
the reactor thread; the store's per-table file lock also guards other processes.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from scrapy import signals

from crawler.extensions.runstats import stat_key
from pipelines import store
from pipelines.rows import table_of, to_row
from pipelines.runlog import crawl_run_row, killed_run_row
from pipelines.spool import SpoolWriter, leftover_spools, merge_spool, merge_spools, spool_path

logger = logging.getLogger(__name__)


@dataclass
class ClosedSource:
    """A source whose spider closed: its spool and what its crawl_runs row needs."""

    source: str
    spool: Path
    stats: dict
    reason: str
    complete: bool
    had_before: int

    def save(self) -> None:
        """Write what the merge needs beside the spool (the spool itself stays as it is)."""
        prefix = stat_key(self.source, "")
        keep = {k: v for k, v in self.stats.items() if k in _RUN_STATS or k.startswith(prefix)}
        fields = {**asdict(self), "spool": str(self.spool), "stats": keep}
        text = json.dumps(fields, default=lambda v: v.isoformat() if isinstance(v, datetime) else str(v))
        tmp = closed_path(self.spool).with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(closed_path(self.spool))

    @classmethod
    def load(cls, path: Path) -> "ClosedSource":
        """Read a `.closed.json` written by `save`."""
        fields = json.loads(path.read_text(encoding="utf-8"))
        stats = fields["stats"]
        for key in ("start_time", "finish_time"):
            if stats.get(key):
                stats[key] = datetime.fromisoformat(stats[key])
        return cls(**{**fields, "spool": Path(fields["spool"]), "stats": stats})


_RUN_STATS = ("start_time", "finish_time", "finish_reason")


def closed_path(spool: Path) -> Path:
    """Where a child process leaves the closed-source record of a spool."""
    return spool.with_name(spool.name + ".closed.json")


def merge_closed(data_dir: Path, run_id: str, sources: list[str]) -> list[str]:
    """Merge the spools that child processes of a run closed; return the sources that left none."""
    run, missing = RunMerge(Path(data_dir), run_id), []
    for source in sources:
        marker = closed_path(spool_path(data_dir, run_id, source))
        if marker.exists():
            run.closed.append(ClosedSource.load(marker))
        else:
            missing.append(source)
    run.merge()
    return missing


class RunMerge:
    """The spools of one run in one process, merged together when its last crawler closes."""

    runs: dict[tuple[Path, str], "RunMerge"] = {}

    def __init__(self, data_dir: Path, run_id: str, defer: bool = False):
        self.data_dir, self.run_id, self.defer = data_dir, run_id, defer
        self.open = 0
        self.closed: list[ClosedSource] = []

    @classmethod
    def join(cls, data_dir: Path, run_id: str, defer: bool = False) -> "RunMerge":
        """Count one more open crawler of the run."""
        run = cls.runs.setdefault((data_dir.resolve(), run_id), cls(data_dir, run_id, defer))
        run.open += 1
        return run

    def leave(self, closed: ClosedSource | None) -> None:
        """One crawler closed (with its source, or None if it has nothing to merge); the last one merges."""
        if closed is not None:
            self.closed.append(closed)
        self.open -= 1
        if self.open == 0:
            self.runs.pop((self.data_dir.resolve(), self.run_id), None)
            if self.defer:
                for c in self.closed:
                    c.save()
            else:
                self.merge()

    def merge(self) -> None:
        """Upsert every closed source's spool, then one crawl_runs row per source, then drop the spools."""
        if not self.closed:
            return
        merges = merge_spools(self.data_dir, [c.spool for c in self.closed])
        rows = []
        for c in self.closed:
            merge = merges[c.source]
            logger.info(
                "%s: articles new=%d updated=%d unchanged=%d, failures=%d", c.source, merge.articles.new,
                merge.articles.updated, merge.articles.unchanged, sum(merge.reasons.values()),
            )
            rows.append(crawl_run_row(
                self.run_id, c.source, c.stats, merge.articles, merge.reasons,
                c.had_before, finish_reason=c.reason, complete_pass=c.complete,
            ))
        store.upsert(self.data_dir, "crawl_runs", rows)
        for row in rows:
            if row["status"] == "error":
                logger.error("%s: run failed: %s", row["source"], row["error"])
        for c in self.closed:
            c.spool.unlink(missing_ok=True)
            closed_path(c.spool).unlink(missing_ok=True)


class StorePipeline:
    """Spool items during the crawl; merge them into the Parquet tables when the run's crawlers have closed."""

    def __init__(self, crawler, data_dir: Path, run_id: str, defer_merge: bool = False):
        self.crawler = crawler
        self.data_dir = data_dir
        self.run_id = run_id
        self.defer_merge = defer_merge
        self.writer: SpoolWriter | None = None
        self.run: RunMerge | None = None
        self.had_before = 0

    @classmethod
    def from_crawler(cls, crawler):
        """Build from RAPAT_DATA_DIR and RAPAT_RUN_ID; listen for spider_closed."""
        settings = crawler.settings
        run_id = settings.get("RAPAT_RUN_ID")
        if not run_id:
            raise ValueError("StorePipeline needs the RAPAT_RUN_ID setting")
        pipeline = cls(crawler, Path(settings.get("RAPAT_DATA_DIR") or "data"), run_id,
                       settings.getbool("RAPAT_DEFER_MERGE"))
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    @property
    def source(self) -> str:
        """The source key of the running spider."""
        spider = self.crawler.spider
        return getattr(spider, "source_key", None) or spider.name

    def open_spider(self, spider=None) -> None:
        """Recover spools of killed runs, note what the table holds, open this run's spool."""
        for path in leftover_spools(self.data_dir, self.source):
            self._recover(path)
        self.had_before = store.count_rows(self.data_dir, "articles", source=self.source)
        header = {
            "run_id": self.run_id,
            "source": self.source,
            "started_at": datetime.now(timezone.utc).isoformat(),
            "mode": getattr(self.crawler.spider, "mode", None),
        }
        self.writer = SpoolWriter(spool_path(self.data_dir, self.run_id, self.source), header)
        self.run = RunMerge.join(self.data_dir, self.run_id, self.defer_merge)

    def process_item(self, item, spider=None):
        """Append the item to the spool as a row of its table."""
        table = table_of(item)
        self.writer.write(table, to_row(table, item, source=self.source, run_id=self.run_id))
        return item

    def close_spider(self, spider=None) -> None:
        """Close this run's spool (flushed and fsynced); it is merged once every crawler closed."""
        self.writer.close()

    def spider_closed(self, spider, reason) -> None:
        """Hand the spool and a stats snapshot (finish time and reason now set) to the run's merge."""
        if self.run is None:
            return  # open_spider failed: nothing of this crawler to merge
        run, self.run = self.run, None
        if not self.writer.closed:
            run.leave(None)  # close_spider failed: keep the spool for the next crawl to recover
            return
        pass_complete = getattr(spider, "pass_complete", None)
        complete = bool(reason == "finished" and pass_complete and pass_complete())
        stats = dict(self.crawler.stats.get_stats())
        run.leave(ClosedSource(self.source, self.writer.path, stats, reason, complete, self.had_before))

    def _recover(self, path: Path) -> None:
        """Merge a killed run's spool, log that run as killed, then delete the spool."""
        merge = merge_spool(self.data_dir, path)
        header = merge.header
        if header.get("run_id") and store.count_rows(
            self.data_dir, "crawl_runs", run_id=header["run_id"], source=self.source
        ) == 0:
            store.upsert(self.data_dir, "crawl_runs", [killed_run_row(header, merge.articles, sum(merge.reasons.values()))])
        logger.warning(
            "%s: recovered %s from a killed crawl: %d new, %d updated articles",
            self.source, path.name, merge.articles.new, merge.articles.updated,
        )
        path.unlink()
        closed_path(path).unlink(missing_ok=True)  # the parent of a multi-process crawl died before its merge
