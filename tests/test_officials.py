"""Officials: honorifics, person ids and the boundary between a role and the name after it."""

from datetime import date

import pytest

from pipelines.extract import extract, read_article
from pipelines.extract.people import mentions, officials_in, strip_honorifics
from tests.extract_support import run


def _names(sentence: str) -> list[str]:
    """The person names `mentions` finds in one sentence."""
    return [m[3] for m in mentions(sentence)]


@pytest.mark.parametrize("raw, clean", [
    ("Dr. Marindo Kurniawan, S.T., M.M.", "Marindo Kurniawan"),
    ("Drs. H. Mad Hasnurin", "Mad Hasnurin"),
    ("Ir. Hj. Siti Aminah, S.H., M.Si", "Siti Aminah"),
    ("Bapak Prof. Budi Santoso", "Budi Santoso"),
])
def test_honorifics_and_degrees_are_stripped_from_names(raw, clean):
    """Academic degrees, hajj titles and 'Bapak' are stripped from a name."""
    assert strip_honorifics(raw) == clean


def test_misspelt_governor_name_maps_to_one_person_id():
    """A misspelt governor name ('Rahmad Mirzani Djauzal') maps to the canonical person_id."""
    out = run("Gubernur Lampung Rahmad Mirzani Djauzal membuka Musrenbang RKPD di Hotel Novotel, Selasa (8/4).")
    assert out["meeting_type"] == "musrenbang"
    assert out["officials"][0]["person_id"] == "rahmat-mirzani-djausal"
    assert out["city"] == "Kota Bandar Lampung"


def test_office_nouns_continue_the_role_not_the_name():
    """Office nouns ('Ketenagakerjaan') continue the role; an unnamed office head is no mention."""
    found = mentions("Rapat dihadiri Wakil Menteri Ketenagakerjaan Budi Santoso dan Kepala Dinas Peternakan.")
    assert [(role, name) for _, _, role, name in found] == [("Wakil Menteri Ketenagakerjaan", "Budi Santoso")]


def test_person_referred_to_di_era_presiden_is_not_an_official():
    """A person only referred to ('di era Presiden ...') is not an official of the meeting."""
    names = {o["name"] for o in officials_in(["Musrenbang menjadi tahap penting di era Presiden Prabowo Subianto, kata "
                                              "Kepala Bappeda Lampung Elvira Umihanni."], None)}
    assert names == {"Elvira Umihanni"}


def test_place_after_cabang_belongs_to_the_role():
    """A place after 'Cabang' belongs to the role, not to the name."""
    found = mentions("Hadir General Manager PT Pelni Cabang Tarahan Sulastri dalam rapat itu.")
    assert [(m[2], m[3]) for m in found] == [("General Manager PT Pelni Cabang Tarahan", "Sulastri")]


def test_known_place_is_never_the_start_of_a_name():
    """A gazetteer place (Bakauheni) never starts a person name."""
    assert _names("Hadir Kepala Pelabuhan Bakauheni Darmawan Saputra.") == ["Darmawan Saputra"]


def test_region_after_capitalised_words_ends_an_organisation_role():
    """A region after capitalised words ('Kadin Lampung Selatan') shows they named an organisation in the role."""
    found = mentions("Ketua Umum Kadin Lampung Selatan Hendra Gunawan menyampaikan usulan.")
    assert [m[3] for m in found] == ["Hendra Gunawan"] and found[0][2].endswith("Lampung Selatan")


def test_office_words_of_boards_are_part_of_the_role():
    """Board office words ('Majelis Komisioner', 'Direktur Eksekutif LBH') stay in the role."""
    assert _names("Sidang dipimpin Ketua Majelis Komisioner Rudi Hartono.") == ["Rudi Hartono"]
    assert _names("Direktur Eksekutif LBH Lampung Sumaindra menyampaikan catatan.") == ["Sumaindra"]


def test_military_rank_after_unit_starts_the_name():
    """A rank ('Kolonel Inf') after a unit designation starts the name."""
    assert _names("Rapat dihadiri Dandim 0410/Kota Bandar Lampung Kolonel Inf Anang Setiawan.") == ["Anang Setiawan"]


def test_lone_unit_or_place_is_not_a_person():
    """A unit or office with no name after it (Kodim, Danrem 043/Garuda Hitam) is not a person."""
    assert _names("Hadir pula perwakilan Kodim dan Kepala Seksi Kodim.") == []
    assert officials_in(["Rakor dihadiri Danrem 043/Garuda Hitam, Kajati Lampung dan Kapolda."], None) == []


def test_role_boundary_after_cabang_end_to_end():
    """The role/name boundary after 'Cabang <place>' holds in a whole extracted record."""
    record = {"id": "x", "url": "u", "title": "Rakor Arus Mudik", "published": "2025-03-20",
              "text": "Gubernur memimpin rapat koordinasi arus mudik, Rabu (19/3/2025). Hadir General Manager "
                      "PT ASDP Indonesia Ferry Cabang Bakauheni Rosmawati."}
    names = [o["name"] for o in extract(record)["officials"]]
    assert "Rosmawati" in names and not any("Bakauheni" in n for n in names)


def test_words_of_an_office_name_are_never_part_of_a_person_name():
    """Words of an office name ('Badan Gizi Nasional', 'Biro Umum') are never part of a person name."""
    found = mentions("Koordinator Regional Badan Gizi Nasional (BGN) Wilayah Lampung, Rizky Aditya Pratama, hadir.")
    assert "Gizi Nasional" not in [m[3] for m in found]
    assert [m[3] for m in mentions("Hadir Kepala Badan Gizi Nasional Dadan Hindayana.")] == ["Dadan Hindayana"]
    assert [m[3] for m in mentions("Hadir Kepala Biro Umum Jakarta dan tamu lainnya.")] == []


def test_loanword_office_nouns_never_make_a_name():
    """'Direktur Perencanaan Evaluasi dan Informasi ... Ditjen ..., <name>': -asi nouns and Ditjen are the office."""
    found = mentions("dibuka Direktur Perencanaan Evaluasi dan Informasi Pembangunan Daerah Ditjen Bina Pembangunan "
                     "Daerah Kemendagri, Nyoto Suwignyo.")
    assert [m[3] for m in found] == ["Nyoto Suwignyo"]


def test_one_word_name_before_another_role_was_part_of_the_role():
    """'Asisten Pemerintahan dan Kesra Sekda Provinsi Lampung <name>': 'Kesra' is not a person."""
    found = mentions("rapat dipimpin Asisten Pemerintahan dan Kesra Sekda Provinsi Lampung Hery Suliyanto di ruang rapat")
    assert [(m[2], m[3]) for m in found] == [("Asisten Pemerintahan dan Kesra Sekda Provinsi Lampung", "Hery Suliyanto")]


def test_office_continues_after_the_word_that_proved_it():
    """'Kepala Biro Pemerintahan dan Otda Provinsi Lampung <name>': place words after the reset stay in the role."""
    found = mentions("Kepala Biro Pemerintahan dan Otda Provinsi Lampung Chandri menyampaikan bahwa tamu akan datang.")
    assert [m[3] for m in found] == ["Chandri"]


def test_lower_case_role_before_a_name_is_still_a_role():
    """News prose writes 'anggota DPD RI <name>', 'wakil ketua II DPRD ... <name>' in lower case."""
    found = mentions("Hadir pula anggota DPD RI Ahmad Bastian dan wakil ketua II DPRD Lampung Selatan Agus Sutanto.")
    assert [m[3] for m in found] == ["Ahmad Bastian", "Agus Sutanto"]


def test_a_document_number_after_a_role_is_not_a_name():
    """'Peraturan Gubernur Lampung Nomor 59', 'Kepala Daerah Serentak 2020': title-case words that are no person."""
    assert mentions("Sesuai Peraturan Gubernur Lampung Nomor 59 Tahun 2013 tentang jadwal rapat.") == []
    assert mentions("Rakor Pemilihan Kepala Daerah Serentak 2020 digelar hari ini.") == []


def test_national_figures_of_a_planned_visit_are_not_acting_officials():
    """'Presiden X dijadwalkan menyambangi Lampung' names the subject of a preparatory meeting, not a participant."""
    sents = ["Presiden Republik Indonesia Joko Widodo dijadwalkan kembali menyambangi Provinsi Lampung.",
             "Sekretaris Daerah Provinsi Lampung Fahrizal Darminto memimpin rapat persiapan.",
             "Rute Presiden Joko Widodo di Lampung masih dirahasiakan."]
    assert [p["name"] for p in officials_in(sents, None)] == ["Fahrizal Darminto"]


def test_coordinating_minister_and_consul_are_role_heads():
    """'Menko Perekonomian <name>', 'Konsul Jenderal RRT <name>' name officials."""
    assert [m[3] for m in mentions("Vicon bersama Menko Perekonomian Airlangga Hartarto dan Konsul Jenderal RRT Zhang Min.")] == [
        "Airlangga Hartarto", "Zhang Min"]


@pytest.mark.parametrize("sentence, expected", [
    ("Duta Besar Republik Rakyat Tiongkok untuk Indonesia Wang Lutong bertemu Gubernur.", ["Wang Lutong"]),
    ("Menteri Luar Negeri Arab Saudi hadir dalam pertemuan.", []),
    ("Presiden Prabowo Subianto melalui Menteri Sekretaris Negara Prasetyo Hadi.", ["Prabowo Subianto", "Prasetyo Hadi"]),
    ("Sekretaris Kabinet Teddy Indra Wijaya hadir.", ["Teddy Indra Wijaya"]),
])
def test_country_state_and_cabinet_words_belong_to_the_role(sentence, expected):
    """Countries, 'Negara' and 'Kabinet' continue a role; they are never a person's name."""
    assert [m[3] for m in mentions(sentence)] == expected


def test_headline_verbs_in_title_case_are_not_names():
    """'Kepala Bappeda Pimpin Raker RPJMD', 'Kepala Biro Adpim Pimpin Rakor': the verb and the bureau are no person."""
    assert mentions("Kepala Bappeda Pimpin Raker RPJMD Bersama Perguruan Tinggi") == []
    assert mentions("Kepala Biro Adpim Pimpin Rakor RPJMD Bersama Kepala OPD") == []


def test_represented_or_absent_people_are_not_acting_officials():
    """'mewakili Gubernur X', 'X berhalangan hadir', 'X diwakili ...': named, not acting."""
    sents = ["Asisten I Qodratul Ikhwan, mewakili Gubernur Lampung Rahmat Mirzani Djausal, membuka rapat.",
             "Ketua DPRD Lampung Ahmad Giri Akbar berhalangan hadir dan diwakili Wakil Ketua Kostiana."]
    assert [p["name"] for p in officials_in(sents, None)] == ["Qodratul Ikhwan", "Kostiana"]


def test_titled_name_without_an_office_is_a_person():
    """'Dr. Ir. Wayan Sukadana, M.Si.' is a person even with no role before the name."""
    found = officials_in(["Hadir sebagai narasumber dari kampus, Dr. Ir. Wayan Sukadana, M.Si. dari Unila."], None)
    assert [p["name"] for p in found] == ["Wayan Sukadana"]


@pytest.mark.parametrize("sentence, expected", [
    ("Kepala Kantor Wilayah Direktorat Jenderal Perbendaharaan (DJPb) Provinsi Lampung, Bimo Sasongko, hadir.", ["Bimo Sasongko"]),
    ("Wagub Terima Courtesy Call Kakanwil DJPb Lampung, Bahas Sinergi", []),
    ("Koordinator Wilayah Badan Gizi Nasional (BGN) Lampung, Andika Pratama, hadir.", ["Andika Pratama"]),
    ("Perwakilan Kanwil Kementerian Hukum Lampung, Ratna Sari Dewi, mengingatkan tim.", ["Ratna Sari Dewi"]),
    ("Seleksi terbuka Jabatan Pimpinan Tinggi Pratama dibuka Senin.", []),
    ("Temui Menteri PU, Gubernur Mirza Minta Dukungan", ["Mirza"]),
])
def test_role_and_name_boundary_in_real_prose(sentence, expected):
    """Mixed-case short forms and JPT ranks stay in the role; a comma before a new role ends the old one."""
    assert [m[3] for m in mentions(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Camat Gadingrejo, Suhendra, S.IP., melaporkan 187 usulan.", [("Camat Gadingrejo", "Suhendra")]),
    ("Kepala Desa Bernung, Sugianto, menyambut rombongan.", [("Kepala Desa Bernung", "Sugianto")]),
    ("Camat Suhendra hadir dalam rapat.", [("Camat", "Suhendra")]),
    ("Direktur RSUD Alimuddin Umar menyebut ruang rawat anak penuh.", []),
    ("Manajer Humas PT Sawit Menggala Lestari, Rudi Hartono, hadir.", [("Manajer Humas PT Sawit Menggala Lestari", "Rudi Hartono")]),
    ("Bupati Ali Rahman Hakim yang membuka kegiatan itu mengatakan.", [("Bupati", "Ali Rahman Hakim")]),
    ("Kasat Intelkam Polres Lampung Timur hadir.", []),
])
def test_place_and_institution_names_after_an_office(sentence, expected):
    """After Camat/Kepala Desa the place is named before a comma; after RSUD/PT the capitalised words are its name;
    'Hakim' is also a surname; unit short forms (Intelkam) are not names."""
    assert [(m[2], m[3]) for m in mentions(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Temui Menhub, Mirza Minta Tambahan Dermaga di Bakauheni", []),
    ("SVP Penjualan Wilayah 1 PT Pupuk Indonesia Dedi Kurniawan memaparkan stok.", ["Dedi Kurniawan"]),
    ("Gubernur bertemu Mentan Andi Amran Sulaiman di Jakarta.", ["Andi Amran Sulaiman"]),
])
def test_headline_commas_company_officers_and_ministers_short_titles(sentence, expected):
    """A headline's comma is a clause break; a person after a long company name; 'Mentan' is a minister's title."""
    assert [m[3] for m in mentions(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Ketua Tim Percepatan Penurunan Stunting hadir dalam rapat.", []),
    ("Ketua Satgas Pangan Polda Lampung Kombes Pol Arie Setiawan hadir.", ["Arie Setiawan"]),
    ("Kepala Puskesmas Natar, dr. Yuliana Sari, menjelaskan.", ["Yuliana Sari"]),
    ("Manager PLN UP3 Metro Hendra Saputra hadir.", ["Hendra Saputra"]),
])
def test_team_and_facility_names_belong_to_the_role(sentence, expected):
    """The capitalised words after Tim/Satgas/Puskesmas name the team or facility; a rank or comma starts the person."""
    assert [m[3] for m in mentions(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Kepala Biro Pengadaan Barang dan Jasa Rini Astuti hadir.", ["Rini Astuti"]),
    ("Kepala Dinas Peternakan dan Kesehatan Hewan Provinsi Lampung drh. Lili Mawarti menjelaskan.", ["Lili Mawarti"]),
    ("Sidang dihadiri anggota majelis Ahmad Alamsyah dan Dery Hendryan.", ["Ahmad Alamsyah", "Dery Hendryan"]),
    ("Narasumber masing-masing kepala dinas pertanian, Ir. Sutrisno Wahyudi, dan kepala dinas perikanan, Hendra "
     "Gunawan, S.Pi., serta akademisi.", ["Sutrisno Wahyudi", "Hendra Gunawan"]),
])
def test_lists_of_officials_in_news_prose(sentence, expected):
    """'Barang dan Jasa' is an office, 'drh.' a title, 'A dan B' share a role, 'kepala dinas X, Name' in lower case."""
    assert [m[3] for m in mentions(sentence)] == expected


