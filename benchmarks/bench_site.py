"""Benchmark: `rapat site` over a 100,000-article, 30,000-meeting dataset (time, memory, page sizes).

Run: .venv/bin/python -m benchmarks.bench_site [--articles 100000] [--meetings 30000]
The build runs as `rapat site` in a subprocess pinned to one core (taskset), measured with psutil.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.measure import run_measured
from benchmarks.site_tables import make_site_tables

LIMIT_S, PAGE_LIMIT = 60.0, 1_000_000


def _digest(folder: Path) -> str:
    """One sha256 over every file's path and bytes: equal digests mean byte-identical sites."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _one_core(cmd: list[str]) -> list[str]:
    return ["taskset", "-c", "0", *cmd] if shutil.which("taskset") else cmd


def main() -> None:
    """Generate the tables, build the site twice, report time, memory, sizes and byte-identity."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--meetings", type=int, default=30_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        work = Path(tmp)
        start = time.perf_counter()
        make_site_tables(work / "data", articles=args.articles, meetings=args.meetings)
        print(f"tables: {args.articles} articles, {args.meetings} meetings in {time.perf_counter() - start:.1f} s")
        digests = []
        for run in (1, 2):
            shutil.rmtree(work / "site", ignore_errors=True)
            cmd = _one_core([sys.executable, "-m", "rapat", "site", "--data-dir", str(work / "data"), "--out", str(work / "site")])
            took, peak, cpu = run_measured(cmd)
            digests.append(_digest(work / "site"))
            print(f"build {run}: {took:.1f} s wall, {cpu:.1f} CPU s, peak RSS {peak:.0f} MB (one core)"
                  + ("  OK" if took < LIMIT_S else f"  OVER {LIMIT_S:.0f} s"))
        _report_sizes(work / "site")
        print("rebuild byte-identical:", digests[0] == digests[1])


def _report_sizes(site: Path) -> None:
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    data = max((p for p in files if p.suffix != ".html"), key=lambda p: p.stat().st_size)
    over = [p for p in pages if p.stat().st_size > PAGE_LIMIT]
    total = sum(p.stat().st_size for p in files)
    print(f"site: {len(files)} files ({len(pages)} pages), {total / 1e6:.0f} MB; largest page "
          f"{largest.relative_to(site)} {largest.stat().st_size / 1e3:.0f} kB; pages over 1 MB: {len(over)}; "
          f"largest other file {data.relative_to(site)} {data.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
