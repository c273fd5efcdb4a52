"""Meeting mode: luring (in person), daring (online) or hibrid."""

from __future__ import annotations

import re

from pipelines.extract.text import HELD, HOLDS, MEETING_NOUNS, NATIONAL_WORDS, ONLINE_WORDS, another_moment, sentence_re

_ONLINE = re.compile(
    # ('digelar Kemendagri dalam jaringan': daring written out)
    rf"\b(?:{ONLINE_WORDS}|secara online|melalui video|via video|webinar)\b",
    re.I,
)
# Said to be hybrid: the word, or in-person and online attendance both named.
_HYBRID_SAID = sentence_re(
    r"\b(?:hybrid|hibrid|secara\s+hibrida)\b"  # ('benih jagung hibrida': a seed, not a meeting)
    # (a long list of those present may stand between: 'diikuti secara luring oleh perangkat daerah ..., BPS ... dan
    # akademisi ..., serta secara daring oleh Bappeda kabupaten/kota')
    r"|\b(?:secara langsung|hadir langsung|tatap muka|luring|offline|secara fisik|hadir fisik)\b[^.]{0,250}\b(?:virtual|"
    r"daring|online|zoom|konferensi video|video conference|sambungan video)\b"
    r"|\b(?:virtual|daring|online|zoom|konferensi video|video conference|sambungan video)\b[^.]{0,100}"
    r"\b(?:secara langsung|hadir langsung|tatap muka|luring|offline|secara fisik|hadir fisik)\b",
    re.I,
)
# Inferred to be hybrid: some of the people join online, so the others are taken to be in the room.
_HYBRID_INFERRED = sentence_re(
    # (not a clause set off after its subject, 'Pemprov diwakili Rinvayanti, yang mengikuti rakor secara virtual': how
    # that one followed it, not a part of those present)
    # (joining others is still hybrid after a comma: '- Tim JSC, yang bergabung secara virtual lewat Zoom Meeting')
    r"(?:(?<!,)(?<!,\s)\byang\s+(?:hadir|mengikuti|ikut)|\byang\s+(?:bergabung|terhubung))\b[^.]{0,40}\b(?:virtual|daring|"
    r"online|zoom)\b"
    # ('... serta perwakilan pemerintah kabupaten/kota yang tergabung secara virtual'; not 'pengemudi ojek online yang
    # tergabung dalam Aliansi Pengemudi Online', a membership)
    r"|\byang\s+tergabung\s+(?:secara\s+(?:virtual|daring|online)|(?:melalui|via|lewat)\s+(?:zoom|video|konferensi\s+video))\b"
    # ('Para kepala UPTD tidak datang ke gedung dewan, melainkan bergabung lewat sambungan video konferensi')
    r"|\btidak\s+(?:datang|hadir)\b[^.]{0,60}?\b(?:melainkan|tetapi|namun|dan)\b[^.]{0,40}?\b(?:bergabung|mengikuti|"
    r"hadir|terhubung|menyambung|tersambung)\b[^.]{0,40}?\b(?:virtual|daring|online|zoom|video)\b"
    # ('hanya separuh anggota yang duduk di ruang sidang, sisanya hadir lewat aplikasi Zoom')
    r"|\b(?:sebagian|separuh|lainnya|sisanya|selebihnya)\b[^.]{0,140}\b(?:virtual|daring|online|zoom)\b"
    # ('Musrenbang dihadiri unsur Forkopimda ..., serta diikuti pula secara daring oleh perwakilan Bappenas': attended by
    # some, followed online by others)
    r"|\bdihadiri\b[^.]{0,200}?\b(?:serta|dan|sementara|sedangkan)\s+(?:juga\s+|turut\s+)?(?:diikuti|bergabung|terhubung)\s+"
    r"(?:juga\s+|pula\s+)?(?:secara\s+)?(?:virtual|daring|online|melalui\s+zoom)\b"
    # ('Musrenbang ... juga diikuti peserta secara daring melalui Zoom Meeting': also, besides those in the room)
    r"|\b(?:juga|pula)\s+diikuti\b[^.]{0,40}?\b(?:secara\s+)?(?:virtual|daring|online|melalui\s+zoom)\b"
    # 'Peserta dari kabupaten/kota dapat mengikuti secara daring': only those from elsewhere join online
    r"|\bpeserta\s+(?:dari|di|asal)\s+[^.]{0,40}?\b(?:mengikuti|bergabung|terhubung|hadir)\b[^.]{0,20}\b(?:virtual|daring|online|zoom)\b",
    re.I,
)


