"""Venue as written, city (official kabupaten/kota form or a place outside Lampung) and region codes."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Iterator

from pipelines.extract.gazetteer import (
    alternation, closed_up, generic_venues, outside_places, place_regions, region_by_name, regions, venue_city,
    venue_pattern,
)
from pipelines.extract.text import (COUNCIL_ORGANS, HELD, MEETING_NOUNS, MONTH_NAMES, ONLINE_WORDS, PRIOR_WORDS, WEEKDAYS,
                                    sentence_re)

_HEAD = (r"(?:ruang(?:an)?|gedung|aula|balai|hotel|auditorium|kantor|command center|gsg|lapangan|masjid|wisma|"
         r"pendopo|pendapa|rumah dinas|rumah jabatan|operation room|posko|graha|griya|sasana|mahan agung|islamic center|"
         r"swiss-?belhotel|novotel|convention|kompleks|komplek|ballroom|sekretariat|markas|mapolda|makorem|"
         r"lamban|sesat agung|kediaman|istana|taman|pelabuhan|bandara|stadion|pkor|"
         # schools, campuses, village and district offices, eateries and halls where meetings sit too
         r"kampus|universitas|sekolah|smp|sma|smk|sd|madrasah|pondok pesantren|gor|puskesmas|rumah sakit|rsud|"
         r"kantor camat|balai desa|kantor desa|kantor kelurahan|rumah makan|restoran|resto|kafe|cafe|villa|"
         r"dprd|komisi\s+[IVX]+|mako\w*|mapolres|kodim|korem|tenda|balai pekon|(?-i:(?:[A-Z][\w-]+\s+){1,3})(?:hotel|resort|convention|hall|ballroom))")
# A new clause's subject after a comma, or a verb, ends a venue phrase ('di Ruang Rapat Asisten I, Asisten Bidang ...
# memimpin rapat'): officials and actions are not part of a place's name.
_CLAUSE_SUBJECT = (r"(?:Gubernur|Wakil Gubernur|Wagub|Sekda\w*|Sekretaris|Asisten|Kepala|Ketua|Wakil Ketua|Bupati|Wali ?kota|"
                   r"Menteri|Presiden|Direktur|Plt|Pj|Plh|Kapolda|Kapolres|Dandim|Danrem)")
# ... or the subject named first, the office apposed: 'Di ruang kerjanya, Marindo Kurniawan, Sekretaris Daerah, ...'.
_NOT_NAME = r"(?:Kantor|Gedung|Ruang|Ruangan|Aula|Balai|Wisma|Hotel|Rumah|Graha|Provinsi|Kabupaten|Kota|Gubernur|Lampung)\b"
_APPOSED_SUBJECT = (rf",\s*(?-i:(?:(?!{_NOT_NAME})[A-Z][\w'’.-]*\s+){{0,3}}(?!{_NOT_NAME})[A-Z][\w'’-]*)\s*,\s*"
                    rf"(?-i:{_CLAUSE_SUBJECT})\b")
# A street address after the building ('Hotel Borobudur, Jl. Lapangan Banteng Selatan No. 1'): where it is, not its name.
_ADDRESS = re.compile(r"(?<=\S)(?:,|\s+di)\s*(?:Jl|Jln|Jalan)\b.*$", re.I)
_ABBREVIATED = r"(?-i:\b(?:Lt|Jl|Jln|No)\.)"
# What someone says or reports ('melaporkan bahwa arus penumpang di Pelabuhan Bakauheni ...') is not where they said it.
_REPORTED = re.compile(r"\bbahwa\b")
# A body's bracketed short form inside a venue's name: '(GSG)', '(Diskominfotik)', not a day '(Senin)'.
_SHORT_FORM = rf"\((?-i:(?!(?i:{WEEKDAYS})\))[A-Z][A-Za-z]{{1,14}})\)"
_TRAILING_AND = re.compile(r"\s+(?:dan|serta)$")  # '... di Ruang Rapat Komisi II dan akan ...': the next clause's joint
_VENUE = re.compile(
    # ('Tempat: Ruang Rapat Komisi V': the venue line of a release written as a list)
    # ('60 warga memadati ruang rapat Komisi I': where the people crowded in)
    rf"\b(?:bertempat\s+di|berlangsung\s+di|(?:{HELD})\s+di|(?:tepatnya|persisnya)(?:\s+di)?|di|dari|ke|menuju|mendatangi|menyambangi|mengunjungi|kunjungi|memadati|"
    rf"memenuhi|menyesaki|tempat(?:nya)?(?:\s+\w+){{0,2}}\s*:|"
    rf"lokasi(?:nya)?(?:\s+\w+){{0,2}}\s*:)\s+"
    # (inside the name: a floor's or a street's abbreviation, 'Lt. 3', 'Jl.', and a bracketed short form, '(GSG)'; a
    # floor after a comma in lower case, 'ruang rapat pimpinan dewan, lantai dua Gedung DPRD', is where the room is)
    rf"({_HEAD}(?:nya)?\b(?:{_ABBREVIATED}|{_SHORT_FORM}|[^.;:()\"“”])*?)"
    rf"(?=\s*(?:,\s*(?!lantai\b)(?-i:[a-z])|,\s*(?-i:{_CLAUSE_SUBJECT})\b|{_APPOSED_SUBJECT}|(?-i:\s+(?:me|ber)[a-z]{{3,}})\b|"
    # (a route's next stop: 'diarak dari Gedung Kantor Gubernur ke Gedung DPRD')
    rf"\s+ke\s+(?=(?-i:[A-Z])|gedung|kantor|ruang|aula|balai|rumah)|\s+[-—–]+\s+(?-i:[a-z])|(?-i:\s+dan\s+(?:di|me|ber)[a-z]+)\b|,\s*(?:pada\s+)?(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|\d|tanggal|yang)\b|\((?!{_SHORT_FORM[2:]})|(?<!\bLt)(?<!\bJl)(?<!\bNo)(?<!\bJln)\.(?:\s|$)|;|:|$"
    rf"|,?\s+(?:agar|supaya|sehingga|karena|demi)\b"
    # (the quotation it was said in closing: '"Paripurna dimulai pukul 10.00 WIB di gedung DPRD," kata ...')
    rf"|,?[\"”]"
    # (a predicate's auxiliary or a time ends the place: 'arus penumpang di Pelabuhan Bakauheni sudah turun', '... di
    # Ruang Rapat Sakai Sambayan pekan lalu')
    rf"|(?<!serba)\s+(?:secara|sudah|telah|masih|akan|belum|tidak|sedang|juga|pekan|lalu|tadi|(?:pagi|siang|sore|malam)\s+(?:tadi|ini|harinya)|pada|pukul|mulai|sekitar|yang|dengan|untuk|bersama|dalam|guna|sebagai|sejak|selama|hingga|sambil|terkait|usai|saat|oleh|itu|tersebut|"
    rf"senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|kemarin|hari ini|dilakukan|dihadiri|diikuti|untuk|diundang|dipanggil|"
    rf"dikumpulkan|dipimpin|dibuka|{HELD})\b))",
    re.I,
)
# The room as the subject: '..., Ruang Rapat Bappeda Lantai 1 menjadi tempat FGD', 'Aula X dipilih sebagai lokasi rakor',
# 'JAKARTA - Balai Kota Jakarta disambangi Gubernur Lampung ...' (the place visited, after a dateline).
# ('Liwa (Lampost.co): Ruang rapat Pesagi ... menjadi tempat ...'; after a dateline or opening the sentence the day may
# stand between, 'RADARLAMPUNG.CO.ID - Aula Serumpun Padi ..., Selasa (9/11), menjadi tempat')
# ('Aula SMP Negeri 1 Balambangan Pagar ..., Senin (7/5/2018), dipenuhi para kepala sekolah': filled by those who sat)
_SUBJECT_VERB = (r"(?:(?:(?:men)?jadi|dipilih\s+(?:sebagai|menjadi))\s+(?:tempat|lokasi|tuan rumah)|disambangi|dikunjungi|didatangi|"
                 r"dipenuhi|dipadati|disesaki|kedatangan)\b")
_VENUE_SUBJECT = re.compile(rf"(?:^|[,.:]\s+|\s[-–]+\s*)({_HEAD}\b[^.,;:()\"“”]{{0,80}}?)\s+{_SUBJECT_VERB}|"
                            rf"(?:^\W*|:\s+|\s[-–]+\s*)({_HEAD}\b[^.,;:()\"“”]{{0,80}}?)\s*,\s*(?:{WEEKDAYS}|\d)"
                            rf"[^,.]{{0,30}}?,\s+{_SUBJECT_VERB}", re.I)
_VENUE_SUBJECT_WORDS = ("tempat", "lokasi", "tuan rumah", "disambangi", "dikunjungi", "didatangi", "dipenuhi", "dipadati",
                        "disesaki", "kedatangan")
_PROVINCIAL = re.compile(r"\b(?:provinsi lampung|pemprov(?:insi)? lampung|gubernur lampung|dprd lampung|lampung)\b", re.I)
# A venue that belongs to a provincial body ('ruang rapat Komisi IV DPRD Provinsi Lampung', 'Aula DKP Provinsi Lampung').
_PROVINCIAL_OFFICE = re.compile(r"\b(?:provinsi lampung|pemprov(?:insi)? lampung|dprd lampung|setdaprov(?: lampung)?)\b", re.I)
# A provincial agency's office ('Kantor BPBD Lampung', 'Aula Dinas Kesehatan Lampung', 'Ruang Rupatama Polda Lampung'),
# not a regency's ('BPBD Lampung Selatan'): in the capital.
_PROVINCIAL_AGENCY = re.compile(r"\b(?:[A-Z]{3,}[a-z]*|Mapolda|Polda|Kejati|Kanwil(?:\s+[A-Z]\w+){1,4}?|"
                                r"(?:Dinas|Badan|Biro)(?:\s+[A-Z]\w+){1,5}?)\s+Lampung\b"
                                r"(?!\s+(?:Selatan|Barat|Timur|Tengah|Utara))")
# The governor's own room, named by the office alone ('ruang rapat gubernur', 'ruang kerja Wagub'): in the capital.
_GOVERNORS_ROOM = re.compile(r"\bruang(?:an)?\s+(?:rapat|kerja)\s+(?:gubernur|wakil\s+gubernur|wagub|sekdaprov)"
                             r"(?:\s+(?:provinsi\s+)?lampung)?\s*$", re.I)
# 'KALIANDA - ...', 'Tulang Bawang (Lampost.co): ...', 'Jakarta--Gubernur ...' (two dashes may touch the lead)
# ('TRIBUNLAMPUNG.CO.ID, PRINGSEWU - ...': the outlet first, the place after its comma)
# ('RRI.co.id, Gedong Tataan - ...', 'Kupastuntas.co, Bandar Lampung - ...': the outlet first, then the town)
_SITE = re.compile(r"\.(?:co|com|id|net|org)\b", re.I)
_DATELINE = re.compile(r"^\s*([A-Za-z][A-Za-z .]{1,30}?)\s*(?:\([^)]*\)\s*)?(?:,\s*([\w.]+(?: [A-Z][A-Za-z]*){0,2})\s*)?"
                       r"(?:-{2,}\s*|-\s|:\s)", re.M)


@cache
def _region_pattern() -> tuple[re.Pattern, dict[str, str]]:
    lookup: dict[str, str] = {}
    for r in regions():
        lookup[r.name.lower()] = r.name
        prefix = "kabupaten" if r.kind == "kabupaten" else "kota"
        for form in r.short_forms:
            lookup[form.lower()] = r.name
            lookup[f"{prefix} {form}".lower()] = r.name
            if prefix == "kabupaten":
                lookup[f"kab. {form}".lower()] = r.name
        if r.capital:
            lookup.setdefault(r.capital.lower(), r.name)  # the regency's seat: 'KALIANDA --', 'rapat di Liwa'
            lookup.setdefault(closed_up(r.capital).lower(), r.name)  # ... closed up: 'KOTAAGUNG -', 'Gunungsugih'
    return alternation(lookup), lookup


@cache
def _outside_pattern() -> re.Pattern:
    return alternation(outside_places())


# 'usulan normalisasi sudah disampaikan ke Balai Besar Wilayah Sungai ...': a body something was sent or put to is its
# addressee, not a place anyone met in.
# (nor where people fled or were taken: 'ratusan warga mengungsi ke masjid dan balai kelurahan')
_SENT_TO = re.compile(r"\b(?:disampaikan|diajukan|dikirim|dikirimkan|diusulkan|dilaporkan|diteruskan|dilimpahkan|diserahkan|"
                      r"menyampaikan|mengajukan|mengirim|mengirimkan|mengusulkan|melaporkan|meneruskan|melimpahkan|"
                      r"bersurat|menyurati|mengungsi|diungsikan|dievakuasi|dilarikan|dirujuk)\b[^.,;]{0,30}?\s+ke\s+$", re.I)


def venue(units: list[str], followed: bool = False) -> str | None:
    """The first venue phrase in the given sentences (evidence first), else a gazetteer venue; for a meeting followed
    online, the room it was followed from first."""
    # 'di X' says where it happened, 'ke X' / 'mendatangi X' only where someone went; a meeting followed
    # 'secara virtual dari X' happened, for this article, in X
    best = None  # (rank, unit, position): each unit is scanned once, the best rank wins, then the earliest
    named_rooms: list[tuple] = []  # (rank, place) of the rooms named with capitals, for a room only described
    pointed = False
    for u, unit in enumerate(units):
        for m in _venue_phrases(unit):
            if _BARE_ROOM.match(m.group(1)):
                continue  # ('sebagian hadir di ruangan dan sebagian lagi dari layar': a room, no room named)
            if m.group(0)[:4].lower() == "dari" and _BODY_HEAD.match(m.group(1)):
                continue  # ('diikuti unsur TNI dari Korem 043/Gatam, Polda Lampung, ...': who they came from, no room)
            if _POINTER.match(m.group(1)):
                pointed = True  # (resolved below to the room named before, when nothing else is found)
                continue
            if "masing-masing" in m.group(1).lower() or _ON_THE_GROUND.match(m.group(1)) or _SENT_TO.search(
                    unit, max(0, m.start() - 40), m.start() + 3) or _reported(unit, m.start()) or _TOPIC_OF_MEETING.match(
                    unit, m.end()):
                # 'dari markas masing-masing': each participant's own place, not the meeting's; 'di lapangan masih ada
                # pabrik ...': out in the field, no place's name
                continue
            if len(m.group(1).split()) >= 2 or venue_pattern().fullmatch(m.group(1)):
                # (of one sentence's places said alike, a named one before a description: 'Auditorium Lt.4 Kantor Perwakilan Bank
                # Indonesia' over 'gedung bank sentral')
                # (the place a description narrows to, 'tepatnya/persisnya di ...', before the description)
                precise = m.group(0)[:4].lower() in ("tepa", "pers")
                key = (_venue_rank(unit, m, followed), u, _described(m.group(1)), -1 if precise else m.start())
                named = _NAMED_AFTER_COLON.match(unit, m.end()) if m.group(1)[:1].islower() else None
                place = named.group(1) if named else m.group(1)
                found = (key, _without_subject(_TRAILING_AND.sub("", _ADDRESS.sub("", place))).strip(" ,"))
                if best is None or key < best[0]:
                    best = found
                if not _described(found[1]):
                    named_rooms.append(found)
    # ('... di ruang rapat pimpinan dewan, Senin ... . ... di Ruang Rapat Pimpinan DPRD Provinsi Lampung, Senin ...': the
    # room described, then named: the name)
    if best and _described(best[1]) and _ROOM.match(best[1]):
        head = " ".join(best[1].lower().split()[:2])
        same = [f for f in named_rooms if f[1].lower().startswith(head) and f[0][0] == best[0][0]]
        best = min(same) if same else best
    if best and _described(best[1]):
        # ('Di gedung dewan, Selasa (5/7/2022), Ruang Sidang DPRD Provinsi Lampung menjadi tempat Rapat Paripurna ...': the
        # room named as the subject before a place only described)
        subject = _subject_venue(units)
        if subject and not _described(subject) and _BUILDING.match(subject):
            return subject
    if best:
        return _with_room(best[1], units)
    named = next((m.group(0) for unit in units for m in [_NAMED_ROOM.search(unit)] if m), None) if pointed else None
    if named:
        return named
    subject = _subject_venue(units)
    if subject:
        return subject
    for unit in units:
        m = venue_pattern().search(unit)
        if m:
            # ('Rumah dinas Gubernur, Mahan Agung, ...': the building named after its description)
            named = venue_pattern().match(unit, m.end() + len(_COMMA.match(unit, m.end()).group(0)))
            described = _DESCRIPTION.match(m.group(0)) and not _DESCRIPTION.match(named.group(0)) if named else False
            return named.group(0) if described and named.start() > m.end() else m.group(0)
    return None


# 'Keluhan antrean pasien di RSUD Dr. H. Abdul Moeloek dibahas dalam RDP Komisi V': where the matter arose, the subject
# of the meeting that discussed it, not where it sat.
_TOPIC_OF_MEETING = re.compile(rf"[^,;:]{{0,80}}?\b(?:dibahas|dibicarakan|didiskusikan|disorot|mengemuka|dikeluhkan|"
                               rf"dipersoalkan|dipertanyakan|menjadi\s+(?:sorotan|bahasan|pembahasan|perhatian|fokus))\s+"
                               rf"(?:\w+\s+)?(?:dalam|di|pada|saat)\s+(?:{MEETING_NOUNS})\b", re.I)
# A body, not a building, named as a venue's head: 'dari Korem 043/Gatam' tells where people came from.
_BODY_HEAD = re.compile(r"(?:dprd|komisi|kodim|korem|mapolres|mako\w*)\b", re.I)
# 'sebagian hadir di ruangan dan sebagian lagi dari layar': a room no one named.
_BARE_ROOM = re.compile(r"^(?:ruang|ruangan|tempat|lokasi|aula|gedung)\s+(?:dan|atau|serta|yang|sebagian|sementara|lalu|"
                        r"kemudian|untuk|dengan|bersama|maupun|hingga|sampai)\b", re.I)
# A room named by its capitalised name ('Ruang Rapat Bappeda Lantai 1'), for a room pointed back to.
_NAMED_ROOM = re.compile(r"\b(?:Ruang|Ruangan|Aula)(?:\s+(?:[A-Z][\w.-]*|Lantai|Lt\.?|\d+))+")
# 'Di ruangan itulah Bappeda ... memfasilitasi FGD ...': a room pointed back to, named in an earlier sentence.
_POINTER = re.compile(r"^(?:ruang|ruangan|tempat|gedung|aula|lokasi)\s+(?:itu|itulah|tersebut|ini|inilah)\b", re.I)
# The words a building's or a room's name opens with.
_BUILDING = re.compile(r"(?:ruang|ruangan|aula|gedung|balai|auditorium|hotel|wisma|graha|pendopo)\b", re.I)


def _subject_venue(units: list[str]) -> str | None:
    """A venue told as the subject ('Ruang Sidang DPRD ... menjadi tempat Rapat Paripurna ...')."""
    for unit in units:
        low = unit.lower()  # (the pattern needs one of these words: a cheap test first)
        m = _VENUE_SUBJECT.search(unit) if any(w in low for w in _VENUE_SUBJECT_WORDS) else None
        if m:
            return (m.group(1) or m.group(2)).strip(" ,")
    return None


_COMMA = re.compile(r",?\s*")
# 'di kantor orang nomor dua di Pemprov itu: Ruang Kerja Wakil Gubernur, ...': the description, then the name.
_NAMED_AFTER_COLON = re.compile(rf"[^.;:]{{0,20}}:\s*((?=(?-i:[A-Z])){_HEAD}\b[^.,;:()\"“”]*)", re.I)
_DESCRIPTION = re.compile(r"(?:rumah\s+dinas|rumah\s+jabatan|kediaman|kantor|gedung)\b", re.I)


def _without_subject(place: str) -> str:
    """The place without the person a fronted place's comma leads to ('... di Kompleks Kantor Gubernur, Marindo
    Kurniawan memimpin ...')."""
    head, comma, last = place.rpartition(",")
    if not comma:
        return place
    from pipelines.extract.people import lookup, strip_honorifics
    name = strip_honorifics(last.strip())
    # (a known official, not a town or a building; a short form too when it names no place: 'Dari Ruang Command Center
    # ..., Fahrizal menyimak arahan Mendagri')
    short = len(name.split()) == 1 and not (region_in(name) or place_region(name) or name.lower() in outside_places())
    return head if lookup(name) or (short and lookup(name, role="")) else place