def test_dotted_initials_do_not_end_a_sentence():
    """'Tondi M.G. Nasution' stays in one sentence."""
    from pipelines.extract.text import sentences
    assert len(sentences(["Hadir Kepala Dinas Tondi M.G. Nasution dalam rapat itu. Ia menjelaskan."])) == 2


@pytest.mark.parametrize("sentence, role, name", [
    ("Juru bicara Badan Anggaran DPRD, Sri Wahyuningsih, membacakan laporan.", "Juru bicara Badan Anggaran DPRD",
     "Sri Wahyuningsih"),
    ("Ketua Pengadilan Negeri Sukadana, Dewi Kartika Sari, S.H., M.H., hadir.", "Ketua Pengadilan Negeri Sukadana",
     "Dewi Kartika Sari"),
    ("Perwakilan petani dari Kecamatan Seputih Raman, Suparman, menyampaikan keluhan.",
     "Perwakilan petani dari Kecamatan Seputih Raman", "Suparman"),
    ("Rapat dipimpin Wakil Ketua DPRD Provinsi Lampung selaku pimpinan Banggar, Hendrik Saputra Wijaya.",
     "Wakil Ketua DPRD Provinsi Lampung selaku pimpinan Banggar", "Hendrik Saputra Wijaya"),
    ("Kepala Bidang Penetapan Hak dan Pendaftaran BPN Lampung, Edi Purnomo Sitompul, memaparkan data.",
     "Kepala Bidang Penetapan Hak dan Pendaftaran BPN Lampung", "Edi Purnomo Sitompul"),
])
def test_a_long_role_closed_by_a_comma_names_the_person_after_it(sentence, role, name):
    """Apposition: 'Role phrase without a verb, Name,' (the role may hold 'selaku', 'dari', 'dan')."""
    assert [(m[2], m[3]) for m in mentions(sentence)] == [(role, name)]


@pytest.mark.parametrize("sentence", [
    "Kapolres Lampung Timur AKBP Rizal Ramadhan, S.I.K., membuka rapat.",
    "Menteri Pertanian Andi Amran Sulaiman di Kantor Kementerian Pertanian, Jakarta Selatan, menerima Gubernur.",
    "Rapat digelar di Kantor Bupati Pesawaran, Gedong Tataan, Senin (14/4).",
])
def test_a_degree_a_place_or_a_building_after_the_comma_is_no_name(sentence):
    names = [m[3] for m in mentions(sentence)]
    assert not any(n in {"S.I.K", "Jakarta Selatan", "Gedong Tataan"} for n in names)


def test_a_list_of_people_closed_by_a_full_stop_is_prose_and_corps_abbreviations_do_not_end_it():
    people = officials_in(["Bupati Dewi Handajani, Kepala Bappeda Lampung Mulyadi Irsan, Ketua DPRD Tanggamus Heri "
                           "Agus Setiawan, Dandim 0424 Letkol Arm. Micha Arruan, dan pejabat lain hadir."], None)
    assert {"Dewi Handajani", "Mulyadi Irsan", "Heri Agus Setiawan"} <= {p["name"] for p in people}


@pytest.mark.parametrize("sentence, role, name", [
    ("Yozi Rizal, Wakil Ketua DPRD Lampung yang memimpin Rapat Paripurna, melemparkan usulan itu.",
     "Wakil Ketua DPRD Lampung", "Yozi Rizal"),
    ("Hal itu dikatakan Marindo Kurniawan, Sekdaprov Lampung, saat memimpin rapat.", "Sekdaprov Lampung",
     "Marindo Kurniawan"),
])
def test_the_name_first_then_its_role_after_a_comma(sentence, role, name):
    assert [(m[2], m[3]) for m in mentions(sentence)] == [(role, name)]


def test_name_role_pairs_in_a_list_keep_their_own_roles():
    found = [(m[2], m[3]) for m in mentions("Rapat dihadiri Budi Santoso, Kepala Bappeda, dan Ani Wijaya, Kepala BPKAD.")]
    assert found == [("Kepala Bappeda", "Budi Santoso"), ("Kepala BPKAD", "Ani Wijaya")]


def test_a_hyphenated_product_or_pair_of_bodies_is_no_name():
    assert mentions("Menurut Sekda, Lampung-In merupakan hasil transformasi aplikasi JAKI.") == []
    assert [m[3] for m in mentions("Kepala Bappeda Lampung Siti Nur-Aini hadir.")] == ["Siti Nur-Aini"]


@pytest.mark.parametrize("sentence, expected", [
    ("Hadir antara lain Dewi Handajani (Bupati Tanggamus), Mulyadi Irsan (Kepala Bappeda Lampung), dan lainnya.",
     [("Bupati Tanggamus", "Dewi Handajani"), ("Kepala Bappeda Lampung", "Mulyadi Irsan")]),
    ("Irjen Pol. Purwadi Arianto, Kapolda Lampung; Kol. Inf. Benny Sulistio, Kasrem 043/Gatam.",
     [("Kapolda Lampung", "Purwadi Arianto"), ("Kasrem 043/Gatam", "Benny Sulistio")]),
    ("Kunjungan Konsul Jenderal RRT di Medan, Zhang Min, diterima Gubernur.", [("Konsul Jenderal RRT di Medan", "Zhang Min")]),
    ("- Kepala BPJN Lampung: Susan Novelia", [("Kepala BPJN Lampung", "Susan Novelia")]),
    ("Capaian itu dipaparkan oleh Okmal, kepala Bappeda Lampung Barat.", [("kepala Bappeda Lampung Barat", "Okmal")]),
    ("Pudji Ismartini selaku deputi bidang Statistik Distribusi menyampaikan data.",
     [("deputi bidang Statistik Distribusi", "Pudji Ismartini")]),
    ("Selanjutnya, juru bicara PKB, Demokrat, Nasdem bergantian menyerahkan berkas.", []),
    ("Adapun Erwan, ketua KPU Provinsi Lampung, berharap dukungan.", [("ketua KPU Provinsi Lampung", "Erwan")]),
])
def test_name_first_lists_ranks_and_lower_case_roles(sentence, expected):
    """'Name (Role)', 'Rank Name, Role;', 'Role di Place, Name', '- Role: Name', 'Name, lower-case role', 'Name selaku
    role'; parties and clause openers are no names."""
    assert [(m[2], m[3]) for m in mentions(sentence)] == expected


def test_a_clauses_first_word_and_a_bulleted_headline_yield_no_names():
    assert [m[3] for m in mentions("Bertindak selaku inspektur upacara, Pj. Gubernur Lampung Samsudin membacakan sambutan.")] \
        == ["Samsudin"]
    assert mentions("Berikutnya, Gubernur bersama masyarakat menyampaikan terima kasih.") == []
    from pipelines.extract.text import is_headline
    assert is_headline("• Gubernur Lampung Arinal Djunaidi Janji Dukung Penuh KG Lampung Award Tahun 2020")
    assert not is_headline("- Bupati Lampung Tengah, Ardito Wijaya")


@pytest.mark.parametrize("sentence", [
    "Hadir Duta Besar Oman, Duta Besar Irak, Duta Besar Libya dan Duta Besar Sudan.",
    "Bertindak sebagai Inspektur Upacara adalah Gubernur.",
    "Rapat dihadiri Kadis, Karo dan Kaban se-Pemprov Lampung.",
    "Ia disambut Danrem 043 Gatam dan jajaran.",
])
def test_countries_parades_and_short_titles_after_a_role_are_no_names(sentence):
    assert mentions(sentence) == []


def test_sri_is_a_given_name():
    assert [m[3] for m in mentions("Kepala Dinas Sosial Sri Wahyuni hadir.")] == ["Sri Wahyuni"]


@pytest.mark.parametrize("sentence, expected", [
    ("Menteri Koperasi Budi Arie Setiadi yang turut hadir memaparkan program.", [("Menteri Koperasi", "Budi Arie Setiadi")]),
    ("Bupati Tanggamus Moh. Saleh Asnawi memimpin Rapat Pimpinan.", [("Bupati Tanggamus", "Moh. Saleh Asnawi")]),
    ("Perwakilan Kontak Tani Nelayan Andalan (KTNA) Lampung hadir.", []),
    ("Kepala Satpol PP Kota Bandar Lampung hadir.", []),
    ("Hadir dosen Universitas Lampung, Sri Hidayati, Ketua AEKI Lampung, Juprius, serta petani.",
     [("Ketua AEKI Lampung", "Juprius")]),
])
def test_sectors_abbreviated_given_names_spelled_out_bodies_and_an_earlier_apposition(sentence, expected):
    """'Menteri Koperasi X' (a sector, not a cooperative's name), 'Moh. X', 'Kontak Tani ... (KTNA)' is a body, 'Satpol
    PP' an office, and a name closing an earlier role is not the next role's holder."""
    assert [(m[2], m[3]) for m in mentions(sentence)] == expected


def test_a_known_official_keeps_the_name_the_text_writes():
    """'Wakil Gubernur Lampung Chusnunia' stays 'Chusnunia' (the person_id says who); the full name is used only
    when the article writes it."""
    short = run("Rapat paripurna DPRD Provinsi Lampung dihadiri Wakil Gubernur Lampung Chusnunia, Selasa (5/7/2022).",
                published="2022-07-05")
    nunik = [p for p in short["officials"] if p["person_id"] == "chusnunia-chalim"]
    assert [p["name"] for p in nunik] == ["Chusnunia"]
    full = run("Rapat paripurna DPRD Provinsi Lampung dihadiri Wakil Gubernur Lampung Chusnunia Chalim, Selasa "
               "(5/7/2022). Chusnunia menyampaikan pendapat gubernur.", published="2022-07-05")
    assert [p["name"] for p in full["officials"] if p["person_id"] == "chusnunia-chalim"] == ["Chusnunia Chalim"]


def test_a_reference_reaches_over_the_role_and_a_joined_second_person():
    """'arahan Gubernur Lampung Arinal Djunaidi', 'kepemimpinan Gubernur Mirza dan Wagub Jihan': referred to, not
    acting; a comma ends the reference ('Sesuai arahan Gubernur, Sekdaprov X memimpin')."""
    when = date(2025, 5, 7)
    assert [p["name"] for p in officials_in(["Fahrizal Darminto menyampaikan arahan Gubernur Lampung Arinal Djunaidi "
                                              "agar belanja dipercepat."], when)] == ["Fahrizal Darminto"]
    assert officials_in(["Musrenbang menjadi tahap penting bagi kepemimpinan Gubernur Mirza dan Wagub Jihan."], when) == []
    assert [p["name"] for p in officials_in(["Sesuai arahan Gubernur, Sekdaprov Lampung Marindo Kurniawan memimpin "
                                              "rapat."], when)] == ["Marindo Kurniawan"]


def test_directions_followed_live_are_given_by_someone_present():
    """'mengikuti arahan Menteri Dalam Negeri Tito Karnavian': the minister speaks in the meeting."""
    found = officials_in(["Gubernur Lampung Arinal Djunaidi mengikuti arahan Menteri Dalam Negeri Tito Karnavian "
                          "melalui konferensi video."], date(2023, 2, 8))
    assert "tito-karnavian" in [p["person_id"] for p in found]


