"""Clustering: cross-posts are one event, different write-ups of one meeting are one event,
two meetings on the same day stay two, and event ids survive a later report."""

from __future__ import annotations

import random
from dataclasses import replace

from pipelines.cluster import ClusterInput, assign_events, cluster, event_id_for

RELEASE = (
    "Gubernur Lampung Rahmat Mirzani Djausal memimpin Rapat Koordinasi Pengendalian Inflasi "
    "Daerah bersama bupati dan wali kota se-Provinsi Lampung di Ruang Rapat Sakai Sambayan, "
    "Kantor Gubernur, Rabu (16/04/2025). Rakor membahas stok beras, harga cabai merah dan "
    "bawang putih menjelang Idul Adha, serta operasi pasar murah di Kabupaten Tanggamus.\n\n"
    "Kepala Dinas Perindustrian dan Perdagangan Elvira Umihanni melaporkan harga beras medium "
    "stabil di Rp12.900 per kilogram. Gubernur meminta Satgas Pangan memantau distributor "
    "dan gudang Bulog agar pasokan tidak tersendat hingga akhir Mei.\n\n"
    "Rapat juga menyepakati gerakan menanam cabai di pekarangan rumah dan pengawasan "
    "distribusi pupuk bersubsidi di Lampung Timur serta Way Kanan."
)


def _item(id_, text, title="Rakor Inflasi", published="2025-04-16", **fields):
    return ClusterInput(id=id_, title=title, text=text, published=published, **fields)


def _meeting(**overrides):
    base = dict(event_type="meeting", meeting_type="rapat_koordinasi", meeting_date="2025-04-16",
                venue="Ruang Rapat Sakai Sambayan", city="Kota Bandar Lampung")
    base.update(overrides)
    return base


def _filler(n: int) -> list[ClusterInput]:
    """Unrelated articles (random words), so that rare-word weights mean something."""
    rng = random.Random(7)
    vocab = [f"kata{k}" for k in range(3000)]
    return [
        _item(f"f{i}", " ".join(rng.sample(vocab, 60)), title=" ".join(rng.sample(vocab, 6)),
              published=f"2024-03-{i % 27 + 1:02d}")
        for i in range(n)
    ]


def test_cross_posted_copies_are_one_event_and_duplicates():
    www = _item("www-1", "Tabik Puunn...\n\nBandar Lampung--" + RELEASE + "\n\n#lampung #pemprovlampung", **_meeting())
    ppid = _item("ppid-1", "BANDARLAMPUNG ----- " + RELEASE + "\n\n@pemprovlampung_ @diskominfotik", published="2025-04-17", **_meeting())
    adpim = _item("adpim-1", "Kham Seunyinni\n\n" + RELEASE, published="2025-04-18", **_meeting())
    result = cluster([adpim, www, ppid] + _filler(20))
    assert result.event_ids["www-1"] == result.event_ids["ppid-1"] == result.event_ids["adpim-1"]
    assert result.duplicate_of == {"ppid-1": "www-1", "adpim-1": "www-1"}
    assert len(set(result.event_ids.values())) == 21


def test_two_outlets_write_ups_of_one_meeting_are_one_event():
    gov = _item("gov", RELEASE, **_meeting())
    news = _item(
        "news",
        "Bandarlampung (Lampungpost) - Pemprov Lampung menggelar rakor pengendalian inflasi di ruang "
        "Sakai Sambayan, Rabu (16/4). Gubernur Rahmat Mirzani Djausal meminta Satgas Pangan mengawasi "
        "distributor beras dan gudang Bulog. Elvira Umihanni dari Disperindag menyebut harga beras "
        "medium Rp12.900 per kilogram, sementara harga cabai merah dan bawang putih naik jelang Idul Adha.",
        title="Mirza Minta Satgas Pangan Awasi Distributor Beras",
        **_meeting(venue="ruang Sakai Sambayan, Kantor Gubernur Lampung"),
    )
    events = assign_events([gov, news] + _filler(20))
    assert events["gov"] == events["news"]


