"""Fronted clauses that tell another event than their sentence's main clause.

'Menindaklanjuti hasil Forum Konsultasi Publik ... yang dilaksanakan pada Rabu (14/01/2026) di Hotel Emersia, Bappeda
menggelar Rapat Lanjutan ..., Kamis (29/01/2026), bertempat di Ruang Rapat Alimuddin Umar': the date, the place and the
people of the clause before the comma are the earlier forum's. When the main clause names a meeting of its own, the
fronted clause is dropped from the sentence, so no field reads another event's date, venue, leader or type.

So is a later clause naming the meeting a meeting follows up ('Rakor tersebut menindaklanjuti arahan Presiden dalam
Sidang Kabinet Paripurna di Istana Negara, Jakarta, pada Senin (3/3/2025).'): `without_followed_up`.
"""

from __future__ import annotations

import re
from datetime import date

from pipelines.extract.dates import DateHit, find_dates
from pipelines.extract.places import is_place_name
from pipelines.extract.text import DAYS_BETWEEN, MEETING_NOUNS, MONTH_NAMES, PRIOR_WORDS, SPEECH_TAGS, WEEKDAYS

# The words that open a clause about an event before (or after) the one the sentence reports.
_OPENERS = ("menindaklanjuti",) + PRIOR_WORDS
_FRONTED = re.compile(r"^(?P<lead>[^,]{0,40}?(?:,[^,]{0,40}?)?(?:\s[-–—]+\s*|\(ANTARA\)\s*[-–—]+\s*|\([\w.]+\)\s*:\s*))?"
                      r"(?:[^,]{0,40},\s*)?"
                      rf"(?P<clause>(?P<gap>{DAYS_BETWEEN}\s+)?"
                      rf"(?:{'|'.join(_OPENERS)})\b)", re.I)
# The main clause names a meeting of its own: a meeting noun, or an audience received or held.
_OWN_MEETING = re.compile(rf"\b(?:{MEETING_NOUNS}|audiensi|musyawarah)\b", re.I)
# A place the clause's event sat in.
_PLACE = re.compile(r"\b(?:[Dd]i|[Bb]ertempat\s+di)\s+(?:[A-Z]|(?i:ruang|gedung|aula|balai|hotel|kantor|gsg|pendopo|lapangan)\b)")


# A clause after a meeting's mention naming the earlier meeting it follows up: 'Pertemuan tersebut menindaklanjuti
# arahan Presiden dalam Sidang Kabinet Paripurna di Istana Negara, Jakarta, pada Senin (3/3/2025).', '..., sebagai
# tindak lanjut hasil Rakor Nasional Pengendalian Inflasi'. Its type, day, place and town are that meeting's.
_FOLLOWS_UP = re.compile(r"\b(?:menindaklanjuti|(?:merupakan|sebagai)\s+(?:bentuk\s+)?tindak\s+lanjut|"
                         r"tindak\s+lanjut\s+(?:dari|atas)|lanjutan\s+dari|(?:merujuk|mengacu)\s+(?:pada|kepada)|"
                         r"(?:sesuai(?:\s+dengan)?|berdasarkan)\s+(?:arahan|instruksi|amanat|hasil))\b", re.I)
_FOLLOW_UP_WORDS = ("indaklanjut", "tindak lanjut", "lanjutan dari", "merujuk", "mengacu", "arahan", "instruksi", "amanat",
                    "hasil")


# The hour that goes with a day ('... pada Senin (16/6/2025) pukul 09.00 WIB', '..., pukul 13.00-15.00 WIB').
_HOUR_AFTER = re.compile(r"\s*,?\s*(?:pukul|jam)\s+\d{1,2}[.:]\d{2}"
                         r"(?:\s*(?:-|–|s\.?d\.?|hingga|sampai)\s*(?:\d{1,2}[.:]\d{2}|selesai))?(?:\s*(?:WIB|WITA|WIT))?", re.I)


