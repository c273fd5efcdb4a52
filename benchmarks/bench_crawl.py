"""Crawl and rebuild benchmark over the mirror (issue: backbone benchmark).

usage: python -m benchmarks.bench_crawl [--sizes 10000 20000] [--repeat 3] [--out benchmarks/out]

1. `python -m rapat.crawl --mirror` (the crawl of `rapat crawl`, without the meetings build
   that `rapat crawl` runs afterwards: see bench_extract) pages/s against a bare Scrapy spider
   fetching the same URLs from the same mirror, in the same run: the two alternate `--repeat`
   times on the first size and the medians are compared, since two runs on this machine differ
   by 10-20% (target: >= 0.7 of the bare rate).
2. `rapat rebuild` articles/s against trafilatura alone over the same archived article pages,
   both with one worker per core (target: >= 2x).
3. Peak RSS of the crawl (the process and its children) at each size (target: < 400 MB and flat).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from benchmarks.measure import run_measured
from crawler.settings import MIRROR_SETTINGS
from rapat.mirror import MirrorServer, MirrorSite


def archived(data_dir: Path) -> list[tuple[str, bytes]]:
    """(url, payload) of every response record in the data dir's WARC files."""
    out = []
    for path in sorted((data_dir / "warc").glob("*.warc.gz")):
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle):
                if record.rec_type == "response":
                    out.append((record.rec_headers.get_header("WARC-Target-URI"), record.content_stream().read()))
    return out


def _trafilatura(item: tuple[str, bytes]) -> bool:
    import trafilatura

    return trafilatura.extract(item[1].decode("utf-8", "replace"), url=item[0], with_metadata=True) is not None


def bench_size(n: int, out: Path, compare: bool, repeat: int = 1) -> dict:
    """Crawl a mirror of n articles; optionally alternate with the bare spider and compare rebuilds."""
    data = out / f"crawl-{n}"
    result: dict = {"articles": n}
    crawls, bares = [], []
    with MirrorServer(MirrorSite(articles=n)) as server:
        for _ in range(repeat if compare else 1):
            shutil.rmtree(data, ignore_errors=True)
            # exit code 1 is expected: the mirror's challenge host makes one source fail
            crawls.append(run_measured([sys.executable, "-m", "rapat.crawl", "--data-dir", str(data),
                                        "--mirror", server.url, "--set", "LOG_LEVEL=ERROR"], ok_codes=(0, 1)))
            if compare:
                records = archived(data)
                urls = out / "urls.txt"
                urls.write_text("\n".join(u for u, _ in records) + "\n")
                conc = str(MIRROR_SETTINGS["CONCURRENT_REQUESTS"])
                bares.append(run_measured([sys.executable, "-m", "benchmarks.bare_spider", server.url, str(urls), conc]))
        records = archived(data)
    crawl = _median(crawls)
    result.update(crawl_s=crawl.seconds, crawl_pages=len(records), crawl_rate=len(records) / crawl.seconds,
                  peak_mb=max(m.peak_mb for m in crawls), crawl_cpu=crawl.cpu_s, runs=[m.seconds for m in crawls])
    if compare:
        bare = _median(bares)
        result.update(bare_s=bare.seconds, bare_rate=len(records) / bare.seconds, bare_cpu=bare.cpu_s,
                      bare_runs=[m.seconds for m in bares])
        result.update(bench_rebuild(data, records))
    return result


def _median(runs: list):
    """The run with the median wall time."""
    return sorted(runs, key=lambda m: m.seconds)[len(runs) // 2]


def bench_rebuild(data: Path, records: list[tuple[str, bytes]]) -> dict:
    """Time `rapat rebuild` and trafilatura over the same archived article pages."""
    from crawler.canonical import page_kind

    articles = [r for r in records if page_kind(r[0], "wordpress" if "dinkes" in r[0] else "shared_cms") == "article"]
    # The re-parse alone (pipelines.rebuild); `rapat rebuild` then also rebuilds meetings (see bench_extract).
    rebuild_s = run_measured([sys.executable, "-c", f"from pipelines.rebuild import rebuild; rebuild({str(data)!r})"]).seconds
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        list(pool.map(_trafilatura, articles, chunksize=64))
    traf_s = time.perf_counter() - start
    return {"article_pages": len(articles), "rebuild_s": rebuild_s, "rebuild_rate": len(articles) / rebuild_s,
            "trafilatura_s": traf_s, "trafilatura_rate": len(articles) / traf_s}


def main() -> None:
    """Run the benchmark and print a Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 20000])
    parser.add_argument("--repeat", type=int, default=3, help="alternate crawl and bare spider this often (first size)")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rows = [bench_size(n, args.out, compare=(i == 0), repeat=args.repeat) for i, n in enumerate(args.sizes)]
    first = rows[0]
    print("| articles | crawl pages | crawl s (median) | pages/s | CPU s | peak RSS MB |\n|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['articles']} | {r['crawl_pages']} | {r['crawl_s']:.1f} | {r['crawl_rate']:.0f} | "
              f"{r['crawl_cpu']:.1f} | {r['peak_mb']:.0f} |")
    runs = lambda key: ", ".join(f"{s:.1f}" for s in first[key])  # noqa: E731
    print(f"\ncrawl runs: {runs('runs')} s; bare spider runs, same {first['crawl_pages']} URLs: {runs('bare_runs')} s")
    print(f"bare spider median {first['bare_s']:.1f} s = {first['bare_rate']:.0f} pages/s, CPU {first['bare_cpu']:.1f} s; "
          f"rapat/bare pages/s = {first['crawl_rate'] / first['bare_rate']:.2f}; "
          f"CPU per page bare/rapat = {first['bare_cpu'] / first['crawl_cpu']:.2f}")
    print(f"rebuild: {first['article_pages']} article pages in {first['rebuild_s']:.1f} s = {first['rebuild_rate']:.0f}/s "
          f"(re-parse into articles); trafilatura alone: {first['trafilatura_rate']:.0f}/s; "
          f"ratio {first['rebuild_rate'] / first['trafilatura_rate']:.2f}")


if __name__ == "__main__":
    main()
