"""Other stories a page lists around the article (popular, related, 'Baca juga') are not read as the article."""

from crawler.parsing.text import clean_paragraphs
from pipelines.cluster import normalize_for_shingles
from pipelines.extract import read_article
from pipelines.extract.text import clean_lines
from tests.extract_support import run

LEAD = ("BANDAR LAMPUNG - Sekretaris Daerah Provinsi Lampung Marindo Kurniawan memimpin Rapat Koordinasi Pengendalian "
        "Inflasi Daerah di Ruang Rapat Sakai Sambayan, Senin (14/7/2025).")
REST = ("Rakor diikuti Kepala Biro Perekonomian, Kepala Dinas Ketahanan Pangan dan perwakilan Bank Indonesia yang "
        "membahas harga beras dan cabai menjelang akhir bulan.")
TITLE = "Sekdaprov Pimpin Rakor Pengendalian Inflasi"
POPULAR = ("Terpopuler\n1. DPRD Lampung Gelar Paripurna Pengesahan Raperda APBD Perubahan\n"
           "2. Wagub Jihan Terima Audiensi Kwarda Pramuka di Mahan Agung\n3. Bupati Lampung Selatan Buka Musrenbang "
           "Kecamatan Kalianda\n")


def test_a_popular_list_above_the_story_is_not_its_lead():
    """'Terpopuler' and the headlines under it, above the dateline, give neither the lead nor the meeting's kind."""
    lines = clean_lines(POPULAR + LEAD + "\n" + REST, TITLE)
    assert lines[0].startswith("BANDAR LAMPUNG") and not any("Paripurna" in line for line in lines)
    out = run(POPULAR + LEAD + "\n" + REST, title=TITLE)
    assert out["meeting_type"] == "rapat_koordinasi" and out["chair"]["name"] == "Marindo Kurniawan"


def test_numbered_headlines_above_the_story_without_a_header_are_a_list():
    """Two numbered headlines or more before the story's first paragraph are others listed, header or not."""
    lines = clean_lines(POPULAR.split("\n", 1)[1] + LEAD, TITLE)
    assert lines == [LEAD]


def test_headlines_in_a_row_above_the_story_are_a_list_and_the_title_among_them_is_kept():
    """Three headlines or more in a row above the story are others listed; the article's own title stands among them."""
    others = ("DPRD Lampung Gelar Paripurna Pengesahan Raperda APBD Perubahan\nWagub Jihan Terima Audiensi Kwarda "
              "Pramuka di Mahan Agung\nBupati Lampung Selatan Buka Musrenbang Kecamatan Kalianda\n")
    lines = clean_lines(others + TITLE + "\n" + LEAD, None)
    assert lines == [TITLE, LEAD]


def test_a_sites_name_and_motto_above_the_story_are_no_list_of_others():
    """'Portal Resmi Pemerintah Kota Metro' and a motto stay for what reads the page's own furniture."""
    page = "Portal Resmi Pemerintah Kota Metro\nMetro Kota Pendidikan dan Wisata Keluarga\n" + LEAD
    assert clean_paragraphs(page.split("\n")).paragraphs[0] == "Portal Resmi Pemerintah Kota Metro"


def test_a_related_box_inside_the_story_does_not_end_it():
    """'Berita Terkait' and its headlines set between two paragraphs: the paragraphs after the box are kept."""
    text = (LEAD + "\nBerita Terkait\n- Gubernur Mirza Buka Rakor Kesiapsiagaan Bencana di Gedung Pusiban\n"
            "- DPRD Bandar Lampung Gelar Paripurna, Bahas Enam Raperda\n" + REST)
    assert clean_lines(text, TITLE) == [LEAD, REST]


def test_a_related_list_below_the_story_and_the_footer_after_it_are_cut():
    """A list below the story ends the article: nothing after it is read, a footer's address neither."""
    text = (LEAD + "\n" + REST + "\nBerita Terkait\nPemprov Lampung Gelar Rakor Persiapan HUT RI ke-80\n"
            "Jl. Wolter Monginsidi No. 69, Telukbetung Utara, Kota Bandar Lampung.")
    assert clean_lines(text, TITLE) == [LEAD, REST]


