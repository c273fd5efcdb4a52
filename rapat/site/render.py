"""Templates (Jinja2, autoescaped) and the writer that records every file of the site."""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from rapat.feeds import links

JAKARTA = ZoneInfo("Asia/Jakarta")


def script_json(value) -> Markup:
    """JSON safe inside <script>: '<', '>' and '&' escaped, so no string can close the block."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@functools.lru_cache(maxsize=4096)
def bi(indonesian: str, english: str) -> Markup:
    """A label in Bahasa Indonesia with its English alongside (a cached function: macros are slow)."""
    return Markup(f'<span lang="id">{escape(indonesian)}</span> <span class="en" lang="en">{escape(english)}</span>')


def _date(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, dt.datetime):  # crawl times are stored in UTC; the sites speak WIB
        return value.astimezone(JAKARTA).strftime("%Y-%m-%d %H:%M WIB")
    return value.isoformat()


def http_url(value: str | None) -> str:
    """The URL if it is http(s), else '#': a scraped link can never run script (javascript:, data:)."""
    return links.web_url(value) or "#"


def _bytes(n: int) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def environment() -> Environment:
    """The site's template environment: autoescape on everywhere, undefined names are errors."""
    env = Environment(
        loader=PackageLoader("rapat.site", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(script_json=script_json, date=_date, bytes=_bytes, http_url=http_url)
    env.globals.update(bi=bi, meeting_path=links.meeting_path, official_path=links.official_path,
                       official_feed_path=links.official_feed_path)
    return env


class Writer:
    """Writes files under the site root and remembers each, with its size."""

    def __init__(self, root: Path):
        self.root = root
        self.sizes: dict[str, int] = {}

    def write(self, path: str, data: str | bytes) -> None:
        """Write one file (relative path, POSIX separators)."""
        payload = data.encode("utf-8") if isinstance(data, str) else data
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(payload)
        self.sizes[path] = len(payload)
