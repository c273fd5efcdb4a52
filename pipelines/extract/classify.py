"""What the headline event is (event_type), which meeting type, the evidence sentence and a confidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pipelines.extract.gazetteer import alternation, meeting_type_triggers
from pipelines.extract.text import (ATTRIBUTION, COUNCIL_ORGANS, DAYS_BETWEEN, FOLLOWS_UP, HELD, MEETING_NOUNS, MONTH_NAMES,
                                    NATIONAL_WORDS, ONLINE_WORDS, PRIOR_WORDS, WEEKDAYS, sentence_re, unquoted)

# The words that place an event just after another ('usai', 'setelah', 'pasca' ...): PRIOR_WORDS but 'sebelum'.
_AFTER_WORDS = "|".join(w for w in PRIOR_WORDS if w != "sebelum")

# A school's or a campus's learning visit: received by the host's staff, it is still no audience.
_LEARNING_VISITS = ("kunjungan edukasi", "wisata edukasi", "kunjungan belajar", "study tour", "studi wisata")
_LEARNING_VISIT = re.compile(rf"\b(?:{'|'.join(_LEARNING_VISITS)})\b", re.I)

# Non-meeting events, each with the words that report it as the thing that happened.
EVENT_TRIGGERS = {
    "inauguration": ["pelantikan", "melantik", "dilantik", "lantik", "pengukuhan", "dikukuhkan", "mengukuhkan",
                     "kukuhkan", "serah terima jabatan", "sertijab", "pengambilan sumpah", "diambil sumpahnya"],
    # 'peringatan' alone is also 'a warning' ('Peringatan itu disampaikan dalam rakor'): only a commemoration of something
    "ceremony": ["upacara", "peringatan hari", "peringatan hut", "peringatan ulang tahun", "peringatan hari jadi",
                 "peringatan isra", "peringatan maulid", "peringatan nuzulul", "peringatan tahun baru",
                 "peringatan kemerdekaan", "peringatan detik-detik", "peringatan harlah", "peringatan bulan", "memperingati", "apel", "halalbihalal", "halal bihalal",
                 "open house",  # (a leader's Lebaran open house receives everyone: no audience)
                 "penyerahan sk", "menyerahkan sk", "terima sk", "menerima sk", "kantongi sk", "penyerahan petikan",
                 "menyerahkan petikan", "wisuda", "pawai", "karnaval", "dies natalis"],
    "visit": ["kunjungan kerja", "kunker", "reses", "meninjau", "tinjau", "peninjauan", "mengunjungi", "kunjungi",
              "menyambangi", "sambangi", "sidak", "inspeksi mendadak", "berkunjung", "blusukan", "turun langsung ke",
              "turun ke lokasi", "turun ke lapangan", "melihat langsung", *_LEARNING_VISITS],
    "launch": ["launching", "peluncuran", "meluncurkan", "diluncurkan", "luncurkan", "meresmikan", "resmikan",
               "diresmikan", "peresmian", "groundbreaking", "peletakan batu pertama"],
    "aid": ["menyerahkan bantuan", "serahkan bantuan", "penyerahan bantuan", "bantuan sosial", "bansos",
            "bantuan diserahkan", "mengirimkan bantuan", "kirim bantuan", "paket sembako", "paket bantuan",
            "menyalurkan", "salurkan", "penyaluran", "membagikan", "bagikan", "pembagian",
            "menyerahkan paket", "serahkan paket", "penyerahan paket", "pemberian makanan tambahan"],
    "award": ["penghargaan", "award", "awards", "anugerah", "sabet", "meraih predikat", "trofi", "piagam"],
    "sport": ["turnamen", "pertandingan", "fun run", "jalan sehat", "senam bersama", "lomba", "kejuaraan", "porprov"],
    # a press conference or a doorstop tells the press what was decided elsewhere: the news is the statement
    "statement": ["konferensi pers", "jumpa pers", "press conference", "keterangan pers", "doorstop",
                  "dicegat awak media", "dicegat wartawan",
                  # reached by phone: told to the press away from any meeting
                  "saat dihubungi", "ketika dihubungi", "dihubungi melalui telepon", "dihubungi via telepon",
                  "melalui sambungan telepon"],
    "other": ["doa bersama", "zikir", "bimtek", "bimbingan teknis", "penyuluhan", "pelatihan", "workshop",
              "kuliah umum", "studium generale", "orasi ilmiah", "unjuk rasa", "berunjuk rasa", "demonstrasi",
              "sidang perkara", "sidang perdana perkara", "majelis hakim", "terdakwa", "persidangan kasus",
              "penandatanganan", "menandatangani", "teken", "meneken", "nota kesepahaman", "mou",
              "sosialisasi", "seminar", "webinar", "pameran", "festival", "gotong royong", "bakti sosial",
              "silaturahmi dengan masyarakat", "silaturahmi bersama masyarakat", "pasar murah", "operasi pasar",
              "gerakan pangan murah",
              "jamuan makan", "makan malam bersama", "makan siang bersama", "jamuan makan malam", "gala dinner",
              "ramah tamah", "beramah tamah", "bersilaturahmi dengan warga", "bersilaturahmi dengan masyarakat",
              "menjamu", "dijamu"],
}
# Words that make an event the subject of planning, not the thing reported.
_FUTURE = sentence_re(r"\b(?:akan|dijadwalkan|jadwal|rencana|berencana|jelang|menjelang|persiapan|rencananya|dalam waktu dekat|"
                      r"sebelum|berpeluang|berkesempatan|ingin|hendak|bakal)\b[^.]{0,60}$|"
                      # ('Setelah itu barulah sidang paripurna dibuka': after what was told, the next thing told)
                      r"\b(?:usai|seusai|selepas|setelah|sesudah|pasca)\b(?!\s+itu\b)[^.,]{0,60}$|"
                      # an event asked for, urged or readied ('Diminta Siaga Operasi Pasar') has not happened
                      r"\b(?:diminta|meminta|minta|siaga|siapkan|menyiapkan|mematangkan|matangkan|mempersiapkan|persiapkan|"
                      r"bersiap|bersiap-siap|"  # ('Pemprov Lampung Mulai Bersiap Sambut Kunker Presiden')
                      # ... or hoped for or explored ('berharap dapat meneken nota kesepahaman', 'Jajaki MoU')
                      r"berharap|mengharapkan|diharapkan|jajaki|menjajaki|dijajaki|nantinya|"
                      r"tawarkan|menawarkan|ditawarkan|usulkan|mengusulkan|diusulkan|"  # ('TPID Mesuji Tawarkan MoU')
                      r"dorong|mendorong|imbau|mengimbau|instruksikan|"
                      r"menginstruksikan|harus|perlu|agar|supaya|"
                      # ... or agreed or decided on ('TPID Lampung Sepakati Operasi Pasar Serentak'): it is yet to come
                      # (not 'sepakat menandatangani ...': agreeing together is often how the act itself is told)
                      r"sepakati|menyepakati|disepakati|putuskan|memutuskan|diputuskan|setujui|menyetujui|"
                      r"disetujui)\b[^.,]{0,40}$|"
                      # (a request's object may be long: 'meminta seluruh bupati dan wali kota di provinsi itu turun
                      # langsung ke pasar')
                      r"\b(?:diminta|meminta|mengimbau|menginstruksikan|memerintahkan|menugaskan|mengajak)\b[^.,]{0,80}$", re.I)
# 'Usai rakor, Wagub tinjau pasar': the clause after 'usai X,' is what happened; X only came before it.
_PRIOR = re.compile(r"\b(?:usai|seusai|selepas|setelah|sesudah|pasca)\b[^.,]{0,40}$", re.I)
# A noun event followed by 'dijadwalkan' is a plan ('Kunker Presiden ... dijadwalkan Jumat'), not what happened.
_PLANNED_AFTER = sentence_re(r"^(?:(?!\byang\b)[^.]){0,100}?\b(?:dijadwalkan|direncanakan|rencananya|dalam waktu dekat|"
                             rf"(?:akan|bakal|dipastikan)\s+(?:{HELD}|dipusatkan|berlangsung)|"
                             # ('Lampung Krakatau Festival 2019 Digelar Agustus': set for a month, no day yet)
                             rf"(?:{HELD}|berlangsung)\s+(?:pada\s+)?(?:(?:akhir|awal|pertengahan)\s+)?"
                             rf"(?:bulan\s+)?(?:{MONTH_NAMES})\b(?!\s+\d|\s+lalu))\b", re.I)
# An office's head word (the office before a name or apposed after it).
_OFFICE_HEAD = (r"(?:menteri|menko|wakil menteri|wamen|kepala|ketua|wakil ketua|gubernur|wakil gubernur|wagub|bupati|wakil bupati|"
                r"wali ?kota|wakil wali ?kota|direktur|dirut|dirjen|duta besar|dubes|konsul(?: jenderal)?|kapolda|pangdam|"
                r"danrem|kajati|rektor|presiden|wakil presiden|sekjen|deputi|konjen|kapolres|pangdam|kajari|kakanwil|"
                r"sekretaris daerah|sekda\w*|asisten)")
# 'Menurut X, ...' reports what someone said; a meeting named there is a reference, not the reported event.
_REPORTED = re.compile(r"^\W*(?:menurut|kata|ujar|tutur|lanjut|sebelumnya|seperti diberitakan)\b|"
                       r"^\W*(?:[A-Z][\w.'-]*\s+){1,4}(?:menilai|berpendapat|memandang|mengingatkan)\s*,|"
                       r"^\W*(?:ia|dia|beliau|(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,2})\s+(?:juga\s+)?"
                       r"(?:mengungkapkan|mengatakan|menjelaskan|menyebut(?:kan)?|menambahkan|menuturkan|mengaku|menegaskan|"
                       r"menilai|mengingatkan)\s*,|"
                       # ('Mikdar menyebut pertemuan Gubernur ... dengan ... pemilik pabrik sudah menjawab keraguan ...': a
                       # meeting a speaker speaks of, as the object of the speech)
                       r"^\W*(?:ia|dia|beliau|(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,2})\s+(?:juga\s+)?"
                       rf"(?:mengatakan|menyebut(?:kan)?|menilai|menuturkan|mengungkapkan)\s+(?:bahwa\s+)?(?=(?:{MEETING_NOUNS})\b)",
                       re.I)
# 'Ia berharap kepastian itu tertuang dalam dokumen yang akan dibawa ke paripurna ...': a meeting a speaker hopes about
# is not the news (unless it is the meeting at hand: 'Ia berharap rakor ini ...').
_HOPES = re.compile(rf"^\W*(?:ia|dia|beliau|(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){{0,2}})\s+(?:juga\s+)?"
                    rf"(?:berharap|mengharapkan)\b(?!(?:[^.]|\.\d)*\b(?:{MEETING_NOUNS})(?:\s+\w+){{0,3}}?\s+(?:ini|tersebut|itu)\b)", re.I)
# ('Rapat yang dipimpin Menteri ... itu, menurut Mirza, juga membahas ...': a meeting told as someone tells it)
_AS_TOLD_BY = re.compile(r",\s*menurut(?:nya|\s+(?:(?-i:[A-Z])[\w.'-]*\s*){1,4}),|"  # (',menurutnya,' too)
                         # ('Poin pertama, kata Arinal, mendukung ... sosialisasi ...': speech with its tag set inside)
                         r",\s*(?:kata|ujar|tutur|lanjut|jelas|imbuh|tambah)(?:nya|\s+(?:ia|dia|beliau)|"
                         # (not a name whose office is apposed after it: ', kata Marindo Kurniawan, Sekretaris Daerah ...,
                         # usai mengikuti rapat ...' tags the whole sentence as the role-first ', kata Sekretaris ... X usai' does)
                         rf"\s+(?:(?-i:[A-Z])[\w.'-]*\s*){{1,4}}),(?!\s*(?:{_OFFICE_HEAD})\b)|"
                         # ('Pertemuan yang dimaksud Mikdar berlangsung Selasa ...': the meeting a speaker spoke of)
                         # (not one dubbed so: 'rapat yang disebut-sebut sebagai rakor perdana')
                         rf"\b(?:{MEETING_NOUNS})\s+yang\s+(?:di(?:maksud|singgung|sebut)(?:kan)?(?:nya)?|"
                         # (nor one identified: 'Forum yang dimaksud adalah Rapat Koordinasi ...')
                         r"(?:ia|dia|beliau)\s+(?:maksud|singgung|sebut)(?:kan)?)(?![\w-])"
                         r"(?!\s+(?:sebagai|dengan|adalah|ialah|yakni|yaitu|merupakan)\b)", re.I)
# 'Menurut Fahrizal, rapat monev kali ini lebih menitikberatkan ...': speech about this very meeting reports it.
_THIS_MEETING = re.compile(rf"\b(?:{MEETING_NOUNS})\b[^.,]{{0,60}}?\b(?:kali ini|hari ini)\b", re.I)
# Meeting another office holder, or being received by one, is a courtesy call on them: an audience.
# The office holder's name may come first, the office apposed and closed: 'menemui Pramono Anung Wibowo, Gubernur DKI
# Jakarta, Selasa' (not a headline's 'Temui Massa Petani, Gubernur Mirza Lanjutkan Rapat ...', where a clause goes on).
# (or set off by a dash and described after: 'menerima Rahmat Mirzani Djausal - Gubernur Lampung yang akrab disapa Mirza')
_APPOSED_HEAD = (rf"(?:(?-i:[A-Z][\w'’.-]*)\s+){{0,4}}(?-i:[A-Z][\w'’-]*)\s*(?:,|\s[-–—]{{1,2}})\s+{_OFFICE_HEAD}\b"
                 rf"(?:\s+(?:(?-i:[A-Z][\w/.-]*)|di|dan|se-\w+))*\s*(?:[,.]|$|[-–—]|yang\b)")
_NAME_THEN = rf"(?:(?={_APPOSED_HEAD})(?:(?-i:[A-Z][\w'’.-]*)\s+){{0,4}}(?-i:[A-Z][\w'’-]*)\s*(?:,|\s[-–—]{{1,2}})\s+)?"
# Greeting a visitor may be a dinner or a ceremony: a weak sign of an audience, confirmed by the lead.
_WELCOME = sentence_re(r"\b(?:sambut|menyambut|disambut)\b[^.]{0,50}\bkunjungan\b", re.I)
# Courtesy calls and received delegations are audiences.
_AUDIENCE = sentence_re(
    r"(?:menerima|diterima|terima)\b[^.]{0,50}\b(?:audiensi|kunjungan|kunker|silaturahmi|rombongan)"
    r"|\b(?:(?:ber)?audiensi|kunjungan kehormatan|courtesy call|kunjungan silaturahmi|silaturahmi)\b[^.]{0,80}"
    r"\b(?:diterima|ke kantor|ke ruang kerja|ke rumah dinas|ke mahan agung|ke balai kota|ke pendopo|dengan (?:gubernur|wakil gubernur|wagub|menteri|sekdaprov|kapolda)|kepada (?:gubernur|menteri))"
    r"|\b(?:kunjungan(?: kerja)?|kedatangan)\b[^.]{0,80}\bditerima\b"
    # coming to a head's office is calling on them: 'bertandang ke Kantor Gubernur'
    # ('menyambangi Balai Kota Jakarta untuk menemuinya': went to meet its head, named before)
    r"|\b(?:menyambangi|mendatangi|mengunjungi|(?:berkunjung|datang|bertandang)\s+ke)\b[^.]{0,80}?\buntuk\s+"
    r"(?:menemuinya|bertemu\s+dengannya|menemui\s+beliau)\b"
    r"|\b(?:(?:bertandang|berkunjung|bersilaturahmi|datang)\s+ke|mendatangi|menyambangi)\s+(?:ruang kerja|rumah dinas|"
    r"mahan agung|kantor\s+(?:gubernur|wakil gubernur|bupati|wali ?kota|sekda\w*|dprd)|"
    # (a government as the place visited is its head's: 'TPID Pemkab Mesuji berkunjung ke Pemkab Lampung Barat')
    r"(?:kantor\s+)?(?:pemkab|pemkot|pemprov|pemerintah\s+(?:kabupaten|kota|provinsi))\b(?!\s+(?:dan|serta)\b))\b"
    # (a council visited by another's members: 'Komisi III DPRD Sumatera Selatan bertandang ke DPRD Provinsi Lampung';
    # not a crowd coming to it, 'mahasiswa mendatangi DPRD')
    r"|\b(?:bertandang|berkunjung(?:\s+kerja)?|bersilaturahmi|kunjungan\s+kerja)\s+ke\s+(?:gedung\s+)?"
    r"(?:dprd|dewan perwakilan rakyat daerah)\b"
    # receiving a delegation in an office: 'menerima jajaran pengurus PWI di ruang kerja Gubernur'
    r"|\b(?:menerima|terima)\s+(?:langsung\s+)?(?:jajaran|pengurus|rombongan|perwakilan|delegasi|pimpinan|direksi|para|tim|"
    r"ketua|kepala|direktur|rektor|duta besar|dubes|konsul)\b[^.]{0,120}\bdi\s+(?:ruang\s+(?:kerja|rapat|tamu)|mahan agung|"
    r"rumah dinas|kantor|balai keratun|gedung pusiban)"
    rf"|\b(?:sowan|menemui|bertemu(?: dengan)?|menghadap|bertatap muka dengan)\s+(?:ke\s+|kepada\s+)?{_NAME_THEN}"
    r"(?:menteri|kementerian|presiden|wakil presiden|kepala badan|kepala staf|ketua|dirjen|direktur jenderal)"
    # meeting a regional head at his office is a visit to him: an audience ('usai bertemu Gubernur X di kantor gubernur')
    rf"|\b(?:bertemu|menemui|menghadap|bertatap muka)\s+(?:dengan\s+)?{_NAME_THEN}(?:gubernur|wakil gubernur|wagub|sekdaprov|bupati|"
    r"wali ?kota)\b[^.]{0,60}\bdi\s+(?:kantor|ruang kerja|rumah dinas|mahan agung|balai kota|pendopo|istana)"
    # a visit to a ministry or national office is an audience with its head, not a site visit
    r"|\b(?:kunjungi|mengunjungi|menyambangi|sambangi|mendatangi|datangi|berkunjung ke|kunjungan(?: kerja| konsultasi)? ke|"
    r"(?:ber)?konsultasi (?:ke|dengan))\s+"
    r"(?:ke\s+)?(?:kantor\s+|gedung\s+)?(?:kementerian|kemen[a-z]{3,}|kantor staf|staf kepresidenan|bappenas|istana|kanwil|"
    r"ditjen|direktorat jenderal|"
    r"kantor wilayah|balai besar|otoritas)",
    re.I,
)
# ('petani plasma mengadu ke Penjabat Bupati Mesuji': bringing a complaint to an office holder is calling on him)
_CALL_ON = sentence_re(rf"\b(?:menemui|temui|bertemu(?: dengan)?|bertatap muka dengan|menghadap|sowan(?: ke)?|"
                       rf"mengadu(?: ke| kepada)?|diterima(?: langsung)?(?: oleh)?|pertemuan(?: \w+)? (?:bersama|dengan))\s+"
                       rf"{_NAME_THEN}(?:(?:penjabat|pj\.?|plt\.?|plh\.?)\s+)?{_OFFICE_HEAD}\b|"
                       # discussing a matter with a minister or an envoy is calling on them
                       rf"\b(?:membahas|bahas|berdiskusi)\b[^.]{{0,100}}?\b(?:bersama|dengan)\s+(?:menteri|menko|wakil menteri|"
                       rf"wamen|presiden|wakil presiden|dirjen|direktur jenderal|duta besar|dubes|konsul)\b", re.I)
_CALL_ON_WORDS = ("emui", "bertemu", "bertatap", "menghadap", "sowan", "mengadu", "diterima", "pertemuan", "bahas",
                  "berdiskusi")  # (the pattern needs one: a cheap test before its scan; "emui": menemui, temui)
_INVITED = re.compile(r"\b(?:diundang|mengundang|dipanggil|memanggil|dikumpulkan|mengumpulkan)\b", re.I)
# Receiving another office holder is an audience wherever it is held ('saat menerima Gubernur Lampung di Jakarta').
_RECEIVES_HEAD = re.compile(rf"\b(?:(?:menerima|terima)\s+(?:langsung\s+)?(?:kunjungan\s+(?:kerja\s+)?)?|"
                            rf"diterima\s+(?:langsung\s+)?(?:oleh\s+)?)(?:(?:sang\s+)?tuan rumah,?\s+)?{_NAME_THEN}{_OFFICE_HEAD}\b",
                            re.I)
# A visit received in a meeting room is a call on its host (an audience), not a site visit.
_HOSTED = sentence_re(r"\bkunjungan\b[^.]{0,160}\b(?:di|ke)\s+(?:ruang\s+(?:rapat|kerja|pertemuan|sidang)|aula)\b|"
                      # ('DPRD Provinsi Lampung menjadi tuan rumah kunjungan kerja (kunker) Komisi III DPRD Sumatera Selatan')
                      r"\btuan\s+rumah\s+(?:bagi\s+|atas\s+)?(?:kunjungan|kunker|rombongan|delegasi)\b|"
                      # ('Pj Bupati Lampung Barat Nukman ... menyambut rombongan TPID Pemkab Mesuji'): the host met them
                      r"(?:\b(?:menyambut|menerima)\s+(?:langsung\s+)?(?:kedatangan\s+)?(?:rombongan|delegasi)\b|"
                      # ('Di sana rombongan Mesuji diterima langsung oleh tuan rumah, ...': set at the place just told)
                      r"^\W*(?:(?:di sana|di situ|setibanya(?:\s+di\s+[^,.]{1,40})?)\s*,?\s+)?(?:rombongan|mereka|tim|delegasi)\b"
                      r"[^.]{0,40}\b(?:diterima|disambut)\b)"
                      # (welcomed on site, 'disambut Bupati di titik awal ruas jalan', it is still a visit)
                      r"(?![^.]{0,80}\bdi\s+(?:titik|lokasi|lapangan|jalan|ruas|area|kawasan|bandara|pelabuhan|bendungan)\b)", re.I)
# A generic 'rapat' is a coordination meeting when it says so, gathers many offices, or is a national meeting online.
_COORDINATES = sentence_re(r"\b(?:koordinasi|berkoordinasi|lintas (?:sektor|instansi|opd|daerah)|seluruh (?:kepala |pimpinan )?"
                           r"(?:opd|perangkat daerah|pejabat|pimpinan|bupati|wali ?kota|kepala daerah)|"
                           r"para (?:kepala (?:opd|dinas|perangkat daerah)|"
                           r"bupati|wali ?kota|kepala daerah)|bupati dan wali ?kota|eselon|"
                           r"forkopimda|instansi terkait|kesiapan|kesiapsiagaan|antisipasi|pengendalian|penanganan|"
                           # gathering several parties: 'mengumpulkan unsur Pemkot dan BBWS'
                           r"(?:mengumpulkan|kumpulkan|dikumpulkan)\b[^.]{0,80}\b(?:dan|serta))\b", re.I)
_EVALUATES = re.compile(r"\b(?:mengevaluasi|evaluasi (?:capaian|kinerja|realisasi|penyerapan|progres|pelaksanaan)|"
                        r"(?:realisasi|serapan|penyerapan|capaian)\s+(?:anggaran|belanja|kinerja|program))\b", re.I)
_NATIONAL = re.compile(rf"\b(?:{NATIONAL_WORDS})\b", re.I)
# Every alternative of _AUDIENCE contains one of these stems: a cheap substring test before the costly pattern (five
# times faster than one regex of them).
_AUDIENCE_STEMS = ("nerima", "terima", "konsultasi", "audiensi", "audensi", "unjung", "courtesy", "silaturahmi", "sowan",
                   "temu", "nemu", "hadap", "tatap", "ambangi", "datang", "tandang")


@lru_cache(maxsize=2048)  # the title and lead are asked again by every step of the classification
def _audience(unit: str) -> re.Match | None:
    """The first courtesy-call or received-visit construction in a unit (not one said not to have happened)."""
    low = unit.lower()
    if not any(stem in low for stem in _AUDIENCE_STEMS):
        return None
    m = _AUDIENCE.search(unit)
    if not m and "erima" in unit:
        m = _RECEIVES_HEAD.search(unit)
        # (a thing received as the passive's subject may be named at length before it: 'Dokumen Laporan Hasil
        # Pemeriksaan (LHP) ... Tahun 2025 diterima Gubernur')
        reach = 160 if m and m.group(0)[:2].lower() == "di" else 80
        m = None if m and (_THING_RECEIVED.search(unit, max(0, m.start() - reach), m.start())
                           or _THING_NEXT.match(unit, m.start())) else m
    return None if m and _DENIED.search(unit, max(0, m.start() - 40), m.start() + 1) else m


# 'Raih Penghargaan Bhakti Koperasi 2025, Diterima Wagub di Jakarta': a thing received by the head, not a delegation.
_THINGS = (r"(?:penghargaan|piagam|trofi|piala|sertifikat|anugerah|award|bantuan|hibah|sk|laporan|lhp|dokumen|berkas|"
           r"petikan)\b")
_THING_RECEIVED = re.compile(rf"\b{_THINGS}[^.;]*$", re.I)
# ('Terima LHP BPK, Gubernur Targetkan ...': the thing right after the verb)
_THING_NEXT = re.compile(rf"\S+\s+(?:langsung\s+)?{_THINGS}", re.I)


# 'Tak Satu Pun Pejabat Menemui', 'tidak ada yang menerima mereka': no one met them.
_DENIED = re.compile(r"\b(?:tak|tidak|belum|tanpa|enggan)\b[^.,]{0,30}$", re.I)


# Gathering or summoning officials to discuss something, or to hear them out, is a meeting ('mengumpulkan seluruh bupati
# ... untuk membahas', 'memanggil Dinas BMBK untuk dimintai keterangan').
_CONVENE = sentence_re(r"\b(?:mengumpulkan|kumpulkan|dikumpulkan|memanggil|panggil|dipanggil|mengundang|undang|diundang)\b"
                       r"[^.]{0,120}?\b(?:untuk|guna|dalam rangka)\s+(?:membahas|rapat|berkoordinasi|koordinasi|bermusyawarah|"
                       r"mengevaluasi|evaluasi|menyamakan persepsi|mencari solusi|dimintai (?:keterangan|penjelasan|klarifikasi)|"
                       r"(?:meminta|memberikan|memberi) (?:keterangan|penjelasan|klarifikasi)|klarifikasi|"
                       r"mendengar(?:kan)? (?:keterangan|penjelasan|paparan))\b|"
                       # officials gathered need no purpose said: 'Camat Kumpulkan Kepala Tiyuh, Percepat ...',
                       # 'mengumpulkan para bupati dan wali kota' (not 'mengumpulkan kepala keluarga penerima bantuan')
                       r"\b(?:mengumpulkan|kumpulkan|dikumpulkan)\s+(?:para\s+|seluruh\s+|sejumlah\s+)?(?:kepala\s+(?:desa|tiyuh|"
                       r"pekon|kampung|sekolah|puskesmas|opd|dinas|daerah|perangkat\s+daerah|bidang|upt\w*)|camat|lurah|bupati|"
                       r"wali\s?kota|kades|peratin|pejabat|jajaran|direksi|pimpinan\s+opd)\b", re.I)
# 'evaluasi menyeluruh yang dipimpin Sekda X', 'pembahasan yang dibuka Wagub': someone led it, so people met.
_LED_AFTER = re.compile(r"[^.,;]{0,60}?\byang\s+(?:dipimpin|dibuka|dipandu)\b", re.I)
_CONVENE_STEMS = ("umpul", "anggil", "undang")  # (men)gumpulkan drops the k, (me)manggil the p
_QUOTE = re.compile(r"“[^”]*”?|\"[^\"]*\"?")  # words inside quotes are speech, not the event
_WEAK_MEETING = {"sambut", "pertemuan", "diskusi", "musyawarah", "pembahasan", "evaluasi", "monev", "monitoring dan evaluasi",
                 "bahas"}
# (a ministry's regional office, 'Kantor Wilayah Kementerian Hukum Lampung', is a local office, not a minister's)
# (the ministry as a party is not its minister's office: 'rapat ... antara Pemerintah Provinsi Lampung dan Kementerian
# Luar Negeri' sat in Lampung; 'di Kementerian X', 'ke kantor Kementerian X' is the place, 'pertemuan dengan Kementerian
# PUPR' the host)
_HIGHER_OFFICE = re.compile(r"(?<!wilayah )(?<!kanwil )\b(?:menteri|presiden|wakil presiden)\b|"
                            r"\b(?:di|ke|dengan)\s+(?:kantor\s+|gedung\s+|pihak\s+)?kementerian\b", re.I)
_ONLINE = re.compile(rf"\b(?:{ONLINE_WORDS}|online)\b", re.I)
_GENERIC_RAPAT = re.compile(r"\b(?:rapat|pertemuan|diskusi|musyawarah|pembahasan|vicon|video ?conference|video ?konferensi|"
                            r"konferensi video|rapat virtual|rapat daring|teleconference|zoom meeting)\b", re.I)


@dataclass(frozen=True)
class Classification:
    """The decision about the headline event."""

    is_meeting: bool
    event_type: str
    meeting_type: str | None
    evidence: str | None
    confidence: float


@cache
def _event_vocabulary() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern over every non-meeting event trigger and trigger -> event type."""
    words = [w for triggers in EVENT_TRIGGERS.values() for w in triggers]
    return alternation(words), {_phrase_key(w): kind for kind, triggers in EVENT_TRIGGERS.items() for w in triggers}


