"""Furniture stripping on paragraph text: every greeting x dateline x event-date form of the research."""

import pytest

from crawler.parsing.text import clean_paragraphs, content_hash

GREETINGS = ["", "Tabik Puunn...", "Tabik Puun...", "Tabik pun..", "Selamat Pagi, Kham Seunyinni, Tabik Pun"]
DATELINES = [
    ("Bandar Lampung--", "Bandar Lampung"),
    ("Bandar Lampung \u2013 ", "Bandar Lampung"),
    ("Bandar Lampung - ", "Bandar Lampung"),
    ("BANDARLAMPUNG -----", "Bandarlampung"),
    ("Bandarlampung\u2014", "Bandarlampung"),
    ("Bandar Lampung (ANTARA) - ", "Bandar Lampung"),
    ("Kota Agung \u2013 ", "Kota Agung"),
]
DATES = ["Rabu (21/05/2025)", "Kamis (30/5/2024)", "Selasa, (15/7/2025)", "(16/04/2025)", "Kamis (15/02/2018)",
         "Rabu (15/09/21)", "Senin, 13 Oktober 2025"]
REST = ["Kegiatan ini dihadiri seluruh kepala OPD.", "#lampung #pemprovlampung #RakyatLampungBerjaya"]


@pytest.mark.parametrize("greeting", GREETINGS)
@pytest.mark.parametrize("dateline, place", DATELINES)
@pytest.mark.parametrize("when", DATES)
@pytest.mark.parametrize("inline", [True, False])
def test_greeting_dateline_and_event_date(greeting, dateline, place, when, inline):
    lead = f"Gubernur Lampung memimpin rapat koordinasi di Gedung Pusiban, {when}."
    first = f"{dateline}{lead}"
    paragraphs = ([f"{greeting} {first}".strip()] if inline else [p for p in (greeting, first) if p]) + REST
    cleaned = clean_paragraphs(paragraphs, title="Judul")
    assert cleaned.dateline == place
    assert cleaned.paragraphs == [lead, REST[0]]
    assert when in cleaned.paragraphs[0]  # the event date is never dropped
    assert content_hash(cleaned.body_text) == content_hash(f"{lead}\n\n{REST[0]}")


def test_no_dateline_is_flagged_and_text_kept():
    cleaned = clean_paragraphs(["Gubernur Lampung - bersama Forkopimda - memimpin apel pagi, Senin (2/1/2023)."])
    assert cleaned.dateline is None and "no_dateline" in cleaned.flags
    assert cleaned.paragraphs[0].startswith("Gubernur Lampung - bersama")


def test_handles_trailing_hashtags_share_and_photo_credits():
    cleaned = clean_paragraphs([
        "Bandar Lampung--Isi pertama (16/04/2025).",
        "FOTO DOK. BIRO ADPIM",
        "Bagikan: Facebook Twitter",
        "Isi kedua berakhir di sini. #lampung #pemprovlampung",
        "@pemprovlampung_ @pemprov.lampung @arinal_djunaidi @mbak_nunik",
    ])
    assert cleaned.paragraphs == ["Isi pertama (16/04/2025).", "Isi kedua berakhir di sini."]


def test_hash_ignores_case_punctuation_and_spacing_but_not_words():
    assert content_hash("Rapat  Koordinasi, Rabu (16/04/2025).") == content_hash("RAPAT KOORDINASI Rabu 16 04 2025")
    assert content_hash("Rapat koordinasi inflasi") != content_hash("Rapat koordinasi stunting")


def test_blocks_split_on_double_br_only():
    from lxml import html

    from crawler.parsing.text import blocks

    div = html.fromstring("<div>Baris satu<br>\nbaris dua.<br><br>\nParagraf <b>kedua</b>.<br> <br>Ketiga"
                          "<script>var x=1;</script></div>")
    assert blocks(div) == ["Baris satu baris dua.", "Paragraf kedua.", "Ketiga"]
    nested = html.fromstring("<div><p>Satu&nbsp; <span>dua</span></p><div><p>Tiga</p></div>Ekor</div>")
    assert blocks(nested) == ["Satu dua", "Tiga", "Ekor"]
