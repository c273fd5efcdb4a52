"""Page noise: related-article links, ads, hashtags and headline lines around the article text."""

from pathlib import Path

import pytest

from pipelines.extract import extract
from pipelines.extract.people import officials_in
from pipelines.extract.text import clean_lines, is_headline, site_chrome
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


def test_invisible_characters_left_by_editors_hide_nothing():
    """A zero-width space, soft hyphen or byte-order mark glued to a line changes no field."""
    title = "Sekdaprov Pimpin Rakor Persiapan Kunjungan Presiden"
    text = (title + "\n\nSekdaprov Lampung Fahrizal Darminto memimpin rapat koordinasi persiapan kunjungan Presiden "
            "di Ruang Rapat Sakai Sambayan, Senin (8/7/2024).")
    plain = run(text, title=title)
    for mark in ("\u200b", "\u00ad", "\ufeff", "\u200d"):
        marked = run(text.replace("\n", mark + "\n", 1).replace("Sakai", "Sa" + mark + "kai"), title=title)
        assert {k: marked[k] for k in ("is_meeting", "meeting_date", "venue", "chair")} == \
               {k: plain[k] for k in ("is_meeting", "meeting_date", "venue", "chair")}
    assert plain["is_meeting"] and plain["venue"].startswith("Ruang Rapat Sakai Sambayan")


def test_a_summary_box_and_a_photo_credit_do_not_push_the_lead_out():
    """IDN Times' 'Intinya sih...' bullets and 'Disclaimer:' line, and a 'Foto: Ist.' credit, are no sentences."""
    from pipelines.extract.text import sentences
    lines = clean_lines("Intinya sih...\n• Enam Raperda dibahas di paripurna\n• Perlu kajian\n"
                        "Disclaimer: This summary was created using Artificial Intelligence (AI)\n"
                        "Wali Kota saat rapat paripurna. Foto: Ist.\n"
                        "Pendapat eksekutif disampaikan Pemkot Bandar Lampung dalam rapat paripurna, Senin (8/9/2025).")
    assert sentences(lines) == ["Wali Kota saat rapat paripurna.",
                                "Pendapat eksekutif disampaikan Pemkot Bandar Lampung dalam rapat paripurna, Senin (8/9/2025)."]


def test_a_ringkasan_berita_box_and_its_ai_notice_are_no_sentences():
    lines = clean_lines("Ringkasan Berita\n- Pemprov menetapkan siaga darurat karhutla.\n- Posko dibuka di Kantor BPBD.\n"
                        "Ringkasan ini dibuat dengan bantuan AI dan telah ditinjau redaksi.\n"
                        "Keputusan tersebut lahir dari rapat koordinasi pengendalian karhutla, Selasa (12/8).")
    assert lines == ["Keputusan tersebut lahir dari rapat koordinasi pengendalian karhutla, Selasa (12/8)."]


def test_bylines_and_a_captions_bracketed_source_are_no_sentences():
    lines = clean_lines("Penulis: Yolanda Putri Dewanti | Editor: Valentino Verry\n(Wartakotalive.com)\n"
                        "Pramono menyampaikannya saat menerima Gubernur Lampung di Balai Kota Jakarta, Selasa (15/4/2025).")
    assert lines == ["Pramono menyampaikannya saat menerima Gubernur Lampung di Balai Kota Jakarta, Selasa (15/4/2025)."]


def test_the_story_goes_on_after_a_baca_juga_block():
    """'Baca Juga' and the linked headlines under it sit inside the story; the paragraphs after them are kept."""
    lines = clean_lines("Sidang paripurna DPRD Lampung membahas Raperda APBD, Rabu (9/11/2022), hingga malam.\n"
                        "Baca Juga\n- KPU Lampung Bikin Uji Publik Rancangan Dapil\n- Ratusan Petani Geruduk DPRD Lampung\n"
                        "Wakil Ketua II DPRD Lampung, Ririn Kuswanratari, menyebut paripurna sudah sesuai jadwal.")
    assert lines[-1].startswith("Wakil Ketua II DPRD Lampung") and not any("KPU" in line for line in lines)