def test_someone_reached_elsewhere_is_not_in_the_event():
    """'Di tempat terpisah, Ketua Bawaslu X ...', 'X, yang ditemui terpisah, ...' name people outside the meeting."""
    when = date(2020, 2, 7)
    assert officials_in(["Di tempat terpisah, Ketua Bawaslu Lampung Fatikhatul Khoiriyah menyebut Pilkada rawan."], when) == []
    assert officials_in(["Direktur Utama PDAM Way Rilau, Andi Saputra, yang ditemui terpisah menyebut pihaknya siap."],
                        when) == []


def test_way_begins_a_place_name_not_a_person_name():
    """'Peratin Way Napal Hermansyah', 'PDAM Way Rilau, Andi Saputra': the word after 'Way' is the place's."""
    assert mentions("Peratin Way Napal Hermansyah melaporkan kerusakan.")[0][2:] == ("Peratin Way Napal", "Hermansyah")
    assert mentions("Direktur Utama PDAM Way Rilau, Andi Saputra, menyebut pihaknya siap.")[0][3] == "Andi Saputra"


def test_the_chair_is_among_the_officials():
    """'Rapat yang dipimpin Ria Hartini, S.Sos., M.M, itu ...': whoever led the meeting acted in it."""
    out = run("DPRD Kota Metro menggelar Rapat Paripurna di Ruang Sidang DPRD Kota Metro, Jumat (21/11/2025). Rapat yang "
              "dipimpin Ria Hartini, S.Sos.,M.M, itu dihadiri wali kota.", title="Paripurna DPRD Metro", published="2025-11-21")
    assert out["chair"]["name"] == "Ria Hartini" and "Ria Hartini" in [p["name"] for p in out["officials"]]


def test_a_units_number_belongs_to_the_office():
    """'Dandim 0424 Letkol Arm. Micha Arruan': the unit's number is no name; a four-digit year would be."""
    assert mentions("Hadir Dandim 0424 Letkol Arm. Micha Arruan dan camat.")[0][2:] == ("Dandim 0424", "Micha Arruan")


def test_a_regional_government_is_no_persons_name():
    """'Pemkab Tanggamus menyelenggarakan konsultasi publik': the government convened; it is not the chair's name."""
    out = run("Pemkab Tanggamus menyelenggarakan konsultasi publik RPJMD di aula Serumpun Padi, Selasa (9/11/2021), dihadiri "
              "Bupati Dewi Handajani.", title="Konsultasi Publik RPJMD", published="2021-11-09")
    assert (out["chair"] or {}).get("name") != "Pemkab Tanggamus"
    assert "Pemkab Tanggamus" not in [p["name"] for p in out["officials"]]


def test_council_members_named_with_their_party_act_unless_running_elsewhere():
    """'anggota komisi antara lain Deni Ribowo (Demokrat)', 'Ahmad Rivai dari Fraksi PKB' are people in the meeting;
    'Nanda Indira Bastian (PDIP) maju di Pilkada Pesawaran' is a candidate elsewhere."""
    found = [p["name"] for p in officials_in(["RDP dihadiri anggota komisi antara lain Deni Ribowo (Demokrat) dan Lesty "
                                              "Putri Utami (PDI Perjuangan).", "Hadir di antaranya Ahmad Rivai dari Fraksi PKB.",
                                              "Mereka ialah Nanda Indira Bastian (PDIP) maju di Pilkada Pesawaran."], None)]
    assert found == ["Deni Ribowo", "Lesty Putri Utami", "Ahmad Rivai"]


def test_the_maker_of_a_rule_a_former_holder_and_another_time_are_not_acting():
    """'yang diterbitkan Presiden X', 'program prioritas Presiden Y', 'Pj Gubernur sebelumnya, Z', 'saat berkunjung
    beberapa waktu lalu', 'di hadapan ... pada Desember 2024 lalu': named, not acting in this meeting."""
    when = date(2025, 6, 10)
    for sentence in ["Efisiensi mengacu Instruksi Presiden Nomor 1 Tahun 2025 yang diterbitkan Presiden Prabowo Subianto.",
                     "Ia menyebut MBG merupakan program prioritas Presiden Prabowo Subianto.",
                     "Ia mengapresiasi fondasi yang telah diletakkan Pj Gubernur sebelumnya, Samsudin.",
                     "Menteri PU Dody Hanggodo, saat berkunjung ke Lampung beberapa waktu lalu, berjanji membantu.",
                     "Harga itu disepakati di hadapan Pj Gubernur Samsudin pada Desember 2024 lalu."]:
        assert officials_in([sentence], when) == [], sentence


def test_an_office_spelled_out_before_its_short_form_goes_on_after_it():
    """'Ketua Badan Pengawas Pemilu (Bawaslu) Provinsi Lampung Iskardo P. Panggar', 'Ketua Perhimpunan Hotel dan
    Restoran Indonesia (PHRI) Lampung Friandi Indrawan', a lower-case 'dr.' before the name."""
    assert mentions("Hadir Ketua Badan Pengawas Pemilu (Bawaslu) Provinsi Lampung Iskardo P. Panggar.")[0][3] == \
        "Iskardo P. Panggar"
    assert mentions("Hadir Ketua Perhimpunan Hotel dan Restoran Indonesia (PHRI) Lampung Friandi Indrawan, komunitas "
                    "Genpi.")[0][3] == "Friandi Indrawan"
    assert mentions("Hadir Deputi Direksi BPJS Kesehatan Wilayah Sumbagsel dr. Yessi Kumalasari.")[0][3] == "Yessi Kumalasari"


def test_a_region_closes_a_teams_name():
    """'Ketua Tim Penggerak PKK Provinsi Lampung Riana Sari Arinal': the team's name ends with its region."""
    assert mentions("Hadir Ketua Tim Penggerak PKK Provinsi Lampung Riana Sari Arinal, Kepala BKKBN.")[0][2:] == (
        "Ketua Tim Penggerak PKK Provinsi Lampung", "Riana Sari Arinal")


def test_where_an_office_sits_is_part_of_its_name():
    """'Kepala Balai Besar POM di Bandar Lampung Bagus Wicaksono': 'di Bandar Lampung' names the office's seat."""
    assert mentions("Hadir Kepala Balai Besar POM di Bandar Lampung Bagus Wicaksono, serta Polda.")[0][3] == "Bagus Wicaksono"


def test_one_word_after_an_agency_head_names_the_agency():
    """'Kepala Dinas Perkim, Ni Nyoman Widiastuti, ...': 'Perkim' is the agency; the person follows the comma."""
    assert mentions("Kepala Dinas Perkim, Ni Nyoman Widiastuti, menjelaskan program.")[0][2:] == (
        "Kepala Dinas Perkim", "Ni Nyoman Widiastuti")


def test_a_hospital_named_after_someone_keeps_that_persons_titles():
    """'Direktur RSUD Dr. H. Abdul Moeloek, dr. Lukman Pura': the hospital's namesake is not the director."""
    assert mentions("Direktur RSUD Dr. H. Abdul Moeloek, dr. Lukman Pura, juga tampil.")[0][3] == "Lukman Pura"


def test_an_address_after_an_office_is_not_its_holder():
    """'Kantor Gubernur Lampung, Jalan Wolter Monginsidi': a street, not the governor's name."""
    assert mentions("Massa berkumpul di depan Kantor Gubernur Lampung, Jalan Wolter Monginsidi, Telukbetung.") == []


def test_an_office_word_closing_a_name_is_a_surname():
    """'Sekda Lampung Selatan Andi Firmansyah Tanjung,': 'Tanjung' begins places but here ends a person's name."""
    found = officials_in(["Rakor dihadiri Sekda Lampung Selatan Andi Firmansyah Tanjung, jajaran Polres Lampung Selatan."],
                         date(2024, 9, 2))
    assert [(p["name"], p["role"]) for p in found] == [("Andi Firmansyah Tanjung", "Sekda Lampung Selatan")]


def test_hakim_between_two_words_of_a_name_is_the_name():
    """'Wakil Ketua DPRD Joko Santoso dan Lukman Hakim Nasution': no judge named Nasution."""
    found = officials_in(["Rapat didampingi Wakil Ketua DPRD Joko Santoso dan Lukman Hakim Nasution."], date(2025, 3, 26))
    assert [p["name"] for p in found] == ["Joko Santoso", "Lukman Hakim Nasution"]
    assert officials_in(["Hadir Karo Hukum Setdaprov Lampung Ahmad Yani."], date(2025, 3, 26))[0]["name"] == "Ahmad Yani"


def test_the_village_after_kepala_desa_is_read_whole():
    """'Kepala Desa Tanjung Harapan, dan ...' names a village and nobody; 'Kepala Desa Bernung, Suparman' its head."""
    assert officials_in(["RDP dihadiri Camat Abung Semuli, Kepala Desa Tanjung Harapan, dan perwakilan Dinas Perindustrian."],
                        date(2023, 6, 14)) == []
    assert officials_in(["Kepala Desa Bernung, Suparman, hadir."], date(2023, 6, 14))[0]["name"] == "Suparman"


def test_a_district_leadership_forum_is_not_a_person():
    """'Forkopimcam Gedong Tataan' is the district's leadership forum, not someone named after an office."""
    assert officials_in(["Musrenbang dihadiri anggota DPRD Pesawaran daerah pemilihan setempat, perwakilan Bappeda, "
                         "Forkopimcam Gedong Tataan, kepala desa, dan tokoh masyarakat."], date(2025, 2, 10)) == []


def test_a_deputy_of_any_head_is_a_head():
    """'diterima Wakil Duta Besar Republik Korea untuk Indonesia Kim Dong-hyun': the deputy ambassador, named."""
    found = officials_in(["Wagub diterima Wakil Duta Besar Republik Korea untuk Indonesia Kim Dong-hyun."], date(2021, 3, 2))
    assert [(p["name"], p["role"]) for p in found] == [("Kim Dong-hyun", "Wakil Duta Besar Republik Korea untuk Indonesia")]


def test_long_national_titles_end_before_the_name():
    """A company's legal form, a unit's scope ('Pusat') and an office joined by 'dan' all belong to the role."""
    cases = {"Rapat dipimpin Direktur Operasi III PT Hutama Karya (Persero) Hari Sulistyo Wibowo.": "Hari Sulistyo Wibowo",
             "Sidang dipimpin Ketua Tim Uji Kelayakan Lingkungan Hidup Pusat Dwi Hartanto Susilo.": "Dwi Hartanto Susilo",
             "Rakor dipimpin Direktur Toponimi dan Batas Daerah Ditjen Bina Administrasi Kewilayahan Kementerian Dalam "
             "Negeri Sugiarto Wicaksono.": "Sugiarto Wicaksono",
             "Kepala UPTD Pengelolaan Jalan dan Jembatan Wilayah II, Sukarman, melaporkan.": "Sukarman",
             "Ketua Forum Guru Honorer, Dewi Puspitasari, menyebut.": "Dewi Puspitasari"}
    for sentence, name in cases.items():
        assert [p["name"] for p in officials_in([sentence], date(2022, 6, 2))] == [name], sentence


def test_a_person_joined_after_an_office_by_dan_is_not_the_office():
    """'Yudhi sebagai Kepala Dinas Perhubungan dan Nurul Fajri sebagai ...': 'dan' joins a person, not 'Perhubungan dan Nurul'."""
    found = officials_in(["Pejabat yang dilantik adalah Yudhi Prasetyo sebagai Kepala Dinas Perhubungan dan Nurul Fajri "
                          "sebagai Kepala Biro Organisasi."], date(2019, 6, 2))
    assert all("Nurul" not in (p["role"] or "") for p in found)


def test_dates_and_offices_are_not_names():
    """'jawaban gubernur 7 November 2025' is a date; 'kepala UPTD Samsat dari 15 kabupaten' an office."""
    assert officials_in(["Pandangan fraksi disampaikan 5 November, disusul jawaban gubernur 7 November 2025."],
                        date(2025, 10, 30)) == []
    assert officials_in(["Rapat dihadiri Ditlantas Polda Lampung serta kepala UPTD Samsat dari 15 kabupaten/kota."],
                        date(2025, 10, 30)) == []


def test_an_interim_council_chair_keeps_interim_in_the_role():
    """'dipimpin Ketua DPRD sementara Lampung Barat Sutikno Hadi': not the provincial chair of the gazetteer."""
    found = officials_in(["Paripurna itu dipimpin Ketua DPRD sementara Lampung Barat Sutikno Hadi."], date(2024, 9, 24))
    assert [(p["name"], p["role"]) for p in found] == [("Sutikno Hadi", "Ketua DPRD sementara Lampung Barat")]


def test_heads_of_every_village_of_a_district_name_nobody():
    """'kepala desa se-Kecamatan Sekampung Udik': the district's name, not a person called Udik."""
    assert all(p["name"] != "Udik" for p in officials_in(
        ["Musrenbang dihadiri kepala desa se-Kecamatan Sekampung Udik."], date(2025, 2, 3)))


def test_the_common_misspelling_of_sekretaris_is_the_same_office():
    """'Sekertaris Daerah Kabupaten Lampung Tengah X' then 'Sekda meminta ...': the regency's secretary, not the province's."""
    out = run("GUNUNG SUGIH - Sekertaris Daerah Kabupaten Lampung Tengah Drs. H. Nirwan Syahputra, M.Si memimpin rakor TPID "
              "di Ruang Rapat Utama Setdakab Lampung Tengah, Kamis 14 Maret 2024. Sekda meminta OPD memantau harga beras.",
              title="Sekda Lamteng Pimpin Rakor TPID", published="2024-03-15")
    assert out["chair"]["name"] == "Nirwan Syahputra"
    assert [p["name"] for p in out["officials"]] == ["Nirwan Syahputra"]


