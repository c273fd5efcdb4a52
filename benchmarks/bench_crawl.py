"""Crawl and rebuild benchmark over the mirror (issue: backbone benchmark).

usage: python -m benchmarks.bench_crawl [--sizes 10000 20000] [--out benchmarks/out]

1. `rapat crawl --mirror` pages/s against a bare Scrapy spider fetching the same URLs at the
   same concurrency, in the same run (target: >= 0.7 of the bare rate).
2. `rapat rebuild` articles/s against trafilatura alone over the same archived article pages,
   both with one worker per core (target: >= 2x).
3. Peak RSS of the crawl process at each size (target: < 400 MB and flat from 10k to 20k).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import threading
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


def bench_size(n: int, out: Path, compare: bool) -> dict:
    """Crawl a mirror of n articles; optionally run the bare spider and the rebuild comparison."""
    data = out / f"crawl-{n}"
    shutil.rmtree(data, ignore_errors=True)
    result: dict = {"articles": n}
    with MirrorServer(MirrorSite(articles=n)) as server:
        # exit code 1 is expected: the mirror's challenge host makes one source fail
        seconds, peak = run_measured([sys.executable, "-m", "rapat.crawl", "--data-dir", str(data),
                                      "--mirror", server.url, "--set", "LOG_LEVEL=WARNING"], ok_codes=(0, 1))
        records = archived(data)
        result.update(crawl_s=seconds, crawl_pages=len(records), crawl_rate=len(records) / seconds, peak_mb=peak)
        if compare:
            urls = out / "urls.txt"
            urls.write_text("\n".join(u for u, _ in records) + "\n")
            conc = str(MIRROR_SETTINGS["CONCURRENT_REQUESTS"])
            bare_s, _ = run_measured([sys.executable, "-m", "benchmarks.bare_spider", server.url, str(urls), conc])
            result.update(bare_s=bare_s, bare_rate=len(records) / bare_s)
    if compare:
        result.update(bench_rebuild(data, records))
    return result


def bench_rebuild(data: Path, records: list[tuple[str, bytes]]) -> dict:
    """Time `rapat rebuild` and trafilatura over the same archived article pages."""
    from crawler.canonical import page_kind

    articles = [r for r in records if page_kind(r[0], "wordpress" if "dinkes" in r[0] else "shared_cms") == "article"]
    # The re-parse alone (pipelines.rebuild); `rapat rebuild` then also rebuilds meetings (see bench_extract).
    rebuild_s, _ = run_measured([sys.executable, "-c", f"from pipelines.rebuild import rebuild; rebuild({str(data)!r})"])
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
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rows = [bench_size(n, args.out, compare=(i == 0)) for i, n in enumerate(args.sizes)]
    first = rows[0]
    print(f"| articles | crawl pages | crawl s | pages/s | peak RSS MB |\n|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['articles']} | {r['crawl_pages']} | {r['crawl_s']:.1f} | {r['crawl_rate']:.0f} | {r['peak_mb']:.0f} |")
    print(f"\nbare spider, same {first['crawl_pages']} URLs: {first['bare_s']:.1f} s, {first['bare_rate']:.0f} pages/s; "
          f"rapat/bare = {first['crawl_rate'] / first['bare_rate']:.2f}")
    print(f"rebuild: {first['article_pages']} article pages in {first['rebuild_s']:.1f} s = {first['rebuild_rate']:.0f}/s "
          f"(re-parse into articles); trafilatura alone: {first['trafilatura_rate']:.0f}/s; "
          f"ratio {first['rebuild_rate'] / first['trafilatura_rate']:.2f}")


if __name__ == "__main__":
    main()
