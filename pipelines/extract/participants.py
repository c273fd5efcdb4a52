"""Participants: organisations and groups taking part (government bodies, DPRD, Forkopimda, ...)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipelines.extract.gazetteer import opd, trie_pattern
from pipelines.extract.text import unquoted

# A bracketed short form inside a name ('Balai Pelaksana Jalan Nasional (BPJN) Lampung') belongs to it when the name
# goes on after it; a bracket at the end may be a person's name ('... Lampung (Bani)').
# 'dan' joins words of one name ('Dinas Pendidikan dan Kebudayaan') unless a second body starts after it.
_NEXT_BODY = (r"(?!\s+(?:Dinas|Badan|Biro|Balai|Kementerian|Pemerintah|Pemprov|Pemkab|Pemkot|Kantor|Komisi|PT|Polda|Polres|"
              r"Universitas|Tim|Satgas|Panitia|Fraksi|Pansus|DPRD|KPU|Bawaslu|Kodim|Korem|Kejati|Kejari|Forkopimda|"
              r"Bank|Lembaga|Asosiasi|Forum|Institut|Politeknik|Sekolah|Akademi|Kepala|Ketua|Wakil|Sekretariat|Inspektorat|"
              r"Direktorat|Bappeda|Bapenda|Bappelitbang|Setda\w*|Dis[a-z]{3,}|BPBD|BPKAD|BKD|BPS|BMKG|BPJN|BBWS|BPN|OJK|Basarnas|"
              r"Bulog|Kadin|HIPMI|KONI)\b)")
_CAP = rf"(?:[A-Z][\w.&'/-]*|RI|dan{_NEXT_BODY}|se-\w+(?:\s+\w+)?|\([A-Z][\w.&'/-]*\)(?=\s+[A-Z]))"
_ORG_STARTS = ("Pemerintah", "Pemprov", "Pemkab", "Pemkot", "Pemda", "Dinas", "Badan", "Biro", "Kementerian", "Komisi",
               "Fraksi", "Universitas", "Institut", "Politeknik", "Kantor", "Kanwil", "Balai", "Tim", "Satgas", "Satuan",
               "Kepolisian", "Kejaksaan", "Pengadilan", "Komite", "Forum", "Asosiasi", "Ikatan", "Himpunan", "Perusahaan",
               "PT", "Bank", "Otoritas", "Lembaga", "Kodim", "Korem", "Polres", "Polda", "Kadin", "HIPMI", "Pokja",
               "Bapemperda", "Pansus", "Panitia")
_ORG = re.compile(
    rf"\b(?={trie_pattern(_ORG_STARTS)})"
    rf"(?:Pemerintah(?: Provinsi| Kabupaten| Kota| Daerah)?(?:\s*\([^)]*\))?|Pemprov|Pemkab|Pemkot|Pemda|Dinas|Badan|Biro|"
    rf"Kementerian|Komisi|Fraksi|Universitas|Institut|Politeknik|Kantor Wilayah|Kanwil|Balai|Tim|Satgas|Satuan Tugas|"
    rf"Kepolisian|Kejaksaan|Pengadilan|Komite|Forum|Asosiasi|Ikatan|Himpunan|Perusahaan|PT\.?|Bank|Otoritas|Lembaga|Kodim|"
    rf"Korem|Polres|Polda|Kadin|HIPMI|Pokja|Bapemperda|Pansus|Panitia Khusus)"
    rf"(?:\s+{_CAP}){{0,7}}"
)
# A passive verb without a suffix ('pemangku kepentingan diajak gubernur ...'): a group's name stops before it, as it
# does before 'di...kan' and 'di...i' (a bare 'di' word may be a noun: 'dinas', 'direktur', 'diskusi').
_BARE_PASSIVE = r"di(?:ajak|minta|undang|bahas|pimpin|harap|dorong|tunjuk|beri|gelar|buka)"
# (The lookahead is a trie of the groups' first words: most positions fail there at once instead of trying every
# alternative.)
_GROUP_STARTS = ("para", "bupati", "wali", "walikota", "camat", "kepala", "forkopimda", "instansi", "perangkat", "organisasi",
                 "opd", "tni", "fraksi", "pemerintah", "bumn", "swasta", "akademisi", "pelaku", "pengusaha", "perwakilan",
                 "pemangku", "tokoh", "dunia", "lembaga", "mitra")
_GROUPS = re.compile(
    rf"\b(?=(?:{trie_pattern(_GROUP_STARTS)}))"
    r"(?:(?:para\s+)?(?:bupati(?:\s+dan\s+|/)wali ?kota|bupati|wali ?kota|camat|kepala daerah|kepala desa)\s+"
    r"se-(?:provinsi\s+)?\w+"
    r"(?:\s+(?-i:[A-Z])\w+){0,2}|"
    r"forkopimda(?: provinsi lampung)?|instansi vertikal|instansi terkait|perangkat daerah(?: terkait)?|"
    r"organisasi perangkat daerah(?: \(opd\))?|kepala opd(?: terkait)?|kepala dinas(?: terkait| provinsi lampung)?(?!\s+[A-Z]|\s*,\s*(?-i:[A-Z]))|"
    r"opd(?: terkait| pemprov lampung| provinsi lampung)?|tni-polri|tni/polri|"
    r"fraksi-fraksi dprd(?:(?:\s+(?:provinsi|kabupaten|kota))?\s+(?-i:[A-Z])\w+"
    r"(?:\s+(?-i:Lampung|Barat|Timur|Selatan|Tengah|Utara|Bawang)\b)?)?|"
    r"pemerintah (?:pusat|daerah|provinsi|kabupaten/kota)(?= *[,;.]| dan| serta)|bumn|swasta|"
    r"akademisi|(?:pelaku usaha|pengusaha|perwakilan (?:petani|nelayan|buruh|pengusaha|masyarakat)|pemangku kepentingan)"
    r"(?:\s+(?!(?:dan|serta|yang|untuk|di|pada|dalam|guna|dengan|agar|terkait|bahwa|akan|telah|sudah|"
    r"juga|tidak|harus|hanya|belum|dapat|masih|pun|siap|bisa|duduk|hadir|datang|tampak|ikut|turut|me[a-z]{4,}|ber[a-z]{3,}|"
    rf"di[a-z]{{3,}}(?:kan|i)|diper[a-z]{{3,}}|{_BARE_PASSIVE})\b)[\w-]+){{0,4}}|"
    r"tokoh (?:masyarakat|agama|adat|pemuda)|dunia usaha|organisasi masyarakat|"
    r"lembaga swadaya masyarakat|mitra pembangunan)(?=[\s,.;)]|$)",
    re.I,
)
# Groups written in lower case, taken only in lower case: 'Camat Budi' is a person, 'para camat' a group.
_STOP_AFTER = (r"(?!(?:dan|serta|yang|untuk|di|ke|dari|kepada|oleh|pada|dalam|guna|dengan|agar|terkait|bahwa|akan|telah|"
               r"sudah|juga|hanya|belum|dapat|bisa|masih|harus|tidak|pun|tersebut|itu|ini|se|setempat|terpumpun|terarah|"
               rf"duduk|hadir|datang|tampak|ikut|turut|me[a-z]{{3,}}|ber[a-z]{{3,}}|di[a-z]{{3,}}(?:kan|i)|diper[a-z]{{3,}}|"
               rf"{_BARE_PASSIVE})\b)")
_LOWER_GROUP_WORDS = ("camat", "lurah", "kepala ", "asisten", "distributor", "serikat ", "organisasi ", "gapoktan",
                      "gabungan ", "kelompok", "perusahaan", "koperasi", "asosiasi")
_LOWER_GROUPS = re.compile(
    r"(?<![\w-])(?:para\s+)?(?:camat|lurah|kepala (?:desa|kampung|puskesmas|sekolah|perangkat daerah)|asisten|"
    r"distributor|serikat (?:pekerja|buruh)|organisasi kemasyarakatan|gapoktan|gabungan kelompok tani|"
    rf"(?:kelompok|perusahaan|koperasi|asosiasi)(?:\s+{_STOP_AFTER}[a-z]+){{1,2}})"
    r"(?:\s+se-\w+(?:\s+[A-Z]\w+)?)?(?=[\s,.;)]|$)"
)
# An office head written by a short form stands for the body ('Kajati Lampung' -> 'Kejati Lampung', 'Danrem 043/...').
# (a deputy or chief of staff stands for it too: 'Wakapolda Lampung', 'Kasrem 043/Gatam', 'Kabinda Lampung')
_HEAD_BODY = {"Kapolda": "Polda", "Wakapolda": "Polda", "Kapolres": "Polres", "Wakapolres": "Polres",
              "Kapolresta": "Polresta", "Kapolsek": "Polsek", "Danrem": "Korem", "Kasrem": "Korem", "Dandim": "Kodim",
              "Kasdim": "Kodim", "Danramil": "Koramil", "Pangdam": "Kodam", "Kajati": "Kejati", "Wakajati": "Kejati",
              "Kajari": "Kejari", "Kakanwil": "Kanwil", "Danlanal": "Lanal", "Danlanud": "Lanud", "Kabinda": "Binda"}
# A unit's code may run to a second word ('043/Garuda Hitam'), never to the rank of the officer after it ('043/Gatam Kol.')
_RANK = r"(?!(?:Kol|Kolonel|Letkol|Mayor|Kapten|Brigjen|Mayjen|Letjen|Laksma|Marsma|Inf|Kav|Pol|Kompol|Irjen)\b)"
_HEAD_RE = re.compile(r"(?<![\w-])(" + "|".join(_HEAD_BODY) + rf")(\s+(?:\d{{2,4}}(?:/[A-Z][\w-]*(?:\s+{_RANK}[A-Z][a-z]+)?)?|"
                      r"[A-Z]{2,}(?:\s+Lampung)?|(?:Provinsi\s+|Kabupaten\s+|Kota\s+)?Lampung(?:\s+(?:Barat|Timur|Selatan|"
                      r"Tengah|Utara))?|Kota\s+[A-Z]\w+(?:\s+[A-Z]\w+)?))(?![\w-])")
# A body named inside a document title ('Rencana Kerja Pemerintah Daerah') is not a participant.
# ('Raperda tentang Keterbukaan Informasi Publik (inisiatif Komisi I)': the body that proposed a document; 'temuan BPK',
# 'opini WTP dari BPK': the auditor that wrote a finding)
_DOC_BEFORE = re.compile(r"\b(?:LHP|Hasil Pemeriksaan|[Tt]emuan|[Oo]pini(?:\s+[\w()]+){0,4}\s+dari|[Ii]nisiatif|[Uu]sul(?:an)?|"
                         r"Rencana|Kerja|Laporan|Peraturan|Keputusan|Penyelenggaraan|Surat|Undang-Undang|Jangka|Menengah|"
                         r"Panjang|Indeks|Program|Rancangan|Bidang)\s+$")
# The office in a role ('Kepala BPJN Lampung', 'Ketua DPRD Lampung') is a body taking part.
_ROLE_OFFICE = re.compile(r"^(?:Plt\.?\s+|Plh\.?\s+|Pj\.?\s+)?(?:Kepala|Ketua|Wakil Ketua|Kadis|Direktur|Pimpinan|Anggota|"
                          r"Sekretaris|Komandan|Koordinator)\s+(?=[A-Z]{3,}|Dinas|Badan|Biro|Balai|Tim|Komisi|Kantor|Pokja|"
                          r"Perwakilan)(.+)$")
# An upper-case short form tied to a region ('KPU Provinsi Lampung', 'AEKI Lampung') names a body; these name documents,
# programmes or people instead.
_NOT_BODIES = {"APBD", "APBN", "RPJMD", "RPJPD", "RKPD", "KUA", "PPAS", "UMKM", "ASN", "PAD", "SDM", "HUT", "LPPD", "PDRB",
               "TPS", "SMA", "SMK", "SMP", "BBM", "NTP", "PPKM", "RTRW", "LKPJ", "IKM", "IPM", "PON", "MBG", "WIB",
               "LKPD", "LHP", "DPA", "RKA", "SAKIP", "LAKIP", "SPJ"}
_REGION_TAIL = r"(?:Lampung|Barat|Timur|Selatan|Tengah|Utara|Bawang|Kanan)(?![\w-])"  # second word of a region's name
_ACRONYM_BODY = re.compile(rf"(?<![\w(-])([A-Z]{{3,}})(?:\s+(?:Provinsi|Kabupaten|Kota)\s+[A-Z]\w+(?:\s+{_REGION_TAIL})?|"
                           rf"\s+Lampung(?:\s+(?:Barat|Timur|Selatan|Tengah|Utara))?)(?![\w-])")
# Regional governments written in the official long form with the short form kept: 'Pemerintah Provinsi (Pemprov) Lampung'.
_GOV = re.compile(r"^(?:Pemerintah\s+(Provinsi|Kabupaten|Kota)(?:\s*\((?:Pemprov|Pemkab|Pemkot)\))?|(Pemprov|Pemkab|Pemkot))\s+(?=[A-Z])")
_GOV_FORMS = {"provinsi": "Pemprov", "kabupaten": "Pemkab", "kota": "Pemkot"}
# A regency's Sekda is written 'Sekda' too: only the provincial forms count.
_PROVINCIAL_HEAD = re.compile(r"^(?:(?:Pjs|Pj|Plh|Plt)\.?\s+|Penjabat\s+Sementara\s+(?:\(Pjs\)\s+)?)?(?:(?:Gubernur|Wakil Gubernur|Wagub|Sekdaprov)(?:\s+Provinsi)?(?:\s+Lampung)?|"
                             r"(?:Sekretaris Daerah|Sekda)(?:\s*\((?:Sekdaprov|Sekprov)\))?\s+(?:Provinsi\s+)?Lampung|"
                             r"Sekretaris Daerah \(Sekdaprov\))$", re.I)  # (an office in lower case too: 'gubernur Lampung')
_KANWIL = re.compile(r"\bkanwil\b")
_PEM = [(re.compile(r"^pemprov\b"), "pemerintah provinsi"), (re.compile(r"^pemkab\b"), "pemerintah kabupaten"),
        (re.compile(r"^pemkot\b"), "pemerintah kota"), (re.compile(r"^pemda\b"), "pemerintah daerah"),
        (_KANWIL, "kantor wilayah")]  # ('Perum Bulog Kanwil Lampung' is 'Perum Bulog Kantor Wilayah ...')
_TRIM = re.compile(r"(?:\s+(?:dan|serta|di|RI|[A-Z][a-z]+(?:nya)?))$")
# (and a police or military rank, the start of an officer's name: 'Kepolisian Resort Lampung Barat AKBP ...')
_BAD_TAIL = {"dan", "serta", "di", "yang", "se", "akbp", "akp", "iptu", "ipda", "kompol", "kombes", "brigjen", "irjen"}
@cache
def _abbr_re() -> re.Pattern:
    words = sorted({a for _, abbrs in opd() for a in abbrs}, key=len, reverse=True)
    # a military or police unit carries its number and code ('Kodim 0422 LB', 'Korem 043/Garuda Hitam')
    unit = rf"(?:\s+\d{{2,4}}(?:/[A-Z][\w-]*(?:\s+{_RANK}[A-Z][a-z]+)?|\s+[A-Z]{{2,4}}(?![\w-]))?)?"
    return re.compile(r"(?<![\w-])(" + trie_pattern(words) + r")" + unit +
                      r"(?:\s+(?:Provinsi|Kabupaten|Kota)\s+[A-Z]\w+(?:\s+[A-Z]\w+)?|\s+Lampung(?:\s+(?:Barat|Timur|Selatan|"
                      r"Tengah|Utara))?)?(?![\w-])")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(a for _, abbrs in opd() for a in abbrs)


def _tidy(org: str) -> str:
    """Drop trailing words that are not part of an organisation's name ('... Lampung Tahun', '... Elvira')."""
    from pipelines.extract.people import named_after, org_words, title_token

    org = " ".join(org.split()).strip(" ,.;")
    toks = org.split()
    # a person's title ends the body's name ('Ketua Komisi IV H. Ahmad ...'), unless the body is named after someone
    # ('RSUD Dr. H. Abdul Moeloek')
    toks = toks[:next((i for i, t in enumerate(toks) if i and t.endswith(".") and title_token(t)
                       and (i > 1 or not named_after(toks[0]))), len(toks))]
    company = toks[0].rstrip(".") == "PT"  # a company's name is its own words ('PT Hutama Karya'), not office words
    while len(toks) > 1 and (toks[-1].lower() in _BAD_TAIL or not (
            toks[-1].lower().strip("()") in org_words() or _upper_word(toks[-1]) or toks[-1].startswith("(")
            or (company and toks[-1][:1].isupper()))):
        toks.pop()
    return " ".join(toks)