@pytest.mark.parametrize("sentence, name", [
    ("Kasubdit Gakkum Ditlantas Polda Lampung AKBP Ardiansyah Putra menyatakan pihaknya menindak 214 truk.",
     "Ardiansyah Putra"),
    ("Rakor dipimpin Pelaksana Harian (Plh) Sekretaris Jenderal Kemendagri, Suhajar Wibisono.", "Suhajar Wibisono"),
    ("Peneliti Ahli Madya Balitbangda, Siti Fatimah Zahra, memaparkan hasil kajian.", "Siti Fatimah Zahra"),
    ("Sekdaprov menerima Executive Vice President PT Kereta Api Indonesia (Persero) Divisi Regional IV Tanjungkarang, "
     "Joni Martinus Simanjuntak.", "Joni Martinus Simanjuntak"),
    # a private body's or a company's name runs on to the comma before its officer
    ("Ketua LSM Gempar, Rudi Hartawan, menyatakan informasi itu bukan rahasia.", "Rudi Hartawan"),
    ("Manajer Legal PT Sumber Agro Lestari, Yohanes Widjaja, mengatakan perusahaan memiliki HGU.", "Yohanes Widjaja"),
])
def test_offices_of_units_researchers_companies_and_private_bodies_are_read_up_to_the_person(sentence, name):
    assert [p["name"] for p in officials_in([sentence], None)] == [name]


def test_a_place_named_after_someone_or_an_office_without_holder_names_nobody():
    """'RSUD Dr. H. Abdul Moeloek' is a hospital; 'Kepala Departemen Regional di Kantor Pusat BI' names no holder."""
    assert officials_in(["RSUD Dr. H. Abdul Moeloek akan menambah 40 tempat tidur ruang isolasi."], None) == []
    assert officials_in(["Ia kini bertugas sebagai Kepala Departemen Regional di Kantor Pusat BI."], None) == []


def test_last_year_as_what_is_talked_about_does_not_put_the_speaker_at_another_time():
    """'Anggota Komisi V, Hartono Wijaya, menyoroti ... jalur zonasi tahun lalu' acts now; 'pada tahun lalu' is then."""
    assert [p["name"] for p in officials_in(["Anggota Komisi V, Hartono Wijaya, menyoroti domisili fiktif pada jalur "
                                             "zonasi tahun lalu."], None)] == ["Hartono Wijaya"]
    assert officials_in(["FGD ini tindak lanjut pertemuan Duta Besar Belanda Lambert Grijns dengan Gubernur pada tahun "
                         "lalu."], None) == []


def test_a_one_word_name_is_written_in_full_where_the_article_spells_it_out():
    """'Noverisman, yang juga anggota Fraksi PKB, ...' after 'yakni Noverisman Subing dan Midi Iswanto'."""
    out = run("Paripurna DPRD Lampung membentuk Pansus LKPj, Senin (1/4/2024). Dua anggota Pansus, yakni Noverisman Subing "
              "dan Midi Iswanto, sudah bersiap. Noverisman, yang juga anggota Fraksi PKB, menyatakan pansus akan cermat.",
              title="DPRD Bentuk Pansus LKPj", published="2024-04-01")
    assert "Noverisman Subing" in [p["name"] for p in out["officials"]]


@pytest.mark.parametrize("sentence, expected", [
    # a name word that is also an office ('Hakim') inside a name that opens the sentence
    ("Lukman Hakim Siregar, Wakil Ketua Komisi IV yang memimpin RDP, meminta perbaikan.",
     [("Wakil Ketua Komisi IV", "Lukman Hakim Siregar")]),
    # a state company's unit runs on after its legal form to the comma before its officer
    ("Kepala Cabang PT Hutama Karya (Persero) Ruas Tol Bakauheni-Terbanggi Besar, Arif Budiman Wicaksono, menjelaskan.",
     [("Kepala Cabang PT Hutama Karya (Persero) Ruas Tol Bakauheni-Terbanggi Besar", "Arif Budiman Wicaksono")]),
    # an office naming a building, its town after the comma: nobody
    ("Musrenbang digelar di Aula Rumah Dinas Bupati Tanggamus, Kota Agung, Selasa (11/3/2025).", []),
])
def test_names_and_offices_told_apart_at_name_words_legal_forms_and_towns(sentence, expected):
    assert [(m[2], m[3]) for m in mentions(sentence)] == expected


@pytest.mark.parametrize("text, junk", [
    ("DPRD Provinsi Lampung menggelar Rapat Paripurna Penyampaian LKPJ Gubernur Lampung Akhir Tahun Anggaran 2025 di Ruang "
     "Sidang Paripurna, Senin (30/3/2026).", "Akhir"),
    ("Rakor dihadiri Kapolres Mesuji AKBP Dimas Arya Wicaksono dan Kajari Tulang Bawang yang diwakili Kasi Intel, Rabu "
     "(11/3/2026).", "Intel"),
])
def test_a_period_or_a_section_after_a_role_is_no_name(text, junk):
    """'Gubernur Lampung Akhir Tahun Anggaran' and 'Kasi Intel' name a period and a section, not a person."""
    out = run(text, title="Rapat", published="2026-03-30")
    assert junk not in [p["name"] for p in out["officials"]]


@pytest.mark.parametrize("sentence, cited", [
    ("Pengukuran mengacu pada Peraturan Menteri Kesehatan Nomor 2 Tahun 2020 yang diterbitkan semasa Menteri Kesehatan "
     "Gunadi Prasetya.", "Gunadi Prasetya"),
    ("Sebelumnya, Menteri Pertanian Harun Syahputra dalam kunjungan ke Lampung Februari lalu berjanji meninjau kuota impor.",
     "Harun Syahputra"),
    ("Gubernur menyinggung agenda swasembada pangan Presiden Arjuna Wiratmaja.", "Arjuna Wiratmaja"),
], ids=["a rule's author", "an earlier act", "a programme's owner"])
def test_a_national_figure_only_cited_is_no_official(sentence, cited):
    """Ministers and presidents named as a rule's author, a programme's owner or an earlier event's actor did not act."""
    out = run("Gubernur Lampung memimpin rapat koordinasi di Ruang Rapat Utama, Kamis (12/3/2026). " + sentence,
              title="Rapat", published="2026-03-12")
    assert cited not in [p["name"] for p in out["officials"]]


@pytest.mark.parametrize("sentence, role, name", [
    ("Rakor dipimpin Camat Pesisir Tengah Yulianti Rahmah dan didampingi tim.", "Camat Pesisir Tengah", "Yulianti Rahmah"),
    ("Camat Gedong Tataan Ahmad Sobirin hadir.", "Camat Gedong Tataan", "Ahmad Sobirin"),
])
def test_a_known_place_of_several_words_after_a_place_office_is_the_offices(sentence, role, name):
    """'Camat Pesisir Tengah Yulianti Rahmah': the district's name, whose words are also region words, is not the name."""
    assert [(m[2], m[3]) for m in mentions(sentence)] == [(role, name)]


def test_names_listed_after_one_role_share_it():
    """'didampingi Wakil Ketua Kostiana, Ismet Roni, Maulidah Zauroh dan Naldi Rinara': four deputies, one role."""
    found = mentions("Rapat paripurna dipimpin Ketua DPRD Provinsi Lampung Ahmad Giri Akbar, didampingi Wakil Ketua Kostiana, "
                     "Ismet Roni, Maulidah Zauroh dan Naldi Rinara.")
    assert [(m[2], m[3]) for m in found][1:] == [("Wakil Ketua", n) for n in
                                                  ("Kostiana", "Ismet Roni", "Maulidah Zauroh", "Naldi Rinara")]


def test_places_listed_after_a_place_office_are_no_names():
    """'Lurah Yosodadi, Iringmulyo, Tejoagung dan Tejosari': the listed words are the other villages."""
    assert not {"Tejoagung", "Tejosari"} & set(_names("Hadir Lurah Yosodadi, Iringmulyo, Tejoagung dan Tejosari."))


@pytest.mark.parametrize("lead, absent_name", [
    ("Rakor TPID digelar di Ruang Command Center, Senin (3/3). Rakor ini merupakan tindak lanjut rakor serupa yang dipimpin "
     "langsung Gubernur Lampung Rahmat Mirzani Djausal bersama bupati dan wali kota pada 10 Februari lalu.",
     "Rahmat Mirzani Djausal"),
    ("Rakor daerah digelar di Gedung Pusiban, Senin (3/3). Rakor ini juga menjadi tindak lanjut rapat koordinasi mingguan "
     "yang dipimpin Menteri Dalam Negeri Muhammad Tito Karnavian bersama seluruh pemerintah daerah.", "Tito Karnavian"),
    ("Pj Gubernur Samsudin memimpin rakor MBG di Mahan Agung, Senin (3/3). Ia meminta kepala daerah hadir, mengingat program "
     "ini menjadi prioritas nasional Presiden Prabowo Subianto.", "Prabowo Subianto"),
])
def test_an_earlier_meetings_leader_and_a_cited_national_figure_did_not_act(lead, absent_name):
    """The leader of the meeting this one follows up, and a president named as a priority's owner, are not officials."""
    out = run(lead, title="Rakor", published="2025-03-03")
    assert not any(absent_name in p["name"] for p in out["officials"])


def test_a_one_word_given_name_closed_by_a_common_office_word_is_a_name():
    """'Sekretaris BPBD Provinsi Lampung, Indra Utama': 'Utama' closes a name as well as 'Direktur Utama'."""
    found = officials_in(["Rakor dipimpin Sekretaris BPBD Provinsi Lampung Indra Utama dan dihadiri Direktur Utama PT "
                          "Bumi Agung Hartono."], None)
    assert [(p["name"], p["role"]) for p in found][0] == ("Indra Utama", "Sekretaris BPBD Provinsi Lampung")


def test_an_office_spelled_out_before_a_short_form_with_digits_names_no_person():
    """'Kepala Bidang Pencegahan dan Pengendalian Penyakit (P2P) Dinkes Provinsi Lampung Prasetyo Budi': the words before
    '(P2P)' spell out the unit, the name comes after it."""
    found = officials_in(["Kepala Bidang Pencegahan dan Pengendalian Penyakit (P2P) Dinkes Provinsi Lampung Prasetyo Budi "
                          "memaparkan rincian capaian."], date(2024, 2, 20))
    assert [p["name"] for p in found] == ["Prasetyo Budi"]


def test_a_word_with_the_possessive_clitic_is_no_ones_name():
    """'Kalau naik, ketua TPPS-nya harus menjelaskan di rakor berikutnya': no person is named."""
    assert officials_in(["Kalau naik, ketua TPPS-nya harus menjelaskan di rakor berikutnya."], date(2025, 5, 14)) == []


@pytest.mark.parametrize("sentence", [
    "Menurutnya, Pj Gubernur Samsudin meminta seluruh OPD terkait memastikan ketersediaan bahan pokok.",
    "Pj Gubernur Samsudin, kata Firsada, telah meminta seluruh ASN menjaga netralitas.",
    "Ia menyampaikan bahwa Gubernur Rahmat Mirzani Djausal menaruh perhatian besar pada pekerja informal.",
], ids=["menurutnya", "kata X", "bahwa"])
def test_someone_told_of_in_another_speakers_words_is_not_acting(sentence):
    """A person who is the subject of what someone else reports is cited, not acting in the meeting."""
    assert officials_in([sentence], date(2025, 2, 17)) == []


@pytest.mark.parametrize("sentence", [
    "Kepala SMA SMK se-Provinsi Lampung hadir dalam rapat evaluasi.",
    "Rombongan dipimpin Koordinator Pusat Aliansi BEM menyampaikan tuntutan.",
    "Kepala Bagian Persidangan dan Perundang-undangan memaparkan jadwal.",
], ids=["a school kind", "a students' body", "a reduplicated noun"])
def test_a_lone_acronym_or_a_reduplicated_noun_after_a_role_is_no_name(sentence):
    """One capitalised word after a role that is an acronym ('SMK', 'BEM') or a reduplicated noun ('Perundang-undangan')
    names a unit or a subject, not a person."""
    assert officials_in([sentence], date(2025, 1, 1)) == []


@pytest.mark.parametrize("sentence, name", [
    ("Wakil Rektor Bidang Perencanaan, Kerja Sama dan Sistem Informasi Unila Suharso memaparkan kajian.", "Suharso"),
    ("Kepala Kantor Wilayah Direktorat Jenderal Pajak Bengkulu dan Lampung Tarmizi menjelaskan target.", "Tarmizi"),
    ("Kepala Dinas Pengendalian Penduduk dan Keluarga Berencana Tanggamus Taufik Hidayat melaporkan data.", "Taufik Hidayat"),
], ids=["kerja sama", "pajak", "pengendalian penduduk"])
def test_the_fields_an_office_is_named_by_belong_to_the_role(sentence, name):
    """'Kerja Sama', 'Pajak', 'Penduduk', 'Keluarga Berencana' name an office's field: the person comes after them."""
    assert [p["name"] for p in officials_in([sentence], date(2025, 1, 1))] == [name]