def test_a_paragraph_ending_with_a_photo_credit_is_still_prose():
    """'... turut hadir di acara Musrenbang. (ist)' inside the story keeps its words; a caption alone above it does not."""
    lines = clean_lines("Gubernur Mirza bersama Wagub Jihan dalam acara Musrenbang. (Foto: Ist)\n"
                        "Musrenbang Provinsi Lampung 2025 dibuka Gubernur Rahmat Mirzani Djausal, Rabu (7/5/2025).\n"
                        "Gubernur meminta perencanaan dibuat lebih terukur untuk lima tahun ke depan.\n"
                        "Mantan Wagub Bachtiar Basri dan mantan Sekdaprov Rahmat Abdullah turut hadir di acara itu. (ist)")
    assert lines[-1] == "Mantan Wagub Bachtiar Basri dan mantan Sekdaprov Rahmat Abdullah turut hadir di acara itu."
    assert not any("bersama Wagub Jihan" in line for line in lines)


def test_meta_fields_joined_by_bars_are_furniture():
    """'Selasa, 6 Januari 2015 | 09:12 WIB | Dibaca: 1.204 kali' is the page's stamp, not the lead (nor its date)."""
    lines = clean_lines("Selasa, 6 Januari 2015 | 09:12 WIB | Dibaca: 1.204 kali\n\nBANDAR LAMPUNG - Gubernur menggelar "
                        "rapat pimpinan, kemarin (5/1).")
    assert lines == ["BANDAR LAMPUNG - Gubernur menggelar rapat pimpinan, kemarin (5/1)."]
    assert run("Selasa, 6 Januari 2015 | 09:12 WIB | Dibaca: 1.204 kali\n\nBANDAR LAMPUNG - Gubernur mengumpulkan kepala "
               "SKPD dalam rapat pimpinan di Ruang Rapat Utama, kemarin (5/1).", title="Rapim Perdana",
               published="2015-01-06")["meeting_date"] == "2015-01-05"


def test_a_news_agency_photo_credit_closes_a_caption():
    """A caption ending 'ANTARA/Ruth Intan' or 'ANTARA FOTO/Ardiansyah' above the dateline is no sentence of the story."""
    lines = clean_lines("Gubernur membuka musrenbang di Gedung Pusiban. ANTARA/Ruth Intan Sozometa Kanafi\n\n"
                        "Bandarlampung (ANTARA) - Pemerintah Provinsi Lampung memfokuskan RKPD 2022 pada pemulihan ekonomi.")
    assert lines == ["Bandarlampung (ANTARA) - Pemerintah Provinsi Lampung memfokuskan RKPD 2022 pada pemulihan ekonomi."]


def test_a_time_before_the_date_and_a_byline_are_stamp_fields_too():
    """'10:34 WIB, 25 March 2026 | Super Administrator | Dilihat 96 kali' and '... | Penulis: Fery Irawan' are furniture."""
    assert clean_lines("10:34 WIB, 25 March 2026 | Super Administrator | Dilihat 96 kali\nKamis, 31 Oktober 2019 - 17:10 "
                       "WIB | Penulis: Fery Irawan\nBandar Lampung--Musrenbang dijadwalkan berlangsung Rabu, 8 April "
                       "2026.") == ["Bandar Lampung--Musrenbang dijadwalkan berlangsung Rabu, 8 April 2026."]


def test_a_page_stamp_in_bracketed_notation_is_furniture():
    """'Rabu (22/2/2023) | 11:20 WIB' over the lead is the page's stamp, not the day the meeting sat (the held-out
    report h88-12 with its spelled dates written bracketed; its lead's weekday is the source's error)."""
    from benchmarks.robustness import PERTURBATIONS
    from pipelines.evaluate import _record, read_jsonl
    row = next(r for r in read_jsonl(Path(__file__).parent / "data" / "extract_heldout88.jsonl") if r["id"] == "h88-12")
    assert extract(_record(PERTURBATIONS["dates_bracketed"](row)))["meeting_date"] == "2023-02-21"


