"""Event dates in Indonesian press prose, resolved against the publication date (hand regex)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from pipelines.extract.text import DIGIT, HELD, MEETING_NOUNS

MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "agst": 8, "ags": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11, "desember": 12, "december": 12, "des": 12, "dec": 12,
}
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6}

_WD = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMERIC = re.compile(
    rf"(?:\b({_WD})\b[\s,]*(?:malam|pagi|siang|sore)?[\s,]*)?"
    rf"(\()?\s*(?:({_WD})[\s,]+)?(?<![\d/.-])(\d{{1,2}})\s*[/.-]\s*(\d{{1,2}})(?:\s*[/.-]\s*(\d{{4}}|\d{{2}}))?\s*(?(2)\)|(?![\d/]))",
    re.I,
)
# Two days written as one numeric date: 'Selasa-Rabu (8-9/4/2025)', 'Senin dan Selasa (14-15/7)': the first day.
_NUMERIC_RANGE = re.compile(
    rf"(?:\b({_WD})\s*(?:-|dan|hingga|sampai|s\.?d\.?)\s*{_WD}\b[\s,]*)?\(?\s*(?<![\d/.-])(\d{{1,2}})\s*(?:-|s\.?d\.?|s/d)\s*"
    rf"(\d{{1,2}})\s*/\s*(\d{{1,2}})(?:\s*/\s*(\d{{4}}|\d{{2}}))?(?![\d/])\s*\)?",
    re.I,
)
# A news agency's dateline: 'Bandarlampung, 5/3 (ANTARA) -', the day the story was filed.
_AGENCY_DATELINE = re.compile(r"\s*\((?:ANTARA|Antara|antara)(?:\s+\w+)?\)")
# Cheap tests for what a pattern cannot match without (the full patterns try their optional weekday at every position).
_NUMERIC_HINT = re.compile(r"\d\s*[/.-]\s*\d")
_LONG_HINT = re.compile(rf"\d\s+(?:{_MON})", re.I)
# Earlier the same day, as a report filed that day says it: 'tadi pagi', 'siang tadi'.
_TODAY_PART = r"tadi\s+(?:pagi|siang|sore)|(?:pagi|siang|sore)\s+tadi"
# 'tadi malam': the night before the morning a report came out
_LAST_NIGHT = r"tadi\s+malam"
_RELATIVE_WORDS = ("kemarin", "hari ini", "tadi", "besok", "lusa", "senin", "selasa", "rabu", "kamis", "jum", "sabtu", "minggu", "ahad")
_RANGE_HINT = re.compile(r"\d\s*(?:-|s\.?d\.?|s/d)\s*\d{1,2}\s*/")  # cheap: the range pattern may start anywhere
_LONG = re.compile(
    rf"(?:\b({_WD})\b[\s,]*(?:tanggal\s+|tgl\.?\s+)?)?\b(?:(\d{{1,2}})\s*(?:-|s\.?d\.?|s/d|sampai|hingga)\s*)?"
    rf"(\d{{1,2}})\s+({_MON})\.?(?:\s+(\d{{4}}))?\b",
    re.I,
)
# An English date, as wires and translated pages write it: 'BANDAR LAMPUNG, July 5, 2021 -', 'Rabu, May 7, 2025'.
_ENGLISH = re.compile(r"(?:\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|senin|selasa|rabu|kamis|jum'?at|sabtu|"
                      r"minggu)[\s,]+)?\b(january|february|march|april|may|june|july|august|september|october|november|"
                      r"december)\s+(\d{1,2}),?\s+(\d{4})\b", re.I)
_ENGLISH_HINT = re.compile(r"[a-z]\s+\d{1,2},?\s+\d{4}", re.I)
# A weekday counts alone when 'pada' or a verb of holding governs it ('digelar Rabu'), or a time of day or a
# 'lalu/depan' word follows it ('Rabu pagi', 'Selasa pekan lalu').
_RELATIVE = re.compile(
    rf"\b(?:(kemarin|hari ini|besok|lusa|{_LAST_NIGHT}|{_TODAY_PART})|(?:(pada|{HELD}|berlangsung|sejak|"
    rf"(?<!setiap )(?<!tiap )hari)\s+(?:hari\s+)?)?"
    rf"({_WD})(?!\s+ke-?\s*\d)(?:\s+((?:pekan|minggu)\s+(?:lalu|depan)|akhir\s+pekan\s+(?:lalu|kemarin)|lalu|kemarin|ini|"
    r"mendatang|depan|besok|pagi|siang|sore|"
    rf"malam))?)\b",
    re.I,
)
_ON_DAY = re.compile(r"\b(?:pada|tanggal|tgl\.?)\s*$", re.I)
# 'harganya naik tinggi minggu ini', 'minggu lalu', 'minggu depan': a week in lower case, not a Sunday ('Minggu ini').
_A_WEEK = re.compile(r"minggu\s+(?:ini|lalu|depan|mendatang|kemarin)\b")
# 'digelar dua hari lalu', 'kemarin lusa': so many days before the report.
_DAYS_AGO = re.compile(r"\b(?:(dua|tiga|empat|lima|enam|[2-6])\s+hari\s+(?:yang\s+)?lalu|(kemarin\s+lusa))\b", re.I)
_COUNTS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6}
# 'Awal pekan ini Penjabat Gubernur ... menetapkan ...': the Monday of the report's week.
_WEEK_START = re.compile(r"\bawal\s+(?:pekan|minggu)\s+ini\b", re.I)
# 'pada tanggal 10 bulan ini', 'tanggal 28 bulan lalu': a day of the month the report came out in, or of the one before.
_OF_THIS_MONTH = re.compile(r"\btanggal\s+(\d{1,2})\s+bulan\s+(ini|lalu)\b", re.I)
_WEEKDAY_BEFORE = re.compile(rf"\b{_WD}\s*$", re.I)
# (the plan's own day between is what was planned: 'yang semula dijadwalkan Selasa akhirnya digelar Kamis' tells Thursday
# as it happened)
_AHEAD = re.compile(rf"\b(?:akan|rencananya|dijadwalkan|direncanakan)\b(?:(?!\b{_WD}\b)[^.,]){{0,30}}$", re.I)
_YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
# Words that make the date right after them another thing's date, never a meeting's: a deadline, a cut-off of data,
# the end or start of a period ('harga BBM yang berlaku sejak 3 September 2022'), a decree's date, an election day, a
# holiday ('pencoblosan 9 Desember 2020', 'data per 30 Juni', 'SK Nomor 05/2021 tanggal 18 Maret', 'paling lambat 31
# Mei', 'menjelang Idul Fitri 10 April'), the closing day of a meeting that ran for days ('Musrenbang ... ditutup hari
# ini': it is dated by the day it opened).
_ASIDE_BEFORE = re.compile(
    # (not a meeting's own start, 'Musrenbang yang digelar sejak Rabu pagi (7/5/2025) itu')
    r"\b(?:per|hingga|(?<!digelar )(?<!berlangsung )(?<!dilaksanakan )(?<!diadakan )sejak|sampai(?:\s+dengan)?|s\.?d\.?|paling\s+lambat|selambat-lambatnya|batas(?:\s+waktu)?|tenggat(?:\s+waktu)?|"
    r"deadline|tertanggal|(?:nomor|no\.|dipa|sk|surat|keputusan|peraturan|instruksi|edaran|nota|kuitansi|kwitansi|faktur)\b"
    r"[^\n]{0,50}?\btanggal|"  # (a document's date: 'Ini nota tanggal 9 Januari')
    r"pilkada|pilgub|pilbup|pilwakot|pemilu|pemilihan|pencoblosan|pemungutan\s+suara|"
    r"hari\s+raya|lebaran|idul\s+(?:fitri|adha)|natal|tahun\s+baru|libur|cuti\s+bersama|(?:minggu|pekan)\s+ke-?|"
    r"diperkirakan|diprediksi|diproyeksikan|ditargetkan|ramadan|ramadhan|ditutup|penutupan|"
    # ('PPKM Mikro Tahap XII berlaku mulai 6 Juli hingga 20 Juli 2021': when a rule holds)
    r"berlaku(?:\s+(?:mulai|sejak|efektif))?|mulai\s+berlaku|"
    # ('"Mulai 22 September seluruh pabrik wajib menerapkannya," kata Gubernur usai rapat': from when something holds;
    # not a meeting's own first day, 'FGD dijadwalkan mulai Jumat (12/7)')
    r"(?<!dijadwalkan )(?<!digelar )(?<!berlangsung )(?<!dilaksanakan )(?<!diadakan )(?<!dimulai )\bmulai|"
    # ('Hari jadi Provinsi Lampung jatuh pada 18 Maret': the day an anniversary or a holiday falls on)
    r"jatuh\s+(?:pada|tanggal)|"
    # ('bertepatan dengan peringatan Hari Anak Nasional pada 23 Juli 2022': a commemoration's day)
    r"peringatan|"
    # ('di masa kampanye yang berakhir 5 Desember': when a period ends or starts)
    r"(?:masa|periode|tahapan|kampanye|jabatan)\b[^.,;]{0,30}?\byang\s+(?:berakhir|dimulai|usai))"
    r"(?:\s+(?-i:[A-Z])[\w-]*){0,3}(?:\s+(?:serentak|nasional|\d{4}|pada|tanggal|tgl\.?|hari|mendatang|dimulai|mulai|jatuh|"
    r"berakhir|berlaku|besok|lusa|baru|akan),?)*\s*,?\s*$",
    re.I,
)


# The date of what the meeting responds to, written straight after it: an incident ('banjir yang melanda Kota Bandar
# Lampung, Jumat (12/4)'), an earlier meeting it follows up ('menindaklanjuti rapat pada 3 April lalu', 'hasil rakor
# Forkopimda pada 29 Agustus', 'rapat sebelumnya pada Rabu (3/4)'), or the day a postponed meeting was first set for
# ('semula dijadwalkan Jumat (12/4)', 'yang sedianya digelar hari ini, Selasa (3/2), diundur menjadi Kamis (5/2)').
_EARLIER_MEETING = rf"{MEETING_NOUNS}|musyawarah|kunjungan"
_RESPONDS_TO = re.compile(
    # (not 'Itulah yang terjadi Jumat (7/2/2020) lalu di Ruang Rapat Utama ...': the story's own event pointed to)
    r"(?:(?<!itulah\s)(?<!inilah\s)(?<!itulah\syang\s)(?<!inilah\syang\s)"
    r"\b(?:yang\s+)?(?:terjadi|melanda|menimpa|menerjang|merendam|menggenangi)\b"
    r"(?:\s+(?-i:[A-Z])[\w-]*){0,4}"
    r"(?:\s+(?:pada|sejak|hari))?\s*,?|"
    # ('banjir yang merendam ratusan rumah di Kabupaten Pesisir Barat sejak Sabtu (17/3)': since then, the incident's day)
    r"\b(?:terjadi|melanda|menimpa|menerjang|merendam|menggenangi)\b[^.;,()]{0,80}?\s+sejak|"
    rf"\b(?:menindaklanjuti|tindak\s+lanjut(?:\s+dari)?|lanjutan\s+dari|hasil)\s+(?:{_EARLIER_MEETING})\b[^.;,]{{0,50}}?"
    r"(?:\s+(?:pada|tanggal))?|"
    # ... or any act it follows up, named without a verb of this meeting's own ('tindak lanjut dari penetapan pasangan
    # calon terpilih oleh KPU Provinsi Lampung pada 9 Januari 2025'; not '... dengan menggelar rapat pada Senin')
    # (written in prose: 'Rapat Evaluasi Tindak Lanjut Hasil Pemeriksaan ... pada Rabu' is this meeting's own name)
    # ('Tindak lanjut kegiatan Ngopi Hutan ... yang digelar 17 Februari 2023 dibahas dalam FGD ...': the act followed up)
    r"(?-i:\b[Mm]enindaklanjuti|\b[Tt]indak\s+lanjut(?:\s+dari)?)(?:\s+(?!(?:me|di|ber)[a-z]{3,}\b)[^\s.;,]+){1,12}?"
    r"\s+(?:pada|tanggal|yang\s+(?:(?:sudah|telah)\s+)?(?:lebih\s+(?:dulu|dahulu)\s+)?"
    r"(?:digelar|diselenggarakan|dilaksanakan|berlangsung)(?:\s+(?:pada|tanggal))?)|"
    rf"\b(?:{_EARLIER_MEETING})(?:\s+[^\s.;,]+){{0,3}}?\s+(?:sebelumnya|terdahulu|pertama)(?:\s+(?:pada|tanggal))?|"
    rf"\b(?:semula|sedianya)\s+(?:(?:dijadwalkan|direncanakan|akan)\s+)?(?:(?:{HELD})\s+)?(?:pada\s+)?"
    r"(?:hari\s+ini\s*,?\s*)?|"
    # (or the day it was called off on, before the one it was moved to: 'batal digelar hari ini, Jumat (14/11). Rapat
    # tersebut diundur ke Rabu (19/11)')
    rf"\bbatal(?:\s+(?:{HELD})\s+(?:pada\s+)?(?:hari\s+ini\s*,?\s*)?)?)\s*$",
    re.I,
)
_REPORT_FORM = re.compile(rf"^\s*{_WD}\b.*\(", re.I)


def _aside(text: str, start: int) -> bool:
    """The date at start is governed by words that make it another thing's date."""
    before = text[max(0, start - 90):start]
    aside = _ASIDE_BEFORE.search(before[-60:])
    # ('... pengamanan Natal 2023 dan Tahun Baru 2024, Selasa (19/12/2023)' or '..., Selasa, di ...': the holiday is
    # named with its year, and the day after the comma is the report's own)
    if aside and (_WEEKDAY_FORM.match(text, start) or _SET_OFF_WEEKDAY.match(text, start)) and (
            _YEAR_COMMA.search(aside.group(0)) or (_WEEKDAY_FORM.match(text, start) and _NAMED_OCCASION.match(aside.group(0))
                                                   and aside.group(0).rstrip().endswith(","))):
        # (or the occasion set off by a comma before a report's form: 'rakor pengendalian Covid-19 pada Pilkada, Senin
        # (21/9)'; not a forecast's day, 'diperkirakan mulai lusa, Kamis (19/2/2026)')
        aside = None
    # (a holiday that names what the meeting prepares, 'rapat koordinasi angkutan Lebaran pada Selasa (18/3)', dates no
    # holiday: the report's form of a day after it is the meeting's)
    if aside and _WEEKDAY_FORM.match(text, start) and _HOLIDAY.match(aside.group(0)) and _AGENDA_BEFORE.search(
            before[-60:], 0, aside.start()):
        aside = None
    # ('berlangsung tiga hari, sejak Selasa (8/3) hingga Kamis (10/3)': since one day until another is the event's own
    # span, which starts on its first day)
    if aside and aside.group(0).lower().startswith("sejak") and (
            _SPAN_END_AFTER.match(text, start) or _HELD_FOR.search(before[:len(before) - len(before[-60:]) + aside.start()])):
        aside = None  # (or its length told before it: 'Rakerkesda berlangsung dua hari sejak Selasa (22/7)')
    # (what is followed up may be named at length: 'tindak lanjut kegiatan Ngopi Hutan tentang Kopi Agroforestry yang
    # sudah lebih dulu digelar 17 Februari 2023')
    return bool(aside or _RESPONDS_TO.search(text, max(0, start - 160), start))


