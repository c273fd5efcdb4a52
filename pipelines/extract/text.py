"""Text normalisation: page noise removal, sentence split."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from crawler.parsing.related import without_related

# Lines that are site furniture, never prose of the article.
_NOISE = re.compile(
    r"^(?:baca\s+juga\b.*|iklan|gulir untuk lanjut membaca|geser untuk membaca berita|bagikan(?: artikel ini)?"
    r"|tautan berhasil disalin|facebook.*|share.*|×|advertisement|scroll to continue.*|follow us.*"
    r"|video\b[^:]{0,30}:.*|(?:#\w+\s*)+|(?:@[\w.]+\s*)+|tabik pu+n+\W*|foto\s*:.*|\(?foto\b.*\)?\s*|.*-foto dok.*"
    r"|\(\s*tangkapan\s+layar\b.*"
    # bylines ('Penulis: X | Editor: Y') and a caption's bracketed source ('(Wartakotalive.com)') on lines of their own
    r"|(?:penulis|reporter|pewarta|editor|redaktur|kontributor|penyunting)\s*:.*|\([\w./ -]{2,40}\.(?:com|co|id|net)\)\s*"
    # a breadcrumb ('Beranda » Berita » <headline>', 'Home > Politik', 'Beranda / Berita / Pemerintahan') and a view
    # count on its own line ('873')
    # (or with bullets: 'Beranda • Berita • Perencanaan Makro dan Evaluasi')
    r"|(?:beranda|home|index|indeks)\s*(?:[»›>/•·|]|&gt;).*|[\d.,]+"
    r"|laporan\s+(?:reporter|wartawan|kontributor)\b.*"
    # a page break of a story split over pages ('Halaman 2', 'Halaman selanjutnya >>', 'Baca halaman berikutnya')
    r"|(?:baca\s+|lanjut\s+ke\s+)?halaman\s+(?:\d{1,2}|selanjutnya|berikutnya)\W*|(?:next|selanjutnya)\s*(?:>>|»|›)\W*)$",
    re.I,
)
# A CMS meta line on its own (time, date, author, view count), bulleted or not, wherever it stands.
_META = re.compile(r"^[•·|*\-\s]*(?:(?:diposting|diposkan|dipublikasikan|diterbitkan|posted|published)\s*:?\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)?|(?:\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)?\s*,?\s*)?\d{1,2}\s+[A-Za-z]+\s+\d{4}(?:\s*[,|-]?\s*\d{1,2}[:.]\d{2}"
                   r"\s*(?:WIB)?)?|(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu),?\s+\d{1,2}\s+[A-Za-z]+\s+\d{4}"
                   # (its byline after a bar: 'Selasa, 06 Januari 2026 | Humas Pemprov Lampung')
                   r"(?:.{0,20}|\s*\|\s*(?-i:[A-Z][\w.]*)(?:\s+(?-i:[A-Z][\w.]*)){0,4})|"
                   # (the same stamp in bracketed notation: 'Rabu (22/2/2023) | 11:20 WIB')
                   r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu),?\s*\(\d{1,2}/\d{1,2}/\d{2,4}\)\s*(?:[|,-]?\s*\d{1,2}[:.]\d{2}\s*(?:WIB)?)?|"
                   r"super administrator|administrator|admin\w*(?:\s+[a-z]\w{1,15})?|[a-z]+_\w+|\d+\s*(?:komentar|comments?|tanggapan)|"
                   r"(?:dilihat|dibaca)\s*:?\s*[\d.]+\s*(?:kali)?|[\d.]+\s*x?\s*(?:views|kali dilihat|kali dibaca|dibaca|dilihat)|"
                   # WordPress bylines and categories: 'Diposting oleh: admin_dinkes', 'Posted by admin dinkes', 'Kategori: Berita'
                   r"(?:diposting|diposkan|posted|ditulis|written)\s+(?:oleh|by)\s*:?\s*[\w .]{1,40}|"
                   r"(?:diposting|posted|dipublikasikan|published)\s+(?:on|pada)\s+\d{1,2}\s+[A-Za-z]+\s+\d{4}"
                   r"(?:\s+(?:by|oleh)\s+[\w .]{1,40})?|"
                   r"(?:kategori|category|categories|rubrik|kanal)\s*:\s*[\w ,&/-]{1,80}|berita)\s*$",
                   re.I)


# The site around the article, dumped with it: a navigation menu ('Beranda | Profil | Berita | Galeri | PPID | Kontak',
# or its words run together), a search box's label ('Cari berita...'), a ticker of other items ('TERKINI Operasi Pasar
# ... | Tol Terpeka Macet ...', '>> Selamat Datang di Website Resmi ... >> Jadwal ... >>').
_MENU_WORDS = frozenset("""beranda home profil berita galeri kontak ppid indeks index video foto politik ekonomi hukum
    olahraga pendidikan nasional daerah opini dokumen layanan informasi agenda pengumuman regulasi tentang kami jdih
    produk pimpinan kelengkapan alat perencanaan publik kanal rubrik kategori lampung bandar""".split())
_SEARCH_LABEL = re.compile(r"^(?:cari|pencarian|search)\b[^.!?]{0,40}(?:\.{3}|…)?$", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?”\"]\s*$")
DIGIT = re.compile(r"\d")  # (a cheap test before date and number patterns)
_TICKER = re.compile(r"\s(?:\||>>+|»)\s")
# The days of the week as prose writes them (lower case; the patterns using it ignore case).
WEEKDAYS = r"senin|selasa|rabu|kamis|jum'?at|sabtu|minggu"
# A weekday and its date, and nothing else, closed by a full stop: 'Rabu, 21 Mei 2025.', 'Senin (7/5/2018).'.
_DAY_DATE = re.compile(rf"^(?:pada\s+)?(?:{WEEKDAYS}),?\s*(?:\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)|\d{{1,2}}\s+[A-Za-z]+(?:\s+\d{{4}})?)\.$",
                       re.I)
# The months as prose spells them (lower case; dates.MONTHS also reads their short and English forms).
MONTH_NAMES = r"januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
_STAMP_START = re.compile(r"^\W*(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|\d{1,2}[\s/.-]+\w+[\s/.-]+\d{2,4})\b", re.I)


def site_chrome(line: str) -> bool:
    """A line of the site around the article: a menu, a search label, a ticker of other items."""
    if _SEARCH_LABEL.match(line):
        return True
    if _ENDS_SENTENCE.search(line):
        return False  # a sentence ends here: prose, or a caption
    words = line.replace("|", " ").split()
    if (3 <= len(words) <= 16 and all(w[:1].isupper() for w in words)
            and sum(w.lower() in _MENU_WORDS for w in words) * 5 >= max(15, 3 * len(words))):
        return True  # (three menu words or more, three in five of the words: 'Bahas Regulasi Pendidikan ...' is none)
    if _STAMP_START.match(line):
        # (a page's stamp with a free field, 'Kamis, 17 Juli 2025 | 13:10 WIB | Humas DPRD', may be its only date: kept)
        return False
    return len(_TICKER.findall(line)) >= 2 and not _meta_line(line) or _dated_headline(line)


# Another story's headline listed with its date: 'Wabup Umi Laila Pimpin Rakor Penanganan Banjir | 9 Mei 2025'.
_DATED_TAIL = re.compile(r"\s(?:\||-|•|·)\s*(?:\d{1,2}\s+[A-Za-z]+\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
                         r"(?:\s*[,|-]?\s*\d{1,2}[:.]\d{2}\s*(?:WIB)?)?\s*$")


def _dated_headline(line: str) -> bool:
    """A line of four words or more, then a separator and a date (and time) closing it."""
    if not (line[-1:].isdigit() or line.endswith("WIB")):
        return False  # (most lines end otherwise: no pattern is tried)
    m = _DATED_TAIL.search(line)
    head = line[:m.start()] if m else ""
    return bool(m) and ":" not in head and "|" not in head and len(head.split()) >= 4


def _told_day(line: str, prose_kept: bool) -> bool:
    """A date alone in a sentence of its own, after the story began: the day the sentence before it took place
    ('... di Ruang Rapat Lantai 2, Gedung DPRD Provinsi Lampung.' / 'Rabu, 21 Mei 2025.'), not the page's stamp."""
    return prose_kept and line.endswith(".") and _DAY_DATE.match(line) is not None


