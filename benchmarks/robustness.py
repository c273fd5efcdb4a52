"""How much each label-preserving rewrite of the articles moves the extractor's scores (metamorphic evaluation).

usage: python -m benchmarks.robustness [GOLD.jsonl] [--only NAME ...] [--misses NAME] [--seed N] [--mixed]

Each rewrite changes only what a real site or reporter varies and keeps every fact, so the gold labels stay right:
the layout (line breaks, typography, page furniture, datelines, headline case), the notation (dates in any form, a
weekday alone, spelling variants), the wording (long or short forms, verbs of holding and of saying, words for a
meeting or for online meetings, the office apposed after the name, a pronoun for a subject named just before) and the
people (names_swapped: every labelled person renamed with a made-up name the gazetteer does not hold, which asks
whether a name is read or recalled), and the other occasions a report tells beside its meeting (an earlier one of the
series and the next one planned, the meeting it follows up elsewhere, the next stop of the day, a quotation or a photo's
caption of another moment above the lead), other stories' headlines listed above, inside or below the story (a
'Terpopuler' or 'Baca Juga' list, as news pages print them), and the venue or the day fronted ('Bertempat di Gedung Pusiban, ...',
'Pada Rabu (16/7/2025), ...'). A field that drops under a rewrite names a mechanism that reads the surface instead of
the language. With --mixed only every other report of an event is rewritten: one outlet writes it one way, the next
another, and the event pairs show whether clustering still joins them.
Run it on the development split; the validation split is scored only at milestones.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from datetime import date, timedelta
from difflib import SequenceMatcher
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipelines.evaluate import FIELDS, _predict, _record, read_jsonl, score  # noqa: E402

_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"]
_MONTH_NUMBER = {m.lower(): i for i, m in enumerate(_MONTHS, 1)}
_DAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad"
_BRACKETED = re.compile(rf"\b({_DAYS}),?\s*\((\d{{1,2}})/(\d{{1,2}})(?:/(\d{{2,4}}))?\)")
_SPELLED = re.compile(rf"\b({_DAYS}),?\s+(?:tanggal\s+)?(\d{{1,2}})\s+({'|'.join(_MONTHS)})(?:\s+(\d{{4}}))?\b", re.I)


def _to_spelled(m: re.Match) -> str:
    day, d, mo, y = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
    if not 1 <= mo <= 12:
        return m.group(0)
    return f"{day}, {d} {_MONTHS[mo - 1]}" + (f" {'20' + y if len(y) == 2 else y}" if y else "")


def _to_bracketed(m: re.Match) -> str:
    day, d, mo, y = m.group(1), m.group(2), _MONTH_NUMBER[m.group(3).lower()], m.group(4)
    return f"{day} ({d}/{mo}" + (f"/{y})" if y else ")")


def _weekday_only(row: dict) -> dict:
    """'Senin (16/4/2024)' written 'Senin' in prose: the day named by its weekday alone, in the week the report came out (only
    in a meeting report whose every dated weekday lies in the six days up to its publication, so the label still
    follows from the text)."""
    gold, published = row.get("gold") or {}, (row.get("published") or "")[:10]
    if not gold.get("is_meeting") or not gold.get("meeting_date") or len(published) < 10:
        return row
    out = date.fromisoformat(published)
    text = row["text"] or ""
    found = [m for line in text.split("\n") if _is_prose(line) for p in (_BRACKETED, _SPELLED) for m in p.finditer(line)]
    days = [_weekday_date(m, out) for m in found]
    if not found or any(d is None or not 0 <= (out - d).days <= 6 or _DAY_NAMES[d.weekday()] != m.group(1)[:3].lower()
                        for d, m in zip(days, found)):
        return row  # (a wrong weekday, 'Rabu (10/7)' for a Thursday, is the source's error: kept as written)
    def weekday(m: re.Match) -> str:
        return m.group(1) or m.group(5)
    # (prose only: a page's stamp keeps its full date)
    lines = [_WEEKDAY_DATES.sub(weekday, line) if _is_prose(line) else line for line in text.split("\n")]
    return dict(row, text="\n".join(lines))


_DAY_NAMES = ["sen", "sel", "rab", "kam", "jum", "sab", "min"]
_WEEKDAY_DATES = re.compile(rf"{_BRACKETED.pattern}|{_SPELLED.pattern}", re.I)


def _weekday_date(m: re.Match, published: date) -> date | None:
    """The date a matched weekday date writes, its year from the text or the publication."""
    d, mo, y = int(m.group(2)), m.group(3), m.group(4)
    month = int(mo) if mo.isdigit() else _MONTH_NUMBER[mo.lower()]
    year = int(y) + (2000 if len(y) == 2 else 0) if y else published.year
    try:
        return date(year, month, d)
    except ValueError:
        return None


# Other ways reporters write 'Senin (14/4/2025)', one per article: without brackets, dashed and zero-padded, spelled
# after 'tanggal', dashed after a comma.
_NOTATIONS: list[Callable[[str, int, int, str], str]] = [
    lambda day, d, mo, y: f"{day}, {d}/{mo}/{y}",
    lambda day, d, mo, y: f"{day} ({d:02d}-{mo:02d}-{y})",
    lambda day, d, mo, y: f"{day} tanggal {d} {_MONTHS[mo - 1]} {y}",
    lambda day, d, mo, y: f"{day}, {d}-{mo}-{y}",
]


def _date_notations(row: dict) -> dict:
    """'Senin (14/4/2025)' written in another reporter's notation (one notation per article, bracketed dates with a
    year only)."""
    write = _NOTATIONS[sum(map(ord, str(row.get("id")))) % len(_NOTATIONS)]

    def one(m: re.Match) -> str:
        day, d, mo, y = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
        if not y or not 1 <= mo <= 12:
            return m.group(0)
        return write(day, d, mo, y if len(y) == 4 else "20" + y)
    return dict(row, text=_BRACKETED.sub(one, row["text"] or ""))


_DATELINE_AT = re.compile(r"^(?P<place>[A-Z][A-Z ]{2,30}?)\s*(?:[-–—]+|:)\s+(?=[A-Z])")  # (a place, not an outlet's domain)
# Datelines as the province's outlets print them, one style per article (the place is kept).
_DATELINE_STYLES: list[Callable[[str], str]] = [
    lambda place: f"{place.title()} (ANTARA) - ",
    lambda place: f"{place}, LAMPUNGPRO.CO - ",
    lambda place: f"{place.title()}, Kupastuntas.co - ",
    lambda place: f"{place}--",
]


def _datelines(row: dict) -> dict:
    """The lead's dateline ('BANDAR LAMPUNG – ') in another outlet's style ('Bandar Lampung (ANTARA) - ')."""
    style = _DATELINE_STYLES[sum(map(ord, str(row.get("id")))) % len(_DATELINE_STYLES)]
    lines = (row["text"] or "").split("\n")
    for k, line in enumerate(lines):
        m = _DATELINE_AT.match(line)
        if m and _is_prose(line):
            lines[k] = style(m.group("place").strip()) + line[m.end():]
            break
    return dict(row, text="\n".join(lines))


_PLACE_THEN_DAY = re.compile(rf"(\b[Dd]i\s+[A-Z][^,.;()]{{3,80}}?),\s*((?:{_DAYS})\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))")


def _day_before_place(row: dict) -> dict:
    """'di Gedung Pusiban, Senin (14/4/2025)' written 'pada Senin (14/4/2025) di Gedung Pusiban' (prose, first one)."""
    lines = (row["text"] or "").split("\n")
    for k, line in enumerate(lines):
        if _is_prose(line) and _PLACE_THEN_DAY.search(line):
            lines[k] = _PLACE_THEN_DAY.sub(lambda m: f"pada {m.group(2)} {m.group(1).strip()}", line, count=1)
            break
    return dict(row, text="\n".join(lines))


def _text(fn: Callable[[str], str]) -> Callable[[dict], dict]:
    return lambda row: dict(row, text=fn(row["text"] or ""))


def _is_prose(line: str) -> bool:
    return len(line) >= 100 and line.rstrip()[-1:] in ".)”\""


def _joined(text: str) -> str:
    """Sites that drop <p> breaks: consecutive prose paragraphs run together (headlines, bylines stay apart)."""
    out: list[str] = []
    for line in (ln.strip() for ln in text.splitlines()):
        if out and _is_prose(line) and _is_prose(out[-1]):
            out[-1] += " " + line
        elif line:
            out.append(line)
    return "\n".join(out)


def _split_sentences(text: str) -> str:
    """Sites that put every sentence in its own <p>."""
    return re.sub(r"(?<=[a-z]{3}[a-z)”])\. (?=[A-Z“])", ".\n", text)


_DATELINE = re.compile(r"\s*[A-Z][\w .]{2,30}?\s*(\(|,|[-–—:])")


def _outlet_tag(text: str) -> str:
    """A news outlet's tag glued before the lead, as local news prints it (no place, so the city stays)."""
    lines = text.split("\n")
    lead = next((i for i, line in enumerate(lines) if _is_prose(line)), 0)
    if not _DATELINE.match(lines[lead]):
        lines[lead] = "Lampost.co -- " + lines[lead].lstrip()
    return "\n".join(lines)