_HELD_FOR = re.compile(rf"\b(?:berlangsung|{HELD})\s+(?:selama\s+)?(?:\w+\s+)?(?:hari|pekan)\s*,?\s*$", re.I)
_NAMED_OCCASION = re.compile(r"\W*(?:pilkada|pilgub|pilbup|pilwakot|pemilu|pemilihan|hari\s+raya|lebaran|idul\s+(?:fitri|adha)|"
                             r"natal|tahun\s+baru|ramadan|ramadhan|peringatan)\b", re.I)
_HOLIDAY = re.compile(r"\W*(?:hari\s+raya|lebaran|idul\s+(?:fitri|adha)|natal|tahun\s+baru|libur|cuti\s+bersama|ramadh?an)\b",
                      re.I)
# What a meeting prepares for a holiday: its transport, security, supplies ('angkutan Lebaran', 'pengamanan Natal').
_AGENDA_BEFORE = re.compile(r"\b(?:angkutan|arus(?:\s+(?:mudik|balik))?|mudik|pengamanan|persiapan|kesiapan|kesiapsiagaan|"
                            r"operasi|posko|stok|pasokan|ketersediaan|harga|pangan|libur)\s+$", re.I)
# ('... Tahun Baru 2025, Kamis (19/12)', '... 2025 pada Kamis (19/12)', '... 2025, pada Kamis (19/12)')
_YEAR_COMMA = re.compile(r"\d{4}\s*(?:,\s*(?:pada\s*)?|\s+pada)\s*$")
# (an hour may stand between: 'sejak Selasa (8/3) pukul 09.00 WIB hingga Kamis (10/3)')
_SPAN_END_AFTER = re.compile(rf"(?:[^.;]|(?<=\d)\.(?=\d)){{0,30}}?\b(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?)\s+(?:{_WD}\b|\d)",
                             re.I)