def test_glued_stops_commas_and_dateline_dashes_are_spaced():
    """'Tulang Bawang,Menggala.Rapat diikuti', 'MESUJI-Bupati': words glued by punctuation are split, degrees are not."""
    from pipelines.extract.text import normalize
    assert normalize("MESUJI-Bupati Mesuji di ruang rapat Sekdakab Tulang Bawang,Menggala.Rapat diikuti Drs. H. Yusuf, "
                     "M.Si dan S.Sos, Rp2,5 triliun, Jl.Kapten No.3, 2021.Turut") == (
        "MESUJI - Bupati Mesuji di ruang rapat Sekdakab Tulang Bawang, Menggala. Rapat diikuti Drs. H. Yusuf, M.Si dan "
        "S.Sos, Rp2,5 triliun, Jl.Kapten No.3, 2021. Turut")
    out = run("MENGGALA-Sekda Kabupaten Tulang Bawang Drs. Kurniadi Yusuf,M.M memimpin rapat evaluasi realisasi APBD,"
              "tgl 12/10/2021 di ruang rapat Sekdakab Tulang Bawang,Menggala.Rapat diikuti oleh seluruh kepala OPD.",
              title="Sekda Pimpin Rapat Evaluasi", published="2021-10-12")
    assert out["chair"]["name"] == "Kurniadi Yusuf" and out["city"] == "Kabupaten Tulang Bawang"


def test_a_gallery_page_is_told_by_its_captions():
    """Captions are dropped as furniture, but a page of nothing else ('Foto 1. Ketua DPRD membuka ...', '... (Foto:
    Adpim)') is told by them."""
    assert clean_lines("Galeri Foto\n\nGubernur Lampung Rahmat Mirzani Djausal menerima audiensi Kepala Ombudsman RI "
                       "Perwakilan Lampung di Ruang Kerja Gubernur, Kamis (17/4/2025). (Foto: Adpim)\n\nBagikan: Facebook "
                       "Twitter WhatsApp") == ["Gubernur Lampung Rahmat Mirzani Djausal menerima audiensi Kepala Ombudsman "
                                              "RI Perwakilan Lampung di Ruang Kerja Gubernur, Kamis (17/4/2025)."]
    out = run("Foto 1. Ketua DPRD Provinsi Lampung Ahmad Giri Akbar membuka Rapat Paripurna Istimewa HUT ke-61 Provinsi "
              "Lampung di Ruang Sidang Paripurna DPRD Provinsi Lampung, Selasa (18/3/2025).\nFoto 2. Foto bersama usai rapat.",
              title="Galeri: Paripurna Istimewa HUT ke-61", published="2025-03-19")
    assert (out["meeting_type"], out["meeting_date"], out["chair"]["name"]) == ("rapat_paripurna", "2025-03-18",
                                                                              "Ahmad Giri Akbar")
    # a caption above a story is still furniture
    assert clean_lines("Gubernur membuka rapat di Aula. (Foto: Adpim)\nBANDAR LAMPUNG - Gubernur Lampung membuka rapat "
                       "koordinasi di Aula Bappeda, Senin.") == ["BANDAR LAMPUNG - Gubernur Lampung membuka rapat koordinasi "
                                                                 "di Aula Bappeda, Senin."]


def test_a_wordpress_author_date_and_comment_count_line_is_furniture():
    """'admin_diskominfo | 12 Maret 2026 | 0 Komentar' is the theme's meta line, not the story (nor its date)."""
    assert clean_lines("admin_diskominfo | 12 Maret 2026 | 0 Komentar\nRapat digelar di aula.") == ["Rapat digelar di aula."]


