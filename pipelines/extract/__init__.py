"""Meeting extraction from Indonesian government press releases: extract(record) -> fields."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import accumulate

from crawler.parsing.related import without_related
from pipelines.extract.chair import chair
from pipelines.extract.classify import (FOLLOWS_UP_MEETING, Classification, classify, meeting_type, named_again,
                                        opinion_page)
from pipelines.extract.dates import DateHit, article_year, find_dates, parse_published, stamped_day
from pipelines.extract.mode import joined_online, mode
from pipelines.extract.participants import participants
from pipelines.extract.people import (as_written, complete, expand_role, forget_sentences, officials_in, spelled_out,
                                      with_chair, with_subject)
from pipelines.extract.clauses import PRECISELY, another_day, day_last, main_clause, place_last, without_followed_up
from pipelines.extract.gazetteer import region_by_name
from pipelines.extract.places import (codes, dateline_region, default_city, standalone_dateline, stated_city,
                                      subject_region, venue)
from pipelines.extract.text import (ATTRIBUTION, DAYS_BETWEEN, DIGIT, HELD, HOLDS, MEETING_NOUN, MEETING_NOUNS, PRIOR_WORDS,
                                    SPEECH_TAGS, caption_text, clean_lines, normalize, other_occasion, readable_title,
                                    repaired, sentence_re, sentences, this_moment, unquoted)
from pipelines.extract.topics import topics

__all__ = ["extract"]

LEAD = 6  # sentences that describe the headline event
# Bodies taking part are named beyond the lead too (who reported, who answered): the first ten sentences raised the
# participants of the development split and of most held-out and reworded sets (0.645 -> 0.665 on development).
PARTICIPANT_SENTENCES = 10
_MEETING_WORD = re.compile(rf"\b(?:{MEETING_NOUNS}|beraudiensi|{HELD}|{HOLDS}|berlangsung|dipimpin|memimpin|berkumpul|bertemu|"
                           r"hadir)\b", re.I)


# 'Rapat itu berlangsung di ... pada Jumat, 10 Maret 2023': a sentence whose subject is the meeting itself, told
# again, and whose verb is its holding, dates it more surely than a lead that also recalls earlier events.
# The nouns a meeting is told by when its sitting is told, short forms included ('Ratas yang berlangsung di ...').
_SAT = r"rapat|rakor\w*|raker\w*|rdp|ratas|rapim|fgd|pertemuan|audiensi|musrenbang|paripurna|sidang"
_HELD_ON = re.compile(rf"^\W*(?:{_SAT}|forum|diskusi|evaluasi|kegiatan|acara)(?:\s+\w+){{0,2}}\s+(?:itu|tersebut|ini)\s+"
                      rf"(?:(?:di|ber)langsung|{HELD}|dipusatkan)\b"
                      # ... or told where it sat, straight after its noun ('Rapat berlangsung di Ruang Rapat Wali Kota, ..., Senin')
                      rf"|^\W*(?:{_SAT})(?:\s+\w+)?\s+(?:yang\s+)?"
                      rf"(?:(?:di|ber)langsung|{HELD}|bertempat)\s+di\s"
                      # ... or the meeting an announcement sets ('RDP dengan PTPN dijadwalkan berlangsung Kamis (12/6)')
                      r"|^\W*(?:rapat|rakor\w*|rdp|fgd|forum|pertemuan|audiensi|musrenbang|paripurna|sidang)(?:\s+[\w()/-]+){0,6}?"
                      rf"\s+(?:dijadwalkan|direncanakan)\s+(?:(?:di|ber)langsung|{HELD})\b"
                      # ... or how it was held, in a relative clause ('Rapat yang digelar secara daring dan luring sekaligus
                      # itu dibuka ...')
                      rf"|^\W*(?:{_SAT}|forum)(?:\s+\w+){{0,2}}"
                      rf"\s+yang\s+(?:(?:di|ber)langsung|{HELD})\s+secara\s", re.I)


# Reports come out within days of a meeting (no labelled meeting was reported a week or more after it): a meeting the
# text dates a week or more before the report, named only after the lead's first sentence ('harga itu merupakan
# keputusan rapat koordinasi ... pada 3 Februari lalu'), is recalled, and the news is what is said of it now.
RECALLED_AFTER_DAYS = 7
# ... and a meeting two weeks or more before the report is recalled wherever the text names it, the lead and the
# headline included ('menilai kesepakatan ... yang dicapai dalam rapat ... pada 9 Oktober lalu', published 5 November).
RECALLED_ANYWHERE_DAYS = 14


# 'Permintaan itu ia sampaikan saat memimpin rapat koordinasi ..., Senin pekan lalu': the lead's own words were said at
# the meeting, which is the news however late the report (not 'Harga itu merupakan keputusan rapat ...').
_WORDS_SAID_AT = sentence_re(r"^\W*\w+\s+(?:itu|tersebut|ini)\s+(?:(?:ia|dia|beliau)\s+)?(?:di)?(?:sampaikan|ungkapkan|tegaskan|"
                             r"katakan|paparkan|utarakan)(?:nya)?\b[^.]{0,40}?\b(?:saat|ketika|dalam)\s+(?:memimpin|membuka|"
                             rf"menggelar|{MEETING_NOUNS})\b", re.I)


def _recalled(hit: DateHit | None, published, evidence: str | None, title: str, sents: list[str]) -> bool:
    """The meeting that decided the article is an earlier one the text itself calls past ('pada 3 Februari lalu',
    'sepekan lalu')."""
    if evidence and _WORDS_SAID_AT.search(evidence):
        return False
    # (an undated page is at least as late as the day a statement in it was made: 'kata Lesty ..., Kamis (12/6/2025)'
    # after 'tenggat ... yang diberikan dalam rapat dengar pendapat pada 14 Mei lalu')
    published = published or (_said_day(sents) if hit and hit.value else None)
    if not (evidence and published and hit and hit.value):
        return bool(evidence) and _gone(evidence, hit) and _lead_free(evidence, title, sents)
    days = (published - hit.value).days
    # ('pada 3 Februari lalu'; 'Selasa pekan lalu' says so in its own words)
    own = evidence[hit.start:hit.end].strip(" ,") == hit.text
    called_past = own and (_PAST.match(evidence, hit.end) is not None or _SAID_PAST.search(hit.text) is not None)
    if days >= RECALLED_ANYWHERE_DAYS and called_past:
        return True  # (only when called past: a date whose year is mistyped is no recall)
    if not _lead_free(evidence, title, sents):
        return False
    # (a meeting found past the lead, a week or more before the report, is an earlier one the story recalls: 'Pelepasan
    # ekspor ini merupakan tindak lanjut rapat koordinasi ... pada Kamis, 14 September 2023')
    past_lead = evidence not in sents[:LEAD]
    return _gone(evidence, hit) or (days >= RECALLED_AFTER_DAYS and (called_past or past_lead))


def _gone(evidence: str, hit: DateHit | None) -> bool:
    """The evidence tells its meeting weeks ago, or days ago when the day found is another sentence's ('... sudah
    disampaikan dalam rapat kerja ... beberapa hari lalu' after 'kata Siti Mariam, Jumat (24/10/2025)')."""
    return _WEEKS_AGO.search(evidence) is not None or (
        _DAYS_GONE.search(evidence) is not None and not (hit and hit.text and hit.text in evidence))