def _upper_word(tok: str) -> bool:
    """An acronym or a numeral ('BMBK', 'IV'), not a person's initial closing the span ('... (BMBK) M. Taufiqullah')."""
    return tok.isupper() and (len(tok) > 1 or tok in "IVX")


# 'Rumah Dinas Gubernur', 'mobil dinas': 'dinas' there says what the house or car is for; 'Balai Kota', 'Balai
# Keratun' are buildings.
_ATTRIBUTE_BEFORE = re.compile(r"\b(?:rumah|mobil|kendaraan|perjalanan|kunjungan|pakaian|seragam)\s+$", re.I)
_BUILDING = re.compile(r"^Balai\s+(?:Kota|Keratun|Desa|Pertemuan|Adat|Wartawan|Sidang|Rakyat)\b")


# 'Forum Perangkat Daerah', 'Forum Konsultasi Publik Rancangan Awal RPJMD': the planning cycle's meetings, not bodies.
_FORUM_MEETING = re.compile(r"^Forum\s+(?:Konsultasi|Perangkat\s+Daerah|Lintas|OPD|Group|Diskusi|Musrenbang|Renja)\b")
# 'Perum Bulog Kantor Wilayah Lampung': the regional office of the body just named, not a body of its own.
_REGIONAL_OFFICE = re.compile(r"^(?:Kantor\s+Wilayah|Kanwil)\s+(?:Provinsi\s+)?Lampung$")
_NAME_BEFORE = re.compile(r"(?:\b(?:Perum|PT|Perusahaan\s+Umum)\s+)?\b[A-Z][\w-]*\s+$")