_WEEKDAY_FORM = re.compile(rf"{_WD}\b[^().]{{0,12}}\(", re.I)  # ('Selasa (19/12/2023)': a report's form of its day)
# (or the weekday alone, set off as a wire sets its day: '..., Selasa, di Gedung Serbaguna')
_SET_OFF_WEEKDAY = re.compile(rf"{_WD}\b(?:\s+(?:pagi|siang|sore|malam))?\s*(?:[,.]|$|\s+(?:bertempat\s+)?di\b|\s+pukul\b)", re.I)


# The event a meeting prepares for, named right before a date with no comma or venue between ('rapat persiapan MTQ
# tingkat provinsi pada 1-7 Juni 2024 di Balai Keratun, Senin (15/4)'): beside the report's own date, that date is the
# event's. Alone it may be the meeting's ('akan menggelar Rakor persiapan Pilkakam pada hari Kamis tgl 12/09/2019'), and
# a report's weekday form there is the meeting's day unless the event is said to come ('yang akan digelar Senin (20/5)').
_PREPARES = re.compile(
    rf"\b(?:persiapan|menjelang|jelang|menyambut|menghadapi)\s+(?:(?!di\b|bertempat\b|(?:{HELD})\b)[^\s.;,:]+(?:\s+|$)){{1,8}}?"
    rf"(?:yang\s+)?(akan\s+)?(?:(?:{HELD}|berlangsung|dimulai)\s+)?(?:pada\s+)?"
    r"(?:tanggal\s+)?$",
    re.I,
)