def test_a_long_headline_under_baca_juga_is_not_prose():
    """A linked headline of eighty characters or more is still a headline, not the story resumed."""
    text = (LEAD + "\nBaca Juga:\n- Pemprov Lampung Terima Audiensi BPN, Bahas Sertifikasi Aset di Way Kanan dan "
            "Tulang Bawang Barat\n" + REST)
    assert clean_lines(text, TITLE) == [LEAD, REST]


def test_headlines_ending_with_an_exclamation_or_a_quotation_are_still_headlines():
    """'..., Totalnya Rp 20 Miliar!' and '... Menuju “Lampung Maju, Indonesia Emas”' end as headlines do."""
    text = ("Berita Terkini\n1. Gubernur Mirza Buka Musrenbang: Tegaskan Tekad Menuju “Lampung Maju, Indonesia "
            "Emas”\n2. Bonus Atlet Lampung Peraih Medali PON XXI Cair Februari 2025, Totalnya Rp 20 Miliar!\n" + LEAD)
    assert clean_lines(text, TITLE) == [LEAD]


def test_readers_comments_end_the_article_however_long():
    """'3 tanggapan untuk "..."' heads readers' comments: a long comment is no paragraph of the story."""
    text = (LEAD + "\n"
            '3 tanggapan untuk "Sekdaprov Pimpin Rakor Pengendalian Inflasi Daerah di Ruang Rapat Sakai Sambayan"\n'
            "Harga cabai di pasar Way Halim sudah naik dua kali lipat sejak minggu lalu, rapat saja tidak cukup pak.")
    assert clean_lines(text, TITLE) == [LEAD]


def test_dated_headlines_listed_below_the_story_without_a_header_are_cut():
    """Headlines each followed by its date, below the story and unheaded, are others listed; the story before stays."""
    text = (LEAD + "\n" + REST + "\nDPRD Lampung Gelar Paripurna Pengesahan Raperda APBD Perubahan\n18-Apr-2025\n"
            "Wagub Jihan Terima Audiensi Kwarda Pramuka di Mahan Agung\n2 jam lalu")
    assert clean_lines(text, TITLE) == [LEAD, REST]


def test_the_articles_own_list_of_invited_bodies_is_kept():
    """An undated bulleted list of bodies after the lead is the article's own, not a list of others."""
    text = (LEAD + "\nRakor dihadiri:\n• Bappeda Provinsi Lampung\n• Dinas Perindustrian dan Perdagangan Provinsi Lampung\n"
            "• Badan Pertanahan Nasional Provinsi Lampung")
    assert "• Badan Pertanahan Nasional Provinsi Lampung" in clean_lines(text, TITLE)


def test_a_numbered_list_of_people_after_a_lead_ending_with_a_colon_is_kept():
    """'..., di antaranya:' then '1. Wakil Gubernur Lampung, dr. Jihan Nurlela, M.M.;': the article's own people."""
    text = ("Wakil Bupati Lampung Utara Romli mengikuti Rapat Koordinasi TKPKD se-Provinsi Lampung di Gedung Pusiban, "
            "yang dihadiri sejumlah pejabat, di antaranya:\n1. Wakil Gubernur Lampung, dr. Jihan Nurlela, M.M.;\n"
            "2. Kepala Bappeda Provinsi Lampung, Elvira Umihanni, S.P., M.T.;")
    assert len(clean_lines(text, "Wabup Lampura Ikuti Rakor TKPKD")) == 3


def test_a_list_above_the_story_does_not_date_a_record_without_its_publication():
    """Without a publication date, the page's stamp is read below the list, not from a listed story's date."""
    text = ("Terpopuler\nDPRD Lampung Gelar Paripurna Pengesahan Raperda APBD Perubahan\nSenin, 3 Maret 2023\n"
            "Wagub Jihan Terima Audiensi Kwarda Pramuka di Mahan Agung\n18-Apr-2023\n" + TITLE
            + "\nSelasa, 15 Juli 2025\nBANDAR LAMPUNG - Sekretaris Daerah Provinsi Lampung Marindo Kurniawan memimpin "
            "Rapat Koordinasi Pengendalian Inflasi Daerah di Ruang Rapat Sakai Sambayan, Senin (14/7).")
    assert run(text, title=TITLE, published=None)["meeting_date"] == "2025-07-14"