# A caption credited after its last stop: '... saat penyampaian LKPJ Gubernur, Selasa (25/3/2025). Foto: Dok/Lampost.co'.
_LABELLED_CAPTION = re.compile(r"(?<=[.!?])\s+(?:foto|dok(?:umentasi)?)\s*:\s*[\w .,/&@-]{2,40}$", re.I)


def _file_photos(lines: list[str], published: date | None) -> list[str]:
    """The lines less the captions of file photos: a caption whose dates are all two weeks or more before the page's
    day, or all before it when nothing else on the page names a meeting (a rakor's photo above a statement days later)."""
    if not published:
        return lines
    captions = [k for k, ln in enumerate(lines) if ("oto" in ln or "ok" in ln) and _LABELLED_CAPTION.search(ln)]
    dropped = set()
    for k in captions:
        days = [(published - h.value).days for h in find_dates(lines[k], published) if h.strength >= 3 and h.value]
        alone = not any(_MEETING_WORD.search(ln) for j, ln in enumerate(lines) if j != k)
        if days and all(d >= (1 if alone else RECALLED_ANYWHERE_DAYS) for d in days):
            dropped.add(k)
    return [ln for k, ln in enumerate(lines) if k not in dropped]


def _said_day(sents: list[str]) -> date | None:
    """The latest full date a statement in the text is given on (None when none is)."""
    days = [h.value for unit in sents if _SAID.search(unit) for h in find_dates(unit, None) if h.strength >= 3 and h.value]
    return max(days, default=None)


# 'Hal itu ia sampaikan kepada wartawan di Kantor Pemkot, Kamis, 6 Maret 2025. Pernyataan itu disampaikan setelah Eva
# menghadiri rapat bersama KLH di Jakarta, Senin lalu': the news is what was said, days after the meeting it goes on to
# tell, not at it. (A meeting told first, a statement on it later, 'Daftar ranperda itu ditetapkan dalam rapat paripurna
# ..., Senin (30/12) lalu. ... saat dikonfirmasi, Kamis (2/1/2025)', is still the meeting's news.)
_SAID = sentence_re(rf"\b(?:{SPEECH_TAGS})(?:nya)?\s+[^.]{{0,80}}?\b(?:di|saat|ketika|kepada|melalui)\b|"
                    r"\b(?:saat|ketika)\s+(?:ditemui|dihubungi|diwawancarai|dikonfirmasi)\b|"
                    r"\bkepada\s+(?:wartawan|awak\s+media|media)\b|\bketerangan\s+(?:tertulis|pers|resmi)\b", re.I)


# (a quote given the day after is often the meeting's own news, filed the next morning: 'kata X di Bandar Lampung, Jumat'
# of a rakor on Thursday)
SAID_AFTER_DAYS = 2


def _told_later(hit: DateHit | None, evidence: str | None, sents: list[str], published, year, title: str = "") -> bool:
    """The lead's news is a statement dated two days or more after the meeting, told before the meeting is named."""
    if not (hit and hit.value and evidence):
        return False
    at = sents.index(evidence) if evidence in sents else -1
    # (under a headline naming the meeting, a quotation opening the report is not its news: '"...," kata Mulyadi saat
    # dihubungi, Jumat (14/4).' before 'Musrenbang ... yang dibuka Gubernur ..., Rabu lalu (12/4)')
    quoting = bool(_MEETING_WORD.search(title))
    opening = _opening_quotation(sents)  # (nor is a quotation opening the report, whatever the headline)
    for i, (unit, told) in enumerate(zip(sents[:LEAD], unquoted(sents[:LEAD]))):
        if unit == evidence or not _SAID.search(unit) or MEETING_NOUN.search(unit) or (
                (quoting or i < opening) and ATTRIBUTION.match(told)):
            continue
        said_on = [h.value for h in find_dates(unit, published, year) if h.strength >= 1 and h.value]
        if said_on and (said_on[0] - hit.value).days >= SAID_AFTER_DAYS and i < at:
            return True
    return False


def _lead_free(evidence: str, title: str, sents: list[str]) -> bool:
    """The evidence is past the lead's first sentence and the headline names no meeting."""
    first = sents[_opening_quotation(sents):][:1]  # (a quotation opening the report is not the lead's first sentence)
    return evidence not in (title, *first) and not _MEETING_WORD.search(title)


def _lead(sents: list[str]) -> list[str]:
    """The lead's sentences, as many more as a quotation opening the report fills ('"Seluruh kepala OPD hadir
    langsung." ...'): it pushes the narration down, not out of the lead."""
    return sents[:LEAD + _opening_quotation(sents)]


