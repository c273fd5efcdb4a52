"""The chair: who led, opened or hosted the headline meeting, read from the constructions that say so.

Every construction names an agent either after its verb (passive: 'dipimpin oleh X', 'dibuka X', 'diterima X')
or before it (active: 'X memimpin', 'X selaku pimpinan rapat', 'X menerima audiensi'), or in a fronted or
speech clause ('Saat memimpin rapat, X ...', 'ujar X saat membuka ...'). The agent is then read as one person:
a role with a name, a bare name, a person the article already named, a role alone (resolved against the
article's people, then the gazetteer) or a pronoun standing for the previous sentence's subject.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache

from pipelines.extract.gazetteer import officials, province_words
from pipelines.extract.people import (_DEGREE, _DEGREE_TOKEN, _ORG_NOUNS, _PREFIX_TOKEN, _region_words, _role_words,
                                      _valid_name, absent, expand_role, holder, lookup, mentions, represented_before, resolve,
                                      role_key, strip_honorifics)
from pipelines.extract.text import (HELD, HOLDS, MEETING_NOUN, MEETING_NOUNS, PRIOR_WORDS, SPEECH_TAGS, is_headline,
                                    sentence_re, this_moment)

_ADVERB = r"(?:\s+(?:langsung|secara\s+(?:resmi|langsung|virtual|daring|hibrid)|resmi|hangat|dengan\s+hangat))?"
# Passive lead: the agent follows ('dipimpin langsung oleh', 'dibuka secara resmi', 'diketuai').
# ('Palu sidang rapat paripurna ... dipegang Ria Hartini': whoever holds the gavel presides)
# (where the leader sat may come between: 'dipimpin langsung dari Jakarta oleh Mendagri X')
_LED_BY = re.compile(rf"\b(?:(?:dipimpin|dipandu|diketuai|dikomandoi|dinakhodai|digawangi|"
                     # ('jalannya sidang paripurna dikendalikan langsung Ketua DPRD X'; not 'Keadaan baru bisa dikendalikan')
                     rf"(?:rapat|sidang|paripurna|pembahasan|pertemuan|rakor)\b[^.,;]{{0,40}}?\bdikendalikan){_ADVERB}"
                     r"(?:\s+(?:dari|di)\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+oleh|\s+oleh)?|"
                     r"palu\s+sidang\b[^.]{0,160}?\bdipegang(?:\s+langsung)?(?:\s+oleh)?|"
                     # (not 'di bawah kepemimpinan Presiden X': an era of government, not a meeting's chair)
                     r"di\s?bawah\s+(?:pimpinan|komando|kendali)|(?<!selaku )(?<!sebagai )(?:pimpinan|pemimpin|ketua)\s+"
                     r"(?:rapat|sidang)\s*[,:]?|"
                     # ('Bertindak selaku pimpinan rapat adalah Wali Kota X': the leading told first, its subject after)
                     r"(?:selaku|sebagai)\s+(?:pimpinan|pemimpin|ketua)\s+(?:rapat|sidang)(?:\s+(?:itu|tersebut|ini))?"
                     r"\s+(?:adalah|ialah|yakni)|"
                     # ('Yang memimpin rapat itu adalah Wakil Gubernur ...': the one who did)
                     r"yang\s+memimpin(?:nya|\s+(?:rapat|sidang|jalannya\s+\w+)(?:\s+(?:itu|tersebut|ini))?)?"
                     r"(?:\s+langsung)?\s+(?:adalah|ialah|yakni))\s+",
                     re.I)
# Opening is weaker evidence than leading: 'dibuka oleh Bupati X, dan dilanjutkan dipimpin Kepala Bappeda Y' -> Y.
# ('Pembukaan musrenbang dilakukan Ganjar Jationo, Staf Ahli ...': the opening was done by him)
# ('Suasana pembukaan Musrenbang Provinsi Lampung Tahun 2025 oleh Gubernur X': the opening by him)
_OPENED_BY = re.compile(rf"\b(?:dibuka{_ADVERB}|pembukaan\s+(?:[\w-]+\s+){{0,5}}?(?:dilakukan|dilaksanakan)(?:\s+langsung)?|"
                        r"pembukaan\s+(?:[\w()-]+\s+){1,10}?oleh)"
                        r"(?:\s+oleh)?\s+", re.I)
# 'rapat yang dipimpinnya', 'dibukanya': the agent is the sentence's own subject.
_LED_BY_SUBJECT = re.compile(r"\b(?:dipimpin|dibuka|dipandu|diketuai)(?:nya|\s+(?:langsung\s+|sendiri\s+)?olehnya)\b|"
                             r"\byang\s+(?:ia|dia|beliau)\s+(?:pimpin|buka|pandu|ketuai|gelar|adakan|selenggarakan|laksanakan|"
                             r"helat)\b", re.I)
# Convening written in the passive: 'rapat yang diinisiasi / diprakarsai / diselenggarakan oleh X'.
# ('rapat koordinasi yang digelar Gubernur Lampung X bersama para bupati': a relative clause names its convener without
# 'oleh')
# the invitation's signer calls the meeting (the letter pointed back to: 'Surat itu diteken Plt. Kepala BPKAD ...')
_SIGNED = r"(?:undangan|surat\s+(?:itu|tersebut))\b[^.]{0,150}?\b(?:diteken|ditandatangani)(?:\s+oleh)?"
_SIGNED_BY = sentence_re(rf"\b{_SIGNED}\s+", re.I)
_CONVENER = (r"(?:Gubernur|Wakil|Wagub|Sekda\w*|Sekretaris|Bupati|Wabup|Wali|Wawali|Ketua|Kepala|Kadis|Menteri|Asisten|Pj|"
             r"Plt|Penjabat)\b")
# (or his name, the office in apposition after it: 'rapat koordinasi TPID yang digelar Marindo Kurniawan, Sekretaris
# Daerah Provinsi Lampung, bersama ...')
_NAMED_CONVENER = rf"(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z])[\w'-]+){{0,3}},\s+{_CONVENER}"
_CONVENED_BY = sentence_re(rf"\b(?:{_SIGNED}|"
                           rf"yang\s+(?:{HELD}){_ADVERB}(?:\s+oleh)?(?=\s+(?:{_CONVENER}|{_NAMED_CONVENER}))|"
                           rf"(?:diinisiasi|diprakarsai|digagas|{HELD})"
                           rf"{_ADVERB}\s+oleh|(?:dipanggil|dikumpulkan|diundang)(?:\s+langsung)?(?:\s+oleh)?)\s+", re.I)
# The owner of the room an audience is held in hosts it: 'beraudiensi ke ruang kerja Gubernur'.
_ROOM_OF = re.compile(r"\bruang(?:an)?\s+kerja\s+", re.I)
# A delegation's leader is the visitor, not the meeting's chair.
# ('Rombongan tersebut diketuai Staf Ahli ... Sakroni': the delegation pointed back to)
# ('Delegasi Provinsi Lampung dipimpin langsung oleh Kepala Bappeda ...': the delegation is the sentence's subject)
_DELEGATION = re.compile(r"\b(?:rombongan|delegasi|tim|kontingen|peserta|perwakilan|utusan)\b[^.,]{0,80}?\byang\s+$|"
                         r"\b(?:rombongan|delegasi)\s+(?:[\w-]+\s+){0,2}?(?:itu|tersebut)\s+$|"
                         r"^\W*(?:rombongan|delegasi|kontingen)\b[^.,]{0,60}?\s+$", re.I)
# Audience host after the verb: the person received the visitors or was visited.
# ('diterima beraudiensi oleh Ketua DPRD ...': the visit's name between the verb and its agent)
# ('diterima dalam audiensi oleh Direktur ...': the meeting it was received in, between)
_RECEIVED_BY = re.compile(rf"\b(?:(?:diterima|disambut|dijamu){_ADVERB}(?:\s+(?:beraudiensi|berdialog|bersilaturahmi|"
                          r"melakukan\s+(?:audiensi|kunjungan\s+kehormatan)|dalam\s+(?:audiensi|pertemuan|kunjungan\s+"
                          r"kehormatan)))?"
                          # ('diterima langsung oleh tuan rumah, Pj Bupati Lampung Barat Nukman')
                          r"(?:\s+oleh)?\s+(?:(?:sang\s+)?tuan\s+rumah,?\s+)?|"
                          # ('dan yang menerimanya adalah Sekretaris Daerah Provinsi Lampung, Fredy': the one who did)
                          r"yang\s+(?:menerima|menyambut)(?:nya|\s+(?:mereka|rombongan|kedatangan\s+\w+))?"
                          r"(?:\s+langsung)?\s+(?:adalah|ialah|yakni)\s+)", re.I)
# 'audiensi Gubernur Lampung ... dan para bupati se-Lampung dengan Menkes di kantor ...': the visitors, then the host.
_AUDIENCE_WITH = re.compile(r"\baudiensi\s+(?!dengan\b|ke\b|kepada\b)[^.;,]{3,80}?(?:,[^.;,]{3,60}?)?\s+dengan\s+", re.I)
_HOST_AFTER = re.compile(r"\b(?<!menerima )(?<!terima )(?:beraudiensi|audiensi|bertemu|bertatap muka|sowan|bersilaturahmi|"
                         r"menemui|temui|menghadap|courtesy call|kunjungan kehormatan|kunjungan silaturahmi|menyambangi)\s+"
                         r"(?:langsung\s+|secara \w+\s+)?(?:dengan\s+|kepada\s+|ke\s+)?", re.I)
# Active lead: the agent is the subject before the verb.
# (an apposition says it too: 'Ketua Komisi IV, Syamsul Arifin Bahri, pemimpin RDP tersebut, mempertanyakan ...')
# ('Fahrizal memimpinnya dari Ruang Rapat ...', 'Elvira Umihanni membukanya mewakili Gubernur': the verb takes the meeting
# as its clitic)
_LEADS = re.compile(r"\b(?:(?<!tahun )(?<!setahun )(?<!selama )(?<!sejak )(?:memimpin|pimpin)(?:nya)?(?!\s*[,.;:!?]?\s*$)|memandu|selaku\s+"
                    # ('Marindo Kurniawan, selaku Sekretaris Daerah Provinsi Lampung dan pimpinan rapat, menyebut ...': his
                    # office, and leader of the meeting)
                    r"(?:[^,.;]{3,60}?\s+(?:dan|sekaligus)\s+)?(?:pimpinan|pemimpin|ketua)\s+(?:rapat|sidang|"
                    # ('bertindak sebagai moderator sekaligus pimpinan rapat')
                    r"forum|pertemuan|acara)|(?:bertindak|duduk)\s+(?:sebagai|selaku)\s+(?:\w+\s+(?:sekaligus|dan)\s+)?"
                    # ('dengan Sekdaprov X sebagai pimpinan rapat': an office's 'sebagai Ketua Tim' is no leading)
                    r"(?:pimpinan|pemimpin)|sebagai\s+(?:pimpinan|pemimpin|ketua)\s+(?:rapat|sidang)|"
                    # ('... Marindo Kurniawan memegang kendali jalannya pembahasan': he held the meeting's reins)
                    r"memegang\s+kendali|mengendalikan\s+jalannya)\b|"
                    rf",\s*(?:pimpinan|pemimpin)\s+(?:{MEETING_NOUNS})(?:\s+(?:tersebut|itu|ini|kali\s+ini))?\s*,", re.I)
# (not opening something else: 'membuka posko pengungsian', 'membuka peluang', 'membuka lapangan kerja')
_OPENS = re.compile(r"\b(?:membuka(?:nya)?|buka|pembukaan)\b(?!\s+(?:posko|peluang|lapangan|akses|jalan|lowongan|pendaftaran|"
                    r"kesempatan|ruang\s+(?:dialog|diskusi)|rekening|lahan|keran|kran|pintu|blokir|isolasi|segel|"
                    r"puasa|cabang|usaha|toko|gerai|layanan|pelayanan|dapur|tenda)\b)", re.I)
_RECEIVES = re.compile(r"\b(?:menerima|terima|menyambut|sambut)\b(?!\s+kasih)", re.I)  # (not thanks: "terima kasih")
# Convening: the one who held or called the meeting is its evident head when no one else is said to lead it.
# (a headline's bare verbs too: 'Bupati Tuba Adakan Rakor Forkopimda')
_CONVENES = re.compile(r"\b(?:menggelar|gelar|mengadakan|adakan|mengumpulkan|kumpulkan|memanggil|panggil|mengundang|undang|"
                       r"menyelenggarakan|selenggarakan|melaksanakan|menghelat|helat|menginisiasi|memprakarsai)\b", re.I)
# 'Saat memimpin rapat, X menyampaikan ...': the subject follows the fronted clause.
# ('Saat menerima audiensi KONI ..., Gubernur X menjamin ...': the host received it)
# ('Selepas memimpin rapat, Samsudin menjelaskan ...': after leading it, he spoke; not 'Usai membuka rakor, Wagub
# meninggalkan ruangan': someone else led it)
_FRONTED = re.compile(r"^(?:(?:usai|seusai|selepas|setelah|sesudah)\s+memimpin|(?:saat|ketika|sewaktu|dalam|sambil|sembari)?\s*"
                      r"(?:secara\s+resmi\s+)?(?:memimpin|membuka|"
                      r"menerima\s+(?:audiensi|kunjungan|kedatangan|silaturahmi|rombongan)|"
                      r"(?:bertindak|duduk)\s+(?:sebagai|selaku)\s+(?:pimpinan|pemimpin|ketua)\s+(?:rapat|sidang)|"
                      # ('Duduk di meja pimpinan, Ketua Komisi V Yanuar Irawan, diapit ...')
                      r"duduk\s+di\s+(?:meja|kursi)\s+(?:pimpinan|ketua)))\b"
                      r"[^,]{0,160},\s*", re.I)
# A headline's 'Buka Musrenbang 2025, Gubernur Mirza: 2026 Momen Penting': who opened or led it, up to the colon that
# opens what he said.
_HEADLINE_FRONTED = re.compile(r"^(?:Pimpin|Buka)\s+[^,:]{3,80},\s+([^,:]{3,60}?)\s*:")
# 'Nyoto Suwignyo, Direktur ... pada Direktorat Jenderal (Ditjen) Bina Pembangunan Daerah Kemendagri, membuka rapat':
# a sentence opening on a name and its office, however long, the verb right after.
# (a person's name is written in title case; an outlet's, 'HEADLINELAMPUNG, BANDAR LAMPUNG - ...', in capitals)
_NAME_FIRST = re.compile(r"^\W*((?:[A-Z][a-z'’.][\w'’.-]*\s+){0,3}[A-Z][a-z][\w'’-]*),\s+([A-Z][^,–—]{2,220}?),?\s*$")
# 'Tomsi Tohir, Inspektur Jenderal Kemendagri yang memimpin ...': the name before its apposition is the subject.
_NAME_APPOSITION = re.compile(r"((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+),\s+(?:[^,]{3,120}?\s+)?yang\s+(?:\w+\s+)?$")
# 'ujar X saat memimpin ...', 'dikemukakan Sekda ketika membuka ...': the agent sits between the two verbs.
_SPEECH_LEAD = re.compile(r"\b(?:ujar|kata|ucap|tutur|jelas|tegas|ungkap|papar|imbuh|sebut|pinta|"
                          r"dikemukakan|disampaikan|dikatakan|diungkapkan|ditegaskan|dijelaskan|dipaparkan)(?:nya)?\s+"
                          r"(?P<agent>[^.,;“”\"]{2,110}?),?\s+(?:saat|ketika|sewaktu|seusai|usai|dalam|selaku)\s+"
                          # 'saat memberikan sambutan sekaligus membuka Musrenbang'
                          rf"(?:[a-z]+\s+){{0,3}}?(?:secara\s+resmi\s+)?(?:memimpin|membuka|{HOLDS}|pemimpin|pimpinan)\b",
                          re.I)
_ARAHAN_AFTER = re.compile(r"\barahan\s+(?:langsung\s+)?(?:dari\s+)?", re.I)
_ARAHAN_BEFORE = re.compile(r"\b(?:dalam|saat|ketika)\s+(?:arahannya|sambutannya|memberikan arahan)\b", re.I)
# Between two people of one list ('X (tengah), Y (kiri), dan Z memimpin'): the first named is the subject.
_LIST_GAP = re.compile(r"^\s*(?:\([^()]{0,20}\)\s*)?(?:,|\bdan\b|\bbersama\b|\bdidampingi\b|\bbeserta\b|,\s*dan\b|\s)*\s*$", re.I)
# ('pesan yang ia sampaikan ketika memberi sambutan sekaligus membuka Musrenbang': the speech before the opening)
_PRONOUN = re.compile(r"\b(?:ia|dia|beliau)\s+(?:\w+\s+){0,2}(?:memberi(?:kan)?\s+(?:sambutan|arahan)\s+(?:sekaligus|dan|serta)\s+)?$",
                      re.I)
_ROLE_ONLY = re.compile(r"(?:(?:Pj|Plh|Plt)\.?\s+)?(?:Wakil\s+Gubernur|Gubernur|Wagub|Sekdaprov|Sekretaris\s+Daerah|Sekda|"
                        r"Bupati|Wakil\s+Bupati|Wabup|Wali\s?kota|Wakil\s+Wali\s?kota|(?:Wakil\s+)?Ketua\s+DPRD|Kepala\s+[A-Z][\w-]+|"
                        r"Kadis\s+[A-Z][\w-]+|Menteri\s+[A-Z][\w-]+|Mendagri|Menkeu|Mentan|Menhub|Menkes|Mensos|Mendikbud|Menko\w*|"
                        r"Wapres|Presiden)"
                        r"(?:\s+(?:Provinsi\s+)?Lampung)?", re.I)
_ROLE_LAST = re.compile(rf"({_ROLE_ONLY.pattern})\s+(?:\w+\s+)?$", re.I)
_ROLE_COMMA_LAST = re.compile(rf"({_ROLE_ONLY.pattern})\s*,\s+(?:\w+\s+)?$", re.I)
_NAME = re.compile(r"^(?:(?:[A-Z][\w'’.-]*|\([^()]{0,20}\))\s*,?\s*){1,8}")
# 'Gubernur Lampung secara resmi membuka', 'X pun langsung memimpin': adverbs between the subject and the verb.
# ('Gubernur Lampung turun tangan langsung memimpin ...': in person)
_ADVERBS_BEFORE_VERB = re.compile(r"(?:\s+(?:secara\s+resmi|secara\s+langsung|langsung|juga|pun|kemudian|lalu|sendiri|"
                                  r"kembali|turut|turun\s+tangan|turun))+\s*$", re.I)
# 'Gubernur menyampaikannya ketika membuka forum ...': a speech verb and 'when' between the subject and the lead verb.
_SAID_WHEN = re.compile(r"\s+(?:menyampaikan|mengatakan|menegaskan|mengungkapkan|memaparkan|menjelaskan|mengingatkan)(?:nya)?"
                        r"(?:\s+(?:hal\s+)?(?:itu|tersebut|ini))?"
                        # ('Fahrizal menyampaikannya kepada wartawan seusai menggelar rapat koordinasi ...')
                        r"(?:\s+(?:kepada|pada|di\s+hadapan)\s+(?:para\s+)?(?:wartawan|awak\s+media|media|jurnalis|pers))?"
                        r"\s+(?:saat|ketika|sewaktu|seusai|usai|sebelum|sesudah)"
                        r"(?:\s+(?:secara\s+resmi|langsung))?\s*$", re.I)
_ALONE = re.compile(r"\s*(?:[,.;]|$|\s[a-z])")  # nothing named after a role: a comma, a stop or a lower-case word
# A dateline before a fronted clause ('BANDAR LAMPUNG ---- Saat membuka FGD ..., X menyampaikan').
_DATELINE_START = re.compile(r"^[A-Z][A-Za-z .]{1,40}?(?:\s*\([^)]{1,40}\))?\s*(?:-+|–|—|:|,)+\s*")
# Degrees closing a name before its verb ('Ria Hartini, S.Sos.,M.M, memimpin rapat').
_TRAILING_DEGREES = re.compile(rf"(?:\s*,?\s*\b{_DEGREE}\b\.?)+\s*,?\s*$", re.I)
# Receiving, then a word of audience: the subject before 'menerima' hosts ('Sekda X menerima kunjungan sekaligus
# audiensi Y'), whoever follows the audience word.
_RECEIVING_BEFORE = re.compile(r"\b(?:menerima|terima)\b[^.,]{0,60}$", re.I)


def _capitalise_roles(text: str) -> str:
    """'wakil ketua II DPRD ...' -> 'Wakil Ketua II DPRD ...': a lower-case role after a lead verb is still a role."""
    out, words = [], text.split(" ")
    for i, word in enumerate(words):
        if word[:1].islower() and word.lower().strip(",.") in _role_words():
            out.append(word[:1].upper() + word[1:])
            continue
        out.extend(words[i:])
        break
    return " ".join(out)


def _known_at(window: str, known: list[dict], first: bool) -> dict | None:
    """A person already named in the article, written here by any of their name tokens."""
    if not known:
        return None
    pattern, owner = _name_tokens(tuple((p["name"], p.get("person_id")) for p in known))
    hits = [(m.start(), owner[m.group(0)]) for m in pattern.finditer(window)] if pattern else []
    if not hits:
        return None
    # the earliest (or latest) place; on a tie, the person named first in the article
    pick = min(hits, key=lambda h: (h[0], h[1])) if first else max(hits, key=lambda h: (h[0], -h[1]))
    person = known[pick[1]]
    return {"name": person["name"], "role": person["role"]}


def _known_at_after(window: str, known: list[dict]) -> dict | None:
    """A person already named, written right after a verb; past a comma only in an apposition that opens with a role
    ('pemimpin Rapat Paripurna, Wakil Ketua DPRD Yozi Rizal'), not the next clause's subject ('Audiensi ke Kementan,
    Mirza Usulkan ...')."""
    before, comma, after = window.partition(",")
    first_word = after.split()[0].lower() if after.split() else ""
    return _known_at(before, known, first=True) or (
        _known_at(after, known, first=True) if comma and first_word in _role_words() else None)


