"""The one documented defaults file of the crawl (polite values for the live sites).

Every value says why it is set. `scrapy crawl shared_cms -a source=bappeda` from the
repository root uses these as is; `rapat.crawl.run_crawl` layers MIRROR_SETTINGS on
top when crawling the local mirror, then the caller's own overrides.
"""

from importlib.metadata import PackageNotFoundError, version

from crawler.extensions.state import new_run_id

try:
    __version__ = version("rapat-lampung")
except PackageNotFoundError:  # a bare checkout that was never pip-installed
    __version__ = "dev"

BOT_NAME = "rapat-lampung"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# An honest identity: site admins can see who we are and where to complain.
USER_AGENT = f"rapat-lampung/{__version__} (+https://github.com/rapat-lampung/rapat-lampung)"

# Government sites: obey their robots.txt, always.
ROBOTSTXT_OBEY = True

# Be gentle with small government servers: two connections per host at most, a
# one-second base delay, and AutoThrottle slowing down further when they are slow.
CONCURRENT_REQUESTS = 16  # spread over many hosts; per host the limit below applies
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # +-50%: no machine-regular beat
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 60  # slow hosts exist; a hung one must not stall a run for minutes
# Scrapy starts this many asyncio workers for the output of every callback; ours yields one
# item, or one listing page of links plus its next page. The default 100 spent more CPU on
# creating and cancelling tasks than on the items.
CONCURRENT_ITEMS = 16
# Scrapy reads a generator callback's source (inspect + ast) to warn about `return value`;
# its cache is keyed by the bound method, new on every request, so it re-parsed our spider
# module for every response (~5% of a crawl's CPU). Our callbacks are tested instead.
WARN_ON_GENERATOR_RETURN_VALUE = False

# A news page is tens of kB; a 10 MB answer is a file or an attack, not an article.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024

# Retry server errors and timeouts a few times, with exponential backoff (our
# middleware below: Scrapy 2.19 has no backoff setting of its own).
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RAPAT_RETRY_BACKOFF_BASE = 2.0  # seconds before the 1st retry, doubled each time
RAPAT_RETRY_BACKOFF_MAX = 60.0

# Both are attack surface on a crawl box: the remote-control extension executes
# Python sent to it (on by default in 2.19), telnet gives a shell into the process.
REMOTE_CONTROL_ENABLED = False
TELNETCONSOLE_ENABLED = False

# No cookies: the sites need none, and sessions would make fetches less reproducible.
COOKIES_ENABLED = False

# Mirror routing and the last host guard live in one download handler wrapping Scrapy's.
DOWNLOAD_HANDLERS = {
    "http": "crawler.middlewares.mirror.MirrorDownloadHandler",
    "https": "crawler.middlewares.mirror.MirrorDownloadHandler",
}
RAPAT_HTTP_HANDLER = "scrapy.core.downloader.handlers.http11.HTTP11DownloadHandler"
RAPAT_MIRROR_URL = None  # e.g. "http://127.0.0.1:8000": send registered hosts there

DOWNLOADER_MIDDLEWARES = {
    # Before the download slot: a retried request waits here, not in a slot.
    "crawler.middlewares.backoff.RetryBackoffMiddleware": 560,
    # Its process_response runs before RedirectMiddleware (600) so offsite redirects are recorded.
    "crawler.middlewares.guard.HostGuardMiddleware": 610,
    # Next to the handler: sees raw bodies and every response, retries and robots.txt included.
    "crawler.middlewares.warc.WarcArchiveMiddleware": 950,
}

SPIDER_MIDDLEWARES = {
    # Closest to the spider: any exception a callback raises becomes a parser_error row, not a lost page.
    "crawler.middlewares.failures.ParserErrorMiddleware": 950,
}

EXTENSIONS = {
    "crawler.extensions.runstats.RunStats": 500,
    "crawler.extensions.state.CrawlStateExtension": 510,
}

# Persist items: spooled (flushed per item) during the crawl, merged into the Parquet
# tables at close, crawl_runs written from the stats. Named by path only: the crawler
# does not import pipelines/.
ITEM_PIPELINES = {"pipelines.items_pipeline.StorePipeline": 800}

# Where everything goes: WARC under <dir>/warc, crawl state under <dir>/state.
RAPAT_DATA_DIR = "data"
# One id per process (all crawlers of a run share it); run_crawl passes its own.
RAPAT_RUN_ID = new_run_id()
RAPAT_WARC_MAX_BYTES = 100 * 1024 * 1024  # rotate WARC files at ~100 MB
RAPAT_WARC_ENABLED = True  # without the archive, rows lose provenance and rebuild has nothing to read
RAPAT_WARC_REPAIR = True  # repair *.open files of killed crawls at start (off in child processes: the parent did)
# Hosts are crawled by this many Scrapy processes (hosts split between them), so a crawl can
# use more than one core; 1 runs everything in this process. The live sites' politeness
# limits are per host and stay the same; only a fast mirror makes the CPU the limit.
RAPAT_CRAWL_PROCESSES = 1
RAPAT_DEFER_MERGE = False  # set in child processes: leave the spools for the parent's one merge
RAPAT_STATE_ENABLED = True  # seen-URL state: what makes crawls incremental and resumable
RAPAT_FULL = False  # --full: refetch every article, page every listing to the end
RAPAT_SINCE = None  # --since YYYY-MM-DD: stop paging once listings go older

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

# Applied by run_crawl(mirror=...) only: the mirror is local, politeness would just slow tests.
MIRROR_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "DOWNLOAD_DELAY_JITTER": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "RAPAT_RETRY_BACKOFF_BASE": 0,
    "DOWNLOAD_TIMEOUT": 10,
    "RAPAT_CRAWL_PROCESSES": 2,
}
