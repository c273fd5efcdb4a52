"""Run a command and measure its wall time, peak memory and CPU time (the process and its children)."""

from __future__ import annotations

import resource
import subprocess
import time
from typing import NamedTuple

import psutil


class Measured(NamedTuple):
    """What one command cost."""

    seconds: float
    peak_mb: float  # highest sum of RSS over the process and its children, sampled every 0.1 s
    cpu_s: float  # user + system CPU seconds of the process and every child it waited for


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_measured(cmd: list[str], ok_codes: tuple[int, ...] = (0,)) -> Measured:
    """Run cmd; return its Measured cost; exit with its stderr if it fails."""
    cpu_before = _children_cpu()
    start = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0.0
    while proc.poll() is None:
        try:
            rss = sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)])
            peak = max(peak, rss / 2**20)
        except psutil.Error:
            pass
        time.sleep(0.1)
    elapsed = time.perf_counter() - start
    if proc.returncode not in ok_codes:
        raise SystemExit(f"{cmd} failed: {proc.stderr.read().decode()[-2000:]}")
    return Measured(elapsed, peak, _children_cpu() - cpu_before)