def _typography(text: str) -> str:
    """Curly quotes, en dashes, no-break and doubled spaces, a zero-width space: what CMS editors leave."""
    text = re.sub(r'"([^"\n]*)"', r"“\1”", text)
    text = text.replace(" - ", " – ").replace(", ", ",\u00a0", 3)
    return text.replace(". ", ".  ", 5).replace("\n", "\u200b\n", 1)


def _furniture(text: str) -> str:
    """Reading-list links and a sign-off in the body, as OPD sites and local news print them."""
    lines = text.split("\n")
    prose = [k for k, line in enumerate(lines) if _is_prose(line)]
    if prose:  # (and one set in brackets inside the lead)
        lines[prose[0]] += " (Baca juga: Wagub Hadiri Rapat Paripurna Istimewa HUT Kabupaten Tanggamus)"
    at = min(2, len(lines))
    lines[at:at] = ["Baca Juga: Pemprov Gelar Rakor Pengendalian Inflasi Bersama Kabupaten/Kota",
                    "Baca juga:  Wagub Buka Musrenbang RKPD Kabupaten Pesawaran",
                    "Baca: Komisi IV Gelar RDP dengan Dinas PUPR di Ruang Rapat Komisi",
                    "Simak juga: Bupati Tanggamus Pimpin Rapat Paripurna Istimewa"]
    return "\n".join(lines + ["(Adpim/Red)", "Editor: Redaksi", "Bagikan: Facebook Twitter WhatsApp"])


# Other stories a page lists around the article, each about another meeting on another day.
_OTHER_HEADLINES = [
    "DPRD Lampung Gelar Paripurna Pengesahan Raperda APBD Perubahan",
    "Wagub Terima Audiensi Kwarda Pramuka di Mahan Agung",
    "Bupati Lampung Selatan Buka Musrenbang Kecamatan Kalianda",
    "Komisi II Gelar RDP dengan Petani Singkong dan Pengusaha Tapioka, Harga Acuan Jadi Sorotan",
    "Sekda Pimpin Rakor Persiapan Hari Jadi Provinsi di Ruang Rapat Utama",
    "Pemkot Metro Ikuti Rapat Pengendalian Inflasi Bersama Mendagri Secara Virtual",
    "Gubernur Sambut Kunjungan Kerja Komisi V DPR RI, Bahas Jalan Nasional",
    "Pansus LKPJ Sampaikan Delapan Rekomendasi pada Rapat Paripurna!",
]
_LIST_HEADERS = [None, "Baca Juga:", "Berita Terkait", "Terpopuler", "BACA JUGA :", "Berita Lainnya", "Lihat Juga:",
                 "Berita Terkini"]
_LIST_MARKS = ["", "{n}. ", "- ", "• "]
_LIST_STAMPS = ["Senin, 3 Maret 2025", "18-Apr-2025", "2 jam lalu", "12/08/2024 14:20"]