@lru_cache(maxsize=256)
def _name_tokens(people: tuple[tuple[str, str | None], ...]) -> tuple[re.Pattern | None, dict[str, int]]:
    """One pattern over the article's people's name words (3+ letters: 'Egi' of Radityo Egi Pratama) and the one-word
    names the gazetteer knows them by ('Mirza'), and word -> index of its first owner."""
    owner: dict[str, int] = {}
    for i, (name, person_id) in enumerate(people):
        for tok in name.split() + list(_one_word_names().get(person_id, ())):
            if len(tok) >= 3 and tok[:1].isupper():
                owner.setdefault(tok, i)
    if not owner:
        return None, owner
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(owner, key=len, reverse=True)) + r")\b"), owner


@cache
def _one_word_names() -> dict[str, tuple[str, ...]]:
    """person_id -> the one-word names the gazetteer gives them ('Mirza', 'Jihan', 'Nunik')."""
    out: dict[str, set[str]] = {}
    for o in officials():
        out.setdefault(o.person_id, set()).update(v for v in o.variants if " " not in v.strip())
    return {k: tuple(sorted(v)) for k, v in out.items()}


# A stand-in for a day or a task ('Plh Sekdaprov', 'Plt. Kadinkes'): not the office's holder, who is away.
_STAND_IN = re.compile(r"^\W*(?:plh|plt|pelaksana\s+harian|pelaksana\s+tugas)\b", re.I)