def _quote_marks(sentence: str) -> str:
    """What is left of a sentence left out: its quotation marks when they open or close a quotation, so the speech
    around it is still read as speech ('"Kami minta ... . Rapat lanjutan akan kami jadwalkan ...," kata Bambang')."""
    marks = "".join(c for c in sentence if c in '"“”')
    return marks if marks.count('"') % 2 or marks.count("“") != marks.count("”") else ""


def _opening_quotation(sents: list[str]) -> int:
    """How many sentences a quotation opening the report fills (0 when it opens on narration)."""
    for k, told in enumerate(unquoted(sents[:LEAD + 3])):
        if len(told.split()) >= 3 and not ATTRIBUTION.match(told):
            return k
    return 0


# 'Kesepakatan itu dihasilkan dalam rapat koordinasi yang dipimpin Sekdaprov sepekan lalu': a week or more ago, said
# without a date ('Selasa (30/12) pekan lalu' is a day, dated by the rule above).
# ('Usulan tersebut sebelumnya telah diumumkan dalam rapat paripurna DPRD ... beberapa waktu lalu': some time before)
_WEEKS_AGO = sentence_re(rf"\b(?:{MEETING_NOUNS})\b[^.]{{0,80}}?\b(?:sepekan|seminggu|sebulan|(?:dua|tiga|empat|beberapa)\s+"
                         r"(?:pekan|minggu|bulan|waktu)|(?<!senin )(?<!selasa )(?<!rabu )(?<!kamis )(?<!jumat )(?<!sabtu )(?<!minggu )(?<!\) )"
                         # (nor the part of that day, 'Selasa (30/12) pagi pekan lalu')
                         r"(?<!pagi )(?<!siang )(?<!sore )(?<!malam )"
                         r"(?:pekan|minggu))\s+(?:yang\s+)?(?:lalu|silam)\b", re.I)
_DAYS_GONE = sentence_re(rf"\b(?:{MEETING_NOUNS})\b[^.]{{0,80}}?\b(?:beberapa|dua|tiga|empat|lima|enam|[2-6])\s+hari\s+"
                         r"(?:yang\s+)?(?:lalu|silam)\b", re.I)
_SAID_PAST = re.compile(r"\b(?:lalu|silam)$", re.I)
_PAST = re.compile(r"\s*(?:\(\d[\d/]*\)\s*)?(?:yang\s+)?(?:lalu|sebelumnya|silam)\b", re.I)


# 'sebagaimana dibahas pada hari kedua Musrenbang ..., Rabu' then 'Musrenbang yang dibuka ... pada Selasa (22/4) itu':
# a meeting that ran for days, reported on a later day, is dated by the day it opened.
_LATER_DAY = re.compile(r"\bhari\s+(?:kedua|ketiga|keempat|kelima|terakhir|penutupan)\b|\b(?:ditutup|penutupan)\b", re.I)
_OPENED = sentence_re(r"\b(?:dibuka|pembukaan)\b[^.]{0,120}?$", re.I)


def _opening_day(sents: list[str], evidence: str | None, published, year: int | None) -> DateHit | None:
    """The day a meeting reported on a later day of it opened, when the lead says so."""
    if not (evidence and _LATER_DAY.search(evidence)):
        return None
    for unit in sents[:LEAD + 2]:
        if "ibuka" in unit or "embukaan" in unit:
            hits = [h for h in find_dates(unit, published, year) if h.strength >= 1 and _OPENED.search(unit[:h.start])]
            if hits:
                return hits[0]
    return None


