"""Benchmark: release build time, and `rapat download` throughput against curl over loopback.

Run: .venv/bin/python benchmarks/bench_release.py [--articles 20000] [--mib 256]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the realistic table builder

from release_tables import make_tables  # noqa: E402

from rapat import manifest  # noqa: E402
from rapat.download import download  # noqa: E402
from rapat.release import build_release  # noqa: E402
from rapat.static_server import serve  # noqa: E402


def bench_build(work: Path, articles: int) -> None:
    """Time make-tables, a first release, and a second (unchanged) release with its changelog."""
    make_tables(work / "data", n=articles, shuffle=True)
    now = dt.datetime(2026, 11, 27, 18, tzinfo=dt.timezone.utc)
    for label in ("first release", "second release (diff against first)"):
        start = time.perf_counter()
        folder = build_release(work / "data", work / "out", now=now)
        took = time.perf_counter() - start
        size = sum(p.stat().st_size for p in folder.iterdir())
        print(f"{label}: {articles} articles -> {size / 1e6:.1f} MB in {took:.2f} s ({articles / took:,.0f} articles/s)")


def _publish_blob(root: Path, mib: int) -> str:
    """A publish root with one version holding one random file of `mib` MiB."""
    version = "bench"
    (root / version).mkdir(parents=True)
    blob = root / version / "blob.bin"
    with blob.open("wb") as fh:
        for _ in range(mib):
            fh.write(os.urandom(1 << 20))
    manifest.add_to_index(root, {"version": version, "date": "2026-11-28", "files": [manifest.file_entry(blob, root / version)], "rows": {}})
    return version


def bench_download(work: Path, mib: int, repeats: int = 3) -> None:
    """Best-of-N wall time of curl and of download() for the same file from the same server."""
    version = _publish_blob(work / "site", mib)
    server = serve(work / "site")
    url = f"http://127.0.0.1:{server.server_address[1]}"
    curl, ours = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(["curl", "-sSf", "-o", str(work / "curl.bin"), f"{url}/{version}/blob.bin"], check=True)
        curl.append(time.perf_counter() - start)
        shutil.rmtree(work / "dl", ignore_errors=True)
        start = time.perf_counter()
        download(version, base_url=url, to=work / "dl")
        ours.append(time.perf_counter() - start)
    server.shutdown()
    c, o = mib / min(curl), mib / min(ours)
    print(f"download {mib} MiB over loopback: curl {c:,.0f} MiB/s, rapat download {o:,.0f} MiB/s "
          f"(incl. sha256 + atomic install) = {100 * o / c:.0f}% of curl")


def main() -> None:
    """Run both benchmarks in a scratch folder."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--mib", type=int, default=256)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_build(Path(tmp), args.articles)
        bench_download(Path(tmp), args.mib)


if __name__ == "__main__":
    main()