def test_two_different_meetings_on_the_same_day_stay_two():
    inflation = _item("inflasi", RELEASE, **_meeting())
    # Same day, same type, same governor, overlapping words, but another venue and city.
    stunting = _item(
        "stunting",
        "Gubernur Lampung Rahmat Mirzani Djausal memimpin Rapat Koordinasi Percepatan Penurunan "
        "Stunting di Aula Pemkab Tanggamus, Rabu (16/04/2025). Rakor membahas gizi balita, "
        "posyandu dan harga beras untuk keluarga berisiko stunting bersama bupati dan wali kota.",
        title="Gubernur Pimpin Rakor Stunting di Tanggamus",
        **_meeting(venue="Aula Pemkab Tanggamus", city="Kabupaten Tanggamus"),
    )
    events = assign_events([inflation, stunting] + _filler(20))
    assert events["inflasi"] != events["stunting"]


def test_same_text_on_different_days_is_still_one_release_but_different_dates_never_merge_write_ups():
    day1 = _item("d1", RELEASE, **_meeting())
    rewrite = _item("d2", RELEASE.replace("Rabu (16/04/2025)", "Kamis (17/04/2025)").replace("stok beras", "stok gula"),
                    title="Rakor Inflasi Lanjutan", **_meeting(meeting_date="2025-04-17"))
    rewrite = ClusterInput(**{**rewrite.__dict__, "text": "Rapat lanjutan. " + rewrite.text[200:]})
    events = assign_events([day1, rewrite] + _filler(20))
    assert events["d1"] != events["d2"]


def test_event_id_is_kept_when_a_later_report_arrives():
    first = _item("www-1", RELEASE, **_meeting())
    before = assign_events([first] + _filler(10))
    later = _item("koran-9", "Tabik pun..\n\n" + RELEASE + "\n#lampung", published="2025-04-20", **_meeting())
    after = assign_events([later, first] + _filler(10))
    assert before["www-1"] == after["www-1"] == after["koran-9"] == event_id_for("www-1")


def test_unknown_published_sorts_last_for_the_stable_id():
    dated = _item("b", RELEASE, **_meeting())
    undated = _item("a", RELEASE, published=None, **_meeting())
    events = assign_events([undated, dated])
    assert events["a"] == events["b"] == event_id_for("b")


def test_empty_input_and_singletons():
    assert assign_events([]) == {}
    events = assign_events(_filler(5))
    assert len(set(events.values())) == 5


VISIT = ("Wakil Menteri Sosial meninjau lokasi banjir di Kelurahan Way Lunik, Kecamatan Panjang, Selasa (21/1/2025). "
         "Wamensos menyerahkan bantuan logistik senilai Rp1,1 miliar untuk korban banjir dan santunan ahli waris "
         "korban meninggal. Sebanyak 11 ribu warga terdampak banjir di Panjang dan Sukabumi.")


def test_reports_of_one_non_meeting_event_from_different_sides_are_one_event():
    """A visit one outlet calls a visit and another an aid handover is one event: only meeting vs non-meeting conflict."""
    visit = _item("visit", VISIT, title="Wamensos Tinjau Banjir di Way Lunik", published="2025-01-21",
                  event_type="visit", city="Kota Bandar Lampung")
    aid = _item("aid", "Kemensos menyalurkan bantuan Rp1,1 miliar bagi korban banjir Way Lunik, Panjang, Selasa "
                "(21/1/2025). Wamensos juga menyerahkan santunan ahli waris korban meninggal; 11 ribu warga terdampak.",
                title="Kemensos Salurkan Rp1,1 Miliar untuk Korban Banjir Way Lunik", published="2025-01-22",
                event_type="aid", city="Kota Bandar Lampung")
    meeting = _item("rakor", VISIT, title="Rakor Banjir Way Lunik", published="2025-01-21",
                    event_type="meeting", meeting_type="rapat_koordinasi", city="Kota Bandar Lampung")
    ids = assign_events([visit, aid, meeting] + _filler(20))
    assert ids["visit"] == ids["aid"]
    assert ids["rakor"] != ids["visit"]