@cache
def _meeting_vocabulary() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern over every meeting trigger (each trigger names one type) and trigger -> type key."""
    keys = {_phrase_key(t): key for key, words in meeting_type_triggers() for t in words}
    return alternation(t for _, words in meeting_type_triggers() for t in words), keys


def _phrase_key(text: str) -> str:
    """A phrase as the vocabulary keys it: lower case, spaces and hyphens as single spaces."""
    return " ".join(re.split(r"[\s-]+", text.lower().strip()))


# 'masa sidang', 'tahun sidang': a DPRD calendar period, not a session held.
_SITTING_PERIOD = re.compile(r"\b(?:masa|tahun|masa persidangan)\s+$", re.I)
_AFTER_INTERNAL = re.compile(r"\b(?:usai|seusai|selepas|setelah|sesudah)\s+$", re.I)
_INTERNAL = re.compile(r"\s+internal\b", re.I)
# (not 'bukan hanya rapat', 'tidak sekadar rapat': more than a meeting, still one)
_NEGATED = re.compile(r"\b(?:bukan|tanpa|tidak\s+ada|tak\s+ada)\s+(?!hanya\b|sekadar\b|sekedar\b|cuma\b)(?:\w+\s+){0,2}$",
                      re.I)
# Meetings named many or counted ('dalam berbagai rapat koordinasi', 'absen dalam 23 kali rapat paripurna'), or those
# someone habitually misses ('anggotanya yang kerap absen dalam rapat paripurna', 'jarang menghadiri rapat paripurna
# dan rapat komisi', 'tidak pernah mengikuti rapat dan paripurna'): a record of many, no event.
# ('Hampir setiap hari ada rapat virtual', 'kebutuhan rapat daring ... terus meningkat': meetings spoken of in general)
_MANY = re.compile(r"\b(?:berbagai|pelbagai|sejumlah|beberapa(?:\s+kali)?|\d+\s+kali|setiap|tiap(?:-tiap)?|"
                   r"(?:setiap|tiap)\s+(?:hari|pekan|minggu|bulan)\s+ada|kebutuhan|jumlah|frekuensi|intensitas|"
                   # ('126 kegiatan daring, baik rapat, webinar, maupun siaran langsung', 'mulai dari rapat paripurna,
                   # rapat komisi, sampai ...': kinds listed; 'tidak menghadiri sembilan dari 12 rapat paripurna': a share
                   # of meetings counted)
                   r"baik|mulai\s+dari|dari\s+(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan))\s+$",
                   re.I)
_LISTED_ON = re.compile(r"(?:\s+[\w-]+){0,2}?(?:\s+(?:dan|serta|atau|maupun)\s+|\s*,\s*)", re.I)
# ('Lomba Simulasi Sidang Paripurna', 'simulasi rapat'): a mock sitting.
_MOCK = re.compile(r"\b(?:simulasi|lomba)\s+(?:\w+\s+)?$", re.I)
# ('RDP Ditunda, Komisi IV DPRD Lampung Turun Langsung Cek Jalan Rusak': a headline's fronted clause putting the meeting off;
# its main clause is the news)
_PUT_OFF_FRONTED = re.compile(r"(?:\s+[\w()-]+){0,3}?\s+(?:ditunda|batal|dibatalkan|diundur)\s*,", re.I)
# ('Rapat Daring Makin Rutin': a trend of meetings)
_TREND = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:makin|semakin|kian)\s+(?:rutin|sering|banyak|marak)\b", re.I)
# ... or told as held in many places: '412 usulan dari musrenbang tingkat kecamatan yang rampung digelar di sembilan
# kecamatan'
_IN_MANY_PLACES = re.compile(rf"[^.;]{{0,60}}?\b(?:{HELD}|berlangsung)\s+(?:serentak\s+)?di\s+"
                             r"(?:(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|"
                             r"[2-9]|[1-9]\d{1,2})(?:\s+belas)?|seluruh|semua|sejumlah|berbagai)\s+"
                             r"(?:kecamatan|kabupaten|desa|pekon|kelurahan|tiyuh|kampung|lokasi)\b", re.I)
# ... or as where proposals came from, gathered before the news: 'Bappeda Pringsewu Terima 412 Usulan dari Musrenbang
# Kecamatan'
_PROPOSED_AT = re.compile(r"\b(?:usulan|usul|aspirasi)\s+(?:[\w-]+\s+){0,2}?dari\s+$", re.I)
_SKIPPED_HABITUALLY = re.compile(r"\b(?:(?:yang\s+(?:\w+\s+)?|kerap\s+|sering\s+|selalu\s+|berulang\s+kali\s+|berkali-kali\s+)"
                                 r"(?:absen|bolos|mangkir)|(?:jarang|tidak\s+pernah|tak\s+pernah)\s+(?:menghadiri|hadir|"
                                 r"mengikuti|ikut))\s+(?:dalam\s+|di\s+|pada\s+|dari\s+)?(?:rapat\s+dan\s+)?$", re.I)
_GAVEL = re.compile(r"\bpalu\s+$", re.I)  # 'Palu Sidang Berpindah Tangan ...': the gavel, not a kind of sitting
# A university senate's open session ('Sidang Terbuka Senat Unila dalam rangka Dies Natalis'): an academic ceremony.
_SENATE = re.compile(r"\s+(?:terbuka\s+senat|senat\s+terbuka)\b", re.I)
# A court's sidang ('sidang perdana perkara korupsi', 'majelis hakim', 'terdakwa') is a trial, not a government meeting.
_COURT = sentence_re(r"sidang\b[^.]{0,100}\b(?:perkara|kasus|tuntutan|putusan|vonis|praperadilan|gugatan|pledoi|dakwaan|"
                     r"terdakwa|didakwa|dituntut|divonis|tipikor|korupsi|pengadilan|majelis hakim|hakim|jaksa|saksi)\b", re.I)


# 'Usulan Musrenbang Didominasi Jalan', 'hasil rapat', 'rekomendasi pansus': a meeting named as the source of
# something else is a reference to it, not the event reported.
# ('Tenggat pembayaran THR ... yang disepakati dalam rapat dengar pendapat ... lewat': what a meeting agreed)
_PRODUCT_OF = re.compile(r"\b(?:usulan|usul|hasil|rekomendasi|keputusan|kesepakatan|notulen|notula|notulensi|risalah|berita acara|"
                         r"undangan|jadwal|"
                         r"tindak lanjut|catatan|dokumen|data)\s+$|"
                         r"\byang\s+(?:(?:sudah|telah)\s+)?(?:disepakati|diputuskan|ditetapkan|dijanjikan|direkomendasikan)\s+"
                         r"(?:dalam|pada|di)\s+$|"
                         # ('merupakan tindak lanjut arahan Gubernur dalam rapat koordinasi ...', 'menindaklanjuti
                         # kesepakatan dalam rapat bersama Komisi IV DPR RI'): what an earlier meeting directed or agreed
                         r"\b(?:tindak\s+lanjut|menindaklanjuti)\s+(?:arahan|hasil|keputusan|kesepakatan|instruksi|"
                         r"rekomendasi)\b[^.,;]{0,40}?\b(?:dalam|pada|di)\s+$", re.I)


# 'Rapat Persiapan FGD', 'Bappeda Siapkan Musrenbang': the named meeting is the one being prepared, not this one.
_PREPARED = re.compile(r"\b(?:persiapan|mempersiapkan|persiapkan|menyiapkan|siapkan|jelang|menjelang|pra-?)\s*$", re.I)
# 'di Ruang Rapat Pimpinan DPRD', 'Ruang Rapat Paripurna': a room named after the meetings it holds is a place; the
# meeting held there may be another kind.
# (A plenary hall, 'ruang sidang' or 'Ruang Rapat Paripurna', seats plenaries: its name still tells the kind.)
_ROOM = re.compile(r"\b(?:ruang|ruangan|aula)\s+$", re.I)


def _room_before(unit: str, at: int) -> bool:
    """The meeting word at unit[at:] names a room ('Ruang Rapat Utama', 'ruang sidang')."""
    return _ROOM.search(unit, max(0, at - 10), at) is not None


# ('... disampaikan Asisten ... saat ditemui di ruang rapat kerjanya, Kantor Gubernur ...': where reporters met him)
_INTERVIEWED_IN = re.compile(r"\b(?:ditemui|dijumpai|diwawancarai|dikonfirmasi|dihubungi)\b[^.,;]{0,30}?\b(?:di|dari)\s+"
                             r"(?:dalam\s+)?(?:ruang|ruangan)\s+$", re.I)


def _room_names_kind(name: str) -> bool:
    """A meeting kind named by a room that may hold other kinds: 'Ruang Rapat Pimpinan' holds a Banmus meeting."""
    return _meeting_vocabulary()[1][_phrase_key(name)] not in {"rapat_lainnya", "sidang", "rapat_paripurna"}


# A capitalised kind word inside a proper name names an office or a place, not a meeting: 'Direktur Perencanaan Evaluasi
# dan Informasi ...', 'Bidang Perencanaan Makro dan Evaluasi (PME)', 'Desa Sidang Muara Jaya', 'Bertempat di Ruang
# Sidang DPRD, ...' (a room's name).
# ('Badan Musyawarah (Banmus)': a council's organ)
# (a headline's verb ends the name, capitalised as every word of it is: 'Asisten II Ikuti Rakor Pengendalian Inflasi')
_HEADLINE_VERB = r"(?:Ikuti|Ikut|Pimpin|Gelar|Buka|Hadiri|Terima|Bahas|Minta|Dorong|Pastikan|Tinjau|Temui|Sambangi|Wakili|Paparkan)\b"
_NAME_BEFORE = re.compile(r"(?:\b(?:Direktur|Direktorat|Bidang|Subbidang|Seksi|Bagian|Subbagian|Biro|Deputi|Asisten|Kabid|Badan|"
                          rf"Kasi|Divisi|Unit|Sistem|Aplikasi|Ruang|Ruangan|Gedung|Aula)(?:\s+(?:(?!{_HEADLINE_VERB})[A-Z][\w()-]*|dan|&))*|"
                          # ('Desa Sungai Sidang': a village's name)
                          r"\b(?:Desa|Kelurahan|Kampung|Pekon|Tiyuh|Dusun|Kecamatan|Jalan|Jl\.?)(?:\s+[A-Z][\w-]*){0,2})\s+$")


def _inside_name(unit: str, m: re.Match) -> bool:
    """The kind word at m is a capitalised word of an office's or a place's name (a meeting room's 'Rapat' still says
    a meeting sat there: 'Kegiatan di Ruang Rapat Utama ...')."""
    if not m.group(0)[:1].isupper() or (m.group(0).lower() == "rapat" and _ROOM_BEFORE.search(unit, 0, m.start())):
        return False
    return _NAME_BEFORE.search(unit, max(0, m.start() - 80), m.start()) is not None


_ROOM_BEFORE = re.compile(r"\bRuang(?:an)?\s+$")


# '... keputusan rapat yang digelar Bupati X di tenda darurat': a meeting told in a clause of its own is an event.
_TOLD = re.compile(rf"[^.,]{{0,40}}?\byang\s+(?:{HELD}|dipimpin|berlangsung)\b", re.I)
# 'Minta Langsung Gelar Rapat Kerja', 'meminta OPD segera menggelar rapat': a meeting asked for has not been held.
_ASKED = r"\b(?:diminta|meminta|minta|mengimbau|imbau|menginstruksikan|instruksikan|memerintahkan|perintahkan|menugaskan)\b"
# ('Ia juga meminta jajaran tersebut segera duduk bersama dalam rapat teknis ...': asked to sit together in one)
_ASKED_TO_HOLD = re.compile(rf"{_ASKED}[^.,;]{{0,50}}?\b(?:gelar|menggelar|adakan|mengadakan|laksanakan|melaksanakan|"
                            r"duduk\s+bersama\s+(?:dalam|di)|berkumpul\s+(?:dalam|di))\s+(?:\w+\s+){0,2}$|"
                            # ('Minta Langsung Rapat dengan Jajaran': asked to meet, not where the asking was done)
                            # (an instruction may be told as carried out: 'Gubernur Instruksikan Rakor ... yang dipimpin Wagub')
                            r"\b(?:diminta|meminta|minta)\s+(?:(?!(?:dalam|pada|saat|ketika|di|kepada|agar|usai|seusai)\b)\w+\s+)"
                            r"{0,2}$", re.I)
# 'akan menjadi bahan pembahasan dalam rapat koordinasi TPID berikutnya': the next meeting of a series, undated, named
# only as where something will go; no event.
_NEXT_OF_SERIES = re.compile(r"(?:\s+(?!(?:yang|pada|di|tanggal)\b)[\w()/-]+){0,3}\s+(?:berikutnya|mendatang)\b(?!\s*,?\s*"
                             rf"(?:(?:akan\s+)?(?:{HELD}|berlangsung|dijadwalkan)\s+)?(?:pada\s+|tanggal\s+)?"
                             r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|\d))", re.I)
# 'Pernyataan itu disampaikan Marindo sehari setelah mengikuti rapat koordinasi ...', 'Sehari Usai Rakor Banjir, Wagub
# Antar Bantuan': a meeting days before (or after) what the sentence reports is another day's event, never its news.
# ('sepulang mengikuti Rakornas ... di Jakarta', 'baru kembali dari Jakarta setelah mengikuti rapat koordinasi ...': back
# from it, the news is what comes after.)
# ('Usulan tersebut sudah lebih dulu disetujui ... dalam rapat paripurna kemarin': done before the news)
# (or hours: 'Peluncuran dilakukan ..., beberapa jam setelah ia menyampaikan LKPJ ... dalam rapat paripurna')
_DAYS_APART = re.compile(rf"\b(?:(?:{DAYS_BETWEEN}|(?:beberapa|dua|tiga|empat|\d+)\s+jam|sejam)\s+(?:{'|'.join(PRIOR_WORDS)})|"
                         r"sepulang(?:nya)?|sekembali(?:nya)?|"
                         r"(?:sudah|telah)\s+lebih\s+(?:dulu|dahulu)|"
                         r"(?:pulang|kembali)\s+dari\s+[^.,;]{1,40}?\s+(?:setelah|usai|seusai|sesudah))\b[^.,;]{0,120}$", re.I)

# 'Komisi II mendesak Pemprov menerbitkan pergub, menyusul kesepakatan dalam rapat koordinasi ... Selasa (9/9)': what the
# news follows on from happened before it, the news is the act that follows.
_FOLLOWING = re.compile(r"\bmenyusul\s+[^.,;:]{0,40}$", re.I)


@lru_cache(maxsize=2048)
def _meeting_hits(unit: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, -length, type key, matched text) of every meeting trigger, longest at each place."""
    pattern, keys = _meeting_vocabulary()
    if any(w in unit for w in _SERIES_ENDS) and _SERIES.search(unit):  # (the pattern needs one of these: a cheap test first)
        return ()
    hits = []
    another = False  # a meeting of the unit was set aside as another one than the news
    general_end = -1  # where the last meeting spoken of in general ends (the next one listed with it is too)
    for m in pattern.finditer(unit):
        if _NEXT_OF_SERIES.match(unit, m.end()) or (
                _TO_BE_TAKEN_UP.search(unit, max(0, m.start() - 60), m.start()) and not _WHEN.search(unit)):
            # ('bahan pembahasan dalam rapat ... berikutnya': nor is the discussion it is named with)
            hits = [h for h in hits if h[3] not in _WEAK_MEETING]
            continue
        if _another_meeting(unit, m):
            another = True
            continue
        if _TO_BE_HELD.match(unit, m.end()) and not _WHEN.search(unit):
            continue  # ('Rencananya, rapat paripurna usulan pimpinan DPRD definitif ... akan digelar.': no day yet)
        if _NEGATED.search(unit, max(0, m.start() - 30), m.start()):
            continue  # ('Bukan Lewat Rapat, Dinkes ... Datangi Masjid', 'Tidak ada meja rapat, ...': no meeting said)
        if (general_end >= 0 and _LISTED_ON.fullmatch(unit, general_end, m.start())) or \
                _MANY.search(unit, max(0, m.start() - 20), m.start()) or _SKIPPED_HABITUALLY.search(unit, max(0, m.start() - 50),
                                                                                                m.start()) \
                or _IN_MANY_PLACES.match(unit, m.end()) or _PROPOSED_AT.search(unit, max(0, m.start() - 50), m.start()) \
                or _TREND.match(unit, m.end()) or _PUT_OFF_FRONTED.match(unit, m.end()) \
                or _MOCK.search(unit, max(0, m.start() - 25), m.start()):
            general_end = m.end()
            continue  # ('... prioritas yang selama ini dibahas dalam berbagai rapat koordinasi': many meetings, no event;
            # 'anggotanya yang kerap absen dalam rapat paripurna': the meetings some habitually miss)
        # ('hasil kesepakatan rapat ... di Ruang Rapat Utama ..., Senin, 23 Desember 2024': the room of a meeting set
        # aside is that meeting's)
        if _AFTER_INTERNAL.search(unit, max(0, m.start() - 12), m.start()) and (
                m.group(0).lower().endswith("internal") or _INTERNAL.match(unit, m.end())):
            continue  # ('... ujar Mikdar kepada wartawan usai rapat internal pansus': a closed meeting, told of in passing)
        if (_room_before(unit, m.start()) and (another or _room_names_kind(m.group(0))
                                               or _INTERVIEWED_IN.search(unit, max(0, m.start() - 50), m.start()))) or (
                _SITTING_PERIOD.search(unit, max(0, m.start() - 20), m.start()) or _COURT.match(unit, m.start())
                or _GAVEL.search(unit, max(0, m.start() - 6), m.start()) or _SENATE.match(unit, m.end())
                or _inside_name(unit, m)):
            continue
        text = m.group(0).lower()
        hits.append((m.start(), -(m.end() - m.start()), keys[_phrase_key(text)], text))
    return tuple(hits)