def test_a_lead_written_wholly_in_capitals_is_read_as_prose():
    """'SUKADANA – BUPATI LAMPUNG TIMUR ... SECARA RESMI MEMBUKA MUSRENBANG ..., RABU (11/03/2026).' keeps its date,
    venue and chair, in the case news prose uses; a short shouted line is still dropped."""
    out = run("SUKADANA – BUPATI LAMPUNG TIMUR AHMAD SYAIFULAH ROZAK, S.H., M.M. SECARA RESMI MEMBUKA MUSYAWARAH "
              "PERENCANAAN PEMBANGUNAN (MUSRENBANG) RKPD KABUPATEN LAMPUNG TIMUR TAHUN 2027, BERTEMPAT DI AULA ATAS KANTOR "
              "BUPATI, RABU (11/03/2026).\nTurut hadir Wakil Bupati Lampung Timur Edy Prasetyo.",
              title="Bupati Buka Musrenbang RKPD Kabupaten Lampung Timur Tahun 2027", published="2026-03-12")
    assert (out["meeting_date"], out["venue"], out["chair"]["name"]) == ("2026-03-11", "Aula Atas Kantor Bupati",
                                                                          "Ahmad Syaifulah Rozak")
    assert clean_lines("DAPATKAN PROMO SPESIAL HARI INI JUGA\nRapat digelar di aula.") == ["Rapat digelar di aula."]


def test_a_posted_on_line_is_furniture():
    """'Diposting: 13 April 2026 | Dilihat: 133 kali' is the CMS's stamp, not the story (nor its date)."""
    assert clean_lines("Diposting: 13 April 2026 | Dilihat: 133 kali\nRapat digelar di aula.") == ["Rapat digelar di aula."]


def test_a_bracketed_stamp_with_its_time_and_byline_is_furniture():
    """'Rabu (16/4/2025) 14:02 WIB   Penulis: Putri Purnama' above the lead is the page's stamp, not the meeting's day."""
    story = ("BANDAR LAMPUNG (Lampost.co) -- Pemkot Bandar Lampung menggelar konsultasi publik RPJMD di Gedung Semergou, "
             "Selasa (15/4/2025).")
    assert clean_lines(f"Rabu (16/4/2025) 14:02 WIB   Penulis: Putri Purnama\n\n{story}") == [story]
    assert run(f"Rabu (16/4/2025) 14:02 WIB   Penulis: Putri Purnama\n\n{story}", title="Konsultasi Publik RPJMD",
               published="2025-04-16")["meeting_date"] == "2025-04-15"


def test_a_category_line_naming_a_meeting_is_furniture():
    """'Kategori: Berita, Musyawarah Perencanaan Pembangunan' names the meeting's kind, not the meeting: no story line."""
    story = "Dinas Kesehatan menggelar rapat evaluasi imunisasi di Aula Dinas Kesehatan, Selasa (3/6/2025)."
    assert clean_lines(f"{story}\nKategori: Berita, Musyawarah Perencanaan Pembangunan") == [story]


def test_meta_lists_joined_by_bullets_and_wordpress_bylines_are_no_story_lines():
    """'15:20 WIB • 28 October 2025 • Super Administrator • Dilihat 87 kali', 'Diposting oleh: admin_dinkes | 4 Juni
    2025 | Kategori: Berita', 'Posted by admin dinkes | 15 Agustus 2023 | Berita': the page's meta, not the lead."""
    story = "Dinas Kesehatan menggelar rapat evaluasi imunisasi di Aula Dinas Kesehatan, Selasa (3/6/2025)."
    for meta in ("15:20 WIB • 28 October 2025 • Super Administrator • Dilihat 87 kali",
                 "Diposting oleh: admin_dinkes | 4 Juni 2025 | Kategori: Berita",
                 "Posted by admin dinkes | 15 Agustus 2023 | Berita"):
        assert clean_lines(f"{meta}\n\n{story}") == [story]
    out = run("Diposting oleh: admin_dinkes | 4 Juni 2025 | Kategori: Berita\n\n" + story, title="Rapat Evaluasi Imunisasi",
              published="2025-06-04")
    assert out["meeting_date"] == "2025-06-03"


