"""Split a crawl's hosts between several Scrapy processes and wait for them.

One Twisted reactor uses one core. A crawl of many hosts can use more: the parent crawls
one group of hosts itself and gives each other group to a child process
(`python -m rapat.crawl --child ...`); every host keeps its own politeness limits. All of
them archive, spool and keep crawl state as a one-process crawl does, but leave their
spools (RAPAT_DEFER_MERGE) to the parent, which merges them once when all have ended.
The parent holds the data dir's lock and passes it on, so no other crawl starts while a
child lives; children die with the parent (kill -9 too) and the next crawl recovers what
they spooled.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from crawler.extensions.state import STATE_SUBDIR
from crawler.sources import Source

PROGRESS_PREFIX = "progress "
PROGRESS_EVERY = 0.25  # seconds between a child's progress lines


def split_sources(sources: list[Source], processes: int, data_dir: Path) -> list[list[Source]]:
    """Deal the sources into at most `processes` groups, biggest first onto the lightest group.

    A source's weight is the size of its stored-URL list (what it held after earlier crawls);
    on a first crawl every weight is 0 and the registry order deals them round-robin.
    """
    groups: list[list[Source]] = [[] for _ in range(max(1, min(processes, len(sources))))]
    loads = [0] * len(groups)
    weighted = sorted(enumerate(sources), key=lambda pair: (-_weight(data_dir, pair[1]), pair[0]))
    for _, source in weighted:
        lightest = min(range(len(groups)), key=lambda g: (loads[g], len(groups[g])))
        groups[lightest].append(source)
        loads[lightest] += _weight(data_dir, source)
    return [g for g in groups if g]


def _weight(data_dir: Path, source: Source) -> int:
    path = Path(data_dir) / STATE_SUBDIR / source.key / "stored.txt"
    return path.stat().st_size if path.exists() else 0


def die_with_parent(parent: int) -> None:
    """In a child: get SIGKILL when the parent dies (Linux), and leave now if it already has.

    Called by the child itself, not between fork and exec (the parent may have threads).
    Elsewhere the lock the child inherited still keeps other crawls out until it ends.
    """
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (AttributeError, OSError):
        pass
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)


def _child_env() -> dict:
    """This environment, with the folder that holds this package first on the import path."""
    here = str(Path(__file__).resolve().parent.parent)
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": here + (os.pathsep + path if path else "")}


class Children:
    """The child crawl processes of one run, their summed progress, and signal forwarding."""

    def __init__(self, commands: list[list[str]], keep_fd: int, progress=None):
        self.progress = progress
        self.counts = [dict(pages=0, articles=0, failures=0) for _ in range(len(commands) + 1)]  # [-1]: the parent
        self._interrupted = False
        self._lock = threading.Lock()
        self.procs = [
            subprocess.Popen([*cmd, "--parent", str(os.getpid())], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL,
                             pass_fds=(keep_fd,), env=_child_env(), start_new_session=True)
            for cmd in commands
        ]
        self.readers = [threading.Thread(target=self._read, args=(i,), daemon=True) for i in range(len(commands))]
        for reader in self.readers:
            reader.start()

    def _read(self, index: int) -> None:
        for line in self.procs[index].stdout:
            text = line.decode("utf-8", "replace")
            if not text.startswith(PROGRESS_PREFIX):
                sys.stdout.write(text)
                continue
            self._update(index, json.loads(text[len(PROGRESS_PREFIX):]))

    def _update(self, index: int, counts: dict) -> None:
        with self._lock:
            self.counts[index] = counts
            if self.progress:
                self.progress(**{k: sum(c.get(k, 0) for c in self.counts) for k in counts})

    def report_own(self, **counts) -> None:
        """Progress of the parent's own crawl, added to the children's."""
        self._update(-1, counts)

    def interrupt(self) -> None:
        """Ask every running child to stop cleanly (once; Scrapy takes a second signal as 'kill')."""
        if not self._interrupted:
            self._interrupted = True
            for proc in self.procs:
                if proc.poll() is None:
                    proc.send_signal(signal.SIGINT)

    def wait(self) -> list[int]:
        """Wait for every child, passing SIGINT/SIGTERM on to them; return their exit codes."""
        forward = lambda signum, _frame: [p.send_signal(signum) for p in self.procs if p.poll() is None]  # noqa: E731
        previous = {s: signal.signal(s, forward) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            while any(p.poll() is None for p in self.procs):
                time.sleep(0.05)
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        for reader in self.readers:
            reader.join()
        return [p.returncode for p in self.procs]


class ProgressLines:
    """A child's progress callback: one `progress {json}` line on stdout at most every PROGRESS_EVERY."""

    def __init__(self):
        self._last = 0.0
        self.counts: dict = {}

    def __call__(self, **counts) -> None:
        self.counts = counts
        now = time.monotonic()
        if now - self._last >= PROGRESS_EVERY:
            self._last = now
            self.flush()

    def flush(self) -> None:
        """Write the latest counts."""
        if self.counts:
            print(PROGRESS_PREFIX + json.dumps(self.counts), flush=True)
