"""A photo's caption above the lead tells its own moment ('Gubernur Lampung saat meninjau lokasi banjir di Kecamatan
Panjang, Minggu (13/4/2025). (Foto: Adpim)'): it dates and places no meeting. A paragraph inside the story that ends
with the credit of the photo beside it is still the story. (Clustering keeps a caption's day: a caption most often
dates the event itself.)"""

from pipelines.extract import extract
from pipelines.extract.text import clean_lines
from tests.extract_support import run

CAPTION = "Gubernur Lampung saat meninjau lokasi banjir di Kecamatan Panjang, Minggu (13/4/2025). (Foto: Adpim)"
LEAD = ("BANDAR LAMPUNG - Sekretaris Daerah Provinsi Lampung Marindo Kurniawan memimpin rapat koordinasi penanganan "
        "inflasi bersama bupati dan wali kota.")
# a label site's header and a repeated headline above the caption, as blog-hosted outlets print them
HEADER = ["Menampilkan tulisan berlabel Lampungpro.co. Lihat seluruh tulisan.", "Sekda Pimpin Rakor Penanganan Inflasi"]
SECOND = "Rakor membahas stok beras dan harga cabai menjelang Ramadan di seluruh kabupaten dan kota di Provinsi Lampung."
INSIDE = ("Rapat juga membahas distribusi beras ke pasar-pasar tradisional dan diikuti Kepala Dinas Ketahanan Pangan "
          "Provinsi Lampung Bani Ispriyanto. (ist)")


def test_a_caption_above_the_lead_is_no_part_of_the_story():
    lines = clean_lines("\n\n".join(HEADER + [CAPTION, LEAD, SECOND, INSIDE]))
    assert lines[len(HEADER)] == LEAD
    assert lines[-1].startswith("Rapat juga membahas") and lines[-1].endswith("Bani Ispriyanto.")


def test_the_caption_dates_no_meeting():
    x = extract({"id": "t", "url": "u", "published": "2025-04-15", "title": "Sekda Kumpulkan Kepala Daerah Bahas Inflasi",
                 "text": "\n\n".join(HEADER + [CAPTION, LEAD, SECOND, INSIDE])})
    assert x["is_meeting"] and x["meeting_date"] == "2025-04-15" and x["date_assumed"]


def test_a_ticker_with_a_colon_above_the_caption_is_no_lead():
    """'Breaking News: ... || ...' reads like a dateline ('X: '), but it is no prose: the lead is still below the caption."""
    ticker = ("Breaking News: PPDB SMA Zonasi Diwarnai Dugaan Manipulasi KK || Warga Way Halim Keluhkan Jalan Rusak Sejak "
              "Lama")
    lines = clean_lines("\n\n".join([ticker] + HEADER + [CAPTION, LEAD, SECOND]))
    assert not any(line.startswith("Gubernur Lampung saat meninjau") for line in lines)


def test_a_caption_run_into_the_lead_ends_at_its_credit():
    """A page flattened to one paragraph keeps the caption before the lead: its credit in brackets ends it, so its day
    and place are still not the meeting's."""
    x = extract({"id": "t", "url": "u", "published": "2025-04-15", "title": "Sekda Kumpulkan Kepala Daerah Bahas Inflasi",
                 "text": " ".join([CAPTION, LEAD.replace("inflasi", "inflasi di Hotel Horison, Senin (14/4/2025)"),
                                   SECOND])})
    assert x["is_meeting"] and x["meeting_date"] == "2025-04-14" and x["venue"] == "Hotel Horison"
    assert clean_lines(" ".join([CAPTION, LEAD]))[0] == LEAD


def test_a_caption_run_into_the_end_of_the_story_is_set_apart():
    """A page flattened to one paragraph ends with the caption under the story, its credit last ('... kabupaten/kota.
    Dokumentasi: Gubernur membuka Musrenbang (Foto: Tim Humas)'): the story is still the story."""
    caption = "Dokumentasi: Sekda Lampung memimpin rapat koordinasi penanganan inflasi (Foto: Tim Humas Bappeda)"
    lines = clean_lines(" ".join([LEAD, SECOND, INSIDE.replace(" (ist)", ""), caption]))
    assert lines[0].startswith(LEAD) and lines[0].endswith("Bani Ispriyanto.")