def _prepared(text: str, start: int, written: str) -> bool:
    """The date at start (written as `written`) is the day of an event the meeting prepares for."""
    m = _PREPARES.search(text, max(0, start - 90), start)
    return bool(m) and bool(m.group(1) or not _REPORT_FORM.match(written))


# A wire-style weekday set off by commas ('Gubernur, Rabu, memimpin rapat', '..., di Bandarlampung, Selasa.', '...,
# Senin di Kantor Gubernur') is that day of the week the story was filed in; a weekday anywhere else alone is too
# weak. (Not a list of days.)
# (Fronted too, 'Senin, DPRD ... menggelar rapat paripurna'; or before the hour or the place: ', Rabu pukul 08.30',
# ', Kamis di ruang rapat'; or closing the text.)
_CLAUSE_WEEKDAY = re.compile(rf"(?:,\s*|^\W*)({_WD})(?:\s+(?:pagi|siang|sore|malam))?"
                             rf"(?=\s*(?:\.(?:\s|$)|,(?!\s*(?:dan\s+|atau\s+)?{_WD}\b)|$)|\s+pukul\s+\d|"
                             rf"\s+(?:bertempat\s+)?di\s+(?:(?-i:[A-Z])|ruang|aula|gedung|kantor|hotel|balai|rumah|lapangan))", re.I)


