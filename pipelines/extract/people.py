"""People: honorific stripping, officials with roles, the chair, gazetteer resolution by date."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from crawler.parsing.related import HEADLINE_VERBS  # (never part of a name)
from pipelines.extract.dates import MONTHS
from pipelines.extract.gazetteer import (Official, alternation, national_bodies, officials, opd, outside_places, places,
                                          province_words, regions, trie_pattern, venues)
from pipelines.extract.text import SPEECH_TAGS, is_headline

_PREFIX = (r"(?:bapak|ibu|bunda|bpk\.?|pak|bu|prof\.?|dr\.?|eng\.|drh\.?|drg\.?|apt\.?|ns\.?|drs\.?|dra\.?|ir\.?|hj\.?|h\.|hi\.|kh\.?|k\.\s?h\.|ny\.?|"
           r"irjen(?:\s+pol)?\.?|brigjen(?:\s+pol)?\.?|mayjen\.?|kombes(?:\s+pol)?\.?|akbp|akp|kompol|letkol|kolonel|kol\.?|"
           r"iptu|ipda|aiptu|lettu|letda|serka|"
           r"mayor|kapten|laksma|marsma|jenderal|komjen|letnan|letjen|laksdya|laksamana|marsekal|tni|polri|pol\.?|"
           r"\(purn\.?\)|purn\.?|inf\.?|kav\.?|arm\.?|czi\.?|arh\.?|cpm\.?|chb\.?|cba\.?|cke\.?|psk\.?|"
           r"\(h\.?\s?c\.?\))")  # ('Dr. (H.C.) Ir. Basuki Hadimuljono': an honorary doctorate is a title too)
_DEGREE = (r"(?:s\.?\s?pi|s\.?\s?pt|s\.?\s?tp|s\.?\s?hut|s\.?\s?t|m\.?\s?m|s\.?\s?pd|m\.?\s?pd|m\.?\s?si|s\.?\s?si|s\.?\s?h|m\.?\s?h|s\.?\s?e|m\.?\s?e|m\.?\s?t|"
           r"s\.?\s?sos|s\.?\s?ip|s\.?\s?kom|m\.?\s?kes|s\.?\s?km|s\.?\s?ag|m\.?\s?ag|m\.?\s?ap|m\.?\s?ak|s\.?\s?p|m\.?\s?p|"
           r"ph\.?\s?d|mba|m\.?\s?sc|s\.?\s?stp|m\.?\s?kn|sm|sp\.\w+|s\.?\s?ked|m\.?\s?ikom|ak|ca|cpa|se|mm|sh|mh|st|msi|spd|"
           r"m\.?\s?ip|[sm]\.\s?k\.\s?m|s\.\s?i\.\s?p|mkm|skm)")  # ('Imam Fatkuroji, S.STP., M.IP.', 'Suhendrawati, S.K.M., M.P.')
_PREFIX_RE = re.compile(rf"^(?:{_PREFIX}(?!\w)\s*)+", re.I)
_DEGREES_RE = re.compile(rf"(?:\s*,?\s*\b{_DEGREE}\b\.?)+\s*$", re.I)

ROLE_HEADS = [
    "Penjabat (Pj) Gubernur", "Penjabat (Pj.) Gubernur", "Pj. Gubernur", "Pj Gubernur", "Plh. Gubernur", "Plh Gubernur",
    "Wakil Gubernur", "Gubernur", "Wagub", "Sekretaris Daerah", "Sekdaprov", "Sekdakab", "Sekdakot", "Sekkab", "Sekkot", "Sekda",
    "Sekertaris Daerah", "Sekertaris", "Wakil Gubenur", "Gubenur",  # the common misspellings
    "Pj. Sekdaprov", "Pj Sekdaprov", "Pj. Sekda", "Pj Sekda", "Plh. Sekda", "Plh Sekda",
    "Asisten", "Staf Ahli", "Kepala", "Kadis", "Kaban", "Kalaksa", "Plt. Kepala", "Plt Kepala", "Ketua", "Wakil Ketua",
    "Anggota", "Bupati", "Wakil Bupati", "Wabup", "Wali Kota", "Walikota", "Wakil Wali Kota", "Wakil Walikota",
    "Menteri", "Wakil Menteri", "Wamen", "Mendagri", "Menko", "Menteri Koordinator", "Konsul Jenderal", "Konsul",
    "Duta Besar", "Dubes", "Kabinda", "Kasat", "Kasatpol PP", "Kepala Staf", "Perwakilan", "Moderator",
    "Kepala Dinas", "Kepala Badan", "Kepala Bidang", "Kepala Bagian", "Kepala Desa", "Narasumber", "Pemateri", "Pakar", "Pengamat", "Akademisi", "Dosen", "Guru Besar", "Mentan", "Menkes", "Menkeu",
    "Mendikbud", "Mendikdasmen", "Menhub", "Mensos", "Menaker", "Menpora", "Menlu", "Menhan", "Mendag", "Menperin",
    "MenPAN-RB", "Menpan", "Menparekraf", "Menkominfo", "Menkomdigi", "Menteri PUPR", "Wamendagri", "Wamenkeu", "SVP",
    "VP", "GM", "Manager", "Peratin", "Presiden", "Wakil Presiden", "Direktur", "Direktur Utama", "Dirut",
    "Dirjen", "Direktur Jenderal", "Sekjen", "Sekretaris Jenderal", "Irjen", "Inspektur Jenderal", "Kapolda", "Wakapolda",
    "Sestama", "Sekretaris Utama",  # (a non-ministerial agency's secretary: 'Sestama Kemendukbangga/BKKBN Nurhadi Santoso')
    "Kapolres", "Dandim",
    "Danrem", "Pangdam", "Kajati", "Kajari", "Kabid", "Kasi", "Kasubag", "Camat", "Lurah", "Juru bicara", "Jubir",
    "Rektor", "Dekan", "Koordinator", "Inspektur", "Sekretaris", "Ketua Umum", "Komisaris", "Deputi", "Pimpinan",
    "Kepala Biro", "Karo", "Kabag", "Penjabat", "Pj", "Plt", "Plh", "Pj.", "Plt.", "Plh.", "Dirreskrimsus",
    # (a regional police directorate's head: 'Dirlantas Polda Lampung Kombes Pol. X')
    "Dirreskrimum", "Dirresnarkoba", "Dirlantas", "Dirpolairud", "Dirbinmas", "Dirsamapta", "Dirintelkam",
    "Kadisdikbud", "Kadiskominfotik", "Kadinkes", "Kapusdatin", "Manajer", "General Manager", "Pemimpin",
    "Kakanwil", "Kepala Kantor Wilayah", "Kapolresta", "Kapolsek", "Danlanal", "Danlanud", "Danramil", "Komandan",
    "Panglima", "Kasdim", "Kasrem", "Wakapolres", "Wakajati", "Komisioner", "Hakim",
    "Kasubdit", "Kasubbag", "Kasubbid", "Kasubid", "Kanit", "Kasie", "Peneliti", "Pejabat Pembuat Komitmen",
    "Executive Vice President", "Senior Vice President", "Vice President", "Pelaksana Harian (Plh)", "Pelaksana Tugas (Plt)",
    "Penjabat Sementara (Pjs)", "Penjabat Sementara", "Pjs", "Pjs.",
    "Pelaksana Harian", "Pelaksana Tugas",
    # the civil service's functional posts, named with their grade ('Auditor Madya pada Inspektorat III ...',
    # 'Analis Kebijakan Ahli Muda', 'Perencana Ahli Madya Bappeda')
    "Auditor", "Analis", "Perencana", "Widyaiswara", "Penyuluh", "Statistisi", "Arsiparis", "Pustakawan",
    # candidates in an election, named as officials of the office they run for ('Cagub Lampung X dan cawagub Y')
    "Cagub", "Cawagub", "Cabup", "Cawabup", "Cawalkot", "Cawawalkot", "Calon Gubernur", "Calon Wakil Gubernur",
    "Calon Bupati", "Calon Wakil Bupati", "Calon Wali Kota", "Calon Wakil Wali Kota",
]
# Words that continue a role phrase (offices, places); a capitalised word outside it starts the name.
_ROLE_WORDS = {
    # the sections an office's head is named by ('Kasi Intel', 'Kabag Ops', 'Kasat Reskrim')
    "intel", "intelijen", "pidum", "pidsus", "datun", "ops", "reskrim", "lantas", "binmas", "humas",
    "provinsi", "lampung", "daerah", "dinas", "badan", "biro", "kota", "kabupaten", "republik", "indonesia", "ri",
    "bidang", "dan", "pemerintahan", "ekonomi", "pembangunan", "keuangan", "kesejahteraan", "rakyat", "umum",
    "administrasi", "hukum", "politik", "sosial", "kesehatan", "pendidikan", "kebudayaan", "perencanaan",
    "perindustrian", "perdagangan", "komunikasi", "informatika", "statistik", "pelaksana", "harian", "tugas",
    "dprd", "komisi", "fraksi", "pusat", "nasional", "wilayah", "kantor", "perwakilan", "dalam", "negeri",
    "jenderal", "bina", "otonomi", "sekretariat", "umkm", "pekerjaan", "bappeda", "bpkad", "bpbd", "bps",
    "i", "ii", "iii", "iv", "v", "vi", "vii", "ppn", "bappenas", "pu", "pupr", "kementerian", "lembaga", "dewan",
    "perwakilan", "pansus", "panitia", "khusus", "tata", "niaga", "singkong", "sumatera", "selatan", "utara",
    "barat", "timur", "tengah", "jawa", "setempat", "terpilih", "pj", "pj.", "plt", "plt.", "plh", "plh.", "staf",
    "ahli", "gubernur", "asisten", "sekda", "sekdaprov", "kepala", "wakil", "ketua", "bupati", "walikota", "wali",
    "resort", "kepolisian", "polres", "polda", "pmo", "uptd", "satgas", "tim", "divisi", "cabang", "unit",
    "penjabat", "jaminan", "bantuan", "kasi", "kabid", "humas", "dispora", "pemuda", "olahraga", "dinkes",
    "diskominfotik", "kominfotik", "disperindag", "kesbangpol", "utama", "media", "group", "tempo", "perumahan",
    "sekretaris", "menteri", "presiden", "direktur", "bank", "bulog", "persero", "pt", "organisasi",
    "kepresidenan", "staf", "energi", "sumber", "mineral", "hewan", "sungai", "besar", "pengelolaan", "das", "hutan",
    "lingkungan", "hidup", "pokja", "perangkat", "tinggi", "barang", "jasa", "asosiasi", "perindag", "kominfo", "psda", "fakultas", "jurusan", "universitas", "program", "studi", "pembangkit", "pln", "area",
    # office words: ranks of a board, its kinds of members and the fields a section covers ('Komisi Penilai Amdal',
    # 'Kedeputian Wilayah')
    "penilai", "amdal", "kedeputian",
    # the kinds of transport a ministry's directorate covers ('Dirjen Perhubungan Darat Budi ...', 'Ditjen Perhubungan Laut')
    "darat", "laut", "udara",

    "eksekutif", "majelis", "komisioner", "harian", "operasional", "pengurus", "pembina", "penasihat", "penasehat",
    "bendahara", "makro", "mikro", "teknis", "strategis", "fisik", "prasarana", "sarana", "kantor", "wilayah",
    "kanwil", "departemen", "subdirektorat", "regional", "seksi", "subbagian", "subbidang", "sub", "urusan", "komandan",
    "panglima", "resor", "militer",
    # a coordinating minister and the fields his ministry coordinates ('menteri koordinator bidang perekonomian',
    # 'menteri koordinator bidang infrastruktur dan pembangunan kewilayahan')
    "koordinator", "keamanan", "kemaritiman", "infrastruktur", "kewilayahan",
    # the words of the cabinet's ministries ('Menteri Desa dan Pembangunan Daerah Tertinggal Yandri Susanto', 'Menteri
    # Agraria dan Tata Ruang', 'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi')
    "tertinggal", "percepatan", "agraria", "ruang", "usaha", "kecil", "pertanian", "kawasan", "permukiman", "pemukiman",
    "pendayagunaan", "aparatur", "reformasi", "birokrasi", "milik", "bumn", "asasi", "imigrasi", "cipta", "karya",
    "pemasyarakatan", "gizi", "perempuan", "perlindungan", "anak", "digital", "pekerja", "migran", "sains", "teknologi",
    # a functional post's grade and its unit ('Auditor Madya pada Inspektorat III Inspektorat Jenderal')
    "madya", "penyelia", "terampil", "inspektorat",
    # the state, the cabinet and other countries continue a role ('Menteri Sekretaris Negara', 'Sekretaris Kabinet',
    # 'Duta Besar Republik Rakyat Tiongkok untuk Indonesia', 'Menteri Luar Negeri Arab Saudi')
    "negara", "kabinet", "tiongkok", "china", "cina", "rrt", "jepang", "korea", "amerika", "serikat", "arab", "saudi",
    "australia", "belanda", "jerman", "inggris", "perancis", "prancis", "malaysia", "singapura", "thailand", "vietnam",
    "india", "uni", "eropa", "emirat", "qatar", "turki", "mesir", "rusia", "taiwan", "filipina", "brunei", "timor",
    "leste", "selandia", "kanada", "iran", "pakistan", "bangladesh", "kuwait", "yordania", "palestina", "myanmar",
    "kamboja", "laos", "swiss", "austria", "italia", "spanyol", "norwegia", "swedia", "denmark", "finlandia",
    "oman", "irak", "iraq", "libanon", "lebanon", "maroko", "yaman", "yemen", "sudan", "tunisia", "libya",
    "aljazair", "suriah", "bahrain", "arabia", "timteng", "afrika", "selatan", "nigeria", "kenya", "ethiopia",
    "etiopia", "brasil", "meksiko", "argentina", "chili", "peru", "kolombia", "polandia", "ukraina", "hongaria",
    "ceko", "portugal", "yunani", "belgia", "irlandia", "skotlandia", "korsel", "jepang", "mongolia", "nepal",
    "maladewa", "afganistan", "uzbekistan", "kazakhstan", "papua", "nugini", "fiji",
    # a unit's code and its parade, team or group: 'Danrem 043 Gatam', 'Inspektur Upacara', 'Kelompok Tani X'
    "gatam", "upacara", "pasukan", "kelompok", "pokdarwis", "dekranas", "dekranasda", "moderator", "peserta",
    # the fields offices are named by, read as names when they closed a role ('Wakil Rektor Bidang Perencanaan, Kerja
    # Sama', 'Direktorat Jenderal Pajak', 'Pengendalian Penduduk', 'Direktur Industri Minuman', 'Kabinet Indonesia Maju')
    "kerja", "sama", "pajak", "bea", "cukai", "penduduk", "keluarga", "berencana", "makanan", "minuman", "bisnis",
    "dasar", "menengah", "maju", "persidangan", "bagian",
}
# Parties continue a role ('Juru bicara Fraksi Golkar Yuni Karlina') and are never a person's name.
_PARTIES = frozenset({"golkar", "gerindra", "nasdem", "demokrat", "hanura", "perindo", "pdip", "pdi-p", "gelora", "ummat",
                      "berkarya", "pkb", "pks", "pan", "ppp", "psi"})
_STOP_NAME = {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "dalam", "pada", "saat", "ia", "beliau",
              "kami", "kita", "menurut", "sementara", "selain", "sebelumnya", "turut", "hadir", "acara", "kegiatan",
              "rapat", "rakor", "hal", "ini", "itu", "yang", "dengan", "bersama", "serta", "bahwa", "lebih", "tbk",
              "provinsi", "indonesia", "lampung", "pemprov", "pemkab", "pemkot", "pemda", "pemerintah", "tampak", "covid",
              "pon", "tpid", "opd", "apbd",
              "musrenbang", "rpjmd", "lkpj", "lppd", "kabupaten", "kota", "way", "tahun", "anggaran", "periode",
              # words of documents, ranks and events that follow a role in title case ('Nomor 59', 'Pratama',
              # 'Pilkada Serentak', 'Kepala Sekolah SMPN'): never a person's name
              "nomor", "no", "adapun", "serentak", "konsumsi", "sekolah", "panitia", "pantia",
              "smpn", "sman", "smkn", "sdn", "mtsn", "man", "jl", "jln", "jalan", "gedung", "ruang", "kantor",
              "republik", "rakyat", "kabinet", "negara", "pusat", "daerah", "nasional", "internasional",
              "terpilih", "sementara", "definitif", "baru", "lama", "mantan", "resmi", "istimewa",
              "raker", "rakor", "fgd", "audiensi",
              # the words of a meeting's kind after 'pemimpin rapat' ('pemimpin Rapat Dengar Pendapat tersebut')
              "dengar", "pendapat", "koordinasi", "terbatas", "pleno", "paripurna",
              # a period after a role ('LKPJ Gubernur Lampung Akhir Tahun Anggaran 2025'): never a person's name
              "akhir", "awal", "masa", "sisa", "triwulan", "semester",
              # auxiliaries and adverbs a title-case headline puts after a name ('Gubernur Rini Sudah Pimpin Rapat')
              "sudah", "telah", "akan", "belum", "masih", "harus", "bisa", "segera", "siap", "kembali", "terus",
              "langsung", "tak", "tidak", "ingin", "mulai", "akhirnya", "juga", "pun", "tetap", "bakal", "lagi",
              # prepositions and conjunctions that open a sentence ('... anggota Komisi V. Dari pihak eksekutif hadir')
              "dari", "di", "ke", "untuk", "kepada", "oleh", "namun", "tetapi", "sedangkan", "karena", "sehingga", "agar",
              "setelah", "sebelum", "usai", "seusai", "sejak", "hingga", "terkait", "melalui", "antara", "bagi",
              # the short forms of rules and decrees ('yakni Kepmenko Nomor 30 Tahun 2022'): a document, no one's name
              "perda", "perkada", "pergub", "kepgub", "perbup", "perwali", "perpres", "keppres", "inpres", "perppu",
              "permen", "kepmen", "kepmenko", "permendagri", "kepmendagri", "se", "sk", "uu"} | HEADLINE_VERBS


def strip_honorifics(name: str) -> str:
    """Remove titles (Bapak, Dr., Ir., H., ranks) and degrees (S.T., M.M., M.Si) from a name."""
    name = " ".join(name.split()).strip(" ,.")
    prev = None
    while prev != name:
        prev = name
        name = _PREFIX_RE.sub("", name).strip()
        name = _DEGREES_RE.sub("", name).strip(" ,")
    return name


@cache
def _role_words() -> frozenset[str]:
    # (a national body's short form only: its full name's words, 'Riset', 'Kebijakan', would grow bodies' names)
    words = set(_ROLE_WORDS) | {a.lower() for _, abbrs in national_bodies() for a in abbrs}
    for full, abbrs in opd():
        words.update(w.lower() for w in full.split())
        words.update(a.lower() for a in abbrs)
    for r in regions():
        words.update(w.lower() for w in r.name.split())
        for f in r.short_forms:
            words.update(w.lower() for w in f.split())
    return frozenset(words)


# One-word heads that are also words of people's names ('Karo' a surname, 'Lukman Hakim Nasution').
_NAME_HEADS = frozenset({"karo", "hakim"})


@cache
def _single_heads() -> frozenset[str]:
    return frozenset(h.lower().rstrip(".") for h in ROLE_HEADS if " " not in h) - _NAME_HEADS


@cache
def _body_abbreviations() -> frozenset[str]:
    return frozenset(a.lower() for _, abbrs in opd() + national_bodies() for a in abbrs)


def org_words() -> frozenset[str]:
    """Lower-case words that belong to office and organisation names (shared with participants)."""
    return _role_words()


# Derived nouns (pe-/per-/pem-/ke- ... -an: Pertanian, Kehutanan, Keputusan) name offices and things, not people.
_DERIVED_NOUN = re.compile(r"^(?:pe[mnr]?|peng|ke)[a-z]{3,}an$", re.I)
# Office short forms written in title case (Setda, Disnakertrans, Dinkes, Bappeda, Sekwan): never part of a person's name.
# 'Dis' + consonant and 'Din' + kes/sos begin office names; Indonesian given names practically never do.
_OFFICE_ABBR = re.compile(r"^(?:set(?:da|wan)\w*|bape\w+|adpim|pbj|ortala|banggar|unila|itera|polinela|uinril|ubl|umitra|"
                          r"darmajaya|teknokrat|malahayati|banmus|bamus|intelkam|reskrim\w*|"
                          r"lantas|binmas|sabhara|samapta|propam|kesra|ekubang|ekbang|otda|pemotda|sekwan|dis[b-df-hj-np-tv-z]\w+|din(?:kes|sos|as)\w*|bapp?e(?:da|nda)\w*|"
                          r"balitbang\w*|kesbang\w*|ditjen\w*|bpka?d\w*|bkd|bpsdm|ba?wasda|kanwil|kemen[a-z]{3,}|kemenko\w*|korpri|satpol|"
                          r"damkar|linmas|forkopim\w*|muspida|muspika|samsat|uptd|upt|kcd)$", re.I)
# Nouns that head an office's name: a capitalised word just before one of these was part of the role ('Deputi Bidang
# Pengembangan Regional Kementerian PPN'), not the start of the name.
_ORG_NOUNS = {"kementerian", "dinas", "badan", "biro", "komisi", "kantor", "direktorat", "sekretariat", "lembaga", "dewan",
              "provinsi", "kabupaten", "kota", "pemerintah", "pemprov", "pemkab", "pemkot", "bidang", "bagian", "deputi",
              "pusat", "cabang", "wilayah", "inspektorat", "balai", "majelis", "mahkamah"}


# Loanword nouns of offices ('Evaluasi', 'Informasi', 'Komunikasi', 'Kreativitas') are never a person's name.
_LOAN_NOUN = re.compile(r"^[A-Z]?[a-z]{3,}(?:asi|isasi|itas)$")


# Short forms written in mixed case ('DJPb', 'BPSDMD', 'KemenPPN') have capitals after the first letter; names do not.
_MIXED_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")


def _office_word(tok: str) -> bool:
    bare = tok.strip(".,")
    if _MIXED_ACRONYM.match(bare) and not bare.isupper() and sum(c.isupper() for c in bare) >= 2 and "'" not in bare:
        return True
    return bool(_DERIVED_NOUN.match(bare) or _OFFICE_ABBR.match(bare) or _LOAN_NOUN.match(bare)) or (
        bare.isupper() and len(bare) > 2 and bare.lower() in _role_words())


def _continues_office(tok: str) -> bool:
    """A token inside a name candidate that shows the candidate was still the office ('... Kementerian', 'PPN/Bappenas')."""
    bare = tok.strip(".,")
    return bare.lower() in _ORG_NOUNS or "/" in bare or _office_word(bare)


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_REDUPLICATED = re.compile(r"-(?-i:[a-z])")


@cache
def _venue_names() -> frozenset[str]:
    """The gazetteer's venues, every variant, in lower case."""
    return frozenset(v.lower() for name, _, variants in venues() for v in (name, *variants))


