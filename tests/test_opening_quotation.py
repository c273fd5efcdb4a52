"""A feature may open with what someone said, above the dateline's lead: the news is still told first, in the lead."""

from pipelines.extract.text import clean_lines
from tests.extract_support import run

QUOTE = ('"Kita fasilitasi. Jangan sampai ada gesekan di lapangan. Semua diselesaikan dengan data. Perusahaan juga harus '
         'terbuka," ujar Sulpakar.')
LEAD = ("MESUJI (Lampungpro.co): Belasan petani plasma kelapa sawit dari Kecamatan Tanjung Raya, Kabupaten Mesuji, "
        "mengadu ke Penjabat Bupati Mesuji Sulpakar, Senin (21/2/2023). Mereka mengeluhkan bagi hasil yang tidak terbuka.")
SECOND = ("Para petani yang tergabung dalam Koperasi Produsen Sawit Tanjung Makmur itu diterima Sulpakar di ruang rapat "
          "bupati, kompleks perkantoran Pemkab Mesuji.")
THIRD = "Sulpakar berjanji memanggil manajemen perusahaan inti untuk memverifikasi data lahan petani plasma."


def test_a_quotation_above_the_dateline_goes_after_the_story():
    """The quotation, with only its speaker after it, is read after the story; the lead and the paragraphs after it
    keep their places."""
    assert clean_lines("\n\n".join([QUOTE, LEAD, SECOND, THIRD])) == [LEAD, SECOND, THIRD, QUOTE]


def test_the_audience_told_after_an_opening_quotation_is_the_meeting():
    """The petitioners received in the regent's meeting room, told in the paragraph after the lead, are the news."""
    out = run("\n\n".join([QUOTE, LEAD, SECOND, THIRD]), title="Petani Plasma Mesuji Mengadu ke Pj Bupati",
              published="2023-02-22")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi" and out["chair"]["name"] == "Sulpakar"


def test_a_quotation_that_narrates_the_meeting_stays_first():
    """'"...," kata X ketika memimpin persiapan ... di Ruang Sungkai, Selasa (27/2/2018).': the quotation's sentence
    tells what happened, so it keeps its place."""
    told = ('"Kami berharap kabupaten/kota ikut menyukseskan acara ini," kata Asisten Pemerintahan Hery Suliyanto ketika '
            'memimpin persiapan acara itu di Ruang Sungkai, Balai Keratun, Selasa (27/2/2018).')
    assert clean_lines("\n\n".join([told, LEAD, SECOND]))[0] == told


def test_a_lead_that_itself_opens_with_a_quotation_is_still_the_lead():
    """'BANDAR LAMPUNG (Lampost.co) -- "Enam puluh satu tahun lalu ..."': the dateline's lead, quoted as features open;
    the speaker's other words above it go after the story, and the plenary told two paragraphs on is the news."""
    above = ('"Kita punya tol, punya pelabuhan, punya lahan. Tapi nilai tambahnya dinikmati daerah lain. Itu yang harus '
             'kita ubah," ujarnya.')
    lead = ('BANDAR LAMPUNG (Lampost.co) -- "Enam puluh satu tahun lalu para pendiri provinsi ini berjuang. Hari ini tugas '
            'kita bukan lagi berdiri, tapi berlari."')
    said = ("Kalimat itu meluncur dari Gubernur Lampung Rahmat Mirzani Djausal dalam pidato pertamanya pada peringatan "
            "hari jadi provinsi.")
    held = ("Mirza menyampaikan pidato tersebut dalam Rapat Paripurna Istimewa DPRD Provinsi Lampung memperingati HUT "
            "ke-61 Provinsi Lampung di ruang sidang paripurna DPRD, Selasa (18/3/2025).")
    assert clean_lines("\n\n".join([above, lead, said, held]))[0] == lead
    out = run("\n\n".join([above, lead, said, held]), title="Lampung 61 Tahun, Mirza: Saatnya Berhenti Jadi Penonton",
              published="2025-03-18")
    assert out["meeting_type"] == "rapat_paripurna" and out["meeting_date"] == "2025-03-18"


def test_a_quotation_run_into_the_dateline_s_lead_is_set_apart():
    """A page that flattened its paragraphs: '"... disepakati 9 April," ujar Giri usai rapat. Kupastuntas.co, Bandar
    Lampung - Badan Musyawarah ... menggelar rapat ...': the quotation is read after the story, so its agreed day and the
    plenary it schedules do not become the meeting's."""
    out = run('"Karena bertepatan dengan cuti bersama Lebaran, kami sudah koordinasikan dengan pemprov dan disepakati 9 '
              'April," ujar Giri usai rapat. Kupastuntas.co, Bandar Lampung - Badan Musyawarah (Banmus) DPRD Provinsi '
              'Lampung menggelar rapat penyusunan jadwal kegiatan dewan untuk masa sidang II tahun 2025, Senin (24/3/2025). '
              'Rapat Banmus dipimpin langsung Ketua DPRD Lampung Ahmad Giri Akbar. Salah satu keputusan rapat ialah '
              'menjadwalkan rapat paripurna penyampaian LKPJ Gubernur Lampung pada Rabu, 9 April 2025.',
              title="Banmus Jadwalkan Paripurna LKPJ Gubernur 2024 Usai Lebaran", published="2025-03-25")
    assert out["meeting_type"] == "rapat_lainnya" and out["meeting_date"] == "2025-03-24"