def test_a_city_the_extractor_only_assumed_never_contradicts_a_stated_one():
    """The capital given by default (city_assumed) does not keep two reports of one event apart."""
    stated = ClusterInput.from_extraction({"id": "a", "title": "Rakor Inflasi", "text": RELEASE, "published": "2025-04-16"},
                                          {**_meeting(city="Jakarta")})
    assumed = ClusterInput.from_extraction({"id": "b", "title": "Rakor Inflasi", "text": RELEASE, "published": "2025-04-16"},
                                           {**_meeting(), "city_assumed": True})
    stated_other = ClusterInput.from_extraction({"id": "c", "title": "Rakor Inflasi", "text": RELEASE,
                                                 "published": "2025-04-16"}, _meeting(city="Kabupaten Tanggamus"))
    ids = assign_events([stated, assumed, stated_other] + _filler(20))
    assert ids["a"] == ids["b"]
    assert ids["a"] != ids["c"]


def test_outlets_naming_one_days_meeting_differently_are_one_event():
    """On one stated day, 'audiensi' in one report and 'rapat koordinasi' in another do not keep them apart."""
    gov = _item("gov", RELEASE, **_meeting())
    news = _item("news", RELEASE.replace("Rapat Koordinasi", "audiensi").replace("Rakor", "Pertemuan"),
                 published="2025-04-17", **_meeting(meeting_type="audiensi"))
    later = _item("later", RELEASE.replace("16/04/2025", "23/04/2025"), published="2025-04-23",
                  **_meeting(meeting_type="audiensi", meeting_date="2025-04-23"))
    ids = assign_events([gov, news, later] + _filler(20))
    assert ids["gov"] == ids["news"]
    assert ids["later"] != ids["gov"]


def test_a_chain_through_undated_reports_never_spans_weeks_of_publication():
    """Two reports published five weeks apart stay apart even when an undated report resembles both."""
    first = _item("jan", VISIT, title="Wamensos Tinjau Banjir di Way Lunik", published="2025-01-21",
                  event_type="visit", city="Kota Bandar Lampung")
    undated = _item("undated", VISIT, title="Banjir Way Lunik", published=None, event_type="visit",
                    city="Kota Bandar Lampung")
    later = _item("feb", VISIT, title="Bantuan Banjir Way Lunik Cair", published="2025-02-25",
                  event_type="visit", city="Kota Bandar Lampung")
    ids = assign_events([first, undated, later] + _filler(20))
    assert ids["jan"] != ids["feb"]
    assert ids["undated"] in (ids["jan"], ids["feb"])


def test_an_assumed_date_never_contradicts_another_report():
    """Two reports that state no date, published a day apart, are not kept apart by their assumed dates."""
    a = ClusterInput.from_extraction({"id": "a", "title": "Rakor Inflasi", "text": RELEASE, "published": "2025-04-16"},
                                     {**_meeting(meeting_date="2025-04-16"), "date_assumed": True})
    b = ClusterInput.from_extraction({"id": "b", "title": "Rakor Inflasi", "text": RELEASE, "published": "2025-04-17"},
                                     {**_meeting(meeting_date="2025-04-17"), "date_assumed": True})
    assert a.meeting_date is None and b.meeting_date is None
    ids = assign_events([a, b] + _filler(20))
    assert ids["a"] == ids["b"]


def test_one_days_meeting_written_at_two_venues_is_one_event():
    """'ruang sidang utama gedung dewan' and 'gedung DPRD di Kalianda' on one stated day do not keep reports apart."""
    a = _item("a", RELEASE, **_meeting(venue="ruang sidang utama gedung dewan"))
    b = _item("b", RELEASE, published="2025-04-17", **_meeting(venue="Ruang Sakai Sambayan"))
    ids = assign_events([a, b] + _filler(20))
    assert ids["a"] == ids["b"]