def _named_body(sentence: str, m: re.Match) -> bool:
    """Whether an organisation-like match names a body, not a document, a house, a building or a meeting."""
    before = sentence[max(0, m.start() - 40):m.start()]
    return not (_DOC_BEFORE.search(before) or _BUILDING.match(m.group(0)) or _FORUM_MEETING.match(m.group(0))
                or (m.group(0).startswith("Dinas") and _ATTRIBUTE_BEFORE.search(before)))


# The broad groups of government talk ('sinergi pemerintah pusat dan daerah', 'integrasi data lintas perangkat daerah',
# 'melibatkan pemangku kepentingan') are named far more often than they sit in a meeting: they take part only where
# the sentence says who attended, joined or was gathered ('diikuti seluruh perangkat daerah', 'menghadirkan akademisi').
_BROAD_GROUPS = ("pemerintah pusat", "pemerintah daerah", "pemangku", "perangkat daerah", "organisasi perangkat", "opd",
                 "swasta", "dunia usaha", "akademisi")
_TAKING_PART = re.compile(r"\b(?:hadir|dihadiri|menghadiri|menghadirkan|diikuti|mengikuti|turut|bersama|beserta|peserta|"
                          r"didampingi|mengundang|mengumpulkan|menerima|tampak|unsur|jajaran|seluruh)\b", re.I)


