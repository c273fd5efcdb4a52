"""Benchmark: release build time, and `rapat download` throughput against curl over loopback.

Run: .venv/bin/python -m benchmarks.bench_release [--articles 100000] [--mib 256]
"""

from __future__ import annotations

import argparse
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

from benchmarks.measure import run_measured  # noqa: E402
from rapat import manifest  # noqa: E402
from rapat.download import download  # noqa: E402
from rapat.static_server import serve  # noqa: E402


def bench_build(work: Path, articles: int) -> None:
    """Time and peak memory of `rapat release` (twice: the second diffs against the first)."""
    make_tables(work / "data", n=articles, shuffle=True)
    rapat = [sys.executable, "-m", "rapat"]
    for label, version in (("first release", "2026.11.27"), ("second release (diff against first)", "2026.11.28")):
        took, peak, _ = run_measured([*rapat, "release", "--data-dir", str(work / "data"), "--out", str(work / "out"),
                                   "--publish-dir", str(work / "pub"), "--version", version])
        size = sum(p.stat().st_size for p in (work / "out" / version).iterdir())
        print(f"{label}: {articles} articles -> {size / 1e6:.1f} MB in {took:.2f} s, peak RSS {peak:.0f} MB")


def bench_dataset_download(work: Path) -> None:
    """Time and peak memory of `rapat download latest` of the published dataset, against curl of its files."""
    server = serve(work / "pub")
    url = f"http://127.0.0.1:{server.server_address[1]}"
    index = json.loads((work / "pub" / "releases.json").read_text())
    latest = next(r for r in index["releases"] if r["version"] == index["latest"])
    start = time.perf_counter()
    for entry in latest["files"]:
        subprocess.run(["curl", "-sSf", "-o", str(work / "curl.part"), f"{url}/{latest['version']}/{entry['path']}"], check=True)
    curl_s = time.perf_counter() - start
    took, peak, _ = run_measured([sys.executable, "-m", "rapat", "download", "latest", "--from", url, "--to", str(work / "dl")])
    server.shutdown()
    total = sum(e["bytes"] for e in latest["files"]) / 2**20
    print(f"download of the dataset ({total:.0f} MiB, {len(latest['files'])} files): rapat {took:.2f} s "
          f"(process start, sha256, atomic install included), peak RSS {peak:.0f} MB; curl of the same files {curl_s:.2f} s")


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
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--mib", type=int, default=256)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_build(Path(tmp), args.articles)
        bench_dataset_download(Path(tmp))
        bench_download(Path(tmp), args.mib)


if __name__ == "__main__":
    main()