def _pick_date(sents: list[str], evidence: str | None, published, year: int | None, title: str = "") -> DateHit | None:
    """The date attached to the evidence sentence, else the most explicit date of the lead or the headline, else of the
    article."""
    opened = _opening_day(sents, evidence, published, year)
    if opened:
        return opened
    # (... or gives no day at all: the meeting said to be held, 'Pertemuan berlangsung di ..., Kamis (3/7/2025).', before
    # the lead's days of other things)
    held = _held_day(sents, evidence, published, year) if evidence and (
        _told_as_earlier(evidence) or not find_dates(evidence, published, year)) else None
    if held:
        return held
    for unit in sents[:LEAD + 2]:
        if _HELD_ON.match(unit):
            # (not the day a quotation telling it was said: '"RDP akan digelar di ruang rapat Komisi III," kata Fauzan,
            # Selasa (26/8).')
            hits = _own_dates(unit, [h for h in find_dates(unit, published, year)
                                     if h.strength >= 1 and not _statement_day(unit, h)])
            if hits:
                return _nearest_to_meeting(unit, hits)
    ordered = ([evidence] if evidence else []) + [u for u in sents[:LEAD] if not _STEP_BEFORE.search(u)]
    found: dict[str, list[DateHit]] = {}  # each sentence read once across the passes
    # the evidence sentence's own date, even 'kemarin', before a full date elsewhere (often another event's)
    # a headline dated in full ('Senin 16 Maret 2026, Gubernur Pimpin Rapim') dates an undated lead before the other
    # dates the lead goes on to give (a holiday's, a deadline's)
    # past the evidence and the headline, a date a week or more before the report is another event's ('Langkah yang
    # sudah dilakukan antara lain menggelar pasar murah tanggal 17 Januari 2021'): reports come out within days
    headline = [title] if title else []
    # a feature's meeting told past the lead is dated by itself or the scene just before it ('Selasa malam (10/1/2023),
    # Gubernur mengumpulkan ...' / 'Dalam rapat koordinasi ... itu, ...'), not by the lead's complaint or quote
    at = sents.index(evidence) if evidence in sents else -1
    scene = list(reversed(sents[max(0, at - 2):at])) if at >= LEAD else []
    # (an evidence without a date, '"...," kata Arinal kepada wartawan usai ratas.', is dated by the lead's sentence
    # telling the meeting, 'Keputusan itu diambil dalam ratas ..., Senin kemarin (19/7)', before any other date)
    # (not one told as a step before: 'Sebelum diparipurnakan, keenam raperda itu lebih dulu dimatangkan Bapemperda dalam
    # rapat pada Jumat (29/8/2025)')
    naming = [u for u in sents[:LEAD] if u != evidence and MEETING_NOUN.search(u) and not _STEP_BEFORE.search(u)]
    # (a headline's day and month, 'Senin (30/11), Gubernur Lampung Pimpin Rakor ...', before the lead's weaker days)
    filed: DateHit | None = None
    first = [evidence] if evidence else []
    # (past the lead, a sentence naming a meeting before one telling another act: 'Presiden ... dilantik pada 20 Oktober
    # 2024, ...' then 'Puncak tahapan itu adalah Musrenbang ..., yang resmi dibuka ..., Rabu (7/5/2025)')
    later = (u for u in sents[LEAD:] if MEETING_NOUN.search(u))  # (read only if the passes before find no date)
    for units, strength in ((first, 1), (scene, 1), (headline, 3), (naming, 2), (ordered, 2),
                            (headline, 2), (naming, 1), (ordered, 1), (later, 2), (sents[LEAD:], 2)):
        for unit in units:
            if unit not in found:
                # (a headline is no dateline: 'Paripurna DPRD Selasa (6/5/2025): Pemprov Lampung Terima ...')
                hits = find_dates(unit, published, year)
                found[unit] = hits if units is headline else _filed_on(unit, hits, year)
            hits = [h for h in found[unit] if h.strength >= strength]
            if units is first and hits and all(_in_dateline(unit, h) for h in hits):
                filed = hits[0]  # (the evidence dated only by its dateline: a day of the lead's in the week before it
                continue  # dates the meeting, 'BANDAR LAMPUNG, 6/7/2021 (ISN) - ... mengikuti vicon ... . Gubernur
                # bergabung ..., Senin (5/7/21) kemarin.'; a span of other meetings months before does not)
            if published and unit != evidence and units is not headline and not _SAME_MEETING.search(unit):
                # (not a sentence pointing back to the meeting: 'Rakor ... itu berlangsung ... pada Kamis, 20 Desember
                # lalu' in a report a week later)
                hits = [h for h in hits if not h.value or (published - h.value).days < RECALLED_AFTER_DAYS]
            elif year and units is not headline:
                # (undated page: a year long before the article's is history, 'sejak berdiri 18 Maret 1964')
                hits = [h for h in hits if not h.value or h.value.year >= year - 1]
            if strength == 2 and (units is ordered or units is naming) and unit != evidence:
                hits = [h for h in hits if not _statement_day(unit, h)]  # (a weak pass may still take it)
                hits = _own_dates(unit, hits)  # ('Sehari sebelumnya, Senin (16/2/2026), Gubernur ...': another day's)
            if hits:
                told = _nearest_to_meeting(unit, hits)
                return told if filed is None or _days_before(told, filed) else filed
    # a meeting dated only by the day it closed ('Dalam rakor yang ditutup pada Rabu, 1 Maret 2023 itu, ...'): that day
    return next((h for unit in ([evidence] if evidence else []) + naming for h in found.get(unit, ())
                 if h.strength == 0 and _CLOSED_ON.search(unit, max(0, h.start - 30), h.start)), None)


def _told_as_earlier(unit: str) -> bool:
    """The unit tells its meeting as an earlier one ('pada pertemuan sebelumnya', 'sempat dibahas', 'sudah disinggung')."""
    return any(not (m.group(0).lower() == "sebelumnya" and _COMPARED.search(unit, max(0, m.start() - 40), m.start()))
               for m in _EARLIER_WORDS.finditer(unit))


def _held_day(sents: list[str], evidence: str, published, year: int | None) -> DateHit | None:
    """The day of the sentence naming a meeting and saying it was held or led, for an evidence telling one as earlier.

    'pada pertemuan sebelumnya, Senin (30/1/2023), ...', 'sempat dibahas dalam rapat pengurus ..., Senin (12/5/2025),
    sebelum ...' tell an earlier meeting; 'Video conference Rapat Koordinasi ... itu diikuti Arinal ..., Rabu (8/2/2023)'
    tells the story's own.
    """
    held = _held_unit(sents, evidence, published, year)
    return held[1] if held else None


def _held_unit(sents: list[str], evidence: str, published, year: int | None) -> tuple[str, DateHit] | None:
    """(sentence, its day) of the meeting said to be held or led, not told as earlier, later or followed up."""
    for unit in sents:
        if unit != evidence and _says_held(unit) and not _EARLIER_WORDS.search(unit) \
                and not _TOLD_AS_LATER.search(unit) and not FOLLOWS_UP_MEETING.search(unit):
            # (not a followed-up event's day, 'FGD ... itu merupakan tindak lanjut dari kegiatan Ngopi Hutan ... yang
            # digelar 17 Februari 2023 lalu', nor a day after the report's: a deadline or a plan)
            hits = _own_dates(unit, [h for h in find_dates(unit, published, year) if h.strength >= 2
                                     and not (published and h.value and h.value > published)])
            if hits:
                return unit, _nearest_to_meeting(unit, hits)
    return None


def _says_held(unit: str) -> bool:
    """The sentence names a meeting and says it was held or led, or has a leader open or lead it."""
    # (the leader's verbs tested cheaply first: 'membuka', 'Memimpin')
    return bool(_NAMED_AND_HELD.match(unit)) or (("embuka" in unit or "emimpin" in unit)
                                                 and _OPENS_OR_LEADS.search(unit) is not None)


def _retyped(decision: Classification, sents: list[str], published, year: int | None) -> Classification:
    """A generic type taken from an evidence told as earlier ('... sudah disinggung dalam rapat pembahasan awal ..., namun
    saat itu ...') made exact by the meeting said to be held ('Rapat koordinasi pemantapan ... itu dipimpin ...')."""
    if decision.meeting_type != "rapat_lainnya" or not (decision.evidence and _told_as_earlier(decision.evidence)):
        return decision
    held = _held_unit(sents, decision.evidence, published, year)
    kind = meeting_type([held[0]]) if held else None
    return replace(decision, meeting_type=kind) if kind and kind != "rapat_lainnya" else decision