# ('perwakilan petani plasma kelapa sawit dari ...': the group's words end before a preposition with nothing after it)
_GROUP_TAIL = re.compile(r"(?:\s+(?:dari|ke|kepada|oleh))+$", re.I)


def _broad(group: str) -> bool:
    return group.lower().startswith(_BROAD_GROUPS)


def _regional_office(sentence: str, m: re.Match) -> tuple[int, str]:
    """(position, name) of a body's span, a bare regional office joined to the body named just before it."""
    body = _tidy(m.group(0))
    owner = _NAME_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) if _REGIONAL_OFFICE.match(body) else None
    return (owner.start(), sentence[owner.start():m.start()] + body) if owner else (m.start(), body)


def _spans(sentence: str) -> list[tuple[int, str]]:
    """(position, organisation) of every body and group written in a sentence."""
    spans = [_regional_office(sentence, m) for m in _ORG.finditer(sentence) if _named_body(sentence, m)]
    groups = list(_GROUPS.finditer(sentence))
    taking_part = any(_broad(m.group(0)) for m in groups) and _TAKING_PART.search(sentence) is not None
    spans += [(m.start(), _GROUP_TAIL.sub("", " ".join(m.group(0).split()))) for m in groups
              if taking_part or not _broad(m.group(0))]  # lower-case groups: kept whole
    spans += [(m.start(), _tidy(m.group(0))) for m in _abbr_re().finditer(sentence)
              if not _DOC_BEFORE.search(sentence, max(0, m.start() - 40), m.start())]
    spans += [(m.start(), m.group(0)) for m in _ACRONYM_BODY.finditer(sentence) if m.group(1) not in _NOT_BODIES]
    # (the rarer patterns only where their fixed words are: a substring test costs a fraction of a regex scan)
    if any(w in sentence for w in _LOWER_GROUP_WORDS):
        spans += [(m.start(), " ".join(m.group(0).split())) for m in _LOWER_GROUPS.finditer(sentence)]
    if "abupaten" in sentence and "ota" in sentence:
        spans += [(m.start(), _regencies(m)) for m in _regencies_office().finditer(sentence)]
    if "(" in sentence and "dan" in sentence:
        spans += [(m.start(), m.group(0)) for m in _SECTOR_LIST.finditer(sentence)]
    if any(w in sentence for w in _HEAD_BODY):
        spans += [(m.start(), _HEAD_BODY[m.group(1)] + " " + " ".join(m.group(2).split()))
                  for m in _HEAD_RE.finditer(sentence)]
    return sorted(spans)


