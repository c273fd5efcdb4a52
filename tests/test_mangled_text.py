"""Text a site served mangled (entities left escaped, UTF-8 read as Windows-1252) is mended before anything reads it."""

from pipelines.cluster import normalize_for_shingles
from pipelines.extract.text import normalize, repaired
from tests.extract_support import run

LEAD = ("BANDAR LAMPUNG – Wakil Gubernur Lampung Jihan Nurlela memimpin Rapat Koordinasi Kesiapsiagaan Bencana di "
        "Ruang Rapat Sakai Sambayan, Jum’at (14/3/2025). “Kita harus siap,” ujarnya.")


def _mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252, as a site with a wrong charset serves them (a byte that codepage leaves
    undefined, as in '”', read as the control character of that number, as browsers do)."""
    return "".join(chr(b) if 0x80 <= b < 0xa0 and bytes([b]) in _UNDEFINED else bytes([b]).decode("cp1252")
                   for b in text.encode("utf-8"))


_UNDEFINED = {bytes([b]) for b in (0x81, 0x8d, 0x8f, 0x90, 0x9d)}


def test_utf8_read_as_windows_1252_is_read_back():
    """'Jumâ€™at', 'â€œKita' are 'Jum’at' and '“Kita' again, and the meeting reads as it does unmangled."""
    assert repaired(_mojibake(LEAD)) == LEAD
    assert run(_mojibake(LEAD), title=_mojibake("Wagub Pimpin Rakor Kesiapsiagaan Bencana")) == \
        run(LEAD, title="Wagub Pimpin Rakor Kesiapsiagaan Bencana")


def test_html_entities_left_in_the_text_are_characters_again():
    """'Ruang&nbsp;Rapat', '&ldquo;' and '&amp;' left escaped by a CMS are a space, a quotation mark and '&'."""
    escaped = LEAD.replace("Ruang Rapat", "Ruang&nbsp;Rapat").replace("“", "&ldquo;").replace("”", "&rdquo;")
    assert normalize(escaped) == normalize(LEAD)
    assert run(escaped)["venue"] == run(LEAD)["venue"] == "Ruang Rapat Sakai Sambayan"
    assert normalize_for_shingles(escaped) == normalize_for_shingles(LEAD)


def test_clean_text_is_left_as_it_is():
    """Prose with no mangling, a lone ampersand ('BUMD & BUMN') included, is not touched."""
    clean = LEAD + " Hadir perwakilan BUMD & BUMN serta R&D Center."
    assert repaired(clean) == clean


def test_a_comma_typed_twice_is_one():
    """'... dipimpin langsung Ketua Komisi II,, Wahyu Adiguna Pratama': a hurried writer's double comma does not cut the
    office from its holder."""
    out = run("RMOLLampung - Perum Bulog Kanwil Lampung dicecar pertanyaan oleh anggota Komisi II DPRD Lampung dalam Rapat "
              "Dengar Pendapat (RDP) di gedung DPRD Provinsi Lampung, Selasa (14/10/2025).\nRDP itu, dipimpin langsung Ketua "
              "Komisi II,, Wahyu Adiguna Pratama", title="Komisi II Cecar Bulog Soal Serapan Gabah", published="2025-10-14")
    assert out["chair"]["name"] == "Wahyu Adiguna Pratama"