def test_breadcrumbs_view_counts_and_posted_on_lines_are_no_story_lines():
    """'Beranda » Berita » <headline>', 'Home > Politik', 'Beranda / Berita / Pemerintahan', 'Beranda • Berita • ...', '873',
    'Posted on 22 November 2024 by Admin Dinkes', a page break ('Halaman 2'): a breadcrumb repeating the headline must not
    become the lead's first sentence."""
    story = "Pemerintah Provinsi Lampung menggelar rapat koordinasi di Gedung Pusiban, Kamis (21/11/2024)."
    for furniture in ("Beranda » Berita » Lampung Raih Penghargaan pada Rakornas 2024", "Home > Politik",
                      "Beranda / Berita / Pemerintahan", "Beranda › Berita › Wabup Buka Musrenbang", "873",
                      "Posted on 22 November 2024 by Admin Dinkes", "Beranda • Berita • Perencanaan Makro dan Evaluasi",
                      "Halaman 2", "Halaman selanjutnya >>", "Baca halaman berikutnya"):
        assert clean_lines(f"{furniture}\n\n{story}\n\n{furniture}") == [story]


def test_an_antara_caption_credited_to_a_handout_is_no_story_line():
    """'... saat memimpin rapat koordinasi. ANTARA/HO-Pemprov Lampung': a photo caption above the dateline."""
    story = "Bandarlampung (ANTARA) - Pemerintah Provinsi Lampung akan menggelar gerakan pangan murah serentak."
    caption = ("Sekretaris Daerah Provinsi Lampung Marindo Kurniawan (tengah) saat memimpin rapat koordinasi pengendalian "
               "inflasi daerah. ANTARA/HO-Pemprov Lampung")
    assert clean_lines(f"{caption}\n\n{story}") == [story]


def test_a_shouted_lead_in_a_paragraph_that_goes_on_in_prose_case_is_read_in_prose_case():
    """'BLAMBANGAN UMPU - BUPATI WAY KANAN RIZAL FAHMI MEMIMPIN RAPAT PIMPINAN ... SENIN (10/1/2022). Turut hadir ...'."""
    out = run("BLAMBANGAN UMPU - BUPATI WAY KANAN RIZAL FAHMI MEMIMPIN RAPAT PIMPINAN (RAPIM) AWAL TAHUN 2022 BERSAMA KEPALA "
              "ORGANISASI PERANGKAT DAERAH (OPD) DAN CAMAT SE-KABUPATEN WAY KANAN DI RUANG RAPAT UTAMA KANTOR BUPATI WAY KANAN "
              "DAN KOMISI IV, SENIN (10/1/2022). Turut hadir Sekretaris Daerah Kabupaten Way Kanan Saipul Hadi.",
              title="Bupati Pimpin Rapim Awal Tahun", published="2022-01-10")
    assert out["chair"] == {"name": "Rizal Fahmi", "role": "Bupati Way Kanan"}
    assert out["venue"].startswith("Ruang Rapat Utama Kantor Bupati Way Kanan")
    assert "Komisi IV" in out["venue"]


def test_a_lead_whose_first_words_are_shouted_is_read_in_prose_case():
    """'BANDAR LAMPUNG - GUBERNUR LAMPUNG ... MEMBUKA SECARA RESMI MUSRENBANG ... di Ballroom Hotel Novotel, Rabu (23/4/2025).':
    the leader named in the shouted words, the verb after the name not taken into it."""
    out = run("BANDAR LAMPUNG - GUBERNUR LAMPUNG RAHMAT MIRZANI DJAUSAL MEMBUKA SECARA RESMI MUSYAWARAH PERENCANAAN "
              "PEMBANGUNAN (MUSRENBANG) RKPD PROVINSI LAMPUNG TAHUN 2026 di Ballroom Hotel Novotel Lampung, Rabu (23/4/2025).",
              title="Gubernur Buka Musrenbang RKPD 2026", published="2025-04-23")
    assert out["chair"] == {"name": "Rahmat Mirzani Djausal", "role": "Gubernur Lampung"}
    visit = clean_lines("KALIANDA -- BUPATI LAMPUNG SELATAN NANANG KURNIAWAN MENINJAU LANGSUNG LOKASI BANJIR DI DESA WAY URANG, "
                        "SENIN (19/1/2026) PAGI, setelah hujan deras merendam 420 rumah warga.")
    assert visit[0].startswith("Kalianda -- Bupati Lampung Selatan Nanang Kurniawan meninjau ")


