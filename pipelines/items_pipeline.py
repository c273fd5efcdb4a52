"""The Scrapy item pipeline that persists a crawl: spool each item, merge at close, log the run.

Enable with `ITEM_PIPELINES = {"pipelines.items_pipeline.StorePipeline": 800}`; it reads
RAPAT_DATA_DIR and RAPAT_RUN_ID. Per spider (one per source):

- open: merge spools left by killed runs of this source first (and log those runs), so a
  plain crawl after a kill -9 resumes cleanly with nothing lost;
- each item: one flushed JSON line in `<data_dir>/state/spool/<run_id>-<source>.jsonl`;
- close: upsert the spool into `articles` / `crawl_failures` (counting new, updated,
  unchanged), then on `spider_closed` (when the stats hold finish time, reason and
  complete_pass) write the source's `crawl_runs` row and delete the spool.

Merges run synchronously in the reactor thread, so spiders closing one after another in
one process never interleave; the store's per-table file lock also guards other processes.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path

from scrapy import signals

from pipelines import store
from pipelines.rows import table_of, to_row
from pipelines.runlog import crawl_run_row, killed_run_row
from pipelines.spool import SpoolMerge, SpoolWriter, leftover_spools, merge_spool, spool_path

logger = logging.getLogger(__name__)


class StorePipeline:
    """Spool items during the crawl; merge them into the Parquet tables when the spider closes."""

    def __init__(self, crawler, data_dir: Path, run_id: str):
        self.crawler = crawler
        self.data_dir = data_dir
        self.run_id = run_id
        self.writer: SpoolWriter | None = None
        self.merge: SpoolMerge | None = None
        self.had_before = 0

    @classmethod
    def from_crawler(cls, crawler):
        """Build from RAPAT_DATA_DIR and RAPAT_RUN_ID; listen for spider_closed."""
        settings = crawler.settings
        run_id = settings.get("RAPAT_RUN_ID")
        if not run_id:
            raise ValueError("StorePipeline needs the RAPAT_RUN_ID setting")
        pipeline = cls(crawler, Path(settings.get("RAPAT_DATA_DIR") or "data"), run_id)
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

    def process_item(self, item, spider=None):
        """Append the item to the spool as a row of its table."""
        table = table_of(item)
        self.writer.write(table, to_row(table, item, source=self.source, run_id=self.run_id))
        return item

    def close_spider(self, spider=None) -> None:
        """Merge this run's spool into the tables."""
        self.writer.close()
        self.merge = merge_spool(self.data_dir, self.writer.path)
        logger.info(
            "%s: articles new=%d updated=%d unchanged=%d, failures=%d",
            self.source, self.merge.articles.new, self.merge.articles.updated,
            self.merge.articles.unchanged, sum(self.merge.reasons.values()),
        )

    def spider_closed(self, spider, reason) -> None:
        """Write the crawl_runs row (the stats now hold finish time and reason), drop the spool."""
        if self.merge is None:
            return  # close_spider failed: keep the spool for the next crawl to recover
        stats = self.crawler.stats.get_stats()
        pass_complete = getattr(spider, "pass_complete", None)
        complete = bool(reason == "finished" and pass_complete and pass_complete())
        row = crawl_run_row(
            self.run_id, self.source, stats, self.merge.articles, self.merge.reasons,
            self.had_before, finish_reason=reason, complete_pass=complete,
        )
        store.upsert(self.data_dir, "crawl_runs", [row])
        if row["status"] == "error":
            logger.error("%s: run failed: %s", self.source, row["error"])
        self.writer.path.unlink(missing_ok=True)

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