# ('Dari Ruang Command Center Lt.II Dinas Kominfotik ..., Fahrizal menyimak arahan Mendagri ...': where a meeting followed
# online was followed from)
_FROM_ROOM = re.compile(r"^\W*dari\s+(?:ruang|ruangan|command\s+center|aula|gedung|balai)\b", re.I)
# ('Sebelum diparipurnakan, keenam raperda itu lebih dulu dimatangkan ... dalam rapat pada Jumat (29/8/2025)': a step
# taken first, before the news)
_STEP_BEFORE = re.compile(r"\b(?:lebih\s+dulu|lebih\s+dahulu|terlebih\s+dahulu)\b", re.I)
_TOLD_AS_LATER = re.compile(r"\b(?:akan|dijadwalkan|direncanakan|rencananya|mendatang|nanti|berikutnya|lanjutan)\b", re.I)
# (a comparison is no earlier meeting: '... lebih padat ketimbang rakor-rakor sebelumnya')
_COMPARED = re.compile(r"\b(?:ketimbang|dibanding(?:kan)?|daripada|seperti|dari)\s+(?:[\w-]+\s+){0,2}$", re.I)
_EARLIER_WORDS = re.compile(r"\b(?:sebelumnya|sempat|pernah|saat\s+itu|kala\s+itu|sudah|telah)\b", re.I)
# 'Rapat koordinasi pemantapan aplikasi ... itu dipimpin Sekretaris Daerah ..., Kamis (3/7/2025)', 'Rapat ... digelar di
# Ruang Rapat Utama ..., Selasa (17/2/2026), dan dipimpin ...': a meeting named, then said to be held, led or followed.
# (a noun spelled out then given its short form counts too: 'Musyawarah Perencanaan Pembangunan (Musrenbang) ... itu
# berlangsung di ...', 'Focus Group Discussion (FGD) ... digelar ...')
_NAMED_AND_HELD = sentence_re(rf"^\W*(?:[\w-]+\s+){{0,3}}?\(?(?:{MEETING_NOUNS})\b[^.]{{0,200}}?\b(?:(?:itu|tersebut)\s+)?"
                              rf"(?:(?:di|ber)langsung|{HELD}|dipimpin|dibuka|diikuti|dihadiri|dibacakan)\b", re.I)
# ('Lanjutan pembenahan itu dibahas ketika Sekretaris Daerah ..., Marindo Kurniawan, membuka Rapat Koordinasi (Rakor) ...
# di ruang Command Center Lantai 2, Jumat (25/7/2025)': a leader opening or leading the meeting named)
# (not one led 'also', another occasion: 'Senin (16/2) kemarin, ia juga memimpin rapat soal ...')
_OPENS_OR_LEADS = re.compile(rf"(?<!\bjuga )\b(?:membuka|memimpin)\s+(?:(?:secara\s+)?(?:resmi|langsung)\s+)?"
                             rf"(?:{MEETING_NOUNS})\b", re.I)
# ('Foto: Pimpinan rapat, Sekretaris Daerah ... Marindo Kurniawan, memberi arahan ...')
_LED_IN_CAPTION = re.compile(r"\b(?:memimpin|membuka|dipimpin|dibuka|pembukaan|pimpinan\s+(?:rapat|sidang))\b", re.I)


def _caption_day(text: str, published, year: int | None) -> DateHit | None:
    """The day a photo caption the page text drops gives the meeting, when the story gives none ('Pj. Sekda ... dalam
    Rapat Paripurna DPRD Provinsi Lampung, Selasa (6/5/2025). (Foto: Ist)')."""
    captions = (c for ln in text.split("\n") if DIGIT.search(ln) and (c := caption_text(ln)) and _MEETING_WORD.search(c))
    return next((h for c in captions for h in find_dates(c, published, year) if h.strength >= 2), None)


def _caption_venue(text: str, followed: bool) -> str | None:
    """The room a photo caption the page text drops names the meeting in, when the story names none ('Sekdaprov ...
    memimpin rapat koordinasi pengendalian inflasi di Ruang Sakai Sambayan, Senin (14/4/2025). (Dok. Biro Adpim)')."""
    captions = [c for ln in text.split("\n") if (c := caption_text(ln)) and _MEETING_WORD.search(c)]
    return venue(captions, followed=followed) if captions else None


def _days_before(told: DateHit, filed: DateHit) -> bool:
    """The day told falls in the week before the report was filed (or on its day)."""
    return bool(told.value and filed.value) and 0 <= (filed.value - told.value).days <= 7


# The meeting pointed back to and said to have been held: 'Rakor yang dipimpin ... itu berlangsung di ... pada ...'.
_SAME_MEETING = re.compile(rf"^\W*(?:{MEETING_NOUNS})\b[^.]{{0,120}}?\b(?:itu|tersebut)\s+(?:berlangsung|{HELD})\b", re.I)
_CLOSED_ON = re.compile(r"\b(?:ditutup|penutupan)\b[^.,;]{0,20}$", re.I)


# '"Fokusnya tiga hal ...," kata Iwan, Selasa (10/3/2026).': the day a quotation was spoken, not the meeting's (unless
# the attribution names the meeting: '... kata Gubernur usai memimpin rakor, Senin (9/3)').
_SAID_ON = re.compile(rf"[”\"]\s*,?\s*(?:{SPEECH_TAGS})(?:nya)?\b[^”\"]{{0,60}}$", re.I)


def _statement_day(unit: str, hit: DateHit) -> bool:
    """The hit is the day a quotation's attribution gives, the attribution naming no meeting."""
    said = _SAID_ON.search(unit, max(0, hit.start - 70), hit.start)
    return bool(said) and not _MEETING_WORD.search(unit, said.start(), hit.start)