def test_a_term_of_office_belongs_to_the_role():
    """'dipimpin Ketua DPRD Kabupaten Pringsewu masa jabatan 2019-2024 Suherman': the term is part of his office."""
    found = officials_in(["Rapat paripurna dipimpin Ketua DPRD Kabupaten Pringsewu masa jabatan 2019-2024 Suherman."],
                         date(2024, 8, 26))
    assert [p["name"] for p in found] == ["Suherman"]


@pytest.mark.parametrize("sentence, not_a_name", [
    ("Rapat dihadiri Ketua Komisi V Yanuar Irawan dan anggota Komisi V. Dari pihak eksekutif hadir jajaran Disdikbud.",
     "Dari"),
    ("Perwakilan BPJS Kesehatan Kedeputian Wilayah Sumbagsel juga hadir dan menjelaskan integrasi data.", "Sumbagsel"),
    ("Sidang dipimpin Kepala DLH Mesuji Ahmad Rifai selaku Ketua Komisi Penilai Amdal.", "Penilai Amdal"),
])
def test_a_preposition_a_part_of_sumatra_or_a_boards_name_is_no_persons_name(sentence, not_a_name):
    """A word opening the next sentence, the region an office's branch covers, the words of a board's name."""
    assert not_a_name not in [p["name"] for p in officials_in([sentence], None)]


@pytest.mark.parametrize("sentence, venue", [
    ("Bupati bersilaturahmi ke kediaman dinas Gubernur Lampung, Mahan Agung, Rabu malam (5/3/2025).", "Mahan Agung"),
    ("Upacara dipimpin Inspektur Upacara, Lapangan Saburai, pukul 08.00 WIB.", "Lapangan Saburai"),
])
def test_a_known_venue_is_no_persons_name(sentence, venue):
    """'kediaman dinas Gubernur Lampung, Mahan Agung': the gazetteer's venue names the residence, not its holder."""
    assert venue not in [p["name"] for p in officials_in([sentence], None)]


@pytest.mark.parametrize("sentence, expected", [
    # an initial glued to the next word is the same person as the name written in full
    ("Rapat dipimpin Gubernur Lampung M.Dian Nugraha. Gubernur Muhammad Dian Nugraha mengatakan itu.",
     ["Muhammad Dian Nugraha"]),
    # (an initial never stands for another first name)
    ("Hadir Kepala Dinas Sosial M. Saputra dan Kepala Bappeda Hendra Saputra.", ["M. Saputra", "Hendra Saputra"]),
])
def test_an_initial_stands_for_the_name_it_opens(sentence, expected):
    """'M.Dian Nugraha' and 'Muhammad Dian Nugraha' are one official; 'M. Saputra' and 'Hendra Saputra' are two."""
    assert [p["name"] for p in officials_in([sentence], None)] == expected


def extract_sentences(text: str) -> list[str]:
    """The sentences the extractor reads from one paragraph (normalised and split)."""
    return read_article({"id": "x", "title": "", "text": text})[2]


@pytest.mark.parametrize("sentence, name", [
    ("Wakil Bupati Lampung Barat Drs.H. M. Gunadi menghadiri rapat koordinasi itu.", "M. Gunadi"),
    ("Rapat dipimpin Wali Kota Bandar Lampung Kgs. Ahmad Setiadi di ruang kerjanya.", "Kgs. Ahmad Setiadi"),
    ("Ikut hadir Kepala Bidang Persandian Kgs. Anwar, ST, dan Kepala Bidang Statistik Yudi Andriani.", "Kgs. Anwar"),
])
def test_glued_titles_and_clan_titles_open_a_name(sentence, name):
    """Titles glued together ('Drs.H.') and the clan titles of Palembang names ('Kgs.') open the name, not end it."""
    assert name in [p["name"] for p in officials_in(extract_sentences(sentence), None)]


def test_a_surname_that_is_also_a_place_word_closes_a_name():
    """'Erwin Tanjung' is a name of two words, after the role and before it."""
    assert _names("Rapat itu dibuka oleh Kepala Dinas Kesehatan, Erwin Tanjung.") == ["Erwin Tanjung"]
    found = officials_in(["Palu sidang diserahkan dari Erwin Tanjung, Ketua DPRD Lampung periode 2019-2024."], None)
    assert [p["name"] for p in found] == ["Erwin Tanjung"]


@pytest.mark.parametrize("sentence, expected", [
    ("Gubernur dan Wakil Gubernur Lampung terpilih, Rini Iqbal Wijaya dan dr. Yudi Lubis, menggelar diskusi.",
     ["Rini Iqbal Wijaya", "Yudi Lubis"]),
    ("Hadir anggota majelis Ahmad Alamsyah dan H. M. Dery Hendryan.", ["Ahmad Alamsyah", "M. Dery Hendryan"]),
    ("Cagub Lampung Rini Iqbal Wijaya dan cawagub Yudi Lubis bertemu Menteri PU Dody Hanggodo.",
     ["Rini Iqbal Wijaya", "Yudi Lubis", "Dody Hanggodo"]),
    ("Pada paripurna itu, Ahmad M. Setiadi dari Fraksi Gerindra ditetapkan menjadi Ketua Sementara DPRD Lampung.",
     ["Ahmad M. Setiadi"]),
    ("Wakil Gubenur M. Lubis memimpin rapat kesiapsiagaan bencana.", ["M. Lubis"]),
])
def test_names_listed_with_titles_initials_or_as_candidates(sentence, expected):
    """A listed name after a title or with an initial, a candidate for an office and a misspelt office name an official."""
    assert [p["name"] for p in officials_in([sentence], None)] == expected


def test_a_capitalised_headline_verb_ends_a_name():
    """'Gubernur Hendra Dijadwalkan Pimpin Rakor': the verb's 'di-...-kan' shape is no word of a name."""
    assert _names("Gubernur Hendra Dijadwalkan Pimpin Rakor Jalan Wilayah Barat di Kota Agung") == ["Hendra"]


def test_a_pages_tags_name_no_official():
    """'Tags: ..., radityo egi pratama' lists what the page is about; no one in it acted."""
    found = officials_in(["Camat Natar Sriyati melaporkan usulan desa.",
                          "Tags: musrenbang, natar, lampung selatan, Radityo Egi Pratama"], None)
    assert [p["name"] for p in found] == ["Sriyati"]


@pytest.mark.parametrize("sentence, name", [
    ("Menurut Satria Alam, Kepala Disperindag Lampung, rapat ini untuk mengetahui ketersediaan stok.", "Satria Alam"),
    ("Menurut Yanwar Irawan, Ketua Komisi V DPRD Lampung, pihaknya terus mendorong Bank Daerah.", "Yanwar Irawan"),
])
def test_a_name_apposed_to_an_office_after_menurut(sentence, name):
    """'Menurut X, Kepala ...,': 'Menurut' opens the clause; the name before the office is the official's."""
    assert _names(sentence) == [name]


@pytest.mark.parametrize("sentence, expected", [
    # a sentence-case headline: the comma closes a clause whose verb comes after the next name
    ("Temui Menhub, Mirza minta tambahan dermaga di Bakauheni", []),
    ("Diterima Kepala BGN, Mirza usulkan 300 SPPG baru untuk Lampung", []),
    # (prose that leaves out the apposition's closing comma keeps its reading)
    ("Kepala Bappeda Lampung, Mulyadi Irsan mengatakan rapat itu penting.", ["Mulyadi Irsan"]),
])
def test_a_headline_clause_after_an_office_is_no_apposition(sentence, expected):
    """'Temui Menhub, Mirza minta ...': the name after the comma is the next clause's subject, not the Menhub."""
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Gajah liar rusak tiga rumah di Braja Selebah, Bupati Lampung Timur gelar rapat terbatas", []),
    ("Usai resmikan Jembatan, gubernur kumpulkan tiga bupati", []),
    ("Pendapat senada datang dari Budhi Condrowati, sekretaris Fraksi PDIP.", ["Budhi Condrowati"]),
    ("Rombongan bergerak ke Braja Selebah, Bupati Lampung Timur, untuk meninjau banjir.", []),
    # (brought 'ke' someone, the office apposed and closed by a comma: the person)
    ("Keluhan itu dibawa langsung ke Sudirman Akbar, Bupati Tulang Bawang, dalam audiensi bersama APDESI.",
     ["Sudirman Akbar"]),
])
def test_a_place_or_a_verbs_object_before_an_office_is_no_name(sentence, expected):
    """'di Braja Selebah, Bupati ...', 'resmikan Jembatan, gubernur ...': a place or an object, not the office's holder;
    'ke X, Bupati ..., dalam ...' is X when X is no known place and the office closes its apposition."""
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "LAMPUNG, PAMUNGKASINDONESIA.ID- Samsudin, Penjabat (Pj) Gubernur Lampung, menetapkan harga beli singkong.",
    "Dipimpin Samsudin, Penjabat (Pj) Gubernur Lampung, rakor itu mempertemukan pengusaha tapioka dan petani.",
])
def test_a_name_before_its_office_after_a_dateline_or_a_fronted_verb(sentence):
    """'..ID- Samsudin, Penjabat Gubernur ...', 'Dipimpin Samsudin, Penjabat Gubernur ...': the name, not the outlet or
    the verb with it."""
    assert _names(sentence) == ["Samsudin"]


@pytest.mark.parametrize("headline", [
    "Ramadhan Belum Tiba, Gubernur Rini Sudah Pimpin Rapat Kesiapan Angkutan Lebaran 2026",
    "Jelang Nataru, Gubernur Rini Segera Gelar Rakor Forkopimda",
])
def test_an_adverb_after_a_name_in_a_title_case_headline_ends_the_name(headline):
    """'Gubernur Rini Sudah Pimpin ...': auxiliaries and adverbs are no words of a name."""
    assert _names(headline) == ["Rini"]


def test_a_street_named_after_someone_is_no_official():
    """'..., Jalan Wolter Monginsidi Nomor 69': the street's name after 'Jalan' is no one acting; an office whose name
    ends in 'Jalan' still names its holder after the comma."""
    sentence = ("Bupati Lampung Barat Parosil Mabsus menerima audiensi pengurus AEKI Lampung di ruang kerja bupati, Komplek "
                "Perkantoran Pemkab Lampung Barat, Jalan Wolter Monginsidi Nomor 69, Selasa, 12 Agustus 2025.")
    assert [m[3] for m in mentions(sentence)] == ["Parosil Mabsus"]
    office = "Sementara Kepala Bidang Pembangunan Jalan, Arif Budiman, memaparkan 12 paket rekonstruksi."
    assert [m[3] for m in mentions(office)] == ["Arif Budiman"]


def test_an_hour_does_not_hide_that_a_person_acted_the_day_before():
    """'Sehari sebelumnya, Minggu (14/4) pukul 09.00 WIB, Kepala Pelaksana BPBD ... meninjau ...': another day's act."""
    sentence = ("Sehari sebelumnya, Minggu (14/4) pukul 09.00 WIB, Kepala Pelaksana BPBD Provinsi Lampung Rudi Santoso "
                "Harahap meninjau lokasi pengungsian di Bernung.")
    assert officials_in([sentence], date(2024, 4, 15)) == []


def test_a_balinese_names_i_or_ni_belongs_to_the_name():
    """'Kepala Dinas Sosial I Ketut Arsana', 'Rektor Itera, Prof. Dr. I Nyoman Pugeg Aryantha': 'I' and 'Ni' open the
    name, not close the office; a numbered body keeps its numeral ('Ketua Komisi I Made Sudarsana')."""
    found = {(role, name) for _, _, role, name in mentions(
        "Hadir Kepala Dinas Sosial I Ketut Arsana, Ketua FPK Ni Luh Putu Ayu dan Ketua Komisi I Made Sudarsana.")}
    assert {("Kepala Dinas Sosial", "I Ketut Arsana"), ("Ketua FPK", "Ni Luh Putu Ayu"),
            ("Ketua Komisi I", "Made Sudarsana")} <= found
    out = run("BANDAR LAMPUNG - Gubernur memimpin rapat koordinasi di Ruang Rapat Utama, Senin (14/4/2025). Hadir Rektor "
              "Itera, Prof. Dr. I Nyoman Pugeg Aryantha, M.Sc.", title="Gubernur Pimpin Rakor", published="2025-04-15")
    assert "I Nyoman Pugeg Aryantha" in [o["name"] for o in out["officials"]]


def test_the_sources_two_spellings_of_one_name_are_one_official():
    """'Yusuf Sanjaya' and later 'Yusuf Sanjaja' are one person; 'Herman Santoso' and 'Hermawan Santoso' are two."""
    names = [o["name"] for o in officials_in(["Bupati Tulang Bawang Barat Yusuf Sanjaya membuka rapat.",
                                              "Bupati Tubaba Yusuf Sanjaja menjelaskan program."], None)]
    assert names == ["Yusuf Sanjaya"]
    names = [o["name"] for o in officials_in(["Kepala Bappeda Herman Santoso membuka rapat.",
                                              "Kepala Dinas Sosial Hermawan Santoso menjelaskan program."], None)]
    assert names == ["Herman Santoso", "Hermawan Santoso"]


