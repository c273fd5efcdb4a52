"""Whole records: one article filling every field, and extract() on an empty record."""

from pipelines.extract import extract
from tests.extract_support import run


def test_coordination_meeting_fills_every_field():
    """A governor-led rakor fills type, date, venue, city, codes, chair, officials, mode, topics, participants."""
    out = run("BANDAR LAMPUNG - Gubernur Lampung Rahmat Mirzani Djausal memimpin Rapat Koordinasi Pengendalian "
              "Inflasi bersama bupati/walikota se-Provinsi Lampung di Gedung Pusiban, Rabu (16/4). Rakor membahas "
              "harga beras dan stok pangan menjelang Idul Fitri. Inflasi Lampung terkendali.",
              title="Gubernur Pimpin Rakor Inflasi")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_koordinasi"
    assert out["meeting_date"] == "2025-04-16" and out["date_text"].startswith("Rabu")
    assert out["venue"].startswith("Gedung Pusiban")
    assert (out["city"], out["kemendagri_code"], out["bps_code"]) == ("Kota Bandar Lampung", "18.71", "1871")
    assert out["chair"]["name"] == "Rahmat Mirzani Djausal"
    assert out["officials"][0]["person_id"] == "rahmat-mirzani-djausal"
    assert out["mode"] == "luring"
    assert {"inflasi", "pangan"} <= set(out["topics"])
    assert any("se-Provinsi Lampung" in p for p in out["participants"])
    assert "memimpin Rapat Koordinasi" in out["evidence"]


def test_extract_is_pure_and_total_on_an_empty_record():
    """extract() is deterministic and never fails, even on a record of Nones."""
    record = {"id": "x", "url": None, "title": None, "text": None, "published": None}
    assert extract(record) == extract(dict(record))
    assert extract(record)["is_meeting"] is False


def test_phrase_trie_matches_like_a_longest_first_alternation():
    """alternation() folds phrases into a trie: the longest phrase still wins and word bounds still hold."""
    from pipelines.extract.gazetteer import alternation
    pattern = alternation(["rapat", "rapat koordinasi", "rapat kerja", "rakor", "rakornas", "kua-ppas"])
    assert [m.group(0) for m in pattern.finditer("Rapat Koordinasi, rakornas, rapat-kerja, rapatan, KUA-PPAS")] == [
        "Rapat Koordinasi", "rakornas", "rapat-kerja", "KUA-PPAS"]


def test_year_of_an_undated_article_is_the_first_written_on_a_tie():
    """'tahun 2018 ... tahun 2023' names both years twice: the first written wins, the same on every run."""
    from pipelines.extract.dates import text_year
    assert text_year("Laporan tahun 2018 dan tahun 2023 dibahas; data 2023 dan 2018.") == 2018