# The parts of Sumatra that offices' regional branches are named after ('BPJS Kesehatan Kedeputian Wilayah Sumbagsel').
_MACRO_REGIONS = frozenset({"sumbagsel", "sumbagut", "sumbagteng", "sumatera", "sumatra"})


_TERM_PREFIX = re.compile(r"^[A-Z]-[A-Za-z]")


def _valid_name(name: str) -> bool:
    toks = name.split()
    if not toks or len(toks) > 5:
        return False
    if any(t.lower().strip(".,") in _STOP_NAME or t.lower().strip(".,") in _PARTIES or _office_word(t) for t in toks):
        return False
    if any(t.lower() in _SHORT_TITLES for t in toks):
        return False  # 'Karo', 'Kadis', 'Wagub': a short title, not a name
    if any(t.lower().startswith(("rakor", "musrenbang", "paripurna")) for t in toks):
        return False  # 'Ketua Panitia Rakorda': the meeting's name, not a person's
    if any(p.lower() in _STOP_NAME or p.lower() in _region_words() or p.lower() in _ORG_NOUNS
           for t in toks if "-" in t for p in t.split("-")):
        return False  # 'Lampung-In', 'Pemprov-DPRD', 'Rumah Dinas-Mahan Agung': a product, bodies or a place, no person
    if len(toks) == 1 and name.lower() in _RANKS:
        return False  # 'diwakili Penjabat Pimpinan Tinggi Pratama': a rank of the civil service, no one's name
    if any(t.lower() in _single_heads() for t in toks):
        return False  # 'Kajati Lampung dan Kapolda': an office written alone, no one named
    if any(t.lower().strip(".,") in MONTHS for t in toks):
        return False  # 'jawaban gubernur 7 November 2025': a date, not a name after a unit's number
    if len(toks) == 1 and (name.lower() in _region_words() or name.lower() in places() or name.lower() in _MACRO_REGIONS
                           or name.lower() in outside_places() or name.lower() in _body_abbreviations()):
        return False  # a lone place or body ('Kodim', 'Bakauheni', 'Jakarta') is never a person's name
    if name.lower() in _venue_names():
        return False  # 'kediaman dinas Gubernur Lampung, Mahan Agung': the residence's name, not the governor's
    if len(toks) > 1 and _ACRONYM.fullmatch(toks[0]) and len(toks[0]) >= 3 and not toks[1].isupper():
        return False  # 'KSP Eva Dwiana' ('Apeksi Temui KSP, Eva Dwiana: ...'): a body's short form, then a person
    if len(toks) > 1 and _ACRONYM.fullmatch(toks[-1]) and len(toks[-1]) >= 3 and not toks[0].isupper():
        return False  # 'Kelola BGN', 'Raperda BMD': an office's last words and its body's short form, no one's name
    if len(toks) == 1 and (_ACRONYM.fullmatch(name) or _REDUPLICATED.search(name)):
        return False  # ('kepala OPD ASN', 'Koordinator Pusat Aliansi BEM', 'Perundang-undangan'): no one's name
    return all(t[0].isupper() or t in _PATRONYMIC for t in toks) and toks[-1] not in _PATRONYMIC and len(name) >= 3


def _either_case(head: str) -> set[str]:
    """A role head whose words may be written lower case in news prose ('wakil ketua II DPRD', 'anggota DPD RI')."""
    forms = [""]
    for w in head.split():
        cases = {w, w[0].lower() + w[1:]} if w[:1].isalpha() and w[1:].islower() else {w}
        forms = [f"{f} {c}".strip() for f in forms for c in sorted(cases)]
    return set(forms)


# Lower-case heads a news writer puts before a name; other heads only count capitalised ('kepala' alone is a noun).
_LOWER_HEADS = {"Kepala Dinas", "Kepala Badan", "Kepala Bidang", "Kepala Bagian", "Kepala Desa", "Wakil Ketua", "Ketua", "Anggota", "Wakil Bupati", "Bupati", "Wali Kota", "Walikota", "Wakil Gubernur",
                "Gubernur", "Sekretaris", "Menteri", "Wakil Menteri", "Presiden", "Direktur", "Camat", "Lurah",
                "Koordinator", "Juru bicara", "Kepala", "Deputi", "Asisten", "Staf Ahli", "Inspektur", "Pelaksana Tugas",
                "Cagub", "Cawagub", "Cabup", "Cawabup", "Cawalkot",
                "Kabag", "Kabid", "Kasi", "Kadis", "Kaban", "Kasubag", "Kasubbag"}  # ('kabag Administrasi ... X')


@cache
def _head_re() -> re.Pattern:
    heads = trie_pattern(form for h in ROLE_HEADS for form in (_either_case(h) if h in _LOWER_HEADS else {h}))
    # 'Lampost.co--Bupati X': a dateline glued by dashes still starts a mention; 'Pra-Gubernur' does not
    # 'Wakil Duta Besar X', 'Wakil Direktur Y': a deputy of any head is a head too
    # ('Kadishub Bambang Sumbogo', 'Kadiskes Darwin Rusli': an office's head by its body's short form)
    return re.compile(rf"(?<!\w)(?<!\w-)(?:Wakil\s+)?(?:{heads}|Kadis(?:hub|kes|sos|dik|pora|par|tan|hut|bun|naker|perindag|"
                      rf"pupr|bmbk|pmd|pmdt|kop|ukm|lh|ketapang|kp|pp|dukcapil|pertanian))(?![\w-])")


_TOKEN = re.compile(r"\([^()]{0,60}\)|[\w'’./-]+|[,;]")  # (a semicolon ends a name: lists of attendees use it)
_PREFIX_TOKEN = re.compile(rf"^(?:{_PREFIX})$", re.I)
_DEGREE_TOKEN = re.compile(rf"^(?:{_DEGREE})\.?,?$", re.I)
_CONNECT = {"dan", "bidang", "untuk", "se-provinsi", "se-lampung", "&", "/"}


_TERM = re.compile(r"(?:19|20)\d\d[-–/](?:19|20)\d\d")
_TERM_WORDS = frozenset({"masa", "jabatan", "periode"})


def _is_role_token(tok: str) -> bool:
    low = tok.lower().strip(".")
    if tok.isdigit() and (len(tok) <= 3 or (len(tok) == 4 and tok[0] == "0")):
        return True  # 'Wilayah 1', 'Komisi 2', 'Dandim 0424' (a unit's number, never a year)
    if _TERM.fullmatch(tok) or low in _TERM_WORDS:
        return True  # 'Ketua DPRD ... masa jabatan 2019-2024 Suherman': the term belongs to the office (not its body)

    if tok.startswith("(") or "/" in tok or low in _role_words() or low in _CONNECT or low.startswith("se-") or low in _PARTIES:
        return True
    if tok[1:2] == "-" and _TERM_PREFIX.match(tok):
        return True  # 'Kepala Bidang E-Government Djoko Saputro': a field with its letter prefix goes on with the office
    if _DERIVED_NOUN.match(low) or _OFFICE_ABBR.match(low) or _LOAN_NOUN.match(tok) or (
            not tok[1:].islower() and not tok.isupper() and _MIXED_ACRONYM.match(tok)):  # ('Pansus LKPj DPRD')
        return True
    # (a name's dotted initials are no acronym: 'Kepala Staf Kepresidenan A.M. Putranto', 'H.M. Ridho Ficardo')
    return tok.isupper() and len(tok) > 2 and not _PREFIX_TOKEN.match(tok) and not _INITIALS.fullmatch(tok)


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]?")


# Units named after a place: the word after them is the place ('Cabang Bakauheni', 'Regional Lampung'), not the name.
_PLACE_COMPLEMENT = {"cabang", "regional", "area", "rayon", "sektor", "resor", "resort", "das",
                     "way", "sungai", "pulau", "teluk", "gunung"}


@cache
def _region_words() -> frozenset[str]:
    """Words of Lampung's regions and their short forms: after a name they show it was an organisation's."""
    words = {"lampung"}
    for r in regions():
        words.update(w.lower() for w in r.name.split() if w.lower() not in {"kabupaten", "kota"})
        words.update(f.lower() for f in r.short_forms if len(f.split()) == 1)
    return frozenset(words)


@cache
def _place_phrases() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.split()) for p in places())


def _after_place(sentence: str, role_end: int, names: list[re.Match]) -> tuple[int, list[re.Match]]:
    """Move the place that ends a role ('... Cabang Bakauheni', '... Mesuji-Sekampung') from the name into the role."""
    low = [m.group(0).lower().strip(".,") for m in names]
    for size in range(min(3, len(low)), 0, -1):
        if tuple(low[:size]) in _place_phrases():
            return names[size - 1].end(), names[size:]
    last_role = sentence[:role_end].split()[-1].lower().strip(".,") if sentence[:role_end].split() else ""
    if len(names) >= 2 and last_role in _PLACE_COMPLEMENT and names[0].start() - role_end <= 1:
        return names[0].end(), names[1:]  # one word after 'Cabang' is the branch's place when a name still follows
    return role_end, names