def without_followed_up(sentence: str, published: date | None = None) -> str:
    """The sentence cut before a later clause that names the meeting it follows up, up to that meeting's date."""
    low = sentence.lower()
    if not any(w in low for w in _FOLLOW_UP_WORDS):
        return sentence
    m = _FOLLOWS_UP.search(sentence, 1)
    if not m or not _OWN_MEETING.search(sentence, m.end()):
        return sentence  # ('... untuk menindaklanjuti laporan masyarakat': no earlier meeting named)
    if not _OWN_MEETING.search(sentence, 0, m.start()):
        # ('Langkah itu merupakan tindak lanjut arahan dalam Rakor ...': a step or a statement follows up the meeting,
        # which may be the report's own; a fronted 'Menindaklanjuti ...' is main_clause's)
        return sentence
    dated = next(iter(find_dates(sentence[m.end():], published)), None)
    end = m.end() + dated.end if dated else len(sentence)
    if dated and (hour := _HOUR_AFTER.match(sentence, end)):
        end = hour.end()
    if not _OWN_MEETING.search(sentence, m.end(), end):
        return sentence
    return (sentence[:m.start()].rstrip(" ,") + sentence[end:]).strip() or sentence


# 'Bertempat di Ruang Rapat Utama, kesepakatan itu diambil dalam rapat ...': the place told first, as releases open.
# (after the dateline, however it is written: 'BANDAR LAMPUNG - ', 'Bandar Lampung--', 'KALIANDA, RADARLAMPUNG.CO.ID - ')
_DATELINE_HEAD = r"(?P<head>\W*(?:[^\"“]{2,60}?(?:\s[-–—]+|[-–—]{2,}|\)\s*[-–—:]+)\s*)?)"
# ('Di ruang rapat lantai 3 gedung Bappeda, Tim Penyusun RPJMD ... berkumpul ...': a room fronted with 'di' alone)
_FRONTED_PLACE = re.compile(rf"^{_DATELINE_HEAD}(?:[Bb]ertempat\s+di|[Dd]i(?=\s+(?:[Rr]uang|[Gg]edung|[Aa]ula|[Bb]alai|[Hh]otel)\b))\s+")
# What goes on a place's name after a comma: another building or room, its complex, floor or street.
_PLACE_GOES_ON = re.compile(r"(?:kantor|gedung|balai|ruang|ruangan|aula|kompleks|komplek|lantai|lt\.?|jalan|jl\.?|jln\.?|"
                            r"no\.?|nomor|mahan|wisma|hotel|pendopo|sekretariat|pemkab|pemkot|pemprov|setda\w*|dinas|badan|"
                            r"biro|kementerian|kanwil|dprd|universitas|bappeda)\b", re.I)  # (or the office that owns the room)
# The day that closes a sentence, after its last comma ('..., Senin (20/1/2025).', '..., kemarin.').
_CLOSING_DAY = re.compile(r"(?:(?:pada\s+)?(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b|kemarin|hari\s+ini|\d{1,2}"
                          r"\s+[A-Za-z]+\s+\d{4}|tanggal)[^,]{0,40}$", re.I)


# A clause opening on its verb, or on a word setting it before or after another event, and closed by a comma before a
# capital, the subject of the main clause after it ('setelah bulan lalu membahas ..., kali ini Mirza melakukan audiensi').
_FRONTED_CLAUSE = re.compile(rf"(?:(?:me|di|ber)[a-z]{{3,}}|(?:{'|'.join(_OPENERS)})\s)\b[^,]*,\s+(?=[A-Z]|kali\s+ini\b)")
_CLAUSE_GOES_ON = re.compile(r", (?=[a-z]|(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b)")