def _related_list(row: dict) -> list[str]:
    """Another story list in one site's style (header, marks, dates, length), fixed by the row's id and the seed."""
    pick = sum(map(ord, str(row.get("id")))) + _SEED[0]
    header, mark = _LIST_HEADERS[pick % len(_LIST_HEADERS)], _LIST_MARKS[pick // 8 % len(_LIST_MARKS)]
    if header is None and not mark:
        mark = "• "  # (unheaded and unmarked, a list is told from a headline above the story only by its dates)
    dated = pick // 32 % 2 == 0
    lines = [header] if header else []
    for n in range(3 + pick % 2):
        lines.append(mark.format(n=n + 1) + _OTHER_HEADLINES[(pick + 3 * n) % len(_OTHER_HEADLINES)])
        lines += [_LIST_STAMPS[(pick + n) % len(_LIST_STAMPS)]] if dated else []
    return lines


# The leads of other stories cut off after a line, as a list of them prints each under its headline.
_TEASERS = [
    "BANDAR LAMPUNG - DPRD Provinsi Lampung menggelar rapat paripurna pengesahan Raperda APBD Perubahan di ruang "
    "sidang utama, Senin (3/3/2025), dihadiri Wakil Gubernur dan...",
    "Wakil Gubernur Lampung menerima audiensi pengurus Kwarda Pramuka di Mahan Agung, Selasa (18/2/2025). Dalam "
    "pertemuan itu, pengurus menyampaikan rencana…",
    "KALIANDA - Bupati Lampung Selatan membuka Musrenbang tingkat kecamatan di Aula Kantor Camat Kalianda, Rabu "
    "(5/2/2025), yang diikuti kepala desa se-kecamatan dan...",
]


def _teasers_above(row: dict) -> dict:
    """Other stories listed above the story, each headline with its lead cut off ('...'), as portals' sidebars print
    them (a header or none, fixed by the row's id)."""
    lines = (row["text"] or "").split("\n")
    prose = _paragraphs(lines)
    if not prose:
        return row
    header = ["Berita Terkini"] if sum(map(ord, str(row.get("id")))) % 2 else []
    listed = header + [x for n in range(3) for x in (_OTHER_HEADLINES[n], _TEASERS[n])]
    return dict(row, text="\n".join(lines[:prose[0]] + listed + lines[prose[0]:]))


def _comments_below(text: str) -> str:
    """Readers' comments under the story with no header over them, each with its byline, date and reply button."""
    return text + ("\n\nBudi Santoso — 12 Mei 2025 pukul 10.00\nRapat paripurna terus, kapan kerjanya? Gubernur harus "
                   "turun melihat jalan rusak di Natar.\nBalas\nWarga Kedaton — 12 Mei 2025 pukul 11.20\nSetuju, audiensi "
                   "dengan warga juga perlu sering digelar di balai desa.\nBalas")


def _related(where: str) -> Callable[[dict], dict]:
    """Other stories listed above the story, inside it (after its second paragraph) or below it."""
    def rewrite(row: dict) -> dict:
        lines = (row["text"] or "").split("\n")
        prose = _paragraphs(lines)
        if not prose:
            return row
        at = {"above": prose[0], "inside": prose[min(1, len(prose) - 1)] + 1, "below": len(lines)}[where]
        return dict(row, text="\n".join(lines[:at] + _related_list(row) + lines[at:]))
    return rewrite


def _html_entities(text: str) -> str:
    """A CMS that escapes twice: entities left in the text ('Ruang&nbsp;Rapat', '&ldquo;', '&amp;')."""
    text = text.replace("&", "&amp;").replace("“", "&ldquo;").replace("”", "&rdquo;").replace('"', "&quot;")
    return re.sub(r"(?<=\w) (?=\w)", lambda m: "&nbsp;", text, count=40)


def _mojibake(text: str) -> str:
    """A site with a wrong charset: UTF-8 bytes read as Windows-1252 ('Jumâ€™at', 'â€œKita'), the bytes that codepage
    leaves undefined read as control characters, as browsers do."""
    return "".join(chr(b) if b in (0x81, 0x8d, 0x8f, 0x90, 0x9d) else bytes([b]).decode("cp1252")
                   for b in text.encode("utf-8"))


def _honorifics(row: dict) -> dict:
    """Titles and degrees on the first mention of every gold official (the labels never carry them)."""
    lines = (row["text"] or "").split("\n")
    for person in row["gold"].get("officials") or []:
        name = person.get("name") or ""
        at = next((i for i, line in enumerate(lines) if _is_prose(line) and name in line), None)
        if len(name.split()) >= 2 and at is not None:
            lines[at] = lines[at].replace(name, f"H. {name}, S.H., M.H.", 1)
    return dict(row, text="\n".join(lines))


def _title_sentence_case(row: dict) -> dict:
    """Headlines in sentence case, as the wire writes them ('Pemprov Lampung gelar rakor inflasi'): a word stays
    capitalised only where the body capitalises it inside a sentence (a name, a place, a body)."""
    title, text = row.get("title") or "", row["text"] or ""
    prose = "\n".join(line for line in text.split("\n") if _is_prose(line))  # (not the page's other headlines)
    proper = set(re.findall(r"(?<=[a-z,] )([A-Z][\w'’-]*)", prose))
    words = title.split()
    cased = [w if k == 0 or w.strip(",.:;!?\"'“”()") in proper or w.isupper() else w.lower() for k, w in enumerate(words)]
    return dict(row, title=" ".join(cased))


def _title_upper(row: dict) -> dict:
    """Portals that print headlines in capitals."""
    return dict(row, title=(row.get("title") or "").upper())


# Long and short forms a reporter uses for one thing: the extractor must read either (a rewrite that touches a word of a
# gold venue or participant would change the label, so such a word is left alone in that article).
_FORMS = [("Rapat Koordinasi", "Rakor"), ("Rapat Kerja", "Raker"), ("Rapat Dengar Pendapat", "RDP"),
          ("Rapat Pimpinan", "Rapim"), ("Rapat Terbatas", "Ratas"), ("Focus Group Discussion", "FGD"),
          ("Musyawarah Perencanaan Pembangunan", "Musrenbang"), ("Wakil Gubernur", "Wagub"),
          ("Sekretaris Daerah Provinsi", "Sekdaprov"), ("Kepala Dinas", "Kadis"), ("Pemerintah Provinsi", "Pemprov"),
          ("Pemerintah Kabupaten", "Pemkab"), ("Organisasi Perangkat Daerah", "OPD")]
# Words for how a meeting was held, each swapped for another of the same meaning.
_MODE_WORDS = [("secara virtual", "secara daring"), ("secara daring", "secara online"),
               ("secara online", "secara virtual"), ("secara hybrid", "secara hibrid"),
               ("secara hibrid", "secara hybrid")]


# Verbs of holding a meeting, each swapped for the next of the same meaning.
_HOLDING_VERBS = [("menggelar", "mengadakan"), ("mengadakan", "menyelenggarakan"), ("menyelenggarakan", "melaksanakan"),
                  ("melaksanakan", "menggelar"), ("digelar", "diadakan"), ("diadakan", "diselenggarakan"),
                  ("diselenggarakan", "dilaksanakan"), ("dilaksanakan", "digelar"), ("gelar", "adakan")]
# Verbs of saying, each swapped for another a reporter uses as often.
_SPEECH_VERBS = [("kata", "ujar"), ("ujar", "tutur"), ("tutur", "ungkap"), ("ungkap", "kata"), ("ujarnya", "katanya"),
                 ("katanya", "tuturnya"), ("mengatakan", "menyampaikan"), ("menyampaikan", "menuturkan"),
                 ("menjelaskan", "memaparkan"), ("menegaskan", "menekankan")]
# Words for the same kind of meeting ('rapat paripurna' is 'sidang paripurna', an audience a courtesy call).
_MEETING_WORDS = [("rapat paripurna", "sidang paripurna"), ("sidang paripurna", "rapat paripurna"),
                  ("beraudiensi", "melakukan kunjungan kehormatan"), ("audiensi", "kunjungan kehormatan"),
                  ("Focus Group Discussion", "diskusi kelompok terpumpun")]


# Spellings Lampung prose writes as often as the standard ones ('Propinsi', 'Musrembang', 'Nopember', 'Sekertaris').
_SPELLINGS = [("Provinsi", "Propinsi"), ("Musrenbang", "Musrembang"), ("November", "Nopember"), ("Februari", "Pebruari"),
              ("Sekretaris", "Sekertaris"), ("Bandar Lampung", "Bandarlampung"), ("Wali Kota", "Walikota"),
              ("Jumat", "Jum'at"), ("koordinasi", "kordinasi"), ("Kota Metro", "Metro")]


def _cased(model: str, form: str, word: str) -> str:
    """word written in the case of model, a form as written (all capitals, capitalised or lower case)."""
    if model == form:
        return word  # the form as the table writes it ('OPD', 'Rakor'): its pair as the table writes it
    if model.isupper() and len(model) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word.lower()


def _labelled_words(row: dict) -> str:
    """The gold venue and participants in lower case: words a rewrite must not touch."""
    gold = row.get("gold") or {}
    return " ".join([gold.get("venue") or ""] + list(gold.get("participants") or [])).lower()


def _swap(pairs: list[tuple[str, str]]) -> Callable[[dict], dict]:
    """Replace each form by its pair in title and text (a bracketed short form after a long one goes with it)."""

    def rewrite(row: dict) -> dict:
        kept = _labelled_words(row)
        usable = {a.lower(): (a, b) for a, b in pairs if a.lower() not in kept and b.lower() not in kept}
        if not usable:
            return row
        forms = "|".join(sorted(map(re.escape, usable), key=len, reverse=True))
        # (a short form inside brackets stays: 'Rapat dengar pendapat (RDP)' is already both)
        pattern = re.compile(rf"\b({forms})\b(?!\))(?:\s*\(([A-Za-z]+)\))?", re.I)

        def one(m: re.Match, headline: bool = False) -> str:
            form, pair = usable[m.group(1).lower()]
            tail = m.group(0)[len(m.group(1)):] if m.group(2) and m.group(2).lower() != pair.lower() else ""
            new = _cased(m.group(1), form, pair)
            # (a headline in title case writes every word of the pair capitalised: 'Kunjungan Kehormatan')
            return (" ".join(w[:1].upper() + w[1:] for w in new.split()) if headline else new) + tail
        title = row.get("title") or ""
        headline = sum(w[:1].isupper() for w in title.split()) * 3 >= 2 * max(1, len(title.split()))
        return dict(row, title=pattern.sub(lambda m: one(m, headline and m.group(1)[:1].isupper()), title),
                    text=pattern.sub(one, row["text"] or ""))
    return rewrite


# Made-up names of every shape a Lampung article prints (one word, initials, apostrophes, Balinese and noble
# prefixes), none of them a gazetteer name, each person a name of its own (a real name is rare: a shared pool would
# weaken what tells two reports of one event apart): a name swapped for one of these tests reading over knowing.
_ONE_WORD = [a + b for b in ("yanto", "wati", "darmo", "jono", "ningsih", "min", "yati", "tono", "rejo", "harjo")
             for a in ("Su", "Har", "Wi", "Pur", "Sri", "Mar", "Jum", "Kus", "Tu", "Dar")]
_GIVEN = ["Hendra", "Yusnita", "Dedi", "Rini", "Fajar", "Ma'ruf", "Erwin", "Novi", "Irwan", "Yudi", "Syafi'i",
          "Taufik", "M.", "A.", "Dian", "Rizky", "Kgs.", "Wayan", "Siti", "Bambang"]
_MIDDLE = ["Ridwan", "Surya", "Nur", "Aditya", "Puspita", "Rifai", "Iqbal", "Ayu"]
_FAMILY = ["Saputra", "Rahmawati", "Kurniasih", "Marlina", "Nugraha", "Hidayat", "Syahputra", "Andriani", "Setiadi",
           "Prasetyo", "Anwar", "Hidayatullah", "Efendi", "Wijaya", "Pratama", "Saleh", "Sudarsana", "Wahyuni",
           "Rahman", "Wibisana", "Gunadi", "Suhendra", "Maulana", "Permadi", "Hasibuan", "Lubis", "Siregar", "Tanjung",
           "Pane", "Nasution", "Harahap", "Daulay", "Pohan", "Sembiring", "Ginting", "Tarigan", "Simatupang", "Panjaitan",
           "Manurung", "Sitompul"]


def _made_up(words: int) -> list[str]:
    """Every made-up name of that many words, in a fixed order."""
    if words == 1:
        return _ONE_WORD
    if words == 2:
        return [f"{g} {f}" for f in _FAMILY for g in _GIVEN]
    if words == 3:
        return [f"{g} {m} {f}" for f in _FAMILY for m in _MIDDLE for g in _GIVEN]
    return [f"Raden {g} {m} {f}" for f in _FAMILY for m in _MIDDLE for g in _GIVEN if not g.endswith(".")]


# First names shared by many people: swapped only inside a whole name, never alone.
_COMMON_TOKENS = {"muhammad", "mohammad", "moh", "m", "ahmad", "abdul", "siti", "nur", "andi", "i", "made", "putu",
                  "ni", "hi", "h", "raden", "a", "kgs"}


def _distinct_word(name: str) -> str:
    """The first word of a name that is its own (not an initial, a clan title or a shared first name)."""
    return next((w for w in name.split() if w.lower().strip(".") not in _COMMON_TOKENS), name.split()[-1])


def _gold_names(gold: dict) -> list[str]:
    """Every labelled person: the officials and the chair, longest first."""
    names = [p.get("name") or "" for p in gold.get("officials") or []]
    names.append((gold.get("chair") or {}).get("name") or "")
    return sorted({n for n in names if n.strip()}, key=len, reverse=True)


_SEED = [0]  # --seed: another draw of names, so more shapes meet more sentences
_ASSIGNED: dict[str, str] = {}  # one person keeps one new name in every article, so reports of one event still agree


def _replacements(names: list[str], text: str) -> dict[str, str]:
    """Each name to a made-up one of as many words no one else has, sharing no word with the text or another name."""
    out: dict[str, str] = {}
    words = set(re.findall(r"[\w'’]+", text.lower()))
    for name in names:
        key = " ".join(w for w in re.split(r"[\s.]+", name.lower()) if w and w not in _COMMON_TOKENS) or name
        if key not in _ASSIGNED:
            pool = _made_up(min(len(key.split()), 4))
            start = (sum(map(ord, key)) + _SEED[0]) % len(pool)
            used = set(_ASSIGNED.values())
            here = words | {w.lower().strip(".") for n in out.values() for w in n.split()}
            fresh = [c for c in pool[start:] + pool[:start] if c not in used
                     and not {w.lower().strip(".") for w in c.split()} - _COMMON_TOKENS & here]
            _ASSIGNED[key] = (fresh or pool)[0]
        out[name] = _keep_common(name, _ASSIGNED[key])
    return out


def _keep_common(name: str, made_up: str) -> str:
    """The name with its shared first names kept ('Muhammad', 'M.', 'I Made') and its own words made up."""
    new = iter(made_up.split())
    words = [w if w.lower().strip(".") in _COMMON_TOKENS else next(new, "") for w in name.split()]
    return " ".join([w for w in words if w] + list(new))


def _token_map(mapping: dict[str, str], kept: str) -> dict[str, str]:
    """Distinctive words of each name (a surname written alone) to the aligned word of its replacement."""
    tokens: dict[str, str] = {}
    for name, new in mapping.items():
        old_words, new_words = name.split(), new.split()
        pairs = list(zip(old_words, new_words)) + [(old_words[-1], new_words[-1])]
        for old, repl in pairs:
            if repl.lower().strip(".") in _COMMON_TOKENS:
                repl = _distinct_word(new)  # a first name written alone is never renamed an initial ('Kgs.')
            if len(old) >= 3 and old.lower().strip(".") not in _COMMON_TOKENS and old.lower() not in kept:
                tokens.setdefault(old, repl)
    return tokens


def _known_forms(mapping: dict[str, str]) -> dict[str, str]:
    """The gazetteer's other spellings and nicknames of a renamed person ('Mirza'), each to the new name or its word."""
    from pipelines.extract.gazetteer import officials
    forms: dict[str, str] = {}
    for person in officials():
        spellings = {person.name, *person.variants}
        new = next((mapping[n] for n in mapping if n in spellings), None)
        if new is None:
            continue
        distinct = _distinct_word(new)
        for form in spellings - set(mapping):  # a longer name's tail stays its tail ('M.Ridho Ficardo')
            forms[form] = " ".join(new.split()[-len(form.split()):]) if len(form.split()) > 1 else distinct
    return forms


def _misspelt(tokens: dict[str, str], text: str) -> dict[str, str]:
    """Words of the text a letter or two off a renamed word (the source's own misspelling) to the same new word."""
    out = {}
    for word in set(re.findall(r"\b[A-Z][a-z]{4,}\b", text)) - set(tokens):
        near = [new for old, new in tokens.items() if len(old) >= 5 and SequenceMatcher(None, old, word).ratio() >= 0.85]
        if near:
            out[word] = near[0]
    return out


def _names(row: dict) -> dict:
    """Every labelled person renamed, in text, title and labels, with a made-up name the gazetteer does not hold."""
    gold = row.get("gold") or {}
    mapping = _replacements(_gold_names(gold), f"{row.get('title')} {row.get('text')}")
    if not mapping:
        return row
    kept = _labelled_words(row) + " " + " ".join((p.get("role") or "") for p in gold.get("officials") or []).lower()
    whole = {**_known_forms(mapping), **mapping}
    # one pass over whole names, in capitals and lower case (a page's tags), and lone surnames, so no replacement is
    # itself replaced
    tokens = _token_map(mapping, kept)
    cased = {f(n): f(new) for n, new in whole.items() if len(n) > 3 for f in (str.upper, str.lower)}
    forms = {**_misspelt(tokens, row.get("text") or ""), **tokens, **cased, **whole}
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?![\w'’])")

    def one(text: str | None) -> str:
        return pattern.sub(lambda m: forms[m.group(0)], text or "")

    def person(p):
        return dict(p, name=mapping.get(p.get("name"), p.get("name"))) if isinstance(p, dict) else p
    new_gold = dict(gold, officials=[person(p) for p in gold.get("officials") or []],
                    chair=person(gold["chair"]) if gold.get("chair") else gold.get("chair"))
    return dict(row, title=one(row.get("title")), text=one(row.get("text")), gold=new_gold)


def _roles_and_names(row: dict) -> list[tuple[str, str]]:
    """(role, name) of every labelled official given both."""
    pairs = [((p.get("role") or "").strip(), (p.get("name") or "").strip())
             for p in (row.get("gold") or {}).get("officials") or []]
    return [(role, name) for role, name in pairs if role and name]


def _role_after_name(row: dict) -> dict:
    """'Kepala Dinas Kesehatan Reihana' written 'Reihana, Kepala Dinas Kesehatan,': the name first, the office apposed."""
    text = row["text"] or ""
    for role, name in _roles_and_names(row):
        # (not before degrees or a photo's '(tengah)', which stay with the name: 'Ganjar Jationo, S.E., M.AP')
        pattern = re.compile(rf"(?<![\w-]){re.escape(role)}\s*,?\s+{re.escape(name)}(?![\w'’])"
                             rf"(?!\s*,\s*[A-Z][A-Za-z]{{0,3}}\.|\s*\()(\s*[,.;]?)")
        text = pattern.sub(lambda m: f"{name}, {role}" + (m.group(1).strip() or ", "), text)
    return dict(row, text=text)


# The words of an office a writer may put in lower case before a name ('kepala Dinas Kesehatan Reihana'); the body's
# own name stays capitalised.
_TITLE_WORDS = {"kepala", "wakil", "ketua", "anggota", "sekretaris", "asisten", "staf", "ahli", "gubernur", "bupati",
                "wali", "walikota", "menteri", "direktur", "camat", "lurah", "koordinator", "inspektur", "plt.", "plh.",
                "pj.", "penjabat", "pelaksana", "tugas", "harian", "kabid", "kadis", "kasi", "kabag"}


def _roles_lowercase(row: dict) -> dict:
    """'Kepala Dinas Kesehatan Reihana' written 'kepala Dinas Kesehatan Reihana': office words in lower case (inside a
    sentence: careless prose still opens one with a capital)."""
    text = row["text"] or ""
    for role, name in _roles_and_names(row):
        low = " ".join(w.lower() if w.lower() in _TITLE_WORDS else w for w in role.split())
        text = re.sub(rf"(?<![\w-])(?<![.!?]\s)(?<!^){re.escape(role)}(?=\s*,?\s+{re.escape(name)}(?![\w'’]))", low, text,
                      flags=re.M)
    return dict(row, text=text)


def _pronoun_subject(row: dict) -> dict:
    """A labelled person opening a sentence right after one that names them, written 'Ia' ('Arinal Djunaidi mengatakan
    ...' -> 'Ia mengatakan ...')."""
    text = row["text"] or ""
    for person in (row.get("gold") or {}).get("officials") or []:
        name, role = (person.get("name") or "").strip(), (person.get("role") or "").strip()
        if len(name.split()) < 2:
            continue
        head = rf"(?:{re.escape(role)}\s*,?\s+)?" if role else ""
        # (a sentence's end, not an abbreviation's: 'BUPATI Lampung Selatan H. Nanang Ermanto')
        again = re.compile(rf"(?<=[a-z0-9)”\"]{{2}}[.!?]\s){head}{re.escape(name)}(?=\s+(?-i:[a-z]))")

        def one(m: re.Match) -> str:
            before = text[max(0, m.start() - 300):m.start()]
            previous = re.split(r"(?<=[a-z0-9)”\"]{2}[.!?])\s|\n", before.rstrip())[-1:]
            surname = name.split()[-1]
            return "Ia" if previous and surname in previous[0] else m.group(0)
        text = again.sub(one, text)
    return dict(row, text=text)


_WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def _dated(day: date) -> str:
    return f"{_WEEKDAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})"


_CREDITED = re.compile(r"\b(?:Foto|Dok)\s*[:.]|\((?:Foto|Dok|Ist)\b", re.I)


def _paragraphs(lines: list[str]) -> list[int]:
    """The indexes of the prose paragraphs, a photo's caption left out."""
    return [k for k, line in enumerate(lines) if _is_prose(line) and not _CREDITED.search(line)]


def _other_occasions(row: dict) -> dict:
    """A meeting report that also tells an earlier occasion of the series and a planned follow-up, each dated and one
    placed, in a paragraph after the lead's (as reports do): the meeting the report is about keeps its own day and place."""
    gold = row.get("gold") or {}
    told = gold.get("meeting_date") or (row.get("published") or "")[:10]
    if not gold.get("is_meeting") or len(told or "") < 10:
        return row
    day = date.fromisoformat(told[:10])
    aside = (f"Sebelumnya, pada {_dated(day - timedelta(days=7))}, kegiatan serupa digelar di Aula Balai Desa setempat. "
             f"Pertemuan lanjutan dijadwalkan pada {_dated(day + timedelta(days=14))} mendatang.")
    lines = (row["text"] or "").split("\n")
    prose = _paragraphs(lines)
    if len(prose) < 2:
        return row  # (a photo's caption or a brief: no paragraph of background to add to)
    at = prose[1] + 1 if len(prose) > 2 else prose[-1] + 1
    blank = at < len(lines) and not lines[at].strip()  # (paragraphs set apart by blank lines, or not)
    return dict(row, text="\n".join(lines[:at] + (["", aside] if blank else [aside]) + lines[at:]))


def _responds_to(row: dict) -> dict:
    """A meeting report whose lead goes on to the earlier national meeting it follows up, dated and placed in another
    city ('Pertemuan tersebut menindaklanjuti arahan Presiden dalam Sidang Kabinet Paripurna di Istana Negara, Jakarta,
    pada Senin (3/3/2025).'): the meeting reported keeps its own type, day, place and city."""
    gold = row.get("gold") or {}
    told = gold.get("meeting_date") or (row.get("published") or "")[:10]
    lines = (row["text"] or "").split("\n")
    prose = _paragraphs(lines)
    if not gold.get("is_meeting") or len(told or "") < 10 or len(prose) < 2:
        return row
    day = date.fromisoformat(told[:10]) - timedelta(days=7)
    lines[prose[0]] = (lines[prose[0]].rstrip() + " Pertemuan tersebut menindaklanjuti arahan Presiden dalam Sidang Kabinet "
                       f"Paripurna di Istana Negara, Jakarta, pada {_dated(day)}.")
    return dict(row, text="\n".join(lines))


_QUOTE_OPENS = ("“", '"')


def _quote_first(row: dict) -> dict:
    """The first quoted paragraph of a report moved before its lead, as feature-style outlets open ('"Kita harus ...,"
    kata Gubernur. / BANDAR LAMPUNG - Gubernur memimpin ...'): the meeting told in the lead stays the news."""
    lines = (row["text"] or "").split("\n")
    prose = _paragraphs(lines)
    quoted = next((k for k in prose[1:] if lines[k].lstrip().startswith(_QUOTE_OPENS)), None)
    if quoted is None or len(prose) < 3:
        return row
    blank = prose[0] + 1 < len(lines) and not lines[prose[0] + 1].strip()
    moved = [lines[quoted]] + ([""] if blank else [])
    rest = lines[:quoted] + lines[quoted + 1:]
    if blank and quoted > 0 and not lines[quoted - 1].strip():
        rest = lines[:quoted - 1] + lines[quoted + 1:]  # (the blank line before the quote goes with it)
    return dict(row, text="\n".join(rest[:prose[0]] + moved + rest[prose[0]:]))


def _next_stop(row: dict) -> dict:
    """A meeting report that goes on to the next stop of the day, elsewhere ('Usai kegiatan tersebut, rombongan
    melanjutkan agenda dengan meninjau Lapangan Saburai.'), in a paragraph after the lead's: the meeting keeps its place."""
    lines = (row["text"] or "").split("\n")
    prose = _paragraphs(lines)
    if not (row.get("gold") or {}).get("is_meeting") or len(prose) < 2:
        return row
    at = prose[1] + 1 if len(prose) > 2 else prose[-1] + 1
    blank = at < len(lines) and not lines[at].strip()
    stop = "Usai kegiatan tersebut, rombongan melanjutkan agenda dengan meninjau Lapangan Saburai di Enggal."
    return dict(row, text="\n".join(lines[:at] + (["", stop] if blank else [stop]) + lines[at:]))


def _clock_times(row: dict) -> dict:
    """The hour written after each weekday date in prose ('Senin (14/4/2025) pukul 09.00 WIB', 'Senin (14/4) pagi'), as
    releases date their meetings."""
    times = iter(["pukul 09.00 WIB", "pagi", "pukul 14.30 WIB", "siang"] * 50)
    lines = [_BRACKETED.sub(lambda m: f"{m.group(0)} {next(times)}", line) if _is_prose(line) else line
             for line in (row["text"] or "").split("\n")]
    return dict(row, text="\n".join(lines))


def _venue_address(row: dict) -> dict:
    """The street address written after the labelled venue in prose ('di Gedung Pusiban, Jalan Wolter Monginsidi
    Nomor 69, Senin ...'), as invitations and releases give it: the venue and the town stay."""
    venue = ((row.get("gold") or {}).get("venue") or "").strip()
    text = row["text"] or ""
    if len(venue) < 6:
        return row
    at = re.search(rf"(?<![\w-]){re.escape(venue)}(?![\w'’-])(?=\s*[,.])", text)
    if not at:
        return row
    return dict(row, text=text[:at.end()] + ", Jalan Wolter Monginsidi Nomor 69" + text[at.end():])


# A dateline closing with a dash or a colon ('BANDAR LAMPUNG - ', 'MEDIALAMPUNG.CO.ID — ', 'Liwa (Lampost.co): ',
# 'BANDARLAMPUNG —–Gubernur').
_DATELINE_DASH = re.compile(r"^.{2,60}?(?:\s[-–—]+\s*|[-–—]{2,}\s*|[-–—]+\s+|\):\s*)(?=[A-Z“\"])")
# A sentence's end inside a paragraph: a stop after a word of lower-case letters, a digit or a bracket (not 'Drs.H.',
# 'dr. Wahdi').
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{3}[.!?])(?<!\bdrs\.)(?<!\bdra\.)(?<!\bdrg\.)(?<!\bdrh\.)|(?<=[0-9)][.!?]))\s+"
                           r"(?=[A-Z“\"])")