# 'Teknis penyambutan masih akan dibahas dalam rapat persiapan': a matter still to be taken up in a meeting no day is
# given for names where it will go, not an announced meeting.
_TO_BE_TAKEN_UP = re.compile(r"\b(?:akan|bakal|rencananya|direncanakan)\s+(?:\w+\s+)?(?:dibahas|dibicarakan|didiskusikan|dikoordinasikan|dirapatkan|"
                             r"dimatangkan|dievaluasi)\s+(?:lebih\s+lanjut\s+|kembali\s+)?(?:dalam|pada|melalui|di)\s+$", re.I)
# A meeting then said to be held later: 'rapat paripurna ... akan digelar', '... yang dijadwalkan berlangsung ...'.
_TO_BE_HELD = re.compile(rf"[^.;]{{0,120}}?\b(?:akan\s+(?:segera\s+)?|(?:rencananya|direncanakan|dijadwalkan)\s+(?:akan\s+)?)"
                         rf"(?:{HELD}|berlangsung)\b", re.I)
_WHEN = re.compile(rf"\d|\b(?:{WEEKDAYS}|besok|lusa|(?:pekan|minggu)\s+(?:depan|mendatang)|nanti\s+(?:pagi|siang|sore|malam)|"
                   r"(?:hari|pagi|siang|sore|malam)\s+ini)\b", re.I)


# 'Sehari sebelumnya, Senin (17/3/2025), DPRD ... telah menggelar rapat paripurna istimewa ...': told as what came
# before the news.
# ('Pada forum yang sama tahun lalu, Selasa (19/2/2019), pembahasan ...': a setting fronted in a period gone)
# ('Sebulan lalu, pada rakor 9 September, TPID ...': a month before the news)
_BEFORE_THE_NEWS = re.compile(r"^\W*(?:(?:(?:sehari|dua\s+hari|tiga\s+hari|sepekan|seminggu)\s+)?sebelumnya\b|(?:pada\s+|dalam\s+)?"
                              r"(?:[\w-]+\s+){0,4}?(?:tahun|bulan|pekan|minggu|periode)\s+(?:lalu|sebelumnya|silam)\s*,|"
                              r"(?:sebulan|setahun|sepekan|seminggu|(?:dua|tiga|empat|beberapa)\s+(?:pekan|minggu|bulan))\s+"
                              r"(?:lalu|sebelumnya|silam)\s*,)", re.I)