def place_last(sentence: str) -> str:
    """A place fronted before the main clause ('Bertempat di Ruang Rapat Utama Kantor Gubernur, keputusan itu diambil
    dalam rapat ...') told after it instead, so the main clause opens the sentence as the rules read it."""
    m = _FRONTED_PLACE.match(sentence)
    if not m:
        return sentence
    for comma in (i for i, ch in enumerate(sentence) if ch == "," and m.end() < i <= m.end() + 200):
        rest = sentence[comma + 1:].lstrip()
        owner = _PLACE_GOES_ON.match(rest) and not _VERB.search(rest.split(",")[0])  # (not 'Dinas X menghadiri ...')
        if _date_runs_on(sentence, comma) or _town_after(rest) or owner:
            continue  # the place's building, town or day, told on
        if len(rest) < 30:
            return sentence
        body = rest.rstrip()
        end = body[-1] if body[-1] in ".!?" else ""
        body, place = body[:len(body) - len(end)], f"bertempat di {sentence[m.end():comma]}"
        # (at the end of the main clause, where its verb's clause closes: what the sentence goes on to tell may be
        # someone's words, '..., Senin ... yang dalam kesempatan itu menyebut bahwa ...', where no place is the meeting's)
        # (a clause goes on in lower case or with its day: any other capital after the comma may be a name apposed,
        # 'dipimpin Ketua DPRD, Agus')
        # (a second fronted clause is not the main one: 'menindaklanjuti aksi ... pada Senin lalu, Asisten ... Darwis Saleh
        # Lubis, M.Si., mewakili Gubernur menerima audiensi ...' closes after 'menerima ...', not before 'mewakili')
        opens = _FRONTED_CLAUSE.match(body)
        start = opens.end() if opens else 0
        clause = next((c.start() for c in _CLAUSE_GOES_ON.finditer(body, start) if _VERB.search(body, start, c.start())),
                      -1)
        if clause > 0 and not _CLOSING_DAY.match(body, clause + 2):
            return f"{m.group('head')}{body[:clause]} {place}{body[clause:]}{end}"
        # (before the day that closes the sentence, where a place is written: '... rakor, kemarin.' -> '... rakor
        # bertempat di Kantor Gubernur, kemarin.')
        day = body.rfind(", ")
        if day > 0 and _CLOSING_DAY.match(body, day + 2):
            return f"{m.group('head')}{body[:day]} {place}{body[day:]}{end}"
        return f"{m.group('head')}{body}, {place}{end}"
    return sentence


# 'Pada Rabu (16/7/2025), target itu dibahas dalam rapat ...': the day told first.
_FRONTED_DAY = re.compile(rf"^{_DATELINE_HEAD}"
                          r"(?P<day>(?:[Pp]ada\s+)?(?:[Hh]ari\s+)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"
                          r"(?:\s*,?\s*(?:\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|(?:tanggal\s+)?\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?))?"
                          r"(?:\s+(?:pagi|siang|sore|malam|lalu|kemarin))?"
                          # (and its hour: 'Pada Selasa (14/10) pukul 09.00 WIB, angka itu terungkap dalam raker ...')
                          r"(?:\s+(?:sekitar\s+)?(?:pukul|jam)\s+\d{1,2}(?:[.:]\d{2})?(?:\s*(?:WIB|wib))?)?),\s+"
                          r"(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|dan|hingga|sampai)\b)(?=[a-z]|[A-Z][a-z])")


def day_last(sentence: str) -> str:
    """A day fronted before the main clause ('Pada Rabu (16/7/2025), target itu dibahas dalam rapat ...') told after it,
    so the main clause opens the sentence as the rules read it."""
    m = _FRONTED_DAY.match(sentence)
    if not m or len(sentence) - m.end() < 30:
        return sentence
    body = sentence[m.end():].rstrip()
    end = body[-1] if body[-1] in ".!?" else ""
    day = m.group("day")
    day = day[0].lower() + day[1:] if day[:4].lower() in ("pada", "hari") else day
    return f"{m.group('head')}{body[:len(body) - len(end)]}, {day}{end}"


def main_clause(sentence: str, published: date | None = None) -> str:
    """The sentence without a fronted clause that dates or places another event, when its main clause names a meeting
    or days lie between the two ('Sebulan setelah ...')."""
    low = sentence[:200].lower()
    if not any(word in low for word in _OPENERS):
        return sentence
    m = _FRONTED.match(sentence)
    if not m:
        return sentence
    start = m.start("clause")
    for comma in (i for i, ch in enumerate(sentence) if ch == "," and start < i <= start + _LONGEST):
        clause, rest = sentence[start:comma], sentence[comma + 1:].lstrip()
        if _date_runs_on(sentence, comma) or _town_after(rest):
            continue  # ('... di Istana Negara, Jakarta, Kamis (20/2/2025), Gubernur ...': the place's town, then its day)
        if not (find_dates(clause, published) or _PLACE.search(clause)):
            if not (_SUBJECT.match(rest) and _VERB.search(rest, 0, 60)):
                continue  # the clause goes on to its date or place
            # the main clause begins, the fronted one told no date or place: another event only with days between
            # ('Sehari setelah Gubernur menyampaikan nota pengantar dalam rapat paripurna, Fraksi PKS ... menyiapkan sikap')
            # ... or a meeting still to be held before which the main clause acts ('Sebelum FGD tematik digelar,
            # Bappeda Provinsi Lampung lebih dulu menyamakan langkah')
            later = _BEFORE_HELD.match(clause) is not None
            # ('Lima bulan setelah rakor pemantapan pada Kamis, 3 Juli 2025, Aplikasi Lampung-In kembali dibedah.': a
            # short main clause is still one)
            return sentence[:start] + _dated_precisely(clause) + rest if (m.group("gap") or later) and len(rest) >= 30 \
                else sentence
        # the main clause begins here: its subject (a name, an office, a body, the meeting) and a meeting of its own
        # ('Sebulan setelah ...': a span of days between, the clause is surely another event, whatever the main clause)
        if not _SUBJECT.match(rest):
            continue  # ('... di Kelurahan Beringin Raya, bersama Wali Kota X, Wagub ...': the clause goes on)
        if (len(rest) >= 30 and m.group("gap")) or (len(rest) >= 40 and _OWN_MEETING.search(rest)):
            return sentence[:start] + _dated_precisely(clause) + _same_day(rest, clause, m, published)
        return sentence
    return sentence