def _fronted(row: dict, phrase: re.Pattern, opening: Callable[[re.Match], str]) -> dict:
    """The first prose match of phrase moved to the front of its sentence as opening(match) + ', ', after the dateline
    when there is one; a common word that opened the sentence goes to lower case. A match after a quotation mark is
    left where it is (a paragraph of speech: its sentences are the speaker's)."""
    lines = (row["text"] or "").split("\n")
    for k, line in enumerate(lines):
        at = phrase.search(line)
        if not (_is_prose(line) and at) or sum(c.isupper() for c in line) > len(line) / 3:
            continue
        if any(q in line[:at.start()] for q in '"“”'):
            continue
        start = max((m.end() for m in _SENTENCE_END.finditer(line, 0, at.start())), default=0)
        sentence = line[start:at.start()] + line[at.end():]
        dateline = _DATELINE_DASH.match(sentence) if start == 0 else None
        head = dateline.group(0) if dateline and dateline.end() <= at.start() else ""
        body = sentence[len(head):]
        first, _, after = body.partition(" ")
        common = first[1:].islower() or (first.isupper() and len(first) > 3)
        if common and (after[:1].islower() or after[:1].isdigit() or re.match(r"(?:Di|Me|Ber)[a-z]{4,}$", first)):
            body = first.lower() + " " + after  # ('Peluang kerja sama', 'Sebanyak 85', 'SEJUMLAH tantangan' go on it)
        lines[k] = f"{line[:start]}{head}{opening(at)}, {body}"
        return dict(row, text="\n".join(lines))
    return row