def _by_role(role: str, when: date | None, known: list[dict]) -> dict | None:
    """A role written alone ('Sekda', 'Gubernur'): the article's person with that role, else the office holder (a
    stand-in, 'Plh Sekdaprov', is the article's stand-in of that office, never its holder)."""
    want = _role_core(role)
    stand_in = bool(_STAND_IN.match(role))
    holders = [p for p in sorted(known, key=lambda p: stand_in and not _STAND_IN.match(p["role"] or ""))
               if want and _role_core(p["role"]).startswith(want)]
    if len({p["name"] for p in holders}) > 1 and want.split()[-1] in _GENERIC_BODIES:
        return None  # ('Kepala Dinas Pimpin Rapat' in an article with several heads of agencies: which one is not said)
    if holders:
        return {"name": holders[0]["name"], "role": holders[0]["role"]}
    if stand_in:
        return None
    key = role_key(role)
    o = holder(key, when) if key else None
    return {"name": o.name, "role": role} if o else None


# The kind of body an office is written with when its name is left out ('Kepala Dinas', 'Kepala Badan').
_GENERIC_BODIES = frozenset({"dinas", "badan", "biro", "bidang", "bagian", "kantor", "balai", "seksi"})


# 'Wakil Ketua II tersebut', 'Kepala Dinas itu': an office written again points back to its holder named earlier.
_ROLE_AGAIN = re.compile(r"((?:[A-Z][\w.-]*|[IVX]+)(?:\s+(?:[A-Z][\w.-]*|[IVX]+|dan)){0,6})\s+(?:tersebut|itu)\b")