def test_a_mention_without_an_office_takes_the_office_another_mention_gives():
    """'"Kami siap," ujar Dr. Ir. Marindo Kurniawan, S.T., M.M.' then 'Sekretaris Daerah ... Marindo Kurniawan membuka
    rapat.': one person, who keeps the office the second mention gives."""
    found = officials_in(['"Kami siap," ujar Dr. Ir. Marindo Kurniawan, S.T., M.M.',
                          "Sekretaris Daerah Provinsi Lampung Marindo Kurniawan membuka rapat."], None)
    assert [(o["name"], o["role"]) for o in found] == [("Marindo Kurniawan", "Sekretaris Daerah Provinsi Lampung")]


@pytest.mark.parametrize("sentence, name", [
    ("Rapat itu dibuka Direktur Perencanaan, Evaluasi dan Informasi Pembangunan Daerah Ditjen Bina Pembangunan Daerah "
     "Kemendagri, Nyoto Suwignyo.", "Nyoto Suwignyo"),
    ("Hadir Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Provinsi Lampung Fitrianita "
     "Damhuri.", "Fitrianita Damhuri"),
])
def test_an_offices_fields_listed_with_commas_stay_in_the_office(sentence, name):
    """'Direktur Perencanaan, Evaluasi dan Informasi ...': the comma lists the office's fields; the name comes after."""
    assert _names(sentence) == [name]


def test_a_semicolon_ends_a_name_in_a_list_of_attendees():
    """'Kapolda Lampung Irjen Pol. Purwadi Arianto; Kabinda Lampung Brigjen TNI Wahyu Hadi; ...': one name each."""
    assert _names("Rapat dihadiri oleh Kapolda Lampung Irjen Pol. Purwadi Arianto; Kabinda Lampung Brigjen TNI Wahyu "
                  "Hadi; Kepala Dinas Kesehatan (Diskes) Darwin Rusli; Kadis Kominfotik Ganjar Jationo.") == [
        "Purwadi Arianto", "Wahyu Hadi", "Darwin Rusli", "Ganjar Jationo"]


def test_a_bodys_short_form_before_a_persons_name_is_no_part_of_it():
    """'Apeksi Temui KSP, Eva Dwiana: ...': 'KSP Eva Dwiana' is an office's short form and a person, not one name."""
    from pipelines.extract.people import _valid_name
    assert not _valid_name("KSP Eva Dwiana")
    assert _valid_name("Eva Dwiana") and _valid_name("ARINAL DJUNAIDI")


@pytest.mark.parametrize("sentence, name", [
    ("Sementara itu, Imam Fatkuroji, S.STP., M.IP., Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten "
     "Lampung Tengah, dalam paparannya menjelaskan bahwa RPJMD disusun.", "Imam Fatkuroji"),
    ("Hal itu disampaikan Suhendrawati, S.K.M., M.P., Kepala Bagian (Kabag) Administrasi Pembangunan Setdakab Lambar.",
     "Suhendrawati"),
])
def test_degrees_between_a_name_and_its_office_are_stepped_over(sentence, name):
    """'Imam Fatkuroji, S.STP., M.IP., Kepala Bappeda ...': the name first, its degrees, then its office."""
    assert _names(sentence) == [name]


def test_national_figures_a_plan_names_are_the_announced_meetings_own():
    """'Ketiga menteri yang akan hadir ialah Menteri Dalam Negeri X, ...' in the report of a meeting still to come:
    the plan is the event, so the ministers are its people; in a meeting held, a minister to come later is not."""
    plan = "Menurut dia, ketiga menteri yang akan hadir ialah Menteri Dalam Negeri Tjahjo Kumolo dan Menteri Pariwisata "
    found = officials_in([plan + "Arief Yahya."], None, announced=True)
    assert [o["name"] for o in found] == ["Tjahjo Kumolo", "Arief Yahya"]
    assert officials_in([plan + "Arief Yahya."], None) == []


def test_a_president_who_inaugurated_someone_earlier_acts_in_nothing_told():
    """'bupati ... yang dilantik Presiden Prabowo Subianto di Istana Negara': the inauguration's author, cited."""
    found = officials_in(["Rapat diikuti seluruh bupati hasil Pilkada 2024 yang dilantik Presiden Prabowo Subianto di "
                          "Istana Negara, kata Kepala Biro Pemerintahan Mohammad Firsada."], None)
    assert [o["name"] for o in found] == ["Mohammad Firsada"]


@pytest.mark.parametrize("sentence, name", [
    ("Dalam kesempatan itu, Auditor Madya pada Inspektorat III Inspektorat Jenderal Kementerian Dalam Negeri, Tumonggi "
     "Siregar, mengemukakan hal senada.", "Tumonggi Siregar"),
    ("Materi disampaikan Statistisi Ahli Madya BPS Provinsi Lampung Arief Budiman Santoso.", "Arief Budiman Santoso"),
    ("Hadir pula Analis Bencana pada BPBD Lampung Wahyu Hidayat.", "Wahyu Hidayat"),
])
def test_a_functional_post_with_its_grade_and_unit_is_an_office(sentence, name):
    """'Auditor Madya pada Inspektorat III ...', 'Statistisi Ahli Madya ...': the civil service's functional posts."""
    assert _names(sentence) == [name]


@pytest.mark.parametrize("sentence", [
    "Bertindak sebagai inspektur upacara pada Upacara Peringatan Hari Ulang Tahun ke-80 itu, Gubernur Mirza.",
    "Kepala Dinas Pariwisata Yuda Pranata membuka rapat.",
])
def test_an_occasion_after_pada_and_a_surname_like_a_post_are_no_office(sentence):
    """'inspektur upacara pada Upacara Peringatan Hari Ulang ...' names no one 'Hari Ulang'; 'Pranata' is a surname."""
    assert "Hari Ulang" not in _names(sentence) and "Yuda" not in _names(sentence)


def test_a_known_officials_full_name_a_caption_writes_wins_over_the_short_form():
    """'Sekretaris Daerah Provinsi Lampung\\nMarindo Kurniawan, S.T., M.M., saat rapat ... (Foto: Dok. ...)' and
    later '... dipimpin langsung oleh Sekdaprov Marindo': the page writes the full name, so the row does too."""
    out = run("Sekretaris Daerah Provinsi Lampung\nMarindo Kurniawan, S.T., M.M., saat rapat koordinasi aplikasi Lampung "
              "In di Kantor Gubernur Lampung. (Foto: Dok. Pemprov Lampung)\n\nBANDARLAMPUNG - Pematangan aplikasi itu "
              "dibahas dalam rapat koordinasi di Kantor Gubernur Lampung, Kamis (3/7/2025), yang dipimpin langsung oleh "
              "Sekdaprov Marindo.", title="Rakor Dipimpin Sekdaprov Marindo", published="2025-07-03")
    assert [o["name"] for o in out["officials"]] == ["Marindo Kurniawan"]
    assert out["chair"]["name"] == "Marindo Kurniawan"


@pytest.mark.parametrize("sentence, names", [
    ("Dua Anggota Pansus LKPj DPRD Lampung, yakni Noverisman Subing dari Fraksi PKB dan Midi Iswanto, sudah memberi "
     "gambaran.", ["Noverisman Subing", "Midi Iswanto"]),
    ("Rapat dihadiri dua wakil ketua DPRD, masing-masing Kostiana dan Budhi Condrowati.", ["Kostiana", "Budhi Condrowati"]),
    ("Hadir pula anggota Pansus, antara lain Watoni Noerdin dan Lesty Putri Utami.", ["Watoni Noerdin", "Lesty Putri Utami"]),
])
def test_an_offices_holders_listed_after_it_are_named(sentence, names):
    """'Dua Anggota Pansus ..., yakni X dan Y', '..., masing-masing X dan Y': the office's holders, listed."""
    assert _names(sentence) == names


def test_a_decrees_short_form_after_a_listing_word_is_no_name():
    """'keputusan Menteri Koordinator ..., yakni Kepmenko Nomor 30 Tahun 2022': a decree, not the minister's name."""
    assert _names("Sekdaprov merujuk keputusan Menteri Koordinator Bidang Pembangunan Manusia, yakni Kepmenko Nomor 30 "
                  "Tahun 2022.") == []


@pytest.mark.parametrize("sentence, names", [
    ("Sementara itu Arif Wijayanto dari Ditjen Keuangan Daerah menyebutkan bahwa data sudah dikumpulkan.",
     ["Arif Wijayanto"]),
    ("Hadir pula Sulastri dari Kementrian Luar Negeri Republik Indonesia.", ["Sulastri"]),
    ("Data dari BPS menunjukkan kenaikan harga.", []),
    ("Bantuan Sosial dari Kementerian Sosial disalurkan.", []),
])
def test_a_person_named_with_the_body_they_come_from_is_an_official(sentence, names):
    """'Arif Wijayanto dari Ditjen Keuangan Daerah': a name, then 'dari' and a body; not a noun opening a sentence."""
    assert [o["name"] for o in officials_in([sentence], None)] == names


@pytest.mark.parametrize("sentence, names", [
    ("Wagub Chusnunia Chalim ikut memberi catatan, sementara dinas diwakili kepalanya, Isron Fadtricar.",
     ["Chusnunia Chalim", "Isron Fadtricar"]),
    ("BPS RI turut memberi paparan melalui kepalanya, Amalia Adininggar Widyasanti.", ["Amalia Adininggar Widyasanti"]),
    ("Dewan membentuk Pansus LKPj. Dua anggotanya, Noverisman Subing dan Midi Iswanto, menyatakan siap.",
     ["Noverisman Subing", "Midi Iswanto"]),
    ("Di sisi lain, Budhi Condrowati dari Pansus singkong DPRD Lampung mengaku telah mengusulkan Bapemperda.",
     ["Budhi Condrowati"]),
])
def test_a_bodys_head_named_by_the_possessive_or_a_member_by_the_committee(sentence, names):
    """'dinas diwakili kepalanya, Isron Fadtricar', 'Budhi Condrowati dari Pansus singkong DPRD Lampung'."""
    assert [o["name"] for o in officials_in([sentence], None)] == names


@pytest.mark.parametrize("sentence", [
    "Sebagian lainnya diwakili Penjabat Pimpinan Tinggi Pratama.",
    "Dari Rumah Dinas-Mahan Agung, Gubernur menyimak langsung arahan Presiden.",
])
def test_a_rank_or_a_hyphenated_building_is_no_name(sentence):
    """'Penjabat Pimpinan Tinggi Pratama' is a rank; 'Rumah Dinas-Mahan Agung' a building."""
    assert officials_in([sentence], None) == []


def test_an_occasion_after_peringatan_names_no_one():
    """'inspektur upacara peringatan Hari Ulang Tahun (HUT) ke-61': the day's name, not a person 'Hari Ulang'."""
    assert _names("Gubernur Lampung Rahmat Mirzani Djausal bertindak sebagai inspektur upacara peringatan Hari Ulang "
                  "Tahun (HUT) ke-61 Provinsi Lampung di Lapangan Korpri.") == ["Rahmat Mirzani Djausal"]


@pytest.mark.parametrize("sentence, names", [
    ("Kadishub Bambang Sumbogo, Kadis BMBK M. Taufiqullah, dan Kadiskes Darwin Rusli masuk daftar peserta.",
     ["Bambang Sumbogo", "M. Taufiqullah", "Darwin Rusli"]),
    ("Turut mendampingi: Djoko Saputro, ST., MM, Kepala Bidang E-Government; dan Hendra Oktom, SE., Kasi Pengolahan "
     "Data Statistik.", ["Djoko Saputro", "Hendra Oktom"]),
])
def test_compact_heads_and_prefixed_fields_are_offices(sentence, names):
    """'Kadishub X' heads the Dishub; 'Kepala Bidang E-Government' is a field of an office, not a name."""
    assert _names(sentence) == names


def test_an_office_spelt_out_later_replaces_a_compact_title():
    """'Kadisperindag Evie Fatmawaty ...' then 'Kepala Dinas Perindustrian dan Perdagangan ... Evie Fatmawaty'."""
    found = officials_in(["Kadisperindag Evie Fatmawaty hadir.", "Kepala Dinas Perindustrian dan Perdagangan Provinsi "
                          "Lampung Evie Fatmawaty menjelaskan harga."], None)
    assert [(o["name"], o["role"]) for o in found] == [
        ("Evie Fatmawaty", "Kepala Dinas Perindustrian dan Perdagangan Provinsi Lampung")]


def test_an_interim_governors_pjs_does_not_end_the_sentence():
    """'- Pjs. Gubernur Lampung Didik Suprayitno;' in a list of the procession: 'Pjs.' is a title, not a full stop."""
    from pipelines.extract.text import sentences
    assert sentences(["- Pjs. Gubernur Lampung Didik Suprayitno;"]) == ["- Pjs. Gubernur Lampung Didik Suprayitno;"]
    assert [o["name"] for o in officials_in(sentences(["Rombongan meliputi: - Pjs. Gubernur Lampung Didik Suprayitno;"]),
                                            None)] == ["Didik Suprayitno"]


@pytest.mark.parametrize("sentence, names", [
    ("Laporan Panitia Khusus I dibacakan oleh Wasis Riyadi, S.Sos., M.H. Pansus I membahas Raperda.", ["Wasis Riyadi"]),
    ("Rakor dihadiri Elvira Umihanni, S.P., M.T. (Kepala Bappeda Provinsi Lampung) dan Dr. Ahmadriswan Nasution, S.Si., "
     "M.T. (Kepala BPS Provinsi Lampung).", ["Elvira Umihanni", "Ahmadriswan Nasution"]),
])
def test_a_name_closed_by_a_degree_is_a_person(sentence, names):
    """'dibacakan oleh Wasis Riyadi, S.Sos., M.H.': a degree with its stops closes a person's name, whatever precedes."""
    assert sorted(o["name"] for o in officials_in([sentence], None)) == sorted(names)