_RANKS = {"pratama", "madya", "utama", "muda", "pertama"}
# The units a post is held 'pada' ('Auditor Madya pada Inspektorat III', 'Staf Ahli pada Kementerian Pemuda'); not an
# occasion ('inspektur upacara pada Upacara Peringatan Hari ...'), whose capitalised words name no one.
_UNITS = {"inspektorat", "kementerian", "kementrian", "direktorat", "ditjen", "dinas", "badan", "biro", "bagian",
          "sekretariat", "bpbd", "bappeda", "kantor", "balai", "deputi", "kedeputian", "pusat", "unit", "seksi"}
# Offices of a named place ('Camat Gadingrejo, Suhendra') and institutions with proper names ('Kepala Desa Bernung',
# 'Direktur RSUD Alimuddin Umar', 'Manajer PT Sawit Menggala Lestari'): the capitalised words after an institution
# always name it; after a place office they name the place when a comma and a person's name follow.
# (the places themselves, whose name the next word is; 'camat' and 'kades' are their holders)
_PLACE_NOUNS = {"desa", "kampung", "kelurahan", "kecamatan", "pekon", "tiyuh", "dusun"}
_PLACE_OFFICES = _PLACE_NOUNS | {"camat", "lurah", "kades", "kapolsek", "danramil",
                                 "se-kecamatan", "se-kabupaten", "se-desa"}  # 'kepala desa se-Kecamatan Sekampung Udik'
_TEAMS = {"tim", "satgas", "satuan", "gugus", "pokja", "satpel"}
_INSTITUTIONS = {"rsud", "rs", "puskesmas", "pt", "cv", "universitas", "sekolah", "smpn", "sman", "smkn", "sdn",
                 "madrasah", "yayasan", "koperasi", "perumahan"} | _TEAMS
# Associations are named like places: 'Ketua Forum Guru Honorer, Dewi Puspitasari' (the forum's name, then its head).
_ASSOCIATIONS = {"forum", "ikatan", "asosiasi", "himpunan", "persatuan", "perkumpulan", "perhimpunan", "paguyuban",
                 "komunitas", "gabungan", "serikat", "kelompok", "lsm", "ormas", "yayasan", "aliansi"}
# An occasion is named like a place: 'inspektur upacara peringatan Hari Ulang Tahun (HUT) ke-61', its name, no one's.
_OCCASIONS = {"peringatan", "perayaan"}
_PLACE_TAKERS = _PLACE_OFFICES | _INSTITUTIONS | _ASSOCIATIONS | _OCCASIONS
_NAMED_AFTER_PEOPLE = {"rsud", "rs", "universitas"}
# 'Menteri Koperasi Budi Arie Setiadi', 'Dinas Perumahan ...': there the word is a sector, not an institution's name.
_SECTORS = {"koperasi", "perumahan", "sekolah"}
_SECTOR_HEADS = {"menteri", "wakil menteri", "kementerian", "dinas", "kepala dinas", "kadis", "deputi", "kepala badan"}
# Words company names end with ('Sawit Menggala Lestari', 'Bukit Asam Tbk'): never the start of an officer's name.
_COMPANY_WORDS = {"indonesia", "nusantara", "lestari", "jaya", "abadi", "makmur", "sejahtera", "persero", "tbk", "raya",
                  "mandiri", "sentosa", "utama", "perkasa", "agung", "energi", "energy", "group", "lampung", "sumatera"}


# Words that close a team's or unit's name as a region does: 'Tim Uji Kelayakan Lingkungan Hidup Pusat Dwi Hartanto'.
_SCOPES = frozenset({"pusat", "nasional"})
_COMPANY_FORMS = frozenset({"(Persero)", "(Tbk)", "(Tbk.)", "(Perum)", "(Perseroda)"})


def _proper_name_of_place(tokens: list[re.Match], i: int, role_end: int, office: str) -> tuple[int, int]:
    """Move the capitalised name of the place or institution into the role; (next token, role end)."""
    k, region_end = i, None
    # a hospital, campus or airport named after someone carries that person's titles: 'RSUD Dr. H. Abdul Moeloek'
    titled = office in _NAMED_AFTER_PEOPLE
    while (k < len(tokens) and tokens[k].group(0)[:1].isupper()
           and (titled or not _PREFIX_TOKEN.match(tokens[k].group(0)))):
        nxt = tokens[k + 1].group(0) if k + 1 < len(tokens) else ""
        if (region_end is None and tokens[k].group(0).lower() in _region_words() | _SCOPES and nxt[:1].isupper()
                and nxt.lower() not in _region_words() | _SCOPES):
            region_end = k + 1  # 'Tim Penggerak PKK Provinsi Lampung Riana Sari': the region closes the team's name
        k += 1
    if k < len(tokens) and tokens[k].group(0) in _COMPANY_FORMS:
        k += 1  # 'PT Hutama Karya (Persero) Hari Sulistyo': the company's legal form is part of its name
    if k == i:
        return i, role_end
    if office in _PLACE_OFFICES:
        # 'Camat Pesisir Tengah Yulianti Rahmah': a known place of two or three words, a name after it, is the office's
        words = [t.group(0).strip(",.").lower() for t in tokens[i:i + 3]]
        size = next((n for n in (3, 2) if i + n + 2 <= k and " ".join(words[:n]) in places()), 0)
        if size:
            return i + size, tokens[i + size - 1].end()
    if office in _TEAMS and region_end:
        return region_end, tokens[region_end - 1].end()
    ranked = k < len(tokens) and bool(_PREFIX_TOKEN.match(tokens[k].group(0)))  # 'Satgas Pangan Polda Kombes Pol X'
    person_after_comma = ranked or (k + 1 < len(tokens) and tokens[k].group(0) == "," and tokens[k + 1].group(0)[:1].isupper())
    branch = any(t.group(0).lower() in _PLACE_COMPLEMENT for t in tokens[i:k])  # 'PT Pelni Cabang Tarahan Sulastri'
    if office in {"pt", "cv"} and not person_after_comma and k - i >= 4 and _valid_name(
            " ".join(t.group(0) for t in tokens[k - 2:k])) and tokens[k - 2].group(0).lower() not in _COMPANY_WORDS:
        return k - 2, tokens[k - 3].end()  # 'PT Pupuk Indonesia Dedi Kurniawan': a company, then its officer
    if person_after_comma or (office in _INSTITUTIONS and not branch) or office in _OCCASIONS:
        return k, tokens[k - 1].end()
    if office in _PLACE_NOUNS and k == i + 1:
        return k, tokens[i].end()  # ('Sugianto, Kepala Desa Bernung, dan ...': one word after a village is its name)
    return i, role_end  # 'Camat Suhendra hadir': without a comma the word after a place office is the person


_ACRONYM_AFTER = re.compile(r"\([A-Z][A-Za-z0-9-]{1,12}\)")  # ('(Bawaslu)', '(PHRI)', '(P2P)')


def _joined_office_word(tok: str, after: str) -> bool:
    """'UPTD Pengelolaan Jalan dan Jembatan Wilayah II': a capitalised word after 'dan' inside an office's name goes on
    with it when the office goes on after it ('Perhubungan dan Nurul Fajri sebagai ...' joins a person instead)."""
    return (tok[:1].isupper() and not tok.isupper() and not _PREFIX_TOKEN.match(tok)
            and not _head_re().match(tok) and bool(after) and (after.lower().strip(".,") in _role_words() or _is_role_token(after)))


def _names_a_place(before: str, tok: str) -> bool:
    """A capitalised word right after a place office ('Kepala Desa Tanjung Harapan'): the place's name, read whole."""
    return before.split()[-1].lower() in _PLACE_OFFICES and tok[:1].isupper() and not tok.isupper()


def _inside_name(sentence: str, head: re.Match) -> bool:
    """A head that is also a name word ('Hakim', 'Karo') between two words of a name: 'Lukman Hakim Nasution'."""
    if head.group(0).lower() not in _NAME_HEADS:
        return False
    before = sentence[:head.start()].split()
    after = sentence[head.end():].split()
    # (the sentence's first word is capitalised for being first: 'Hadir Karo Hukum ...', unless a name opens it:
    # 'Lukman Hakim Siregar, Wakil Ketua ...')
    first_word = len(before) == 1 and (_VERB_OR_ADVERB.match(before[0]) or before[0].lower() in _OPENERS | _OPENING_WORDS)
    return len(before) >= 1 and not first_word and bool(after) and before[-1][:1].isupper() and after[0][:1].isupper() and (
        before[-1].lower().strip(".,") not in _role_words() and not before[-1].isupper())


# Words that open a sentence about who was there ('Hadir Karo Hukum ...', 'Tampak Hakim ...').
_OPENING_WORDS = frozenset({"hadir", "tampak", "turut", "juga", "hal", "saat", "ketika", "menurut", "kata", "ujar"})


# A verb of the 'di-/me-/ber-/ter-/per- ... -kan' shape, capitalised in a headline ('Gubernur Hendra Dijadwalkan Pimpin
# Rakor'): never a word of a name.
_VERB_FORM = re.compile(r"^(?:di|ter|me[mn]?g?|meny|ber|per)[a-z]{3,}kan$", re.I)


# Office and place words that are common names too: closing a name of one word before them ('Indra Utama,', 'Erwin
# Tanjung,', a Malay and Batak surname as much as a cape) they are its surname.
_GIVEN_TOO = frozenset({"utama", "jaya", "agung", "perkasa", "sentosa", "mandiri", "tanjung"})


def _surname(tokens: list[re.Match], i: int, named: int) -> bool:
    """A word of the office vocabulary closing a name of two words or more ('Andi Firmansyah Tanjung,'): a surname,
    never a region, an office or a lone head. (Inside a name the words after it would tell the office went on.)"""
    bare = tokens[i].group(0).strip(".,")
    low = bare.lower()
    if (named < (1 if low in _GIVEN_TOO else 2) or low not in _role_words() or low in _region_words() or low in _single_heads() or low in _ORG_NOUNS
            or _continues_office(bare) or not bare[:1].isupper() or bare.isupper()):
        return False
    after = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
    return not after[:1].isupper()  # the name ends here: a comma, a verb, the sentence's end


@lru_cache(maxsize=64)
def _sentence_tokens(sentence: str) -> tuple[list[re.Match], list[int]]:
    tokens = list(_TOKEN.finditer(sentence))
    return tokens, [t.start() for t in tokens]


def _tokens_from(sentence: str, at: int) -> list[re.Match]:
    """The tokens of sentence[at:], read once per sentence for all its role heads."""
    tokens, starts = _sentence_tokens(sentence)
    k = bisect_left(starts, at)
    if k and tokens[k - 1].end() > at:
        return list(_TOKEN.finditer(sentence, at))  # a token runs across `at` ('(Kepala Dinas X)'): read from there
    return tokens[k:]


def _place_words_at(tokens: list[re.Match], i: int) -> bool:
    """The two or three words from tokens[i] name a known place ('Kota Agung', 'Bandar Lampung')."""
    words = [t.group(0).strip(",.").lower() for t in tokens[i:i + 3]]
    return any(" ".join(words[:n]) in places() for n in (2, 3) if len(words) >= n)


def _fields_listed(sentence: str, tokens: list[re.Match], k: int) -> bool:
    """The tokens from k go on listing an office's fields up to its last one after 'dan' ('Evaluasi dan Informasi'),
    no other office among them."""
    for j in range(k, min(k + 6, len(tokens) - 1)):
        tok = tokens[j].group(0)
        if tok.lower() in {"dan", "&"}:
            following = tokens[j + 1].group(0)
            return j > k and following[:1].isupper() and _is_role_token(following) and not _head_re().match(
                sentence, tokens[j + 1].start())
        if tok == "," or not tok[:1].isupper() or not _is_role_token(tok) or _head_re().match(sentence, tokens[j].start()):
            return False
    return False


_PATRONYMIC = frozenset({"bin", "binti"})
_LISTING = {"yakni", "yaitu", "ialah", "masing-masing"}
_LISTING_TWO = {("antara", "lain"), ("di", "antaranya")}


def _listing_at(tokens: list[re.Match], k: int) -> int:
    """How many tokens from k announce a list of names ('yakni', 'masing-masing', 'antara lain'); 0 if none."""
    words = [t.group(0).lower() for t in tokens[k:k + 2]]
    if words[:1] and words[0] in _LISTING:
        return 1
    return 2 if tuple(words) in _LISTING_TWO else 0