def test_formal_types_keep_one_days_meetings_apart():
    """Same day: a plenary is never a rakor; a rakor and an audiensi may be one meeting named two ways."""
    rakor = _item("rakor", RELEASE, **_meeting())
    plenary = _item("plenary", RELEASE, **_meeting(meeting_type="rapat_paripurna"))
    same = _item("same", RELEASE, published="2025-04-17", **_meeting(meeting_type="audiensi"))
    ids = assign_events([rakor, plenary, same] + _filler(20))
    assert ids["same"] == ids["rakor"] != ids["plenary"]


def test_a_report_published_far_from_another_reports_stated_day_is_another_meeting():
    """Two similar plenary reports, one stating 2022-07-05, the other's date only assumed from its 2024 publication."""
    from pipelines.cluster import _reported_far
    from datetime import date
    assert _reported_far({date(2022, 7, 5)}, {date(2024, 7, 24)})
    assert not _reported_far({date(2024, 7, 23)}, {date(2024, 7, 24), date(2024, 7, 26)})


def test_reports_of_a_meeting_followed_online_from_different_rooms_are_one_event():
    """The weekly national rakor followed from the Command Center and from a regency's room: rooms and cities differ
    because each report tells where it was followed from. Held in person in two cities, it would be two meetings."""
    record = {"title": "Rakor Inflasi", "text": RELEASE, "published": "2025-04-16"}
    province = ClusterInput.from_extraction({**record, "id": "prov"},
                                            _meeting(mode="daring", venue="Ruang Command Center"))
    regency = ClusterInput.from_extraction({**record, "id": "kab"}, _meeting(
        mode="daring", venue="Ruang Rapat Utama Kantor Bupati Pesawaran", city="Kabupaten Pesawaran"))
    followed = assign_events([province, regency] + _filler(20))
    assert followed["prov"] == followed["kab"]
    in_capital = ClusterInput.from_extraction({**record, "id": "bdl"}, _meeting(mode="luring"))
    in_regency = ClusterInput.from_extraction({**record, "id": "tgm"}, _meeting(
        mode="luring", venue="Aula Pemkab Tanggamus", city="Kabupaten Tanggamus"))
    ids = assign_events([in_capital, in_regency] + _filler(20))
    assert ids["bdl"] != ids["tgm"]


def test_a_report_writing_no_date_agrees_by_the_day_it_came_out():
    """Two outlets' reports of one ceremony, one dated 'Rabu (18/3/2026)' and one only '..., Rabu.', both out that day:
    the day agrees, so their lower similarity suffices (held-out 33's anniversary ceremony)."""
    import json
    from pathlib import Path

    from pipelines.contract import extract_records

    path = Path(__file__).parent / "data" / "extract_heldout33.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    wanted = [r for r in records if r["id"] in {"h33-23", "h33-24", "h33-21"}]
    ids = {x["id"]: x["event_id"] for x in extract_records(records) if x["id"] in {"h33-21", "h33-23", "h33-24"}}
    assert len(wanted) == 3 and ids["h33-23"] == ids["h33-24"]
    assert ids["h33-21"] != ids["h33-23"]  # the DPRD's anniversary plenary that day is another event


def test_an_announcement_a_week_ahead_and_the_report_of_the_day_are_one_event():
    """'Musrenbang dijadwalkan Kamis (16/4)' published eight days before the report of that Thursday: one stated day."""
    notice = _item("notice", RELEASE.replace("memimpin", "akan memimpin"), published="2025-04-08", **_meeting())
    report = _item("report", RELEASE, published="2025-04-16", **_meeting())
    ids = assign_events([notice, report] + _filler(20))
    assert ids["notice"] == ids["report"]


_MUSRENBANG = dict(event_type="meeting", meeting_type="musrenbang", meeting_date="2025-04-15", city="Kota Bandar Lampung")
_TOPICS = ["stunting balita posyandu", "harga beras cabai", "banjir tanggul pompa", "pajak kendaraan samsat", "jalan rusak aspal",
           "sekolah rusak guru", "kopi robusta ekspor", "sampah bank sampah", "rumah sakit rujukan", "pelabuhan bakauheni"]