def test_a_reporters_byline_line_is_no_story_line():
    """'Laporan Reporter Tribunlampung.co.id, Bayu Saputra' above the dateline."""
    story = "TRIBUNLAMPUNG.CO.ID, SURABAYA - BPBD Provinsi Lampung mengikuti Rakornas Penanggulangan Bencana."
    assert clean_lines(f"Laporan Reporter Tribunlampung.co.id, Bayu Saputra\n\n{story}") == [story]


def test_a_meta_line_with_an_admin_account_is_no_story_line():
    """'Jumat, 22 November 2019 | admin dpmdt | 0 comments': its date is the page's, not the meeting's."""
    story = "METRO - Dinas PMDT menggelar Rapat Kerja TPP P3MD di Aula Hotel Aidia Grande, Kamis (21/11/2019)."
    assert clean_lines(f"Jumat, 22 November 2019 | admin dpmdt | 0 comments\n\n{story}") == [story]
    assert clean_lines(f"Admin DPRD | 29 September 2025 | 64 kali dibaca\n\n{story}") == [story]


@pytest.mark.parametrize("chrome", [
    "Home  Lampung  Bandar Lampung  Ekonomi  Politik  Hukum  Pendidikan  Olahraga  Nasional  Video  Indeks",
    "Beranda | Profil | Berita | Dokumen Perencanaan | Galeri | PPID | Kontak",
    "Cari berita...",
    "TERKINI  Operasi Pasar Murah Jelang Ramadan Digelar di 15 Titik | Tol Terpeka Macet | Wagub Jihan Kunjungi SPPG",
    ">> Selamat Datang di Website Resmi Bappeda Provinsi Lampung >> Jadwal Penyusunan RKPD 2026 >> Unduh RPJMD >>",
], ids=["menu", "menu with bars", "search box", "ticker", "running text"])
def test_the_site_around_the_article_is_no_story_line(chrome):
    """A whole page dumped as text: the menu, the search box and the ticker of other headlines are not the story."""
    story = "BANDAR LAMPUNG (Lampost.co) -- Gubernur Lampung mengumpulkan para bupati dalam rapat terbatas, Selasa (11/3)."
    assert clean_lines(f"{chrome}\n\n{story}") == [story]


def test_a_page_stamp_with_a_free_field_keeps_its_date_and_the_title_words_stay():
    """'Kamis, 17 Juli 2025 | 13:10 WIB | Humas DPRD' may be the page's only date; a headline of subjects is no menu."""
    assert not site_chrome("Kamis, 17 Juli 2025 | 13:10 WIB | Humas DPRD")
    assert not site_chrome("Pemprov Lampung Bahas Regulasi Pendidikan dan Kesehatan")


def test_the_lists_after_the_article_end_it():
    """'Berita Terkini' heads other stories ('Sekda Pimpin Rapat Evaluasi ...'): the article ended before it."""
    story = "Bandar Lampung - Gubernur membuka Musrenbang RKPD 2026 di Hotel Novotel, Rabu (16/4/2025)."
    assert clean_lines(f"{story}\n\nBerita Terkini\n- Sekda Pimpin Rapat Evaluasi Capaian Kinerja (14 April 2025)") == [story]


def test_other_stories_listed_with_their_dates_are_not_the_article():
    """A related-stories list under 'Terkait' ('Wabup Umi Laila Pimpin Rakor Penanganan Banjir | 9 Mei 2025') is the
    site's, not the article's; the page's own stamp with a free field is kept."""
    assert site_chrome("Wabup Umi Laila Pimpin Rakor Penanganan Banjir Pagelaran  |  9 Mei 2025")
    assert site_chrome("DPRD Pringsewu Paripurnakan Pidato Perdana Bupati - 3 Maret 2025 10:20 WIB")
    assert not site_chrome("Kamis, 17 Juli 2025 | 13:10 WIB | Humas DPRD")
    lines = clean_lines("Kegiatan dibuka Bupati Pringsewu Riyanto Pamungkas.\n\nTerkait\nRiyanto Dilantik di Istana, "
                        "20 Februari | 20 Februari 2025\nSejumlah peserta menyoroti persoalan banjir.", "Konsultasi Publik")
    assert lines == ["Kegiatan dibuka Bupati Pringsewu Riyanto Pamungkas."]


