"""Headlines written wholly in capitals: read as the page writes them again, else in title case."""

from pipelines.extract.text import readable_title
from tests.extract_support import run

SHOUTED = "TEMUI MASSA PETANI SINGKONG, GUBERNUR MIRZA LANJUTKAN RAPAT TERBATAS DENGAN BUPATI SENTRA SINGKONG"
STORY = ("BANDAR LAMPUNG - Ratusan petani singkong menggelar aksi di depan Kantor Gubernur Lampung, Selasa (6/5/2025) "
         "pagi. Gubernur Lampung Rahmat Mirzani Djausal turun langsung menemui massa.\n"
         "Menindaklanjuti aksi tersebut, siang harinya Gubernur Mirza menggelar rapat terbatas bersama bupati dari "
         "daerah sentra singkong di Ruang Kerja Gubernur Lampung.")


def test_a_shouted_headline_takes_the_case_the_page_writes_it_in():
    """The page repeats its headline in the case of headlines: that line is the title the rules read."""
    again = "Temui Massa Petani Singkong, Gubernur Mirza Lanjutkan Rapat Terbatas dengan Bupati Sentra Singkong"
    assert readable_title(SHOUTED, f"Home » Bandar Lampung\n{again}\n{STORY}") == again


def test_a_shouted_headline_alone_is_read_in_title_case():
    """No line repeats it: title case, short forms and numerals kept, little words in lower case, words joined by a
    comma without a space taken apart ('PILKADA,BUPATI')."""
    assert readable_title("JELANG PILKADA,BUPATI MESUJI GELAR RAPAT TERBATAS DENGAN FORKOPIMDA DAN DPRD", STORY) == \
        "Jelang Pilkada,Bupati Mesuji Gelar Rapat Terbatas dengan Forkopimda dan DPRD"
    assert readable_title("Gubernur Pimpin Rakor", STORY) == "Gubernur Pimpin Rakor"


def test_the_meeting_a_shouted_headline_names_is_the_news():
    """'... LANJUTKAN RAPAT TERBATAS ...' in capitals names the meeting as its title case does: a limited meeting, not
    an audience with the protesters the governor met first."""
    assert run(STORY, title=SHOUTED, published="2025-05-06")["meeting_type"] == "rapat_terbatas"