# An office written alone, in any case, up to the words that end it: 'ketua komisi', 'Wakil Ketua Komisi II'.
_WRITTEN_ROLE = re.compile(r"((?:wakil\s+)?(?:ketua|kepala|sekretaris|asisten|direktur)(?:\s+(?!(?:dan|yang|serta|dengan|didampingi|"
                           r"bersama|untuk|di|pada|secara|selaku|sebagai)\b)[\w-]+){1,4})(?=\s*(?:[,.;]|$|\s(?:dan|yang|serta|"
                           r"dengan|didampingi|bersama|untuk|di|pada|secara|selaku|sebagai)\b))", re.I)


def _by_written_role(role: str, known: list[dict]) -> dict | None:
    """The article's person whose role contains the role written here (at least two words of it)."""
    want = _role_core(role)
    if len(want.split()) < 2:
        return None
    for person in known:
        if want in _role_core(person["role"] or ""):
            return {"name": person["name"], "role": person["role"]}
    return None


def _role_core(role: str) -> str:
    """Lower-case role in full words without acting prefixes and place words, for comparing two roles."""
    words = re.sub(r"[.()]", " ", expand_role(role).lower()).split()  # ('Penjabat (Pj) Gubernur': no '(pj)' word)
    words = [w for w in words if w not in {"pj", "pjs", "plt", "plh", "penjabat", "sementara", "provinsi", "lampung"}]
    return re.sub(r"^pelaksana\s+(?:harian|tugas)\s+", "", " ".join(words))


def _person(role: str, name: str, when: date | None) -> dict:
    """The chair as {name, role}: gazetteer full name for a short form when the office holder matches."""
    person = resolve(role, name, when)
    if person["person_id"] and len(name.split()) >= 2:
        # one spelling per known official while the article is read ('M. Ridho Ficardo' -> 'Muhammad Ridho
        # Ficardo'), so the chair meets the same person among the officials; as_written() gives back the text's form
        return {"name": lookup(name, role, when).name, "role": role}
    if len(person["name"].split()) == 1 and person["person_id"] is None:
        key = role_key(role)
        o = holder(key, when) if key else None
        if o and name.lower() in o.name.lower():
            return {"name": o.name, "role": role}
    return {"name": person["name"], "role": role}


def _bare_name(text: str) -> str | None:
    """Capitalised words at the start of text that form a person's name ('Ria Hartini, S.Sos., M.M')."""
    m = _NAME.match(text)
    if not m:
        return None
    toks = []
    for tok in m.group(0).replace(",", " ").split():
        if tok.startswith("(") or (toks and _PREFIX_TOKEN.match(tok) is None and tok.lower().strip(".") in _role_words()):
            break
        if toks and _DEGREE_TOKEN.match(tok):
            break  # degrees close the name ('Ria Hartini, S.Sos., M.M. Tampak hadir ...')
        toks.append(tok)
    name = strip_honorifics(" ".join(toks))
    return name if len(name.split()) >= 2 and _person_name(name) else None


def _person_name(name: str) -> bool:
    """A valid name that does not begin with a body's noun ('Direktorat Jenderal ...', 'Komisi IV') or a joining word
    ('Dan Berbudaya', from a quoted title's commas), nor holds a region's word ('Bandarlampung Arinal')."""
    words = name.split()
    return (bool(words) and words[0].lower() not in _ORG_NOUNS and words[0].lower() not in _JOINING
            and not any(w.lower() in _region_words() for w in words) and _valid_name(name))


_JOINING = frozenset("dan serta atau di ke dari yang dengan untuk pada".split())


# 'dipimpin langsung orang nomor dua di Pemprov Lampung, Wakil Gubernur Lampung Bachtiar Basri': the epithet, then who.
_EPITHET = re.compile(r"^orang\s+nomor\s+(?:satu|dua|tiga|\d)\b[^,.;]{0,50},\s*", re.I)
# 'dipimpin langsung oleh Pak Sekda': an office addressed as a person is the office.
_ADDRESSED_ROLE = re.compile(rf"^(?:Pak|Bapak|Ibu|Bu)\s+(?=(?:{_ROLE_ONLY.pattern})\b)")