def _described(place: str) -> bool:
    """The place is described in lower-case words only ('gedung dewan', 'gedung bank sentral'), not named."""
    return not any(w[:1].isupper() for w in place.split())


def _venue_phrases(unit: str) -> Iterator[re.Match]:
    """The unit's venue phrases; where someone heads for ('menuju X') only at the end of a route told from its start
    ('diarak dari Gedung Kantor Gubernur menuju Gedung DPRD'), else the phrases inside it are read."""
    pos = 0
    while m := _VENUE.search(unit, pos):
        if _NOT_HELD.search(unit, max(0, m.start() - 30), m.start()):
            pos = m.end()  # ('Musrenbang tersebut tidak digelar di kompleks Kantor Gubernur': where it was not)
            continue
        if m.group(0)[:6].lower() == "menuju" and not _ROUTE_FROM.search(unit, max(0, m.start() - 120), m.start()):
            pos = m.start() + 6
            continue
        yield m
        pos = max(m.end(), m.start() + 1)


# 'rapat di Balai Keratun, Kantor Gubernur Lampung ... Rakor yang dipimpin Sekda itu berlangsung di Ruang Rapat
# Sungkai': a building, then the room the meeting sat in, told further on; (a room of another event, 'usai rakor, ...
# menerima tamu di ruang kerjanya', is not it)
_ROOM = re.compile(r"^(?:ruang|ruangan|aula|lantai|lt\.?)\b", re.I)
_ROOM_WORD = (r"(?:[A-Z][\w-]*|rapat|kerja|sidang|pertemuan|utama|tamu|paripurna|wakil|gubernur|bupati|wali\s?kota|"
              r"sekda\w*|sekretaris|daerah|kepala|ketua|komisi|pimpinan|asisten|lantai|lt\.?|[IVX]+|\d+)")