# 'Sehari setelah meresmikan Rumah Singgah di Jalan X, Telukbetung, Selasa (8/7), Wagub menerima audiensi ..., Rabu
# (9/7)': a fronted clause opened by 'setelah/usai/sebelum/menjelang' runs to its own date; when it names no meeting it
# tells another event, and that date is the other event's ('Menjelang Pilkakam serentak ... pada 1 November 2023').
# ('Sehari sebelumnya, Senin (16/2), Gubernur ...': the day before the news, another day's)
_OTHER_EVENT = re.compile(rf"\b(?:{'|'.join(PRIOR_WORDS)}|menjelang|jelang|sebelumnya)\b", re.I)


def _own_dates(unit: str, hits: list[DateHit]) -> list[DateHit]:
    """The hits not closing a clause about an earlier or later other event."""
    dropped = set()
    for m in _OTHER_EVENT.finditer(unit):
        first = next((h for h in hits if m.end() <= h.start <= m.end() + 150), None)
        # ('Dua pekan sebelum masuk bulan Ramadan, tepatnya pada 10 Maret 2023 lalu, Cycle Indonesia melaksanakan FGD':
        # 'tepatnya' dates the main clause, not the one it follows)
        # (a span told before it puts the other event on another day whatever it names: 'FGD itu digelar tiga pekan
        # setelah rapat dengar pendapat ... pada Senin (23/6/2025)')
        spanned = _SPAN_BEFORE.search(unit, max(0, m.start() - 30), m.start()) is not None
        if first and (spanned or not MEETING_NOUN.search(unit, m.end(), first.start)) and not PRECISELY.search(
                unit, max(m.end(), first.start - 20), first.start):
            dropped.add(first.start)
    return [h for h in hits if h.start not in dropped]


_SPAN_BEFORE = re.compile(rf"\b{DAYS_BETWEEN}\s+$", re.I)


def _outside_other_events(unit: str, hits: list[DateHit]) -> list[DateHit]:
    """The hits not closing a clause about another event (all of them if none is left)."""
    return _own_dates(unit, hits) or hits


def _nearest_to_meeting(unit: str, hits: list[DateHit]) -> DateHit:
    """Of several dates in one sentence, the one written nearest a word for the meeting (not an aside's date)."""
    hits = _outside_other_events(unit, hits) if len(hits) > 1 else hits
    hits = [h for h in hits if not h.prepared] or hits
    # 'Bandar Lampung (10/03/2026) - Komisi II ... di Ruang Rapat ..., Senin (9/3).': the dateline's is the filing day
    hits = [h for h in hits if not _in_dateline(unit, h)] or hits
    # '"... dalam rakor hari ini," kata Gubernur usai memimpin rapat ..., Senin (9/3)': the speaker's today is the day
    # he spoke; the narration's date dates the meeting
    quoted = [m.span() for m in _QUOTED.finditer(unit)] if len(hits) > 1 else []
    hits = [h for h in hits if not any(a < h.start < b for a, b in quoted)] or hits
    # 'pada hari Kamis tgl 12/09/2019': a weekday written just before a full date is that date's weekday
    hits = [h for h in hits if not any(o.strength > h.strength and 0 <= o.start - h.end <= 12 for o in hits)] or hits
    words = [m.start() for m in _MEETING_WORD.finditer(unit)]
    if len(hits) < 2 or not words:
        return hits[0]
    return min(hits, key=lambda h: (min(abs(h.start - w) for w in words), h.start))


_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
# What a dateline writes before its day: an outlet's and a place's capitalised words, an agency in brackets ('PERS.NEWS,
# Bandar Lampung,', 'Bandar Lampung (ANTARA)'); the date after it is the day the report was filed ('..., Jumat, 5
# Desember 2025 —').
_FILED_FROM = re.compile(r"\W*(?:(?:[A-Z0-9][\w.'-]*|\([\w .]{2,20}\))[\s,]*){1,8}")
# (the outlet's name may follow the day: 'Bandar Lampung, Rabu (2/12/2020), Mediamerdeka.co – ...', 'Bandar Lampung,
# 9 Februari 2023 (Nenemonews) – ...', 'Bandarlampung, 18/4 (ANTARA) - ... Kamis kemarin')
_AFTER_DATELINE = re.compile(r"\s*\)?\s*(?:,\s*[A-Za-z][\w-]*(?:\.[a-z]{2,4})+\s*|\([\w .'-]{2,25}\)\s*)?[-–—:|]")


def _filed_on(unit: str, hits: list[DateHit], year: int | None) -> list[DateHit]:
    """A sentence's dates, a dateline's date giving way to the sentence's own ('Bandar Lampung, Selasa (3/9/2024) -
    ... dilantik kemarin'), which is read from the day the dateline gives and weighs as much."""
    filed = next((h for h in hits if h.strength >= 2 and _in_dateline(unit, h)), None)
    if filed is None:
        return hits
    own = [h if h.strength < 1 else replace(h, strength=max(h.strength, filed.strength))
           for h in find_dates(unit, filed.value, year) if h.start >= filed.end]
    # (alone, or beside asides only, the filing day weighs as a relative day: a later sentence of the lead naming the
    # meeting, '... dalam rapat virtual ..., kemarin', dates it first)
    return own if any(h.strength >= 1 for h in own) else [replace(filed, strength=1)] + own


def _in_dateline(unit: str, hit: DateHit) -> bool:
    """The hit is the date of the report's dateline: only a head of capitalised words before it, a dash after it."""
    return (hit.start <= 70 and _AFTER_DATELINE.match(unit, hit.end) is not None
            and _FILED_FROM.fullmatch(unit, 0, hit.start) is not None)


_POSSESSIVE = re.compile(r"^(ruang(?:an)?\s+kerja)nya\b", re.I)


def _owned_venue(place: str | None, leader: dict | None, people: list[dict]) -> str | None:
    """'ruang kerjanya' names the room of the meeting's leader (else the first official): write the owner's role."""
    # the owner is named by role: a chair known by name only leaves the room to the first official with a role
    owner = next((p for p in ([leader] if leader else []) + people if p.get("role")), None)
    if not place or not owner or not _POSSESSIVE.match(place):
        return place
    return _POSSESSIVE.sub(lambda m: f"{m.group(1)} {expand_role(owner['role'])}", place, count=1)