def agent_after(text: str, when: date | None, known: list[dict]) -> dict | None:
    """The person named at the start of text (after a passive verb or 'dengan')."""
    text = _capitalise_roles(_ADDRESSED_ROLE.sub("", _EPITHET.sub("", text.lstrip())))
    found = mentions(text)
    if found and found[0][0] == 0:
        return _person(found[0][2], found[0][3], when)
    if found and re.search(r"\b(?:selaku|sebagai|yang\s+juga|sekaligus)\b", text[: found[0][0]]) and found[0][0] < 120:
        # '<role> selaku|yang juga <another role>, <name>': one person described by two roles
        return _person(found[0][2], found[0][3], when)
    again = _ROLE_AGAIN.match(text)
    earlier = again and _by_written_role(again.group(1), known)
    if earlier:
        return earlier  # '... oleh Wakil Ketua II tersebut': the one named before
    role_only = _ROLE_ONLY.match(text)
    if role_only and _ALONE.match(text, role_only.end()):
        # 'Diterima Menteri PUPR, Gubernur X ...': the minister, whoever is named after the comma
        return _by_role(role_only.group(0), when, known)
    # (up to a comma: 'Audiensi ke Kementan, Mirza Usulkan ...' names the visitor after it, not the one visited)
    named = _known_at_after(text[:40], known)
    if named:
        return named
    by_role = role_only and not _another_provinces(text, role_only) and _by_role(role_only.group(0), when, known)
    if by_role:
        return by_role
    written = _WRITTEN_ROLE.match(text)
    by_written = written and _by_written_role(written.group(1), known)
    if by_written:
        return by_written  # 'RDP dipimpin ketua komisi dan dihadiri ...' then 'Ketua Komisi III DPRD X, Hendri Kusuma, ...'
    name = _bare_name(text)
    return {"name": name, "role": None} if name else None


# The words after an office: 'Sekretaris Daerah Provinsi Nusa Tenggara Barat', 'Gubernur Banten'.
_SEAT_AFTER = re.compile(r"\s+(Provinsi\s+|Prov\.\s*)?([A-Z][\w-]*)")


def _another_provinces(text: str, office: re.Match) -> bool:
    """The office matched is another province's (its province named after it): never Lampung's holder. ('Bupati Lampung
    Barat' is a regency of Lampung.)"""
    m = None if office.group(0).endswith("Lampung") else _SEAT_AFTER.match(text, office.end())
    return bool(m) and (m.group(1) is not None or m.group(2).lower() in province_words())


def agent_before(head: str, when: date | None, known: list[dict], reach: int) -> dict | None:
    """The subject of the clause that ends at the end of head: the first of a list of people, else a bare name or role."""
    head = _NICKNAMED.sub("", head)  # ('Bupati yang akrab disapa Egi itu langsung memimpin'): the office is the subject
    head = head[:-40] + _ADVERBS_BEFORE_VERB.sub(" ", head[-40:])  # only the tail can hold the adverbs before the verb
    head = head[:-70] + _SAID_WHEN.sub(" ", head[-70:])
    # degrees close a name before its comma or verb ('Ria Hartini, S.Sos., M.M duduk selaku ...'): strip them from the
    # tail only
    head = head[:-60] + _TRAILING_DEGREES.sub(" ", head[-60:])
    # 'X, mewakili Gubernur Y, membuka rapat': Y was represented, X acted; 'Didampingi Y, X memimpin ...': Y came along
    along = _companions_end(head)
    found = [x for x in mentions(head) if not represented_before(head, x[0]) and x[0] >= along]
    if found and len(head) - found[-1][1] < reach:
        pick = len(found) - 1
        while pick and _LIST_GAP.match(head[found[pick - 1][1]:found[pick][0]]):
            pick -= 1
        return _person(found[pick][2], found[pick][3], when)
    named = _known_at(head[-reach:], known, first=False)
    if named:
        return named
    named = _NAME_APPOSITION.search(head)
    if named and _person_name(strip_honorifics(named.group(1))):
        return {"name": strip_honorifics(named.group(1)), "role": None}
    named = _NAME_FIRST.match(head)
    if named and named.group(2).split()[0].lower() in _role_words() and _person_name(strip_honorifics(named.group(1))):
        return _person(named.group(2), strip_honorifics(named.group(1)), when)
    # (the office nearest the verb: 'Tindak Lanjuti Arahan Gubernur, Sekdaprov Gelar Rapat' is the Sekdaprov's)
    role_only = _ROLE_LAST.search(head) or _ROLE_COMMA_LAST.search(head)
    if role_only and _SERVES_BEFORE.search(head, max(0, role_only.start() - 25), role_only.start()):
        role_only = None  # 'Staf Ahli Gubernur Buka Musrenbang': the governor's staff opened it, not the governor
    if role_only and _by_role(role_only.group(1), when, known):
        return _by_role(role_only.group(1), when, known)
    # (any office written alone that the article gives one person: 'Ketua Komisi II Pimpin Rapat' and, in the body,
    # 'Ketua Komisi II DPRD Provinsi Lampung, Ahmad Basuki'; not 'Kepala Dinas' among several heads of agencies)
    written = _WRITTEN_ROLE.search(head, max(0, len(head) - 60))
    if written and not head[written.end():].strip():
        holders = [p for p in known if _by_written_role(written.group(1), [p])]
        if len(holders) == 1:
            return {"name": holders[0]["name"], "role": holders[0]["role"]}
    if _PRONOUN.search(head) and known:
        # 'ia/beliau membuka rapat' mid-sentence: the article's main actor, its first-named official
        return {"name": known[0]["name"], "role": known[0]["role"]}
    tail = re.search(r"((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\s*(?:,[^,]{0,40},)?\s*(?:\w+\s+)?$", head)
    name = strip_honorifics(tail.group(1)) if tail else None
    return {"name": name, "role": None} if name and _person_name(name) else None  # ('Komisi IV berencana memanggil')


# An office that serves another's holder ('Staf Ahli Gubernur', 'Asisten Sekda', 'Jubir Gubernur').
_SERVES_BEFORE = re.compile(r"\b(?:staf\s+ahli|tenaga\s+ahli|staf\s+khusus|stafsus|asisten|ajudan|juru\s+bicara|jubir|utusan|"
                            r"sekretaris\s+pribadi|istri|suami)\s+$", re.I)


_NICKNAMED = re.compile(r",?\s+yang\s+(?:akrab|biasa|kerap)\s+(?:disapa|dipanggil|disebut)\s+[A-Z][\w'’-]*(?:\s+itu)?,?", re.I)


# A fronted clause naming who came along: 'Didampingi Asisten II Kusnardi, Sekdaprov X memimpin ...'.
_COMPANIONS = re.compile(r"^\W*(?:didampingi|bersama(?:-sama)?(?:\s+dengan)?|disertai|ditemani)\b[^,]{0,150},\s*", re.I)


def _companions_end(head: str) -> int:
    """Where a fronted clause naming who came along ends ('Didampingi Y, X memimpin'), after a dateline too; else 0."""
    along = _COMPANIONS.match(head)
    if along:
        return along.end()
    # ('BANDAR LAMPUNG - Didampingi Y, X memimpin ...')
    dateline = _DATELINE_START.match(head)
    along = _COMPANIONS.match(head[dateline.end():]) if dateline else None
    return dateline.end() + along.end() if along else 0