def _another_meeting(unit: str, m: re.Match) -> bool:
    """The meeting at m is one the unit names as other than its news: its product, one prepared, asked for, days apart
    or followed on from."""
    return bool(_BEFORE_THE_NEWS.match(unit)
                or _on_the_sidelines(unit, m)
                or (_PRODUCT_OF.search(unit, max(0, m.start() - 70), m.start()) and not _TOLD.match(unit, m.end()))
                or _PREPARED.search(unit, max(0, m.start() - 25), m.start())
                or _DAYS_APART.search(unit, max(0, m.start() - 100), m.start())
                or _FOLLOWING.search(unit, max(0, m.start() - 50), m.start())
                or _ASKED_TO_HOLD.search(unit, max(0, m.start() - 90), m.start())
                or _TOLD_DAYS_BEFORE.match(unit, m.end())
                or _EARLIER_OCCASION.match(unit, m.end())
                or _PAST_MONTH.match(unit, m.end())
                or _SPAN_AFTER.match(unit, m.end())
                or _BEFORE_TAKEN_TO.search(unit, max(0, m.start() - 40), m.start())
                or (_FRONTED_SETTING.search(unit, max(0, m.start() - 12), m.start()) and _HAD_DONE.match(unit, m.end())))


def _on_the_sidelines(unit: str, m: re.Match) -> bool:
    """The meeting at m is the occasion a fronted 'Di sela ...,' sets another event in ('Di Sela Rakornas Investasi,
    Gubernur Mirza Teken Kerja Sama ...': the signing beside the meeting is the news)."""
    fronted = _SIDELINES.match(unit) if "sela" in unit[:12].lower() else None
    return bool(fronted) and m.start() < fronted.end() and bool(_event_hits(unit[fronted.end():]))


_SIDELINES = re.compile(r"^\W*di\s*sela(?:-sela)?\b[^,.;]{3,120},", re.I)


# 'Pada rapat bersama para kepala daerah di Mahan Agung, Senin (23/6), gubernur sudah meminta ...': a meeting set before
# a main clause in the pluperfect is background to the news.
_FRONTED_SETTING = re.compile(r"^\W*(?:pada|dalam|di)\s+(?:acara\s+)?$", re.I)
_HAD_DONE = re.compile(r"[^.;]{0,120}?,\s+(?:[\w.-]+\s+){1,5}?(?:sudah|telah)\s+(?:lebih\s+dulu\s+)?(?:me|mem|men|meng|meny)\w+",
                       re.I)


# 'pertemuan Gubernur ... dengan 12 pemilik pabrik tapioka sehari sebelumnya': a meeting told as days before the news.
_TOLD_DAYS_BEFORE = re.compile(rf"[^.;]{{0,120}}?\b{DAYS_BETWEEN}\s+(?:sebelumnya|sebelum\s+itu)\b", re.I)
# 'Pada forum yang sama tahun lalu, Selasa (19/2/2019), ...': the series' occasion of a period gone, not the news.
# 'Bappeda menggelar enam FGD tematik di perguruan tinggi, yang terakhir berlangsung ... pada Kamis (17/4/2025)',
# 'menggelar rangkaian Focus Group Discussion (FGD) tematik ..., yang ditutup dengan FGD bertema ...': a series told with
# its last one led up to the news; none of its meetings is one of its own. (Not any 'rangkaian': 'dalam rangkaian rapat
# paripurna yang digelar ... pada hari itu' is the news.)
_SERIES_ENDS = ("terakhir", "ditutup dengan", "diakhiri dengan", "pamungkas")
_SERIES = sentence_re(rf"\b(?:tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|\d{{1,2}}|(?:se)?rangkaian)\s+"
                      rf"(?:[\w-]+\s+){{0,4}}?\(?(?:{MEETING_NOUNS})\b[^.;]{{0,160}}?\byang\s+(?:terakhir|ditutup\s+dengan|"
                      r"diakhiri\s+dengan|pamungkas)\b", re.I)
# '... dikaji lebih dalam oleh BP2D, sebelum dibahas di rapat komisi', 'Sebelum dibawa ke paripurna, ...': the meeting a
# matter goes to after the one told is still to come.
_BEFORE_TAKEN_TO = re.compile(r"\bsebelum\s+(?:\w+\s+){0,2}?(?:di|ke|dalam|pada)\s+$", re.I)
# 'Rancangannya disampaikan ... dalam rapat paripurna pada Senin (21/7/2025), lalu dibahas maraton ... selama lebih dari
# dua pekan': the meeting a span of days or weeks followed came before the news.
_SPAN_AFTER = re.compile(r"[^.;]{0,160}?,\s*(?:lalu|kemudian|setelah\s+itu|sebelum)\b[^.;]{0,120}?\bselama\s+(?:(?:lebih\s+dari|"
                         r"hampir|sekitar|kurang\s+lebih)\s+)?(?:\w+\s+)?(?:hari|pekan|minggu|bulan|tahun)\b", re.I)
# ('... ditetapkan Badan Musyawarah dalam rapat pada Kamis (14/3) pekan sebelumnya': a weekday of the week before)
_EARLIER_OCCASION = re.compile(rf"\s+(?:(?:yang\s+)?(?:sama|serupa|sejenis)\s+)?(?:pada\s+)?(?:(?:{WEEKDAYS})\s+(?:\(\d[\d/]*\)\s+)?"
                               r"(?:pekan|minggu)\s+(?:lalu|sebelumnya)|(?:tahun|bulan|pekan|minggu|periode|triwulan|semester)\s+"
                               r"(?:lalu|sebelumnya|silam))\b", re.I)

# ('sudah dibahas dalam rapat koordinasi bersama dinas sosial kabupaten/kota pada Februari lalu': a month gone, no day)
_PAST_MONTH = re.compile(rf"[^.,;]{{0,80}}?(?<![\d/])\s(?:pada\s+)?(?:bulan\s+)?(?:{MONTH_NAMES})(?:\s+(?:19|20)\d{{2}})?\s+lalu\b",
                         re.I)


def _event_hits(unit: str) -> list[tuple[int, str]]:
    pattern, kinds = _event_vocabulary()
    hits = [(m.start(), kinds[_phrase_key(m.group(0))]) for m in pattern.finditer(unit) if not _planned(unit, m)]
    low = unit.lower()
    if "erahkan" in low or "erahan" in low:  # (the handover pattern needs its verb: a cheap test first)
        hits += [(m.start(), "aid") for m in _HANDOVER.finditer(unit) if not _planned(unit, m)]
        hits += [(m.start(), "ceremony") for m in _DOCUMENT_HANDOVER.finditer(unit) if not _planned(unit, m)]
    if "lepas" in low:
        hits += [(m.start(), "ceremony") for m in _SEND_OFF.finditer(unit) if not _planned(unit, m)]
    return sorted(hits)


# Goods handed over without the word 'bantuan': 'Wagub Jihan Serahkan 40 Unit Alsintan ke Kelompok Tani', 'menyerahkan 40
# unit alat dan mesin pertanian', 'Serahkan Santunan untuk Keluarga Korban'.
_HANDOVER = re.compile(r"\b(?:menyerahkan|serahkan|penyerahan|diserahkan)\s+(?:[\w-]+\s+){0,3}?(?:alsintan|alat\s+dan\s+mesin\s+"
                       r"pertanian|traktor|hand\s*traktor|combine\s+harvester|pompa\s+air|ambulans|santunan|beasiswa|bibit|"
                       r"benih|sembako|kursi\s+roda|sertifikat|beras|bahan\s+pokok|minyak\s+goreng)\b", re.I)
# A document handed over in a ceremony: 'Laporan Hasil Pemeriksaan (LHP) diserahkan Anggota V BPK RI ... kepada Gubernur',
# 'menyerahkan DIPA 2026', 'penyerahan SK PPPK'.
_DOCUMENTS = r"LHP|laporan\s+hasil\s+pemeriksaan|DIPA|SK|surat\s+keputusan"
_DOCUMENT_HANDOVER = re.compile(rf"\b(?:menyerahkan|serahkan|penyerahan|diserahkan)\s+(?:[\w()-]+\s+){{0,3}}?(?:{_DOCUMENTS})\b|"
                                rf"\b(?:{_DOCUMENTS})\b(?:\s+[\w()-]+){{0,4}}?\s+diserahkan\b", re.I)
# A send-off: 'Sekdaprov Lepas 20 Truk Beras SPHP', 'Gubernur Mirza Lepas 445 Jemaah Calon Haji', 'pelepasan armada'.
_SEND_OFF = re.compile(r"\b(?:pelepasan|melepas|lepas)\s+(?:[\d.]+\s+)?(?:[\w-]+\s+){0,2}?(?:truk|kendaraan|armada|mobil|"
                       r"jemaah|jamaah|peserta|kontingen|kafilah|atlet|ekspor|rombongan|relawan)\b", re.I)


def _planned(unit: str, m: re.Match) -> bool:
    """The event at m is planned, habitual, background or only a word for something else, not the thing that happened."""
    return bool(_FUTURE.search(unit[: m.start()]) or _PLANNED_AFTER.search(unit[m.end():]) or _HABITUAL.match(unit, m.end())
                or _IN_KIND.search(unit, max(0, m.start() - 90), m.start())
                or _NOT_YET.search(unit, max(0, m.start() - 30), m.start())
                or _REVIEWED.search(unit, max(0, m.start() - 30), m.start())
                or _NOT_YET_AFTER.match(unit, m.end())
                or _PAST_AFTER.match(unit, m.end())
                or (m.group(0).lower().endswith("bagikan") and _SHARED_KNOWING.match(unit, m.end()))
                or _SINCE.search(unit, max(0, m.start() - 45), m.start())
                or (_BACKGROUND.match(unit, m.end()) and _RELATIVE_BEFORE.search(unit, max(0, m.start() - 12), m.start())))


# 'Lampung-In diluncurkan Mei lalu dan sudah berjalan ...': an event dated in a month or year gone, background.
# ('... ini diluncurkan pada Mei 2025 dan sejak itu jadi program prioritas': dated by a month alone, an event of the
# story's past; the news is told with its day)
_PAST_AFTER = re.compile(rf"\s+(?:pada\s+)?(?:(?:bulan|tahun|pekan|minggu)\s+lalu|(?:bulan\s+)?(?:{MONTH_NAMES})"
                         r"(?:(?:\s+(?:19|20)\d{2})?\s+lalu|\s+(?:19|20)\d{2}\b))", re.I)
# 'Bagikan Pengalaman Sosper': sharing what one knows, not handing out aid.
_SHARED_KNOWING = re.compile(r"\s+(?:\w+\s+)?(?:pengalaman|informasi|ilmu|cerita|kisah|tips|wawasan|praktik|pengetahuan)\b",
                             re.I)


# 'Belum Dilantik, Mirza-Jihan Maraton Temui Menteri': an event not (yet) done, the state the news is told in.
# ('Pelantikan belum juga digelar, tetapi pasangan ... sudah lebih dulu bergerilya di ibu kota': told after it)
_NOT_YET_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:belum|tidak\s+jadi|batal)\s+(?:juga\s+|lagi\s+)?(?:di[a-z]{3,}|dimulai|"
                            r"berlangsung|terlaksana|terjadi)\b", re.I)
_NOT_YET = re.compile(r"\b(?:belum|tidak\s+jadi|batal)\s+(?:juga\s+|lagi\s+)?$", re.I)


# 'sebagai tanda penghargaan bagi atlet': appreciation, not an award given; 'mulai dari sistem pelaporan, pelatihan
# teknis, sampai ...': matters listed, not an event held; 'menjelaskan program Sosialisasi Perda': a programme, not one
# session of it.
# ('Kalau ada lomba siapa paling cepat memikirkan mudik, ...': a competition supposed, none held)
# ('memaparkan program baru DPRD Lampung, yakni Sosialisasi Perda': a programme named in apposition)
# 'mengevaluasi penyaluran pupuk bersubsidi bersama dinas pertanian kabupaten/kota': what was reviewed, not done.
# ('Komisi III DPRD Sumsel Belajar ke Lampung, Bahas Dana Hibah dan Sosper': the second of the things discussed)
_REVIEWED = re.compile(r"\b(?:mengevaluasi|evaluasi|membahas|bahas|pembahasan|mengkaji|menyoroti|soroti)\s+(?:\w+\s+){0,4}$",
                       re.I)
_IN_KIND = re.compile(r"\b(?:tanda|bentuk|wujud|rasa|ungkapan|program(?:\s+baru)?)\s+$|"
                      # ('cukup untuk kebutuhan penyaluran hingga beberapa bulan', 'realisasi penyaluran mencapai ...': a
                      # figure of the act, not the act done)
                      r"\b(?:kebutuhan|target|kuota|realisasi|stok|cadangan)\s+$|\bmulai\s+dari\b[^.;:]*$|"
                      r"\bprogram\b[^.;:]{0,50}?,?\s+(?:yakni|yaitu|bernama|berupa)\s+$|"
                      # ('produk unggulan ... yang dikenalkan lewat Gebyar UKM, bedah koperasi, dan festival tapis': the
                      # means a thing is made known by, not an event held)
                      r"\byang\s+(?:selama ini\s+|telah\s+|sudah\s+)?di[a-z]+kan\s+(?:lewat|melalui)\s+[^.;:]*$|"
                      r"\b(?:kalau|jika|apabila|seandainya|andai(?:kan)?)\s+(?:ada\s+)?$|"
                      # ('Rapat Harmonisasi Rancangan Pergub tentang Pedoman Pemberian Hibah dan Bantuan Sosial': what a
                      # rule or a document is about)
                      r"\btentang\s+[^.;:,]{0,60}$", re.I)


# 'Sosper kini digelar DPRD sebulan sekali': a programme's habit, not an event; 'sejak diluncurkan': its past.
_FREQUENCY = (r"sebulan sekali|seminggu sekali|setahun sekali|setiap (?:bulan|minggu|pekan|tahun)|tiap (?:bulan|minggu|pekan|tahun)|"
              r"secara (?:rutin|berkala)")
_HABITUAL = re.compile(rf"[^.;]{{0,60}}?\b(?:{_FREQUENCY})\b", re.I)
# ('Proses ini sudah berjalan sejak Mirza dilantik pada 20 Februari 2025': the event a span is counted from)
_SINCE = re.compile(r"\bsejak\s+(?:[\w.-]+\s+){0,4}$", re.I)


# 'aplikasi layanan publik yang diluncurkan Pemprov sejak Mei lalu': a relative clause recalling how something came to be
# is background to the story, not its event.
_RELATIVE_BEFORE = re.compile(r"\byang\s+(?:telah\s+|sudah\s+)?$", re.I)
# ('Jihan, yang dilantik sebagai wakil gubernur di Jakarta pada 20 Februari 2025, sejak awal ...': a dated past act)
_BACKGROUND = re.compile(r"[^.,;]{0,60}?\b(?:sejak|pada tahun|tahun lalu|beberapa waktu lalu|bulan lalu|lalu|"
                         r"pada\s+(?:tanggal\s+)?\d{1,2}\s+[A-Za-z]+\s+(?:19|20)\d{2})\b", re.I)


def _only_planned(kind: str, units: list[str]) -> bool:
    """The lead tells the headline's event only as a plan ('Jokowi Kembali Kunker ke Lampung' over 'Presiden
    dijadwalkan melakukan kunker'): the headline announces it, it has not happened."""
    pattern, kinds = _event_vocabulary()
    seen = False
    for unit in units:
        for m in pattern.finditer(unit):
            if kinds[_phrase_key(m.group(0))] == kind:
                if not _planned(unit, m):
                    return False
                seen = True
    return seen


def _first_meeting(unit: str) -> tuple[int, str, str] | None:
    """Earliest strong meeting trigger (or weak one when nothing strong) as (pos, key, word)."""
    audience = _audience(unit)
    if audience:
        return audience.start(), "audiensi", "audiensi"
    hits = list(_meeting_hits(unit))
    welcome = _WELCOME.search(unit)
    if welcome:
        hits.append((welcome.start(), 0, "audiensi", "sambut"))
    convene = _convening(unit)
    if convene:
        hits.append(convene)
        hits.sort()
    strong = [h for h in hits if h[3] not in _WEAK_MEETING or _LED_AFTER.match(unit, h[0])]
    chosen = strong or hits
    if not chosen:
        return None
    pos, _, key, word = chosen[0]
    return pos, key, word