_ROOM_AT = re.compile(rf"\b(?:[Dd]i|[Bb]ertempat\s+di)\s+((?:[Rr]uang|[Rr]uangan)(?:\s+{_ROOM_WORD}){{1,5}})\b")
# the sentence tells the meeting's sitting: its noun or the verbs of holding or receiving it
_SITTING = re.compile(rf"\b(?:{MEETING_NOUNS}|berlangsung|{HELD}|diterima|bertempat)\b", re.I)
_ANOTHER_TIME = re.compile(rf"\b(?:{'|'.join(PRIOR_WORDS)}|kemudian|lalu)\b", re.I)


def _reported(unit: str, at: int) -> bool:
    """The place is in what someone says or reports, and the report tells no sitting ('bahwa rapat paripurna ... di X',
    an announcement, does)."""
    said = _REPORTED.search(unit, 0, at)
    return bool(said) and not _SITTING.search(unit, said.end(), at)


def _with_room(place: str, units: list[str]) -> str:
    """A building's venue completed with the room a later sentence of the lead says the meeting sat in."""
    if _ROOM.match(place) or not venue_pattern().search(place):
        return place
    for unit in units:
        m = _ROOM_AT.search(unit)
        if m and _SITTING.search(unit) and not _ANOTHER_TIME.search(unit) and m.group(1).lower() not in place.lower():
            return f"{m.group(1).strip()}, {place}"
    return place