def test_an_outlets_signed_credit_inside_a_flattened_page_ends_the_caption_there():
    """A page flattened to one paragraph: '... kata Parosil. Foto: Bupati ... memimpin upacara ... (Lampost/Ist) Sehari
    sebelumnya, ... DPRD ... menggelar rapat paripurna istimewa ...': the outlet signs the credit; what follows it is the
    story going on (a day earlier's plenary, an aside), not one sentence with the ceremony's lead."""
    text = ("LIWA (Lampost.co) -- Pemerintah Kabupaten Lampung Barat menggelar upacara peringatan Hari Jadi ke-34 "
            "Kabupaten Lampung Barat di Lapangan Merdeka Liwa, Rabu (24/9/2025). Bupati Lampung Barat Parosil Mabsus "
            "bertindak sebagai inspektur upacara. Upacara diikuti ribuan peserta dari unsur ASN, TNI-Polri dan pelajar. "
            '"Lampung Barat dibangun oleh gotong royong semua warga," kata Parosil. Foto: Bupati Lampung Barat Parosil '
            "Mabsus memimpin upacara Hari Jadi ke-34 di Lapangan Merdeka Liwa. (Lampost/Ist) Sehari sebelumnya, Selasa "
            "(23/9/2025), DPRD Lampung Barat menggelar rapat paripurna istimewa dalam rangka hari jadi yang dihadiri "
            "Gubernur Lampung. Usai upacara, Parosil dan jajaran melakukan ziarah ke makam tokoh pendiri kabupaten.")
    lines = clean_lines(text)
    assert lines[1].startswith("Sehari sebelumnya, Selasa (23/9/2025)")
    assert run(text, title="Upacara Hari Jadi ke-34 Lampung Barat", published="2025-09-24")["is_meeting"] is False


def test_a_lead_closed_by_a_short_form_keeps_its_place_before_a_caption_run_on():
    """'... Senin (16/6/2025) pukul 09.00 WIB. Sekdaprov ... saat mengikuti Rakor ... (Foto: Adpim) Rakor dipimpin ...':
    the lead ends at 'WIB.', the caption after it is set apart, not the lead taken into it."""
    lead = ("Bandar Lampung--Sekretaris Daerah Provinsi Lampung Marindo Kurniawan mengikuti Rapat Koordinasi Pengendalian "
            "Inflasi Daerah Tahun 2025 yang digelar Kementerian Dalam Negeri secara virtual, dari Ruang Command Center "
            "Diskominfotik Provinsi Lampung, Senin (16/6/2025) pukul 09.00 WIB.")
    text = (lead + " Sekdaprov Lampung Marindo Kurniawan saat mengikuti Rakor Pengendalian Inflasi Daerah secara virtual "
            "di Ruang Command Center Diskominfotik. (Foto: Adpim) Rakor dipimpin Sekretaris Jenderal Kementerian Dalam "
            "Negeri Tomsi Tohir dan diikuti kepala daerah se-Indonesia.")
    assert clean_lines(text)[0] == lead
    out = run(text, title="Sekdaprov Ikuti Rakor Inflasi Secara Virtual", published="2025-06-16")
    assert out["venue"] == "Ruang Command Center Diskominfotik Provinsi Lampung"


def test_a_file_photo_captioned_months_before_the_page_does_not_date_the_meeting():
    """'Suasana rapat paripurna ... saat penyampaian LKPJ Gubernur, Selasa (25/3/2025). Foto: Dok/Lampost.co' above a
    story stamped 11 August: an archive photo of another plenary; the story's 'Senin (11/8)' dates its own."""
    out = run("Senin, 11 Agustus 2025 - 16:02 WIB\nSuasana rapat paripurna DPRD Provinsi Lampung saat penyampaian LKPJ "
              "Gubernur, Selasa (25/3/2025). Foto: Dok/Lampost.co\nBANDAR LAMPUNG (Lampost.co) -- Pemerintah Provinsi "
              "Lampung memproyeksikan pendapatan daerah dalam Perubahan APBD 2025 turun Rp148,2 miliar. Angka itu terungkap "
              "saat Gubernur Rahmat Mirzani Djausal membacakan nota keuangan Raperda Perubahan APBD 2025 dalam rapat "
              "paripurna DPRD Lampung, Senin (11/8).", title="Pendapatan Daerah Diproyeksi Turun", published=None)
    assert out["meeting_type"] == "rapat_paripurna" and out["meeting_date"] == "2025-08-11"


def test_a_meeting_photo_days_before_a_story_naming_no_meeting_is_no_meeting():
    """A caption of a rakor three days before, above a health chief's statement that names no meeting at all: the photo
    illustrates, the statement is the news."""
    out = run("Kadinkes Provinsi Lampung Nurhayati Fadillah saat rapat koordinasi kewaspadaan DBD bersama dinkes "
              "kabupaten/kota, Jumat (13/2/2026). Foto: Dok Dinkes Lampung\nSaibumi.com, Bandar Lampung - Dinas Kesehatan "
              "Provinsi Lampung mencatat 1.386 kasus demam berdarah dengue (DBD) sepanjang Januari hingga pertengahan "
              "Februari 2026.\n\"Curah hujan yang tinggi membuat tempat perindukan nyamuk bertambah,\" kata Kepala Dinas "
              "Kesehatan Provinsi Lampung Nurhayati Fadillah saat dikonfirmasi.",
              title="Kasus DBD di Lampung Naik, Dinkes Minta Warga Gencarkan PSN 3M Plus", published="2026-02-16")
    assert out["is_meeting"] is False