# A DPRD body summoning an agency or a company to hear it out holds a hearing ('Komisi III memanggil PT X untuk ...').
_DPRD_BODY = sentence_re(r"\b(?:dprd|dewan|komisi\s+[IVX]+|pansus|panitia\s+khusus|banggar|badan\s+anggaran)\b[^.]{0,60}$", re.I)


# What people do only by meeting: discussing a matter with another party, hearing a presentation, gathering officials.
_TOGETHER = sentence_re(r"\b(?:membahas|bahas|berdiskusi|mendiskusikan|diskusikan)\b[^.]{0,100}?\b(?:bersama|dengan)\s+"
                        r"(?:para\s+|jajaran\s+|pihak\s+|seluruh\s+)?(?-i:[A-Z])|"
                        r"\b(?:mendengarkan|mendengar|menyimak)\s+(?:langsung\s+)?(?:paparan|presentasi|ekspos|pemaparan)\b|"
                        r"\b(?:mengumpulkan|kumpulkan|dikumpulkan)\s+(?:seluruh|semua|para|jajaran|unsur|perwakilan)\s+"
                        r"(?:kepala|pejabat|pimpinan|bupati|wali|camat|opd|asisten|staf|kadis|direktur|eselon|(?-i:[A-Z]))|"
                        # called in to the host's room: 'Direksi BUMD diundang Sekda ke ruang kerjanya'
                        r"\b(?:diundang|dipanggil|dikumpulkan)\b[^.]{0,40}\bke\s+(?:ruang|kantor|rumah dinas|mahan agung|"
                        r"aula|gedung|balai)", re.I)
_TOGETHER_STEMS = ("bahas", "diskusi", "dengar", "simak", "umpul", "undang", "anggil")


@lru_cache(maxsize=2048)  # asked for the same title and lead by the classification and by the typing
def _convening(unit: str) -> tuple[int, int, str, str] | None:
    """A meeting told by its convening, as a meeting hit: a DPRD summons is a hearing, anything else a plain meeting."""
    low = unit.lower()  # substring tests first: most sentences hold none of the verbs
    m = _CONVENE.search(unit) if any(stem in low for stem in _CONVENE_STEMS) else None
    if m is None:
        # weaker: another event named first in the sentence is the one reported ('Silaturahmi ..., Gubernur Bahas ...')
        m = _TOGETHER.search(unit) if any(stem in low for stem in _TOGETHER_STEMS) else None
        return (m.start(), 0, "rapat_lainnya", "bahas") if m else None
    summons = "anggil" in m.group(0)[:12].lower()
    key = "rapat_dengar_pendapat" if summons and _DPRD_BODY.search(unit, 0, m.start()) else "rapat_lainnya"
    return m.start(), 0, key, "kumpulkan"


# Names that say only that people sat together: a headline's more exact name stands.
_LOOSE = {"sidang", "rapat_lainnya"}
_SPECIFIC = {"rapat_paripurna", "musrenbang", "fgd", "konsultasi_publik", "rapat_dengar_pendapat", "sidang"}


# A plenary a headline says is being scheduled ('Banmus DPRD Lampung Jadwalkan Paripurna ...').
_SCHEDULES = re.compile(r"\b(?:jadwalkan|menjadwalkan|susun\s+jadwal|menyusun\s+jadwal)\s+(?:rapat\s+)?paripurna\b|"
                        # ('Banmus DPRD Mesuji Susun Jadwal Masa Sidang II, Paripurna Pidato Perdana Bupati Menunggu ...':
                        # the organ that sets the council's agenda is the headline's subject)
                        r"^\W*(?:banmus|badan\s+musyawarah)\b", re.I)


# A council organ holding its own meeting ('Banmus DPRD Lampung menggelar rapat ...', 'Bapemperda mengikuti rapat
# fasilitasi ...'): a plenary named after it in the lead is the business it prepares, not the meeting held.
_ORGAN_HOLDS = sentence_re(rf"\b(?i:{COUNCIL_ORGANS})\b[^.]{{0,100}}\b(?:menggelar|mengikuti|melaksanakan|mengadakan)"
                           r"\s+rapat\b")


# 'Bappeda ... kebagian tugas memaparkan evaluasi capaian kinerja ...': a weak word presented is the matter, not the kind
# of meeting it is presented in.
# (nor one a rule or a talk is about: 'pengaturan mengenai evaluasi proposal ...')
_PRESENTED = re.compile(r"\b(?:memaparkan|menyampaikan|melaporkan|mempresentasikan|membawakan|(?:bahan\s+)?paparan|materi|"
                        r"mengenai|tentang|perihal)\s+(?:\w+\s+)?$", re.I)


def meeting_type(units: list[str]) -> str:
    """The most specific meeting type named in the title and evidence, earliest first."""
    named, organ = None, False
    for k, unit in enumerate(units):
        # (past the title and evidence, not an audience told as an earlier one: 'Sebelumnya, Kakanwil ... saat menerima
        # kunjungan DPRD pekan lalu menegaskan ...')
        audience = _audience(unit)
        # (nor one fronted as done before the meeting the sentence goes on to convene: 'Usai menerima audiensi Perum Bulog
        # ... pada pagi hari, Gubernur ... langsung mengumpulkan para bupati ... untuk rapat koordinasi ...')
        fronted = _DONE_BEFORE.match(unit) if audience else None
        skip = fronted.end() if fronted and audience.start() < fronted.end() and _meeting_hits(unit[fronted.end():]) else 0
        if audience and not skip and not (k >= 2 and _EARLIER_AUDIENCE.search(unit)):
            return "audiensi"
        hits = [h for h in _meeting_hits(unit) if (h[2] != "rapat_lainnya" or not _GENERIC_RAPAT.fullmatch(h[3]))
                and not (h[3] in _WEAK_MEETING and _PRESENTED.search(unit, max(0, h[0] - 40), h[0])) and h[0] >= skip]
        if k >= 2:  # past the title and evidence, an earlier meeting recalled ('forum konsultasi publik dua pekan lalu')
            # or one still to be held ('untuk merampungkan ... Bappeda akan menggelar focus group discussion (FGD)')
            hits = [h for h in hits if not _RECALLED_MENTION.match(unit, h[0] - h[1])
                    and not _TO_HOLD_LATER.search(unit, max(0, h[0] - 50), h[0])]
        review = _REVIEW.search(unit)
        hits = [h for h in hits if not review or h[0] < review.start()]  # (the event a preparation meeting prepares)
        summons = _convening(unit)
        hits += [summons] if summons and summons[2] != "rapat_lainnya" else []
        # (a meeting's own name before a weak word naming what it did: 'Evaluasi atas langkah-langkah itu menjadi agenda
        # rapat koordinasi TPID ...')
        hits = [h for h in hits if h[3] not in _WEAK_MEETING] or hits
        if hits:
            named = _exact_of_joined(unit, hits)
            break
        if review:
            return "rapat_lainnya"  # named as a review, before any type a later sentence's words suggest
        organ = organ or _ORGAN_HOLDS.search(unit) is not None
    # 'Banmus menggelar rapat penyusunan jadwal ...': the plenary named later is what it scheduled; 'Banmus DPRD Lampung
    # Jadwalkan Paripurna ...' in the headline is the same, told first
    scheduled = any(_SCHEDULES.search(unit) for unit in units[:1]) and any(_ORGAN_HOLDS.search(u) for u in units[1:4])
    if named == "rapat_paripurna" and (organ or scheduled):
        named = None
    if named in _SPECIFIC:
        return named
    calls_on = any(_CALL_ON.search(unit) for unit in units if any(w in unit.lower() for w in _CALL_ON_WORDS))
    if calls_on and not any(_INVITED.search(unit) for unit in units[:3]):
        # received by, or calling on, another office holder: a courtesy call whatever it is called (unless the host
        # sent for them: 'Direksi BUMD diundang Sekda ke ruang kerjanya')
        return "audiensi"
    return named or _generic_type(units)


# (after a dateline too: 'Bandar Lampung, Kupastuntas.co - Usai ...,')
_DONE_BEFORE = re.compile(rf"^(?:[^,]{{0,40}}(?:,[^,]{{0,40}})?\s[-–—]+\s*)?\W*(?:{_AFTER_WORDS})\b[^,.;]{{3,120}},", re.I)
_EARLIER_AUDIENCE = re.compile(r"^\W*sebelumnya\b|\b(?:pekan|minggu|bulan|tahun|beberapa\s+waktu)\s+(?:lalu|silam)\b", re.I)
def _exact_of_joined(unit: str, hits: list[tuple[int, int, str, str]]) -> str:
    """The first hit's type, or the exact one of a plain meeting joined to another ('Sarasehan sekaligus Konsultasi
    Publik ...': one meeting, named twice, the second name the exact one)."""
    first = hits[0]
    if first[2] == "rapat_lainnya":
        end = first[0] + len(first[3])
        joined = next((h for h in hits[1:] if h[2] != "rapat_lainnya" and _JOINED_NAMES.fullmatch(unit, end, h[0])), None)
        if joined:
            return joined[2]
    return first[2]


_JOINED_NAMES = re.compile(r"\s+(?:sekaligus|dan|serta|atau)\s+|\s*/\s*", re.I)
_TO_HOLD_LATER = re.compile(rf"\b(?:akan|bakal|berencana|rencananya|direncanakan|dijadwalkan)\s+(?:\w+\s+){{0,2}}?"
                            rf"(?:menggelar|mengadakan|melaksanakan|menyelenggarakan|{HELD})\s+(?:[\w-]+\s+){{0,4}}?\(?$", re.I)
_RECALLED_MENTION = re.compile(r"[^.,;]{0,50}?\b(?:lalu|sebelumnya|silam)\b", re.I)


# A review a higher level holds of a lower one's draft ('Rapat Fasilitasi Rancangan Akhir RKPD', 'Rapat Konsultasi RPJMD
# Kabupaten Lampung Barat', 'Rapat Fasilitasi Penegasan Batas Daerah'): another kind of meeting, whatever coordination
# or evaluation the rest of the text names. (Not a room: 'Ruang Rapat ...'.)
# (in lower case too: 'dibahas dalam rapat fasilitasi yang digelar Pemerintah Provinsi Lampung')
_REVIEW = re.compile(r"(?<!Ruang )(?<!ruang )\b[Rr]apat\s+(?:[Ff]asilitasi|[Kk]onsultasi|[Aa]sistensi|[Kk]larifikasi|[Vv]erifikasi|"
                     r"[Pp]ersiapan)\b(?!\s+[Pp]ublik)")


def _generic_type(units: list[str]) -> str:
    """The type of a meeting named only 'rapat' or 'pertemuan': coordination, audience or other."""
    text = " ".join(units)
    sitting = _commission_sitting(text)
    if sitting:
        return sitting
    if _CLOSED.search(text):
        return "rapat_terbatas"
    if _HOSTED.search(text):
        return "audiensi"
    if _ONLINE.search(text) and _NATIONAL.search(text):
        return "rapat_koordinasi"  # a national meeting followed online
    for unit in units:
        # ('"... sesuai surat edaran Menteri," kata Kadis': a minister only quoted; '... sesuai Instruksi Presiden Nomor 9':
        # a rule named after its maker)
        said = _MADE_BY.sub(" ", _QUOTE.sub(" ", unit))
        if _GENERIC_RAPAT.search(said) and _HIGHER_OFFICE.search(said) and not _ONLINE.search(said):
            return "audiensi"  # a discussion held at a minister's office is an audience; an online one is not
    if _EVALUATES.search(text):
        return "rapat_evaluasi"  # 'mengevaluasi realisasi anggaran dalam rapat'
    if _COORDINATES.search(text):
        return "rapat_koordinasi"
    return "rapat_lainnya"


_MADE_BY = re.compile(r"\b(?:instruksi|peraturan|keputusan|surat\s+edaran|edaran)\s+(?:wakil\s+)?(?:presiden|menteri)\b", re.I)


# A DPRD commission or special committee sitting with a company, an association or residents hears them (a hearing);
# with a government agency, its working partner, it holds a working meeting (raker).
_COMMISSION = re.compile(r"\b(?:Komisi\s+[IVX1-5]+|Pansus|Panitia\s+Khusus)\b")
_HEARD = re.compile(r"\b(?:PT|CV|perusahaan|manajemen|asosiasi|pengusaha|warga|petani|nelayan|buruh|serikat)\b", re.I)
_PARTNER = re.compile(r"\b(?:Dinas|Badan|Biro|Disdikbud|Diskes|Dinkes|Bappeda|Bapenda|BPKAD|BPBD|OPD|mitra kerja)\b")
# 'Pertemuan yang berlangsung tertutup dan terbatas': a closed meeting.
_CLOSED = sentence_re(r"\b(?:rapat|pertemuan|pembahasan)\b[^.]{0,40}\b(?:tertutup|terbatas)\b", re.I)


def _commission_sitting(text: str) -> str | None:
    """The type of a DPRD commission's meeting by whom it sat with, when no plenary is told."""
    if not _COMMISSION.search(text) or "aripurna" in text:
        return None
    if _HEARD.search(text):
        return "rapat_dengar_pendapat"
    return "rapat_kerja" if _PARTNER.search(text) else None


# 'Zikir ... melalui teleconference': an online tool named beside another event is its medium, not a meeting.
_ONLINE_TOOL = re.compile(r"^(?:vicon|video ?conference|video ?konferensi|konferensi video|teleconference|zoom meeting)$", re.I)


# A sequence: what is named first happened first and is what the sentence reports ('..., lalu/langsung/kemudian ...').
# ('Penyerahan PMT ini dilakukan usai Rapat Koordinasi TPPS ... yang digelar pagi harinya': the act was done after the
# meeting, which is only when it came)
_THEN = re.compile(r",\s*(?:lalu|langsung|kemudian|dilanjutkan|setelah itu|usai itu|sesudahnya|selanjutnya)\b|"
                   r"\b(?:dilanjutkan dengan|disusul|sekaligus)\b|"
                   r"\b(?:dilakukan|dilaksanakan)\s+(?:usai|seusai|setelah|selepas|sesudah)\b", re.I)


# 'berunjuk rasa ... menolak Undang-Undang Cipta Kerja yang disahkan DPR RI dalam rapat paripurna pada Senin (5/10)': the
# meeting only says where something the event is about was done.
# ('Pelantikan sekaligus pengambilan sumpah ... itu berlangsung dalam Rapat Paripurna Istimewa ...': the events joined by
# 'sekaligus' took place in the meeting, which is not a later one)
_PLACED_IN = re.compile(rf"\b(?:berlangsung|{HELD})\s+(?:dalam|pada)\s+(?:acara\s+)?$", re.I)
# ('perda tersebut disahkan DPRD bersama pemkab dalam rapat paripurna dan kini wajib diketahui': passed before)
_DONE_THERE = re.compile(r"\byang\s+(?:(?:sudah|telah|baru)\s+)?di[a-z]{3,}\b[^,.;]{0,60}?\b(?:dalam|pada|melalui)\s+$|"
                         r"\b(?:itu|tersebut)\s+(?:(?:sudah|telah)\s+)?(?:disahkan|ditetapkan|disetujui)\b[^,.;]{0,60}?\b"
                         r"(?:dalam|pada)\s+$", re.I)


# 'Wahdi Lantik 47 Pejabat, Minta Tak Hanya Pintar Rapat': the event, then what was said at it; a meeting named in the
# saying is not the event.
# ('Tinjau Ruas Jalan Provinsi, Mirza: Jangan Sampai Rapat Terus': the speaker's words after a colon)
_SAYS_AFTER = re.compile(r",\s*(?:\w+\s+){0,3}(?:minta|meminta|ingatkan|mengingatkan|tegaskan|menegaskan|harap|berharap|"
                         r"imbau|mengimbau|ajak|mengajak|pesan|berpesan|janji|berjanji)\b|"
                         r",\s*(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,2}\s*:\s", re.I)


