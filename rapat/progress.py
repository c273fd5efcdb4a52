"""Progress reporting: a rich bar on a terminal, plain milestone lines when piped."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Callable, Iterator

Report = Callable[[int, int], None]


@contextmanager
def progress(description: str, stream=None) -> Iterator[Report]:
    """Yield a `report(done, total)` callback that draws a bar (TTY) or prints every 10% (pipe)."""
    stream = stream or sys.stderr
    if stream.isatty():
        from rich.progress import Progress

        with Progress(transient=False) as bar:
            task = bar.add_task(description, total=None)

            def report(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total or None)

            yield report
        return
    # rich prints nothing between start and end when piped (deps.md), so log milestones ourselves.
    last = [-1]

    def report(done: int, total: int) -> None:
        step = (done * 10 // total) if total else 0
        if step != last[0] or done == total:
            last[0] = step
            print(f"{description}: {done}/{total}", file=stream, flush=True)

    yield report


@contextmanager
def counter(description: str, every: float = 10.0, stream=None) -> Iterator[Callable[..., None]]:
    """Yield `report(**counts)` for work of unknown size: a live line (TTY) or a line every `every` s (pipe)."""
    import time

    stream = stream or sys.stderr
    text = lambda counts: f"{description}: " + " ".join(f"{k}={v}" for k, v in counts.items())  # noqa: E731
    if stream.isatty():
        from rich.console import Console

        with Console(file=stream).status(description) as status:
            yield lambda **counts: status.update(text(counts))
        return
    last = [time.monotonic()]

    def report(**counts) -> None:
        now = time.monotonic()
        if now - last[0] >= every:
            last[0] = now
            print(text(counts), file=stream, flush=True)

    yield report