# The same office in every regency and city, however it is written: 'Kepala Bappeda kabupaten/kota se-Provinsi Lampung',
# 'Sekda Kabupaten/Kota se-Provinsi Lampung', 'TPPS dari 15 kabupaten/kota', 'Dishub kabupaten/kota', 'dinas kesehatan
# kabupaten/kota', 'Pemerintah Kabupaten/Kota di Provinsi Lampung'; and the regencies and cities themselves ('seluruh 15
# kabupaten/kota', 'antara Pemerintah Provinsi dan Kabupaten/Kota'). How many is not part of the name.
_HOW_MANY = (r"(?:(?:dari|di|pada|untuk)\s+)?(?:(?:seluruh|semua|tiap|setiap|para)\s+)?"
             r"(?:\d{1,2}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|(?:dua|tiga|empat|lima)\s+belas)?\s*")


# ('pembahasan bersama kabupaten/kota', 'diikuti perwakilan 15 kabupaten/kota'; not 'inflasi di 15 kabupaten/kota')
_PRESENT = (r"(?<![\w-])(?:[Dd]iikuti(?:\s+oleh)?|[Dd]ihadiri(?:\s+oleh)?|bersama|[Pp]erwakilan|[Pp]eserta|mewakili|"
            r"menghadirkan|mengundang|mengumpulkan|hadir|bergabung)")