def page_stamp(line: str) -> bool:
    """A line of the page's stamp: its date and time, byline, view count ('Kamis (26/6/2025) - 08:10 WIB')."""
    return _meta_line(line.strip())


def _meta_line(line: str) -> bool:
    """A CMS meta line, or meta fields and bylines joined by bars ('Selasa, 6 Januari 2015 | 09:12 WIB | Dibaca: 1.204
    kali', 'Kamis, 31 Oktober 2019 - 17:10 WIB | Penulis: Fery Irawan')."""
    if _META.match(line):
        return True
    outlet = _OUTLET_HEAD.match(line)  # ('RADARLAMPUNG.CO.ID - Jumat, 13 Juni 2025': the site's name, then its stamp)
    if outlet and _META.match(line[outlet.end():]):
        return True
    # (the fields of a meta list flattened into one line, joined by bars or bullets, or a byline run on after the date:
    # 'Rabu, 16 April 2025 14:02 WIB Penulis: Putri Purnama')
    joined = "|" in line or "•" in line or "·" in line or (":" in line and _BYLINE_AFTER.search(line))
    fields = [f for f in _META_FIELD_BREAK.split(line) if f.strip()] if joined else []
    # (a region or section label leads the stamp: 'Lampung | Sabtu, 26 Juli 2025 - 08:12 WIB')
    return len(fields) > 1 and all(_META.match(f) or _NOISE.match(f.strip()) or (k == 0 and _LABEL.match(f.strip()))
                                   for k, f in enumerate(fields)) and any(_META.match(f) for f in fields)