def test_the_parsers_body_and_the_clusters_words_leave_a_related_list_out():
    """The stored body and the words two reports are compared by hold the story only, not the headlines beside it."""
    page = [LEAD, "Baca Juga", "- Gubernur Mirza Buka Rakor Kesiapsiagaan Bencana di Gedung Pusiban", REST,
            "Berita Terkait", "DPRD Bandar Lampung Gelar Paripurna, Bahas Enam Raperda"]
    assert "Pusiban" not in clean_paragraphs(page).body_text
    words = normalize_for_shingles("\n".join(page), TITLE)
    assert "pusiban" not in words and "raperda" not in words and "cabai" in words


def test_a_linked_story_after_its_label_on_a_line_of_its_own_is_not_read():
    """'Baca: ...', 'Simak juga: ...', 'Lihat juga: ...' link one other story: its meeting and place are not this one's."""
    for label in ("Baca: ", "Simak juga: ", "Lihat juga: ", "BACA: "):
        text = LEAD + "\n" + label + "Ribuan Warga Padati Pesta Rakyat HUT Provinsi Lampung di PKOR Way Halim\n" + REST
        assert clean_lines(text, TITLE) == [LEAD, REST]
        assert "PKOR" not in clean_paragraphs(text.split("\n")).body_text


def test_a_link_to_another_story_in_brackets_inside_a_paragraph_is_not_read():
    """'... di Ruang Sakai Sambayan. (Baca juga: Komisi IV Gelar RDP ...)': the paragraph stays, its link goes."""
    text = LEAD + " (Baca juga: Komisi IV Gelar RDP dengan Dinas PUPR di Ruang Rapat Komisi)\n" + REST
    assert clean_lines(text, TITLE) == [LEAD, REST]


def test_marked_headlines_closing_the_page_without_an_introduction_are_cut():
    """Bulleted headlines below the story, no header, no dates, nothing after them: others listed. (Introduced by
    'Rakor dihadiri:' they would be the article's own list.)"""
    text = (LEAD + "\n" + REST + "\n• Pemkab Lampung Tengah Salurkan Bibit Jagung untuk Kelompok Tani\n"
            "• Rapat Paripurna DPRD Lamteng Bahas LKPj Bupati Digelar Rabu")
    assert clean_lines(text, TITLE) == [LEAD, REST]


def test_headlines_each_with_its_lead_cut_off_are_others_listed_wherever_they_stand():
    """A sidebar's headline and teaser ('... dan...') pairs, above the story or past a photo's caption, are no lead."""
    listed = ("DPRD Lampung Gelar Paripurna Pengesahan Raperda APBD Perubahan\nBANDAR LAMPUNG - DPRD Provinsi Lampung "
              "menggelar rapat paripurna pengesahan Raperda APBD Perubahan di ruang sidang utama, dihadiri dan...\n"
              "Wagub Terima Audiensi Kwarda Pramuka di Mahan Agung\nWakil Gubernur Lampung menerima audiensi pengurus "
              "Kwarda Pramuka di Mahan Agung, Selasa (18/2/2025). Dalam pertemuan itu…\n")
    caption = "Sekdaprov Lampung Marindo Kurniawan saat memimpin rakor inflasi di Ruang Sakai Sambayan. (Foto: Adpim)\n"
    for page in (listed + LEAD, caption + listed + LEAD):
        assert clean_lines(page, TITLE)[-1:] == [LEAD] and not any("Pramuka" in x for x in clean_lines(page, TITLE))
    assert run(caption + listed + LEAD + "\n" + REST, title=TITLE)["meeting_date"] == "2025-07-14"


def test_readers_comments_without_a_header_end_the_article():
    """'Budi — 12 Mei 2025 pukul 10.00', a comment, 'Balas': the comments begin; their dates and meetings are not read."""
    text = (LEAD + "\n" + REST + "\nBudi Santoso — 12 Mei 2025 pukul 10.00\nRapat paripurna terus, kapan kerjanya? "
            "Gubernur harus turun melihat jalan rusak di Natar.\nBalas")
    assert clean_lines(text, TITLE) == [LEAD, REST]
    assert run(text, title=TITLE, published=None)["meeting_date"] == "2025-07-14"