# 'Rapat Koordinasi Tim Percepatan ... yang dibuka X': the team names the meeting, no delegation is meant.
_MEETING_NAMED = re.compile(rf"\b(?:{MEETING_NOUNS}|koordinasi|musyawarah)\b[^.,]{{0,40}}$", re.I)


def _delegation(head: str) -> bool:
    """The passive verb after head belongs to a delegation ('rombongan ... yang dipimpin X'), not to the meeting."""
    m = _DELEGATION.search(head)
    # ('mempertemukan perwakilan petani dalam rapat koordinasi yang dipimpin X': the meeting between is what X led)
    return bool(m) and not _MEETING_NAMED.search(head, 0, m.start()) and not MEETING_NOUN.search(m.group(0))


# 'Rakor mingguan yang biasanya dipimpin Mendagri X kali ini dipimpin Sekjen Y': who usually leads it did not this time.
_HABITUAL = re.compile(r"\b(?:biasanya|biasa|umumnya|lazimnya|selalu|sebelumnya)\s+$", re.I)


# 'Rakor lanjutan ini membahas laporan tim yang dibentuk pada rakor sebelumnya, 14 Oktober lalu, yang ketika itu
# dipimpin Sekdaprov': the earlier meeting's leader, not this one's.
_EARLIER_MEETING = re.compile(rf"\b(?:(?:ketika|saat|kala|waktu)\s+itu\s+$|(?:{MEETING_NOUNS})(?:\s+\w+){{0,3}}?\s+"
                              rf"(?:sebelumnya|terdahulu|pertama|serupa|sebelum\w*)\b[^.;]{{0,60}}$|"
                              # ('Rakor ini merupakan tindak lanjut rakor serupa yang dipimpin Gubernur X')
                              rf"\b(?:tindak\s+lanjut|menindaklanjuti)\s+(?:\w+\s+){{0,2}}?(?:{MEETING_NOUNS})\b[^.;,]{{0,100}}$|"
                              # ('Ratas ini digelar tiga hari setelah Rakor Lintas Sektoral ... pada Jumat (19/12/2025), yang
                              # dipimpin Kapolda X': a meeting told before or after the one just named, which X led)
                              rf"\b(?:{MEETING_NOUNS})\b[^.;]{{0,80}}?\b(?:{'|'.join(PRIOR_WORDS)})\s+(?:\w+\s+){{0,2}}?"
                              rf"(?:{MEETING_NOUNS})\b[^.;]{{0,130}}$)",
                              re.I)


def _after(unit: str, pattern: re.Pattern, when, known, skip_delegation: bool = False) -> dict | None:
    for m in pattern.finditer(unit):
        if (skip_delegation and _delegation(unit[: m.start()])) or _HABITUAL.search(unit, max(0, m.start() - 12), m.start()) \
                or _EARLIER_MEETING.search(unit, max(0, m.start() - 260), m.start()):
            continue
        found = agent_after(unit[m.end():], when, known)
        if found:
            return found
    return None


def _before(unit: str, pattern: re.Pattern, when, known, reach: int) -> dict | None:
    for m in pattern.finditer(unit):
        found = agent_before(unit[: m.start()], when, known, reach)
        if found:
            return found
    return None


def _fronted(unit: str, when, known) -> dict | None:
    m = _FRONTED.match(unit)
    # (a dateline, and the outlet's name after it: 'BANDAR LAMPUNG, Lensalampung. com-Memimpin rapat ..., X'; or the
    # outlet first: 'Saibumi.com, Bandar Lampung - Saat memimpin ...')
    stripped = ""
    for outlet in (False, True):
        dateline = None if m else _DATELINE_START.match(unit)
        if dateline and (not outlet or "." in dateline.group(0) + stripped):  # (an outlet's name is a web address)
            stripped = dateline.group(0)
            unit = unit[dateline.end():]
            m = _FRONTED.match(unit)
    if not m:
        return None
    # (a quoted title's commas are no clause's: 'Membuka FGD bertema "Mewujudkan ... Aman, dan Berbudaya" mewakili ...')
    rest = _QUOTED_TITLE.sub(lambda q: q.group(0).replace(",", " "), unit[m.end():])
    for _ in range(6):  # 'Saat memimpin rakor Pemprov, KPU, Bawaslu, dan unsur Muspida, Gubernur X memutuskan'
        found = agent_after(rest, when, known)
        # (a bare name alone between commas is the clause's own, 'Menerima kunjungan Konjen RRT di Medan, Zhang Min, di
        # Kantor Gubernur, ..., Gubernur X membuka ...': the subject goes on to its verb or comes with its office)
        chunk = rest.split(",", 1)[0].split()
        if found and "," in rest[:80] and chunk and chunk[0].lower() not in _role_words() and not _WORDS_ON.search(
                " " + " ".join(chunk)):
            found = None
        if found or "," not in rest[:80]:
            return found
        rest = rest[rest.index(",") + 1:]
    return None


_WORDS_ON = re.compile(r"\s(?-i:[a-z])")
_QUOTED_TITLE = re.compile(r"[“\"][^“”\"]{1,160}[”\"]")


def _speech(unit: str, when, known) -> dict | None:
    low = unit.lower()
    if not any(w in low for w in ("memimpin", "membuka", "pemimpin", "pimpinan", *HOLDS.split("|"))):
        return None  # the speech-tag pattern needs one of these verbs; skip its costly search
    m = _SPEECH_LEAD.search(unit)
    return agent_after(m.group("agent"), when, known) if m else None


def _own_subject(unit: str, when, known) -> dict | None:
    """'... rapat yang dipimpinnya': the first person the sentence names, else the article's main actor."""
    low = unit.lower()  # (the pattern needs a verb of leading or opening: most units have none, and skip its scan)
    if not (any(w in low for w in ("dipimpin", "dibuka", "dipandu", "diketuai")) or (
            "yang" in low and any(w in low for w in ("pimpin", "buka", "pandu", "ketuai", "gelar", "adakan", "selenggarakan",
                                                     "laksanakan", "helat")))) or not _LED_BY_SUBJECT.search(unit):
        return None
    # ('Rakor yang dipimpinnya itu dihadiri Wagub X': who attended is named, the leader is the one met before)
    found = [x for x in mentions(unit) if not _ATTENDED_BY.search(unit, 0, x[0])]
    if found:
        return _person(found[0][2], found[0][3], when)
    return {"name": known[0]["name"], "role": known[0]["role"]} if known else None


_ATTENDED_BY = re.compile(r"\b(?:dihadiri|diikuti|hadir)\b", re.I)
# Who ran an audience, which its host only received: 'X memimpin jalannya audiensi', 'audiensi itu dipimpin X'.
_RUNS_IT = re.compile(r"\b(?:memimpin|memandu)\s+jalannya\s+(?:audiensi|pertemuan|rapat|diskusi)\b", re.I)
_AUDIENCE_LED = re.compile(r"\b(?:audiensi|pertemuan)\s+(?:itu|tersebut|ini)\s+(?:justru\s+)?dipimpin(?:\s+langsung)?(?:\s+oleh)?\s+",
                           re.I)