@dataclass(frozen=True)
class DateHit:
    """A date found in text: where, what it resolved to, how it was written, how explicit it was."""

    start: int
    end: int
    value: date | None
    text: str
    strength: int  # 3 full date with year, 2 day+month, 1 relative or weekday only, 0 another thing's date
    prepared: bool = False  # the day of an event the meeting prepares for (yields to another date of the sentence)


_JAKARTA = timezone(timedelta(hours=7))  # WIB, no daylight saving: the province's calendar day


def parse_published(value: str | None) -> date | None:
    """Publication date, in Asia/Jakarta, from an ISO date or datetime, or a date as a page writes it ('Senin, 14 April
    2025 10:00 WIB', '14/04/2025'); None when absent or unreadable."""
    if not value:
        return None
    text = str(value).strip()
    try:
        stamp = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        m = re.match(r"(\d{4})[-/](\d{2})[-/](\d{2})", text)
        if m:
            return _safe(int(m[1]), int(m[2]), int(m[3]))
        written = [h for h in find_dates(text, None, None) if h.strength >= 2 and _YEAR.search(h.text)]
        return written[0].value if written else None
    # an instant with its offset ('2025-04-14T23:30:00Z') falls on the next day in Lampung
    return stamp.astimezone(_JAKARTA).date() if stamp.tzinfo else stamp.date()