def test_bulleted_headlines_telling_stories_inside_the_story_are_others_listed():
    """'- Ratusan Petani Geruduk DPRD Lampung, Minta SK ... Dicabut' between paragraphs, unheaded: others' headlines
    (each tells by its verb); a bulleted list of bodies there is the article's own."""
    listed = ("- Layanan Eksekutif RSUDAM Dinilai Diskriminatif, Komisi V DPRD Minta Publik Awasi\n"
              "- Gubernur Sambut Kunjungan Kerja Komisi V DPR RI, Bahas Jalan Nasional\n")
    assert clean_lines(LEAD + "\n" + listed + REST, TITLE) == [LEAD, REST]
    bodies = "- Bappeda Provinsi Lampung\n- Dinas Ketahanan Pangan Provinsi Lampung\n"
    assert clean_lines(LEAD + "\n" + bodies + REST, TITLE) == [LEAD] + bodies.split("\n")[:2] + [REST]


def test_no_break_spaces_and_invisible_characters_hide_no_list_nor_comment():
    """A page served with '&nbsp;' ('Budi&nbsp;Santoso — 12&nbsp;Mei ...') and a zero-width space closing the lead: the
    comments and a list above the story's next paragraph are still told apart from the story."""
    comment = "Budi\xa0Santoso — 12\xa0Mei\xa02025\xa0pukul\xa010.00\nRapat\xa0paripurna terus, kapan kerjanya?\nBalas"
    assert read_article({"title": TITLE, "text": LEAD + "\n" + REST + "\n" + comment})[1] == [LEAD, REST]
    assert read_article({"title": TITLE, "text": LEAD + "\u200b\n\n" + POPULAR + REST + " (*)"})[1][-1].startswith("Rakor")


def test_a_paragraph_closed_by_an_editors_sign_off_goes_on_after_a_list():
    """'... menjelang akhir bulan. (*)' after a list inside the story is still the story's paragraph: the list ends
    there, not the article."""
    lines = clean_lines(LEAD + "\n\n" + POPULAR + REST + " (*)", TITLE)
    assert lines[0] == LEAD and lines[-1].startswith("Rakor diikuti") and len(lines) == 2


def test_a_paragraph_closed_by_a_sign_off_and_a_bracketed_link_goes_on_after_a_list():
    """'... menjelang akhir bulan. (*) (Baca juga: ...)': the link set in brackets after the sign-off is cut before the
    paragraph is read, so the story still goes on past the list above it."""
    link = " (Baca juga: Wagub Hadiri Rapat Paripurna Istimewa HUT Kabupaten Tanggamus)"
    lines = clean_lines(LEAD + "\n\n" + POPULAR + REST + " (*)" + link, TITLE)
    assert lines[0] == LEAD and lines[-1].startswith("Rakor diikuti") and len(lines) == 2


def test_a_short_story_goes_on_after_a_related_box_with_short_paragraphs():
    """'Berita Terkait' and dated headlines after the lead, then 'Rapat dipimpin Kepala Dinas BMBK ... Taufiqullah ...'
    (a short paragraph closed by its full stop): the story goes on. A survey's question or the site's copyright line
    below a list is no story."""
    related = ("Berita Terkait\nBupati Lampung Selatan Buka Musrenbang Kecamatan Kalianda\n2 jam lalu\n"
               "DPRD Lampung Gelar Paripurna Pengesahan Raperda APBD Perubahan\nSenin, 3 Maret 2025\n\n")
    led = "Rapat dipimpin Kepala Dinas BMBK Provinsi Lampung Taufiqullah dan diikuti jajaran Pemkab Way Kanan."
    assert clean_lines(LEAD + "\n" + related + led, TITLE) == [LEAD, led]
    for end in ("Copyright © 2025 Biro Adpim Provinsi Lampung. All rights reserved.",
                "Bagaimana penilaian Anda terhadap layanan PPID Provinsi Lampung?"):
        assert clean_lines(LEAD + "\n" + related + end, TITLE) == [LEAD]