# Every online or hybrid pattern above contains one of these words.
_ONLINE_STEMS = ("virtual", "daring", "online", "zoom", "video", "vicon", "vidcon", "tele", "meet", "teams", "webinar",
                 "hybrid", "hibrid", "jaringan")


def _any_online(text: str) -> bool:
    """A cheap substring test before the costly patterns (a regex of these stems scans five times slower)."""
    low = text.lower()
    return any(stem in low for stem in _ONLINE_STEMS)


# 'Sebagian hadir langsung di ruang rapat, sedangkan bupati mengikuti melalui konferensi video': a room with people in
# it on one side of the contrast, people online on the other. (A national meeting led 'dari Jakarta' while the regions
# follow online is no such room: for the region it is online.)
_CONTRAST = re.compile(r"[,;]?\s+\b(?:sementara|sedangkan|adapun|selebihnya)\b", re.I)
_PRESENT = re.compile(r"\b(?:hadir|langsung|tatap muka|di ruang|di aula|di gedung|di balai|luring|offline|dipimpin|memimpin|"
                      r"dibuka|membuka)\b", re.I)
_REMOTE = re.compile(r"\b(?:dari jakarta|virtual|daring|online|zoom|video)\b", re.I)
# '... turut dalam pertemuan itu, sementara Tim JSC bergabung secara virtual': joining online by contrast says the
# others were in the room.
# (or leads online: 'Gubernur Mirza memimpin rapim secara virtual melalui zoom meeting. Sedangkan Wakil Gubernur ... hadir
# langsung di Ruang Rapat Sakai Sambayan')
_JOINS = re.compile(r"\b(?:bergabung|mengikuti|terhubung|ikut|hadir|memimpin)\b", re.I)
# Some in a room, by contrast the others online, said outright: it outweighs a headline's or a lead's 'digelar secara
# virtual' ('Sebagian anggota dewan hadir di Ruang Sidang ..., sementara sebagian lainnya mengikuti dari rumah masing-masing
# melalui aplikasi Zoom').
_BOTH_WAYS = sentence_re(r"\bsebagian\b[^.]{0,120}\b(?:hadir|berada|duduk)\s+(?:langsung\s+|secara\s+fisik\s+)?di\b[^.]{0,120}"
                         r"\b(?:sebagian|sisanya|selebihnya)\b[^.]{0,100}\b(?:virtual|daring|online|zoom)\b", re.I)


# Where a national meeting is led from: a room there is not a room in Lampung.
_ELSEWHERE = re.compile(r"\b(?:jakarta|istana|sentul|kemendagri|kementerian)\b", re.I)


# 'Rapat ... digelar di Aula Sekretariat Daerah dan diikuti camat se-Kabupaten melalui Zoom Meeting', '... digelar di
# Ruang Command Center dan tersambung melalui video conference dengan seluruh kabupaten/kota'
_HELD_HERE_FOLLOWED_ONLINE = sentence_re(rf"\b(?:{HELD}|berlangsung|bertempat)\s+di\s+(?:ruang|aula|gedung|"
                                         r"balai|kantor|pendopo|hotel)\b[^.]{0,160}\b(?:diikuti|mengikuti|bergabung|terhubung|"
                                         r"tersambung|terkoneksi|disambungkan|dihubungkan)\b"
                                         r"[^.]{0,100}\b(?:melalui|secara|via|lewat)\s+(?:zoom|daring|virtual|online|video|"
                                         r"konferensi video)\b[^.]*", re.I)