def _read_mention(sentence: str, head: re.Match) -> tuple[int, str, str] | None:
    """Walk tokens after a role head: role words, then an optional comma, then the name."""
    if _inside_name(sentence, head):
        return None
    tokens = _tokens_from(sentence, head.end())
    i, role_end = 0, head.end()
    while i < len(tokens):
        tok = tokens[i].group(0)
        if tok == "," and i + 1 < len(tokens) and tokens[i + 1].group(0).lower().rstrip(".") in {"jalan", "jl", "jln"}:
            return None  # 'Kantor Gubernur Lampung, Jalan Wolter Monginsidi': an address, not the holder's name
        if tok == "," and _place_words_at(tokens, i + 1):
            return None  # 'Rumah Dinas Bupati Tanggamus, Kota Agung': the building's town follows the comma, no holder
        if tok == "," and i + 1 < len(tokens) and ((after := tokens[i + 1].group(0).lower()) == "dan" or after in _role_words()):
            k = i + 2 if tokens[i + 1].group(0).lower() == "dan" and i + 2 < len(tokens) else i + 1
            if _head_re().match(sentence, tokens[k].start()):
                break  # 'Menteri PU, Gubernur X': a second role begins; the first one named nobody
            i += 1
            continue
        straight = _listing_at(tokens, i) if i and tok[:1].islower() else 0
        if straight and i + straight < len(tokens) and tokens[i + straight].group(0)[:1].isupper() \
                and not _head_re().match(sentence, tokens[i + straight].start()):
            i += straight  # (straight after the office: 'Wakil Ketua DPRD masing-masing Budi Santoso dan Ani Lestari')
            break
        listed = _listing_at(tokens, i + 1) if tok == "," else 0
        if listed and i + 1 + listed < len(tokens) and not _head_re().match(sentence, tokens[i + 1 + listed].start()):
            # 'Dua Anggota Pansus LKPj DPRD Lampung, yakni Noverisman Subing ... dan Midi Iswanto': the office's
            # holders listed after it
            i += 1 + listed
            break
        if tok == "," and _fields_listed(sentence, tokens, i + 1):
            i += 1  # 'Direktur Perencanaan, Evaluasi dan Informasi ...': the office's fields, listed
            continue
        if (tok == "pada" and i and i + 1 < len(tokens) and tokens[i + 1].group(0)[:1].isupper()
                and tokens[i + 1].group(0).lower() in _UNITS):
            i += 1  # 'Auditor Madya pada Inspektorat III ...', 'Analis Bencana pada BPBD': the post's unit follows
            continue
        if tok.lower() in _RANKS and i and tokens[i - 1].group(0).lower() in {"tinggi", "ahli"}:
            role_end = tokens[i].end()  # 'Pimpinan Tinggi Pratama', 'Ahli Madya': a rank, not a name
            i += 1
            continue
        if tok.startswith("(") and _BRACKETED_NAME.fullmatch(tok) and _plain_name(tok[1:-1]):
            # 'dipimpin Kepala Bappeda Provinsi Lampung (Mulyadi Irsan)': the office's holder in brackets after it
            return tokens[i].end(), " ".join(sentence[head.start():role_end].split()).strip(" ,"), strip_honorifics(tok[1:-1])
        if tok[:1].isupper() and tok.lower() in province_words():
            role_end = tokens[i].end()  # ('Ketua Komisi III DPRD Sumsel, Muhammad': another province closes the office)
            i += 1
            continue
        before = tokens[i - 1].group(0) if i else head.group(0)
        if tok != "," and (_is_role_token(tok) or (
                i >= 2 and before.lower() in {"dan", "&"} and tokens[i - 2].group(0) != ","
                and _joined_office_word(tok, tokens[i + 1].group(0) if i + 1 < len(tokens) else ""))
                or (tok == "sementara" and before.lower() in {"dprd", "ketua", "pimpinan"})  # 'Ketua DPRD sementara X'
        ) and not _names_a_place(before, tok):
            role_end = tokens[i].end()
            i += 1
            continue
        if tok == "di" and i and i + 1 < len(tokens) and tokens[i + 1].group(0).lower() in _region_words():
            # 'Kepala Balai Besar POM di Bandar Lampung Bagus Wicaksono': where the office sits is part of its name
            j = i + 1
            while j < len(tokens) and tokens[j].group(0).lower() in _region_words():
                j += 1
            role_end, i = tokens[j - 1].end(), j
            continue
        break
    last = sentence[head.start():role_end].split()[-1].lower().strip(".,") if role_end > head.start() else ""
    if last == "way" and i < len(tokens) and tokens[i].group(0)[:1].isupper():
        # 'PDAM Way Rilau, Andi Saputra': in Lampung 'Way' (river) begins a place's name, never a person's
        last, role_end, i = tokens[i].group(0).lower(), tokens[i].end(), i + 1
    if last not in _PLACE_TAKERS and i < len(tokens) and tokens[i].group(0).lower() in _PLACE_TAKERS:
        last, role_end, i = tokens[i].group(0).lower(), tokens[i].end(), i + 1  # 'Kepala Puskesmas Natar, dr. X'
    role_words = sentence[head.end():role_end].lower().split()
    if last not in _PLACE_TAKERS and last not in _region_words() and any(w in _TEAMS for w in role_words):
        # (a region closes the team's name: 'Ketua Tim Penggerak PKK Provinsi Lampung Riana Sari Arinal')
        last = next(w for w in role_words if w in _TEAMS)  # 'Ketua Tim Percepatan Penurunan Stunting': the team's name
    if last in _PLACE_TAKERS and not (last in _SECTORS and head.group(0).lower() in _SECTOR_HEADS):
        i, role_end = _proper_name_of_place(tokens, i, role_end, last)
    # ('Kepala Bappeda -- Elvira Umihanni -- memaparkan': a dash sets the name off as a comma does)
    crossed = i < len(tokens) and (tokens[i].group(0) == "," or _DASH.fullmatch(tokens[i].group(0)) is not None)
    if crossed:
        i += 1
    while i < len(tokens) and _PREFIX_TOKEN.match(tokens[i].group(0)):
        i += 1
    names, end, reset = [], None, False
    while i < len(tokens) and len(names) < 5:
        tok = tokens[i].group(0)
        bare = tok.rstrip(".")
        if reset and not names and (tok.startswith("(") or tok == ","):
            i += 1  # a bracketed short form or the comma before the name, after the office resumed
            continue
        joined = names and tok.lower() in {"dan", "&"}
        if joined and not (i + 1 < len(tokens) and _head_re().match(sentence, tokens[i + 1].start())):
            j = i + 1
            while (j < len(tokens) and tokens[j].group(0)[:1].isupper()
                   and not _ACRONYM_AFTER.fullmatch(tokens[j].group(0))):
                j += 1
            if len(names) == 1 and any(_continues_office(t.group(0)) or t.group(0).lower().strip(".,") in _role_words()
                                       for t in tokens[i + 1:j]) and j - i > 2:
                # 'Direktur Toponimi dan Batas Daerah Ditjen ... Sugiarto Wicaksono': the word before 'dan' named the
                # office, which goes on after it
                names, role_end, reset = [], tokens[i].end(), True
                i += 1
                continue
            if j < len(tokens) and j > i + 1 and _ACRONYM_AFTER.fullmatch(tokens[j].group(0)):
                # 'Ketua Perhimpunan Hotel dan Restoran Indonesia (PHRI) Lampung X': one body spelled out
                names, role_end, reset, i = [], tokens[j].end(), True, j + 1
                continue
        if names and tok.startswith("(") and _nickname(tok[1:-1], names):
            break  # ('Gubernur Lampung Rahmat Mirzani Djausal (Mirza) memimpin ...': what he is called closes the name)
        if names and _ACRONYM_AFTER.fullmatch(tok):
            # 'Ketua Badan Pengawas Pemilu (Bawaslu) Provinsi Lampung Iskardo P. Panggar': the words read as a name
            # spelled out the office's body; its name goes on after the short form
            names, role_end, reset = [], tokens[i].end(), True
            i += 1
            continue
        if names and tok.endswith(".") and _PREFIX_TOKEN.match(tok):
            # a title written in lower case starts the person's name: 'Wilayah Sumbagsel dr. Yessi Kumalasari'
            names, role_end = [], names[-1].end()
            i += 1
            continue
        if names and tok in _PATRONYMIC and i + 1 < len(tokens) and tokens[i + 1].group(0)[:1].isupper():
            names.append(tokens[i])  # 'Muhammad Yusuf bin Hasan Basri': the father's name is the name's own
            i += 1
            continue
        if tok == "," or not tok[0].isupper() or (_DEGREE_TOKEN.match(tok) and names) or tok.lower().endswith("-nya"):
            break  # ('ketua TPPS-nya harus ...': a word with the possessive clitic is no one's name)
        if names and _PREFIX_TOKEN.match(tok):
            # ranks and titles come before a person's name: the words before this one named the unit
            names, role_end = [], names[-1].end()
            while i < len(tokens) and _PREFIX_TOKEN.match(tokens[i].group(0)):
                i += 1
            continue
        if names and _surname(tokens, i, len(names)):
            names.append(tokens[i])  # 'Andi Firmansyah Tanjung,': a word of the office vocabulary closing a name
            end = tokens[i].end()
            i += 1
            continue
        if names and bare.lower() in _role_words() and _head_re().match(tok):
            break  # the next role begins: the name before it is complete
        if _continues_office(tok) or (names and (bare.lower() in _region_words() or bare.lower() in _role_words())):
            # what looked like a name was still the office or its organisation ('Walhi Lampung',
            # 'Badan Gizi Nasional'): no official's name holds a word of an office's name
            names, role_end, reset = [], tokens[i].end(), True
            i += 1
            continue
        if reset and not names and _is_role_token(tok):
            role_end = tokens[i].end()  # the office goes on after the word that proved it was one
            i += 1
            continue
        if bare.lower() in _STOP_NAME or (bare.lower() in _role_words() and not names) or _VERB_FORM.match(bare):
            break
        if not names and bare.lower() in outside_places() and i + 1 < len(tokens) and tokens[i + 1].group(0)[:1].isupper():
            role_end = tokens[i].end()  # ('Gubernur DKI Jakarta Pramono Anung Wibowo': the province, then the name)
            i += 1
            continue
        if not names and _unit_code(bare, tokens[i + 1].group(0) if i + 1 < len(tokens) else ""):
            role_end, reset = tokens[i].end(), True  # 'Kasat Pol PP M. Zulkarnain': the unit's code is the office's
            i += 1
            continue
        names.append(tokens[i])
        end = tokens[i].end()
        i += 1
    role_end, names = _after_place(sentence, role_end, names)
    if not names:
        return None
    if i < len(tokens) and re.fullmatch(r"\([A-Z][A-Za-z-]{1,12}\)", tokens[i].group(0)) \
            and not _nickname(tokens[i].group(0)[1:-1], names):
        return None  # 'Kontak Tani Nelayan Andalan (KTNA)': an organisation spelled out before its acronym
    if crossed and _HEADLINE_VERB_NEXT.match(sentence, end):
        # 'Temui Menhub, Mirza Minta ...', 'Audiensi ke Menteri PPN, Mirza dan Jihan Bahas ...': a headline's comma
        # separates clauses, not a role from its name
        return None
    names = [m.group(0) for m in names]
    role = sentence[head.start():role_end]
    return end, " ".join(role.split()).strip(" ,"), strip_honorifics(" ".join(names))


def _nickname(word: str, names: list[re.Match]) -> bool:
    """The bracketed word is what the person is called, the start of a word of the name ('Rahmat Mirzani Djausal
    (Mirza)', 'Radityo Egi Pratama (Egi)'), not a body's short form ('Kontak Tani Nelayan Andalan (KTNA)')."""
    low = word.lower()
    return word[1:].islower() and len(low) >= 3 and any(n.group(0).lower().startswith(low) for n in names)


_DASH = re.compile(r"-{1,2}")
_BRACKETED_NAME = re.compile(r"\((?:(?:[A-Z][a-z'’]+|[A-Z]\.)\s+){1,3}[A-Z][a-z'’]+\)")  # ('(Mulyadi Irsan)', not '(BPS)')


# One word after an agency's head word is its name, not a person's: 'Kepala Dinas Perkim, Ni Nyoman Widiastuti'.
_AGENCY_NAME = re.compile(r"\b(?:Dinas|Badan|Biro|Bagian|Bidang|Balai|Kantor|Seksi|UPTD|UPT)\s+[A-Z][\w-]*$")


def _unit_code(word: str, after: str) -> bool:
    """An upper-case code before a written-case name ('PP' in 'Kasat Pol PP M. Zulkarnain') closes an office, as no
    one's first name is an acronym (an all-capitals name goes on in capitals; 'HM' is a title)."""
    after = after.rstrip(".,")
    return (len(word) >= 2 and word.isalpha() and word.isupper() and word not in {"HM", "HJ", "KH", "RA"}
            and after[:1].isupper() and not (len(after) >= 2 and after.isupper()))


# A role after these words is someone referred to ('era Presiden X', 'arahan Gubernur'), not someone acting.
# The reference reaches over the role's words and a joined second person ('arahan Gubernur Lampung Arinal Djunaidi',
# 'kepemimpinan Gubernur Mirza dan Wagub Jihan'), not past a comma ('Sesuai arahan Gubernur, Sekda X memimpin').
# Directions followed or heard are given there and then: 'mengikuti arahan Mendagri Tito' has Tito speaking.
_REFERENCE_WORDS = frozenset("era masa zaman kepemimpinan pemerintahan instruksi amanat program arahan visi misi kebijakan "
                             "periode almarhum mendiang".split())
_LIVE = frozenset({"mengikuti", "mendengarkan", "menyimak", "mendengar"})
# The maker of a rule or a programme is named, not present: 'Instruksi Presiden yang diterbitkan Presiden X', 'target
# yang dicanangkan Presiden Y', 'Sebagaimana ditekankan Presiden Z'.
_ORIGIN_VERBS = frozenset("diterbitkan dicanangkan dirintis digagas dicetuskan diprakarsai diamanatkan ditekankan "
                          "dikeluarkan diinstruksikan ditetapkan".split())
_NAME_TOKEN = re.compile(r"^[A-Z(][\w.'’()/-]*$")


def _referred(sentence: str, start: int) -> bool:
    """The person or role at sentence[start:] is referred to ('era Presiden X', 'arahan Gubernur'), not acting."""
    # read back word by word over at most six capitalised words or 'dan'/'serta' (a regex search over the window
    # cost a tenth of the extraction)
    begin = max(0, start - 90)
    words = sentence[begin:start].split()
    if begin and words and not sentence[begin - 1].isspace() and not sentence[begin].isspace():
        words = words[1:]  # the window cut a word
    for back in range(1, min(len(words), 8) + 1):
        word = words[-back].lower()
        before = words[-back - 1].lower() if back < len(words) else ""
        if (word in _REFERENCE_WORDS and not (word == "arahan" and before in _LIVE)) or word in _ORIGIN_VERBS:
            return True
        if (word == "nasional" and before == "kepemimpinan") or (word == "cita" and before == "asta"):
            return True
        if back > 6 or not (_NAME_TOKEN.match(words[-back]) or word in {"dan", "serta"}):
            # one describing word (not a verb) may follow the reference word: 'program prioritas Presiden X', but
            # 'Arahan disampaikan Wamendagri X' is said by X
            return (before in _REFERENCE_WORDS and word.isalpha() and word.islower()
                    and not word.startswith(("di", "me", "ber", "ter")))
    return False


# A police general's rank, not the ministry's inspector general ('Irjen Pol Helmy Santika', 'Irjen Kemendagri X').
_RANK = re.compile(r"Irjen\s+(?:Pol\b|\(Purn)", re.I)
# A role read up to a company's or a private body's first word: the words taken for the name went on with its name.
_SPLIT_BODY = re.compile(r"\b(?:PT|CV|LSM|Yayasan)\s+[A-Z][\w-]*$|\((?:Persero|Perseroda|Perum|Tbk\.?)\)$")


def mentions(sentence: str) -> list[tuple[int, int, str, str]]:
    """(start, end, role, name) of every 'Role Name' / 'Role, Name' mention in a sentence."""
    return list(_mentions(sentence))


def forget_sentences() -> None:
    """Drop the sentences read so far (called per article, so one article's reading never serves another's)."""
    _mentions.cache_clear()


@lru_cache(maxsize=1024)
def _mentions(sentence: str) -> tuple[tuple[int, int, str, str], ...]:
    # read once per sentence: the officials, the chair and the subjects of pronouns all ask for the same sentences
    out, last = [], -1
    # ('Hadir Budi, Kepala Dinas X, Ani, Kepala Dinas Y, dan Yusuf, Kepala Bappeda.': a list written name first)
    heads = list(_head_re().finditer(sentence))
    # (only where two offices open pieces of a list: a cheap test before the list's reading)
    listed = _name_first_list(sentence) if sum(sentence[h.start() - 2:h.start()] in {", ", "; "} for h in heads) >= 2 else []
    for head in heads:
        if any(m[0] <= head.start() < m[1] for m in listed):
            continue
        if head.start() < last or (head.group(0) in _BARE_LOWER_HEADS and _GROUP_AFTER.match(sentence, head.end())) or \
                _referred(sentence, head.start()) or _RANK.match(sentence, head.start()):
            continue  # (a lower-case 'kepala daerah', 'asisten dan staf ahli' names a group, nobody in particular)
        read = _read_mention(sentence, head)
        read = read if read and _valid_name(read[2]) and not (read[2].endswith("Hari") and _INI_AFTER.match(sentence, read[0])) \
            else None
        # a name read up to a comma or a full stop is whole; otherwise the reading may have stopped inside the role
        agency = bool(read) and _AGENCY_NAME.search(read[1] + " " + read[2]) is not None
        # ('Manajer Legal PT Sumber Agro Lestari, Yohanes Widjaja': a reading that split a company's name is not whole)
        split = bool(read) and _SPLIT_BODY.search(read[1]) is not None
        # ('Asisten Deputi Bidang Tanggung Jawab Sosial dan Lingkungan ..., X': the field of a 'Bidang' is no one's name)
        open_role = bool(read) and read[1].split()[-1].lower() in _NEEDS_ITS_FIELD
        whole = read and sentence[read[0]:read[0] + 1] in {",", "."} and not agency and not split and not open_role
        apposed = None if whole else _apposition(sentence, head)
        # ('Ketua Depeko yang juga Kepala Disnaker ..., Wahyu Nugroho': one word read as the name was the office's body)
        one_word = bool(read) and " " not in read[2] and bool(_AS.search(sentence, read[0], (apposed or (0, 0, 0, 0))[3]))
        if apposed and (read is None or agency or split or open_role or one_word or _still_role(sentence[read[0]:apposed[3]])):
            read = apposed[:3]  # the word-by-word reading stopped inside the role the comma closes
        # ('Budi selaku Kepala Dinas X, Ani selaku Kepala Dinas Y': the name before 'selaku' holds it, not the next one)
        named_first = _name_before(sentence, head) if read is None or ", " in read[1] or _crossed(sentence, head, read) or (
            _BOUND_BEFORE.search(sentence, max(0, head.start() - 10), head.start()) and sentence[head.end():read[0]].count(",")) \
            else None
        if named_first:  # 'Budi, Kepala Bappeda, dan Ani, Kepala BPKAD': Ani is not the Kepala Bappeda
            out.append(named_first)
            last = named_first[1]
        elif read:
            out.append((head.start(), read[0], read[1], read[2]))
            last = read[0]
    if listed:
        out = sorted([m for m in out if m[1] <= listed[0][0] or m[0] >= listed[-1][1]] + listed)
    # ('..., Komplek Perkantoran Pemkab Lampung Barat, Jalan Wolter Monginsidi': a street is named after someone)
    return tuple(_balinese_name(m) for m in _joined(sentence, _and_the_next(sentence, out)) if not _street(sentence, m))