_ONLINE_BEFORE = sentence_re(rf"\b(?:{ONLINE_WORDS}|online)\b[^.]{{0,30}}$", re.I)


_CAPITAL_SEAT = re.compile(r"\b(?:jakarta|kemendagri|kementerian|istana|sasana bhakti praja)\b", re.I)
_FOLLOWED_BEFORE = re.compile(r"\b(?:diikuti|mengikuti)(?:nya)?\b[^.,]{0,40}$", re.I)
_LED_FROM = re.compile(r"\bdipimpin\b[^.,]{0,70}$", re.I)


# 'diarak dari Gedung Kantor Gubernur menuju Gedung DPRD': a route, from its start to where the event was.
_ROUTE_ON = re.compile(r"\s+(?:menuju|ke)\s+(?:(?-i:[A-Z])|gedung|kantor|ruang|aula|balai|rumah)", re.I)
_ROUTE_FROM = re.compile(r"\bdari\s+(?:(?-i:[A-Z])|gedung|kantor|ruang|aula|balai|rumah)[^.;]{0,100}$", re.I)


_NOT_HELD = re.compile(r"\b(?:tidak|tak|bukan)\s+(?:lagi\s+|pula\s+|juga\s+)?$", re.I)
_ON_THE_GROUND = re.compile(r"^lapangan\s+(?-i:[a-z])", re.I)