# 'Bupati dan wali kota se-Provinsi Lampung mengikuti rakor melalui video conference dari daerah masing-masing': the
# regions or a group of participants follow online a meeting someone holds in a room (a national meeting, led from
# Jakarta or a ministry, is online for the region that follows it instead).
_GROUP_FOLLOWS_ONLINE = sentence_re(
    r"\b(?:bupati|wali ?kota|camat|lurah|kepala desa|kepala kampung|peserta|para|jajaran|kabupaten/kota|perwakilan)\b[^.]{0,80}"
    r"\b(?:mengikuti|bergabung|terhubung|tersambung|ikut)\b[^.]{0,60}?\b(?:melalui|secara|via|lewat)\s+(?:\w+\s+)?"
    r"(?:zoom|daring|virtual|online|video|konferensi video|vicon)\b"
    # ... or told in the passive: 'dibuka Bupati ... dan juga diikuti secara virtual oleh camat serta kepala desa'
    r"|\bdiikuti\s+(?:juga\s+)?(?:secara\s+)?(?:virtual|daring|online|melalui\s+zoom)\s+oleh\s+(?:para\s+)?"
    r"(?:bupati|wali ?kota|camat|lurah|kepala|peserta|perwakilan|jajaran)\b", re.I)
_NATIONAL = re.compile(rf"\b(?:{NATIONAL_WORDS}|kemendagri|wapres|jakarta|istana)\b", re.I)  # (or led from the capital)
# 'Koordinator Wilayah Badan Gizi Nasional (BGN) Provinsi Lampung', 'Kanwil Kementerian Agama': the centre's office in
# the province sits at the table; its name makes no meeting national.
_CENTRE_OFFICE_HERE = re.compile(r"\bBadan(?:\s+(?:[A-Z][\w-]*|dan))+?\s+Nasional\b|"
                                 r"\b(?:Kanwil|Kantor\s+Wilayah)\s+Kementerian(?:\s+[A-Z][\w-]*)+")
# A full stop closes a word of three lower-case letters or more: not a number's ('2.651') or a title's ('dr.', 'M.Kes.').
_FULL_STOP = re.compile(r"(?<=[a-z]{3})\.(?=\s|$)")


# 'Rakor ... di Ruang Rapat Sakai Sambayan ... Rakor kali ini dipimpin Asisten X dan diikuti TPID kabupaten/kota secara
# daring', '... dihubungkan secara daring dengan tim di 15 kabupaten/kota', 'rapat yang juga diikuti secara daring oleh
# TPID kabupaten/kota', '... diikuti para bupati dan wali kota secara virtual': the regions, their heads or some of the
# participants join online a meeting held in a room here.
_ONLINE_MEANS = (r"(?:secara\s+)?(?:virtual|daring|online)|(?:melalui|via|lewat|dengan)\s+(?:\w+\s+){0,2}?"
                 r"(?:zoom|video|konferensi\s+video|sambungan\s+video|vicon|google\s+meet|teams)")