def _place_first(row: dict) -> dict:
    """The labelled venue fronted in its sentence, as releases open ('Bertempat di Gedung Pusiban, Gubernur ...
    memimpin rakor ..., Senin (14/4/2025).')."""
    venue = ((row.get("gold") or {}).get("venue") or "").strip()
    if len(venue) < 6:
        return row
    at = re.compile(rf"\s+(?:bertempat\s+)?di\s+{re.escape(venue)}(?![\w'’-])")
    return _fronted(row, at, lambda m: f"Bertempat di {venue}")


# (with the words that go with the day: 'Selasa (30/12) pekan lalu', 'Rabu (16/7) pagi')
_CLOSING_DAY = re.compile(rf",\s*((?:{_DAYS}),?\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)"
                          r"(?:\s+(?:(?:pekan|minggu)\s+lalu|lalu|kemarin|pagi|siang|sore|malam)\b)?)")


def _day_first(row: dict) -> dict:
    """The weekday date closing a sentence fronted instead ('Pada Rabu (16/7/2025), target itu dibahas dalam rapat
    ...')."""
    return _fronted(row, _CLOSING_DAY, lambda m: f"Pada {m.group(1)}")


def _caption_first(row: dict) -> dict:
    """A photo's caption of another moment above the lead, dated and placed ('Gubernur Lampung saat meninjau lokasi
    banjir di Kecamatan Panjang, Minggu (13/4/2025). (Foto: Adpim)'), as provincial sites print one: the meeting keeps its
    own day and place."""
    gold = row.get("gold") or {}
    told = gold.get("meeting_date") or (row.get("published") or "")[:10]
    lines = (row["text"] or "").split("\n")
    prose = _paragraphs(lines)
    if len(told or "") < 10 or not prose:
        return row
    day = date.fromisoformat(told[:10]) - timedelta(days=1)
    caption = f"Gubernur Lampung saat meninjau lokasi banjir di Kecamatan Panjang, {_dated(day)}. (Foto: Adpim)"
    return dict(row, text="\n".join(lines[:prose[0]] + [caption, ""] + lines[prose[0]:]))


