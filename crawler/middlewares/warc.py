"""Downloader middleware archiving every HTTP response and its request to WARC.

Order ~950 (near the download handler): it sees the raw body before decompression,
every retried or redirected response, error pages and robots.txt. URLs are the real
site's (the mirror handler restores them before this runs). It sets
`request.meta['warc_file']` (relative to the data dir) and `['warc_record_id']` so
items carry their provenance.
"""

from __future__ import annotations

from datetime import datetime, timezone
from http import HTTPStatus
from io import BytesIO
from pathlib import Path

from scrapy import Request, Spider, signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date

from crawler.middlewares.warcfile import RotatingWarcFile, repair_open_files

WARC_SUBDIR = "warc"


class _SharedFiles:
    """One RotatingWarcFile per (warc dir, run id) shared by the crawlers of a process."""

    files: dict[tuple[Path, str], RotatingWarcFile] = {}
    users: dict[tuple[Path, str], int] = {}

    @classmethod
    def acquire(cls, warc_dir: Path, run_id: str, max_bytes: int, info: dict, repair: bool = True) -> RotatingWarcFile:
        """Return the run's shared file, repairing leftovers of killed crawls on first use."""
        key = (warc_dir, run_id)
        if key not in cls.files:
            if repair and warc_dir.is_dir():
                repair_open_files(warc_dir)
            cls.files[key] = RotatingWarcFile(warc_dir, run_id, max_bytes, info)
        cls.users[key] = cls.users.get(key, 0) + 1
        return cls.files[key]

    @classmethod
    def release(cls, warc_dir: Path, run_id: str) -> None:
        """Drop one user; the last one closes and renames the file."""
        key = (warc_dir, run_id)
        cls.users[key] -= 1
        if cls.users[key] == 0:
            cls.files.pop(key).close()
            del cls.users[key]


def _headers(headers) -> list[tuple[str, str]]:
    # The body reaches us de-chunked: keeping "Transfer-Encoding: chunked" would make
    # WARC readers try to de-chunk it again.
    return [
        (k.decode("latin-1"), v.decode("latin-1"))
        for k, values in headers.items()
        if k.lower() != b"transfer-encoding"
        for v in values
    ]


def _status_line(response: Response) -> str:
    try:
        reason = HTTPStatus(response.status).phrase
    except ValueError:
        reason = ""
    return f"{response.status} {reason}".strip()


class WarcArchiveMiddleware:
    """Write a WARC response record and its request record for every HTTP response."""

    def __init__(self, data_dir: Path, run_id: str, max_bytes: int, info: dict | None = None, repair: bool = True):
        self.info = info or {}
        self.repair = repair
        self.warc_dir = (data_dir / WARC_SUBDIR).resolve()
        self.run_id = run_id
        self.max_bytes = max_bytes
        self.files: RotatingWarcFile | None = None

    @classmethod
    def from_crawler(cls, crawler):
        """Build from RAPAT_DATA_DIR, RAPAT_RUN_ID and RAPAT_WARC_MAX_BYTES."""
        settings = crawler.settings
        if not settings.getbool("RAPAT_WARC_ENABLED", True):
            raise NotConfigured("RAPAT_WARC_ENABLED is off")
        run_id = settings.get("RAPAT_RUN_ID")
        if not run_id:
            raise NotConfigured("RAPAT_RUN_ID is not set")
        info = {
            "software": settings.get("USER_AGENT"),
            "run-id": run_id,
            "robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
            "format": "WARC File Format 1.1",
        }
        mw = cls(Path(settings.get("RAPAT_DATA_DIR")), run_id, settings.getint("RAPAT_WARC_MAX_BYTES"), info,
                 repair=settings.getbool("RAPAT_WARC_REPAIR", True))
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    def spider_opened(self, spider: Spider) -> None:
        """Join (or open) the process-wide WARC file of this run."""
        self.files = _SharedFiles.acquire(self.warc_dir, self.run_id, self.max_bytes, self.info, self.repair)

    def spider_closed(self, spider: Spider) -> None:
        """Leave the shared file; the last crawler to close renames it."""
        if self.files is not None:
            _SharedFiles.release(self.warc_dir, self.run_id)
            self.files = None

    def process_response(self, request: Request, response: Response) -> Response:
        """Archive the exchange and note the record's location in request.meta."""
        if "cached" in response.flags or self.files is None:
            return response  # cache replays were archived when first fetched
        fetched_at = datetime.now(timezone.utc)
        record_id = self._write(request, response, fetched_at)
        request.meta["warc_file"] = f"{WARC_SUBDIR}/{self.files.name}"
        request.meta["warc_record_id"] = record_id
        request.meta["warc_date"] = fetched_at  # items take fetched_at from here: rebuild gives the same
        self.files.flushed()
        return response

    def _write(self, request: Request, response: Response, fetched_at: datetime) -> str:
        writer = self.files.writer()
        date = {"WARC-Date": datetime_to_iso_date(fetched_at.replace(tzinfo=None), use_micros=True)}
        body = response.body
        http_headers = StatusAndHeaders(
            _status_line(response), _headers(response.headers), protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            response.url, "response", payload=BytesIO(body), length=len(body),
            http_headers=http_headers, warc_headers_dict=date,
        )
        writer.write_record(record)
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        writer.write_record(self._request_record(writer, request, response.url, {**date, "WARC-Concurrent-To": record_id}))
        return record_id

    @staticmethod
    def _request_record(writer, request: Request, url: str, warc_headers: dict):
        body = request.body or b""
        parts = urlparse_cached(request)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        http_headers = StatusAndHeaders(
            f"{request.method} {path} HTTP/1.1", _headers(request.headers), is_http_request=True
        )
        return writer.create_warc_record(
            url, "request", payload=BytesIO(body), length=len(body),
            http_headers=http_headers, warc_headers_dict=warc_headers,
        )