def stamped_day(text: str) -> date | None:
    """The day a page's stamp near the top gives, for a record without its publication date ('TERASLAMPUNG.COM |
    Senin, 18 Mar 2019 | Bandar Lampung', 'Jumat 07-02-2020,17:40 WIB'): a short line, no sentence, a full date; else
    the full date of the dateline opening the story ('BANDAR LAMPUNG, Rabu 20 Oktober 2021 - ...')."""
    stamps = []
    for line in [ln.strip() for ln in text.split("\n", 12)[:12] if ln.strip()][:6]:
        if len(line) > 90 or line.endswith((".", "!", "?")) or not _YEAR.search(line):
            continue  # (no year written, no full date: the date patterns are not run)
        full = [h for h in find_dates(line, None, None) if h.strength >= 3 and _YEAR.search(h.text)]
        if full:
            stamps.append((_CLOCK.search(line) is not None, full[0].value))
    # (a site's bar may give today's date above the story, 'Rabu, 24 Desember 2025', and the story its own stamp below
    # the headline, 'Senin, 19 Mei 2025 - 15.42 WIB': the story's stamp tells the hour it came out)
    if stamps:
        return next((day for timed, day in stamps if timed), stamps[0][1])
    # ... or the dateline opening the story, the day it was filed ('BANDAR LAMPUNG, Rabu 20 Oktober 2021 - ...')
    dateline = _DATELINE_DAY.match(text.lstrip()[:120])
    full = [h for h in find_dates(dateline["day"], None, None) if h.strength >= 3] if dateline else []
    return full[0].value if full else None


_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])[.:][0-5]\d\b")
_DATELINE_DAY = re.compile(r"[A-Z][A-Za-z .'-]{2,40},\s*(?P<day>[^-–—(,]{0,12}?\(?\d{1,2}[^-–—]{2,20}?(?:19|20)\d{2}\)?)\s*"
                           r"(?:[-–—]|\()")


# A date written in words, as a signed record opens ('Pada hari ini Kamis tanggal dua puluh tujuh bulan Februari tahun dua
# ribu dua puluh lima'): the day, the month by name and the year.
_NUMBER_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
                 "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}
_NUMBER = rf"(?:(?:{'|'.join(_NUMBER_WORDS)}|belas|puluh|ratus|ribu)\b\s*)"
# (or the day alone in words: 'pada hari Rabu, tanggal lima Maret 2025')
_SPELLED = re.compile(rf"\btanggal\s+({_NUMBER}{{1,3}})\s*(?:bulan\s+)?({_MON})\s+(?:tahun\s+)?({_NUMBER}{{2,6}}|\d{{4}}\b)",
                      re.I)


def _spelled_number(words: str) -> int:
    """The number Indonesian words write ('dua puluh tujuh' = 27, 'dua ribu dua puluh lima' = 2025)."""
    thousands = below = unit = 0  # (a scale word multiplies only the unit word before it: 'sembilan ratus')
    for word in words.lower().split():
        if word == "belas":
            below, unit = below + 10 + unit, 0
        elif word in ("puluh", "ratus"):
            below, unit = below + unit * (10 if word == "puluh" else 100), 0
        elif word == "ribu":
            thousands, below, unit = thousands + (below + unit) * 1000, 0, 0
        elif word in ("seratus", "seribu"):
            below, thousands = (below + 100, thousands) if word == "seratus" else (below, thousands + 1000)
        else:
            unit += _NUMBER_WORDS[word]
    return thousands + below + unit


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    y = int(raw)
    return y + 2000 if y < 100 else y