def _decide(unit: str) -> tuple[str, str | None, bool] | None:
    """(event_type, meeting key, strong?) of one title/sentence, or None when it names no event."""
    meeting = _first_meeting(unit)
    events = _event_hits(unit)
    if meeting and events and _ONLINE_TOOL.match(meeting[2]):
        return events[0][1], None, True  # the tool carried the other event
    if meeting and events and events[0][0] > meeting[0] and _PRIOR.search(unit[: meeting[0]]):
        return events[0][1], None, True
    if meeting and events and _room_before(unit, meeting[0]):
        # ('melantik Sekretaris DPRD ... di Ruang Sidang Paripurna': a room named for the sittings it holds says where
        # the event was, not that one sat)
        return events[0][1], None, True
    between = (events[0][0], meeting[0]) if meeting and events else (0, 0)
    if meeting and events and events[0][0] < meeting[0] and ((_THEN.search(unit, *between)
                                                              and not _PLACED_IN.search(unit, *between))
                                                             or _SAYS_AFTER.search(unit, *between)
                                                             or _DONE_THERE.search(unit, *between)):
        return events[0][1], None, True  # 'Lantik 9 Pejabat, Langsung Kumpulkan untuk Rapat': the first is the headline
    if (meeting and events and events[0][1] == "award" and events[0][0] < meeting[0]
            and _OCCASION.search(unit, events[0][0], meeting[0])):
        # 'Lampung Raih Penghargaan ... pada Rakornas 2024', 'Gubernur Terima Penghargaan di Rakernas': the meeting is only
        # the occasion
        return "award", None, True
    if meeting and events and events[0][0] < meeting[0] and FOLLOWS_UP_MEETING.search(unit, events[0][0], meeting[0]):
        return events[0][1], None, True  # ('Penyaluran bantuan tersebut merupakan tindak lanjut rapat koordinasi ...')
    if meeting and events and events[0][0] < meeting[0] and events[0][1] == "statement":
        return "statement", None, True  # 'dicegat awak media ... setelah keluar dari ruang sidang': told to the press
    if meeting and events and events[0][0] < meeting[0] and _FOR_MEETINGS.search(unit, events[0][0], meeting[0]):
        return events[0][1], None, True  # ('Luncurkan Absensi Digital untuk Rapat Paripurna': what it is for)
    if meeting and (not events or meeting[0] <= events[0][0] or meeting[2] not in _WEAK_MEETING):
        return "meeting", meeting[1], meeting[2] not in _WEAK_MEETING
    if events:
        return events[0][1], None, True
    return None


_FOR_MEETINGS = re.compile(r"\b(?:untuk|bagi|guna)\s+(?:(?:setiap|tiap|seluruh|semua)\s+)?$", re.I)
# The event told first follows up the meeting named after it: that meeting came before the news.
FOLLOWS_UP_MEETING = re.compile(rf"\b(?:{FOLLOWS_UP})\b", re.I)
_OCCASION = re.compile(r"\b(?:pada|dalam|di(?:\s+sela(?:-sela)?|\s+ajang|\s+acara)?|saat)\s+(?:acara\s+)?$", re.I)


# 'Angka itu menjadi sorotan dalam rapat koordinasi ...', 'Rencana itu disepakati dalam rakor ...', 'Kepastian itu
# disampaikan dalam rapat persiapan ...': the lead's news told again (any noun pointed back to by itu/tersebut/ini) and
# set in a meeting, which is then the event reported.
# ... anywhere in the sentence ('Yanuar mengatakan permintaan itu disampaikan dalam rapat kerja ...')
# (the verbs that tell the news again: 'disampaikan', 'disepakati', 'menjadi salah satu bahasan', ...)
# (with the agent's clitic, 'disampaikannya'; in the object voice with a pronoun, 'Hal itu ia tekankan saat memimpin
# rapat ...'; or let slip, 'Janji itu terlontar ketika ... menerima kunjungan ...')
_TOLD_AGAIN = (r"(?:disampaikan|dipaparkan|diungkapkan|ditegaskan|ditekankan|dikatakan|disepakati|diputuskan|dibahas|"
               r"dilaporkan|dijelaskan|dikemukakan|diutarakan|dilontarkan|dijanjikan|mengemuka|terungkap|terlontar|"
               r"menjadi\s+(?:salah\s+satu\s+)?(?:sorotan|bahasan|pembahasan|topik|agenda)|diambil|dihasilkan|ditetapkan|"
               # (a target or an order given: 'Target itu dipatok Samsudin selepas memimpin rapat evaluasi ...')
               r"dipatok|ditargetkan|diinstruksikan|diperintahkan|diumumkan|"
               r"(?:ia|dia|beliau|mereka|kami|kita)\s+(?:sampaikan|tekankan|tegaskan|ungkapkan|paparkan|katakan|jelaskan|"
               r"kemukakan|utarakan|lontarkan|janjikan))(?:nya)?")
# (or by the possessive opening the sentence: 'Persiapannya dibahas dalam rakor yang dipimpin Sekda ...')
_SET_IN = sentence_re(rf"(?:\b(?:itu|tersebut|ini)|^\W*[A-Za-z][a-z]+nya)\s+(?:\w+\s+){{0,3}}?(?:{_TOLD_AGAIN})\b[^.]{{0,120}}?"
                      r"\b(?:dalam|pada|saat|ketika)\s+\w|"
                      # ('Tenggat itu menjadi salah satu kesimpulan rapat dengar pendapat ...': what the meeting concluded)
                      r"\b(?:itu|tersebut|ini)\s+(?:merupakan|menjadi)\s+(?:salah\s+satu\s+)?(?:kesimpulan|keputusan|"
                      rf"rekomendasi|hasil)\s+(?:{MEETING_NOUNS})\b", re.I)
_SETTING = sentence_re(rf"^\W*[a-z][\w-]*(?:\s+\w+){{0,2}}\s+(?:itu|tersebut|ini)\s+(?:\w+\s+){{0,4}}?"
                       # ('Bukti kesepakatan itu diteken para Sekda ... dalam rapat koordinasi ...': an act done in it)
                       rf"(?:{_TOLD_AGAIN}|dibeberkan|lahir|merupakan\s+hasil|diteken|ditandatangani|disahkan)\b[^.]{{0,120}}?\b"
                       # ('Keterangan itu ia sampaikan seusai memimpin rapat koordinasi ...': after leading it)
                       r"(?:(?:dalam|pada|saat|ketika|dari)\s+(?:acara\s+)?|(?:usai|seusai|setelah|selepas)\s+"
                       r"(?:memimpin|menggelar|mengikuti|membuka)\s+)\w", re.I)


# 'Penandatanganan itu mengawali rapat koordinasi ...': an act that opened or was part of a meeting.
# 'Fahrizal menyampaikan hal itu seusai memimpin rapat koordinasi ...', 'Pramono menyampaikannya saat menerima ...':
# the speaker's own meeting is the occasion of the news.
_SAID_AT = re.compile(r"\b(?:menyampaikan(?:nya)?|mengatakan(?:nya)?|menegaskan(?:nya)?|mengungkapkan(?:nya)?|memaparkan(?:nya)?)"
                      r"(?:\s+(?:hal\s+)?(?:itu|tersebut|ini))?\s+(?:saat|ketika|seusai|usai|setelah|dalam)\s+"
                      r"(?:memimpin|membuka|menggelar|menerima|mengikuti)\s+\w"
                      # ('..." kata Sekretaris Daerah Marindo Kurniawan usai mengikuti rapat koordinasi ..., Senin': the
                      # speaker named, then the meeting he spoke at; not one days before, 'sehari setelah ...')
                      r"|\b(?:kata|ujar|tutur|ucap|jelas|tegas)(?:nya)?\s+(?:(?!(?:se|dua|tiga)?(?:hari|pekan|minggu|bulan)\b)"
                      r"[\w.'-]+,?\s+){0,9}?(?:saat|ketika|seusai|usai|setelah|dalam)\s+"
                      r"(?:memimpin|membuka|menggelar|menerima|mengikuti)\s+\w", re.I)
_SAID_AT_VERBS = ("memimpin", "membuka", "menggelar", "menerima", "mengikuti")


def _said_at(unit: str) -> re.Match | None:
    """_SAID_AT's match, after a cheap test for the verb of the meeting it needs."""
    low = unit.lower()
    return _SAID_AT.search(unit) if any(v in low for v in _SAID_AT_VERBS) else None


# ('Penandatanganan dilakukan pada penutupan Rembuk Stunting ...': an act done at the meeting's opening or closing)
_OPENS_MEETING = re.compile(r"^\W*(?:\w+\s+){0,3}(?:itu|tersebut|ini)\s+(?:mengawali|membuka|mengiringi|menjadi\s+bagian\s+dari|"
                            r"menjadi\s+agenda(?:\s+\w+)?)\s+(?:acara\s+)?\w|"
                            r"^\W*pe\w+an\s+(?:\w+\s+){0,3}?(?:dilakukan|dilaksanakan|berlangsung)\s+(?:pada|dalam|saat)\s+"
                            r"(?:acara\s+)?(?:penutupan|pembukaan|puncak)\s+\w", re.I)


# Speech is not the event, except when the speakers report a meeting they held ('Kami sudah menggelar rapat ...').
_SPOKEN = re.compile(r"\b(?:kami|kita)\s+(?:sudah|telah|baru saja|tadi)\s+(?:menggelar|mengadakan|melaksanakan|melakukan)\s+"
                     r"[^.”\"]{0,80}", re.I)


def _spoken_meeting(unit: str) -> tuple[str, str | None, bool] | None:
    """A meeting that the speaker, quoted, says their side held."""
    m = _SPOKEN.search(unit)
    decided = _decide(m.group(0)) if m else None
    return decided if decided and decided[0] == "meeting" else None


# An opinion column argues about meetings; it reports none ('Opini: ...', a byline 'Oleh: Name').
# ('Analisis: APBD ...', 'Wawancara: Kepala Bappeda Lampung Kenang Rapat Anggaran ...': an analysis, an interview)
_OPINION = re.compile(r"^\s*(?:opini|kolom|editorial|tajuk(?: rencana)?|analisis|analisa|wawancara)\s*[:\-–—|]", re.I)
_BYLINE = re.compile(r"^\s*oleh\s*:\s*[A-Z]")


# ... or is filed as one: 'lampost.co/opini/...', a breadcrumb 'Beranda / Opini' above the headline.
_OPINION_PATH = re.compile(r"^[a-z]+://[^/]+(?:/[^/]+)*?/(?:opini|kolom|editorial|tajuk|tajuk-rencana|esai|opinion)/",
                           re.I)
_OPINION_CRUMB = re.compile(r"^\s*(?:beranda|home|index)\b[^\n]{0,80}?[/»>›|]\s*(?:opini|kolom|editorial|tajuk(?: rencana)?|esai)"
                            r"\s*$", re.I | re.M)


_CRUMB_STEP = re.compile(r"[/»>›|]")


def opinion_page(url: str | None, text: str | None) -> bool:
    """The page is filed as opinion, by its address or by the breadcrumb above its headline."""
    crumb = _OPINION_CRUMB.search((text or "")[:600])
    # (a site's menu lists every section, 'Beranda | Daerah | Politik | ... | Opini': a breadcrumb has a few steps)
    return bool(_OPINION_PATH.match(url or "") or (crumb and len(_CRUMB_STEP.findall(crumb.group(0))) <= 3))


def classify(title: str, sentences: list[str], lead_size: int = 6, opinion: bool = False) -> Classification:
    """Decide the headline event from the title and the first sentences (opinion: the page is filed as opinion)."""
    if opinion or _OPINION.match(title or "") or any(_BYLINE.match(s) for s in sentences[:2]):
        return Classification(False, "other", None, title or sentences[0], 0.8)
    units = ([title] if title else []) + sentences[:lead_size]
    # speech is not the event: a quotation opened in one sentence runs on into the next ('"... menanggung," kata
    # Bupati ... saat membuka Musrenbang'), where only the words after it close narrate
    narrated = ([_TITLE_SPEECH.sub("", _AFTER_CLAUSE.sub("", _QUOTE.sub(" ", title)))] if title else []) + unquoted(
        sentences[:lead_size])
    setting = _meeting_setting(sentences[:lead_size])
    weak: tuple[int, str] | None = None
    called_off = set_aside = False
    background: set[int] = set()  # units whose event is background (done every year, a standing state)
    quoted: Classification | None = None  # the statement of a quotation opening the report, and its unit
    quoted_at = 0
    for i, unit in enumerate(units):
        if i > 0 and (_REPORTED.match(unit) or _AS_TOLD_BY.search(unit) or _HOPES.match(unit)) and not _THIS_MEETING.search(unit):
            set_aside = set_aside or _NAMES_MEETING.search(unit) is not None
            background.add(i)  # (what someone says was or should be done is not the report's event)
            continue
        decided = _decide(narrated[i]) or _spoken_meeting(unit)
        if i > 0 and decided and decided[0] != "meeting" and _bare_list(narrated[i]):
            continue  # ('Gebyar UKM, bedah koperasi, festival tapis.': a feature's opening list of names, no event told;
            # a list naming a meeting, 'Rakor Inflasi, Senin (14/4), Ruang Sungkai', still names it)
        if i > 0 and set_aside and _POINTED_BACK.search(unit) and (decided is None or decided[0] == "meeting") \
                and not (_HELD_THERE.match(unit) and _DATED.search(unit)):
            # ('Dalam pertemuan itu, ...' after a meeting told as another event's or as someone recalls it; not a meeting
            # named, said to be led and dated: 'Rapat Koordinasi Kesiapsiagaan Bencana ... itu dipimpin Wakil Gubernur
            # ..., Kamis (11/12/2025)')
            continue
        if i > 0 and (decided is None or decided[0] != "meeting"):
            set_aside = set_aside or any(_DAYS_APART.search(unit, max(0, m.start() - 100), m.start())
                                         for m in _NAMES_MEETING.finditer(unit))
        if decided is None:
            continue
        kind, _, strong = decided
        # (the title's or the lead's first meeting, its day or place said not to be set in the next sentences: 'Dinas ...
        # berencana mengumpulkan ... dalam rapat koordinasi ... . ... Namun hari, tanggal, dan tempatnya belum ditetapkan.')
        lead_off = i <= 1 and any(_unset(units, k) for k in (i + 1, i + 2))
        if kind == "meeting" and (called_off or lead_off or _unset(units, i)):
            # 'ditunda hingga waktu yang belum ditentukan', 'dibatalkan': no meeting (yet), whatever the title says, and
            # the lead's later words for it ('rakor dianggap tidak lagi diperlukan') are the same meeting called off
            called_off = True
            continue
        if kind == "statement" and i > 0 and quoted is None and ATTRIBUTION.match(narrated[i]) and all(
                len(_WORD.findall(n)) < _NARRATES_WORDS for n in narrated[1:i]):
            # a report opening on a quotation ('"...," kata Mulyadi saat dihubungi, Jumat'): the speaker's words are the
            # news only when the rest of the lead tells no event of its own
            quoted, quoted_at = _other_event(kind, i, units, bool(title), setting), i
            background.add(i)
            continue
        if kind != "meeting":
            if i > 0 and (_DONE_EVERY_TIME.search(unit) or _SINCE_YEAR.search(unit)):
                # 'peringatan hari jadi provinsi selalu diisi ...': what is done every year is background; so is a
                # standing state ('meraih predikat UHC sejak 2023')
                background.add(i)
                continue
            verdict = _other_event(kind, i, units, bool(title), setting,
                                   tuple(sentences[lead_size:lead_size + _PLENARY_REACH]),
                                   tuple(sentences[lead_size:lead_size + _RECEPTION_REACH]))
            if verdict is _SKIP:
                continue
            return verdict
        if quoted and i > 0 and any(len(_WORD.findall(n)) >= _NARRATES_WORDS for n in narrated[quoted_at + 1:i]) and \
                not _SET_IN.search(narrated[i]):
            # (the lead after the quotation told something else first: a meeting past it is background, unless the lead's
            # news is set in it, 'permintaan itu disampaikan dalam rapat kerja ...')
            return quoted
        if not strong and weak is None:
            weak = (i, unit)
            continue
        if not strong:
            # a weak word again ('evaluasi PT Bank Lampung' after 'Evaluasi Bank Lampung'): the lead's own name for the
            # meeting, further on, types it ('Rekomendasi itu diumumkan dalam Rapat Paripurna ...')
            i, unit = _named_later(units, narrated, i) or (i, unit)
        evidence = unit if (i > 0 or not title) else (_best_sentence(sentences, lead_size)
                                                       or _told_later_in_feature(sentences, lead_size) or unit)
        return Classification(True, "meeting", _named_type(unit, evidence, units, i), evidence,
                              0.95 if i == 0 else max(0.6, 0.9 - 0.05 * i))
    if weak:
        i, unit = weak
        return Classification(True, "meeting", meeting_type([unit] + units), unit, 0.55)
    if not called_off and not any(_decide(u) for k, u in enumerate(narrated) if k not in background):
        told = _feature_meeting(sentences, lead_size)
        if told:
            return Classification(True, "meeting", meeting_type([told] + units), told, 0.5)
    return quoted or Classification(False, "statement", None, None, 0.5)


_LIST_SPLIT = re.compile(r",\s*|\s+(?:dan|serta)\s+")
_SHORT_ITEM = re.compile(r"^[\w'’/&-]+(?:\s+[\w'’/&-]+){0,3}$")
_VERB_WORD = re.compile(r"^(?:me|di|ber|ter)[a-z]{3,}$", re.I)