def _same_building_meetings() -> list[ClusterInput]:
    """Other days' meetings in the same building with the same stock words, so only an event's own words are rare."""
    return [_item(f"b{i}", f"Pejabat memimpin rapat evaluasi {topic} di Gedung Pusiban, Kantor Gubernur Lampung, Selasa. "
                  f"Rapat dihadiri perangkat daerah, bupati dan wali kota, perguruan tinggi serta dunia usaha secara daring "
                  f"melalui Zoom Meeting. Musrenbang dan RKPD dibahas bersama {topic}.",
                  title=f"Rapat {topic}", published=f"2025-0{i % 3 + 1}-1{i % 9}") for i, topic in enumerate(_TOPICS)]


def test_write_ups_of_one_days_meeting_in_one_named_venue_need_fewer_shared_words():
    """Same day, same specific type, same city and a venue of one proper name ('Gedung Pusiban, Kompleks Kantor
    Gubernur' / 'Gedung Pusiban'): two outlets' wordings of one musrenbang. Two evaluation meetings of one day in one
    building, on different matters, stay two."""
    notice = _item("notice", "Bappeda Provinsi Lampung menyelenggarakan Musrenbang RKPD 2026 di Gedung Pusiban, Selasa "
                   "(15/4/2025). Peserta terdiri atas perangkat daerah, Bappeda kabupaten/kota, perguruan tinggi dan dunia "
                   "usaha. Kegiatan dapat diikuti secara luring dan daring melalui Zoom Meeting. Usulan prioritas 2026 "
                   "(irigasi dan pangan) dihimpun dari forum perangkat daerah.",
                   title="Pengumuman Musrenbang RKPD 2026",
                   **_MUSRENBANG, venue="Gedung Pusiban, Kompleks Kantor Gubernur Lampung")
    gallery = _item("gallery", "Foto 1. Gubernur memukul gong tanda dibukanya Musrenbang RKPD 2026 di Gedung Pusiban, "
                    "Selasa (15/4/2025). Foto 2. Bupati dan wali kota terhubung secara virtual. Foto 3. Penandatanganan "
                    "berita acara kesepakatan prioritas 2026: irigasi, pangan dan konektivitas.",
                    title="Galeri Musrenbang RKPD 2026", **_MUSRENBANG, venue="Gedung Pusiban")
    events = assign_events([notice, gallery] + _same_building_meetings() + _filler(20))
    assert events["notice"] == events["gallery"]
    evaluation = dict(_MUSRENBANG, meeting_type="rapat_evaluasi", venue="Gedung Pusiban, Kantor Gubernur Lampung")
    budget = _item("apbd", "Sekdaprov memimpin rapat evaluasi realisasi APBD triwulan III di Gedung Pusiban, Selasa "
                   "(15/4/2025). Serapan belanja modal baru 41 persen; OPD diminta mempercepat lelang proyek.",
                   title="Rapat Evaluasi Realisasi APBD", **evaluation)
    meals = _item("mbg", "Wagub memimpin rapat evaluasi program Makan Bergizi Gratis di Gedung Pusiban, Selasa "
                  "(15/4/2025). Dapur SPPG di Mesuji dan Pesisir Barat belum beroperasi; sekolah menunggu distribusi.",
                  title="Evaluasi Program MBG", **evaluation)
    events = assign_events([budget, meals] + _same_building_meetings() + _filler(20))
    assert events["apbd"] != events["mbg"]