# The words a venue phrase opens with that say the meeting sat there ('di', 'bertempat di', 'digelar di', 'Tempat:').
# ('di gedung bank sentral, tepatnya Auditorium Lt.4 ...': the exact place said after the description)
_AT_WORDS = frozenset({"di", "bertempat", "berlangsung", "tempat:", "lokasi:", "tempat", "lokasi", "tempatnya",
                       "lokasinya", "tepatnya", "persisnya", *HELD.split("|")})
# Ports, airports, fields and parks are more often what a meeting talks about than where it sits.
_OUTDOOR = re.compile(r"^(?:pelabuhan|bandara|stadion|lapangan|taman)\b", re.I)


def _venue_rank(unit: str, m: re.Match, followed: bool = False) -> int:
    word = m.group(0).split()[0].lower()
    if _FOLLOWED_BEFORE.search(unit, max(0, m.start() - 50), m.start()):
        return 0  # the room a meeting is followed from ('rakor diikuti di Ruang Rapat Pesagi') is this article's venue
    if word == "dari" and _ONLINE_BEFORE.search(unit[: m.start()]) and not _CAPITAL_SEAT.search(m.group(1)):
        return 0  # '... yang dipimpin Mendagri secara virtual dari Ruang Command Center ...': followed from a Lampung room
    if word == "dari" and _LED_FROM.search(unit, max(0, m.start() - 80), m.start()):
        return 3  # 'dipimpin Wamendagri dari Gedung Sasana Bhakti Praja': where its leader sat, not where it was followed
    if word == "dari" and (followed or _ONLINE_BEFORE.search(unit[: m.start()])) and not _CAPITAL_SEAT.search(m.group(1)):
        return 0  # (the capital's seat a national meeting is led from, named with commas between, is not followed from)
    if word == "dari" and _ROUTE_ON.match(unit, m.end()):
        return 4  # 'diarak dari Gedung Kantor Gubernur menuju Gedung DPRD': where they set out from, not where they sat
    if word in _AT_WORDS or (
            word == "ke" and _SENT_FOR.search(unit, 0, m.start())):
        # (a council named as the place, 'di DPRD Kabupaten Mesuji', gives way to the room the text goes on to name)
        return 2 if _OUTDOOR.match(m.group(1)) or _COUNCIL_AS_PLACE.match(m.group(1)) else 1
    return 3