PERTURBATIONS: dict[str, Callable[[dict], dict]] = {
    "other_occasions": _other_occasions,
    "caption_first": _caption_first,
    "place_first": _place_first,
    "day_first": _day_first,
    "clock_times": _clock_times,
    "venue_address": _venue_address,
    "next_stop": _next_stop,
    "quote_first": _quote_first,
    "responds_to": _responds_to,
    "pronoun_subject": _pronoun_subject,
    "roles_lowercase": _roles_lowercase,
    "role_after_name": _role_after_name,
    "weekday_only": _weekday_only,
    "date_notations": _date_notations,
    "datelines": _datelines,
    "day_before_place": _day_before_place,
    "names_swapped": _names,
    "short_forms": _swap(_FORMS),
    "long_forms": _swap([(b, a) for a, b in _FORMS]),
    "mode_words": _swap(_MODE_WORDS),
    "holding_verbs": _swap(_HOLDING_VERBS),
    "speech_verbs": _swap(_SPEECH_VERBS),
    "spellings": _swap(_SPELLINGS),
    "meeting_words": _swap(_MEETING_WORDS),
    "paragraphs_joined": _text(_joined),
    "sentences_split": _text(_split_sentences),
    "dates_spelled": _text(lambda t: _BRACKETED.sub(_to_spelled, t)),
    "dates_bracketed": _text(lambda t: _SPELLED.sub(_to_bracketed, t)),
    "outlet_tag": _text(_outlet_tag),
    "typography": _text(_typography),
    "html_entities": _text(_html_entities),
    "mojibake": lambda row: dict(row, text=_mojibake(row["text"] or ""), title=_mojibake(row.get("title") or "")),
    "page_furniture": _text(_furniture),
    "related_above": _related("above"),
    "related_inside": _related("inside"),
    "related_below": _related("below"),
    "teasers_above": _teasers_above,
    "comments_below": _text(_comments_below),
    "honorifics": _honorifics,
    "title_upper": _title_upper,
    "title_sentence_case": _title_sentence_case,
}
_REPORTED = ("meeting_f1",) + FIELDS + ("event_pair_f1",)