_RIGHT_AFTER = ("usai", "seusai", "selepas")


def _same_day(rest: str, clause: str, fronted: re.Match, published: date | None) -> str:
    """The main clause, given the fronted clause's day when it follows that act right away and names no day of its own
    ('Usai memimpin apel pagi ..., Kamis (11/9/2025), Gubernur menerima audiensi ...': the audience was that Thursday)."""
    days = find_dates(clause, published) if fronted.group("clause").lower().startswith(_RIGHT_AFTER) \
        and not fronted.group("gap") else []
    if not days or find_dates(rest, published):
        return rest
    body = rest.rstrip()
    end = body[-1] if body[-1] in ".!?" else ""
    return f"{body[:len(body) - len(end)]}, {days[-1].text}{end}"


# 'Dua pekan sebelum masuk bulan Ramadan, tepatnya pada 10 Maret 2023 lalu, Cycle Indonesia melaksanakan FGD': the day
# set off by 'tepatnya' dates the main clause, not the fronted one.
PRECISELY = re.compile(r"\b(?:tepatnya|persisnya)\b", re.I)


def _dated_precisely(clause: str) -> str:
    """The part of a fronted clause from its 'tepatnya' on, with the comma that will follow it, or ''."""
    m = PRECISELY.search(clause) if "nya" in clause else None
    return clause[m.start():].strip() + ", " if m else ""


_LONGEST = 260  # characters of a fronted clause
_BEFORE_HELD = re.compile(rf"sebelum\s+(?:(?:{MEETING_NOUNS}|musyawarah)\b[^,]{{0,60}}\b(?:digelar|dimulai|berlangsung|"
                          r"dilaksanakan|diselenggarakan)\b|(?:menggelar|mengadakan|menyelenggarakan|melaksanakan)\s+"
                          rf"(?:\w+\s+){{0,2}}?(?:{MEETING_NOUNS}|musyawarah)\b)", re.I)  # ('Sebelum menggelar rangkaian FGD')
_VERB = re.compile(r"\b(?:me|di|ber)[a-z]{3,}\b")
# The main clause's first word: its subject (a name, an office, a body, 'seluruh 260 desa', 'rapat koordinasi'), not a
# word that carries the fronted clause on ('bersama Wali Kota X', 'dan', 'yang') or its day.
_SUBJECT = re.compile(r"(?!(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|bersama|dan|serta|yang|untuk|dengan|di|ke|"
                      r"dari|pada|oleh|saat|ketika|sambil|sekaligus|termasuk|antara|hingga|sampai|tepatnya|sekitar|"
                      r"jalan|jl|jln)\b)\w", re.I)  # (nor a street: the place's address, told on)


# 'pada Senin, 30 Maret lalu', 'pada Rabu, 14/1/2026 di ...', '..., Kamis (20/2/2025), ...': the comma before or inside
# a date does not close the clause.
_DATE_AFTER_COMMA = re.compile(r"\s*\d{1,2}(?:\s+[A-Za-z]+|\s*[/.-]\s*\d{1,2})|"
                               r"\s*(?:tanggal|tgl|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b", re.I)


_TOWN = re.compile(r"((?:[A-Z][\w-]+\s?){1,3}),")
_DIVISION = re.compile(r"(?:Kecamatan|Kelurahan|Desa|Pekon|Kampung|Tiyuh|Kabupaten|Kota)\s+[A-Z]")