def _name_first_list(sentence: str) -> list[tuple[int, int, str, str]]:
    """The pairs of a list written name first, 'A, Kepala X, B, Kepala Y, dan C, Kepala Z': names and offices alternating
    from a name to an office, as the list's first item and its last show (read office first, each name would go to the
    office before it and the first name to none)."""
    items = _list_items(sentence)
    kinds = [kind for _, _, kind in items]
    # (a name past the list's first is the whole piece: 'perwakilan Daerah Operasi Manggala Agni' is no listed name)
    led_in = [k > 0 and start != _piece_start(sentence, items[k - 1][1]) for k, (start, _, _) in enumerate(items)]
    for k in range(len(items) - 3):
        run = kinds[k:]
        n = next((i for i in range(0, len(run) - 1, 2) if run[i:i + 2] != ["name", "role"] or (i and led_in[k + i])),
                 len(run) - len(run) % 2)
        # (after an office only where words open the list: 'Menurut X, Plt. Sekda, ketiga menteri ... ialah A, ...'; after
        # a person listed office first, the list goes on name first: '..., Kasrem Kol. Inf Benny Sulistio, Erwan Bustami,
        # Ketua KPU, ...')
        if n >= 4 and (k + n == len(items) or kinds[k + n] in {"other", "person"}) \
                and (k == 0 or kinds[k - 1] != "role" or led_in[k]) \
                and (_LIST_OPENS.search(sentence, 0, items[k][0]) or (k and kinds[k - 1] == "person" and not led_in[k])):
            pairs = items[k:k + n]
            return [(a[0], b[1], sentence[b[0]:b[1]], strip_honorifics(sentence[a[0]:a[1]]))
                    for a, b in zip(pairs[::2], pairs[1::2])]
    return []


def _piece_start(sentence: str, end: int) -> int:
    """Where the list's next piece begins after the piece ending at end."""
    sep = _LIST_SEPARATOR.match(sentence, end)
    return sep.end() if sep else end


# What opens a list of people: the sentence's start, a colon, or a word of attending or listing right before the first.
# ('Hadir dalam rapat itu Budi, ...')
_LIST_OPENS = re.compile(r"(?:^\W*|:\s*|\b(?:hadir|dihadiri|diikuti|ialah|adalah|yakni|yaitu|lain|antaranya|tampak|pula|"
                         r"masing-masing|oleh|turut)(?:\s+(?-i:[a-z])+){0,4}\s+)$", re.I)


# The pieces of a list: between commas and semicolons, a 'dan' or 'serta' after them.
_LIST_SEPARATOR = re.compile(r"\s*[,;]\s*(?:(?:dan|serta)\s+)?")
# The name a piece ends on, after the words leading into the list ('Hadir dalam rapat itu Budi Santoso').
_PIECE_NAME = re.compile(rf"(?<![\w.])(?:(?i:{_PREFIX})\s*)*(?:(?:[A-Z][\w'’-]+|[A-Z]\.)\s+){{0,4}}(?:[A-Z][\w'’-]+)$")


def _list_items(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, 'name' | 'role' | 'person' | 'other') of each piece of the sentence's lists; a degree joins its name."""
    items: list[tuple[int, int, str]] = []
    start = 0
    for sep in [*_LIST_SEPARATOR.finditer(sentence), None]:
        end = sep.start() if sep else len(sentence.rstrip(" ."))
        piece = sentence[start:end]
        if items and items[-1][2] == "name" and _DEGREES_RE.fullmatch(" " + piece):
            items[-1] = (items[-1][0], end, "name")  # ('Budi Santoso, S.E., Kepala ...')
        else:
            items += [(start + a, start + b, kind) for a, b, kind in _list_piece(piece)]
        start = sep.end() if sep else end
    return items


def _list_piece(piece: str) -> list[tuple[int, int, str]]:
    """A list piece as an office alone, a name alone, an office with its holder closing the piece ('person'), or else."""
    named = mentions(piece)
    if named:  # (an office and its holder: a person listed office first, 'Kapolda Lampung Irjen Pol. Purwadi Arianto')
        return [(0, len(piece), "person" if named[-1][1] >= len(piece.rstrip(" .")) else "other")]
    if _head_re().match(piece):
        return [(0, len(piece), "role")]
    # (an office after other words is no listed office: 'M.Si. sebagai Kepala Biro ...', 'didampingi Plt. Sekda')
    at = _name_at_end(piece)
    return [(0, len(piece), "other")] if at is None else [(at, len(piece), "name")]


def _name_at_end(piece: str) -> int | None:
    """Where the name a piece ends on begins, past the words leading into the list ('Hadir Budi Santoso'); else None."""
    named = _PIECE_NAME.search(piece)
    if not named or _head_re().search(named.group(0)):
        return None
    for word in re.finditer(r"\S+", named.group(0)):
        if _valid_name(strip_honorifics(named.group(0)[word.start():])):
            return named.start() + word.start()
    return None


_BOUND_BEFORE = re.compile(r"\b(?:selaku|sebagai)\s+$", re.I)


# An office's last word that names its field next: what follows is the field, not the holder.
_NEEDS_ITS_FIELD = frozenset({"bidang", "urusan", "panitia"})
# 'Agenda Gubernur Lampung Hari Ini': the day, not a man named Hari.
_INI_AFTER = re.compile(r"\s*[Ii]ni\b")
_NUMBERED = re.compile(r"\b(?:Komisi|Pansus|Khusus|Asisten|Wilayah|Sektor|Tingkat|Kelas|Golongan|Tahap|Seksi|Sub)$")
_BIRTH_ORDER = re.compile(r"^(?:Wayan|Made|Nyoman|Ketut|Putu|Kadek|Komang|Gede|Gusti|Nengah|Luh)\b")