def test_a_place_before_a_degreed_name_is_no_part_of_it():
    """'Camat Tulang Bawang Tengah Suryanto, S.Sos.': the district's words belong to the office."""
    found = officials_in(["Musrenbang dihadiri Camat Tulang Bawang Tengah Suryanto, S.Sos., dan perwakilan Bappeda."], None)
    assert not any("Tulang" in o["name"] for o in found)


def test_a_plans_word_inside_a_quotation_does_not_make_a_minister_awaited():
    """'"Kalau kurang, segera cek ...," pesan Menteri Dalam Negeri Tito Karnavian': 'segera' is his own word."""
    found = officials_in(['Bandarlampung, 10/4 (ANTARA) - "Kalau kurang, segera cek dan jalin kerjasama antar daerah," '
                          "pesan Menteri Dalam Negeri Tito Karnavian kepada para kepala daerah."], None)
    assert [o["person_id"] for o in found] == ["tito-karnavian"]


@pytest.mark.parametrize("sentence, pairs", [
    ("Rakor dihadiri Erwan Bustami (Ketua KPU Provinsi Lampung) dan Fatikhatul Khoiriyah (Ketua Bawaslu Provinsi Lampung).",
     [("Ketua KPU Provinsi Lampung", "Erwan Bustami"), ("Ketua Bawaslu Provinsi Lampung", "Fatikhatul Khoiriyah")]),
    ("Kepala Bappeda -- Elvira Umihanni -- memaparkan capaian.", [("Kepala Bappeda", "Elvira Umihanni")]),
    ("Marindo Kurniawan — Sekretaris Daerah Provinsi Lampung — membuka rapat.",
     [("Sekretaris Daerah Provinsi Lampung", "Marindo Kurniawan")]),
    ("Kol. Inf Benny Sulistio hadir selaku Kasrem 043/Gatam.", [("Kasrem 043/Gatam", "Benny Sulistio")]),
    ("Budiman AS (Fraksi PDI Perjuangan), Wakil Ketua Komisi III, menilai rapat itu penting.",
     [("Wakil Ketua Komisi III", "Budiman AS")]),
    ("Ditetapkan Yusuf Kohar sebagai Ketua Sementara DPRD dan Kostiana (Fraksi PDIP), Wakil Ketua Sementara.",
     [("Ketua Sementara DPRD", "Yusuf Kohar"), ("Wakil Ketua Sementara", "Kostiana")]),
    # (an outlet's name before a dateline's dash is no one's)
    ("Media90 – Staf Ahli Gubernur Bidang Ekonomi, Bani Ispriyanto, menyimak paparan.",
     [("Staf Ahli Gubernur Bidang Ekonomi", "Bani Ispriyanto")]),
])
def test_a_name_set_off_by_brackets_dashes_or_a_faction_keeps_its_office(sentence, pairs):
    """'Name (Office) dan Name (Office)', 'Office -- Name --', 'Name — Office —', 'Name hadir selaku Office', 'Name
    (Fraksi X), Office': each name with its own office, the bracket or dash closing it."""
    assert [(m[2], m[3]) for m in mentions(sentence)] == pairs


@pytest.mark.parametrize("sentences, pair", [
    (["Suara senada datang dari Yusuf Kohar.", "Ketua Komisi IV itu menilai rapat penting."],
     ("Yusuf Kohar", "Ketua Komisi IV")),
    (["Dari penyelenggara, hadir Erwan Bustami; Ketua KPU Provinsi Lampung itu datang bersama stafnya."],
     ("Erwan Bustami", "Ketua KPU Provinsi Lampung")),
    (["Tanggapan datang dari Romli, S.Kom., S.H. Sang Wakil Bupati Lampung Utara menyampaikan program jalan."],
     ("Romli", "Wakil Bupati Lampung Utara")),
    (["Dari pihak eksekutif hadir Ahmad Suryadi.", "Kepala Dinas Kesehatan yang baru dilantik itu didampingi stafnya."],
     ("Ahmad Suryadi", "Kepala Dinas Kesehatan")),
])
def test_an_office_pointing_back_to_the_name_before_it_is_that_persons(sentences, pair):
    """'... dari Yusuf Kohar. Ketua Komisi IV itu menilai ...': the office opening the next sentence or clause and pointing
    back by 'itu' / 'tersebut' or 'Sang' is the office of the name that closed the one before."""
    assert [(o["name"], o["role"]) for o in officials_in(sentences, None)] == [pair]


def test_a_place_closing_a_sentence_takes_no_office_pointed_back():
    """'Rapat digelar di Bandar Lampung. Gubernur itu ...': a place is no one's name."""
    assert officials_in(["Rapat digelar di Bandar Lampung.", "Gubernur itu hadir."], None) == []


@pytest.mark.parametrize("sentence, pairs", [
    ("Pembahasan dipimpin Kepala Bappeda Provinsi Lampung (Mulyadi Irsan), didampingi Kepala Dinas Perhubungan.",
     [("Mulyadi Irsan", "Kepala Bappeda Provinsi Lampung")]),
    ("Dari pihak eksekutif hadir Radityo Egi Pratama dan M. Syaiful Anwar, masing-masing Bupati dan Wakil Bupati Lampung "
     "Selatan, ditambah jajaran Forkopimda.",
     [("Radityo Egi Pratama", "Bupati Lampung Selatan"), ("M. Syaiful Anwar", "Wakil Bupati Lampung Selatan")]),
    ("Enam kepala daerah hadir, yakni Ella Siti Nuryamah, Saleh Asnawi, dan Dendi Ramadhona, masing-masing Bupati Lampung "
     "Timur, Tanggamus dan Pesawaran.",
     [("Ella Siti Nuryamah", "Bupati Lampung Timur"), ("Saleh Asnawi", "Bupati Tanggamus"),
      ("Dendi Ramadhona", "Bupati Pesawaran")]),
    ("Usul itu langsung disambar Mardani Umar dari PKS: pandangan umum tak perlu dibacakan.", [("Mardani Umar", "Fraksi PKS")]),
])
def test_a_holder_in_brackets_names_listed_before_their_offices_and_a_bare_party(sentence, pairs):
    """'Kepala Bappeda ... (Mulyadi Irsan)'; 'X dan Y, masing-masing Bupati dan Wakil Bupati ...' (the office word
    written once serving each region after it); 'X dari PKS'."""
    assert [(o["name"], o["role"]) for o in officials_in([sentence], None)] == pairs


@pytest.mark.parametrize("sentences, names", [
    (['"Itu dasar dan tujuan rapat ini," ujar Satria Alam.'], ["Satria Alam"]),
    (["Pandangan serupa datang dari M. Zimmi Skil."], ["M. Zimmi Skil"]),
    # (a familiar address or an office is no name; a nickname of someone named with an office is that person)
    (['"Kami dukung penuh," kata Mas Pram.'], []),
    (["Ketua Komisi IV DPRD Lampung Mukhlis Basri meninjau jalan.", '"Belum final," papar Udo Mukhlis, sapaan akrabnya.'],
     ["Mukhlis Basri"]),
])
def test_a_speaker_named_without_an_office_acts(sentences, names):
    """'"...," ujar Satria Alam.', 'Pandangan serupa datang dari X.': a person quoted by name alone speaks in the event."""
    assert [o["name"] for o in officials_in(sentences, None)] == names


def test_a_province_outside_lampung_belongs_to_the_office():
    """'Gubernur DKI Jakarta Pramono Anung Wibowo': the province closes the office; the name is 'Pramono Anung Wibowo'."""
    assert [(m[2], m[3]) for m in mentions("Gubernur DKI Jakarta Pramono Anung Wibowo menerima Gubernur Lampung.")][:1] == [
        ("Gubernur DKI Jakarta", "Pramono Anung Wibowo")]


@pytest.mark.parametrize("sentence, name, role", [
    ("Dalam kunker tersebut, Ketua Komisi III DPRD Sumsel, Muhammad, datang dengan membawa 13 anggotanya.", "Muhammad",
     "Ketua Komisi III DPRD Sumsel"),
    ("Gubernur Jawa Barat Dedi Mulyadi hadir.", "Dedi Mulyadi", "Gubernur Jawa Barat"),
])
def test_another_province_closes_the_office(sentence, name, role):
    """'Ketua Komisi III DPRD Sumsel, Muhammad' (not a person called Sumsel); 'Gubernur Jawa Barat Dedi Mulyadi' (a guard:
    read so before)."""
    assert [(p["name"], p["role"]) for p in officials_in([sentence], None)] == [(name, role)]


def test_a_title_in_capitals_before_a_name_apposed_to_its_office():
    """'... selaku Ketua Harian Forum MPU 2023, H. Lalu Ahmad Zainuri Putra, S.H., M.H.': 'H.' is the title of a hajji,
    in whatever case, not a one-letter name."""
    found = mentions("Sekretaris Daerah Provinsi Nusa Tenggara Barat selaku Ketua Harian Forum MPU 2023, H. Lalu Ahmad "
                     "Zainuri Putra, S.H., M.H.")
    assert [(role, name) for _, _, role, name in found] == [
        ("Sekretaris Daerah Provinsi Nusa Tenggara Barat selaku Ketua Harian Forum MPU 2023", "Lalu Ahmad Zainuri Putra")]