_REGIONS_JOIN_ONLINE = sentence_re(
    r"\b(?:diikuti|mengikuti|bergabung|terhubung|tersambung|dihubungkan|disambungkan|terkoneksi|hadir|ikut)\b"
    rf"[^.]{{0,90}}?\b(?:kabupaten/kota|kab/kota|daerah masing-masing|camat|kepala (?:desa|pekon|kampung|daerah)|bupati|"
    rf"wali ?kota)\b[^.]{{0,40}}?"
    rf"\b(?:{_ONLINE_MEANS})\b"
    rf"|\b(?:diikuti|dihubungkan|disambungkan|terhubung|tersambung)\s+(?:\w+\s+){{0,2}}?(?:{_ONLINE_MEANS})\b[^.]{{0,60}}?"
    r"\b(?:kabupaten/kota|kab/kota|camat|kepala (?:desa|pekon|kampung))\b"
    rf"|\b(?:juga|turut|pula)\s+(?:dapat\s+|bisa\s+)?diikuti\s+(?:secara\s+)?(?:{_ONLINE_MEANS})"
    # ('Sejumlah anggota TAPD ... mengikuti rapat secara virtual melalui Zoom Meeting': some of them)
    rf"|\b(?:sejumlah|beberapa)\s+(?:anggota|peserta|pejabat|kepala|perwakilan)\b[^.]{{0,120}}?\b(?:mengikuti|bergabung|"
    rf"hadir|terhubung)\b[^.]{{0,40}}?\b(?:{_ONLINE_MEANS})"
    # ('Inspektorat dari 15 kabupaten/kota serta ... bergabung secara daring': the regions named before their verb)
    rf"|\b(?:kabupaten/kota|kab/kota)\b[^.]{{0,100}}?\b(?:mengikuti|bergabung|terhubung|tersambung|hadir|ikut)\b[^.]{{0,30}}?"
    rf"\b(?:{_ONLINE_MEANS})", re.I)
# 'Direktur ... Kementerian Dalam Negeri dan perwakilan Bappenas mengikuti musrenbang secara virtual': the centre joins
# online a meeting held in a room here.
_CENTRE_JOINS_ONLINE = sentence_re(r"\b(?:kementerian|kemendagri|bappenas|direktur|dirjen|deputi|pemerintah\s+pusat)\b"
                                   r"[^.]{0,120}?\b(?:mengikuti|bergabung|hadir|terhubung)\b[^.]{0,40}?"
                                   rf"\b(?:{_ONLINE_MEANS})\b", re.I)
_NATIONAL_MEETING = re.compile(r"\b(?:rakornas|(?:rapat\s+koordinasi|rakor|rapat\s+kerja|raker)\s+nasional)\b", re.I)
_ROOM_HERE = re.compile(r"(?<!dari )\b(?:di|bertempat\s+di|tempat\s*:)\s+(?:ruang|aula|gedung|balai|kantor|pendopo|hotel|command\s+center|"
                        r"ballroom|auditorium|gsg|wisma|graha|[\w-]+hotel)\b",  # ('di Swiss-Belhotel')
                        re.I)


# 'Deputi ... Bappenas memberikan arahan secara virtual dari Jakarta': a speaker joins online a meeting held in a room here.
# (how they spoke, not what they spoke of: 'memaparkan ... sistem antrean daring')
_SPOKE_ONLINE = sentence_re(r"\b(?:(?:memberikan|menyampaikan|memberi)\s+(?:arahan|pengarahan|paparan|sambutan|materi|"
                            r"keynote\s+speech)|memaparkan|berbicara|menjadi\s+narasumber)\b[^.]{0,40}?\b(?:secara\s+(?:virtual|daring|"
                            r"online)|(?:melalui|via|lewat)\s+(?:zoom|video|konferensi\s+video|sambungan\s+video|vicon|google\s+meet|"
                            r"teams))\b|"
                            # ('gubernur sempat bergabung melalui sambungan video di awal rapat untuk memberikan arahan')
                            r"\b(?:bergabung|terhubung)\s+(?:secara\s+(?:virtual|daring|online)|(?:melalui|via|lewat)\s+(?:zoom|"
                            r"video|konferensi\s+video|sambungan\s+video|vicon))\b[^.]{0,60}?\b(?:memberikan|menyampaikan|memberi)\s+"
                            r"(?:arahan|pengarahan|paparan|sambutan)\b", re.I)