def test_a_report_stating_no_date_is_compared_with_the_reports_of_the_day_it_came_out():
    """Blocking: 'Bandar Lampung, 6/4 (ANTARA) - ...' states no meeting day; it still meets the day's dated reports of
    the same type as a candidate pair, whatever words they share."""
    from pipelines.cluster import _candidate_pairs, _featurize
    dated = _item("dated", "Gubernur memimpin rapat koordinasi gugus tugas di ruang rapat utama.", title="Gugus Tugas Bersidang",
                  published="2020-04-06",
                  event_type="meeting", meeting_type="rapat_koordinasi", meeting_date="2020-04-06")
    undated = _item("undated", "Bupati dan wali kota diminta menyiapkan tempat karantina pemudik.", title="Pemudik Wajib Karantina",
                    published="2020-04-06",
                    event_type="meeting", meeting_type="rapat_koordinasi")
    docs = _featurize([dated, undated] + _filler(5))
    assert (0, 1) in set(_candidate_pairs(docs))


def test_a_record_without_its_publication_date_comes_out_the_day_its_page_stamp_says():
    """Two look-alike reports without publication dates, their pages stamped five weeks apart, are two events."""
    def report(id_, stamp):
        record = {"id": id_, "title": "Banjir Way Lunik", "text": f"{stamp} | 21:38 WIB\n{VISIT}", "published": None}
        return ClusterInput.from_extraction(record, {"event_type": "visit", "city": "Kota Bandar Lampung"})
    jan, feb = report("jan", "Selasa, 21 Januari 2025"), report("feb", "Selasa, 25 Februari 2025")
    assert (jan.published, feb.published) == ("2025-01-21", "2025-02-25")
    ids = assign_events([jan, feb] + _filler(20))
    assert ids["jan"] != ids["feb"]


_COVID_RAKOR = dict(event_type="meeting", meeting_type="rapat_koordinasi", meeting_date="2020-04-06",
                    city="Kota Bandar Lampung", chair="Arinal Djunaidi")
_RELEASE_COVID = ("Gubernur Lampung Arinal Djunaidi memimpin rapat koordinasi Gugus Tugas Percepatan Penanganan Covid-19 "
                  "di Ruang Rapat Utama Kantor Gubernur, Senin (6/4/2020). Rapat membahas kesiapan ruang isolasi rumah "
                  "sakit rujukan dan pembagian masker bagi warga. Arinal meminta bupati dan wali kota menyiapkan "
                  "anggaran tak terduga.")
_NEWS_COVID = ("Pemprov Lampung menambah 200 tempat tidur isolasi di RSUD Abdul Moeloek. Keputusan itu diambil dalam rakor "
               "yang dipimpin Arinal Djunaidi, Senin (6/4/2020). Warga pendatang dari zona merah wajib karantina mandiri "
               "empat belas hari, kata juru bicara gugus tugas Reihana.")


def test_write_ups_of_one_days_meeting_with_one_leader_and_a_shared_topic_need_fewer_shared_words():
    """Same day, type and city, the same leader (written in full or shortened) and a topic in common: an outlet's
    retelling of the governor's rakor in its own words is the same rakor, though its venue is only 'Kantor Gubernur'."""
    release = _item("adpim", _RELEASE_COVID, title="Gubernur Pimpin Rakor Gugus Tugas", published="2020-04-06",
                    **_COVID_RAKOR, venue="Ruang Rapat Utama Kantor Gubernur", topics=("kesehatan", "covid"))
    news = _item("tribun", _NEWS_COVID, title="Lampung Tambah Tempat Tidur Isolasi", published="2020-04-07",
                 **{**_COVID_RAKOR, "chair": "Arinal"}, venue="Kantor Gubernur", topics=("covid",))
    events = assign_events([release, news] + _filler(20))
    assert events["adpim"] != events["tribun"]  # 'Arinal' alone is one word of his name: not enough to call him the same
    news = replace(news, chair="Ir. H. Arinal Djunaidi")
    events = assign_events([release, news] + _filler(20))
    assert events["adpim"] == events["tribun"]