def resolve_yearless(month: int, day: int, anchor: date | None, text_year: int | None,
                     weekday: str | None = None) -> date | None:
    """Pick the year that puts day/month nearest the publication date (slightly preferring before it).

    Without a publication date, the article's year is used, or the year next to it whose calendar
    agrees with the weekday written beside the date ('Selasa (19/3)' in an article about 2023 and 2024).
    """
    if anchor is None:
        if not text_year:
            return None
        if weekday:
            wd = WEEKDAYS[weekday.lower().replace("'", "")]
            for y in (text_year, text_year + 1, text_year - 1):
                d = _safe(y, month, day)
                if d and d.weekday() == wd:
                    return d
        return _safe(text_year, month, day)
    best, best_cost = None, None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = _safe(y, month, day)
        if d is None:
            continue
        delta = (d - anchor).days
        cost = abs(delta) * (1.5 if delta > 0 else 1.0)  # reports mostly follow the event
        if best_cost is None or cost < best_cost:
            best, best_cost = d, cost
    return best


def _weekday_near(anchor: date, weekday: int, direction: str) -> date:
    back = (anchor.weekday() - weekday) % 7
    if direction == "past":
        return anchor - timedelta(days=back or 7)
    if direction == "future":
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    return anchor - timedelta(days=back)


def _relative(m: re.Match, anchor: date | None, ahead: bool = False) -> date | None:
    if anchor is None:
        return None
    word, pada, wd, when = (g.lower() if g else None for g in m.groups())
    when = None if when in {"pagi", "siang", "sore", "malam"} else when or ("mendatang" if ahead else None)
    if word:
        word = " ".join(word.split())
        return anchor + timedelta(days={"kemarin": -1, "tadi malam": -1, "hari ini": 0, "besok": 1, "lusa": 2}.get(word, 0))
    if not (pada or when or m[4]):
        return None  # a bare weekday name is too weak alone
    day = WEEKDAYS[wd.replace("'", "")]
    if when and when.split()[0] in {"pekan", "minggu"}:
        # 'Selasa pekan lalu': that weekday in the previous calendar week (Monday to Sunday), 'pekan depan' the next
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=7 if when.endswith("depan") else -7)
        return monday + timedelta(days=day)
    # ('Sabtu akhir pekan kemarin': the weekend just gone)
    direction = {"lalu": "past", "kemarin": "past", "ini": "near", None: "near"}.get(
        "lalu" if when and when.startswith("akhir") else when, "future")
    return _weekday_near(anchor, day, direction)


def _most_frequent(years: list) -> int | None:
    """The most frequent year, the first written on a tie (a set's order would vary from run to run)."""
    return int(max(dict.fromkeys(years), key=years.count)) if years else None


# A vision's year, a period's ends or a regulation's ('Indonesia Emas 2045', 'RPJMD 2025–2029', 'hingga 2030', 'UU Nomor
# 23/2014', 'Permendagri Nomor 86 Tahun 2017') are no article's year.
_TARGET_YEARS = re.compile(r"\b(?:emas|visi|menuju|hingga|sampai)\s+(?:tahun\s+)?(?:19|20)\d\d\b|"
                           r"\b(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d\b|"
                           r"\b(?:nomor|no\.?)\s*\d+[a-z]?\s*(?:/|tahun\s+)(?:19|20)\d\d\b", re.I)


def text_year(text: str) -> int | None:
    """The most frequent plausible year stated in the text (a vision's or a period's only when it states no other)."""
    years = _YEAR.findall(text)
    if not years:
        return None
    return _most_frequent(_YEAR.findall(_TARGET_YEARS.sub(" ", text))) or _most_frequent(years)


# Dates written with their year, for the year of a whole article (cheaper than the full date patterns).
_FULL_NUMERIC = re.compile(r"(?<![\d/.-])\d{1,2}\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?![\d/])")
_FULL_LONG = re.compile(rf"\b\d{{1,2}}\s+(?:{_MON})\.?\s+(\d{{4}})\b", re.I)


def article_year(text: str) -> int | None:
    """The year of an article without a publication date: of its dates written in full, else of any year it states."""
    full = [int(m[1]) for m in _FULL_LONG.finditer(text)]
    full += [_year(m[2]) for m in _FULL_NUMERIC.finditer(text) if 1 <= int(m[1]) <= 12]
    full = [y for y in full if y and 1980 <= y <= 2049]
    return _most_frequent(full) if full else text_year(text)


