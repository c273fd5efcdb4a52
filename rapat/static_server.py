"""A small static file server with HTTP Range support, for serving a publish folder locally.

`http.server` ignores Range; a resumable download needs it. Used by the tests and the benchmark,
and usable to host a local mirror of the releases: `python -m rapat.static_server site 8000`.
"""

from __future__ import annotations

import os
import re
import sys
import threading
import urllib.parse
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

_RANGE = re.compile(r"^bytes=(\d+)-(\d*)$")


class RangeHandler(SimpleHTTPRequestHandler):
    """Serve files under `directory` with 200 or 206 (single byte range) and sendfile."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # deps.md: without it keep-alive costs ~44 ms a request

    def log_message(self, format, *args) -> None:  # noqa: A002 - signature of the base class
        """Stay quiet: the server runs inside tests and benchmarks."""

    def do_GET(self) -> None:
        """Send the whole file, or the requested range of it."""
        path = Path(self.translate_path(urllib.parse.urlsplit(self.path).path))
        if not path.is_file():
            self.send_error(404, "not found")
            return
        size = path.stat().st_size
        start, end = self._range(size)
        if start is None:
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        partial = "Range" in self.headers
        self.send_response(206 if partial else 200)
        if partial:
            self.send_header("Content-Range", f"bytes {start}-{end - 1}/{size}")
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Length", str(end - start))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        with path.open("rb") as fh:
            self.send_body(fh, start, end - start)

    def _range(self, size: int) -> tuple[int | None, int]:
        """(start, end) of the answer: the whole file, the requested range, or (None, 0) if unsatisfiable."""
        header = self.headers.get("Range")
        if not header:
            return 0, size
        match = _RANGE.match(header.strip())
        if not match or int(match.group(1)) >= size:
            return None, 0
        end = min(int(match.group(2)) + 1, size) if match.group(2) else size
        return int(match.group(1)), end

    def send_body(self, fh, offset: int, count: int) -> None:
        """Send count bytes of fh from offset (a hook: tests override it to cut connections)."""
        if count:
            self.connection.sendfile(fh, offset, count)


def serve(directory: str | os.PathLike, port: int = 0, handler: type[RangeHandler] = RangeHandler) -> ThreadingHTTPServer:
    """Start serving directory on 127.0.0.1 in a daemon thread; stop with server.shutdown()."""
    class Bound(handler):
        """The handler bound to this directory."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(directory), **kwargs)

    server = ThreadingHTTPServer(("127.0.0.1", port), Bound)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server


def main(argv: list[str] | None = None) -> None:
    """Serve a folder until interrupted: python -m rapat.static_server DIR [PORT]."""
    args = argv if argv is not None else sys.argv[1:]
    server = serve(args[0] if args else ".", int(args[1]) if len(args) > 1 else 8000)
    print(f"serving {args[0] if args else '.'} at http://127.0.0.1:{server.server_address[1]}/", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.shutdown()


if __name__ == "__main__":
    main()