def _balinese_name(mention: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
    """A Balinese name's 'I' or 'Ni', read as the end of the office ('Ketua FPK I'), given back to the name."""
    start, end, role, name = mention
    head, _, last = role.rpartition(" ")
    # ('Ketua Komisi I Made Sudarsana': a numbered body keeps its numeral)
    if last in {"I", "Ni"} and head and _BIRTH_ORDER.match(name) and not (last == "I" and _NUMBERED.search(head)):
        return start, end, head, f"{last} {name}"
    return mention


def _street(sentence: str, mention: tuple[int, int, str, str]) -> bool:
    """The mention's name is a street's, written straight after 'Jalan' (not an office's 'Bidang Pembangunan Jalan, X')."""
    if mention[2].split()[-1].rstrip(".").lower() not in {"jalan", "jl", "jln"}:
        return False
    return _STREET_BEFORE.search(sentence, 0, max(0, sentence.rfind(mention[3], 0, mention[1] + 1))) is not None


_STREET_BEFORE = re.compile(r"\b(?:Jalan|Jl|Jln)\.?\s+$", re.I)


# 'Juru bicara Badan Anggaran DPRD, Sri Wahyuningsih, ...', 'Wakil Ketua DPRD selaku pimpinan Banggar, Hendrik Wijaya.':
# a role phrase of any words but a verb, closed by a comma, then the person's name closed by a comma, a full stop, a
# degree or the verb after it.
_APPOSED_ROLE = re.compile(r"([^,.;:“”\"]{0,100}?),\s+")
# (a title in any case before the name: 'H. Lalu Ahmad Zainuri Putra', 'Hj. Nurlaila', 'DR. Ir. Budi')
_APPOSED_NAME = re.compile(rf"(?:(?i:{_PREFIX})\s*)*((?:[A-Z][\w'’-]*\.?\s?){{1,4}}?)(?=\s*(?:[,.;]|$|\s[a-z]))")
_CLAUSE_WORD = re.compile(r"^(?:yang|saat|ketika|karena|bahwa|akan|telah|sudah|juga|itu|ini|tersebut|pada|kepada|oleh|di|ke|dalam|"
                          r"usai|seusai|setelah|sebelum|ujar|kata|mengatakan|menyampaikan|menjelaskan|"
                          r"me(?:m|n|ng|ny)?[a-z]{3,}|di[a-z]{4,}|ber[a-z]{3,})$")
# Words joining two offices of one person: 'Ketua Depeko yang juga Kepala Disnaker ..., Wahyu Nugroho'.
ALSO_HOLDS = r"yang\s+juga(?:\s+menjabat(?:\s+sebagai)?)?|sekaligus"
_AS = re.compile(rf"\b(?:selaku|sebagai|{ALSO_HOLDS})\b", re.I)
_VENUE_BEFORE = re.compile(r"\b(?:kantor|rumah dinas|rumah jabatan|kediaman(?: dinas| resmi)?|ruang(?: kerja| rapat)?|pendopo|aula|"
                           r"gedung|rujab|balai)\s+$", re.I)


def _apposition(sentence: str, head: re.Match) -> tuple[int, str, str, int] | None:
    """(end, role, name, comma position) of 'Role phrase, Name' read from a role head, when the phrase has no verb."""
    if sentence.find(",", head.end(), head.end() + 101) < 0:
        return None  # no comma within reach: no apposition (and no costly match)
    m = _APPOSED_ROLE.match(sentence, head.end())
    if not m or _VENUE_BEFORE.search(sentence, max(0, head.start() - 25), head.start()):
        return None  # 'di Kantor Bupati Pesawaran, Gedong Tataan': an office's building, not its holder
    words = _AS.sub(" ", m.group(1)).split()
    posted = len(words) >= 3 and words[-2] == "di" and words[-1][:1].isupper()  # '... RRT di Medan': where posted
    if len(words) > 12 or any(_CLAUSE_WORD.match(w) and w.lower() not in _role_words() for w in (words[:-2] if posted else words)):
        return None
    inner = _head_re().search(m.group(1))
    if inner and not m.group(1)[:inner.start()].strip():
        inner = _head_re().search(m.group(1), inner.end())  # ('Asisten Deputi ...': two heads, one compound office)
    if inner and not _AS.search(m.group(1)[:inner.start()]):
        return None  # a second role inside: 'Bupati X dan Wakil Bupati Y, ...' are two mentions
    n = _APPOSED_NAME.match(sentence, m.end())
    if n and _HEADLINE_VERB_NEXT.match(sentence, n.end(1)):
        return None  # 'Temui Menhub, Mirza minta ...': a headline's comma closes a clause; the name opens the next
    name = strip_honorifics(n.group(1).strip()) if n else ""
    if not name or not _valid_name(name) or _head_re().match(name) or _DEGREES_RE.fullmatch(" " + name) or (
            name.lower() in places() or name.lower() in outside_places()) or any(
            t.lower().strip(".") in _role_words() or t.lower().strip(".") in _region_words() for t in name.split()):
        return None  # a degree, a place or an office after the comma is no one's name
    role = " ".join(sentence[head.start():m.start(1) + len(m.group(1))].split()).strip(" ,")
    return n.start(1) + len(n.group(1).rstrip()), role, name, m.start(1) + len(m.group(1))


# 'Yozi Rizal, Wakil Ketua DPRD Lampung yang memimpin rapat, ...', 'Okmal, kepala Bappeda Lampung Barat.', 'Rendi
# Reswandi (Plt. Kepala BKD)', 'Amalia Widyasanti selaku kepala BPS': the name first, its role after it.
# (a title in lower case may open it where a clause opens: '- dr. Edwin Rusli, MKM, Kepala Dinas Kesehatan ...'; not in
# a list, where the name closes the office before it: 'Kepala Dinas Kesehatan dr. Endang, M.Kes., Kepala BPKAD X')
_NAME_BEFORE = re.compile(r"(?:(?:^|[,;:(]\s*|\s[-–—]+\s*)(?:dr|drg|drh)\.\s*|"
                          # (a lower-case word before the name, not the end of one: "Syafi'i Wahyuni")
                          r"^|[,;:(]\s*|(?<!['’])\b[a-z]\w*\s+|^\s*[-•·*]\s*|\s[-–—]+\s*|\w[-–—]{1,2}\s+)"
                          # (no word ends in a dash: 'X.ID- Name'; a father's name after 'bin' is the name's own)
                          r"((?:[A-Z](?:[\w'’.-]*[\w'’.])?\s+(?:bin(?:ti)?\s+)?){0,3}[A-Z][\w'’-]+)"
                          rf"(?i:,?\s*\b{_DEGREE}\b\.?)*"
                          # (a council member's faction in brackets: 'Kostiana (Fraksi PDIP), Wakil Ketua ...')
                          r"(?:\s*\((?:Fraksi|Partai|F-)[^()]{1,30}\))?"
                          # (set off by dashes: 'Marindo Kurniawan — Sekretaris Daerah ... — membuka'; present as:
                          # 'Benny Sulistio hadir selaku Kasrem 043/Gatam')
                          r"\s*(?:,|\(\s*(?:[a-z]+\s+)?|\s[-–—]{1,2}\s*|(?:(?:hadir|bertindak|tampil|datang)\s+)?\bselaku|\bsebagai)"
                          r"(?:\s*yang\s+(?:juga|merupakan|menjabat(?:\s+sebagai)?|adalah))?\s*$")  # 'X, yang juga Ketua ...'
_BARE_LOWER_HEADS = frozenset({"kepala", "deputi", "asisten", "inspektur"})
_GROUP_AFTER = re.compile(r"\s+(?:daerah|opd|dinas\s+terkait|sekolah|desa|kampung|perangkat|dan|serta|se-|yang|di|dari|"
                          r"untuk|pada|dalam)\b")
_LEAD_IN = re.compile(r"^\s*(?:(?:dan|serta|yakni|yaitu|hadir|turut|dihadiri|antara lain|di antaranya)\s+)*", re.I)


_HEADLINE_VERB = "|".join(sorted(HEADLINE_VERBS))
_PLACE_OR_OBJECT_BEFORE = re.compile(rf"\b(?:di|ke|{_HEADLINE_VERB})\s+$", re.I)
# (the verb may follow a second name: 'Mirza dan Jihan Bahas ...')
_HEADLINE_VERB_NEXT = re.compile(rf"\s*(?:(?:dan|&)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?\s+)?"
                                 rf"(?:{_HEADLINE_VERB})\b", re.I)


def _apposed_earlier(sentence: str, name_start: int) -> bool:
    """The words just before the name are a role closed by a comma ('... dosen Universitas Lampung, Sri Hidayati'):
    the name is that role's holder, not the holder of the role after it."""
    before = sentence[:name_start].rstrip()
    if not before.endswith(","):
        return False
    segment = before[:-1]
    segment = segment[max(segment.rfind(","), segment.rfind(";"), segment.rfind("(")) + 1:]
    if segment.rstrip().endswith(")"):
        return False
    segment = segment[_LEAD_IN.match(segment).end():]
    return bool(_head_re().match(segment) or segment.lower().startswith(("dosen ", "perwakilan ", "pengurus ")))


_VERB_OR_ADVERB = re.compile(r"^(?:(?:Ber|Ter|Me[mnr]?|Meng|Meny|Di|Se)[a-z]{3,}|[A-Z][a-z]+(?:nya|lah|kah))$")
_BEFORE_ROLE = re.compile(r"(?:,|\(\s*(?:[a-z]+)?|\b(?:selaku|sebagai)|\s[-–—]{1,2}|"
                          r",\s*yang\s+(?:juga|merupakan|menjabat(?:\s+sebagai)?|adalah))$")
# Words that open a clause, not a name ('Adapun Erwan, ketua KPU', 'Sementara itu, ...').
_OPENERS = {"adapun", "sementara", "selanjutnya", "kemudian", "namun", "sedangkan", "bahkan", "lalu", "dari", "oleh",
            "terakhir", "pertama", "kedua", "ketiga", "akhirnya", "sebelumnya", "selain", "intinya", "jadi", "maka",
            "apalagi", "pejabat", "penjabat", "para", "seluruh", "semua", "rombongan", "tampak", "hadir", "turut",
            "menurut", "bagi", "kata", "ujar", "tutur",  # ('Menurut Satria Alam, Kepala Disperindag, ...')
            "dipimpin", "dibuka", "dipandu", "didampingi", "dihadiri"}  # ('Dipimpin Samsudin, Penjabat Gubernur, ...')
_ROLE_STOP = re.compile(r"\s*(?:[,.;:]|\byang\b|\bsaat\b|\bketika\b|\bdalam\b|$)")


def _name_before(sentence: str, head: re.Match) -> tuple[int, int, str, str] | None:
    """(start, end, role, name) of 'Name, Role ...' when the role itself names nobody after it."""
    before = sentence[max(0, head.start() - 16):head.start()].rstrip()
    if not _BEFORE_ROLE.search(before):
        return None  # no comma, bracket or 'selaku' right before the role: no name stands before it
    m = _NAME_BEFORE.search(sentence, max(0, head.start() - 90), head.start())
    if not m or _apposed_earlier(sentence, m.start(1)):
        return None  # (the name closes an earlier role: 'dosen Unila, Sri Hidayati, Ketua AEKI, Juprius')
    place = _PLACE_OR_OBJECT_BEFORE.search(sentence, max(0, m.start(1) - 30), m.start(1))
    if place and place.group(0).strip().lower() != "ke":
        return None  # 'rumah di Braja Selebah, Bupati ...', 'Usai resmikan Jembatan, gubernur ...': a place or an object
    name = strip_honorifics(m.group(1))
    words = name.split()
    if words and (words[0].lower() in _OPENERS or (len(words) > 1 and m.start(1) == 0 and _VERB_FORM.match(words[0]))):
        name, words = " ".join(words[1:]), words[1:]  # ('Ditetapkan Yusuf Kohar sebagai ...': the verb opening it)
    if words and (_head_re().match(name) or words[0].lower() in _single_heads() or words[0].lower() in _SHORT_TITLES):
        return None  # 'Wapres selaku Ketua Pengarah ...': an office, not a name, before 'selaku'
    if len(words) == 1 and m.start(1) == 0 and _VERB_OR_ADVERB.match(name):
        return None  # 'Bertindak selaku ...', 'Berikutnya, Gubernur ...': a clause's first word, not a name
    if not name or not _valid_name(name) or (len(words) == 1 and (len(name) < 4 or name.lower() in places())) or any(
            t.lower().strip(".") in _region_words() or t.lower() in _OPENERS or (t.isupper() and len(t) > 2 and not _INITIALS.fullmatch(t))
            for t in words) or _holds_office_word(words):
        return None  # an opener, an office, a place or an acronym ('BPKSDA, Akademisi ...') is no one's name
    end = head.end()
    closing = sentence.find(")", end, end + 80) if before.endswith("(") else -1
    for tok in _TOKEN.finditer(sentence, head.end()):
        if _ROLE_STOP.match(sentence, end) or not (_is_role_token(tok.group(0)) or tok.group(0)[:1].isupper()):
            break
        if tok.group(0) == "dan" and _MEMBER_NEXT.match(sentence, tok.end()):
            break  # ('Ketua Sementara DPRD Lampung dan Kostiana (Fraksi PDIP), ...': the next person, with a faction)
        end = tok.end()
    if _DASHED.match(sentence, m.end(1), head.start()) and not (_DASHED_AFTER.match(sentence, end) or (
            _MID_SENTENCE.search(sentence, 0, m.start(1)) and _CLOSED_AFTER.match(sentence, end))):
        # ('Media90 – Staf Ahli Gubernur ...': an outlet's dateline before a dash; '... Mandiri dan Inovatif — Gubernur
        # menegaskan ...': a new clause after it; not a name and its office, which a dash or the sentence closes)
        return None
    if place and (not _APPOSITION_CLOSED.match(sentence, end) or name.lower() in places()):
        return None  # ('bergerak ke Braja Selebah, Bupati ... gelar rapat': a place; 'dibawa ke Sudirman Akbar, Bupati
        # Tulang Bawang, dalam audiensi': the person it was brought to, the office apposed and closed)
    if closing >= 0:
        end = closing  # ('Erwan Bustami (Ketua KPU Provinsi Lampung) dan Fatikhatul ...': the bracket closes the role)
    role = " ".join(sentence[head.start():end].split()).strip(" ,")
    if role.endswith(".") and len(role.split()[-1]) > 5:
        role = role[:-1]  # the sentence's full stop, not an abbreviation's
    return m.start(1), end, role, name


_APPOSITION_CLOSED = re.compile(r"\s*,\s*(?-i:[a-z])")  # (the office closed by a comma, the sentence going on)
_MEMBER_NEXT = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*\s*\((?:Fraksi|Partai|F-)")
_DASHED = re.compile(r"[^,()]*\s[-–—]{1,2}\s*$")  # (matched between a name and its office)
_DASHED_AFTER = re.compile(r"\s*[-–—]")
_CLOSED_AFTER = re.compile(r"\s*(?:[.,;]|$)")


def _crossed(sentence: str, head: re.Match, read: tuple[int, str, str]) -> bool:
    """The role-first reading found its name only past a bracket or a semicolon ('X (Bupati), Y (Kepala ...)')."""
    name_at = sentence.rfind(read[2].split()[0], head.end(), read[0])
    return name_at > 0 and bool(re.search(r"[);]", sentence[head.end():name_at]))


def _still_role(gap: str) -> bool:
    """Words between a name read word by word and the comma that still belong to the office ('Hak dan Pendaftaran
    BPN Lampung'), so that the 'name' was a word of the office."""
    words = gap.split()
    return bool(words) and all(_is_role_token(w) or w[:1].isupper() for w in words) and words[0].lower() != "di"


# A listed name: titles first ('dr. Yudi', 'H. M. Ali'), then words or initials ('Ahmad M. Setiadi').
_TITLES = rf"(?:(?i:{_PREFIX})\s*)*"
_WORD = r"(?:[A-Z][\w'’-]+|[A-Z]\.)"
# (a member's party may come between: 'Noverisman Subing dari Fraksi PKB dan Midi Iswanto')
_AND_NAME = re.compile(rf"(?:\s+dari\s+(?:Fraksi|Partai)\s+[A-Z][\w-]*|\s+\([A-Z][\w-]*\))?"
                       rf"\s+dan\s+({_TITLES}(?:{_WORD}\s?){{2,4}})(?=[\s,.;]|$)")
_NAME_LIST = re.compile(rf"(?:,\s+{_TITLES}(?:{_WORD}\s?){{1,4}}){{1,5}},?\s+dan\s+{_TITLES}(?:{_WORD}\s?){{1,4}}(?=[\s,.;]|$)")
_LISTED_NAME = re.compile(rf"(?<=,\s){_TITLES}(?:{_WORD}\s?){{1,4}}|(?<=\bdan\s){_TITLES}(?:{_WORD}\s?){{1,4}}")


def _and_the_next(sentence: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """'anggota majelis Ahmad Alamsyah dan Dery Hendryan', 'Wakil Ketua Kostiana, Ismet Roni, Maulidah Zauroh dan Naldi
    Rinara': the names listed after the first share its role when no role precedes them."""
    out = []
    for i, (start, end, role, name) in enumerate(found):
        out.append((start, end, role, name))
        # (not after a place's office: 'Lurah Yosodadi, Iringmulyo, Tejoagung dan Tejosari' lists the places)
        listing = sentence.startswith(",", end) and not (set(role.lower().split()) & _PLACE_OFFICES)
        m = _AND_NAME.match(sentence, end) or (_NAME_LIST.match(sentence, end) if listing else None)
        if not m or (i + 1 < len(found) and found[i + 1][0] < m.end()):
            continue
        listed = [(p.start(), p.end(), p.group(0).strip()) for p in _LISTED_NAME.finditer(sentence, end, m.end())]
        if listed and all(_plain_name(n) for _, _, n in listed):
            out += [(a, b, role, strip_honorifics(n)) for a, b, n in listed]
    return out


def _plain_name(text: str) -> bool:
    """A person's name alone: no head, office, region or role word in it."""
    name = strip_honorifics(text)
    return (not _head_re().match(text) and _valid_name(name) and not any(_office_word(t) for t in name.split())
            and not _holds_office_word(name.split()))


def _holds_office_word(words: list[str]) -> bool:
    """A word of an office's or region's name among a name's words, a surname that is one too excepted ('Erwin
    Tanjung')."""
    # (nor a Balinese name's opening 'I' before its birth-order name, 'I Komang Koheri', which is no numbered body's 'I')
    balinese = len(words) > 1 and words[0] in {"I", "Ni"} and _BIRTH_ORDER.match(words[1]) is not None
    return any(t.lower().strip(".") in _role_words() and not (k and k == len(words) - 1 and t.lower() in _GIVEN_TOO)
               and not (k == 0 and balinese) for k, t in enumerate(words))


def _joined(sentence: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """'Asisten Pemerintahan dan Kesra Sekda ... Hery S': a one-word 'name' right before another role was still the role."""
    out: list[tuple[int, int, str, str]] = []
    for mention in found:
        prev = out[-1] if out else None
        if prev and len(prev[3].split()) == 1 and 0 <= mention[0] - prev[1] <= 1:
            role = " ".join(sentence[prev[0]:mention[0]].split()) + " " + mention[2]
            out[-1] = (prev[0], mention[1], role, mention[3])
            continue
        out.append(mention)
    return out


@cache
def _variant_index() -> dict[str, Official]:
    index = {}
    for o in officials():
        for v in o.variants + (o.name,):
            index.setdefault(v.lower(), o)
    return index


def lookup(name: str, role: str | None = None, when: date | None = None) -> Official | None:
    """The gazetteer entry for a written name (full form, a known variant, or a near misspelling)."""
    hit = _variant_index().get(name.lower()) or _fuzzy(name.lower())
    if hit is None:
        return None
    if len(name.split()) == 1 and role is None:
        return None  # a bare short form needs its role to be trusted
    return hit


@lru_cache(maxsize=4096)
def _fuzzy(name: str) -> Official | None:
    """Closest multi-word variant when the spelling is nearly identical (Djauzal, Rahmad, Fakhrizal)."""
    if len(name.split()) < 2:
        return None
    # rapidfuzz's ratio (2 * LCS / total length) in C: a linear scan of difflib ratios cost ~3 ms per unknown name
    hit = process.extractOne(name, _multiword_variants(), scorer=fuzz.ratio, score_cutoff=88)
    return _variant_index()[hit[0]] if hit else None


@cache
def _multiword_variants() -> tuple[str, ...]:
    return tuple(v for v in _variant_index() if len(v.split()) >= 2)


def holder(role_key: str, when: date | None) -> Official | None:
    """Who held an office on a date."""
    if when is None:
        return None
    for o in officials():
        if o.role_key == role_key and (o.start is None or o.start <= when) and (o.end is None or when <= o.end):
            return o
    return None


# (the office heads the role, after a stand-in's title at most: 'Wakil Ketua DPRD' is not the Ketua DPRD, 'Staf Ahli
# Gubernur' not the governor)
_STAND_IN_TITLE = r"^\W*(?:(?:pj|plh|plt|pjs|penjabat)\.?\s+(?:\([^()]{1,6}\)\s+)?)?"
_ROLE_KEYS = [
    (re.compile(rf"{_STAND_IN_TITLE}(?:wakil gubernur|wagub)\b", re.I), "wakil_gubernur"),
    (re.compile(rf"{_STAND_IN_TITLE}(?:gubernur)\b", re.I), "gubernur"),
    (re.compile(rf"{_STAND_IN_TITLE}(?:sekretaris daerah provinsi|sekdaprov|sekretaris daerah|sekda)\b", re.I), "sekda"),
    (re.compile(rf"{_STAND_IN_TITLE}ketua dprd\b", re.I), "ketua_dprd"),
]


def role_key(role: str) -> str | None:
    """Gazetteer role key of a written provincial role ('Sekdaprov' -> 'sekda')."""
    if re.search(r"\b(?:bupati|wali ?kota|kabupaten|kota)\b", role, re.I):
        return None
    if re.search(r"\b(?:jawa|sumatera|sumsel|jateng|jabar|jatim|banten|bengkulu|dki)\b", role, re.I):
        return None
    for pattern, key in _ROLE_KEYS:
        if pattern.search(role):
            return key
    return None


def resolve(role: str, name: str, when: date | None) -> dict:
    """One official dict {name, role, person_id}, using the gazetteer for ids and full names."""
    hit = lookup(name, role, when)
    if hit and len(name.split()) == 1 and len(hit.name.split()) > 1:
        key = role_key(role)
        if key and hit.role_key != key and not any(o.person_id == hit.person_id and o.role_key == key for o in officials()):
            hit = None
    if hit:
        return {"name": hit.name if len(name.split()) < len(hit.name.split()) else name, "role": role,
                "person_id": hit.person_id}
    return {"name": name, "role": role, "person_id": None}


# National figures in a sentence about a plan or a visit to come ('Presiden dijadwalkan ...', 'tiga menteri akan
# hadir') are the meeting's subject, not people acting in it.
_NATIONAL_ROLE = re.compile(r"^(?:presiden|wakil presiden|wapres|menteri|menko|wakil menteri|wamen)\b", re.I)
# A minister or president only cited: the author of a rule, the owner of a programme, someone who acted before
# ('Peraturan ... yang diterbitkan semasa Menteri Kesehatan X', 'agenda swasembada pangan Presiden Y', 'Sebelumnya,
# Menteri Pertanian Z dalam kunjungan ...'). (Not 'arahan Menteri': directions are given in the meeting.)
_CITED_BEFORE = re.compile(r"\b(?:semasa|diterbitkan|ditandatangani|diteken|ditegaskan|dicanangkan|agenda|program|kebijakan|"
                           r"visi|era|zaman|masa|disepakati|diumumkan|sebagaimana|prioritas|digagas|dicetuskan|dilantik)\b[^.,;]{0,40}$",
                           re.I)
_PREVIOUSLY = re.compile(r"^\W*sebelumnya\s*,", re.I)


def _cited(sentence: str, start: int, role: str) -> bool:
    """A national figure named only as a rule's author, a programme's owner or the actor of an earlier event."""
    if not _NATIONAL_ROLE.match(role):
        return False
    return bool(_CITED_BEFORE.search(sentence, max(0, start - 60), start) or _PREVIOUSLY.match(sentence))


# 'Menurutnya, Pj Gubernur Samsudin meminta ...', 'Pj Gubernur Samsudin, kata Firsada, telah meminta ...', 'Ia
# menyampaikan bahwa Gubernur X menaruh perhatian ...': someone told of in another's words, not acting in the event.
_REPORTED_BEFORE = re.compile(r"(?:^\W*menurut(?:nya|\s+[^,]{2,60})\s*,|\b(?:menyampaikan|mengatakan|menyebut(?:kan)?|"
                              r"menjelaskan|menegaskan|mengungkapkan)\s+bahwa)\s*(?:(?-i:[A-Z])[\w.()/-]*\s+){0,4}$", re.I)
_REPORTED_AFTER = re.compile(r"\s*,\s*(?:kata|ujar|tutur|menurut)\s+[^,]{2,60},", re.I)


def _reported(sentence: str, start: int, end: int) -> bool:
    """The person at start..end is the subject of what someone else reports."""
    return bool(_REPORTED_BEFORE.search(sentence, max(0, start - 80), start) or _REPORTED_AFTER.match(sentence, end))


_QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")
_PLANNED = re.compile(r"\b(?:akan|dijadwalkan|direncanakan|rencananya|berencana|rencana|bakal|segera)\b", re.I)


# 'Di tempat terpisah, Ketua Bawaslu X ...', 'Y, yang ditemui terpisah, ...': reached elsewhere, not in the event.
_ELSEWHERE = re.compile(r"\b(?:di tempat terpisah|secara terpisah|(?:di)?(?:hubungi|temui|konfirmasi|wawancarai)\s+"
                        r"(?:secara\s+)?terpisah)\b|^terpisah\b", re.I)


_FORMER = re.compile(r"\b(?:sebelumnya|terdahulu)\b", re.I)
# A page's tags ('Tags: musrenbang, natar, radityo egi pratama'): words about the story, a name among them acting in
# nothing (kept for topics, which they help).
_TAGS = re.compile(r"^\W*(?:tags?|tagar|kata\s+kunci|keywords?)\s*:", re.I)


# 'Suara senada datang dari Yusuf Kohar. Ketua Komisi IV itu menilai ...', 'hadir Erwan Bustami; Ketua KPU Provinsi
# Lampung itu datang ...', 'tanggapan datang dari Romli, S.H. Sang Wakil Bupati ... menyampaikan': a name closing one
# sentence, its office opening the next and pointing back by 'itu' / 'tersebut' or 'Sang'.
_CLOSING_NAME = re.compile(rf"(?<![\w.])((?:[A-Z][\w'’-]*\.?\s+){{0,3}}[A-Z][\w'’-]+)(?i:,?\s*\b{_DEGREE}\b\.?)*\W*$")
_POINTING_BACK = re.compile(r"\s*(?:yang\s+[^,.;]{0,60}?\s+)?(?:itu|tersebut)\b")
_SANG = re.compile(r"^\W*Sang\s+")
_OFFICE_REACH = 160  # characters of a unit an office pointing back opens
_CLAUSES = re.compile(r";\s+|(?<=\.)\s+(?=Sang\s)")


@cache
def _head_first_words() -> frozenset[str]:
    """The first words of the office heads (lower case), and 'sang': what a unit opening on an office starts with."""
    return frozenset(h.split()[0].lower().rstrip(".") for h in ROLE_HEADS) | {"sang", "wakil", "kadis", "kadishub", "kadiskes",
                                                                                "kadissos", "kadisdik", "kadispora",
                                                                                "kadispar"}


def _anaphoric_offices(sentences: list[str]) -> list[tuple[str, str, str]]:
    """(role, name, sentence) of every name whose office opens the next sentence or clause and points back to it."""
    units = [u for s in sentences for u in (_CLAUSES.split(s) if ";" in s or "Sang " in s else [s])]
    out = []
    for previous, unit in zip(units, units[1:]):
        opening = unit[:_OFFICE_REACH]
        first = opening.lstrip(" \"“”'").split(" ", 1)[0]
        if first.lower().rstrip(".") not in _head_first_words() or not (
                " itu" in opening or " tersebut" in opening or first == "Sang"):
            continue  # (an office opening the unit, pointing back soon: most units do neither)
        sang = _SANG.match(unit)
        at = sang.end() if sang else len(unit) - len(unit.lstrip(" \"“”'"))
        head = _head_re().match(unit, at)
        if not head or not head.group(0)[:1].isupper():
            continue
        end = head.end()
        for tok in _TOKEN.finditer(unit, head.end()):
            if _ROLE_STOP.match(unit, end) or not (_is_role_token(tok.group(0)) or tok.group(0)[:1].isupper()):
                break
            end = tok.end()
        if not (sang or _POINTING_BACK.match(unit, end)):
            continue
        named = _CLOSING_NAME.search(previous)
        name = strip_honorifics(named.group(1)) if named else ""
        if name and _plain_name(name) and name.lower() not in places() and not _head_re().search(name):
            out.append((" ".join(unit[head.start():end].split()).strip(" ,"), name, previous))
    return out


# 'yakni Radityo Egi, Ella Siti Nuryamah, dan Dendi Ramadhona, masing-masing Bupati Lampung Selatan, Lampung Timur dan
# Pesawaran': names listed first, their offices after 'masing-masing' in the same order.
_EACH_AFTER = re.compile(rf"((?:{_TITLES}(?:{_WORD}\s?){{1,4}},\s+)*{_TITLES}(?:{_WORD}\s?){{1,4}},?\s+(?:dan|serta)\s+"
                         rf"{_TITLES}(?:{_WORD}\s?){{1,4}}),\s+masing-masing\s+([^.;:]{{3,200}})")
_EACH_HINT = re.compile(r"\w,\s+masing-masing\s+(?-i:[A-Z])")
_LIST_JOINS = re.compile(r",\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+")
_CLAUSE_ON = re.compile(r",\s+(?!dan\b|serta\b)(?=[a-z])")


def _each_with_office(sentence: str) -> list[tuple[str, str]]:
    """(role, name) of the names a sentence lists before 'masing-masing' and their offices after it."""
    out = []
    hint = _EACH_HINT.search(sentence)
    # (the names end right before ', masing-masing Office': the pattern is run from a little before it only)
    for m in _EACH_AFTER.finditer(sentence, max(0, hint.start() - 200)) if hint else ():
        names = [strip_honorifics(n.strip()) for n in _LIST_JOINS.split(m.group(1)) if n.strip()]
        offices = _CLAUSE_ON.split(m.group(2), 1)[0]  # ('..., ditambah jajaran Forkopimda': the sentence goes on)
        roles = [r.strip() for r in _LIST_JOINS.split(offices) if r.strip()]
        head = _head_re().match(roles[0]) if roles else None
        if not head or not all(_plain_name(n) for n in names):
            continue
        # ('Bupati Lampung Selatan, Lampung Timur': the office word written once serves every region after it)
        roles = [r if _head_re().match(r) else f"{head.group(0)} {r}" for r in roles]
        out += list(zip(roles, names)) if len(roles) == len(names) else [(offices.strip(), n) for n in names]
    return out


# A person named without an office, speaking: after a speech tag ('"...," ujar Satria Alam.') or as the one a view comes
# from ('Pandangan serupa datang dari M. Zimmi Skil.'). Two words at least: one alone may be anything capitalised.
# (Not a capitalised pair opening a sentence before its verb: 'Keenam Raperda', 'Festival Krakatau', 'Begitu Mirza'.)
_BARE_NAME = rf"({_TITLES}(?:[A-Z][a-z'’]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’]+|[A-Z]\.)){{1,3}})"
_BARE_NAMES = re.compile(rf"\b(?:{SPEECH_TAGS}|terang|sebut)(?:nya)?\s+{_BARE_NAME}(?=\s*[.,;]|\s*$)|"
                         rf"\bdatang\s+dari\s+{_BARE_NAME}(?=\s*[.,;])")
_FAMILIAR = frozenset("mas mbak bang abang kak kakak pakde bude om tante uda uni wak cak ning sekprov".split())
_BARE_HINT = re.compile(r"[A-Z][a-z'’]+\s+[A-Z][a-z'’]+")  # (a cheap test first: two capitalised words in a row)


def _bare_names(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the people a sentence names acting without an office."""
    if not _BARE_HINT.search(sentence):
        return []
    out = []
    for m in _BARE_NAMES.finditer(sentence):
        group = next(i for i in (1, 2) if m.group(i))
        name = strip_honorifics(m.group(group).strip())
        words = name.split()
        if words[0].lower() in _FAMILIAR or words[0].lower().rstrip(".") in _head_first_words():
            continue  # ('Mas Pram', 'Pakde Siman': a familiar address; 'Sekprov Fahrizal': an office)
        if (_plain_name(name) and name.lower() not in places() and name.lower() not in outside_places()
                and not any(w.lower() in _region_words() for w in name.split())):
            out.append((m.start(group), m.end(group), name))
    return out


def officials_in(sentences: list[str], when: date | None, announced: bool = False) -> list[dict]:
    """Named people with their roles as written, first mention first, one entry per person (those a plan names are
    the event's own when the event is itself announced)."""
    found: list[dict] = []
    awaited: set[str] = set()  # name words of national figures first met in a plan: later mentions are the same plan

    def keep(role: str, name: str, sentence: str) -> bool:
        if _FORMER.search(role):
            return False  # 'Pj Gubernur sebelumnya, Samsudin': the office's former holder is named, not acting
        if announced or not _NATIONAL_ROLE.match(role):
            return True
        words = {w.lower() for w in name.split() if len(w) > 3}
        # (a plan's word inside a quotation is what someone said, not the figure's visit: '"... segera cek ...," pesan
        # Menteri Dalam Negeri Tito Karnavian')
        if _PLANNED.search(_QUOTATION.sub(" ", sentence)) or words & awaited:
            if not any(set(p["name"].lower().split()) & words for p in found):
                awaited.update(words)
                return False
        return True

    for sentence in sentences:
        if ("erpisah" in sentence and _ELSEWHERE.search(sentence)) or _TAGS.match(sentence):
            continue
        headline = is_headline(sentence)
        for start, end, role, name in ([] if headline else mentions(sentence)):
            if (keep(role, name, sentence) and not absent(sentence, start, end) and not _cited(sentence, start, role)
                    and not _reported(sentence, start, end)):
                _merge(found, resolve(role, name, when))
        for start, end, name in ([] if headline else _titled_names(sentence)):
            if not absent(sentence, start, end):
                _merge(found, resolve("", name, when))
        for o, m in _gazetteer_names(sentence):
            if (keep(o.role, o.name, sentence) and not absent(sentence, m.start(), m.end())
                    and not _cited(sentence, m.start(), o.role) and not _reported(sentence, m.start(), m.end())):
                _merge(found, {"name": o.name, "role": o.role, "person_id": o.person_id})
        for m in ([] if headline or not _PARTY_WORD.search(sentence) else _PARTY_MEMBER.finditer(sentence)):
            name = strip_honorifics(m.group(1))
            if (_valid_name(name) and len(name.split()) >= 2 and not absent(sentence, m.start(), m.end())
                    and not _RUNNING.match(sentence, m.end())):
                _merge(found, resolve(f"Fraksi {m.group(2) or m.group(3)}", name, when))
        for m in ([] if headline or "nya" not in sentence or not _ITS_HEAD_HINT.search(sentence)
                  else _ITS_HEAD.finditer(sentence)):
            listed = [m.group(2)] + [n.group(1) for n in _LISTED_AFTER.finditer(sentence, m.end(2), m.end())]
            for name in (strip_honorifics(n) for n in listed):
                if _plain_name(name) and not absent(sentence, m.start(), m.end()):
                    _merge(found, resolve(m.group(1).capitalize(), name, when))
        for m in ([] if headline or " dari " not in sentence or not _FROM_BODY_HINT.search(sentence)
                  else _FROM_BODY.finditer(sentence)):
            name = strip_honorifics(m.group(1))
            # (one word is a name only mid-sentence: a capitalised common noun opens a sentence, 'Data dari BPS')
            alone = len(name.split()) == 1 and not _MID_SENTENCE.search(sentence, 0, m.start())
            if _plain_name(name) and not alone and not absent(sentence, m.start(), m.end()):
                _merge(found, resolve(m.group(2).strip(), name, when))
    for sentence in sentences:
        for role, name in ([] if "masing-masing" not in sentence else _each_with_office(sentence)):
            if keep(role, name, sentence):
                _merge(found, resolve(role, name, when))
    for sentence in sentences:
        for start, end, name in ([] if is_headline(sentence) else _bare_names(sentence)):
            # (a short form or a nickname of someone named with an office: 'Udo Mukhlis, sapaan akrabnya' for Mukhlis
            # Basri)
            known = {w for p in found for w in p["name"].lower().split() if len(w) > 2}
            if not known & {w.lower() for w in name.split()} and not absent(sentence, start, end) and not _reported(
                    sentence, start, end):
                _merge(found, resolve("", name, when))
    for role, name, sentence in _anaphoric_offices([s for s in sentences if not is_headline(s)]):
        if keep(role, name, sentence):
            _merge(found, resolve(role, name, when))
    return found


# A person named with the body they come from: 'Arif Wijayanto dari Ditjen Keuangan Daerah', 'Sulastri dari Kementrian
# Luar Negeri'.
_CAPS_NAME = r"(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]+"
_BODIES_FROM = (r"Pansus|Panitia\s+Khusus|Komisi|Bapemperda|Banggar|Badan|Ditjen|Direktorat|Kemen[a-z]\w+|Dinas|Biro|Bappeda|"
                r"Balai|Inspektorat|Sekretariat|Universitas")
_FROM_BODY = re.compile(rf"(?<![\w.])({_CAPS_NAME})\s+dari\s+((?:{_BODIES_FROM})\b(?:\s+(?:[A-Z][\w'’()/-]*|dan|&)){{0,8}})")
_FROM_BODY_HINT = re.compile(rf" dari (?:{_BODIES_FROM})\b")  # (a cheap test first: most sentences name no such body)
_MID_SENTENCE = re.compile(r"\b[a-z]\w*\s+$")
# A body's head named after it by the possessive: 'dinas diwakili kepalanya, Isron Fadtricar', 'BPS RI memberi paparan
# melalui kepalanya, Amalia Adininggar Widyasanti'; its members, listed: 'Dua anggotanya, Noverisman Subing dan Midi
# Iswanto, ...'.
_HEADS_OF = r"kepala|ketua|pimpinan|direktur|pemimpin|anggota"
_ITS_HEAD_HINT = re.compile(rf"(?:{_HEADS_OF})nya", re.I)  # (a cheap test first)
_ITS_HEAD = re.compile(rf"\b((?i:{_HEADS_OF}))nya\s*,?\s+({_CAPS_NAME})((?:\s*,\s*|\s+dan\s+){_CAPS_NAME})*")
_LISTED_AFTER = re.compile(rf"(?:\s*,\s*|\s+dan\s+)({_CAPS_NAME})")


# A council member named with the party ('Deni Ribowo (Demokrat)', 'Ahmad Rivai dari Fraksi PKB'): a person acting,
# unless running in an election elsewhere ('Nanda Indira Bastian (PDIP) maju di Pilkada Pesawaran').
_RUNNING = re.compile(r"\s*,?\s*(?:yang\s+)?(?:maju|mencalonkan diri|bertarung|berlaga|"
                      r"di\s+Pil(?:kada|gub|eg|bup|wakot))\b", re.I)
_PARTY_NAMES = (r"(?:Golkar|Gerindra|Nasdem|NasDem|Demokrat|Hanura|Perindo|PDIP|PDI-P|PDI Perjuangan|Gelora|PKB|PKS|PAN|"
                r"PPP|PSI)")
_PARTY_WORD = re.compile(_PARTY_NAMES)  # a cheap test first: most sentences name no party
_PARTY_MEMBER = re.compile(rf"(?<![\w.])((?:[A-Z][\w'’-]*\.?\s+){{1,3}}[A-Z][\w'’-]+)\s+(?:\(({_PARTY_NAMES})\)|"
                           rf"dari\s+(?:(?:Fraksi|Partai)\s+)?({_PARTY_NAMES})\b)")


# Someone represented, excused or missing is named but not acting: 'mewakili Gubernur X', 'X diwakili oleh ...',
# 'X berhalangan hadir', 'X tidak tampak dalam rapat'.
_REPRESENTED_BEFORE = re.compile(r"\b(?:mewakili|atas nama|mewakilkan kepada|sambutan tertulis)\s+(?:\w+\s+){0,4}$", re.I)
_ABSENT_AFTER = re.compile(r"^[\s,]*(?:yang\s+)?(?:(?:sedang|saat itu)\s+)?(?:diwakili|berhalangan|tidak hadir|tidak tampak|"
                           r"tidak terlihat|absen|tidak dapat hadir|urung hadir|batal hadir)\b", re.I)


def represented_before(sentence: str, start: int) -> bool:
    """The person named at sentence[start:] is one someone else stands in for ('mewakili Gubernur X')."""
    return bool(_REPRESENTED_BEFORE.search(sentence, max(0, start - 50), start))


def _told_earlier(low: str) -> bool:
    """A word the pattern of another time needs is written (a cheap test before its scan)."""
    return "beberapa" in low or "lalu" in low or "sebelumnya" in low or "pernah" in low


def absent(sentence: str, start: int, end: int) -> bool:
    """The person at sentence[start:end] is said to be represented by someone else or absent, or acted at another
    time ('Menteri PU X, saat berkunjung ke Lampung beberapa waktu lalu, ...', 'Rapat serupa sebelumnya digelar Y')."""
    return (represented_before(sentence, start) or bool(_ABSENT_AFTER.match(sentence[end:end + 60]))
            or bool(_FOLLOWED_UP_LEADER.search(sentence, max(0, start - 160), start))
            or (_told_earlier(sentence[end:end + 70].lower()) and bool(_EARLIER_AFTER.match(sentence, end, end + 70)))
            or bool(_EARLIER_BEFORE.search(sentence, max(0, start - 50), start)))


_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_EARLIER_AFTER = re.compile(r"[^.;]{0,60}?\b(?:beberapa (?:waktu|hari|pekan|minggu|bulan|tahun) (?:lalu|sebelumnya)|"
                            r"pada tahun lalu|pada (?:periode|masa) sebelumnya|dalam beberapa kesempatan|"
                            r"(?:juga|sudah|telah) pernah|"
                            rf"pada (?:bulan )?{_MONTH}(?: \d{{4}})? lalu)\b", re.I)
# ('Sebelumnya, X menyampaikan ...' opening a sentence tells an earlier moment of the same meeting: only a noun's
# 'sebelumnya' is another time: 'Pj Gubernur sebelumnya, Samsudin', 'Rapat serupa sebelumnya digelar ...'.)
# 'Rakor ini merupakan tindak lanjut rakor serupa yang dipimpin langsung Gubernur X': the earlier meeting's leader.
_FOLLOWED_UP_LEADER = re.compile(r"\b(?:tindak\s+lanjut|menindaklanjuti)\b[^.;,]{0,120}?\b(?:dipimpin|dibuka)\s+(?:langsung\s+)?"
                                 r"(?:oleh\s+)?(?-i:(?:[A-Z][\w.-]*\s+){0,6})$", re.I)
# (an hour may stand between: 'Sehari sebelumnya, Minggu (14/4) pukul 09.00 WIB, Kepala ...')
_EARLIER_BEFORE = re.compile(r"(?<=\w)\s+(?:sebelumnya|terdahulu)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}$|\btahun lalu\b[^.;,]{0,50}$",
                             re.I)


# A name carrying academic or religious titles is a person even without an office: 'Dr. Ir. Wayan Sukadana, M.Si.'
_TITLES_WRITTEN = ("Prof.", "Dr.", "Drs.", "Dra.", "Ir.", "Hj.", "H.")  # ('KH.' holds 'H.')
# (a Balinese name opens with 'I' or 'Ni' before its birth-order or caste name: 'Prof. Dr. I Nyoman Pugeg Aryantha')
_BALINESE = r"(?:(?:I|Ni)\s+(?=(?:Wayan|Made|Nyoman|Ketut|Putu|Kadek|Komang|Gede|Gusti|Nengah|Luh)\b))?"
_TITLED = re.compile(rf"(?<![\w.])((?:(?:Prof|Dr|Drs|Dra|Ir|Hj|H|KH)\.\s*)+)({_BALINESE}(?:[A-Z][a-z'’]+\s+){{0,3}}[A-Z][a-z'’]+)"
                     rf"(?:\s*,\s*(?:{_DEGREE})\.?)*")


# A name closed by an academic degree with its stops ('dibacakan oleh Wasis Riyadi, S.Sos., M.H.', 'Elvira Umihanni, S.P.,
# M.T. (Kepala Bappeda ...)'): a person, whatever precedes.
# (its first group, the titles _TITLED reads, is empty: one loop reads both patterns' matches alike)
_DEGREED = re.compile(r"(?<![\w.])()((?:[A-Z][a-z'’]+\s+){1,3}[A-Z][a-z'’]+)(?=\s*,\s*(?:S|M|Dr)\.\s?[A-Za-z]{1,5}\.)")
# A hospital, campus, airport or street named after someone carries that person's titles: 'RSUD Dr. H. Abdul Moeloek'.
_NAMED_AFTER = re.compile(r"\b(?:RSUD|RSU|RS|Rumah\s+Sakit|Universitas|Bandara|Bandar\s+Udara|Jalan|Jl|Jln|Stadion|Masjid|"
                          r"Gedung|Lapangan|Taman|Sekolah|SMAN?|SMKN?|SMPN?|Pondok\s+Pesantren|Ponpes)\.?\s*$")


def title_token(token: str) -> bool:
    """A title or rank written before a person's name ('H.', 'Dr.', 'Kol.', 'Brigjen')."""
    return bool(_PREFIX_TOKEN.match(token))


def named_after(text: str) -> bool:
    """The text ends with a place's head that is named after someone ('RSUD', 'Jalan', 'Universitas')."""
    return bool(_NAMED_AFTER.search(text))


def _titled_names(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of titled names not already read as part of a role mention."""
    titled = any(t in sentence for t in _TITLES_WRITTEN)
    degreed = ", S." in sentence or ", M." in sentence
    if not (titled or degreed):
        return []  # (no title written: the patterns cannot match, and their scans are skipped)
    read = mentions(sentence)
    covered = [(m[0], m[1]) for m in read]
    out = []
    found = list(_TITLED.finditer(sentence)) if titled else []
    # (a degree closes a name a role mention already read: 'Camat Tulang Bawang Tengah Suryanto, S.Sos.')
    named = {m[3] for m in read}
    found += list(_DEGREED.finditer(sentence)) if degreed else []
    for m in found:
        name = strip_honorifics(m.group(2))
        if not m.group(1):  # (a degree's name read from its left: a place's words before it are no part of it)
            while name.split() and name.split()[0].lower() in _region_words():
                name = " ".join(name.split()[1:])
        if _NAMED_AFTER.search(sentence, max(0, m.start() - 25), m.start()):
            continue
        if any(name.endswith(" " + n) for n in named):
            continue
        if not any(a <= m.start() < b for a, b in covered) and len(name.split()) >= 2 and _valid_name(name):
            out.append((m.start(), m.end(), name))
    return out


@cache
def _full_names_re() -> re.Pattern:
    return alternation(v for v in _variant_index() if len(v.split()) >= 2)


def _gazetteer_names(sentence: str):
    for m in _full_names_re().finditer(sentence):
        if _referred(sentence, m.start()):
            continue
        variant = " ".join(m.group(0).lower().split())
        if variant in _variant_index():
            yield _variant_index()[variant], m


def _initial_fits(short: list[str], long: list[str]) -> bool:
    """Every word of the shorter name is a word of the longer, an initial standing for one it opens ('M.Dian Nugraha'
    in 'Muhammad Dian Nugraha')."""
    rest = list(long)
    for w in short:
        hit = next((x for x in rest if x == w or (len(w) == 1 and x.startswith(w))), None)
        if hit is None:
            return False
        rest.remove(hit)
    return True


def _name_words(name: str) -> list[str]:
    return [w for w in _NAME_BREAK.split(name.lower()) if w]


_NAME_BREAK = re.compile(r"[\s.]+")


_COMPACT_TITLE = re.compile(r"^Ka(?:dis|din)[a-z]{2,}\b")


def _merge(found: list[dict], person: dict) -> None:
    for other in found:
        same_id = person["person_id"] and other["person_id"] == person["person_id"]
        a, b = _name_words(person["name"]), _name_words(other["name"])
        # (one person met twice: a title's mention without an office, 'ujar H. Chusnunia Chalim, S.H.', takes the
        # office another mention gives; so do the source's two spellings of one name, 'Sirajuddin', 'Siradjuddin')
        if same_id or _initial_fits(a, b) or _initial_fits(b, a):
            if len(person["name"]) > len(other["name"]) and not same_id:
                other["name"] = person["name"]
            # (an office spelt out later names it better than a compact title first: 'Kadisperindag', then 'Kepala
            # Dinas Perindustrian dan Perdagangan')
            compact = bool(other["role"]) and _COMPACT_TITLE.match(other["role"]) is not None
            other["role"] = person["role"] if compact and len(person["role"] or "") > len(other["role"]) else (
                other["role"] or person["role"])
            return
        if _spelt_alike(a, b):
            other["role"] = other["role"] or person["role"]
            return
    found.append(person)


def _spelt_alike(a: list[str], b: list[str]) -> bool:
    """Two names word for word the same but for a letter or two in a long word, the first written alike ('Herman' and
    'Hermawan' are two people's first names)."""
    return len(a) == len(b) >= 2 and a != b and a[0] == b[0] and all(
        x == y or (min(len(x), len(y)) >= 5 and fuzz.ratio(x, y) >= 85) for x, y in zip(a, b))


# A sentence opening with a pronoun or 'Hal itu' continues the previous sentence's subject.
# (or an epithet pointing back: 'Mantan Kapolda Bengkulu itu memimpin langsung jalannya rakor', 'Politisi Golkar itu ...')
_ANAPHOR = re.compile(r"^(?:hal\s+(?:itu|tersebut|ini)|ia|dia|beliau|(?:mantan|eks|pria|wanita|politisi|politikus|sosok|"
                      r"jenderal|kader|alumnus|lulusan|purnawirawan|birokrat)\b[^,.\"“]{0,50}?\s+"
                      r"(?:itu|tersebut))\b", re.I)


def with_subject(sentences: list[str]) -> list[str]:
    """Sentences whose leading pronoun ('Ia', 'Hal itu disampaikannya') is preceded by the previous sentence's first named person."""
    out = []
    for i, sentence in enumerate(sentences):
        first = mentions(sentences[i - 1])[:1] if i and _ANAPHOR.match(sentence) else []
        # ('... oleh Yozi Rizal. Wakil Ketua DPRD Lampung yang bertindak selaku pemimpin Rapat Paripurna itu ...': the
        # office pointing back is the person named before it)
        pointed = _anaphoric_offices(sentences[i - 1:i + 1]) if i and not first else []
        out.append(f"{first[0][2]} {first[0][3]} {sentence}" if first else
                   f"{pointed[-1][1]}, {sentence}" if pointed and sentence.startswith(pointed[-1][0]) else
                   _speaker_named(sentence, sentences[i - 1]) if i else sentence)
    return out


# '"...," kata dia ..., kemudian membuka secara resmi Rakor ...': a quotation's tag naming its speaker by a pronoun.
_TAG_PRONOUN = re.compile(r"[\"”]\s*,?\s*(?:kata|ujar|tutur|ucap|jelas|tegas|imbuh|tambah)\s+(dia|ia|beliau)\b", re.I)


def _speaker_named(sentence: str, before: str) -> str:
    """The sentence with its quotation's pronoun tag ('kata dia') naming the person named in the sentence before."""
    tag = _TAG_PRONOUN.search(sentence) if "ia" in sentence or "eliau" in sentence else None
    # (the person the sentence itself names before the quotation, 'Menteri Dalam Negeri Tito Karnavian, "...," tutur
    # dia', else the one the sentence before names first)
    named = (mentions(sentence[:tag.start()])[-1:] or mentions(before)[:1]) if tag else []
    return sentence[:tag.start(1)] + named[0][3] + sentence[tag.end(1):] if named else sentence


_EXPAND = [
    (re.compile(r"\bSekdaprov\b", re.I), "Sekretaris Daerah Provinsi"),
    (re.compile(r"\bSekda\b", re.I), "Sekretaris Daerah"),
    (re.compile(r"\bWagub\b", re.I), "Wakil Gubernur"),
    (re.compile(r"\bWabup\b", re.I), "Wakil Bupati"),
    (re.compile(r"\bKadis\b", re.I), "Kepala Dinas"),
    (re.compile(r"\bKa[Dd](is|in)(?=[a-z]{2,}\b)"), r"Kepala D\1"),  # ('Kadisperindag' heads the Disperindag)
    (re.compile(r"\bKaban\b", re.I), "Kepala Badan"),
    (re.compile(r"\bKaro\b", re.I), "Kepala Biro"),
    # ministers by their short titles ('Mendagri memimpin rakor' is the Menteri Dalam Negeri named before)
    (re.compile(r"\bMendagri\b", re.I), "Menteri Dalam Negeri"),
    (re.compile(r"\bMenkeu\b", re.I), "Menteri Keuangan"),
    (re.compile(r"\bMentan\b", re.I), "Menteri Pertanian"),
    (re.compile(r"\bMenhub\b", re.I), "Menteri Perhubungan"),
    (re.compile(r"\bMenkes\b", re.I), "Menteri Kesehatan"),
    (re.compile(r"\bMensos\b", re.I), "Menteri Sosial"),
    (re.compile(r"\bMendikbud\b", re.I), "Menteri Pendidikan dan Kebudayaan"),
    (re.compile(r"\bWapres\b", re.I), "Wakil Presiden"),
    (re.compile(r"\bSekertaris\b", re.I), "Sekretaris"),  # the common misspelling, the same office
]


# The short titles _EXPAND writes out in full: never a person's name.
_SHORT_TITLES = frozenset(p.pattern.replace("\\b", "").lower() for p, _ in _EXPAND)


def expand_role(role: str) -> str:
    """Written role in full words, without bracketed short forms ('Sekdaprov Lampung' -> 'Sekretaris Daerah Provinsi Lampung')."""
    return " ".join(short_titles_out(re.sub(r"\s*\([^)]*\)", "", role)).split())


def short_titles_out(role: str) -> str:
    """A role with its short titles written out ('Kadis Tenaga Kerja' -> 'Kepala Dinas Tenaga Kerja')."""
    for pattern, full in _EXPAND:
        role = pattern.sub(full, role)
    return role


def complete(person: dict | None, known: list[dict]) -> dict | None:
    """A short form ('Bupati Dawam') replaced by the full name and office the same article gives ('M. Dawam Rahardjo')."""
    if not person:
        return person
    toks = {t.lower() for t in person["name"].split()}
    fuller = [p for p in known if toks <= {t.lower() for t in p["name"].split()}]
    if not fuller:
        return person
    # (an office the headline shortened: 'Bupati Egi Buka Musrenbang' and 'Bupati Lampung Selatan Radityo Egi Pratama')
    role, full_role = person.get("role") or "", fuller[0].get("role") or ""
    longer = full_role.lower().startswith(role.lower() + " ") if role else False
    return dict(person, name=fuller[0]["name"], role=full_role if longer else person.get("role"))


def with_chair(people: list[dict], leader: dict | None, when: date | None) -> list[dict]:
    """The officials with the meeting's chair among them: who led it acted in it, however the text named them."""
    if not leader or not leader.get("name"):
        return people
    found = [dict(p) for p in people]
    _merge(found, dict(resolve(leader.get("role") or "", leader["name"], when), name=leader["name"], role=leader.get("role")))
    return found


def spelled_out(person: dict, text: str) -> dict:
    """A one-word name the article writes in full elsewhere ('Noverisman' after 'Noverisman Subing dan Midi Iswanto')."""
    name = person.get("name") or ""
    if len(name.split()) != 1 or person.get("person_id"):
        return person
    best = name
    for m in _name_going_on(name).finditer(text):
        words = [name]
        for word in m.group(1).split():
            low = word.lower()
            if low in _role_words() or low in _region_words() or low in _STOP_NAME or low in HEADLINE_VERBS \
                    or _office_word(word):
                break  # the name ends where an office, a place or a verb begins
            words.append(word)
        if len(words) > len(best.split()) and _valid_name(" ".join(words)):
            best = " ".join(words)
    return dict(person, name=best) if best != name else person


def as_written(person: dict | None, text: str) -> dict | None:
    """A known official under the fullest of their names the article itself writes ('Chusnunia', not the gazetteer's
    'Chusnunia Chalim'): names are as the text gives them, the person_id carries the identity."""
    if not person:
        return person
    o = _variant_index().get(person["name"].lower())
    if o is None:
        return person
    fuller = max(len(v.split()) for v in o.variants + (o.name,))
    if len(person["name"].split()) >= fuller and _word_in(person["name"], text):
        return person  # (no variant has more words: the name is as full as any the page could write)
    written = [v for v in o.variants + (o.name,) if _word_in(v, text)]
    best = max(written, key=len) if written else person["name"]
    # (the short form a sentence uses gives way to the full name a caption or another line writes; a spelling
    # variant of as many words does not)
    if _word_in(person["name"], text) and len(best.split()) <= len(person["name"].split()):
        return person
    return dict(person, name=best) if written else person


def _word_in(phrase: str, text: str) -> bool:
    return _as_words(phrase.lower()).search(text) is not None


# (patterns built from a name are kept: the same people are named article after article, and re's own cache is
# churned by the many patterns of the extractor)
@lru_cache(maxsize=4096)
def _as_words(phrase: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")


@lru_cache(maxsize=4096)
def _name_going_on(name: str) -> re.Pattern:
    """A one-word name and the capitalised words after it ('Noverisman Subing')."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}((?:\s+[A-Z][a-z'’]+){{1,3}})")