def find_dates(text: str, published: date | None, year_hint: int | None = None) -> list[DateHit]:
    """Every date expression in text, resolved; sorted by position."""
    year_hint = year_hint or text_year(text)
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def add(m, value, strength):
        if any(s < m.end() and m.start() < e for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        at = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" ,"))  # (a set-off weekday's match opens on its comma)
        hits.append(DateHit(m.start(), m.end(), value, m.group(0).strip(" ,"), 0 if _aside(text, at) else strength,
                            _prepared(text, m.start(), m.group(0))))

    digits = DIGIT.search(text) is not None  # without a digit only relative days and weekdays can be there
    for m in _LONG.finditer(text) if digits and _LONG_HINT.search(text) else ():
        month, day, y = MONTHS[m[4].lower()], int(m[2] or m[3]), _year(m[5])  # a range '27-29 Maret' starts on 27
        value = _safe(y, month, day) if y else resolve_yearless(month, day, published, year_hint, m[1])
        if value:
            add(m, value, 3 if y else 2)
    for m in _ENGLISH.finditer(text) if digits and _ENGLISH_HINT.search(text) else ():
        value = _safe(int(m[4]), MONTHS[m[2].lower()], int(m[3]))  # 'July 5, 2021': a wire's English dateline
        if value:
            add(m, value, 3)
    for m in _NUMERIC_RANGE.finditer(text) if digits and _RANGE_HINT.search(text) else ():
        first, last, month, y = int(m[2]), int(m[3]), int(m[4]), _year(m[5])
        if 1 <= month <= 12 and first < last and (m[1] or m[5] or "(" in m.group(0)):  # a bare '3-4/5' is a number
            value = _safe(y, month, first) if y else resolve_yearless(month, first, published, year_hint, m[1])
            if value:
                add(m, value, 3 if y else 2)
    for m in _NUMERIC.finditer(text) if digits and _NUMERIC_HINT.search(text) else ():
        if not (m[1] or m[2] or m[3] or m[6] or _AGENCY_DATELINE.match(text, m.end())
                or _ON_DAY.search(text, max(0, m.start() - 10), m.start())):
            # a bare "3/4" is a fraction or a number, not a date (but 'Kalianda, 12/9 (ANTARA)' and 'pada 7/2' are days)
            continue
        if re.search(r"(?:nomor|no\.?)\s*[:]?\s*$", text[max(0, m.start() - 12):m.start()], re.I):
            continue
        day, month, y, weekday = int(m[4]), int(m[5]), _year(m[6]), m[1] or m[3]
        if not (1 <= month <= 12):
            continue
        value = _safe(y, month, day) if y else resolve_yearless(month, day, published, year_hint, weekday)
        if value:
            add(m, value, 3 if y else 2)
    for m in _SPELLED.finditer(text) if "tanggal" in text else ():
        year = int(m[3]) if m[3].isdigit() else _spelled_number(m[3])
        value = _safe(year, MONTHS[m[2].lower()], _spelled_number(m[1]))
        if value:
            add(m, value, 3)
    for m in _OF_THIS_MONTH.finditer(text) if digits and published and "bulan" in text else ():
        month = published.replace(day=1) - timedelta(days=1) if m[2].lower() == "lalu" else published
        value = _safe(month.year, month.month, int(m[1]))
        if value:
            add(m, value, 2)
    low = text.lower()
    days = any(w in low for w in _RELATIVE_WORDS)
    for m in _RELATIVE.finditer(text) if days else ():
        if m[3] and _A_WEEK.match(text, m.start(3)):
            continue
        value = _relative(m, published, bool(_AHEAD.search(text[max(0, m.start() - 40):m.start()])))
        if value:
            add(m, value, 1)
    for m in _DAYS_AGO.finditer(text) if published and ("lalu" in low or "lusa" in low) else ():
        back = 2 if m[2] else _COUNTS.get(m[1].lower()) or int(m[1])
        add(m, published - timedelta(days=back), 1)
    for m in _WEEK_START.finditer(text) if published and "awal" in low else ():
        add(m, published - timedelta(days=published.weekday()), 1)
    for m in _CLAUSE_WEEKDAY.finditer(text) if days else ():
        if published and not _WEEKDAY_BEFORE.search(text[max(0, m.start() - 12):m.start()]) and not _A_WEEK.match(
                text, m.start(1)):
            add(m, _weekday_near(published, WEEKDAYS[m[1].lower().replace("'", "")], "near"), 1)
    return sorted(hits, key=lambda h: h.start)