# 'Rapat Dengar Pendapat (RDP) tersebut digelar DPRD ...': past a lead that named the meeting loosely ('memaparkan ... di
# Ruang Rapat Lantai 2'), the report names it again by its own name, pointing back.
_NAMED_AGAIN = re.compile(r"^\W*(?P<name>[A-Za-z][\w-]*(?:\s+[\w()-]+){0,6}?)\s+(?:itu|tersebut)\b", re.I)


def named_again(kind: str | None, sentences: list[str], lead_size: int, evidence: str | None = None) -> str | None:
    """A loose meeting type made exact by the meeting's own name opening a later sentence and pointing back."""
    # (a type only guessed from what a plain 'rapat' was about is loose too: '... duduk di ujung meja panjang Ruang Rapat
    # Utama, membolak-balik ... tabel realisasi anggaran' then 'Rapim Senin pagi itu terasa lebih tegang ...')
    named = _meeting_hits(evidence) if evidence else ()
    guessed = bool(named) and all(h[2] == "rapat_lainnya" for h in named)
    if kind not in _LOOSE and not guessed:
        return kind
    # (not a name the lead already gave another role: 'Rapat Persiapan FGD Tematik ...' then 'FGD tematik itu ...')
    lead = " ".join(sentences[:lead_size]).lower()
    for unit in sentences[lead_size:lead_size + _FEATURE_REACH]:
        m = _NAMED_AGAIN.match(unit)
        hits = [h for h in _meeting_hits(m.group("name")) if h[2] not in _LOOSE] if m else []
        if hits and hits[0][0] == 0 and hits[0][3] not in _WEAK_MEETING and hits[0][3] not in lead:
            return hits[0][2]
        # (or by its leader leading it, told at the scene's time: 'Kamis pagi itu, Jihan memimpin Rapat Evaluasi
        # Percepatan Penurunan Stunting ...' after a lead set half an hour 'sebelum rapat dimulai')
        m = _LED_BY_NAME.search(unit) if "emimpin" in unit or "embuka" in unit else None
        hits = [h for h in _meeting_hits(unit[m.end():]) if h[2] not in _LOOSE] if m else []
        if hits and hits[0][0] == 0 and hits[0][3] not in _WEAK_MEETING and not _NOT_NOW.search(unit):
            return hits[0][2]
    return kind


# 'Kamis pagi itu, Jihan memimpin ', 'Pagi itu Marindo membuka ': the scene's time pointed back, then its leader leading.
_LED_BY_NAME = re.compile(r"^\W*(?:\w+\s+){0,2}(?:itu|tersebut),?\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:memimpin|membuka)\s+"
                          r"(?:(?:langsung|secara\s+resmi)\s+)?")


def _bare_list(unit: str) -> bool:
    """The unit only lists three or more short names, with no verb: it tells nothing happening."""
    if unit.count(",") < 2:
        return False
    items = _LIST_SPLIT.split(unit.strip().rstrip(".!…").strip())
    return (len(items) >= 3 and all(_SHORT_ITEM.match(item) for item in items)
            and not any(_VERB_WORD.match(w) for item in items for w in item.split()))


def _named_later(units: list[str], narrated: list[str], i: int) -> tuple[int, str] | None:
    """(index, unit) of the first unit after i that names a meeting by a strong word."""
    return next(((j, units[j]) for j in range(i + 1, len(units))
                 if (d := _decide(narrated[j])) and d[0] == "meeting" and d[2]), None)


# A meeting named in the lead that did not count (another event's, someone's recollection, days apart) and then pointed
# back to: 'Pernyataan itu disampaikan Mirza sehari setelah mengikuti rapat di Kemenko Pangan ... Rapat yang dipimpin
# Menko Pangan itu dihadiri ...' is the same other meeting.
_NAMES_MEETING = re.compile(rf"\b(?:{MEETING_NOUNS}|bertemu|menemui|beraudiensi)\b", re.I)
_ANNOUNCED = re.compile(rf"\b(?:akan|dijadwalkan|direncanakan)\s+(?:\w+\s+)?(?:menggelar|menyelenggarakan|mengadakan|melaksanakan|"
                        rf"{HELD}|berlangsung)\s+(?:{MEETING_NOUNS}|focus\s+group)", re.I)
# ('Diskusi berlangsung Kamis (27/7) di Ruang Rapat ...': the sentence after a meeting saying it was held)
_HELD_NEXT = re.compile(rf"^\W*(?:[\w-]+\s+){{1,3}}?(?:itu\s+|tersebut\s+)?(?:berlangsung|{HELD})\b", re.I)
# ('Rapat Koordinasi (Rakor) Kepala Dinas Kominfotik se-Lampung itu berlangsung di ruang Command Center Lantai 2.', 'Rapat
# koordinasi itu dipimpin langsung oleh Sekda.': the meeting pointed back to, said to have sat in a place or been led)
_HELD_THERE = sentence_re(rf"^\W*(?:{MEETING_NOUNS})\b[^.]{{0,120}}?\b(?:itu|tersebut)\s+(?:(?:(?:di|ber)langsung|{HELD})\s+di\s|"
                          r"(?:dipimpin|dibuka)\b)", re.I)
_POINTED_BACK = re.compile(rf"\b(?:{MEETING_NOUNS})\b(?:\s+[^\s.,]+){{0,8}}?\s+(?:itu|tersebut)\b", re.I)


# A feature opens on a citizen's story or a long quotation and names no event at all before the meeting that is its
# news, dated as it happened: 'Kasus-kasus seperti ini jadi bahan pembahasan dalam rapat dengar pendapat ..., Senin
# (2/2/2026).', 'Kamis, Sekretaris Daerah ... memimpin rapat membahas harga beras ...'. A meeting a statement only
# recalls or expects ('dalam rapat koordinasi pekan lalu', 'yang dijadwalkan pekan depan', 'Sebelumnya, ...', 'Ia
# menyebut ...') is not its news.
_FEATURE_REACH = 10  # sentences read past the lead when the lead names no event at all
# (or dated by the lead's day: 'dalam rapat koordinasi penanganan pascabanjir, siang harinya')
_DATED = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|^\W*(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\b|"
                    # (a weekday with its date in any notation: 'Rabu, 5/2/2025', 'Rabu (05-02-2025)', 'Rabu tanggal 5
                    # Februari 2025')
                    r"\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\b[,\s]*(?:tanggal\s+|tgl\.?\s+)?\(?\d{1,2}"
                    rf"(?:\s*[/.-]\s*\d{{1,2}}|\s+(?:{MONTH_NAMES})\b)|"
                    # (a wire's weekday set off by a comma, spelled date or none: '..., Rabu.', ', Rabu, 5 Februari 2025 di')
                    r",\s*(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\b(?:,?\s*\d{1,2}\s+[a-z]+(?:\s+\d{4})?)?"
                    r"(?:\s+(?:kemarin|lalu|pagi|siang|sore|malam))?(?=\s*[.,(]|\s+(?:bertempat\s+)?di\s)|"
                    r"\b(?:pagi|siang|sore|malam)\s+harinya\b|\bpada\s+hari\s+yang\s+sama\b", re.I)
# ('Kamis (15/5) lalu' is a day told with its date, as it happened; 'pekan lalu' is not told)
# ('Pematangan Lampung In lalu dibahas dalam rapat ...': 'lalu' as 'then' tells the next step, not a time gone)
_GONE_OR_LATER = (r"(?<=\d )lalu\b|\b(?:pekan|minggu|bulan|tahun|waktu|hari|kemarin|silam)\s+lalu\b|(?<!\bke )\bdepan\b|"
                  r"\b(?:mendatang|akan|dijadwalkan|direncanakan|rencananya|sebelumnya|nanti|kelak)\b")
_WEEKDAY_GONE = r"\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|ahad)\s+lalu\b"
_NOT_NOW = re.compile(rf"{_GONE_OR_LATER}|{_WEEKDAY_GONE}|^\W*(?:ia|dia|beliau|menurut|kami|kita)\b", re.I)

# ... where a weekday gone by ('Ia ... menemui Gubernur ... di Mahan Agung, Kamis lalu.') is the news told days later,
# unless someone tells it in the first person ('Senin lalu kami rakor dengan Bulog ...': an interview's answer)
_NOT_NOW_FEATURE = re.compile(rf"{_GONE_OR_LATER}|^\W*(?:menurut|kami|kita)\b|{_WEEKDAY_GONE}(?=.*\b(?:kami|kita|saya)\b)|"
                              rf"\b(?:kami|kita|saya)\b(?=.*{_WEEKDAY_GONE})", re.I)


def _feature_meeting(sentences: list[str], lead_size: int) -> str | None:
    """The first sentence past the lead that tells a meeting as it happened, if it is the first event named there.

    A meeting that sets the lead's news in it ('Temuan itu dipaparkan dalam rapat koordinasi ...', 'Hal itu mengemuka
    dalam rapat dengar pendapat ...') happened, dated or not: the lead dated what was said.
    """
    later = _telling_past_lead(sentences, lead_size)
    for k, (unit, told) in enumerate(later):
        # (what someone says of it, 'Menurut dia, lewat konsultasi publik ini ...', does not tell it happened)
        decided = None if _REPORTED.match(unit) or _AS_TOLD_BY.search(unit) else _decide(told)
        if not decided:
            continue
        if decided[0] == "meeting" and (not decided[2] or _in_a_room(told)) and not _was_a_meeting(unit):
            # ('Pertemuan berlangsung tertutup.': a weak word; 'Aspirasi itu ikut disinggung di dalam ruang sidang.':
            # a room; the meeting's own name may follow)
            continue
        if decided[0] != "meeting" and (_ASIDE_OPENING.match(unit) or _NOT_NOW.search(unit)):
            # ('Pada tahun anggaran 2022 lalu, mereka sudah diintervensi dengan bansos ...': background; 'Sebelum naik
            # ke podium, Mirza sempat ... melihat-lihat stan pameran ...', 'Usai menyampaikan sambutan, Gubernur sempat
            # meninjau ...': an aside before or after the event; 'Pemprov juga akan ... menggencarkan sosialisasi ...': a
            # plan)
            continue
        # ('Selasa malam (10/1/2023), Gubernur mengumpulkan ... . Dalam rapat koordinasi ... itu, ...': dated by the
        # scene just told)
        scene = any(_DATED.search(u) for u, _ in later[max(0, k - 2):k]) and _POINTED_BACK.search(unit)
        # (or the next sentence says it was held, with its day: '... memfasilitasi sebuah Focus Group Discussion (FGD) ... .
        # Diskusi berlangsung Kamis (27/7) di Ruang Rapat Bappeda Lantai 1, ...')
        held_next = k + 1 < len(later) and _HELD_NEXT.match(later[k + 1][0]) and _DATED.search(later[k + 1][0])
        happened = ((_DATED.search(unit) or _SETTING.search(unit) or scene or _TOLD_IN.search(told) or _was_a_meeting(unit)
                     or _HELD_THERE.match(unit) or held_next)
                    and not _NOT_NOW_FEATURE.search(unit)
                    and not _UNSET.search(unit))
        # (or announced with its day, which makes it a meeting too: 'Pemprov ... akan menyelenggarakan Focus Group
        # Discussion (FGD) ... pada Senin, 24 November 2025, pukul 13.30 WIB')
        announced = bool(_DATED.search(unit) and _ANNOUNCED.search(told)) and not _UNSET.search(unit)
        return unit if decided[0] == "meeting" and (happened or announced) else None
    return None


# 'Agenda ini merupakan rapat paripurna lanjutan ...', 'Seluruh paparan tersebut ternyata adalah pidato pembukaan
# Musrenbang ...', 'Kegiatan yang dimaksud adalah Monitoring dan Evaluasi ...': what the lead told was, the report says
# now, a meeting.
_WAS_A = re.compile(r"^\W*[A-Za-z][\w-]*(?:\s+\w+){0,2}\s+(?:itu|tersebut|ini|yang\s+dimaksud)\s+(?:ternyata\s+|sebenarnya\s+)?"
                    r"(?:merupakan|adalah|ialah)\s+", re.I)


def _was_a_meeting(unit: str) -> bool:
    """The unit says what was told was a meeting: its meeting word within three words of 'merupakan' / 'adalah'."""
    m = _WAS_A.match(unit)
    first = _first_meeting(unit) if m else None
    return bool(first) and 0 <= first[0] - m.end() <= 30


# 'Target-target tersebut termuat dalam Ranperda RPJMD ... yang disampaikan Mirza dalam rapat paripurna DPRD ...': what
# the lead told was said in the meeting, which happened.
_TOLD_IN = sentence_re(rf"\b(?:{_TOLD_AGAIN}|dibacakan)\b[^.]{{0,60}}?\b(?:dalam|pada|saat|ketika)\s+(?:acara\s+|rangkaian\s+)?"
                       rf"(?:{MEETING_NOUNS})\b(?!\s+(?:itu|tersebut)\b)", re.I)  # (not one told before: 'rakor tersebut')


def _told_later_in_feature(sentences: list[str], lead_size: int) -> str | None:
    """The first sentence past the lead, within a feature's reach, that names a meeting: where a headline's meeting is
    told when the lead opens on something else ('Cabai Merah Mulai Merangkak, Pemprov Ikuti Rakor Inflasi')."""
    return next((u for u, n in _telling_past_lead(sentences, lead_size)
                 if (d := _decide(n)) and d[0] == "meeting" and d[2] and not _in_a_room(n)), None)


def _telling_past_lead(sentences: list[str], lead_size: int) -> list[tuple[str, str]]:
    """(sentence, narration) of the feature's reach past the lead, counted in sentences that tell something besides
    speech (a quotation's sentences and the tag closing it, '... ," ujarnya.', narrate nothing)."""
    window = lead_size + 3 * _FEATURE_REACH
    narration = unquoted(sentences[:window])
    # (a quotation opening the report fills the lead with speech: the reach goes on by as many sentences)
    spoken = sum(len(_WORD.findall(n)) < _NARRATES_WORDS for n in narration[:lead_size])
    later = zip(sentences[lead_size:window], narration[lead_size:])
    return [(u, n) for u, n in later if len(_WORD.findall(n)) >= _NARRATES_WORDS][:_FEATURE_REACH + spoken]


def _in_a_room(unit: str) -> bool:
    """The unit's first meeting word names a room ('di dalam ruang sidang'), not a sitting."""
    first = _first_meeting(unit)
    return bool(first) and _room_before(unit, first[0])


_ASIDE_OPENING = re.compile(r"^\W*(?:pada\s+)?(?:(?:tahun|tahun\s+anggaran)\s+(?:(?:19|20)\d{2}\s+)?lalu|(?:tahun|tahun\s+anggaran)\s+"
                           r"(?:19|20)\d{2}\s*,|sebelumnya|beberapa\s+(?:waktu|hari|pekan|bulan)\s+(?:lalu|sebelumnya)|"
                           r"(?:bulan|pekan)\s+lalu|(?:sebelum|usai|seusai|setelah|selepas|sesudah)\s+[^,.]{3,60},)", re.I)
_SINCE_YEAR = re.compile(r"\bsejak\s+(?:tahun\s+)?(?:19|20)\d{2}\b", re.I)
_NARRATES_WORDS = 3  # words of narration, at least, in a sentence that tells something
_WORD = re.compile(r"\w+")


# 'Usai Paripurna, Gubernur Pastikan ...', 'Usai Rakor TPID, Wagub Tinjau Pasar': a headline's fronted 'after ...' clause
# names the occasion; its main clause names the event.
# ('Diwarnai Unjuk Rasa, Lima Anggota DPRD Lampung Terpilih Batal Dilantik': a fronted circumstance, not the event)
_AFTER_CLAUSE = re.compile(r"^\W*(?:usai|seusai|setelah|selepas|sehabis|diwarnai|dibayangi|diiringi|di\s*tengah)\b[^,]{0,80},\s*",
                           re.I)
# 'Jalan Provinsi ... Rusak Parah, Bupati Ela: Akan Saya Bawa ke Rakor Bersama Gubernur': a headline's words after a
# named speaker's colon are what was said, as a quotation is.
_TITLE_SPEECH = re.compile(r",\s*(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*\s*:\s.*$")


