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