def _mixed(rows: list[dict]) -> list[bool]:
    """Which rows a mixed run rewrites: every other report of each labelled event (the first kept), as one outlet
    writes an event one way and the next another; unlabelled rows every other one."""
    seen: dict[str, int] = {}
    picks = []
    for i, r in enumerate(rows):
        key = r.get("gold", {}).get("event_key") or f"#{i}"
        seen[key] = seen.get(key, -1) + 1
        picks.append(seen[key] % 2 == 1 if not key.startswith("#") else i % 2 == 1)
    return picks


# Rewrites of the page around the prose, applied after those of the prose, in this order: a site lays out (and a
# scraper flattens) the story a reporter wrote.
_PAGE_LEVEL = ("sentences_split", "paragraphs_joined", "outlet_tag", "page_furniture", "related_above", "related_inside",
               "related_below", "teasers_above", "comments_below", "html_entities", "mojibake")


def composed(rows: list[dict], k: int, seed: int) -> tuple[list[dict], dict[str, list[str]]]:
    """Each row rewritten by k rewrites drawn for it (the page's last), as real pages vary in several ways at once;
    and the rewrites each row drew."""
    out, drawn = [], {}
    for row in rows:
        names = random.Random(f"{seed}:{row['id']}").sample(sorted(PERTURBATIONS), k)
        names.sort(key=lambda n: _PAGE_LEVEL.index(n) if n in _PAGE_LEVEL else -1)
        for name in names:
            row = PERTURBATIONS[name](row)
        out.append(row)
        drawn[row["id"]] = names
    return out, drawn