_COUNCIL_AS_PLACE = re.compile(r"^(?:dprd|komisi|fraksi|pansus|badan\s+anggaran)\b", re.I)  # (or its organ: 'ke Komisi V DPRD')


# Called, invited or gathered 'ke X': the meeting sat where they were called to ('diundang ke Aula Bappeda'); so did an
# audience where the visitors called ('... saat beraudiensi ke kantor gubernur').
_SENT_FOR = re.compile(r"\b(?:memanggil|dipanggil|mengundang|diundang|mengumpulkan|dikumpulkan|beraudiensi|audiensi|"
                       r"bersilaturahmi|bertamu)\b[^.;]{0,80}$", re.I)


_STREET = re.compile(r"\b(?:jalan|jln?\.?)\s+$", re.I)  # tested against the text before a place name


@cache
def _place_pattern() -> re.Pattern:
    return re.compile(r"\b(" + "|".join(re.escape(p) for p in sorted(place_regions(), key=len, reverse=True)) + r")\b")


def place_region(text: str | None) -> str | None:
    """The kabupaten/kota of the first capitalised town or port named in text ('Cabang Bakauheni', 'di Natar')."""
    m = _place_pattern().search(text or "")
    return place_regions()[m.group(1)] if m else None


def is_place_name(text: str) -> bool:
    """The whole text names a region, a town or a place outside Lampung ('Jakarta', 'Kalianda', 'Bandar Lampung')."""
    return bool(_region_pattern()[0].fullmatch(text) or _outside_pattern().fullmatch(text)
                or _place_pattern().fullmatch(text))


def region_in(text: str | None) -> str | None:
    """Official name of the first Lampung region or outside place named in text."""
    if not text:
        return None
    pattern, lookup = _region_pattern()
    best, best_at = None, None
    for m in pattern.finditer(text):
        word = m.group(0)
        if (word.lower() == "metro" and not word[0].isupper()) or _STREET.search(text, 0, m.start()):
            continue
        best, best_at = lookup[re.sub(r"[\s-]+", " ", word.lower())], m.start()
        longer = _place_pattern().match(text, m.start())
        if longer and longer.end() > m.end():
            best = place_regions()[longer.group(1)]  # 'Kecamatan Tulang Bawang Tengah' lies in Tulang Bawang Barat
        break
    for outside in _outside_pattern().finditer(text):
        if _STREET.search(text, 0, outside.start()):
            continue  # 'Jalan Medan Merdeka Barat' is a street in Jakarta, not Medan
        if any(local.start() <= outside.start() < local.end() for local in _place_pattern().finditer(text)):
            continue  # 'Seputih Surabaya' is a district of Lampung Tengah, not Surabaya
        if best is None or outside.start() < best_at:
            return outside_places()[outside.group(0).lower()]
        break
    return best


def city(venue_text: str | None, units: list[str], first_line: str | None) -> str | None:
    """City from the venue, then 'di <region>' in the sentences, then the dateline."""
    return stated_city(venue_text, units, first_line) or dateline_region(first_line)


def stated_city(venue_text: str | None, units: list[str], first_line: str | None) -> str | None:
    """City the text states for the meeting: from the venue, then 'di <region>' in the sentences (the dateline only
    decides whether a generic hall is the capital's)."""
    if venue_text:
        addressed = _address_city(venue_text, units)
        if addressed:
            return addressed
        known = venue_pattern().search(venue_text)
        # a town named in an office's or a hall's name places the meeting there; a port or field is often only
        # what the meeting talked about
        found = region_in(venue_text) or (None if _OUTDOOR.match(venue_text) else place_region(venue_text))
        if found:
            return found
        if known and not (known.group(0).lower() in generic_venues() and _local(units, first_line)):
            return venue_city()[known.group(0).lower()]
        if _PROVINCIAL_OFFICE.search(venue_text) or _PROVINCIAL_AGENCY.search(venue_text) or _GOVERNORS_ROOM.search(
                venue_text):
            return "Kota Bandar Lampung"  # a room of a provincial office or of the DPRD sits in the capital
        owner = _organ_room_city(venue_text, units) or _office_room_city(venue_text, units)
        if owner:
            return owner
    # reported from outside Lampung ('Jakarta--', 'BENGKULU -'), a Lampung region named in the lead is what the
    # meeting was about ('pabrik tapioka di Lampung Tengah'), not where it sat
    filed = dateline_region(first_line)
    away = filed is not None and filed.lower() not in region_by_name()
    for unit in units:
        for m in re.finditer(r"\b(?:di|ke)\s+((?:[A-Z][\w.-]*\s?){1,4})", unit):
            if _ABSENT_THERE.search(unit, max(0, m.start() - 120), m.start()):
                continue  # ('Bupati yang berhalangan hadir karena mengikuti kegiatan ... di Jakarta'): where he was
            if _DATED_BY_MONTH.match(unit, m.end()):
                continue  # ('Trade Expo Indonesia di Jakarta pada Oktober 2017'): a place of the story's past
            found = region_in(m.group(1)) or _town_region(m.group(1))
            if found and _VILLAGE.match(m.group(1)) and found.lower() not in region_by_name():
                continue  # ('di Kelurahan Kupang Kota': a neighbourhood of the capital, not Kupang in NTT)
            if found and not (away and found.lower() in region_by_name()):
                return found
    return None


