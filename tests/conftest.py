"""Shared fixtures: a tiny routable HTTP site, the mirror server, and crawls in subprocesses.

Twisted's reactor cannot restart, so every real crawl runs in its own process
(`python -m rapat.crawl ...`), exactly as a user runs one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable

# (status, headers, body) for a (host, path) request; None means 404.
Route = Callable[[str, str], "tuple[int, dict, bytes] | None"]


@dataclass
class LocalSite:
    """A real HTTP server on 127.0.0.1 that answers through `route(host, path)` and logs hits."""

    route: Route
    hits: list[tuple[str, str]] = field(default_factory=list)
    times: list[float] = field(default_factory=list)  # monotonic time of each hit
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        """Base URL, e.g. http://127.0.0.1:PORT."""
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> "LocalSite":
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else ~44 ms per keep-alive request (deps.md)

            def log_message(self, *args):
                pass

            def do_GET(self):
                host = (self.headers.get("Host") or "").split(":")[0]
                site.hits.append((host, self.path))
                site.times.append(time.monotonic())
                status, headers, body = site.route(host, self.path) or (404, {}, b"not found")
                self.send_response(status)
                headers = {"Content-Type": "text/html; charset=utf-8", **headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass
class CrawlRun:
    """The outcome of one `python -m rapat.crawl` subprocess."""

    returncode: int
    rows: list[dict]
    stderr: str


def crawl_command(data_dir: Path, *args: str) -> list[str]:
    """The argv of a crawl subprocess on data_dir with quiet logging."""
    return [PYTHON, "-m", "rapat.crawl", "--data-dir", str(data_dir), "--set", "LOG_LEVEL=WARNING", *args]


def crawl_env() -> dict:
    """Environment of crawl subprocesses: the repository importable, no inherited data dir."""
    env = {k: v for k, v in os.environ.items() if k != "RAPAT_DATA_DIR"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_crawl_process(data_dir: Path, *args: str, timeout: float = 60) -> CrawlRun:
    """Run one crawl to completion in a subprocess and parse its JSON summary lines."""
    proc = subprocess.run(
        crawl_command(data_dir, *args), cwd=ROOT, env=crawl_env(),
        capture_output=True, text=True, timeout=timeout,
    )
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    return CrawlRun(proc.returncode, rows, proc.stderr)


@pytest.fixture
def local_site():
    """Factory: `with local_site(route) as site:` serves route(host, path) over real HTTP."""
    return lambda route: LocalSite(route)


@pytest.fixture
def mirror():
    """Factory: `with mirror(articles=40) as (site, server):` serves a MirrorSite over real HTTP."""
    from contextlib import contextmanager

    from rapat.mirror import MirrorServer, MirrorSite

    @contextmanager
    def serve(articles: int = 40, seed: int = 1, revision: int = 0, layouts: str = "classic"):
        site = MirrorSite(articles=articles, seed=seed, revision=revision, layouts=layouts)
        with MirrorServer(site, port=0) as server:
            yield site, server

    return serve