@pytest.mark.parametrize("role, name", [
    ("Menteri Desa dan Pembangunan Daerah Tertinggal", "Yandri Susanto"),
    ("Menteri Agraria dan Tata Ruang", "Nusron Wahid"),
    ("Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "Rini Widyantini"),
    ("Kepala Dinas Perumahan, Kawasan Permukiman dan Cipta Karya", "Budi Hartono"),
])
def test_a_ministrys_or_offices_whole_name_is_the_role_not_the_persons(role, name):
    """The last words of a ministry's or an office's name ('... Daerah Tertinggal', '... Cipta Karya') are its, not the
    first words of the person named after it."""
    assert [(r, n) for _, _, r, n in mentions(f"Audiensi diterima {role} {name} di ruang kerjanya.")] == [(role, name)]


@pytest.mark.parametrize("sentence", ["Musrenbangdes dipimpin Sugianto, Kepala Desa Bernung, dan dihadiri camat.",
                                      "Hadir Kepala Pekon Patoman, Sugianto, dan para kepala dusun."])
def test_the_one_word_after_a_village_is_its_name_not_a_person(sentence):
    """'Kepala Desa Bernung' names the village's head: 'Bernung' is the village, never a person called so."""
    assert [(role, name) for _, _, role, name in mentions(sentence)] == [
        (role, "Sugianto") for role in ("Kepala Desa Bernung", "Kepala Pekon Patoman") if role in sentence]


def test_today_after_an_office_is_no_name():
    """'Agenda Gubernur Lampung Hari Ini': 'Hari' is the day, not a man named Hari ('Kepala Dinas Hari Santoso' is)."""
    assert mentions("Agenda Gubernur Lampung Hari Ini, Rabu 5 Maret 2025: Buka Musrenbang RKPD Tanggamus") == []
    assert [m[3] for m in mentions("Kepala Dinas Hari Santoso membuka rapat.")] == ["Hari Santoso"]


def test_the_kind_of_transport_closes_a_directorate_general_not_opens_the_name():
    """'Dirjen Perhubungan Darat Budi Prasetyo Hartono': 'Darat' ends the office (as 'Laut' and 'Udara' do), the name
    follows it."""
    found = mentions("Dirjen Perhubungan Darat Budi Prasetyo Hartono menyambut baik usulan tersebut.")
    assert [(role, name) for _, _, role, name in found] == [("Dirjen Perhubungan Darat", "Budi Prasetyo Hartono")]


def test_a_headline_adverb_ends_the_name():
    """'Wagub Jihan Akhirnya Terima Audiensi IBI Lampung': capitalised as every headline word is, 'Akhirnya' is no
    surname."""
    assert [name for _, _, _, name in mentions("Sempat Tertunda Dua Kali, Wagub Jihan Akhirnya Terima Audiensi IBI")] == [
        "Jihan"]


@pytest.mark.parametrize("sentence, name", [
    ("Rombongan diterima Deputi Bidang Sistem dan Tata Kelola BGN, Hardi Santoso, di Jakarta.", "Hardi Santoso"),
    ("Rapat dipimpin Ketua Pansus Raperda BMD, Ade Kurniawan, dan diikuti 11 anggota pansus.", "Ade Kurniawan"),
])
def test_a_body_short_form_closing_an_office_is_no_name(sentence, name):
    """'Tata Kelola BGN', 'Raperda BMD': an office's last words and its body's short form are never a person's name."""
    assert [n for _, _, _, n in mentions(sentence)] == [name]


def test_the_field_after_bidang_is_not_the_holder_named_after_the_comma():
    """'Asisten Deputi Bidang Tanggung Jawab Sosial dan Lingkungan ..., Name': the office runs to the comma, two heads
    written together are one compound office, and the field's title-case words are no one's name."""
    sentence = ("Rombongan diterima Asisten Deputi Bidang Tanggung Jawab Sosial dan Lingkungan Kementerian BUMN, "
                "Sulastri Wibowo, beserta staf.")
    assert mentions(sentence) == [(19, 111, "Asisten Deputi Bidang Tanggung Jawab Sosial dan Lingkungan Kementerian BUMN",
                                   "Sulastri Wibowo")]


@pytest.mark.parametrize("joint", ["yang juga", "sekaligus"])
def test_two_offices_of_one_person_before_the_comma_name_the_holder(joint):
    """'Ketua Depeko yang juga Kepala Disnaker Kota Bandar Lampung, Wahyu Nugroho': one person holding both offices, not a
    man named 'Depeko'."""
    sentence = f"Sidang dipimpin Ketua Depeko {joint} Kepala Disnaker Kota Bandar Lampung, Wahyu Nugroho, di aula."
    assert _names(sentence) == ["Wahyu Nugroho"]


@pytest.mark.parametrize("sentence, name", [
    ("Rapat dihadiri Rektor Itera Prof. Dr. Eng. Suryadi Purnomo, S.T., M.Eng.", "Suryadi Purnomo"),
    ("Hadir Ketua Panitia Dharma Santi Nyepi Tahun Baru Saka 1947 tingkat Provinsi Lampung, Ida Bagus Putu Manuaba.",
     "Ida Bagus Putu Manuaba"),
])
def test_a_doctor_of_engineering_and_a_committee_named_for_its_event_name_no_one(sentence, name):
    """'Dr. Eng.' is a title; 'Ketua Panitia <event>, Name': the event's title-case words are the committee's, not a name."""
    assert _names(sentence) == [name]


def test_a_police_directorates_head_is_an_office_before_the_rank_and_name():
    """'Dirlantas Polda Lampung Kombes Pol. Yusuf Hidayat Al-Habsyi': the directorate's head, his rank, then his name."""
    sentence = ("Dirlantas Polda Lampung Kombes Pol. Yusuf Hidayat Al-Habsyi, S.I.K., M.H. memaparkan skema rekayasa lalu "
                "lintas.")
    assert _names(sentence) == ["Yusuf Hidayat Al-Habsyi"]


@pytest.mark.parametrize("text, name", [
    ("Kepala Staf Kepresidenan A.M. Putranto memimpin rapat koordinasi di Ruang Rapat Utama, Senin (3/3/2025).",
     "A.M. Putranto"),
    ("BANDAR LAMPUNG - Kepala Dinas Kehutanan Provinsi Lampung, A.M. Putranto, memimpin rapat koordinasi di Ruang Rapat "
     "Utama, Senin (3/3/2025).", "A.M. Putranto"),
    ("BANDAR LAMPUNG - A.M. Putranto, Kepala Dinas Kehutanan Provinsi Lampung, memimpin rapat koordinasi di Ruang Rapat "
     "Utama, Senin (3/3/2025).", "A.M. Putranto"),
])
def test_a_names_dotted_initials_are_neither_an_acronym_nor_a_degree(text, name):
    """'A.M. Putranto': initials read as the office's acronym left 'Putranto'; after a comma, as a degree ending the
    sentence ('..., S.E. Hadir ...'), they cut the name off. A degree opens on S, M, D or Ph; initials on any letter."""
    out = run(text, title="Rapat Koordinasi", published="2025-03-03")
    assert out["chair"]["name"] == name and [p["name"] for p in out["officials"]] == [name]


def test_a_title_in_lower_case_opens_a_name_written_before_its_office():
    """'- dr. Edwin Rusli, MKM, Kepala Dinas ..., memimpin': the title and an undotted degree around the name first."""
    out = run("BANDAR LAMPUNG - dr. Edwin Rusli, MKM, Kepala Dinas Kesehatan Provinsi Lampung, memimpin rapat koordinasi di "
              "Ruang Rapat Utama, Senin (3/3/2025).", title="Rapat Koordinasi", published="2025-03-03")
    assert out["chair"]["name"] == "Edwin Rusli"


def test_a_title_in_lower_case_inside_a_list_still_closes_the_office_before_it():
    """'Kepala Dinkes dr. Endang, M.Kes., Kepala BPKAD Darmawan Sitompul': Endang is the Dinkes head's, not the BPKAD's."""
    sentence = ("Rapat dihadiri Kepala Dinas Kesehatan Provinsi Lampung dr. Endang Kurniasih, M.Kes., Kepala Badan Pengelola "
                "Keuangan dan Aset Daerah (BPKAD) Provinsi Lampung Darmawan Sitompul, serta camat.")
    assert _names(sentence) == ["Endang Kurniasih", "Darmawan Sitompul"]


@pytest.mark.parametrize("sentence, name", [
    ("Direktur Utama RSUDAM Muhammad Yusuf bin Hasan Basri memaparkan layanan.", "Muhammad Yusuf bin Hasan Basri"),
    ("Muhammad Yusuf bin Hasan Basri, Direktur Utama RSUDAM, memaparkan layanan.", "Muhammad Yusuf bin Hasan Basri"),
])
def test_a_fathers_name_after_bin_is_the_names_own(sentence, name):
    """'X bin Y' is one name: not 'X', nor 'Y' for the name-first reading."""
    assert _names(sentence) == [name]


def test_kh_written_with_stops_is_a_title_not_the_offices_end():
    """'Wakil Presiden RI K.H. Ma'ruf Amin': the title 'KH' with stops belongs to neither the office nor the name."""
    assert [(m[2], m[3]) for m in mentions("Wakil Presiden RI K.H. Ma'ruf Amin membuka rapat.")] == [
        ("Wakil Presiden RI", "Ma'ruf Amin")]


@pytest.mark.parametrize("sentence, expected", [
    ("Hadir dalam rapat itu Budi Santoso, Kepala Dinas Pertanian, Ani Lestari, Kepala Dinas Koperasi, dan Yusuf Effendi, "
     "Kepala Bappeda.",
     [("Kepala Dinas Pertanian", "Budi Santoso"), ("Kepala Dinas Koperasi", "Ani Lestari"), ("Kepala Bappeda", "Yusuf Effendi")]),
    ("Hadir Budi Santoso, S.E., M.M., Kepala Dinas Pertanian, Ani Lestari, Kepala Dinas Koperasi.",
     [("Kepala Dinas Pertanian", "Budi Santoso"), ("Kepala Dinas Koperasi", "Ani Lestari")]),
    ("Menurut Hamartoni Ahadis, Plt. Sekretaris Provinsi Lampung, ketiga menteri yang akan hadir ialah Tjahjo Kumolo, Menteri "
     "Dalam Negeri, Arief Yahya, Menteri Pariwisata, dan Rudiantara, Menteri Komunikasi dan Informatika RI.",
     [("Plt. Sekretaris Provinsi Lampung", "Hamartoni Ahadis"), ("Menteri Dalam Negeri", "Tjahjo Kumolo"),
      ("Menteri Pariwisata", "Arief Yahya"), ("Menteri Komunikasi dan Informatika RI", "Rudiantara")]),
    ("Rapat diikuti Kasrem 043/Gatam Kol. Inf Benny Sulistio, Erwan Bustami, Ketua KPU Provinsi Lampung, serta Fatikhatul "
     "Khoiriyah, Ketua Bawaslu Provinsi Lampung, bersama para kepala OPD.",
     [("Kasrem 043/Gatam", "Benny Sulistio"), ("Ketua KPU Provinsi Lampung", "Erwan Bustami"),
      ("Ketua Bawaslu Provinsi Lampung", "Fatikhatul Khoiriyah")]),
])
def test_a_list_written_name_first_gives_each_name_the_office_after_it(sentence, expected):
    """'A, Kepala X, B, Kepala Y, dan C, Kepala Z': read office first, each name went to the office before it and the
    first name to none; a list opening on a name and closing on an office is read name first, after a person listed
    office first too."""
    assert [(m[2], m[3]) for m in mentions(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Hadir dalam rapat itu Kepala Dinas Pertanian, Budi Santoso, Kepala Dinas Koperasi, Ani Lestari, dan Kepala Bappeda, "
     "Yusuf Effendi.",
     [("Kepala Dinas Pertanian", "Budi Santoso"), ("Kepala Dinas Koperasi", "Ani Lestari"), ("Kepala Bappeda", "Yusuf Effendi")]),
    ("Rapat paripurna di Ruang Sidang DPRD Kabupaten Way Kanan, Blambangan Umpu, dipimpin Ketua DPRD Way Kanan, Dedi "
     "Kurniadi Saputra, didampingi para wakil ketua.", [("Ketua DPRD Way Kanan", "Dedi Kurniadi Saputra")]),
])
def test_a_list_written_office_first_or_a_place_before_an_office_stays_office_first(sentence, expected):
    """An office opening the list, or a town before an office, makes no name-first list."""
    assert [(m[2], m[3]) for m in mentions(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Rapat dihadiri Budi Santoso selaku Kepala Dinas Pertanian, Ani Lestari selaku Kepala Dinas Koperasi, dan Yusuf "
     "Effendi selaku Kepala Bappeda.",
     [("Kepala Dinas Pertanian", "Budi Santoso"), ("Kepala Dinas Koperasi", "Ani Lestari"), ("Kepala Bappeda", "Yusuf Effendi")]),
    ("Pejabat yang dilantik antara lain Yudhi Prasetya, S.STP., M.Si. sebagai Kepala Biro Pemerintahan, Ir. Nurlaila "
     "Fitriani, M.T. sebagai Kepala Dinas Bina Marga, serta enam pejabat lainnya.",
     [("Kepala Biro Pemerintahan", "Yudhi Prasetya"), ("Kepala Dinas Bina Marga", "Nurlaila Fitriani")]),
])
def test_the_name_before_selaku_holds_the_office_not_the_next_listed_name(sentence, expected):
    """'Budi selaku Kepala Dinas X, Ani selaku Kepala Dinas Y': the office's reading past its comma took the next name."""
    assert [(m[2], m[3]) for m in mentions(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Gubernur Lampung Rahmat Mirzani Djausal (Mirza) memimpin rapat.", [("Gubernur Lampung", "Rahmat Mirzani Djausal")]),
    ("Kepala Dinas Pertanian Provinsi Lampung, Budi Santoso (Budi), memimpin rapat.",
     [("Kepala Dinas Pertanian Provinsi Lampung", "Budi Santoso")]),
    ("Ketua Badan Pengawas Pemilu (Bawaslu) Provinsi Lampung Iskardo P. Panggar hadir.",
     [("Ketua Badan Pengawas Pemilu (Bawaslu) Provinsi Lampung", "Iskardo P. Panggar")]),
])
def test_a_nickname_in_brackets_closes_the_name_a_bodys_short_form_does_not(sentence, expected):
    """'(Mirza)' starts a word of the name it follows, so it is what he is called; '(Bawaslu)' spells no word of the
    words before it, so those words were the body's name."""
    assert [(m[2], m[3]) for m in mentions(sentence)] == expected


def test_holders_listed_straight_after_their_office():
    """'Wakil Ketua DPRD masing-masing X dan Y', '... wakil ketua DPRD yakni X, Y, dan Z': no comma before the list."""
    assert [(m[2], m[3]) for m in mentions("Wakil Ketua DPRD masing-masing Budi Santoso dan Ani Lestari hadir.")] == [
        ("Wakil Ketua DPRD", "Budi Santoso"), ("Wakil Ketua DPRD", "Ani Lestari")]
    assert _names("Rapat dihadiri tiga Wakil Ketua DPRD yakni Kostiana, Syahrudin Putera, dan Rahmi Handayani.") == [
        "Kostiana", "Syahrudin Putera", "Rahmi Handayani"]


@pytest.mark.parametrize("sentence, expected", [
    ("Kepala Bapanas Arief Prasetyo Adi memaparkan stok beras.", [("Kepala Bapanas", "Arief Prasetyo Adi")]),
    ("Deputi Bidang Penanganan Darurat BNPB Budi Irawan Sasongko hadir.",
     [("Deputi Bidang Penanganan Darurat BNPB", "Budi Irawan Sasongko")]),
    ("General Manager Pelindo Regional 2 Panjang Meiga Dwi Aryo hadir.",
     [("General Manager Pelindo Regional 2 Panjang", "Meiga Dwi Aryo")]),
])
def test_a_national_bodys_short_form_ends_the_office_and_starts_no_name(sentence, expected):
    """'Bapanas', 'BNPB', 'Pelindo' (datasets/gazetteer/national_bodies.csv) belong to the office before the name."""
    assert [(m[2], m[3]) for m in mentions(sentence)] == expected


@pytest.mark.parametrize("first", ["Syafi'i Wahyuni", "Ma'ruf Hidayat", "Syafi’i Wahyuni"])
def test_a_name_with_an_apostrophe_closes_its_office_and_lends_no_word_to_the_next(first):
    """A name written with an apostrophe ("Syafi'i") before the next listed office (one with its short form in brackets,
    read as a name-first apposition when the name is cut at the apostrophe) keeps both people whole."""
    found = mentions(f"Rapat dihadiri Kepala Dinas Bina Marga dan Bina Konstruksi (BMBK) Provinsi Lampung {first}, "
                     "Kepala Dinas Pengelolaan Sumber Daya Air (PSDA) Provinsi Lampung Wayan Aditya Efendi.")
    assert [(role, name) for _, _, role, name in found] == [
        ("Kepala Dinas Bina Marga dan Bina Konstruksi (BMBK) Provinsi Lampung", first),
        ("Kepala Dinas Pengelolaan Sumber Daya Air (PSDA) Provinsi Lampung", "Wayan Aditya Efendi")]