# ('Bupati ... mempersilakan Wakil Bupati untuk memimpin jalannya audiensi': the one asked to run it)
_ASKED_TO_RUN = re.compile(r"\b(?:mempersilakan|mempersilahkan|meminta|menunjuk|menugaskan)\s+(?P<agent>[^.;]{3,60}?)\s+"
                           r"untuk\s+(?:memimpin|memandu)\s+jalannya\b", re.I)


def _runs_it(unit: str, when, known) -> dict | None:
    """Who the unit says ran the meeting ('memimpin jalannya audiensi'), or was asked to by its host."""
    asked = _ASKED_TO_RUN.search(unit)
    if asked:
        return agent_after(asked.group("agent"), when, known)
    # ('... pembahasan dalam audiensi itu dipimpin Wakil Bupati Syahrul Anwar': the audience itself, pointed back to)
    led = _AUDIENCE_LED.search(unit)
    return agent_after(unit[led.end():], when, known) if led else _before(unit, _RUNS_IT, when, known, 60)


# 'Diskusi kemudian dipandu oleh Kabid X', 'Sesi diskusi dipandu akademisi Y': who moderates the discussion session does
# not lead the meeting ('FGD dibuka sekaligus dipandu oleh Kepala Z' still does).
# ('Sesi pembahasan usulan prioritas dipandu Kepala Bappeda Y': a session of it, whatever it discussed)
# ('kegiatan dilanjutkan dengan desk pembahasan per bidang yang dipandu Kepala Bappeda': the desks after the opening)
_MODERATED = re.compile(r"\b(?:(?:sesi|desk|kelompok)\s+(?:[\w-]+\s+){0,4}?|(?:diskusi|dialog|tanya\s+jawab|panel)\s+"
                        r"(?:[\w-]+\s+){0,2}?)(?:yang\s+)?dipandu\b[^.;]*", re.I)


def _led(unit: str, when, known) -> dict | None:
    """Who the unit says led the meeting, by any construction of leading."""
    if "dipandu" in unit:
        unit = _MODERATED.sub(" ", unit)
    # 'rapat ... yang ia pimpin' first: the verb's own subject, not the person named just before 'yang'
    low = unit.lower()
    return (_own_subject(unit, when, known)
            or (_after(unit, _LED_BY, when, known, skip_delegation=True) if _led_by_written(low) else None)
            or (_before(unit, _LEADS, when, known, 90) if _may_lead(low) else None)
            or _fronted(unit, when, known) or _speech(unit, when, known))


def _led_by_written(low: str) -> bool:
    """A word the led-by pattern needs is written (a cheap test before its scan)."""
    return (any(w in low for w in ("dipimpin", "dipandu", "diketuai", "dikomandoi", "dinakhodai", "digawangi",
                                   "dikendalikan", "bawah", "dipegang"))
            or (("impin" in low or "ketua" in low) and ("rapat" in low or "sidang" in low)))


def _may_lead(low: str) -> bool:
    """A word the leading pattern needs is written (a cheap test before its costly scan)."""
    return ("impin" in low or "memandu" in low or "selaku" in low  # (memimpin, pimpin, pemimpin, pimpinan)
            or "kendali" in low)  # (memegang kendali, mengendalikan)


def _opened(unit: str, when, known) -> dict | None:
    """Who the unit says opened the meeting."""
    return _after(unit, _OPENED_BY, when, known, skip_delegation=True) or _before(unit, _OPENS, when, known, 90)


def _lead(unit: str, when, known) -> dict | None:
    """Who the unit says led or opened the meeting, by any lead construction."""
    return _led(unit, when, known) or _opened(unit, when, known)


def _convener(unit: str, when, known) -> dict | None:
    """Who held or called the meeting: 'diselenggarakan oleh X', 'X menggelar / mengumpulkan ...'."""
    return _after(unit, _CONVENED_BY, when, known) or _before(unit, _CONVENES, when, known, 40)


def _host(unit: str, when, known) -> dict | None:
    """Who received an audience: 'diterima/disambut X', 'beraudiensi dengan X', 'X menerima ...'."""
    visited = _HOST_AFTER.search(unit)
    # ('audiensi Mirza dan Jihan dengan jajaran Kementerian PPN': the names after 'audiensi' are the visitors when a host
    # follows 'dengan', named or not)
    visitors_first = visited and (m := _AUDIENCE_WITH.search(unit)) and m.start() == visited.start()
    host_after = visited and not visitors_first and not _RECEIVING_BEFORE.search(unit, 0, visited.start())
    return (_after(unit, _RECEIVED_BY, when, known) or _after(unit, _AUDIENCE_WITH, when, known)
            or (host_after and _after(unit, _HOST_AFTER, when, known))
            or _before(unit, _RECEIVES, when, known, 60) or _after(unit, _ROOM_OF, when, known))


# Epithets for the province's leaders ('orang nomor satu di Lampung itu membuka ...'): written as their office.
_EPITHETS = [(re.compile(r"\b[Oo]rang\s+nomor\s+satu\s+di\s+(?:Provinsi\s+|Bumi\s+Ruwa\s+Jurai|Sai\s+Bumi\s+Ruwa\s+Jurai)?"
                         r"(?:Lampung)?"), "Gubernur Lampung"),
             (re.compile(r"\b[Oo]rang\s+nomor\s+dua\s+di\s+(?:Provinsi\s+)?Lampung"), "Wakil Gubernur Lampung")]


def _plain_offices(unit: str) -> str:
    """The unit with the leaders' epithets written as their offices."""
    if "nomor" not in unit:
        return unit
    for pattern, office in _EPITHETS:
        unit = pattern.sub(office, unit)
    return unit


# Every construction of leading holds one of these stems: a substring test before the patterns, for the many sentences
# past the lead.
_LEAD_STEMS = ("pimpin", "mimpin", "pandu", "mandu", "ketua", "komando", "nakhoda", "kendali", "bawah", "buka", "gelar",
               "bertindak", "duduk", "adakan", "selenggarakan", "laksanakan", "helat")


def _says_leading(unit: str) -> bool:
    low = unit.lower()
    return any(stem in low for stem in _LEAD_STEMS)


# Past the lead, a body or a meeting still to come ('Forum Satu Data yang akan diketuai Sekretaris Daerah') is not the one
# the article reports.
_TO_BE_LED = re.compile(r"\bakan\s+(?:\w+\s+)?(?:dipimpin|diketuai|dipandu|dikomandoi)\b", re.I)
_NAMES_MEETING = re.compile(rf"\b(?:{MEETING_NOUNS}|diskusi|dialog|musyawarah|pembahasan|konsultasi|kegiatan|acara)\b", re.I)