@cache
def _regencies_office() -> re.Pattern:
    abbr = trie_pattern(sorted(_abbreviations(), key=len, reverse=True))
    short = rf"(?:[A-Z]{{3,}}|{abbr})"
    body = (r"(?:para\s+)?(?:Wakil\s+Bupati/Wakil\s+Wali\s*[Kk]ota|Kepala\s+[A-Z][\w-]*|Sekretaris\s+Daerah|Sekda|[Pp]emerintah|"
            rf"[Pp]emkab/[Pp]emkot|{short}(?:\s+(?:dan|serta)\s+{short})?|"
            r"[Dd]inas\s+(?!dari\b|di\b)[A-Za-z][\w-]*(?:\s+(?!dari\b|di\b|pada\b)[A-Za-z][\w-]*)?)")
    return re.compile(rf"(?<![\w/-])(?:(?P<body>{body})\s+{_HOW_MANY}|{_PRESENT}\s+{_HOW_MANY})"
                      r"(?P<all>[Kk]abupaten(?:/|\s+dan\s+|\s+)[Kk]ota)"
                      r"(?P<tail>\s+se-(?:[Pp]rovinsi\s+)?Lampung|\s+di\s+Provinsi\s+Lampung)?(?![\w/-])")


def _regencies(m: re.Match) -> str:
    """'TPPS dari 15 kabupaten/kota' -> 'TPPS kabupaten/kota': the office, every regency and city, no count."""
    every = re.sub(r"\s+dan\s+|\s+", "/", m.group("all"))
    return " ".join(f"{m.group('body') or ''} {every}{m.group('tail') or ''}".split())


# A body whose name lists its sectors, the list closed by 'dan' and its short form: 'Dinas Komunikasi, Informatika dan
# Statistik (Diskominfotik) Provinsi Lampung', 'Dinas Ketahanan Pangan, Tanaman Pangan dan Hortikultura (KPTPH)'.
_WORDS = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
_SECTOR_LIST = re.compile(rf"\b(?:Dinas|Badan|Biro|Kementerian|Kantor)\s+{_WORDS}(?:,\s+{_WORDS})+,?\s+dan\s+{_WORDS}\s+"
                          rf"\([A-Z][\w-]+\)(?:\s+(?:Provinsi|Kabupaten|Kota)\s+[A-Z]\w+(?:\s+{_REGION_TAIL})?|"
                          rf"\s+Lampung(?:\s+{_REGION_TAIL})?)?")