# A place then dated by a month or a year alone: another occasion's (the news is told with its day).
# (or by a day it calls gone: 'setelah dilantik Presiden ... di Jakarta pada 20 Februari lalu')
_DATED_BY_MONTH = re.compile(rf"\s*,?\s*(?:(?:pada|sejak|tahun)\s+(?:(?:bulan\s+)?(?:{MONTH_NAMES})\s+|tahun\s+)?(?:19|20)\d{{2}}\b|"
                             rf"pada\s+(?:tanggal\s+)?\d{{1,2}}\s+(?:{MONTH_NAMES})\s+(?:(?:19|20)\d{{2}}\s+)?(?:lalu|silam)\b)",
                             re.I)
_VILLAGE = re.compile(r"(?:kelurahan|desa|pekon|tiyuh|kampung|dusun|jalan|jl|jln)\b", re.I)


# Someone absent, away or bound elsewhere ('harus menghadiri rapat kerja di Kementerian ... di Jakarta'), and the place
# he was instead, told in one clause.
_ABSENT_THERE = re.compile(r"\b(?:berhalangan|tidak\s+(?:dapat\s+)?hadir|sedang\s+(?:berada|mengikuti|bertugas|dinas)|"
                           r"karena\s+(?:mengikuti|menghadiri|ada\s+tugas)|harus\s+(?:menghadiri|berangkat\s+ke))"
                           r"\b[^.;]{0,100}$", re.I)


# A room of a council's organ ('ruang rapat Komisi IV') sits in that council's building: the DPRD the sentence names.
_ORGAN = re.compile(rf"\b(?:{COUNCIL_ORGANS})\b", re.I)
_COUNCIL = re.compile(r"\bDPRD\s+(?:Provinsi\s+)?((?:Kabupaten\s+|Kota\s+)?(?:[A-Z]\w+\s?){1,3})")


def _organ_room_city(venue_text: str, units: list[str]) -> str | None:
    """The seat of the DPRD whose organ's room the venue is, as the venue's own sentence names that DPRD."""
    if not _ORGAN.search(venue_text):
        return None
    # ('Dalam rapat di ruang Komisi II tersebut, ...' after a lead that names 'Komisi II DPRD Provinsi Lampung': the
    # council the lead named)
    own = [u for u in units if venue_text in u][:1]
    for unit in own + [u for u in units if u not in own]:
        m = _COUNCIL.search(unit)
        if m:
            # ('Ketua Komisi IV DPRD Lampung Miswan Rody': the province's council, a name after it)
            words = m.group(1).split()
            provincial = words[0] == "Lampung" and (len(words) == 1 or words[1] not in _REGION_TAILS)
            return region_in(m.group(1)) or ("Kota Bandar Lampung" if provincial else None)
    return None


_REGION_TAILS = frozenset({"Barat", "Timur", "Selatan", "Tengah", "Utara"})  # 'Lampung Barat' is a regency


# A room named after an office without its region ('Ruang Rapat Bappeda Lantai 3') is that office's, as the venue's own
# sentence names it with its region ('Bappeda Provinsi Lampung menyelenggarakan Rapat ... di Ruang Rapat Bappeda').
_ROOM_WORDS = frozenset("ruang ruangan rapat lantai lt aula gedung kantor utama sidang balai kerja pertemuan".split())


def _office_room_city(venue_text: str, units: list[str]) -> str | None:
    """The seat of the office a room is named after, as the venue's own sentence writes that office with its region."""
    offices = [w for w in re.findall(r"\b[A-Z][\w-]+", venue_text) if w.lower() not in _ROOM_WORDS]
    if not offices or region_in(venue_text):
        return None
    unit = next((u for u in units if venue_text in u), "")
    for office in offices:
        m = _office_with_region(office).search(unit)
        if m:
            written = m.group(1)
            return "Kota Bandar Lampung" if written in {"Lampung", "Provinsi Lampung"} else region_in(written)
    return None


@lru_cache(maxsize=1024)
def _office_with_region(office: str) -> re.Pattern:
    """An office's name followed by its region ('Bappeda Provinsi Lampung', '... (Bappeda) Provinsi Lampung')."""
    return re.compile(rf"\b{re.escape(office)}\)?\s+((?:Provinsi|Kabupaten|Kota)\s+[A-Z]\w+(?:\s+[A-Z]\w+)?|"
                      r"Lampung(?:\s+(?:Barat|Timur|Selatan|Tengah|Utara))?)")


# The address written with a venue: 'Gedung Ali Wardhana, Jl. Lapangan Banteng Timur No. 2-4, Jakarta Pusat, Selasa'.
# It ends at the day or the date ('Kamis', '(21/3/2024)', 'pada ...').
_ADDRESS_END = re.compile(r"\(\d|\b(?:pada|Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b|[;:]")