def chair(units: list[str], when: date | None, known: list[dict] | None = None, audience: bool = False,
          rest: list[str] | None = None) -> dict | None:
    """Who led the meeting: a lead construction in the title or lead, the audience host, the convener, the briefer."""
    known = known or []
    units = [_plain_offices(u) for u in units]
    rest = this_moment(rest or [])  # ('Sebelumnya, Senin (14/8), Wagub memimpin rapat TPPS ...': another meeting's leader)
    # (the reception may be told past the lead: 'Di sana rombongan Mesuji diterima langsung oleh tuan rumah, ...')
    received = [u for u in rest if "diterima" in u or "disambut" in u] if audience else []
    # (one said to run the audience leads it over its host: 'Bupati ... mempersilakan Wakil Bupati untuk memimpin jalannya
    # audiensi')
    passes = [(lambda u: _runs_it(u, when, known) if "jalannya" in u or "dipimpin" in u else None, units + rest),
              (lambda u: _host(u, when, known), units + received)] if audience else []
    led_meeting = lambda u: _led(u, when, known) if _NAMES_MEETING.search(u) else None  # noqa: E731
    passes += [
        # 'Rakor dibuka Asisten X ... Jalannya rapat kemudian dipimpin Kadishub Y': who led the meeting, in whichever
        # sentence, before who opened it (a team or an oath led by someone in it is not the meeting), even a sentence
        # past the lead ('Usai membuka rakor, Wagub meninggalkan ruangan. Jalannya rapat selanjutnya dipimpin Asisten Y')
        (led_meeting, units),
        (led_meeting, [u for u in rest if _says_leading(u) and not _TO_BE_LED.search(u)]),
        (lambda u: _lead(u, when, known), units),
        (lambda u: _convener(u, when, known), units),
        (lambda u: _after(u, _ARAHAN_AFTER, when, known) or _before(u, _ARAHAN_BEFORE, when, known, 12), units),
    ]
    led = 2 + 2 * bool(audience)  # (who ran an audience, its host and who is said to have led come before one who says
    # he led it)
    result = (_first_found(passes[:led], known) or _self_led(units + rest, when, known)
              or _first_found(passes[led:], known))
    if result:
        return result
    for unit in rest:  # a lead construction further down still names the chair of the headline meeting
        result = _lead(unit, when, known) if _says_leading(unit) else None
        if result:
            return result
    for unit in rest:  # ... and so does the invitation's signer ('Undangan yang ditandatangani Plt. Kepala BPKAD ...')
        result = _after(unit, _SIGNED_BY, when, known) if "ndangan" in unit else None
        if result:
            return result
    return evident_head(units, when) or _organ_head(units, known) or _headline_leader(units[:1], when, known)


def _headline_leader(units: list[str], when, known: list[dict]) -> dict | None:
    """Who a headline says opened or led it, when the text says no more ('Buka Musrenbang 2025, Gubernur Mirza: ...')."""
    m = _HEADLINE_FRONTED.match(units[0]) if units else None
    return agent_after(m.group(1), when, known) if m else None


def _first_found(passes: list, known: list[dict]) -> dict | None:
    """The first person a pass finds, pass by pass and unit by unit (from a headline only a person the article knows)."""
    for found, where in passes:
        for unit in where:
            result = found(unit)
            if result and (not is_headline(unit) or _trusted(result["name"], known)):
                return result
    return None


# 'Komisi V DPRD Lampung akan memanggil Kepala Dinas ... dalam rapat kerja' and, later, 'Ketua Komisi V DPRD Lampung,
# Deni Ribowo, mengatakan ...': a council organ holds the meeting, its chair the article names leads it.
_ORGAN_HOLDS = sentence_re(r"\b((?:Komisi|Pansus|Panitia\s+Khusus)\s+[IVX\d]+|Banggar|Badan\s+Anggaran|Bapemperda|Banmus|"
                           r"Badan\s+Musyawarah)\b[^.]{0,60}?\b(?:menggelar|memanggil|mengundang|mengadakan|melaksanakan|"
                           r"menghadirkan|mengumpulkan)\b")


def _organ_head(units: list[str], known: list[dict]) -> dict | None:
    """The named chair of the council organ the lead says held or called the meeting."""
    for unit in units[:3]:
        m = _ORGAN_HOLDS.search(unit)
        if m:
            organ = " ".join(m.group(1).split()).lower()
            head = next((p for p in known if (p.get("role") or "").lower().startswith("ketua " + organ)), None)
            return {"name": head["name"], "role": head["role"]} if head else None
    return None


# Who acted in a sentence, by what the sentence says they did (not who was only present or quoted).
_ACTS = re.compile(r"\b(?:me\w+|ber\w+|di\w+kan|hadir|saat|ketika|dalam|selaku|bersama)\b", re.I)
# The person named straight after a verb that takes an object is its object, not the sentence's subject.
_OBJECT_OF = re.compile(r"\b(?:memanggil|mengundang|menghadirkan|mengumpulkan|meminta|"
                        r"mendesak|menyurati|mempertanyakan|mencecar|menegur)\s+(?:(?:langsung|kembali|segera)\s+)?$", re.I)
# 'Sekda X mengikuti Rakor ... yang digelar Kemendagri': who attends or follows a meeting did not hold it.
_ATTENDS = re.compile(r"[\s,]*(?:(?:turut|ikut|juga|pun)\s+)*(?:mengikuti|menghadiri|hadir\s+(?:dalam|pada|di))\b", re.I)


# '"Rapat ini saya pimpin atas perintah langsung Pak Gubernur. ...," kata Asisten II Setdaprov Lampung, Kusnardi': the
# speaker says he led or opened it; the speech tag that closes his words names him.
# (or gathered those who sat in it: '"Kami sudah mengumpulkan seluruh dinas kesehatan kabupaten/kota untuk rapat koordinasi
# hari ini ...," kata Kepala Dinkes ...'; not 'Kami sudah menggelar rapat dengar pendapat ...', a commission's 'we')
_SELF_LED = re.compile(r"\b(?:saya|kami)\s+(?:yang\s+)?(?:sudah\s+|telah\s+)?(?:(?:pimpin|memimpin|buka|membuka)\b|"
                       rf"(?:mengumpulkan|kumpulkan)\b[^.]{{0,80}}?\b(?:{MEETING_NOUNS})\b)", re.I)
_SPEECH_TAG = re.compile(rf"[,”\"]\s*(?:{SPEECH_TAGS})(?:nya)?\s+(?P<agent>[^;“”\"]{{2,110}})")


def _self_led(units: list[str], when, known) -> dict | None:
    """The speaker who says 'saya pimpin' or 'saya buka' of the meeting, named by the tag closing his words."""
    for i, unit in enumerate(units):
        if ("aya" in unit or "ami" in unit) and _SELF_LED.search(unit):  # (a quotation may open on 'Kami ...')
            for tagged in units[i:i + 3]:
                tag = _SPEECH_TAG.search(tagged)
                if tag:
                    return agent_after(tag.group("agent"), when, known)
    return None


def evident_head(units: list[str], when: date | None) -> dict | None:
    """No one is said to lead: the official who is the subject of the evidence or the lead's first sentence."""
    for unit in units[:3]:
        if is_headline(unit):
            continue
        # someone represented or absent ('Gubernur X yang diwakili Sekda Y') is not there to head it
        found = [x for x in mentions(unit) if not absent(unit, x[0], x[1])]
        if found and _OBJECT_OF.search(unit, max(0, found[0][0] - 60), found[0][0]):
            return None  # ('Komisi V ... akan memanggil Kepala Dinas X dalam rapat kerja': whom a body calls in)
        if found and found[0][0] < 90 and _ACTS.search(unit, found[0][1]) and not _ATTENDS.match(unit, found[0][1]):
            return _person(found[0][2], found[0][3], when)
    return None


def _trusted(name: str, known: list[dict]) -> bool:
    """A name read from a title-case headline counts only when the article or the gazetteer knows the person."""
    toks = {t.lower() for t in name.split() if len(t) >= 3}  # (a short name of three letters: 'Wali Kota Eva', 'Bupati Egi')
    return bool(lookup(name, "x")) or any(toks & {t.lower() for t in p["name"].split()} for p in known)