def test_a_menu_one_item_a_line_above_the_lead_is_not_the_story():
    """A dumped page: the site's name, then 'Home', 'Profil ▾', 'Publikasi ▾' one per line, then the story; a short line
    with digits (a stamp's field) stays."""
    lines = clean_lines("Badan Perencanaan Pembangunan Daerah Provinsi Lampung\nHome\nProfil ▾\nPublikasi ▾\n"
                        "Edisi 22/04/2025\nGubernur membuka Musrenbang RKPD di Ballroom Hotel Novotel.", "Musrenbang")
    assert lines == ["Badan Perencanaan Pembangunan Daerah Provinsi Lampung", "Edisi 22/04/2025",
                     "Gubernur membuka Musrenbang RKPD di Ballroom Hotel Novotel."]


def test_a_byline_run_on_after_the_pages_date_is_meta_not_prose():
    """'Rabu, 16 April 2025 14:02 WIB Penulis: Putri Purnama': the publication stamp and the byline on one line, whose
    date is the page's, not the meeting's."""
    out = run("Rabu, 16 April 2025 14:02 WIB Penulis: Putri Purnama\n"
              "BANDAR LAMPUNG - Pemkot menghimpun masukan warga untuk rancangan awal RPJMD di Hotel Emersia, Selasa, 15 "
              "April 2025.", title="Pemkot Gelar Konsultasi Publik RPJMD", published="2025-04-16")
    assert out["meeting_date"] == "2025-04-15"


def test_a_view_count_written_with_an_x_is_meta():
    """'Rabu, 16 Juli 2025 14:02 WIB | Admin | 98x dibaca': a stamp, a byline and a view count."""
    from pipelines.extract.text import _meta_line
    assert _meta_line("Rabu, 16 Juli 2025 14:02 WIB | Admin | 98x dibaca")


def test_variant_spellings_are_read_in_their_standard_form():
    """'Propinsi', 'Musrembang', 'Nopember', 'Jum'at', 'Sekertaris', 'kordinasi': one spelling in, in the writer's case."""
    from pipelines.extract.text import normalize
    assert normalize("Pemerintah Propinsi Lampung gelar MUSREMBANG, Jum'at 3 Nopember 2023; rapat kordinasi Sekertaris") \
        == "Pemerintah Provinsi Lampung gelar MUSRENBANG, Jumat 3 November 2023; rapat koordinasi Sekretaris"
    out = run("Gubernur Lampung Arinal Djunaidi membuka Musrembang RKPD Propinsi Lampung di Gedung Pusiban, Jum'at "
              "(3/11/2023).", published="2023-11-03")
    assert out["meeting_type"] == "musrenbang" and [p["name"] for p in out["officials"]] == ["Arinal Djunaidi"]


def test_a_dateline_glued_by_a_double_dash_is_set_apart():
    """'BANDAR LAMPUNG--Rapat Kerja Teknis ...': the dateline, then the lead."""
    from pipelines.extract.text import normalize
    assert normalize("BANDAR LAMPUNG--Rapat Kerja Teknis resmi berakhir.") == "BANDAR LAMPUNG - Rapat Kerja Teknis resmi berakhir."