def _address_city(venue_text: str, units: list[str]) -> str | None:
    """The town that closes the venue's address (street, neighbourhood, district, town: the last place is the widest)."""
    tail = ""
    for unit in units:
        at = unit.find(venue_text)
        if at >= 0:
            tail = unit[at + len(venue_text):at + len(venue_text) + 200]
            break
    tail = re.sub(r"^\s*\([^()]{1,20}\)", "", tail)  # a short form after the venue: 'Provinsi Banten (KP3B), Jl. ...'
    if not tail.startswith((",", ".")):
        tail = ""  # the sentence goes on with something else
    address = venue_text + tail
    end = _ADDRESS_END.search(address, len(venue_text))
    found = None
    for part in address[:end.start() if end else len(address)].split(",")[1:]:
        part = part.strip()
        if part[:1].islower() or len(part.split()) > 6:
            # the sentence goes on ('..., Kantor Gubernur, menyebutkan pasien berasal dari ..., Lampung Selatan',
            # '..., Gubernur Lampung ... menerima audiensi Bupati Pesisir Barat ...')
            break
        if part[:1].isupper() and not re.match(r"(?:jalan|jln?\.?)\s", part, re.I):
            found = region_in(part) or _town_region(part) or found
    return found


# 'di Kecamatan Natar', 'di Desa X Kecamatan Y', 'di Natar': a town the meeting is held in ('di Pasar Natar',
# 'di Pelabuhan Bakauheni' name a market or port, more often what was discussed than where)
_SETTLEMENT = re.compile(r"^(?:(?:Kecamatan|Kec\.|Kelurahan|Kel\.|Desa|Pekon|Tiyuh|Kampung)\s+)?", re.I)


def _town_region(phrase: str) -> str | None:
    m = _place_pattern().match(phrase, _SETTLEMENT.match(phrase).end())
    return place_regions()[m.group(1)] if m else None


def dateline_region(first_lines: str | None) -> str | None:
    """The region of the dateline opening one of the first lines ('KALIANDA -- ...', 'Tulang Bawang (Lampost.co): ...')."""
    for line in (first_lines or "").split("\n")[:3]:
        m = _DATELINE.match(line)
        if m and not m.group(2) and _SITE.search(m.group(1)):
            m = _DATELINE.match(line[m.end():])  # ('Medialampung.co.id - METRO - ...': the outlet's name, then the town)
        found = (region_in(m.group(1).title()) or region_in((m.group(2) or "").title())) if m else None
        if found:
            return found
    return None


def _local(units: list[str], first_lines: str | None) -> str | None:
    """A region other than the capital that the dateline or the subject of the lead names."""
    found = dateline_region(first_lines) or subject_region(units[:3])
    return found if found and found != "Kota Bandar Lampung" else None


# A dateline on a line of its own above the lead, an outlet's name before the place or after it ('LAMPUNGPRO.CO — METRO',
# 'KOTA AGUNG -', 'Lampung Utara, Lampungvisual.com-', 'Pringsewu (Pikiran Lampung)', 'Lampung Tengah:').
_OWN_LINE_DATELINE = re.compile(r"^\s*(?:[\w.]+\s*[—–-]+\s*)?([A-Za-z][A-Za-z .]{2,30}?)\s*"
                                r"(?:\([\w .'-]{2,30}\)|,\s*[A-Za-z][\w-]*(?:\.[a-z]{2,6})+\.?)?\s*[—–:-]*\s*$")


def standalone_dateline(text: str, lines: int = 6) -> str | None:
    """The place of a dateline written alone on one of the first lines of a page, if any."""
    for line in [l for l in (text or "").splitlines() if l.strip()][:lines]:
        m = _OWN_LINE_DATELINE.match(line)
        # (a place in capitals may carry its outlet's name, 'RADAR TANGGAMUS'; one in title case must be a place's whole
        # name, since a line of a few capitalised words is as often a caption's or a menu's: 'Tribun Pringsewu')
        found = region_in(m.group(1).title()) if m else None
        if found and (m.group(1).isupper() or is_place_name(m.group(1).strip())):
            return found
    return None


_SUBJECT = re.compile(r"\b(?:Pemkab|Pemkot|Pemerintah Kabupaten|Pemerintah Kota|Bupati|Wali ?kota|(DPRD)(?: Kabupaten| Kota)?)\s+"
                      r"(?:\([^)]*\)\s+)?((?:[A-Z]\w+\s?){1,3})")


def subject_region(units: list[str]) -> str | None:
    """The regency/city whose government or council is the subject of the title or lead ('Pemkab Lampung Barat ...',
    'DPRD Pringsewu ...'); a council from outside Lampung is a visitor, not the place."""
    for unit in units:
        for m in _SUBJECT.finditer(unit or ""):
            found = region_in(m.group(2))
            if found and not (m.group(1) and found.lower() not in region_by_name()):
                return found
    return None


def default_city(text: str) -> str | None:
    """The provincial capital when the article is about the provincial government and names no place."""
    return "Kota Bandar Lampung" if _PROVINCIAL.search(text) else None


def codes(city_name: str | None) -> tuple[str | None, str | None]:
    """(kemendagri_code, bps_code) of a Lampung region, (None, None) elsewhere."""
    region = region_by_name().get((city_name or "").lower())
    return (region.kemendagri_code, region.bps_code) if region else (None, None)