# A meeting put off or planned with no day set has not happened and is not announced: the news is the statement.
_UNSET = re.compile(r"\b(?:waktu|batas waktu) yang (?:belum|tidak) ditentukan\b|\b(?:belum|tidak) (?:ditentukan|dijadwalkan|ditetapkan)\b|"
                    r"\btanpa (?:jadwal|batas waktu|kepastian)\b|"
                    # ... or called off: 'Rakor ... yang rencananya digelar Rabu (11/3) dibatalkan', 'Batal Digelar'
                    rf"\b(?:dibatalkan|ditiadakan|batal\s+(?:{HELD})|"
                    rf"urung\s+(?:{HELD})|"
                    # ... or offered and refused: 'menawarkan agar perwakilan mahasiswa diterima dalam audiensi di ruang
                    # rapat, namun tawaran itu ditolak'
                    r"(?:tawaran|ajakan|undangan)\s+(?:\w+\s+){0,2}?ditolak|menolak\s+(?:tawaran|ajakan|undangan|"
                    r"(?:untuk\s+)?(?:ber)?audiensi))\b", re.I)
# A meeting called off on its day but moved to another is announced for that one: 'RDP ... batal digelar hari ini, Jumat
# (14/11). Rapat tersebut diundur ke Rabu (19/11) mendatang.', '... batal digelar Kamis dan digeser ke Senin pekan depan'.
_MOVED_TO = re.compile(r"\b(?:diundur|digeser|dipindah(?:kan)?|dimundurkan|dimajukan|dijadwalkan\s+ulang)\s+(?:lagi\s+)?"
                       rf"(?:ke|menjadi|pada)\s+(?:hari\s+)?(?:{WEEKDAYS}|\d|tanggal|besok|lusa|pekan)", re.I)


def _unset(units: list[str], k: int) -> bool:
    """Unit k puts its meeting off with no day set, or calls it off, and neither it nor the next moves it to a day."""
    return k < len(units) and _UNSET.search(units[k]) is not None and not any(
        _MOVED_TO.search(u) for u in units[k:k + 2])


# ('Kegiatan ini dilaksanakan setiap bulan; anggota dewan wajib turun ke lapangan ...': a programme's habit)
_DONE_EVERY_TIME = re.compile(rf"\b(?:selalu|biasanya|lazimnya|kerap|{_FREQUENCY})\b", re.I)
_SKIP = Classification(False, "", None, None, 0.0)  # the unit's event is not the headline's: read on


# 'Perwakilan pabrik tapioka menandatangani berita acara kesepakatan harga ... dalam rapat koordinasi di Kantor
# Gubernur, Selasa (17/6)': the lead's first sentence tells its act as done in a meeting, which is the event.
# ('Tim Kunjungan Kerja Spesifik Komisi V DPR RI menggelar rapat kerja bersama Pemprov ...': the visit held a meeting)
_DONE_IN = re.compile(r"\b(?:dalam|pada|menggelar|mengadakan|melaksanakan|menyelenggarakan)\s+(?:acara\s+)?"
                      rf"(?=(?:{MEETING_NOUNS}|musyawarah)\b)", re.I)


def _meeting_setting(lead: list[str]) -> str | None:
    """A lead sentence that sets the news in a meeting ('Angka itu menjadi sorotan dalam rapat ...'), if any."""
    first = lead[0] if lead else ""
    if ((m := _DONE_IN.search(first)) and _first_meeting(first[m.end():])) or _MEETING_TOLD_FIRST.match(first):
        return first
    # ('Capaian tersebut sebelumnya dibahas dalam rapat koordinasi ...': set in an earlier meeting, not the news's)
    return next((u for u in lead if (m := _SETTING.search(u) or _OPENS_MEETING.search(u) or _said_at(u))
                 and _first_meeting(u[m.end() - 1:]) and not _EARLIER.search(u, 0, m.end())), None)


_EARLIER = re.compile(r"\bsebelumnya\b", re.I)
# 'Bandar Lampung, 2/3/2023 (Beritaanda) - Rapat koordinasi ... di Hotel Horison resmi ditutup Sekda ...': the lead opens
# on the meeting held, and the headline's act ('Pemprov Lampung Teken Rencana Aksi') was done in it.
_MEETING_TOLD_FIRST = re.compile(rf"^\W*(?:[^\"“]{{2,60}}?(?:\s[-–—]+|[-–—]{{2,}}|\)\s*[-–—:]+)\s*)?(?:acara\s+)?"
                                 rf"(?:{MEETING_NOUNS})\b[^.]{{0,200}}?\b(?:(?:resmi\s+)?(?:ditutup|dibuka)|{HELD}|"
                                 r"berlangsung)\b", re.I)


_INSPECTS = re.compile(r"\b(?:meninjau|tinjau|peninjauan|mengecek|cek|sidak|inspeksi)\b", re.I)
# ... nor does a call on a facility, however its host welcomes the party ('Wagub Jihan Sambangi Posyandu di Abung Selatan'
# then 'Rombongan disambut Bupati ...'): a site visit, not an audience.
_TO_A_FACILITY = re.compile(r"\b(?:sambangi|menyambangi|kunjungi|mengunjungi|berkunjung\s+ke)\s+(?:sejumlah\s+|salah\s+satu\s+)?"
                            r"(?:posyandu|puskesmas|sekolah|sd|smp|sma|smk|pasar|pabrik|gudang|rumah\s+sakit|rsud|dapur|sppg|"
                            r"sawah|lahan|pelabuhan|bendungan|jembatan|proyek|lokasi)\b", re.I)


def _other_event(kind: str, i: int, units: list[str], titled: bool, setting: str | None,
                 later: tuple[str, ...] = (), further: tuple[str, ...] = ()) -> Classification:
    """What a unit naming a non-meeting event decides: a meeting after all, that event, or _SKIP (read on)."""
    unit = units[i]
    if kind == "statement":
        return Classification(False, kind, None, unit, 0.8 if i == 0 else 0.65)  # told to the press, whatever it was about
    # (a swearing-in placed in the plenary past the lead: 'Perubahan komposisi itu tampak dalam rapat paripurna istimewa
    # pelantikan 85 anggota DPRD ...')
    # (not a plenary someone only speaks of: '"Masyarakat bisa melihat rekap kehadiran ... pada rapat paripurna."')
    spoken = dict(zip(unquoted(units), units))
    plenary = (spoken.get(_in_plenary(list(spoken))) or next((u for u in later if "aripurna" in u and _sits_in_plenary(u)
                                                             and _in_plenary([u])), None)
               if kind in {"inauguration", "ceremony"} else
               next((u for u, n in zip(units, unquoted(units)) if "aripurna" in n and _sits_in_plenary(n)), None))
    if plenary:
        return Classification(True, "meeting", "rapat_paripurna", plenary, 0.8)
    # (an inspection of a site, 'Komisi V DPR RI meninjau Bendungan Margatiga', stays a visit however it was received)
    # ('Bawaslu Sambangi Pjs Gubernur' over 'Bawaslu ... bersilaturahmi sekaligus beraudiensi dengan Pjs Gubernur')
    # ('menyambangi Balai Kota Jakarta siang tadi untuk bertemu Gubernur DKI Jakarta ...': went to meet its head)
    hosted = kind == "visit" and not _INSPECTS.search(unit) and not _TO_A_FACILITY.search(unit) and not \
        _LEARNING_VISIT.search(unit) and next(
        # (the reception may be told past the lead, 'Di sana rombongan Mesuji diterima langsung oleh tuan rumah, ...')
        (u for u in [unit] + units[i + 1:] if _HOSTED.search(u) or _audience(u) or _names_audience(u)),
        next((u for u in further if _HOSTED.search(u)), None) or (unit if _CALL_ON.search(unit) else None))
    if hosted:  # the visit sat down in the host's meeting room, or the host received it ('DPRD menerima kunjungan ...')
        return Classification(True, "meeting", "audiensi", hosted, 0.7)
    if i == 0 and titled and _only_planned(kind, units[1:]):
        return _SKIP
    if kind not in {"inauguration", "ceremony"} and setting:
        return _SKIP  # the lead sets its news in a meeting: that meeting is the headline event
    return Classification(False, kind, None, unit, 0.8 if i == 0 else 0.65)


def _names_audience(unit: str) -> bool:
    """The unit's first meeting word names an audience ('beraudiensi dengan ...')."""
    first = _first_meeting(unit) if "audi" in unit.lower() else None
    return bool(first) and first[1] == "audiensi"


def _named_type(unit: str, evidence: str, units: list[str], i: int) -> str:
    """The meeting's type as the unit that decided it and the lead's own naming of it tell it."""
    # a headline names a meeting loosely ('Hearing', 'Audiensi ke DPRD', 'Rakor ...'); the lead's own naming of
    # it ('menggelar rapat kerja', 'rapat evaluasi dibuka ...') is the more exact
    kind = meeting_type([unit, evidence] + units)
    if i == 0 and evidence is not unit:
        lead_kind = meeting_type([evidence, unit] + units)
        # (nor does a weak word the lead names an activity by: 'Rakor Nataru di Bakauheni ...' over '... dalam evaluasi
        # angkutan Lebaran 2025')
        first = _first_meeting(evidence)
        weak = first is not None and first[2] in _WEAK_MEETING and first[1] == lead_kind and kind not in _LOOSE
        # (nor a round-up's list of a week's meetings, 'Dari rapat dengar pendapat, rapat Badan Musyawarah, ..., hingga
        # rapat paripurna, ...', under a headline naming the one that tops it)
        listed = kind not in _LOOSE and len({h[2] for h in _meeting_hits(evidence)}) >= 3
        # (nor a meeting the lead says was moved, under a headline naming the one that moved it: 'Rapim DPRD Lampung Tunda
        # Paripurna ...' over 'Paripurna ... yang semula dijadwalkan Kamis (6/11/2025) resmi digeser.'; and 'sidang' in
        # the lead does not undo 'Paripurna')
        moved = kind not in _LOOSE and _MOVED.search(evidence) is not None
        kind = kind if lead_kind in _LOOSE or weak or listed or moved else lead_kind
    first = _first_meeting(evidence)
    if kind in _LOOSE and first and _BACK.match(evidence, first[0] + len(first[2])):
        # ('... Heri Gunawan yang membuka rembuk tersebut.' opening the report: the meeting pointed back to is typed by
        # where it is named in full, 'pada penutupan Rembuk Stunting tingkat kecamatan')
        kind = next((named[1] for u in units if u is not evidence and (named := _first_meeting(u))
                     and named[2] != first[2] and named[2].startswith(first[2]) and named[1] not in _LOOSE), kind)
    if kind == "sidang" and any((named := _first_meeting(u)) and named[1] == "rapat_paripurna" for u in units):
        kind = "rapat_paripurna"  # 'Palu Sidang ...' then 'Rapat Paripurna Istimewa ...': the plenary's exact name
    return kind


_MOVED = re.compile(r"\b(?:digeser|diundur|ditunda|dijadwalkan\s+ulang)\b", re.I)
_BACK = re.compile(r"\s+(?:itu|tersebut)\b", re.I)
_PLENARY_REACH = 4  # sentences past the lead read for the plenary a ceremony sat in
# ... and for the host receiving a visit: a feature tells the visitors' case first ('Selaku tuan rumah, Pj Bupati
# menyambut rombongan TPID Mesuji ...' after six sentences of the delegation's aims)
_RECEPTION_REACH = 8
# DPRD members and leaders are sworn in, and anniversaries held, in a plenary: the ceremony is a rapat paripurna.
_PLENARY = sentence_re(r"\bparipurna\b|\b(?:anggota|pimpinan|ketua)\s+(?:sementara\s+)?(?:dewan perwakilan rakyat daerah|dprd)\b"
                       # (the council's chair only watching an oath taken by someone else: 'turut hadir menyaksikan')
                       r"(?:(?!\b(?:menyaksikan|hadir|disaksikan)\b)[^.]){0,80}"
                       r"\b(?:dilantik|pelantikan|sumpah|diambil sumpahnya)\b|\b(?:dilantik|pelantikan|pengambilan "
                       # the members sworn in are the object ('pelantikan 85 anggota DPRD'), not onlookers ('disaksikan
                       # Ketua DPRD')
                       # nor one of several people listed after it ('Hadir dalam pelantikan Wagub Jihan Nurlela dan Ketua
                       # DPRD ...': a name joined by 'dan' is a list of onlookers, not the sworn in)
                       r"sumpah)\s+(?:(?!disaksikan|dihadiri|oleh|(?-i:[A-Z])\w+\s+dan\b)[^.,]){0,30}"
                       r"\b(?:anggota|pimpinan|ketua)\s+(?:sementara\s+)?"
                       r"(?:dewan perwakilan rakyat daerah|dprd)\b", re.I)


# Whatever is done 'dalam rapat paripurna' (a signing, a report, a speech) is done in a plenary: the plenary is the event.
# ('... memimpin langsung rapat paripurna penandatanganan KUA-PPAS': the signing was the plenary's business)
_IN_PLENARY = re.compile(rf"\b(?:dalam|pada|di|saat|ketika|memimpin|dipimpin|membuka|menggelar|mengadakan|{HELD})\s+"
                         r"(?:langsung\s+)?"
                         r"(?:acara\s+)?(?:rapat|sidang)\s+paripurna\b", re.I)


_LATER_PLENARY = re.compile(r"[^.,;]{0,60}?\b(?:(?:pekan|minggu|bulan|tahun)\s+depan|mendatang|berikutnya)\b", re.I)


def _sits_in_plenary(unit: str) -> bool:
    """The unit places its event in a plenary, not a thing it is about ('UU yang disahkan DPR RI dalam rapat paripurna')."""
    m = _IN_PLENARY.search(unit)
    return bool(m) and not _DONE_THERE.search(unit, 0, m.start() + len(m.group(0).split()[0]) + 1) and not \
        _FOLLOWS_UP_PLENARY.search(unit, max(0, m.start() - 60), m.start() + len(m.group(0).split()[0]) + 1) and not \
        _DAYS_APART.search(unit, max(0, m.start() - 100), m.start()) and not \
        _SPAN_AFTER.match(unit, m.end()) and not \
        _LATER_PLENARY.match(unit, m.end())  # ('sehari setelah DPRD ... menggelar rapat paripurna'; '..., lalu dibahas
    # selama ...'; 'Sistem absensi digital tersebut mulai diberlakukan pada rapat paripurna pekan depan': a later one)


# 'Penyerahan ini menindaklanjuti keputusan rapat paripurna DPRD ...': the plenary the act follows up sat before it.
_FOLLOWS_UP_PLENARY = re.compile(rf"\b(?:{FOLLOWS_UP})\s+(?:\w+\s+){{0,3}}?(?:rapat\s+|sidang\s+)?paripurna\b", re.I)


def _in_plenary(units: list[str]) -> str | None:
    """The title or lead sentence that places the ceremony in a DPRD plenary, if any."""
    for unit in units:
        m = next((m for m in _PLENARY.finditer(unit) if not _PLENARY_ROOM.search(unit, max(0, m.start() - 20), m.start())),
                 None)
        # ('Upacara itu digelar sehari setelah DPRD ... menggelar rapat paripurna istimewa ...': days apart)
        if m and not _FUTURE.search(unit[: m.start()]) and not _ANOTHER_DAY.match(unit) and not _AFTER_IT.match(unit) \
                and not _FOLLOWS_UP_PLENARY.search(unit, max(0, m.start() - 60), m.end()) \
                and not _DAYS_APART.search(unit, max(0, m.start() - 100), m.start()):
            return unit
    return None


# 'Usai upacara, Gubernur ... menuju Gedung DPRD untuk menghadiri rapat paripurna istimewa': the plenary came after the
# ceremony, it was not the ceremony's setting.
_AFTER_IT = re.compile(rf"^\W*(?:{_AFTER_WORDS})\s+"
                       r"(?:upacara|apel|pelantikan|pengukuhan|peringatan)\b", re.I)


# 'melantik Sekretaris DPRD ... di Ruang Sidang Paripurna': the plenary hall names where, not a sitting.
_PLENARY_ROOM = re.compile(r"\b(?:ruang|ruangan|gedung|aula)\s+(?:sidang\s+|rapat\s+)?$", re.I)


# 'Sehari sebelumnya, Kamis (17/3), DPRD menggelar rapat paripurna istimewa ...': a plenary on another day.
_ANOTHER_DAY = re.compile(r"^\W*(?:(?:sehari|dua hari|sepekan|seminggu)\s+)?(?:sebelumnya|kemarin)\b", re.I)


def _best_sentence(sentences: list[str], lead_size: int) -> str | None:
    """The first lead sentence that itself names a meeting (the evidence behind a title), in narration before speech
    (a report may open on a quote: '"... kita akan menggelar FGD," jelas Kepala Bappeda. / Rapat Persiapan FGD ...')."""
    lead = sentences[:lead_size]
    narrated = next((s for s, told in zip(lead, unquoted(lead)) if _first_meeting(told)), None)
    return narrated or next((s for s in lead if _first_meeting(s)), None)