def _keep(org: str) -> bool:
    return len(org) >= 2 and len(org.split()) <= 10 and (len(org.split()) > 1 or (org.isupper() and len(org) > 2)
                                                         or org[0].islower() or org in _abbreviations())


def _display(org: str) -> str:
    """One written form for a regional government, whichever of its forms the article used."""
    m = _GOV.match(org)
    if not m:
        return org
    kind = (m.group(1) or {"pemprov": "provinsi", "pemkab": "kabupaten", "pemkot": "kota"}[m.group(2).lower()]).lower()
    return f"Pemerintah {kind.title()} ({_GOV_FORMS[kind]}) {org[m.end():]}"


# 'Ketua DPRD Pesawaran selaku ketua Banggar', 'Anggota DPRD Tanggamus dari daerah pemilihan 3': the body ends there.
_ROLE_TAIL = re.compile(r"\s+(?:selaku|sebagai|dari|yang|untuk)\b.*$")


def office_of(role: str) -> str | None:
    """The body named in a written role ('Plt. Kepala BKD Provinsi Lampung' -> 'BKD Provinsi Lampung')."""
    from pipelines.extract.people import ALSO_HOLDS, short_titles_out

    # ('Kadis Tenaga Kerja ...' heads the Dinas Tenaga Kerja as 'Kepala Dinas Tenaga Kerja ...' does)
    # (two offices of one person, 'Koordinator aksi yang juga Ketua PPUKI Lampung': the first that names a body)
    for office in re.split(rf"\s+(?:{ALSO_HOLDS})\s+", short_titles_out(role or "")):
        m = _ROLE_OFFICE.match(_ROLE_TAIL.sub("", office.strip()))
        if m:
            return _tidy(m.group(1))
    return None



# 'Menteri Dalam Negeri' -> 'Kementerian Dalam Negeri', 'Menko Perekonomian' -> 'Kemenko Perekonomian' (the name the
# coordinating ministries go by); a deputy or a minister's staff speaks for the ministry too, but is not its head.
_MINISTER = re.compile(r"^(?:(?:Plt|Plh)\.?\s+)?(Menteri Koordinator|Menko|Menteri)\s+(?:Bidang\s+)?([A-Za-z][\w,/ -]*?)"
                       r"(?:\s+(?:Republik Indonesia|RI))?$")


def ministry_of(role: str) -> str | None:
    """The ministry a minister heads ('Mendagri' -> 'Kementerian Dalam Negeri'), None for any other role."""
    from pipelines.extract.people import expand_role

    if not any(w[:3] in ("Men", "men") for w in role.split()):
        return None  # (every minister's title, full or short, begins so: a cheap test before the role is written out)
    m = _MINISTER.match(expand_role(role))
    if not m:
        return None
    # ('Menteri dalam Negeri' as some write it; 'Menteri PPN/Kepala Bappenas' heads 'Kementerian PPN/Bappenas')
    name = " ".join(w[:1].upper() + w[1:] for w in re.sub(r"/Kepala\s+", "/", m.group(2)).split())
    return ("Kementerian " if m.group(1) == "Menteri" else "Kemenko ") + name


def headline_verbs() -> frozenset[str]:
    """Title-case headline verbs ('Pemprov Lampung Minta ...'): never part of a body's name (shared with people)."""
    from crawler.parsing.related import HEADLINE_VERBS
    return HEADLINE_VERBS


def _before_person_or_verb(org: str, first_names: re.Pattern | None) -> str:
    """An organisation's span ends where a person's name or a headline verb begins ('Dinas BMBK Lampung Taufiq ...',
    'Pemprov Lampung Minta ...')."""
    cut = len(org)
    m = first_names.search(org, 1) if first_names else None
    if m:
        cut = m.start()
    for m in _WORD.finditer(org, 1):
        if m.group(0).lower() in headline_verbs():
            cut = min(cut, m.start())
            break
    return _tidy(org[:cut]) if cut < len(org) else org


_WORD = re.compile(r"\b\w+\b")


def _first_names(officials: list[dict] | None) -> re.Pattern | None:
    """One pattern for the first words of the article's people's names (3+ letters), as words."""
    words = {p["name"].split()[0] for p in officials or [] if p.get("name") and len(p["name"].split()[0]) > 2}
    return _words_pattern(tuple(sorted(words))) if words else None