def _town_after(rest: str) -> bool:
    """The words up to the next comma name a town or region (the place's, told on)."""
    m = _TOWN.match(rest)
    return bool(m) and (is_place_name(m.group(1).strip()) or _DIVISION.match(rest) is not None)


def _date_runs_on(sentence: str, comma: int) -> bool:
    return bool(_DATE_AFTER_COMMA.match(sentence, comma + 1))


# 'Sehari sebelumnya, Senin (16/2/2026), Gubernur Mirza juga tetap ngantor', 'Sebelumnya, Gubernur menerima audiensi
# pengurus KONI di Mahan Agung, Jumat (31/5/2024).': a sentence telling an occasion on another day than the meeting's.
# The people and bodies it names acted in that occasion, not in the meeting the article reports.
_DAYS_APART = re.compile(rf"^\W*(?:(?:sementara\s+itu|selain\s+itu|adapun|kemudian)\s*,?\s*)?(?:{DAYS_BETWEEN})\s+"
                         r"(?:sebelumnya|kemudian|berikutnya|setelahnya)\b|^\W*(?:keesokan|esok)\s+harinya\b|"
                         r"^\W*(?:(?:pekan|minggu|bulan)\s+(?:lalu|depan)|(?:pada|dalam|di)\s+kesempatan\s+(?:lain|berbeda)|"
                         r"di\s+lain\s+kesempatan)\s*,", re.I)
# A day written in any notation: a weekday, a month's name or a d/m.
_SOME_DAY = re.compile(rf"\b(?:{WEEKDAYS}|{MONTH_NAMES})\b|\d/\d", re.I)
_DAY_WORDS = tuple(w.replace("'?", "") for w in f"{WEEKDAYS}|{MONTH_NAMES}".split("|")) + ("jum'at",)


def _tells_a_day(unit: str) -> bool:
    """The unit writes a day (a substring test first: most sentences of a body tell none, and the pattern costs more)."""
    low = unit.lower()
    return ("/" in unit or any(w in low for w in _DAY_WORDS)) and _SOME_DAY.search(unit) is not None
# What a date may be besides the day its sentence's act took place: a deadline, a start, a span, a plan, a forecast.
_NOT_ITS_DAY = re.compile(r"\b(?:paling\s+lambat|selambat-lambatnya|hingga|sampai|batas|(?:di|men)?target\w*|(?:di)?mulai|sejak|"
                          r"per|bahwa|menyepakati|disepakati|sepakat|memutuskan|diputuskan|"
                          rf"{'|'.join(PRIOR_WORDS)}|menjelang|jelang|akan|diperkirakan|direncanakan|(?:di|men)jadwalkan|"
                          r"jadwal|nanti|mendatang)\b", re.I)
# Someone's words, whose days are what they speak of: a quotation (not a word in quotation marks, 'tetap "ngantor"'), a
# speech tag, a verb of saying.
_SAYING = re.compile(rf"\b(?:(?:{SPEECH_TAGS})(?:nya)?|menurut(?:nya)?|disampaikan|menyampaikan|diungkapkan|"
                     r"mengungkapkan|diakui|mengakui|dikatakan|mengatakan|dijelaskan|menjelaskan|ditegaskan|menegaskan|"
                     r"disebut(?:kan)?|menyebut(?:kan)?|dilaporkan|melaporkan|dipaparkan|memaparkan|menuturkan|"
                     r"mengingatkan|sampaikan|ungkapkan|katakan|jelaskan|tegaskan)\b", re.I)
_QUOTE_MARKS = '"“”'


def _spoken(unit: str) -> bool:
    """The unit holds someone's words: a quotation, open or closed, of more than two words, or a verb of saying."""
    marks = [i for i, ch in enumerate(unit) if ch in _QUOTE_MARKS]
    if len(marks) % 2 or any(len(unit[a + 1:b].split()) > 2 for a, b in zip(marks[::2], marks[1::2])):
        return True
    return _SAYING.search(unit) is not None