@pytest.mark.parametrize("dateline", ["KRUI - ", "Krui (ANTARA) - ", "Krui, Kupastuntas.co - ", "Bandar Lampung--"])
def test_a_shouted_lead_is_read_after_a_dateline_in_any_style(dateline):
    """'Krui (ANTARA) - BUPATI PESISIR BARAT ZULKARNAIN ARSYAD MEMBUKA ...': the capitals read in the case of prose."""
    out = run(dateline + "BUPATI PESISIR BARAT ZULKARNAIN ARSYAD MEMBUKA KONSULTASI PUBLIK RANCANGAN AWAL RENCANA "
              "PEMBANGUNAN JANGKA MENENGAH DAERAH (RPJMD) KABUPATEN PESISIR BARAT TAHUN 2025-2029 DI GEDUNG SERBAGUNA "
              "KANTOR BUPATI PESISIR BARAT, KAMIS (10/4/2025). Kegiatan dihadiri unsur Forkopimda dan camat.",
              published="2025-04-10")
    assert out["chair"]["name"] == "Zulkarnain Arsyad" and out["meeting_type"] == "konsultasi_publik"


@pytest.mark.parametrize("bar", ["Bagikan ke: f  t  wa", "Share: FB | TW | WA", "Bagikan berita ini:"])
def test_a_share_bar_of_icon_letters_or_a_bare_label_is_dropped(bar):
    """'Bagikan ke: f t wa' (the networks as their icons' letters) and 'Bagikan berita ini:' with nothing after it ('Share:
    FB | TW | WA' a guard: dropped before)."""
    lead = "Gubernur memimpin rapat koordinasi di Bandar Lampung, Senin (3/7/2023)."
    assert clean_lines(f"{lead}\n\n{bar}", "") == [lead]


def test_a_story_flattened_into_one_line_with_a_row_of_links_after_it_is_kept():
    """A page flattened to one paragraph whose story is closed by a row of links ('... tenggat 10 hari kerja. Unduhan
    terkait: Formulir (PDF) | Formulir Keberatan (PDF) | SOP (PDF)'): the row is the site's, the story is kept."""
    story = ("BANDAR LAMPUNG - PPID Kabupaten Mesuji menghadiri sidang sengketa informasi publik di Komisi Informasi "
             "Provinsi Lampung, Rabu (10/7/2024). Sidang pemeriksaan awal yang digelar di Ruang Sidang Komisi Informasi "
             "Provinsi Lampung itu dipimpin Ketua Majelis Komisioner Abdul Karim Hasan. Majelis kemudian memerintahkan "
             "para pihak menempuh mediasi. PPID Utama Rizal Effendi mengatakan kasus ini menjadi pelajaran bagi seluruh "
             "PPID pelaksana untuk tertib menjawab permohonan informasi.")
    links = " Unduhan terkait: Formulir Permohonan Informasi (PDF) | Formulir Keberatan (PDF) | SOP Sengketa (PDF)"
    lines = clean_lines(story + links)
    assert lines[0] == story
    out = run(story + links, title="Dinas PUPR Mesuji Jalani Sidang di KI Lampung", published="2024-07-11")
    assert out["meeting_date"] == "2024-07-10" and out["venue"] == "Ruang Sidang Komisi Informasi Provinsi Lampung"


def test_a_stamp_with_its_byline_after_a_bar_is_the_pages_not_the_meetings_day():
    """'Selasa, 06 Januari 2026 | Humas Pemprov Lampung' is the page's stamp and byline: the lead's 'kemarin, Senin'
    dates the meeting, not the day the page came out."""
    from pipelines.extract.text import page_stamp
    assert page_stamp("Selasa, 06 Januari 2026 | Humas Pemprov Lampung")
    assert not page_stamp("Selasa, 06 Januari 2026 | Rapim Awal Tahun, Sekdaprov Minta OPD Tak Tunda Lelang Proyek 2026")
    out = run("Beranda | Berita\nSelasa, 06 Januari 2026 | Humas Pemprov Lampung\nBandar Lampung --- Sekretaris Daerah "
              "Provinsi Lampung Marindo Kurniawan memimpin Rapat Pimpinan (Rapim) awal tahun bersama seluruh kepala "
              "perangkat daerah di Ruang Rapat Utama Kantor Gubernur Lampung, kemarin, Senin.",
              title="Rapim Awal Tahun, Sekdaprov Minta OPD Tak Tunda Lelang Proyek 2026", published="2026-01-06")
    assert out["meeting_date"] == "2026-01-05"