@lru_cache(maxsize=1024)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![\w(])(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def participants(sentences: list[str], officials: list[dict] | None = None, limit: int = 12,
                 plenary: bool = False) -> list[str]:
    """Organisations and groups named in the sentences or in the roles of the officials, one entry per body."""
    found: list[str] = []
    first_names = _first_names(officials)
    spans = [_before_person_or_verb(org, first_names)
             for sentence in unquoted(sentences)  # bodies named in speech are talked about, not present
             for _, org in _spans(sentence)]
    own = _short_forms(spans)
    for org in spans:
        if _keep(org):
            _add(found, _display(org), own)
    for person in officials or []:
        org = office_of(person.get("role") or "")
        if org and _keep(org):
            _add(found, org, own)
        elif _PROVINCIAL_HEAD.match(person.get("role") or ""):
            _add(found, "Pemerintah Provinsi (Pemprov) Lampung", own)  # the province acts through its head or secretary
        elif ministry := ministry_of(person.get("role") or ""):
            _add(found, ministry, own)  # a minister acting in the meeting brings the ministry
    if plenary:
        _with_house(found)
    return found[:limit]


_HOUSE = re.compile(r"(?<!\()\bDPRD\b(?!\)).*$")


def _with_house(found: list[str]) -> None:
    """A plenary sits as the whole DPRD: the house takes part besides its factions and committees named in it."""
    houses = [m.group(0) for org in found if (m := _HOUSE.search(org))]
    if houses and not any(canonical(org) == canonical(house) for org in found for house in houses):
        found.insert(0, houses[0])


# 'Badan Pembentukan Peraturan Daerah (Bapemperda)': the article defines a short form it goes on using alone.
_DEFINED = re.compile(r"^(?P<full>[A-Z][\w-]*(?:\s+[\w-]+)+?)\s*\((?P<short>[A-Z][\w-]*[a-zA-Z0-9])\)")


def _short_forms(spans: list[str]) -> dict[str, str]:
    """Lower-case short form -> lower-case full name, as the article itself defines them."""
    own = {}
    for org in spans:
        m = _DEFINED.match(org)
        if m and m.group("short")[0].lower() == m.group("full")[0].lower():
            own[m.group("short").lower()] = m.group("full").lower()
    return own


@cache
def _expansions() -> dict[str, str]:
    """Lower-case abbreviation -> lower-case full name of a government body."""
    return {a.lower(): full.lower() for full, abbrs in opd() for a in abbrs}


@lru_cache(maxsize=8192)
def canonical(org: str) -> frozenset[str]:
    """Words identifying a body whatever its written form (abbreviation, bracketed short form, Pemprov)."""
    low = re.sub(r"\s*\([^)]*\)", "", org.lower())
    for pattern, full in _PEM:
        low = pattern.sub(full, low)
    words = []
    for tok in low.replace("/", " ").replace(",", " ").split():
        words.extend(_expansions().get(tok, tok).split())
    return frozenset(words)


def _identity(org: str, own: dict[str, str]) -> frozenset[str]:
    """canonical(), with the short forms the article defines spelled out too."""
    key = canonical(org)
    if not own or not key & own.keys():
        return key
    return frozenset(w for word in key for w in own.get(word, word).split())


def _add(found: list[str], org: str, own: dict[str, str]) -> None:
    key = _identity(org, own)
    for i, other in enumerate(found):
        okey = _identity(other, own)
        spelled = _short(other) and not _short(org)  # ('BPS', then 'Badan Pusat Statistik (BPS)'): the name written out
        if key <= okey and not (spelled and okey <= key):
            return
        if okey <= key:
            # a literal extension ('Dinas X' -> 'Dinas X Provinsi Lampung') or the name written out replaces
            if spelled or _written_words(other) <= _written_words(org):
                found[i] = org
            return
    found.append(org)


def _written_words(org: str) -> set[str]:
    """The words of a body's name as written, 'Kanwil' read as 'Kantor Wilayah'."""
    return set(_KANWIL.sub("kantor wilayah", org.lower().replace(",", " ")).split())


@lru_cache(maxsize=4096)
def _short(org: str) -> bool:
    """A body written by its short form ('BPS Provinsi Lampung'); the DPRD is written so even where spelled out once."""
    first = org.split()[0]
    return first.isupper() and first != "DPRD" and first in _abbreviations()
