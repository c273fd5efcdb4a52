"""Shared pieces of the meetings/contract tests: realistic article texts and the extractor."""

from __future__ import annotations

RAKOR = (
    "Tabik Puunn...\n\n"
    "Bandar Lampung--Gubernur Lampung Rahmat Mirzani Djausal memimpin Rapat Koordinasi "
    "Pengendalian Inflasi Daerah bersama bupati dan wali kota se-Provinsi Lampung di Ruang Rapat "
    "Sakai Sambayan, Kantor Gubernur, Rabu (16/04/2025). Rakor membahas stok beras, harga cabai "
    "merah dan bawang putih menjelang Idul Adha.\n\n"
    "Kepala Dinas Perindustrian dan Perdagangan Elvira Umihanni melaporkan harga beras medium "
    "stabil. Gubernur meminta Satgas Pangan memantau distributor dan gudang Bulog agar pasokan "
    "tidak tersendat hingga akhir Mei.\n\n#lampung #pemprovlampung"
)
RAKOR_REPOST = RAKOR.replace("Tabik Puunn...", "Kham Seunyinni").replace("#lampung #pemprovlampung", "@pemprovlampung_")
LOMBA = (
    "Metro--Ribuan pelajar mengikuti lomba lari 10K memperingati Hari Jadi Provinsi Lampung di "
    "Stadion Tejosari, Minggu (20/04/2025). Para juara menerima medali dan uang pembinaan dari "
    "Kepala Dinas Pemuda dan Olahraga."
)
PARIPURNA = (
    "Bandar Lampung--DPRD Provinsi Lampung menggelar Rapat Paripurna penyampaian pendapat akhir "
    "fraksi atas Raperda APBD 2025 di Ruang Sidang DPRD Provinsi Lampung, Senin (25/11/2024). "
    "Rapat dipimpin Ketua DPRD Ahmad Giri Akbar dan dihadiri Pj Gubernur Samsudin."
)


def extractor():
    """The project's extract(record) function (the one `rapat extract` and build_meetings use)."""
    from pipelines.extract import extract

    return extract
