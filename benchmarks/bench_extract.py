"""Throughput of pipelines.extract.extract on one core (articles per second).

usage: python benchmarks/bench_extract.py [N]   (N synthetic articles, default 3000)
"""

from __future__ import annotations

import random
import sys
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


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