_OUTLET_HEAD = re.compile(r"^[A-Za-z][\w-]*(?:\.[A-Za-z]{2,4}){1,2}\s*[-–—|]\s*")
_LABEL = re.compile(r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$")  # one or two capitalised words: a region, a section
_BYLINE_AFTER = re.compile(r"\s(?=(?:penulis|reporter|pewarta|editor|redaktur|kontributor|penyunting)\s*:)", re.I)
_META_FIELD_BREAK = re.compile(rf"[|•·]|{_BYLINE_AFTER.pattern}", re.I)


# Some regency sites write a whole lead in capitals: a long line ending a sentence is prose shouted, not a headline block.
# Read again in the case news prose uses: function words and common verbs lower case, other words capitalised (names, offices,
# places), known short forms and anything with a digit or an inner stop ('S.H.', '11/03/2026') as written.
_FUNCTION_WORDS = frozenset("""di ke dari dan yang untuk pada dengan secara oleh dalam bertempat serta atau bagi para
    se itu ini tersebut sebagai selaku juga akan telah sudah resmi tahun tentang kepada bersama hingga sampai saat
    ketika agar guna tanda acara kegiatan""".split())
# (Words of offices that look like verbs: 'MENTERI', 'MENDAGRI'.)
_OFFICE_MEN = frozenset("menteri mendagri menkeu menkes menko menpan menparekraf mentan mendikbud mensos".split())
_VERBS = frozenset("""membuka memimpin menghadiri menggelar mengikuti menyampaikan mengatakan menerima melaksanakan membahas
    menegaskan meminta mengajak menyerahkan dibuka dipimpin digelar dihadiri diikuti dilaksanakan diselenggarakan dibahas
    berlangsung didampingi mewakili diwakili""".split())
_SHORT_FORMS = frozenset("""DPRD DPR RI RKPD RPJMD RPJPD APBD APBN OPD TNI POLRI BUMD BUMN UMKM ASN PAD LKPJ HUT WIB PT CV KPU
    BPS TPID KUA PPAS SKPD BPBD BPKAD PKK""".split())


def _shouted_prose(line: str) -> bool:
    """A line in capitals long enough and closed like a sentence: a lead shouted, not a promo or a headline."""
    return len(line.split()) >= 20 and re.search(r"[.!?]\W*$", line) is not None and _shouted(line)


_ROMAN = re.compile(r"[IVX]{1,5}")
# An office shouted alone before a name in prose case ('-- BUPATI Lampung Selatan Radityo Egi Pratama memberi ...').
_CAPS_OFFICE = re.compile(r"\b(?:GUBERNUR|WAGUB|BUPATI|WABUP|WALI\s?KOTA|WAKIL|KETUA|KEPALA|SEKRETARIS|SEKDA|SEKDAPROV|CAMAT|"
                          r"KAPOLDA|KAPOLRES|DANREM|DANDIM|MENTERI)\b(?=\s+(?:[A-Z][a-z]|Provinsi|Kabupaten|Kota))")
_CAPS_OFFICE_WORDS = ("GUBERNUR", "WAGUB", "BUPATI", "WABUP", "WALI", "WAKIL", "KETUA", "KEPALA", "SEKRETARIS", "SEKDA",
                      "CAMAT", "KAPOL", "DANREM", "DANDIM", "MENTERI")  # (a cheap test: the pattern needs one of them)
# A lead whose first words are shouted and the rest written in the case of prose ('BANDAR LAMPUNG - GUBERNUR LAMPUNG
# RAHMAT MIRZANI DJAUSAL MEMBUKA SECARA RESMI MUSRENBANG ... di Ballroom Hotel Novotel, Rabu (23/4/2025).')
_PROSE_DATELINE = re.compile(r"^[A-Z][\w .]{1,30}?(?:\s*\([\w .]{2,20}\))?(?:,\s*[\w.]{3,30})?\s*(?:[-–—]+|:)\s*(?=[A-Z])")
_SHOUTED_HEAD = re.compile(r"^((?:[^\sa-z]+\s+){8,}?[^\sa-z]+)(?=\s+[^\sA-Z]*[a-z])")


def _unshouted(line: str) -> str:
    """The capitals of a shouted line put back in the case of news prose."""
    words = []
    for tok in line.split(" "):
        core = tok.strip(".,;:()\"'“”-–")
        if not core or not core.isalpha() or core in _SHORT_FORMS or _ROMAN.fullmatch(core):  # ('KOMISI IV')
            words.append(tok)
            continue
        low = core.lower()
        verb = low in _VERBS or (len(low) >= 7 and low.startswith(("me", "di", "ber")) and low.endswith(("kan", "i"))) or (
            len(low) >= 7 and low.startswith(("meng", "meny", "mem", "men")) and low not in _OFFICE_MEN)
        cased = low if low in _FUNCTION_WORDS or verb else core.capitalize()
        words.append(tok.replace(core, cased, 1))
    text = " ".join(words)
    return text[:1].upper() + text[1:]


# A photo's credit ends its caption: '(Foto: Adpim)', '- Foto: Dok -', or a news agency's 'ANTARA/Ruth Intan' or
# 'ANTARA FOTO/Ardiansyah'.
_CAPTION = re.compile(r"(?:\((?:foto|dok|ist)[^)]*\)|[-–]\s*(?:foto|dok)\s*[:.][^-–]{0,60}[-–]?)\s*$", re.I)
# (a credit between dashes with no stop after its label, '... oleh Gubernur X. -FOTO BIRO APDIM-', is read for a caption's
# words only: the page text keeps such lines as they were)
_DASHED_CREDIT = re.compile(r"[-–]\s*foto\b[^-–]{0,40}[-–]\s*$", re.I)
# A caption opened by its label: 'FOTO: Wakil Gubernur ... memimpin Rakor ...', 'Keterangan foto: ...'.
_CAPTION_LABEL = re.compile(r"^\W*(?:foto|keterangan\s+foto|ket(?:erangan)?\.?)\s*:\s*", re.I)
# An all-capitals kicker before a caption's text: 'MUSRENBANG - Suasana pembukaan ...'.
_KICKER = re.compile(r"^[A-Z ]{3,40}\s*[-–]\s*")


def caption_text(line: str) -> str | None:
    """The words of a photo caption (its label, kicker and credit cut off), or None when the line is no caption."""
    line = line.strip()
    label = _CAPTION_LABEL.match(line)
    if label:
        return line[label.end():]
    credit = _credit(line) or (_DASHED_CREDIT.search(line) if "oto" in line else None)
    return _KICKER.sub("", line[:credit.start()].rstrip(), count=1) if credit else None
_AGENCY_CREDIT = re.compile(r"\(?\bANTARA(?: FOTO)?/[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,4}\)?\s*$")  # ('ANTARA/HO-Pemprov Lampung')


# A photo's credit in brackets with text after it on the same line: the caption, or a paragraph, ends there (a page
# flattened to one paragraph: '... Selasa (28/2/2023). (Foto: Adpim) BANDAR LAMPUNG - Rapat koordinasi ...').
# (an outlet may sign first: '(Lampost/Ist)')
_CREDIT_INSIDE = re.compile(r"\((?:[\w.-]+/)?(?:foto|dok|ist)\b[^()]{0,60}\)\s+(?=\S.{39})", re.I)


# Where one sentence ends and the next begins.
# (a sentence may end with a short form, '... pukul 09.00 WIB. Sekdaprov ...', not with an initial or a degree, 'S.H.')
_SENTENCE_BREAK = re.compile(r"(?:(?<=[a-z0-9)][.!?])|(?<=\b[A-Z]{3}\.)|(?<=[A-Z]{4}\.))[”\"]?\s+(?=[A-Z“\"])")


def _at_credits(lines: list[str]) -> list[str]:
    """The lines, each broken after a photo credit written inside it, and a caption or a row of links closing a
    paragraph of the story set apart ('... kabupaten/kota. Dokumentasi: Gubernur membuka Musrenbang (Foto: Tim Humas)',
    '... 10 hari kerja. Unduhan terkait: Formulir (PDF) | SOP (PDF)')."""
    out = []
    for line in lines:
        low = line.lower()
        if "(foto" in low or "(dok" in low or "(ist" in low or "/ist)" in low:
            for piece in _CREDIT_INSIDE.sub(lambda m: m.group(0).rstrip() + "\n", line).split("\n"):
                out.extend(_story_then_caption(piece).split("\n"))
        elif len(line) >= 300 and len(_TICKER.findall(line)) >= 2:
            out.extend(_story_then(line, _TICKER.search(line).start()).split("\n"))
        else:
            out.append(line)
    return out


def _story_then_caption(line: str) -> str:
    """A paragraph of several sentences closed by a photo's caption, the caption on a line of its own."""
    credit = _credit(line)
    return line if credit is None else _story_then(line, credit.start())


def _story_then(line: str, tail: int) -> str:
    """The line broken at the last sentence's end before `tail` (where a caption or a row of links begins), when 200
    characters of story or more stand before it."""
    if tail < 300:
        return line
    breaks = list(_SENTENCE_BREAK.finditer(line, 0, tail - 2))  # (not the tail's own full stop, 'Musrenbang. (Foto')
    return line if not breaks or breaks[-1].start() < 200 else f"{line[:breaks[-1].start()]}\n{line[breaks[-1].end():]}"


def _credit(line: str) -> re.Match | None:
    """The photo credit that ends a caption line, if any."""
    low = line.lower()  # (the caption pattern needs one of its words: most lines have none, and skip its scan)
    caption = _CAPTION.search(line) if "foto" in low or "dok" in low or "(ist" in low else None
    return caption or (_AGENCY_CREDIT.search(line) if "ANTARA/" in line or "ANTARA FOTO/" in line else None)


# Share bars: 'Bagikan ke: Facebook | Twitter | WhatsApp', 'Share: ...'
_SHARE = re.compile(r"^(?:bagikan|sebarkan|share)(?:\s+(?:ke|artikel|berita))?\s*:?\s*(?:facebook|twitter|whatsapp|telegram|x\b|line)", re.I)
# ... with the networks as their icons' letters: 'Bagikan ke: f  t  wa', 'Share: FB | TW | WA'
# (or with none left after the label: 'Bagikan berita ini:')
_SHARE_ICONS = re.compile(r"^(?:bagikan|sebarkan|share)(?:\s+(?:ke|artikel|berita|ini)){0,2}\s*"
                          r"(?::\s*|:?(?:[\s|/•·,⌁-]+[a-z]{1,3}){2,}\s*)$", re.I)
# ... or any short line of networks to share on: 'zoom-in Bagikan ⌁ Facebook ⌁ X ⌁ WhatsApp ⌁ Salin Tautan'
_NETWORK = re.compile(r"\b(?:facebook|twitter|whatsapp|telegram|linkedin|pinterest|instagram|salin tautan|copy link)\b")


def _share_bar(low: str) -> bool:
    """A share bar (the line lower-cased): 'Bagikan ke: Facebook ...', or a short line naming two networks or more and
    ending no sentence."""
    return bool(_SHARE.match(low) or _SHARE_ICONS.match(low)) or (
        len(low) < 150 and ("face" in low or "whats" in low or "twit" in low) and len(_NETWORK.findall(low)) >= 2
        and not low.rstrip().endswith((".", "!", "?")))


_SENT = re.compile(r"(?<=[.!?”\"])\s+(?=[“\"A-Z0-9(])|\n+")
# Abbreviations whose period does not end a sentence.
# (Military corps after a rank: 'Letkol Arm. X', 'Kolonel Inf. Y', 'Mayor Czi. Z'; the clan titles that open a
# Palembang or Banten name: 'Kgs. Ahmad', 'Kms.', 'Mgs.', 'Rd.', 'Tb.'.)
_ABBR = re.compile(r"\b(?:Dr|DR|Drs|DRS|Dra|Ir|IR|H|Hj|Hi|Prof|PROF|Pj|Pjs|Plt|Plh|St|No|Jl|Kec|Kab|Tbk|dr|drh|drg|[A-Z]|Pol|Purn|Ny|KH|Kol|Bpk|Sdr|"
                   r"Inf|Kav|Arm|Czi|Cba|Chb|Ckm|Cpm|Cpl|Caj|Ckh|Chk|Cku|Mar|Pnb|Psk|Tek|Kes|Adm|Kal|Sus|Pas|Nav|Lek|Lt|Lantai|"
                   r"Moh|Muh|Mhd|Abd|Ach|Ahm|Moch|Mochd|Kgs|Kms|Mgs|Rd|Tb|s\.d|a\.n)\.$")  # '4 s.d. 6 Maret', 'a.n. Gubernur'


# A numbered body's Roman numeral ends a sentence ('Raker dipimpin Apriyani Rahmawati, Ketua Komisi V. Heru Setiabudi,
# Kepala Disdikbud, memaparkan ...'): not a name's initial.
_NUMERAL_END = re.compile(r"\b(?:Komisi|Asisten|Wilayah|Sektor|Kelas|Golongan|Tahap|Seksi|Pansus|Irban|Eselon)\s+[IVX]+\.$")
# (a degree opens on its level, sarjana, magister, doktor or Ph.D.; a name's initials may open on any letter: 'Kepala Staf,
# A.M. Putranto, memimpin ...', 'H.M. Ridho Ficardo')
_DEGREE_END = re.compile(r",\s*(?:[SMDP][a-z]{0,3}\.(?:[A-Z][a-z]{0,3}\.){1,2}|A\.Md\.)$")  # (', M.M.', ', S.E.', ', M.Si.')


# Invisible characters CMS editors leave in text (zero-width spaces and joiners, soft hyphens, byte-order marks):
# NFKC keeps them, and one glued to a word hides it from every pattern.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


# Hurried writers leave out the space after a full stop or a comma ('di ruang rapat Sekdakab,Menggala.Rapat diikuti'):
# put it back where a word ends and a word begins, not inside degrees ('S.Sos', 'M.Si'), numbers or addresses ('No.3').
_GLUED = re.compile(r"[.,](?=[A-Za-z])")


# Titles that open a name, glued to the next one or to the name ('Drs.H. Mad Hasnurin', 'Ir.Hj.Rosita').
_TITLE_GLUED = re.compile(r"(?:(?<![\w.])|(?<=[A-Za-z]{2}\.))(?:Drs|Dra|Dr|Ir|Hj|Hi|H|Prof|Kgs|Kms|Mgs|Rd)$")


def _spaced(m: re.Match) -> str:
    """The stop or comma at m, with a space after it where it ends a word before a word."""
    text, at = m.string, m.start()
    if m.group() == ",":
        return ", " if at and (text[at - 1].isalpha() or text[at - 1] in ").") else ","  # ('S.Sos.,M.M')
    if text[at + 1].isupper() and _TITLE_GLUED.search(text, max(0, at - 8), at):
        return ". "
    if text[at + 1].isupper() and at + 2 < len(text) and text[at + 2].islower() and (
            text[at - 3:at].isalpha() and len(text[at - 3:at]) == 3 or at and text[at - 1] in "0123456789)"):
        return ". "
    return "."


# ... and the space around a dateline's dash ('MESUJI-Bupati Mesuji ...'): a place in capitals, then the lead.
_GLUED_DATELINE = re.compile(r"^(\s*[A-Z][A-Z .]{2,30})-+(?=[A-Z][a-z])", re.M)  # ('BANDAR LAMPUNG--Rapat ...' too)


# Old or common spellings of words every rule knows in their standard form ('Propinsi', 'Musrembang', 'Nopember',
# 'Jum'at'): one spelling in, so no rule has to list both.
_VARIANTS = {"propinsi": "provinsi", "musrembang": "musrenbang", "nopember": "november", "pebruari": "februari",
             "jum'at": "jumat", "jum’at": "jumat", "sekertaris": "sekretaris", "kordinasi": "koordinasi"}
_VARIANT = re.compile(r"\b(?:" + "|".join(_VARIANTS) + r")\b", re.I)


def _standard(m: re.Match) -> str:
    """The standard spelling of a variant, in the variant's case."""
    word, new = m.group(0), _VARIANTS[m.group(0).lower()]
    return new.upper() if word.isupper() else new.capitalize() if word[0].isupper() else new


def repaired(text: str) -> str:
    """Text a site served mangled, mended: HTML entities left escaped ('Rapat&nbsp;Paripurna', '&quot;'), UTF-8 read as
    Windows-1252 ('Jumâ€™at')."""
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    if "Ã" not in text and "Â" not in text and "â" not in text:
        return text  # (Indonesian prose never writes these three letters; ftfy is imported only for a text that does)
    import ftfy
    return ftfy.fix_encoding(text)  # (reads the mangled bytes back)


_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


_DOUBLED_COMMA = re.compile(r",(?:[ \t]*,)+")


def normalize(text: str | None) -> str:
    """NFKC, invisible characters dropped, dashes and spaces unified, glued stops and commas spaced, variant spellings
    standardised, line breaks kept (a mangled text mended first)."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", repaired(text or "")))
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\xa0", " ").replace("\r\n", "\n")
    low = text.lower()
    if any(variant in low for variant in _VARIANTS):  # (a substring test first: most texts hold none)
        text = _VARIANT.sub(_standard, text)
    text = _GLUED.sub(_spaced, text)
    text = _GLUED_DATELINE.sub(r"\1 - ", text)
    if ",," in text or ", ," in text:  # ('dipimpin langsung Ketua Komisi II,, Wahyu ...': a comma typed twice is one)
        text = _DOUBLED_COMMA.sub(",", text)
    return re.sub(r"[ \t]+", " ", text) if "  " in text or "\t" in text else text  # (most texts have no run to collapse)


# The nouns that name a meeting (not the verbs of holding one): one list for every rule that asks 'is a meeting
# named here?'.
MEETING_NOUNS = (r"rapat|rakor\w*|ratas|rapim|paripurna|sidang|pertemuan|audiensi|musrenbang|fgd|raker|rdp|forum|hlm|high level meeting|"
                 r"kunjungan kehormatan|courtesy call")
MEETING_NOUN = re.compile(rf"\b(?:{MEETING_NOUNS})\b", re.I)  # any one of them, as a word
# A stretch of one sentence, a title's or a degree's stops included ('bertemu Gubernur H. Arinal Djunaidi, S.H., M.H.
# di kantor gubernur'): '[^.]' alone reads the first of them as the sentence's end.
WITHIN_SENTENCE = r"(?:[^.]|(?-i:(?<=\b[A-Z])|(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z][a-z]{3}))\.)"


def sentence_re(pattern: str, flags: int = 0) -> re.Pattern:
    """A pattern whose '[^.]' (within the sentence) also steps over the stops of titles and degrees."""
    return re.compile(pattern.replace("[^.]", WITHIN_SENTENCE), flags)


# The passive and active verbs of holding an event, one list for every rule ('digelar', 'diadakan', 'diselenggarakan'
# are one verb to a reader: a rule that knows only one of them reads a synonym as nothing).
HELD = r"digelar|dilaksanakan|diselenggarakan|diadakan|dihelat"
# The words of meeting online: one list for the mode, the room a meeting was followed from, and the kind it was. (A bare
# 'online' names services too, 'ojek online', 'Samsat Online': the mode does not read it.)
ONLINE_WORDS = (r"virtual|virtually|daring|zoom|zoom meeting|video ?conference|videoconference|vicon|vidcon|"
                r"teleconference|telekonferensi|konferensi video|video ?konferensi|google meet|ms teams|microsoft teams|"
                r"sambungan video|panggilan video|video call|dalam jaringan")
HOLDS = r"menggelar|mengadakan|menyelenggarakan|melaksanakan|menghelat"
# The verbs of a speech tag ('..., kata Sekda', 'ujarnya'): one list for every rule that finds who said something.
SPEECH_TAGS = r"kata|ujar|tutur|ucap|jelas|tegas|ungkap|papar|imbuh"
# What is left of a quotation's sentence once the speech is taken out: its speech tag ('kata Mulyadi saat dihubungi').
ATTRIBUTION = re.compile(rf"^\W*(?:{SPEECH_TAGS})(?:nya)?\b", re.I)
# The words that place an event just before or after another ('usai rakor', 'setelah dilantik', 'pasca banjir'): one
# list for every rule that tells two events of one sentence apart.
PRIOR_WORDS = ("usai", "seusai", "setelah", "sesudah", "selepas", "sebelum", "pasca")
# Words telling that what they open follows up something done before ('menindaklanjuti', 'merupakan tindak lanjut ...',
# 'menyusul', 'berdasarkan hasil ...'): one vocabulary for every rule that sets a followed-up meeting before the news.
FOLLOWS_UP = r"menindaklanjuti|tindak\s+lanjut|lanjutan\s+dari|menyusul|berdasarkan\s+(?:hasil|keputusan|kesepakatan)"
# A sentence telling another occasion of the same series: one like it held before or elsewhere ('Kegiatan serupa
# digelar di Aula Balai Desa', 'Rakor serupa sebelumnya ...') or the next one planned ('Rapat lanjutan dijadwalkan pada
# Senin (22/7)'). Its day, place and leader are that occasion's, not the report's.
_OTHER_OCCASION = re.compile(
    rf"\b(?:kegiatan|acara|agenda|{MEETING_NOUNS})\s+(?:yang\s+)?serupa\b|"
    rf"\b(?:kegiatan|acara|agenda|{MEETING_NOUNS})\s+(?:lanjutan|berikutnya|selanjutnya)\b[^.;]{{0,60}}?"
    r"\b(?:dijadwalkan|direncanakan|akan)\b", re.I)


# ... or what came after this one, opened by it named again ('Usai kegiatan tersebut, rombongan meninjau Lapangan Saburai').
_NEXT_STOP = re.compile(rf"^\W*(?:usai|seusai|setelah|sesudah|selepas|pasca)\s+(?:kegiatan|acara|agenda|{MEETING_NOUNS})"
                        r"(?:\s+[\w-]+){0,3}?\s+(?:tersebut|itu|ini)\s*,", re.I)


def other_occasion(sentence: str) -> bool:
    """The sentence tells a similar occasion held before or elsewhere, the next one planned, or the next stop after it."""
    low = sentence.lower()
    if low.lstrip(" \"“").startswith(("usai", "seusai", "setelah", "sesudah", "selepas", "pasca")) and _NEXT_STOP.match(
            sentence):
        return True
    if not ("serupa" in low or "lanjutan" in low or "berikutnya" in low or "selanjutnya" in low):
        return False
    # ('RDP kali ini digelar Rabu (18/6), lima bulan setelah RDP serupa pada Januari lalu': a clause names the other
    # occasion; the sentence tells this one)
    return any(not _NAMED_IN_CLAUSE.search(sentence, max(0, m.start() - 40), m.start())
               for m in _OTHER_OCCASION.finditer(sentence))


# ('X, yang memimpin jalannya rapat, memutuskan rakor serupa digelar rutin': what this meeting decided about the next)
_NAMED_IN_CLAUSE = re.compile(rf"\b(?:{'|'.join(PRIOR_WORDS)}|seperti|sebagaimana|dari|dengan|memutuskan|menyepakati|"
                              rf"sepakat|mengusulkan|agar|supaya)\s+(?:\S+\s+){{0,2}}$", re.I)


# The days between two such events ('Sehari setelah ...', 'hampir sebulan usai ...', 'dua pekan sebelum ...').
DAYS_BETWEEN = (r"(?:(?:hampir|sekitar|lebih\s+dari|kurang\s+dari)\s+)?"
                r"(?:se(?:hari|pekan|minggu|bulan)|(?:dua|tiga|empat|lima|enam|beberapa)\s+(?:hari|pekan|minggu|bulan))")
# 'Sebelumnya pada pagi hari, Sekdaprov mengikuti rakor ... secara virtual', 'Sebelumnya, Senin (14/8), Wagub memimpin
# rapat TPPS ...', 'Pada saat bersamaan, Gubernur mengikuti rapat terbatas melalui konferensi video ...': a sentence
# opening on an earlier moment, or on another place at the same time, tells another event, not how or by whom this one
# was held.
# (or on a later one: 'Pekan depan, Pemprov dijadwalkan mengikuti sejumlah rapat koordinasi nasional secara virtual')
_ANOTHER_MOMENT = re.compile(r"^\W*(?:sebelumnya|(?:pada|di)\s+(?:saat|waktu)\s+(?:yang\s+)?(?:sama|bersamaan)|"
                             r"di\s+tempat\s+(?:yang\s+)?terpisah|secara\s+terpisah|"
                             r"(?:pekan|minggu|bulan|tahun)\s+depan|esok\s+harinya|keesokan\s+harinya)\b", re.I)


# 'Sebelumnya, Wakil Bupati ... membuka musrenbang tersebut': the meeting pointed back to, no other day given, is this one
# (its opening, told after its business).
_THIS_ONE_EARLIER = re.compile(rf"\b(?:{MEETING_NOUNS})(?:\s+[\w-]+){{0,2}}?\s+(?:tersebut|itu|ini)\b", re.I)
_ANOTHER_DAY = re.compile(rf"\b(?:{WEEKDAYS}|{MONTH_NAMES}|kemarin|pagi|siang|sore|malam)\b|\d", re.I)


def another_moment(unit: str) -> bool:
    """The unit opens on an earlier moment or on another place at once ('Sebelumnya, ...', 'Pada saat bersamaan, ...')."""
    m = _ANOTHER_MOMENT.match(unit)
    if m and m.group(0).lower().endswith("sebelumnya") and _THIS_ONE_EARLIER.search(unit) and not _ANOTHER_DAY.search(unit):
        return False
    return m is not None


def this_moment(units: list[str]) -> list[str]:
    """The units that can tell this meeting's mode, place or leader: not those opening on another moment."""
    return [u for u in units if not another_moment(u)]


# Words that make a meeting national (held or led by the centre).
NATIONAL_WORDS = r"menteri|menko\w*|mendagri|kementerian|presiden|nasional|pemerintah pusat"
# The organs a council sits in besides its plenary.
COUNCIL_ORGANS = (r"komisi|fraksi|banggar|badan anggaran|bapemperda|badan pembentukan peraturan daerah|banmus|"
                  r"badan musyawarah|pansus|panitia khusus")

# A summary box above the article ('Intinya sih...' then bullets, 'Disclaimer: This summary was created using AI'):
# someone else's digest of the story, which would push the lead out of the first sentences.
_SUMMARY_HEAD = re.compile(r"^(?:intinya sih|ringkasan(?: berita| artikel)?|rangkuman|intisari|poin(?:-poin)? penting|sorotan|"
                           r"highlights?)\W*$", re.I)
_BULLET = re.compile(r"^[•·▪●◦‣*-]\s")
_DISCLAIMER = re.compile(r"^disclaimer\s*:|\b(?:dibuat|disusun)\s+(?:dengan\s+bantuan|menggunakan|oleh)\s+(?:ai|kecerdasan\s+buatan)\b|"
                         r"\bcreated\s+using\s+(?:artificial\s+intelligence|ai)\b", re.I)


_DISCLAIMER_WORDS = ("disclaimer", "dibuat", "disusun", "created")  # (one of them or no disclaimer: a cheap test first)


# The dateline opening a report's lead, an outlet's name of several words after the place included ('Bandar Lampung, IDN
# Times - ', 'BANDAR LAMPUNG (ANTARA) - ', 'Kalianda: ').
# (a feature's lead may open with a quotation: 'BANDAR LAMPUNG (Lampost.co) -- "Enam puluh satu tahun lalu ...')
_LEAD_DATELINE = re.compile(r"^[A-Z][\w .]{1,30}?(?:\s*\([\w .]{2,20}\))?(?:,\s*[\w. ]{3,30}?)?\s*(?:[-–—]+|:)\s*(?=[A-Z\"“])")


def clean_lines(text: str, title: str | None = None, related: bool = True) -> list[str]:
    """Paragraph lines without furniture, captions, repeated titles and duplicates (and without the lists of other
    stories, unless `related` is False: the caller has taken them out)."""
    seen, out, captions = set(), [], []
    head = normalize(title).strip().lower()
    in_summary = prose_kept = False
    lead = None  # (where in the lines kept the dateline's lead stands)
    raws = _said_then_lead(_at_credits(normalize(text).split("\n")))
    raws = without_related(raws, title) if related else raws
    # (a photo's caption above the dateline's lead tells its own moment: 'Gubernur saat meninjau ..., Minggu. (Foto: X)')
    lead_at = next((k for k, raw in enumerate(raws)
                    if len(raw) >= 80 and _ENDS_SENTENCE.search(raw) and _LEAD_DATELINE.match(raw.strip())), -1)
    for k, raw in enumerate(raws):
        line = raw.strip()
        low = line.lower()
        if _SUMMARY_HEAD.match(line) or (len(line) < 160 and any(w in low for w in _DISCLAIMER_WORDS)
                                         and _DISCLAIMER.search(line)):
            in_summary = True
            continue
        if in_summary and (not line or _BULLET.match(line)):
            continue
        in_summary = False
        credit = _credit(line)
        inside = len(out) >= 2 and k > lead_at  # (past the lead's dateline, when there is one)
        if credit and inside and _ENDS_SENTENCE.search(line, 0, credit.start()) and credit.start() >= 60:
            # inside the story a paragraph may end with the credit of the photo beside it ('... turut hadir. (ist)')
            line, credit = line[:credit.start()].rstrip(), None
            low = line.lower()
        told = _caption_prose(line, credit)
        if told:
            captions.append(told)
        # (a dateline in the case of prose may stand before the shouting: 'Krui (ANTARA) - BUPATI PESISIR BARAT ...')
        dated = _PROSE_DATELINE.match(line) if not line[:24].isupper() and _shouting_after(line) else None
        place, line = (line[:dated.end()], line[dated.end():]) if dated and line[dated.end():][:24].isupper() else ("", line)
        shouted = _shouted(line)
        if shouted and (place or _shouted_prose(line)):
            line, shouted = _unshouted(line), False  # a lead written wholly in capitals is still the story (a dated one
            # however short)
        elif not shouted and line[:24].isupper() and (head_m := _SHOUTED_HEAD.match(line)):
            line = _unshouted(head_m.group(1)) + line[head_m.end(1):]  # ('... MEMBUKA SECARA RESMI MUSRENBANG di Hotel')
        line = place + line
        low = line.lower()
        if not shouted and any(w in line for w in _CAPS_OFFICE_WORDS) and _CAPS_OFFICE.search(line):
            line = _CAPS_OFFICE.sub(lambda m: m.group(0).capitalize(), line)  # ('BUPATI Lampung Selatan Radityo ...')
        if (not line or low in seen or _NOISE.match(line) or (_meta_line(line) and not _told_day(line, prose_kept))
                or _share_bar(low)
                or credit or shouted or site_chrome(line)):
            continue
        if head and low == head:
            continue
        if len(line) < 40 and not re.search(r"[.!?]$", line) and (out == [] or not (prose_kept or DIGIT.search(line))):
            # short labels above the lead (byline, section, meta line, a menu's items one per line; a page's stamp, with
            # its digits, may be the only date)
            continue
        prose_kept = prose_kept or _ENDS_SENTENCE.search(line) is not None
        seen.add(low)
        lead = len(out) if k == lead_at else lead
        out.append(line)
    # a gallery page is its captions: when nothing else is prose, they tell the event ('Foto 1. Ketua DPRD membuka ...')
    return _lead_first(out, lead) or captions


def _said_then_lead(lines: list[str]) -> list[str]:
    """The lines, a quotation run on into the dateline's lead set apart from it, as a page that flattened its paragraphs
    prints them ('"... disepakati 9 April," ujar Giri usai rapat. Kupastuntas.co, Bandar Lampung - Badan Musyawarah ...')."""
    out = []
    for line in lines:
        end = next((m for m in _SENTENCE_END.finditer(line) if _LEAD_DATELINE.match(line[m.end():])), None) \
            if line.startswith(_QUOTE_MARKS) else None
        if end and _only_said(line[:end.start() + 1]):
            out.extend((line[:end.start() + 1], line[end.end():]))
        else:
            out.append(line)
    return out


_SENTENCE_END = re.compile(r"[.!?]\s+")


def _lead_first(lines: list[str], lead: int | None) -> list[str]:
    """The lines with the dateline's lead first and the story after it, when only quotations stand above it: a feature
    opens with what someone said ('"Kita fasilitasi ...," ujar Sulpakar.' / 'MESUJI (Lampungpro.co): Belasan petani ...
    mengadu ...'), and the news is still told first, in the lead and the paragraphs after it (the quotations go last)."""
    above = lines[:lead or 0]
    quoted = [line for line in above if _only_said(line)]
    # (what else stands above is no sentence: a menu's words, a section's name)
    if not quoted or any(line not in quoted and _ENDS_SENTENCE.search(line) for line in above):
        return lines
    return [line for line in above if line not in quoted] + lines[lead:] + quoted


def _only_said(line: str) -> bool:
    """A quotation with only its speaker after it ('"...," ujar Sulpakar.'), no narration of what happened ('"...," kata
    X ketika memimpin persiapan ... di Ruang Sungkai')."""
    closing = max(line.rfind("”"), line.rfind('"', 1))
    return line.startswith(_QUOTE_MARKS) and closing > 0 and len(line[closing + 1:].split()) <= 6


_QUOTE_MARKS = ('"', "“")


# 'Foto 1. Ketua DPRD ... membuka Rapat Paripurna ..., Selasa (18/3/2025).': a numbered caption of a gallery.
_NUMBERED_CAPTION = re.compile(r"^(?:foto|gambar)\s*\d+\s*[.:)-]\s*", re.I)


def _caption_prose(line: str, credit: re.Match | None) -> str | None:
    """A caption written as a sentence of the story (its credit or number cut off), else None."""
    text = line[:credit.start()].rstrip() if credit else _NUMBERED_CAPTION.sub("", line, count=1)
    if (credit or text != line) and len(text) >= 60 and re.search(r"[.!?]$", text):
        return text
    return None


def readable_title(title: str, page: str) -> str:
    """A headline written in capitals read in a case the rules read: as the page itself writes it again, else in title
    case ('TEMUI MASSA PETANI, GUBERNUR LANJUTKAN RAPAT TERBATAS' / 'Temui Massa Petani, Gubernur Lanjutkan ...')."""
    if not _shouted(title):
        return title
    low = title.lower()
    again = next((line.strip() for line in page.split("\n", 60)[:60] if line.strip().lower() == low), None)
    return again if again and not _shouted(again) else _ALPHA_RUN.sub(_headline_case, title)


_ALPHA_RUN = re.compile(r"[A-Za-z]+")
_LITTLE_WORDS = frozenset("di ke dari dan yang untuk pada dengan".split())  # (left in lower case by title case)


def _headline_case(m: re.Match) -> str:
    """A shouted word as a headline in title case writes it: short forms and numerals kept, little words lower case."""
    word = m.group(0)
    if word in _SHORT_FORMS or _ROMAN.fullmatch(word):
        return word
    return word.lower() if word.lower() in _LITTLE_WORDS else word.capitalize()


def _shouted(line: str) -> bool:
    """An all-capitals line of several words is a promo or a headline block, not prose."""
    if line != line.upper():
        return False  # any lower-case letter: not shouted (cheaper than counting letters)
    letters = re.sub(r"[^A-Za-z]", "", line)
    return len(line.split()) >= 4 and len(letters) >= 15 and letters.isupper()


# A photo credit left at the end of a caption line ('... Dudy Purwagandhi. Foto: Ist.'): no sentence of the story.
_CREDIT = re.compile(r"^(?:foto|dok|dokumentasi|sumber foto|ilustrasi)\s*[:.]", re.I)


def sentences(lines: list[str]) -> list[str]:
    """Split paragraph lines into sentences, keeping abbreviations whole."""
    out: list[str] = []
    for line in lines:
        buf = ""
        pieces = _SENT.split(line)
        for k, piece in enumerate(pieces):
            piece = piece.strip()
            if not piece:
                continue
            buf = f"{buf} {piece}".strip() if buf else piece
            # (only the last word can be an abbreviation: no scan of the whole piece; a degree after a name's comma ends
            # the name, and a word after it opens the next sentence: '..., Drs. Marzuki Abdullah, M.M. Hadir secara
            # langsung ...', not the office bracketed after it, '..., M.T. (Kepala BPS ...)')
            if not _ABBR.search(buf[-12:]) or (_DEGREE_END.search(buf[-16:]) and k + 1 < len(pieces)
                                               and pieces[k + 1][:1].isupper()) or _NUMERAL_END.search(buf[-24:]):
                out.append(buf)
                buf = ""
        if buf:
            out.append(buf)
    # a lead shouted in a paragraph that goes on in the case of prose ('BLAMBANGAN UMPU - BUPATI WAY KANAN RIZAL FAHMI
    # MEMIMPIN RAPAT ... SENIN (10/1/2022). Turut hadir ...') is read in that case too
    return [_unshout_sentence(s) for s in out if not _CREDIT.match(s)]


def _shouting_after(line: str) -> bool:
    """Capitals fill the line past where a dateline would end (a cheap test before the dateline pattern)."""
    window = line[12:72]
    return len(window) >= 40 and _capitals(window) * 2 > len(window)


_ASCII_CAPITALS = bytes(range(65, 91))


def _capitals(text: str) -> int:
    """How many capital letters text holds (ASCII text counted in C: this runs on every sentence)."""
    if text.isascii():
        return len(text) - len(text.encode().translate(None, _ASCII_CAPITALS))
    return sum(map(str.isupper, text))


def _unshout_sentence(sentence: str) -> str:
    """A sentence shouted in capitals in the case of prose, a dateline before it kept ('Krui (ANTARA) - BUPATI ...')."""
    if sentence.isupper():
        return _unshouted(sentence) if _shouted_prose(sentence) else sentence
    dated = _PROSE_DATELINE.match(sentence) if _shouting_after(sentence) else None
    rest = sentence[dated.end():] if dated else ""
    return sentence[:dated.end()] + _unshouted(rest) if rest.isupper() and _shouted_prose(rest) else sentence


# Words a headline leaves in lower case.
_FUNCTION = {"dengan", "untuk", "dalam", "bagi", "pada", "dari", "atau", "oleh", "yang", "serta", "tentang", "terhadap",
             "menuju", "sebagai", "melalui", "antara", "akan", "jadi"}
_WORD = re.compile(r"[A-Za-z][\w'-]*")


_ATTENDANCE = re.compile(r"^\W*(?:turut\s+|tampak\s+|juga\s+)?hadir(?:\s+pula|\s+juga|\s+dalam\s+\w+)?\b", re.I)


# An item of a list of people: 'Role: Name' (bulleted or not) or a bullet with a bracketed role ('- Name (Role)'); a
# bulleted line of title-case words alone is still a related headline.
_LIST_ITEM = re.compile(r"^\s*(?:[-•·▪●◦‣*]\s+)?[^:]{3,80}:\s+(?:[A-Z][\w'’.-]*\s*){1,5}\W*$|^\s*[-•·▪●◦‣*]\s+[^()]{3,60}\(|"
                        r"^\s*[-•·▪●◦‣*]\s+[^,]{3,60},\s+(?:[A-Z][\w'’.-]*\s*){1,5}\W*$")
_LISTED_OFFICE = re.compile(r"\b(?:Bupati|Wali ?kota|Wakil|Kepala|Ketua|Sekda\w*|Sekretaris|Gubernur|Camat|Direktur|Menteri|"
                            r"Asisten|Kadis|Kapol\w+|Dandim|Danrem|Pangdam|Kajari|Kajati|Anggota)\s+[A-Z]")


@lru_cache(maxsize=4096)
def is_headline(unit: str) -> bool:
    """A title-case line (a repeated or related headline, a subheading): capitals there do not mark names."""
    if _ATTENDANCE.match(unit):
        return False  # 'Hadir Wakil Gubernur X dan Pj Sekdaprov Y.' lists who attended, in capitals only because they are names
    if _LIST_ITEM.match(unit):
        return False  # '- Kepala BPJN Lampung: Susan Novelia': an item of a list of people, capitalised as names are
    if unit.count(",") >= 2 and unit.rstrip().endswith(".") and len(_LISTED_OFFICE.findall(unit)) >= 2:
        return False  # 'Bupati X, Kepala Bappeda Y, Ketua DPRD Z, ... hadir.': a list of people closed by a full stop
    words = [w for w in _WORD.findall(unit) if len(w) >= 4 and w not in _FUNCTION]
    # prose always has a lower-case verb or noun of four letters or more; a headline capitalises them all
    return len(words) >= 4 and all(w[0].isupper() for w in words)


_QUOTE_MARK = re.compile(r"[“”\"]")


def unquoted(units: list[str]) -> list[str]:
    """The units with speech removed, a quotation opened in one sentence running on until it is closed."""
    out, inside = [], False
    for unit in units:
        narration, inside = _narration(unit, inside)
        out.append(narration)
    return out


def _opens_at(unit: str, at: int) -> bool:
    """The straight quotation mark at `at` opens a quotation mid-sentence: after a space, before a word. (One opening
    a sentence inside a quotation ends the quotation a writer left open.)"""
    return at > 0 and unit[at - 1].isspace() and at + 1 < len(unit) and unit[at + 1].isalnum()


def _word_after(unit: str, at: int) -> bool:
    """A word (or a bracket, a dash or another mark opening it) follows position `at`: a mark there written right after
    another character may open a quotation."""
    return at < len(unit) and (unit[at].isalnum() or unit[at] in "“‘'(.…-–—[")


def _narration(unit: str, inside: bool) -> tuple[str, bool]:
    """The words of unit outside quotation marks, and whether a quotation is still open at its end.

    Writers mix the marks ('“... JAKI," kata Pramono') and repeat an opening one inside a quotation ('“Trip ...
    “Promoting ...”'): any closing mark ends an open quotation and an opening mark inside one is part of it.
    """
    if not inside and '"' not in unit and "“" not in unit and "”" not in unit:
        return unit, False  # most sentences quote nobody
    parts, start = [], 0
    for m in _QUOTE_MARK.finditer(unit):
        if inside and m.group() == '"' and _opens_at(unit, m.start()):
            continue  # a straight mark that opens ('... Countries "Promoting ...'): a title quoted inside the quotation
        if inside and m.group() != "“":
            inside, start = False, m.end()
        elif not inside and m.group() == '"' and not _word_after(unit, m.end()) and m.start() and not unit[
                m.start() - 1].isspace():
            continue  # ('... Invesment""': a second closing mark of quotations closed together opens nothing)
        elif not inside and m.group() != "”":
            parts.append(unit[start:m.start()])
            inside = True
    if not inside:
        parts.append(unit[start:])
    return " ".join(parts), inside
