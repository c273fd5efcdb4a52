"""The spider shared by every CMS family: listings -> articles -> items, loudly failing.

One instance per registered host (`-a source=KEY`). Listing routes are paged
serially (the next page is requested from the previous one's callback). What a page
means is decided by crawler.parsing (pure functions); this module only crawls.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest, ResponseDataLossError
from scrapy.spidermiddlewares.httperror import HttpError

from crawler.canonical import canonicalize
from crawler.extensions.runstats import stat_key
from crawler.extensions.state import CrawlState
from crawler.items import ArticleItem, FailureItem
from crawler.middlewares.guard import OffsiteRedirect, OffsiteRequest
from crawler.parsing import PageRejected, parse_article, parse_listing
from crawler.parsing.checks import is_challenge
from crawler.parsing.pagination import page_number
from crawler.sources import Source, get_source, load_sources

LISTING, ARTICLE = "listing", "article"


def canonicalize_listing(url: str) -> str:
    """The canonical form of a listing URL, or the URL itself when it has none."""
    try:
        return canonicalize(url)
    except ValueError:
        return url


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _day(value) -> date | None:
    """Return the calendar day of a date, datetime or ISO string (None if unknown)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _parse_network_error(exc: BaseException) -> tuple[str, str]:
    """Map a download exception to a crawl_failures (reason, detail)."""
    if isinstance(exc, (OffsiteRedirect, OffsiteRequest)):
        return "offsite", str(exc)
    if isinstance(exc, DownloadCancelledError):  # the handler cancels past DOWNLOAD_MAXSIZE
        return "too_large", f"download cancelled, over DOWNLOAD_MAXSIZE: {exc}".rstrip(": ")
    if isinstance(exc, ResponseDataLossError):
        return "truncated", f"connection closed before the announced length: {exc}"
    if isinstance(exc, IgnoreRequest) and "redirection" in str(exc):  # RedirectMiddleware's REDIRECT_MAX_TIMES
        return "redirect_loop", f"{exc} (REDIRECT_MAX_TIMES)"
    return "network_error", f"{type(exc).__name__}: {exc}".rstrip(": ")