def test_one_leaders_meetings_of_a_day_on_other_matters_or_audiences_stay_apart():
    """The governor leads two rakor in a day on different matters, or receives two delegations: one leader and one day
    are not one meeting without a topic in common, nor for audiences at all."""
    covid = _item("covid", _RELEASE_COVID, title="Gubernur Pimpin Rakor Gugus Tugas", published="2020-04-06",
                  **_COVID_RAKOR, venue="Kantor Gubernur", topics=("covid",))
    rice = _item("beras", "Stok beras di gudang Bulog cukup hingga Lebaran. Hal itu terungkap dalam rakor ketersediaan "
                 "pangan yang dipimpin Arinal Djunaidi, Senin (6/4/2020). Satgas Pangan diminta mengawasi distributor dan "
                 "pasar induk.", title="Rakor Stok Beras", published="2020-04-06", **_COVID_RAKOR,
                 venue="Kantor Gubernur", topics=("pangan",))
    assert len(set(assign_events([covid, rice] + _filler(20)).values())) == 22
    rice = replace(rice, topics=("pangan", "covid"))
    assert len(set(assign_events([covid, rice] + _filler(20)).values())) == 21  # (a topic in common: one rakor)
    farmers, millers = replace(covid, meeting_type="audiensi"), replace(rice, meeting_type="audiensi")
    assert len(set(assign_events([farmers, millers] + _filler(20)).values())) == 22


LAUNCHES = (
    "Gubernur Lampung meluncurkan Gerakan Pangan Murah di halaman Kantor Gubernur, {day}. Sebanyak dua ton beras, "
    "minyak goreng dan gula pasir dijual di bawah harga pasar kepada warga Telukbetung. Kepala Dinas Ketahanan Pangan "
    "menyebut gerakan serupa digelar bergiliran di lima belas kabupaten dan kota hingga akhir bulan.",
    "Warga Telukbetung antre sejak pagi di halaman Kantor Gubernur saat Gerakan Pangan Murah dibuka, {day}. Beras, gula "
    "pasir dan minyak goreng dijual lebih murah dari harga pasar; Dinas Ketahanan Pangan menyiapkan dua ton beras dan "
    "akan membawa gerakan itu ke lima belas kabupaten dan kota.",
)
# A sidebar of other stories, printed the same above every story a host served that week.
SIDEBAR = ("Berita Terkini\nDPRD Lampung Gelar Paripurna Pengesahan Raperda APBD Perubahan\nBANDAR LAMPUNG - DPRD "
           "Provinsi Lampung menggelar rapat paripurna di ruang sidang utama, Senin (3/3/2025), dihadiri Wakil "
           "Gubernur dan...\nWagub Terima Audiensi Kwarda Pramuka di Mahan Agung\nWakil Gubernur Lampung menerima "
           "audiensi pengurus Kwarda Pramuka di Mahan Agung, Selasa (18/2/2025). Dalam pertemuan itu, pengurus...\n")


def _launches(first_day: str, second_day: str, page: str = "") -> list[ClusterInput]:
    """Two outlets' reports of look-alike launches a week apart, published the same day (the fields stating no day)."""
    return [_item(f"launch-{k}", page + text.format(day=day), title="Gubernur Luncurkan Gerakan Pangan Murah",
                  published="2025-03-10", event_type="launch", city="Kota Bandar Lampung")
            for k, (text, day) in enumerate(zip(LAUNCHES, (first_day, second_day)))]


def test_a_hosts_sidebar_of_other_stories_joins_no_two_events():
    ids = assign_events(_launches("Senin (3/3/2025)", "Senin (10/3/2025)", page=SIDEBAR) + _filler(20))
    assert ids["launch-0"] != ids["launch-1"]


def test_a_photo_captions_day_dates_the_event_it_shows():
    # (the parser's body drops the caption; the days a report tells are read from the page less other stories' lists)
    caption = "FOTO: Gubernur Lampung meluncurkan Gerakan Pangan Murah di halaman Kantor Gubernur, Senin (3/3/2025).\n\n"
    first, second = _launches("pagi tadi", "Senin (10/3/2025)")
    ids = assign_events([replace(first, text=caption + first.text), second] + _filler(20))
    assert ids["launch-0"] != ids["launch-1"]