@lru_cache(maxsize=4096)
def _names_meeting(unit: str) -> bool:
    """The sentence has a meeting word (asked of the same sentences by the venue's several reads)."""
    return _MEETING_WORD.search(unit) is not None


def _past_lead_places(sents: list[str], followed: bool) -> list[str]:
    """The sentences past the lead that may say where the meeting sat: naming it, or (followed online) where from."""
    return [u for u in sents[LEAD:] if _names_meeting(u) or (followed and (joined_online(u) or _FROM_ROOM.match(u)))]


def _town(place: str | None, focus: list[str], title: str, lines: list[str], sents: list[str],
          text: str, followed: bool = False) -> tuple[str | None, bool]:
    """(city, assumed?) of the meeting: stated by its venue or the text, else the report's dateline or the capital."""
    # a dateline tells where the report was filed, which stands in for the meeting's place as the publication day stands
    # in for its date: a city the text itself never states (known only from it, or the capital by default) is assumed
    first_lines = "\n".join(lines[:3])
    stated = stated_city(place, focus, first_lines)
    if followed and place and stated and stated.lower() not in region_by_name():
        # (a meeting followed online from a room here sat, for this report, in that room: the city outside Lampung the
        # text names is the national meeting's, 'Acara intinya dipusatkan di Kantor Kemendagri RI di Jakarta')
        stated = stated_city(place, [], first_lines)
    subject = None if stated else subject_region([title] + sents[:2])
    filed = None if stated else dateline_region(first_lines)
    filed = filed or (None if stated or subject else standalone_dateline(normalize(text[:2000])))
    town = stated or filed or subject or default_city(" ".join([title] + sents[:LEAD]))
    return town, not (stated or subject) and town is not None


# 'Rakor dihadiri Sekda ..., jajaran Polres ...', 'Turut hadir Kepala Bappeda ...': a release closes with who attended,
# however long the story before it.
_ATTENDED = re.compile(r"\b(?:dihadiri|hadir\s+(?:pula|juga|dalam|pada)|turut\s+hadir|tampak\s+hadir|juga\s+hadir|"
                       r"ikut\s+hadir|diikuti\s+(?:oleh\s+)?(?:para|seluruh|perwakilan|unsur|kepala|jajaran))\b", re.I)


def _participant_units(sents: list[str], evidence: str | None) -> list[str]:
    """The narration of the sentences that name who took part: the first ten, the evidence, those listing who attended.

    Speech is taken out in the article's order, so a quotation is followed across sentences ('"... Saya minta bupati
    dan wali kota ...," kata Arinal' closes a quotation opened before it, it does not open one).
    """
    narration = unquoted(sents)
    # (a sentence telling another occasion of the series names bodies of both, and takes no place among the first ten)
    ranks = list(accumulate(0 if other_occasion(u) else 1 for u in sents))
    units = [n for rank, u, n in zip(ranks, sents, narration)
             if rank <= PARTICIPANT_SENTENCES or u == evidence or _ATTENDED.search(u)]
    return units if evidence is None or evidence in sents else unquoted([evidence]) + units


def _another_day(told: list[str], hit: DateHit | None, published, evidence: str | None, kind: str | None) -> set[str]:
    """The sentences past the first that tell an occasion on another day than the meeting's dated one."""
    if hit is None or hit.value is None:
        return set()
    # (a sentence naming a meeting of the report's own kind and closing with its day may be the meeting told again, the
    # day read elsewhere being the wrong one: 'Rekomendasi tersebut disambut ... dalam Rapat Paripurna DPRD, Selasa
    # (6/5/2025).' after 'Pansus yang dibentuk pada Senin (14/4/2025)')
    return {s for s in told[1:] if s != evidence and another_day(s, hit.value, published) and (
        kind in (None, "rapat_lainnya") or meeting_type([s]) != kind or another_day(s, hit.value, published, True))}


def read_article(record: dict) -> tuple[str, list[str], list[str]]:
    """(title, paragraph lines, sentences) of a record, normalised and without page furniture."""
    title, _, lines = _read_page(record)
    return title, lines, sentences(lines)


def publication_day(record: dict, page: str | None = None) -> date | None:
    """The day a record came out: its publication date, else its page's stamp (as the extractor reads it)."""
    # (the page is read only for a record without its publication date; the extractor passes the one it has read)
    return parse_published(record.get("published")) or stamped_day(
        page if page is not None else _page(record, normalize(record.get("title")).strip()))


def _read_page(record: dict) -> tuple[str, str, list[str]]:
    """(title, the page as served less the lists of other stories, its paragraph lines)."""
    title = normalize(record.get("title")).strip()
    page = _page(record, title)
    # (clean_lines normalises the text)
    return readable_title(title, page), page, clean_lines(page, title, related=False)


def _page(record: dict, title: str) -> str:
    """The record's text mended, less the lists of other stories around the article."""
    return "\n".join(without_related(repaired(record.get("text") or "").split("\n"), title))


def topic_parts(title: str, sents: list[str]) -> tuple[str, str, str]:
    """(title, lead, rest): the three places a topic can be named, as the topic model reads them."""
    return title, " ".join(sents[:LEAD]), " ".join(sents[LEAD:])


