"""Page noise: related-article links, ads, hashtags and headline lines around the article text."""

from pipelines.extract.people import officials_in
from pipelines.extract.text import clean_lines, is_headline
from tests.extract_support import run


def test_baca_juga_iklan_and_hashtag_lines_are_ignored():
    """'Baca Juga:', 'IKLAN' and hashtag lines do not disturb type or city."""
    out = run("Baca Juga: Gubernur Resmikan Jembatan\nIKLAN\n#lampung #pemprovlampung\n"
              "DPRD Provinsi Lampung menggelar Rapat Paripurna penyampaian pandangan fraksi, Selasa (15/4/2025).",
              title="DPRD Gelar Paripurna")
    assert out["meeting_type"] == "rapat_paripurna" and out["city"] == "Kota Bandar Lampung"


def test_berita_terkait_headlines_after_the_article_are_cut():
    """Everything from 'Berita Terkait' on is cut from the article text."""
    lines = clean_lines("Gubernur memimpin rapat koordinasi di Gedung Pusiban hari ini.\nBerita Terkait\n"
                        "Gubernur Lampung Lantik Pejabat Administrator dan Pengawas")
    assert lines == ["Gubernur memimpin rapat koordinasi di Gedung Pusiban hari ini."]


def test_title_case_headline_lines_do_not_yield_names():
    """Title-case headline lines are recognised and yield no names ('Pimpin')."""
    assert is_headline("Rakor Antikorupsi 2025, Gubernur Mirza Dorong Pemerintahan Lampung yang Transparan")
    assert not is_headline("Rakor dihadiri Kepala BPJN Lampung Susan Novelia, Kepala BBWS Lampung Roy Pardede, serta sejumlah pihak.")
    names = {o["name"] for o in officials_in(["Sekdaprov Lampung Pimpin Rapat Benahi Tata Kelola Kepegawaian."], None)}
    assert "Pimpin" not in names