def run(rows: list[dict], name: str | None, mixed: bool = False,
        compose: tuple[int, int] | None = None) -> tuple[dict, list[dict], int]:
    """Scores and misses of the rows after one rewrite (None: as they are; mixed: only every other report of an
    event; compose=(k, seed): k drawn rewrites on each row), and how many rows it changed."""
    picks = _mixed(rows) if mixed else [True] * len(rows)
    changed_rows = rows if name is None else [PERTURBATIONS[name](r) if pick else r for r, pick in zip(rows, picks)]
    changed_rows = composed(changed_rows, *compose)[0] if compose else changed_rows
    changed = sum(a != b for a, b in zip(rows, changed_rows))
    predictions = _predict([_record(r) for r in changed_rows], None)
    metrics, misses = score(changed_rows, {p["id"]: p for p in predictions})
    return metrics, misses, changed


def main(argv: list[str] | None = None) -> None:
    """Print each rewrite's scores beside the unchanged articles' and the fields that moved."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default="tests/data/gold/develop.jsonl")
    ap.add_argument("--only", nargs="*", choices=sorted(PERTURBATIONS), default=sorted(PERTURBATIONS))
    ap.add_argument("--misses", choices=sorted(PERTURBATIONS) + ["composed"], help="list the misses this rewrite adds")
    ap.add_argument("--compose", type=int, metavar="K",
                    help="instead of one rewrite at a time, K drawn rewrites on every article (one run per --seeds)")
    ap.add_argument("--seeds", type=int, nargs="*", default=[1, 2, 3], help="the draws of --compose")
    ap.add_argument("--seed", type=int, default=0, help="another draw of made-up names for names_swapped")
    ap.add_argument("--mixed", action="store_true",
                    help="rewrite only every other report of each event: do reports written differently still join?")
    args = ap.parse_args(argv)
    _SEED[0] = args.seed
    rows = list(read_jsonl(args.gold))
    base, base_misses, _ = run(rows, None)
    print(f"{'rewrite':<20}{'rows':>5} " + " ".join(f"{k[:7]:>7}" for k in _REPORTED))
    print(f"{'(none)':<20}{'':>5} " + " ".join(f"{base[k]:7.3f}" for k in _REPORTED))
    runs = [(f"composed {args.compose} ({seed})", None, (args.compose, seed)) for seed in args.seeds] if args.compose \
        else [(name, name, None) for name in args.only]
    for label, name, compose in runs:
        metrics, misses, changed = run(rows, name, args.mixed, compose)
        cells = [f"{metrics[k] - base[k]:+7.3f}" if abs(metrics[k] - base[k]) >= 0.0005 else f"{'.':>7}"
                 for k in _REPORTED]
        print(f"{label:<20}{changed:>5} " + " ".join(cells))
        if name == args.misses or (compose and args.misses == "composed"):
            before = {(m["id"], m["field"]) for m in base_misses}
            drawn = composed(rows, *compose)[1] if compose else {}
            for m in misses:
                if (m["id"], m["field"]) not in before:
                    how = f" {drawn[m['id']]}" if compose else ""
                    print(f"  + {m['id']} {m['field']}{how}: gold={m['gold']!r} predicted={m['predicted']!r}")


if __name__ == "__main__":
    main()