def extract(record: dict) -> dict:
    """Extract the meeting fields of one article record {id, url, title, text, published}."""
    forget_sentences()
    # (the page as served, less the lists of other stories: their dates, captions and names are not this article's)
    title, text, lines = _read_page(record)
    published = publication_day(record, text)
    sents = sentences(_file_photos(lines, published))
    # (a fronted clause telling another event is no part of this one; a fronted place or day is told after the main
    # clause)
    sents = [main_clause(day_last(place_last(s)), published) for s in sents]
    # (nor a later one naming the meeting this one follows up; a sentence left with its subject alone says nothing)
    told = [c for s in sents if (c := without_followed_up(s, published)) == s or len(c.split()) > 3]
    topical = [s for s in sents if not other_occasion(s)]  # (what a followed-up meeting discussed is this one's topic too)
    # the event is read from the sentences about it: not one telling a similar occasion before or the next one planned
    sents = [_quote_marks(s) if other_occasion(s) else s for s in told]
    sents = [s for s in sents if s]
    decision = classify(title, sents, LEAD, opinion=opinion_page(record.get("url"), text))
    year = None if published else article_year(" ".join([title] + lines))
    if decision.is_meeting:
        decision = replace(decision, meeting_type=named_again(decision.meeting_type, sents, LEAD, decision.evidence))
        decision = _retyped(decision, sents, published, year)
    focus = ([decision.evidence] if decision.evidence else []) + _lead(sents)
    hit = _pick_date(sents, decision.evidence, published, year, title) if decision.is_meeting else None
    if decision.is_meeting and hit is None:
        hit = _caption_day(text, published, year)
    if decision.is_meeting and (_recalled(hit, published, decision.evidence, title, sents)
                                or _told_later(hit, decision.evidence, sents, published, year, title)):
        decision, hit = Classification(False, "statement", None, decision.evidence, 0.6), None
    when = hit.value if hit else published
    # (a sentence telling an occasion on another day names that occasion's people and bodies, not this one's; what it
    # tells of may still be what the meeting is about: 'Sebulan sebelumnya, dalam rakor ..., Gubernur membeberkan APBD')
    apart = _another_day(told, hit, published, decision.evidence, decision.meeting_type)
    told = [s for s in told if s not in apart]
    # (a meeting still to come is the plan itself: 'tiga menteri yang akan hadir' are its people)
    people = officials_in(told, when, announced=bool(hit and published and hit.value > published))
    # the meeting told again later ('Musrenbang itu berlangsung secara langsung ... dan secara virtual ...') says how
    how = mode(this_moment(focus) + [title] + [u for u in sents[LEAD:] if _HELD_ON.match(u) or joined_online(u)],
               decision.is_meeting)
    # a meeting followed online was, for this article, where it was followed from ('dari Ruang Rapat Pesagi')
    # (and a headline's 'di Gedung Pusiban' when the story never says where)
    # (the narration's place before one someone speaks of, '"Bayangkan, sepuluh tahun kerja di ruang pendingin ...,"
    # ujarnya.', unless the speech tells the meeting, '"Paripurna dimulai pukul 10.00 WIB di Ruang Sidang ...'; and a
    # quotation may still be the only one to say where)
    said = {u: u if _names_meeting(u) and not _MEETING_WORD.search(n) else n
            for u, n in zip(sents, unquoted(sents))} if decision.is_meeting else {}
    followed = how == "daring"
    # (past the lead, a sentence telling how the meeting was followed online says from where: 'Dari Lampung, Gubernur
    # Arinal Djunaidi mengikutinya secara daring dari Mahan Agung.')
    # (the lead's sentences naming a meeting before its others: a round-up's other news has places of its own, 'pemeriksaan
    # kesehatan di rumah sakit yang ditunjuk' before 'rapat paripurna istimewa di gedung DPRD setempat')
    # (nor one opening on another moment: 'Pada saat bersamaan, Gubernur mengikuti rapat terbatas ... dari Rumah Dinas')
    where = focus[:1] + sorted(this_moment(focus[1:]), key=lambda u: not _names_meeting(u))
    place = venue([said.get(u, u) for u in where], followed=followed) or venue(where, followed=followed) or (
        venue(_past_lead_places(sents, followed) + [title], followed=followed) or _caption_venue(text, followed)
        if decision.is_meeting else None)
    subjects = dict(zip(sents[:LEAD + 1], with_subject(sents[:LEAD + 1])))
    leader = chair(([title] if title else []) + [subjects.get(u, u) for u in focus], when, people,
                   decision.meeting_type == "audiensi", rest=sents[LEAD:]) if decision.is_meeting else None
    if decision.is_meeting and leader is None:
        # (a photo caption the page text drops may be the one line that says who led: 'FOTO: Wakil Gubernur Lampung
        # Jihan Nurlela (tengah) memimpin Rakor Kesiapsiagaan Bencana ...')
        captions = [c for ln in text.split("\n") if _LED_IN_CAPTION.search(ln) and (c := caption_text(ln))]
        leader = next((x for c in captions if (x := chair([c], when, people))), None)
    leader = complete(leader, people)
    people = with_chair(people, leader, when)
    # (a caption the page text drops may be the one line that writes a name in full: the dropped lines are read too)
    kept = set(lines)
    written = " ".join([title] + lines + [ln for ln in text.split("\n") if ln.strip() and ln not in kept]).lower()
    # (only prose lines: a subheading capitalises all its words)
    prose = " ".join(line for line in lines if line.rstrip().endswith((".", "!", "?", '"', "”")))
    people = [spelled_out(as_written(p, written), prose) for p in people]
    leader = as_written(leader, written)
    place = _owned_venue(place, leader, people)
    town, town_assumed = _town(place, focus, title, lines, sents, text, followed=followed)
    kemendagri, bps = codes(town)
    _, lead, rest = topic_parts(title, topical)
    return {
        "id": record.get("id"),
        "is_meeting": decision.is_meeting,
        "event_type": decision.event_type,
        "meeting_type": decision.meeting_type,
        # a meeting whose text states no date is dated by its report (releases come out the day of the
        # meeting); date_text stays empty and date_assumed says so
        "meeting_date": hit.value.isoformat() if hit else (published.isoformat() if decision.is_meeting and published else None),
        "date_text": hit.text if hit else None,
        "date_assumed": bool(decision.is_meeting and published and not hit),
        "mode": how,
        "venue": place,
        "city": town,
        "city_assumed": town_assumed,
        "kemendagri_code": kemendagri,
        "bps_code": bps,
        "chair": leader,
        "participants": participants(_participant_units(told, decision.evidence), people,
                                     plenary=decision.meeting_type == "rapat_paripurna"),
        "officials": people,
        "topics": topics(title, rest, lead=lead),
        "confidence": round(decision.confidence, 2),
        "evidence": decision.evidence,
    }