class SourceSpider(scrapy.Spider):
    """Crawl one registered host: page its listings, fetch unknown articles, yield items."""

    family: str = ""

    def __init__(self, source: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.source = self._parse_source(source)
        self.source_key = self.source.key
        self.allowed_domains = [self.source.host]
        self._routes_done: set[str] = set()
        self._routes_failed: set[str] = set()
        self._routes_past_since: set[str] = set()
        self._advertised: dict[str, int] = {}  # route -> highest page number its pages linked to
        self._listing_seen: set[str] = set()  # listing pages requested: a next link back to one is a loop

    def _parse_source(self, source: str | None) -> Source:
        valid = [s.key for s in load_sources() if s.family == self.family]
        if not source:
            raise ValueError(f"spider {self.name!r} needs -a source=KEY; valid keys: {', '.join(valid)}")
        found = get_source(source)
        if found.family != self.family:
            raise ValueError(
                f"source {found.key!r} is a {found.family!r} site, not {self.family!r};"
                f" valid keys for {self.name}: {', '.join(valid)}"
            )
        return found

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        """Build the spider and its crawl state from the RAPAT_* settings."""
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.run_id = settings.get("RAPAT_RUN_ID")
        spider.full = settings.getbool("RAPAT_FULL")
        spider.since = _day(settings.get("RAPAT_SINCE"))
        spider.state = CrawlState(settings.get("RAPAT_DATA_DIR"), spider.source_key)
        spider.had_complete_pass = spider.state.has_complete_pass
        return spider

    @property
    def mode(self) -> str:
        """The crawl_runs.mode of this run for this source."""
        if self.full:
            return "full"
        if self.since:
            return "since"
        if self.had_complete_pass:
            return "incremental"
        return "resume" if self.state.known else "full"

    def run_facts(self) -> dict:
        """What this run starts from, recorded in the stats at spider_opened."""
        return {
            "mode": self.mode,
            "had_complete_pass": int(self.had_complete_pass),
            "stored_before": len(self.state.known),
        }

    def count(self, name: str, n: int = 1) -> None:
        """Increment one per-source counter (names: crawler/extensions/runstats.py)."""
        self.crawler.stats.inc_value(stat_key(self.source_key, name), n)

    def pass_complete(self) -> bool:
        """True when every listing route reached its last page without a listing error."""
        return not self._routes_failed and self._routes_done >= set(self.source.listings)

    # -- requests -------------------------------------------------------------

    async def start(self):
        """Request the first page of every listing route, then the articles that failed last time."""
        for route in self.source.listings:
            yield self._listing_request(self.source.base_url + route, route)
        if self.had_complete_pass and not self.full:  # paging stops early: they may not be listed again
            for url in self.state.retry_urls():
                self.count("articles_retried")
                yield self._article_request(url, None)

    def _listing_request(self, url: str, route: str) -> scrapy.Request:
        self._listing_seen.add(canonicalize_listing(url))
        return scrapy.Request(
            url, callback=self.parse_listing_page, errback=self.on_error,
            meta={"kind": LISTING, "route": route}, priority=10,
        )

    def _article_request(self, url: str, route: str) -> scrapy.Request:
        return scrapy.Request(
            url, callback=self.parse_article_page, errback=self.on_error,
            meta={"kind": ARTICLE, "route": route},
        )

    # -- listings -------------------------------------------------------------

    def parse_listing_page(self, response):
        """Yield requests for the unknown articles of a listing page, then its next page."""
        route = response.meta["route"]
        if route in self._routes_past_since:
            return  # an article already showed this route went past --since
        self.count("listing_pages")
        try:
            listing = parse_listing(
                response.url, response.body, family=self.family, status=response.status,
                content_type=self._parse_content_type(response), headers=response.headers,
            )
        except PageRejected as exc:
            yield from self._listing_failed(response.url, route, exc.reason, exc.detail, response)
            return
        # Any other exception is a parser bug: ParserErrorMiddleware makes it a parser_error row.
        known_seen = any_old = False
        self.count("articles_seen", len(listing.article_urls))
        self._note_advertised(route, listing.last_page)
        unreachable = self._parse_unreachable(listing)
        if unreachable:
            yield self._pagination_lost(response, route, unreachable)
        for url, day in zip(listing.article_urls, self._parse_dates(listing)):
            if self._is_before_since(day):
                any_old = True  # listings run newest first: later pages are older still
                continue
            if self._is_known(url):
                known_seen = True
                continue
            if self._is_followable(url):
                yield self._article_request(url, route)
        yield from self._next_listing(listing, route, response, stop=self._parse_stop(known_seen, any_old))

    def _parse_dates(self, listing) -> list:
        dates = list(listing.dates or [])
        if len(dates) != len(listing.article_urls):
            return [None] * len(listing.article_urls)  # not per-link dates: judge by articles
        return [_day(d) for d in dates]

    def _parse_stop(self, known_seen: bool, any_old: bool) -> bool:
        if self.since:
            return any_old  # --since bounds paging, with or without --full
        return known_seen and self.had_complete_pass and not self.full

    def _is_before_since(self, day: date | None) -> bool:
        return bool(self.since and day and day < self.since)

    def _is_known(self, url: str) -> bool:
        if self.full:
            return False
        if self.state.is_known(canonicalize(url)):
            self.count("articles_known")
            return True
        return False

    def _is_followable(self, url: str) -> bool:
        # Offsite links would be dropped silently by the host guard; _parse_unreachable reports them.
        return (urlsplit(url).hostname or "").lower() == self.source.host

    def _parse_unreachable(self, listing) -> str | None:
        """Why the article links of a listing page cannot be followed (None when some can)."""
        if listing.article_urls and not any(self._is_followable(u) for u in listing.article_urls):
            return f"all {len(listing.article_urls)} article links lead off {self.source.host}"
        if not listing.article_urls and listing.unfollowed:
            return f"{listing.unfollowed} listed items link to no article route of the {self.family} parser"
        return None

    def _note_advertised(self, route: str, last_page: int | None) -> None:
        if last_page:
            self._advertised[route] = max(self._advertised.get(route, 0), last_page)

    def _next_listing(self, listing, route: str, response, stop: bool):
        if stop:  # an incremental or --since early stop is by design, not a partial listing
            return
        if listing.next_url and canonicalize_listing(listing.next_url) not in self._listing_seen:
            yield self._listing_request(listing.next_url, route)
            return
        lost = self._parse_partial(listing, route, response.url)
        if lost:
            yield self._pagination_lost(response, route, lost)
        else:
            self._routes_done.add(route)

    def _parse_partial(self, listing, route: str, url: str) -> str | None:
        """Why a route's paging ended before the listing's end (None when it reached it)."""
        here, advertised = page_number(url), self._advertised.get(route, 0)
        if listing.next_url:
            return f"next page {listing.next_url} was already read: the pagination loops"
        if listing.next_blocked:
            return f"stopped at page {here}: {listing.next_blocked}"
        if advertised > here:  # also an empty page inside the advertised range: the rest went missing
            return f"stopped at page {here}, the listing advertises page {advertised}"
        return None

    def _pagination_lost(self, response, route: str, detail: str) -> FailureItem:
        self.count("listings_partial")
        self._routes_failed.add(route)
        self.logger.error("%s: listing read only in part: %s %s", self.source_key, response.url, detail)
        return self._failure(response.url, "pagination_lost", detail, response)

    def _listing_failed(self, url, route, reason, detail, response=None, meta=None):
        self.count("listing_errors")
        self._routes_failed.add(route)
        self.logger.error("%s: listing failed (%s): %s %s", self.source_key, reason, url, detail)
        yield self._failure(url, reason, detail, response, meta)

    # -- articles -------------------------------------------------------------

    def parse_article_page(self, response):
        """Yield an ArticleItem, or a FailureItem saying why the page is not an article."""
        try:
            fields = parse_article(
                response.url, response.body, family=self.family, status=response.status,
                content_type=self._parse_content_type(response), headers=response.headers,
            )
        except PageRejected as exc:
            yield self._article_failed(response.url, exc.reason, exc.detail, response)
            return
        self._note_article_date(fields.get("published_at"), response.meta.get("route"))
        self.count("articles_scraped")
        yield ArticleItem(**fields, **self._provenance(response))

    @staticmethod
    def _parse_content_type(response) -> str | None:
        value = response.headers.get(b"Content-Type")
        return value.decode("latin-1") if value else None

    def _note_article_date(self, published, route: str | None) -> None:
        # Listings without dates: an article older than --since ends its route's paging.
        if route and self._is_before_since(_day(published)):
            self._routes_past_since.add(route)

    def _provenance(self, response) -> dict:
        return {
            "source": self.source_key,
            "run_id": self.run_id,
            "fetched_at": response.meta.get("warc_date") or _utcnow(),
            "http_status": response.status,
            "warc_file": response.meta.get("warc_file"),
            "warc_record_id": response.meta.get("warc_record_id"),
        }

    def _article_failed(self, url, reason, detail, response=None, meta=None) -> FailureItem:
        self.count("articles_failed")
        self.logger.warning("%s: article failed (%s): %s %s", self.source_key, reason, url, detail)
        return self._failure(url, reason, detail, response, meta)

    # -- failures -------------------------------------------------------------

    def on_parser_error(self, response, exc: BaseException):
        """Failure items for a response whose handling raised (ParserErrorMiddleware calls this)."""
        detail = f"{type(exc).__name__}: {exc}"[:1000]
        if response.meta.get("kind") == LISTING:
            yield from self._listing_failed(response.url, response.meta["route"], "parser_error", detail, response)
        else:
            yield self._article_failed(response.url, "parser_error", detail, response)

    def on_error(self, failure):
        """Errback: HTTP errors after retries, network errors, offsite redirects."""
        request = failure.request
        response = getattr(failure.value, "response", None)
        if failure.check(IgnoreRequest) and not failure.check(HttpError, OffsiteRedirect, OffsiteRequest) \
                and "robots.txt" in str(failure.value):
            # Policy, not breakage (robots.txt forbids it): counted, not a failure row.
            self.count("requests_ignored")
            self.logger.info("skipped %s: %s", request.url, failure.value)
            return
        if failure.check(HttpError):
            reason, detail = self._parse_http_error(response)
        else:
            reason, detail = _parse_network_error(failure.value)
        # request.meta carries the WARC location even when no response object came back; after
        # redirects the row names the URL the spider asked for, not the last hop.
        url = (request.meta.get("redirect_urls") or [request.url])[0]
        if request.meta.get("kind") == LISTING:
            yield from self._listing_failed(url, request.meta["route"], reason, detail, response, request.meta)
        else:
            yield self._article_failed(url, reason, detail, response, request.meta)

    @staticmethod
    def _parse_http_error(response) -> tuple[str, str]:
        # Bot protection often answers 403/503: that is a challenge, not a plain HTTP error.
        head = response.body[:4096].decode("utf-8", "replace")
        if is_challenge(head, response.status, response.headers):
            return "challenge", f"bot-protection interstitial (HTTP {response.status})"
        retried = response.meta.get("retry_times") if response.request else None
        return "http_error", f"HTTP {response.status}" + (f" after {retried} retries" if retried else "")

    def _failure(self, url, reason, detail, response=None, meta=None) -> FailureItem:
        self.count("failures")
        if meta is None:
            meta = response.meta if response is not None and response.request else {}
        return FailureItem(
            run_id=self.run_id, source=self.source_key, url=url, reason=reason,
            detail=detail, http_status=response.status if response is not None else None,
            failed_at=meta.get("warc_date") or _utcnow(), warc_file=meta.get("warc_file"),
            warc_record_id=meta.get("warc_record_id"),
        )
