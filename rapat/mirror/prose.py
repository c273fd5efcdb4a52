"""Generated Indonesian press releases: who did what, where and when, as the hosts write it.

A release is a pure function of (rng, published day): the officials of the era, a real
venue and regency, an event of one of the kinds the dataset distinguishes (meetings of
each type, and ceremonies, visits, launches, aid, awards, sport, statements), and the
bracketed event date in one of the forms the research saw.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]

REGENCIES = [
    "Kabupaten Lampung Barat", "Kabupaten Tanggamus", "Kabupaten Lampung Selatan",
    "Kabupaten Lampung Timur", "Kabupaten Lampung Tengah", "Kabupaten Lampung Utara",
    "Kabupaten Way Kanan", "Kabupaten Tulang Bawang", "Kabupaten Pesawaran", "Kabupaten Pringsewu",
    "Kabupaten Mesuji", "Kabupaten Tulang Bawang Barat", "Kabupaten Pesisir Barat", "Kota Metro",
]
SHORT = {"Kabupaten Lampung Selatan": "Lamsel", "Kabupaten Lampung Timur": "Lamtim",
         "Kabupaten Lampung Tengah": "Lamteng", "Kabupaten Tulang Bawang Barat": "Tubaba",
         "Kabupaten Pesisir Barat": "Pesibar", "Kabupaten Lampung Barat": "Lambar"}
MEETING_VENUES = [
    "Gedung Pusiban, Kantor Gubernur Lampung", "Ruang Rapat Utama Kantor Gubernur Lampung",
    "Ruang Sungkai, Balai Keratun", "Ruang Abung, Balai Keratun",
    "Command Center Lt. 2 Kantor Diskominfotik Provinsi Lampung",
    "Ruang Rapat Alimuddin Umar Lt. 3 Bappeda Provinsi Lampung",
    "Aula Bhinneka Tunggal Ika Badan Kesbangpol Provinsi Lampung", "Aula BPSDM Provinsi Lampung",
    "Hotel Novotel Bandar Lampung", "Hotel Radisson Bandar Lampung", "Emersia Hotel Bandar Lampung",
    "Kantor Perwakilan Bank Indonesia Provinsi Lampung",
]
CEREMONY_VENUES = ["Balai Keratun Lantai III, Kantor Gubernur Lampung", "Lapangan Saburai",
                   "Mahan Agung", "GSG Sumpah Pemuda PKOR Way Halim", "Masjid Raya Ad-Du'a Way Halim",
                   "Gedung Bagas Raya"]
TOPICS = [
    ("pengendalian inflasi daerah", "inflasi"), ("percepatan penurunan stunting", "stunting"),
    ("penanganan kemiskinan ekstrem", "kemiskinan"), ("ketahanan pangan dan harga gabah", "pangan"),
    ("hilirisasi singkong dan produksi mocaf", "singkong"), ("perbaikan jalan provinsi", "infrastruktur"),
    ("optimalisasi pendapatan asli daerah", "PAD"), ("penyusunan RPJMD 2025-2029", "RPJMD"),
    ("pengelolaan sampah dan lingkungan hidup", "lingkungan"), ("kesiapsiagaan bencana", "bencana"),
    ("penguatan platform Lampung-In", "Lampung-In"), ("peningkatan layanan kesehatan", "kesehatan"),
    ("pengendalian harga bahan pokok jelang Ramadhan", "bapok"), ("reformasi birokrasi", "birokrasi"),
]
PARTICIPANTS = ["Bupati/Wali Kota se-Provinsi Lampung", "kepala OPD di lingkungan Pemprov Lampung",
                "Forkopimda Provinsi Lampung", "Badan Pusat Statistik Provinsi Lampung",
                "Bank Indonesia Perwakilan Lampung", "Perum Bulog Kanwil Lampung",
                "para camat dan kepala desa", "perwakilan perguruan tinggi", "Kementerian Dalam Negeri"]


@dataclass(frozen=True)
class Era:
    """Who held office on a given day."""

    start: date
    governor: str
    governor_role: str
    vice: str | None
    sekda: str
    sekda_role: str = "Sekretaris Daerah Provinsi Lampung"


ERAS = [
    Era(date(2000, 1, 1), "M. Ridho Ficardo", "Gubernur Lampung", None, "Hamartoni Ahadis", "Pj. Sekdaprov Lampung"),
    Era(date(2019, 6, 12), "Arinal Djunaidi", "Gubernur Lampung", "Chusnunia Chalim", "Fahrizal Darminto"),
    Era(date(2024, 6, 19), "Samsudin", "Pj. Gubernur Lampung", None, "Fahrizal Darminto"),
    Era(date(2024, 11, 1), "Samsudin", "Pj. Gubernur Lampung", None, "Fredy", "Pj. Sekdaprov Lampung"),
    Era(date(2025, 2, 20), "Rahmat Mirzani Djausal", "Gubernur Lampung", "Jihan Nurlela", "Fredy", "Pj. Sekdaprov Lampung"),
    Era(date(2025, 3, 20), "Rahmat Mirzani Djausal", "Gubernur Lampung", "Jihan Nurlela", "M. Firsada", "Pj. Sekdaprov Lampung"),
    Era(date(2025, 6, 20), "Rahmat Mirzani Djausal", "Gubernur Lampung", "Jihan Nurlela", "Marindo Kurniawan"),
]


def era_of(day: date) -> Era:
    """Return the officials in office on a day."""
    return [e for e in ERAS if e.start <= day][-1]


@dataclass
class Release:
    """One press release before any host-specific furniture (greeting, dateline, tags)."""

    title: str
    dek: str
    lead: str  # first paragraph without dateline
    paragraphs: list[str]
    kind: str
    event_date: date
    hashtags: list[str] = field(default_factory=list)


def date_phrase(rng: random.Random, day: date) -> str:
    """The event date as the releases write it, e.g. `Rabu (21/05/2025)` or `(15/09/21)`."""
    hari = HARI[day.weekday()]
    forms = [
        f"{hari} ({day.day:02d}/{day.month:02d}/{day.year})",
        f"{hari} ({day.day}/{day.month}/{day.year})",
        f"{hari}, ({day.day}/{day.month}/{day.year})",
        f"({day.day:02d}/{day.month:02d}/{day.year})",
        f"{hari} ({day.day:02d}/{day.month:02d}/{day.year % 100:02d})",
        f"{hari}, {day.day} {BULAN[day.month - 1]} {day.year}",
    ]
    return rng.choices(forms, weights=[5, 4, 2, 2, 1, 1])[0]


ATTENDEES = [
    ("Ketua DPRD Provinsi Lampung Mingrum Gumay", date(2019, 9, 1), date(2024, 9, 1)),
    ("Ketua DPRD Provinsi Lampung Ahmad Giri Akbar", date(2024, 10, 22), date(2030, 1, 1)),
    ("Kepala Bappeda Provinsi Lampung Herlina Warganegara", date(2019, 1, 1), date(2019, 12, 31)),
    ("Kepala Bappeda Provinsi Lampung Elvira Umihanni", date(2024, 1, 1), date(2025, 6, 30)),
    ("Kepala Bappeda Provinsi Lampung Anang Risgiyanto", date(2025, 10, 1), date(2030, 1, 1)),
    ("Kepala Dinas Perindustrian dan Perdagangan Evie Fatmawaty", date(2025, 1, 1), date(2030, 1, 1)),
    ("Kalaksa BPBD Provinsi Lampung Rudy Syawal Sugiarto", date(2021, 1, 1), date(2025, 12, 31)),
    ("Kepala Dinas Pendidikan dan Kebudayaan Thomas Amirico", date(2025, 1, 1), date(2030, 1, 1)),
    ("Kepala Dinas Sosial Aswarodi", date(2023, 1, 1), date(2024, 12, 31)),
    ("Kepala Dinas Perhubungan Bambang Sumbogo", date(2024, 1, 1), date(2024, 12, 31)),
    ("Kepala Dinas Lingkungan Hidup Emilia Kusumawati", date(2019, 1, 1), date(2023, 12, 31)),
    ("Kepala Diskominfotik Ganjar Jationo", date(2022, 1, 1), date(2022, 12, 31)),
    ("Kepala Badan Kesbangpol M. Firsada", date(2022, 1, 1), date(2025, 1, 31)),
    ("Wali Kota Bandar Lampung Eva Dwiana", date(2021, 2, 26), date(2030, 1, 1)),
    ("Kepala BPKP Perwakilan Lampung Agus Setiyawan", date(2024, 1, 1), date(2026, 12, 31)),
    ("Asisten Pemerintahan dan Kesra Qodratul Ikhwan", date(2024, 1, 1), date(2024, 12, 31)),
    ("Asisten Administrasi Umum Mustakim", date(2025, 1, 1), date(2025, 12, 31)),
]

SHORT_NAMES = {"M. Ridho Ficardo": "Ridho", "Arinal Djunaidi": "Arinal", "Samsudin": "Samsudin",
               "Rahmat Mirzani Djausal": "Mirza", "Chusnunia Chalim": "Nunik", "Jihan Nurlela": "Jihan",
               "Hamartoni Ahadis": "Hamartoni", "Fahrizal Darminto": "Fahrizal", "Fredy": "Fredy",
               "M. Firsada": "Firsada", "Marindo Kurniawan": "Marindo"}


def _chair(rng: random.Random, era: Era, opd: str) -> tuple[str, str]:
    options = [(era.governor_role, era.governor), (era.sekda_role, era.sekda)]
    if not opd.startswith(("Pemerintah", "PPID")):
        options.append((f"Kepala {opd}", ""))
    if era.vice:
        options.append(("Wakil Gubernur Lampung", era.vice))
    role, name = rng.choice(options)
    return role, name


def _cap(text: str) -> str:
    """Capitalise the first letter only, keeping acronyms (PAD, RPJMD, Lampung-In)."""
    return text[:1].upper() + text[1:]


def _who(role: str, name: str) -> str:
    return f"{role} {name}".strip()


def _short(role: str, name: str) -> str:
    if not name:
        return role.split(" Provinsi")[0]
    if "Wakil" in role:
        head = "Wagub"
    elif "Gubernur" in role:
        head = "Pj Gubernur" if role.startswith("Pj") else "Gubernur"
    else:
        head = "Pj Sekda" if role.startswith("Pj") else "Sekdaprov"
    return f"{head} {SHORT_NAMES.get(name, name.split()[-1])}"


MEETINGS = {
    "rapat_koordinasi": ("Rapat Koordinasi", "Rakor"),
    "rapat_paripurna": ("Rapat Paripurna DPRD Provinsi Lampung", "Paripurna"),
    "musrenbang": ("Musyawarah Perencanaan Pembangunan (Musrenbang)", "Musrenbang"),
    "audiensi": ("audiensi", "Audiensi"),
    "fgd": ("Focus Group Discussion (FGD)", "FGD"),
    "rapat_kerja": ("Rapat Kerja", "Raker"),
    "rapat_evaluasi": ("Rapat Evaluasi", "Rapat Evaluasi"),
    "konsultasi_publik": ("Konsultasi Publik", "Konsultasi Publik"),
    "rapat_daring": ("rapat secara virtual melalui Zoom Meeting", "Rapat Virtual"),
}
OTHERS = ["pelantikan", "kunjungan", "peluncuran", "bantuan", "penghargaan", "olahraga", "pernyataan", "upacara"]


def _meeting(rng, era, opd, day, when, kind) -> tuple[str, str, str, list[str]]:
    long_name, short_name = MEETINGS[kind]
    role, name = _chair(rng, era, opd)
    topic, key = rng.choice(TOPICS)
    venue = rng.choice(MEETING_VENUES)
    parts = rng.choice(PARTICIPANTS)
    year = day.year
    if kind == "rapat_paripurna":
        title = f"{_short(role, name)} Hadiri Rapat Paripurna DPRD Bahas Raperda {_cap(key)}"
        lead = (f"{_who(role, name)} menghadiri {long_name} dengan agenda penyampaian pandangan umum fraksi "
                f"atas Raperda tentang {topic}, di Ruang Sidang Paripurna Gedung DPRD Provinsi Lampung, {when}.")
    elif kind == "musrenbang":
        title = f"Musrenbang Provinsi Lampung {year} Resmi Digelar, {opd} Tekankan Semangat Kolaborasi"
        lead = (f"{_who(role, name)} membuka {long_name} Provinsi Lampung Tahun {year} dalam rangka penyusunan "
                f"RKPD {year + 1}, bertempat di {venue}, {when}.")
    elif kind == "audiensi":
        title = f"{_short(role, name)} Terima Audiensi {_cap(parts.split(' se-')[0])} Bahas {_cap(key)}"
        lead = (f"{_who(role, name)} menerima {long_name} {parts} untuk membahas {topic}, "
                f"di {venue}, {when}.")
    elif kind == "rapat_daring":
        title = f"Pemprov Lampung Ikuti Rakor {_cap(key)} Bersama Kemendagri Secara Virtual"
        lead = (f"Pemerintah Provinsi Lampung yang diwakili {_who(role, name)} mengikuti {long_name} "
                f"bersama Kementerian Dalam Negeri terkait {topic}, dari {venue}, {when}.")
    else:
        title = f"{_short(role, name)} Pimpin {short_name} {_cap(key)} Bersama {_cap(parts.split(' di ')[0])}"
        lead = (f"{_who(role, name)} memimpin {long_name} tentang {topic} bersama {parts} "
                f"di {venue}, {when}.")
    body = _meeting_body(rng, day, _short(role, name), topic, opd, kind)
    return title, lead, topic, body


def _attendees(rng: random.Random, day: date) -> list[str]:
    """One to three officials who held their office on that day (research/sources.md 5.3-5.5)."""
    serving = [who for who, start, end in ATTENDEES if start <= day <= end]
    return rng.sample(serving, k=min(len(serving), rng.randint(1, 3)))


def _meeting_body(rng: random.Random, day: date, short: str, topic: str, opd: str, kind: str) -> list[str]:
    said = rng.choice(["ujar", "kata", "tegas", "ungkap", "jelas"])
    arahan = rng.choice([
        f"Dalam arahannya, {short} menegaskan bahwa {topic} membutuhkan langkah bersama seluruh pemangku "
        f"kepentingan, mulai dari pemerintah provinsi hingga {rng.choice(REGENCIES)}.",
        f"{short} meminta setiap perangkat daerah menyiapkan data yang mutakhir terkait {topic} sebelum "
        f"rapat lanjutan digelar bulan depan.",
        f"Menurut {short}, capaian {topic} di Provinsi Lampung sudah menunjukkan perbaikan, namun masih "
        f"terdapat kesenjangan antarwilayah yang harus segera ditangani.",
        f"Pada kesempatan itu, {short} menyoroti pentingnya sinergi program provinsi dengan kabupaten/kota "
        f"agar anggaran untuk {topic} tidak tumpang tindih.",
    ])
    quote = rng.choice([
        "Kita tidak bisa bekerja sendiri-sendiri. Setiap perangkat daerah harus memiliki target yang terukur",
        "Saya minta laporan perkembangannya disampaikan setiap dua minggu, jangan menunggu akhir tahun",
        "Data harus satu. Kalau datanya berbeda-beda, kebijakan yang kita ambil juga akan keliru",
        "Masyarakat menunggu hasil nyata, bukan sekadar rapat dan laporan",
        "Kita ingin Lampung menjadi contoh bagi provinsi lain dalam hal kolaborasi",
    ])
    hadir = ", ".join(_attendees(rng, day)) or f"jajaran {opd}"
    discuss = rng.choice([
        f"Rapat tersebut juga membahas tindak lanjut hasil evaluasi triwulan sebelumnya, termasuk kendala "
        f"anggaran dan koordinasi data antarinstansi. Sebanyak {rng.randint(25, 180)} peserta hadir dalam kegiatan ini.",
        f"Turut hadir dalam rapat tersebut {hadir}, serta perwakilan instansi vertikal di Provinsi Lampung.",
        f"Dalam sesi diskusi, sejumlah peserta menyampaikan usulan, antara lain percepatan pencairan anggaran, "
        f"penguatan pendampingan di tingkat desa, dan pemanfaatan aplikasi pelaporan terpadu.",
    ])
    close = rng.choice([
        f"Di akhir kegiatan, para peserta menyepakati sejumlah rekomendasi yang akan dituangkan dalam rencana "
        f"aksi daerah dan dipantau oleh {opd}.",
        "Hasil rapat akan ditindaklanjuti dengan penandatanganan komitmen bersama oleh seluruh kepala daerah.",
        "Rapat ditutup dengan penyampaian kesimpulan oleh pimpinan rapat dan pembagian tugas kepada masing-masing OPD.",
    ])
    body = [arahan, f"\u201c{quote},\u201d {said} {short}.", discuss, close]
    if kind != "rapat_daring" and rng.random() < 0.2:
        body.insert(2, "Rapat yang digelar secara hibrid ini juga diikuti peserta dari kabupaten/kota melalui Zoom Meeting.")
    return body


def _other(rng, era, opd, day, when, kind) -> tuple[str, str, str, list[str]]:
    role, name = _chair(rng, era, opd)
    regency = rng.choice(REGENCIES)
    topic, key = rng.choice(TOPICS)
    who, short = _who(role, name), _short(role, name)
    n = rng.randint(12, 320)
    templates = {
        "pelantikan": (f"{short} Lantik {n} Pejabat Administrator dan Pengawas di Lingkungan Pemprov Lampung",
                       f"{who} melantik {n} pejabat administrator dan pengawas di {CEREMONY_VENUES[0]}, {when}."),
        "kunjungan": (f"{short} Tinjau Langsung Kondisi Jalan dan Irigasi di {regency}",
                      f"{who} melakukan kunjungan kerja untuk meninjau kondisi jalan provinsi dan jaringan irigasi di {regency}, {when}."),
        "peluncuran": (f"Pemprov Lampung Luncurkan Program {_cap(key)} Berbasis Digital",
                       f"{who} meluncurkan program {topic} berbasis aplikasi di {rng.choice(CEREMONY_VENUES)}, {when}."),
        "bantuan": (f"{short} Serahkan Bantuan Sosial kepada {n} Keluarga di {regency}",
                    f"{who} menyerahkan bantuan sosial berupa paket sembako dan bantuan tunai kepada {n} keluarga penerima manfaat di {regency}, {when}."),
        "penghargaan": (f"Pemprov Lampung Raih Penghargaan Nasional Bidang {_cap(key)}",
                        f"Pemerintah Provinsi Lampung menerima penghargaan tingkat nasional atas capaian {topic} yang diserahkan di Jakarta, {when}."),
        "olahraga": (f"{short} Lepas Ribuan Peserta Jalan Sehat HUT Provinsi Lampung",
                     f"{who} melepas ribuan peserta jalan sehat dalam rangka HUT Provinsi Lampung di {CEREMONY_VENUES[1]}, {when}."),
        "pernyataan": (f"{short}: Pemprov Lampung Pastikan Stok {_cap(key)} Aman",
                       f"{who} memastikan kebutuhan masyarakat terkait {topic} tetap terpenuhi, sebagaimana disampaikan kepada awak media, {when}."),
        "upacara": (f"{short} Pimpin Upacara Peringatan Hari Kesadaran Nasional",
                    f"{who} bertindak sebagai inspektur upacara peringatan Hari Kesadaran Nasional di {CEREMONY_VENUES[1]}, {when}."),
    }
    title, lead = templates[kind]
    said = rng.choice(["kata", "ujar", "ungkap"])
    quote = rng.choice([
        "Kami ingin manfaatnya benar-benar dirasakan oleh masyarakat. Ini bukan seremonial semata",
        "Pemerintah provinsi akan terus hadir dan mendampingi sampai program ini berjalan",
        "Terima kasih kepada semua pihak yang telah bekerja keras menyukseskan kegiatan ini",
    ])
    body = [
        f"Menurut {short}, kegiatan ini merupakan wujud komitmen Pemerintah Provinsi Lampung untuk hadir "
        f"di tengah masyarakat, khususnya di {regency}.",
        f"\u201c{quote},\u201d {said} {short}.",
    ]
    hadir = ", ".join(_attendees(rng, day))
    body.append(f"Turut hadir {hadir}, serta jajaran {opd}." if hadir and rng.random() < 0.6 else
                f"Kegiatan tersebut turut dihadiri jajaran {opd} serta perwakilan pemerintah {regency}.")
    return title, lead, topic, body


def make_release(rng: random.Random, published: date, opd: str) -> Release:
    """Generate one release published on a day, written by an office (OPD name)."""
    event_day = published - timedelta(days=rng.choice([0, 0, 0, 1, 1, 2]))
    era = era_of(event_day)
    when = date_phrase(rng, event_day)
    kinds = list(MEETINGS) + OTHERS
    weights = [9, 3, 3, 4, 3, 3, 3, 2, 3] + [3, 4, 2, 4, 2, 1, 3, 1]
    kind = rng.choices(kinds, weights=weights)[0]
    maker = _meeting if kind in MEETINGS else _other
    title, lead, topic, body = maker(rng, era, opd, event_day, when, kind)
    dek = (f"{opd} menegaskan komitmen pemerintah daerah terhadap {topic} demi mewujudkan "
           f"pembangunan yang merata dan berkelanjutan di seluruh kabupaten dan kota se-Provinsi Lampung")
    tags = ["#lampung", "#pemprovlampung", "#gubernurlampung"]
    if era.governor == "Arinal Djunaidi":
        tags += ["#arinal_djunaidi", "#noenia_ch", "#arinalnunik", "#RakyatLampungBerjaya"]
    tags += ["#lampungthetreasureofsumatra", "#" + SHORT.get(rng.choice(REGENCIES), "bandarlampung").lower()]
    return Release(title, dek, lead, body, kind, event_day, tags)


def release_from_text(row: dict, published: date) -> Release:
    """A release drawn from a JSONL row {title, text, published}; dates follow the mirror timeline, not `published`."""
    paras = [p.strip() for p in str(row.get("text", "")).split("\n") if p.strip()] or ["(tanpa isi)"]
    title = str(row.get("title") or paras[0][:80]).strip()
    return Release(title, "", paras[0], paras[1:], "other", published, [])
