"""Throughput of the extractor on one core (articles per second).

usage: python benchmarks/bench_extract.py [N]                 N synthetic articles (default 3000), extract() alone
       python benchmarks/bench_extract.py --real N [GOLD...]  N real-length articles from the labelled real-derived
           sets (repeated with distinct ids): extract() alone, then `rapat extract` end to end (read, extract,
           cluster, write) in a fresh process, and where the time goes (cProfile, top functions by own time)
"""

from __future__ import annotations

import cProfile
import io
import json
import pstats
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipelines.extract import extract  # noqa: E402

_LEADS = [
    "Gubernur Lampung Rahmat Mirzani Djausal memimpin Rapat Koordinasi Pengendalian Inflasi bersama bupati/walikota "
    "se-Provinsi Lampung di Gedung Pusiban, Rabu ({d}/{m}).",
    "Sekdaprov Lampung Marindo Kurniawan membuka Focus Group Discussion penyusunan RPJMD secara hibrid di Ruang Rapat "
    "Utama, Kantor Gubernur, Senin ({d}/{m}/2025).",
    "Pemkab Lamsel mengikuti Rakor Inflasi Daerah secara virtual dari Ruang Rapat Setdakab, Selasa {d}/{m}/2024.",
    "Gubernur Lampung menyerahkan bantuan beras kepada warga terdampak banjir di Kelurahan Pengajaran, Kamis ({d}/{m}).",
    "Wakil Gubernur Jihan Nurlela menerima audiensi pengurus KONI Provinsi Lampung di Mahan Agung, Jumat ({d}/{m}).",
]
_BODY = (
    "Rakor membahas harga beras, stok pangan dan distribusi bahan pokok menjelang hari besar keagamaan. "
    "“Kita harus bekerja keras menjaga stabilitas harga,” ujar Gubernur. Hadir Kepala Bappeda Provinsi Lampung "
    "Elvira Umihanni, Kepala Dinas Perindustrian dan Perdagangan Evie Fatmawaty, perwakilan BPS, Bank Indonesia, "
    "dan Forkopimda. Baca Juga: Gubernur Resmikan Jembatan\n#lampung #pemprovlampung\n"
)


def corpus(n: int, seed: int = 7) -> list[dict]:
    """n realistic synthetic records (about 1.5 KB of text each)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lead = rng.choice(_LEADS).format(d=rng.randint(1, 28), m=rng.randint(1, 12))
        text = "BANDAR LAMPUNG - " + lead + "\n\n" + _BODY * rng.randint(1, 3)
        out.append({"id": str(i), "url": f"https://x.lampungprov.go.id/detail-post/{i}", "title": lead[:80],
                    "text": text, "published": f"2025-{rng.randint(1, 12):02d}-15"})
    return out


def main(n: int = 3000) -> float:
    """Extract n records after a warm-up; print and return articles per second."""
    records = corpus(n)
    for r in records[:50]:
        extract(r)  # load gazetteers and compile regexes outside the timing
    start = time.perf_counter()
    for r in records:
        extract(r)
    rate = n / (time.perf_counter() - start)
    print(f"{n} articles, {rate:.0f} articles/s on one core")
    return rate


GOLD = [Path(__file__).resolve().parent.parent / "tests" / "data" / "gold" / name
        for name in ("develop.jsonl", "validate.jsonl")]


def real_corpus(n: int, paths: list[Path]) -> list[dict]:
    """n contract records from labelled real-derived articles, repeated with distinct ids.

    Every repeat marks its title and each of its lines (' #k'), so no sentence is seen twice and no per-sentence
    cache serves a repeat: the rate is that of n different articles, which cluster like cross-posted copies.
    """
    base = [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for i in range(n):
        src, k = base[i % len(base)], i // len(base)
        text = "\n".join(f"{line} #{k}" if k and line.strip() else line for line in src["text"].split("\n"))
        title = f"{src['title']} #{k}" if k and src["title"] else src["title"]
        out.append({"id": f"{i}", "url": src["source_url"], "title": title, "text": text,
                    "published": src["published"]})
    return out


def main_real(n: int, paths: list[Path]) -> None:
    """extract() alone, the contract end to end in a fresh process, and a profile of extract()."""
    records = real_corpus(n, paths)
    chars = sum(len(r["text"]) for r in records) / n
    for r in records[:50]:
        extract(r)
    start, cpu = time.perf_counter(), time.process_time()
    for r in records:
        extract(r)
    print(f"{n} real-derived articles ({chars:.0f} characters on average): extract() "
          f"{n / (time.perf_counter() - start):.0f} articles/s wall, {n / (time.process_time() - cpu):.0f} per CPU second")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        start, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        with open(Path(tmp) / "out.jsonl", "w", encoding="utf-8") as out:
            subprocess.run([sys.executable, "-m", "rapat", "extract", str(src)], check=True, stdout=out)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        child_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        print(f"rapat extract end to end (process start, read, extract, cluster, write): "
              f"{n / (time.perf_counter() - start):.0f} articles/s wall, {n / child_cpu:.0f} per CPU second")
    profile = cProfile.Profile()
    profile.runcall(lambda: [extract(r) for r in records[: min(n, 1000)]])
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(12)
    print("\n".join(out.getvalue().splitlines()[:40]))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--real":
        main_real(int(sys.argv[2]) if len(sys.argv) > 2 else 2000, [Path(p) for p in sys.argv[3:]] or GOLD)
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