def _split_presence(text: str) -> bool:
    """Some attend in a room and, by contrast, others online."""
    # (a room of the ministry is no room here: 'Acara intinya dipusatkan di Kantor Kementerian Dalam Negeri ... di Jakarta,
    # sementara pemerintah daerah se-Indonesia terhubung lewat sambungan video')
    if ((_REGIONS_JOIN_ONLINE.search(text) or _SPOKE_ONLINE.search(text) or _CENTRE_JOINS_ONLINE.search(text))
            and any(not _ELSEWHERE.search(text, m.end(), m.end() + 40) for m in _ROOM_HERE.finditer(text))
            and not _NATIONAL_LEADS.search(text) and not _NATIONAL_MEETING.search(text)):
        return True
    # (a room here linked to the ministry or Jakarta is a national meeting followed from Lampung: online for it)
    if any(not _ELSEWHERE.search(m.group(0)) for m in _HELD_HERE_FOLLOWED_ONLINE.finditer(text)):
        return True
    if _GROUP_FOLLOWS_ONLINE.search(text) and not _NATIONAL.search(_CENTRE_OFFICE_HERE.sub(" ", text)):
        return True
    for m in _CONTRAST.finditer(text):
        # (a number's or a title's dot ends no sentence: '2.651 kepala desa', 'Direktur RSUDAM, dr. Lukman ...', 'H. Marindo
        # Kurniawan, S.H., M.H. itu dihadiri ...')
        start = _sentence_start(text, m.start())
        stop = _FULL_STOP.search(text, m.end())
        before, after = text[start:m.start()], text[m.end():stop.start() if stop else len(text)]
        if not _REMOTE.search(before) and _ONLINE.search(after) and (_PRESENT.search(before) or _JOINS.search(after)):
            return True
        # ('Dari Jakarta, tim pengembang itu bergabung secara virtual ... . Sementara itu, jajaran Pemprov berkumpul
        # langsung di Ruang ...': the contrast opens the next sentence)
        if text[:m.start()].rstrip().endswith("."):
            previous = text[text.rfind(". ", 0, len(text[:m.start()].rstrip()) - 1) + 1:m.start()]
            if _ONLINE.search(previous) and _JOINS.search(previous) and _PRESENT.search(after) and not _REMOTE.search(after):
                return True
    return False


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position at begins: after the last full stop before it."""
    while (at := text.rfind(".", 0, at)) >= 0:
        if _FULL_STOP.match(text, at):
            return at + 1
    return 0


# 'Sekdaprov mengikuti Rakor Inflasi yang dipimpin Mendagri dari Ruang Rapat Sekdaprov': a national meeting, led by
# someone who is not in the room, followed from a room in Lampung, is online for Lampung even when no online word
# is written. (Followed in Jakarta or at the leader's venue it is in person.)
_FOLLOWED_NATIONAL = sentence_re(
    r"\b(?:mengikuti|ikut)\b[^.]{0,140}?\bdipimpin\s+(?:langsung\s+)?(?:oleh\s+)?(?:mendagri|menteri|menko\w*|presiden|"
    r"wapres|wakil\s+presiden|sekjen|dirjen|kepala\s+staf\s+kepresidenan|kemendagri|kementerian)\b[^.]{0,100}?"
    r"\b((?:dari|di)\s+(?:ruang|command\s+center|balai\s+keratun|gedung\s+pusiban|mahan\s+agung|aula)\b[^.]{0,60})",
    re.I,
)


# ... or told in two sentences: 'Rakor ... diikuti Pemprov Lampung ... dari Ruang Command Center ...' and 'Inspektur
# Jenderal Kemendagri, X, yang memimpin Rakor ...'.
_FOLLOWED_FROM_ROOM = sentence_re(r"\b(?:diikuti|mengikuti)\b[^.]{0,120}?\bdari\s+(?:ruang|command\s+center)\b"
                                  r"([^.]{0,60})", re.I)
_NATIONAL_LEADS = sentence_re(r"\b(?:kemendagri|kementerian|menteri|mendagri|menko\w*|presiden|wapres|sekjen|dirjen|irjen)\b"
                              # (a title's dot is no sentence's end: 'Kemendagri, Dr. H. Tomsi Tohir, yang memimpin')
                              r"[^.]{0,80}?"
                              r"\b(?:yang\s+)?memimpin\b|\bdipimpin\s+(?:langsung\s+)?(?:oleh\s+)?(?:wakil\s+|wa)?(?:mendagri|"
                              r"menteri|menko\w*|presiden|wapres|sekjen|dirjen|irjen|inspektur\s+jenderal)\b|"
                              # ('rakor ... yang digelar Kementerian Dalam Negeri': held by a ministry)
                              rf"\b(?:{HELD})\s+(?:oleh\s+)?(?:kementerian|kemendagri|kpk|bappenas|"
                              r"bnpb|ksp|kantor staf presiden)\b", re.I)


def _followed_from_here(text: str) -> bool:
    """A national meeting led elsewhere that Lampung follows from one of its own rooms."""
    low = text.lower()
    if not any(w in low for w in ("dipimpin", "memimpin", *HELD.split("|"))):
        return False
    m = _FOLLOWED_NATIONAL.search(text) if "dipimpin" in low else None
    if m:
        return not _ELSEWHERE.search(m.group(1))
    room = _FOLLOWED_FROM_ROOM.search(text)
    return bool(room) and not _ELSEWHERE.search(room.group(1)) and bool(_NATIONAL_LEADS.search(text))


# An online word about something else than the meeting: 'pendaftaran dibuka ... secara daring' in a raker's report is
# how pupils register, 'layanan pengaduan online' a service, 'PPDB ... digelar sepenuhnya secara daring' an admission.
# (No meeting may be named between the activity and the word: then the word may be the meeting's. 'BPTD Kelas II' is an
# office's grade, not a class.)
_OTHER_ONLINE = re.compile(r"\b(?:pendaftaran|mendaftar|registrasi|layanan|aplikasi|pembelajaran|belajar|sekolah|pelaporan|penjualan|"
                           r"pembelian|membeli|tiket|reservasi|"
                           r"pembayaran|pengaduan|ujian|seleksi|tes|spmb|proses|kelas(?!\s+(?:[IVX]+|[0-9]|[A-C])\b)|transaksi|pemesanan|perizinan|ppdb|penerimaan|"
                           r"peserta didik|siswa|mahasiswa|perkuliahan|lelang|tender|pengadaan|absensi|presensi)\b"
                           rf"(?:(?!\b(?:{MEETING_NOUNS})\b)[^.;]){{0,90}}?"
                           r"\b(?:secara\s+)?(?:daring|online|virtual)\b", re.I)


# An online way that is another thing's: a broadcast ('disiarkan secara langsung melalui kanal YouTube ... menyaksikannya
# secara daring'), advice ('meminta perangkat daerah mengurangi rapat di hotel dan memaksimalkan pertemuan secara daring'),
# an agenda set ('Rapim juga menetapkan agenda rapat paripurna ... secara virtual pada 15 Agustus').
# ('Ruang command center yang biasanya dipakai untuk rapat virtual': what a room is used for on other days)
_ELSE_ONLINE = re.compile(r"\b(?:disiarkan|siaran|streaming|youtube|menyaksikan(?:nya)?|ditonton|meminta|(?:meng|di)?imbau|biasanya|"
                          r"memaksimalkan|mengoptimalkan|menetapkan\s+agenda|menjadwalkan|mengagendakan)\b[^.;]{0,140}?"
                          r"\b(?:secara\s+)?(?:daring|online|virtual)\b", re.I)


# 'ojek daring', 'pinjaman online', 'toko daring': a service, not a way of meeting.
# ('antrean daring bagi pasien', 'formulir daring', 'lisensi Zoom': a queue, a form, a product's licence)
# ('Di zaman serba daring ini': the age, not the meeting)
_SERVICE_ONLINE = re.compile(r"\bserba\s+(?:daring|online|virtual)\b|"
                             r"\b(?:ojek|ojol|taksi|transportasi|toko|belanja|pinjaman|judi|media|berita|portal|pasar|jualan|"
                             r"perdagangan|bisnis|pengemudi|kurir|layanan|penipuan|tiket|antrean|antrian|formulir|form)\s+"
                             r"(?:daring|online)\b|\b(?:lisensi|akun|langganan)\s+(?:zoom|google\s+meet|ms\s+teams)\b", re.I)


# 'Rapat digelar sepenuhnya secara virtual. Sekda memimpin dari ruang kerjanya, sementara peserta terhubung melalui
# Zoom': said to be wholly online, a meeting led from a room is not hybrid for that (only saying so makes it hybrid).
_FULLY_ONLINE = sentence_re(r"\b(?:sepenuhnya|seluruhnya|full|murni)\s+(?:[a-z]+\s+){0,2}?(?:secara\s+)?"
                            r"(?:virtual|daring|online)\b|"
                            # ('seluruh peserta mengikuti dari kantor masing-masing melalui aplikasi video conference')
                            r"\b(?:seluruh|semua)\s+peserta\b[^.]{0,60}?\bdari\s+(?:kantor|tempat|rumah|daerah|ruang\s+kerja)\s+"
                            r"masing-masing\b|"
                            # 'Dinkes menggelar rapat evaluasi ... secara daring': held online, whoever led it from a room
                            rf"\b(?:{HOLDS}|{HELD}|berlangsung)\s+"
                            # (not when some are in the room and the rest join: 'digelar dengan jumlah anggota terbatas di
                            # ruangan, sebagian anggota dewan lainnya hadir secara virtual')
                            r"(?:(?!di\s+(?:ruang(?:an)?|aula|gedung|balai|kantor|hotel|pendopo)\b|diikuti\b|mengikuti\b|"
                            r"bergabung\b|terhubung\b|hadir\b|sebagian\b)[^.]){0,120}?\bsecara\s+(?:virtual|daring|online)\b",
                            re.I)


# 'Rapat ini menindaklanjuti rakor pengendalian inflasi yang diikuti secara daring dari Kemendagri sehari sebelumnya':
# how the earlier meeting was held says nothing of this one's mode.
# ('Rapim digelar beberapa jam setelah Sekdaprov mengikuti rakor ... secara virtual': held after another meeting.)
# ('Rakor tersebut menindaklanjuti arahan Sekjen Kemendagri dalam Rakor ... yang diikuti ... secara virtual': a meeting
# that follows up what was said in another; not 'Langkah itu merupakan tindak lanjut arahan dalam Rakor ... secara
# virtual', an act following up this meeting)
_FOLLOWS_UP = sentence_re(rf"\b(?:menindaklanjuti|tindak\s+lanjut(?:\s+dari)?)\s+(?:hasil\s+)?(?:{MEETING_NOUNS})\b[^.]*"
                          rf"|\b(?:{MEETING_NOUNS})\b[^.]{{0,40}}?\b(?:menindaklanjuti|tindak\s+lanjut(?:\s+dari)?)\s+[^.]{{0,80}}?"
                          rf"\b(?:{MEETING_NOUNS})\b[^.]*"
                          rf"|\b(?:{HELD}|berlangsung)\s+(?:[\w-]+\s+(?:jam|hari|pekan|minggu)\s+)?"
                          r"(?:setelah|sesudah|usai|seusai|sebelum)\b[^.]*"
                          # ('Rapat lanjutan itu digelar di Ruang Rapat Sekda ..., tak lama setelah Marindo mengikuti rakor
                          # virtual ...': the online meeting is the one before)
                          r"|\b(?:(?:tak|tidak)\s+lama|sesaat|beberapa\s+(?:saat|jam))\s+(?:setelah|sesudah|usai|seusai)\b[^.]*",
                          re.I)


_SWITCHED_ONLINE = re.compile(r"\b(?:dialihkan|diubah|beralih|diganti)\s+(?:menjadi\s+|ke\s+)?(?:rapat\s+|pertemuan\s+)?"
                              r"(?:secara\s+)?(?:daring|virtual|online)\b|"
                              # ('Rapat tersebut tidak digelar tatap muka, melainkan lewat sambungan virtual')
                              # (the meeting itself, not some who 'tidak datang langsung, melainkan bergabung lewat video')
                              rf"\b(?:tidak|tak|bukan)\s+(?:lagi\s+)?(?:{HELD}|berlangsung)\s+(?:secara\s+)?(?:tatap\s+muka|luring)\b"
                              r"[^.]{0,20}?"
                              r"\b(?:melainkan|tetapi|namun)\b[^.]{0,40}?\b(?:daring|virtual|online|zoom|video)\b", re.I)


_JOINED_ONLINE = sentence_re(r"\b(?:diikuti|mengikuti(?:nya)?|bergabung|terhubung|hadir)\b[^.]{0,80}\b(?:virtual|daring|online|zoom|"
                             r"(?:sambungan|konferensi)\s+video)\b|"
                             # ('Sementara kepala daerah ... dari 15 kabupaten/kota ikut secara daring')
                             r"\bikut\s+(?:serta\s+)?secara\s+(?:virtual|daring|online)\b", re.I)


def joined_online(unit: str) -> bool:
    """A unit past the lead that says who joined online ('sementara Bappeda kabupaten/kota mengikuti secara virtual')."""
    return (_any_online(unit) and (_JOINED_ONLINE.search(unit) is not None or _SPOKE_ONLINE.search(unit) is not None)
            and not another_moment(unit))


# 'hadir langsung, tidak lewat zoom', 'tanpa sambungan virtual': an online way denied is no way it was held.
_DENIED_ONLINE = re.compile(r"\b(?:tidak|tak|bukan|tanpa)\s+(?:lagi\s+|hanya\s+)?(?:(?:lewat|melalui|via|secara|dengan|"
                            r"menggunakan|sambungan)\s+)?(?:zoom|daring|virtual|online|video\s*conference|konferensi\s+video)\b",
                            re.I)


# 'Rapat melalui aplikasi Zoom itu semula akan dilaksanakan tatap muka di gedung dewan, namun batal': in person was only
# the plan.
# (what it became instead, 'dialihkan menjadi rapat daring', stays to be read)
_FIRST_PLANNED = sentence_re(r"\bsemula\b[^.]{0,80}?\b(?:tatap\s+muka|luring|secara\s+langsung|offline|secara\s+fisik)\b"
                             r"(?:(?!\b(?:dialihkan|diubah|beralih|diganti)\b)[^.])*", re.I)


# Online words that are not this meeting's way, taken out in this order before its mode is read.
_OTHER_WAYS = (_SERVICE_ONLINE, _OTHER_ONLINE, _FOLLOWS_UP, _DENIED_ONLINE, _ELSE_ONLINE, _FIRST_PLANNED)


def mode(units: list[str], is_meeting: bool) -> str | None:
    """Mode from the evidence and lead: hibrid beats daring beats the luring default of a meeting."""
    if not is_meeting:
        return None
    text = " ".join(units)
    if _any_online(text):
        # (only where an online word could be another activity's or denied)
        for other_way in _OTHER_WAYS:
            text = other_way.sub(" ", text)
    if not _any_online(text):
        return "daring" if _followed_from_here(text) else "luring"  # the costlier online patterns cannot match
    if _SWITCHED_ONLINE.search(text):
        return "daring"  # 'semula direncanakan tatap muka ..., dialihkan menjadi rapat daring': in person no longer
    # (a national meeting followed from a room here is online for Lampung however the others joined it: '... dari Ruang
    # Command Center ..., jajaran Kemendagri, serta para kepala daerah se-Indonesia yang terhubung secara virtual')
    inferred = not _FULLY_ONLINE.search(text) and (
        (_HYBRID_INFERRED.search(text) and not _followed_from_here(text)) or _split_presence(text))
    if _HYBRID_SAID.search(text) or inferred or _BOTH_WAYS.search(text):
        return "hibrid"
    if _ONLINE.search(text):
        return "daring"
    return "luring"