# ('Rapat ini merupakan kelanjutan dari musrenbang yang digelar pada Senin (17/3/2025)', 'Dalam rapat tersebut, Banmus
# menyepakati ...': this meeting, told beside another or deciding another's day)
_THIS_MEETING = re.compile(rf"\b(?:{MEETING_NOUNS}|kegiatan|acara|pertemuan)\s+ini\b|^\W*(?:(?:dalam|pada|di)\s+)?"
                           rf"(?:{MEETING_NOUNS}|kegiatan|acara|pertemuan)(?:\s+[\w-]+){{0,2}}?\s+(?:tersebut|itu)\b", re.I)
# The words a sentence may open on before the day it is about: one or two short pieces set off by commas
# ('Sebelumnya, pada Jumat (31/5/2024), ...', 'Pada rakor pekan lalu, Senin (2/6/2025), ...').
_OPENING = re.compile(r"^\W*(?:(?:[^\s,]+\s+){0,4}?[^\s,]+\s*,\s*){0,2}(?:(?:pada|tepatnya|tanggal)\s+)?$", re.I)
# ('Pada hari kedua, Selasa (4/6), ...': another day of the same meeting)
_SAME_MEETING_DAY = re.compile(r"\bhari\s+(?:pertama|kedua|ketiga|terakhir|ke-?\s?\d)\b", re.I)
# What may close a sentence after the day of its act ('..., Jumat (31/5/2024) lalu.', '... pukul 13.00 WIB.').
_AFTER_ITS_DAY = re.compile(r"\s*(?:lalu|kemarin|pagi|siang|sore|malam)?\s*(?:,?\s*(?:sekitar\s+)?(?:pukul|jam)\s+\d{1,2}"
                            r"(?:[.:]\d{2})?(?:\s*(?:-|s\.?d\.?|hingga|sampai)\s*(?:\d{1,2}[.:]\d{2}|selesai))?"
                            r"(?:\s*(?:WIB|WITA|WIT))?)?\s*[.!?]?\W*$", re.I)
_WEEKDAY = re.compile(rf"(?:pada\s+)?(?:hari\s+)?(?:{WEEKDAYS})\b", re.I)
_WHICH = re.compile(r"\byang\b", re.I)
# A fronted source of the day ('Berdasarkan Agenda Harian Gubernur Lampung, Senin 16 Februari 2026, ...').
_SOURCE = re.compile(r"^\W*(?:berdasarkan|menurut|merujuk|mengacu)\b[^,]*,", re.I)


def another_day(unit: str, when: date | None, published: date | None = None, opening_only: bool = False) -> bool:
    """The unit tells an occasion on another day than the meeting's, which it opens on or (unless opening_only) closes
    with."""
    apart = _DAYS_APART.match(unit) is not None
    # (the cheap tests first: most sentences of a body open on no other day and tell no day at all)
    if when is None or not (apart or _tells_a_day(unit)):
        return False
    if _SAME_MEETING_DAY.search(unit) or _spoken(unit) or _THIS_MEETING.search(unit):
        return False
    if apart:
        return True
    hits = find_dates(unit, published)
    dated = [h for h in hits if h.value and h.strength >= 1]
    if not dated or any(h.value == when for h in hits):
        return False
    return _opens_on(unit, hits[0], dated) or (not opening_only and _closes_with(unit, hits[-1], dated))


def _opens_on(unit: str, first: DateHit, dated: list[DateHit]) -> bool:
    """The unit opens on its first date, after at most two short pieces or a fronted source of the day."""
    source = _SOURCE.match(unit)
    start = source.end() if source and source.end() <= first.start else 0
    return (first in dated and _OPENING.match(unit[start:first.start]) is not None
            and not _VERB.search(unit, start, first.start) and not _NOT_ITS_DAY.search(unit, 0, first.end))


def _closes_with(unit: str, last: DateHit, dated: list[DateHit]) -> bool:
    """The unit closes with its last date, a weekday set off as an act's day is ('..., Jumat (31/5/2024).')."""
    # (a bare date closing a sentence is as often that of what the act was about: 'persiapan Hari Jadi Kota Metro pada 9
    # Juni 2025'; nor is the day closing a relative clause: 'dokumen yang baru diterima anggota dewan pada Jumat sore')
    clause = unit[unit.rfind(",", 0, last.start) + 1:last.start]
    return (last in dated and _WEEKDAY.match(last.text) is not None and _AFTER_ITS_DAY.match(unit, last.end) is not None
            and not _WHICH.search(clause) and not _NOT_ITS_DAY.search(unit, 0, last.end))
