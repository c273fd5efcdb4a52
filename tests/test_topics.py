"""Topics: where a subject must appear and which words map to which topic."""

from pipelines.extract.topics import features, model, probability, topics


def test_subject_once_in_lead_is_a_topic_but_a_passing_mention_weighs_less_than_the_headline():
    """A subject named in the lead is a topic; named once late in the body it rates below the lead's subjects."""
    assert "stunting" in topics("Rapat di Kantor Bupati", "", lead="Rapat membahas penurunan stunting di desa.")
    lead = ("Rakor membahas pengendalian inflasi, stok beras dan harga bahan pokok menjelang Lebaran. "
            "TPID diminta memantau harga beras di pasar.")
    rated = {k: probability(row, model()) for k, row in
             features("Rakor Pengendalian Inflasi", lead, "Di akhir acara disinggung soal pariwisata.").items()}
    assert rated["pariwisata"] + 0.3 < min(rated["inflasi"], rated["pangan"])
    assert min(rated["inflasi"], rated["pangan"]) > model()["threshold"]


def test_vocabulary_covers_roads_water_disaster_and_anticorruption():
    """Roads, irrigation, karhutla and corruption prevention map to their topics."""
    lead = "Rapat membahas peningkatan jalan kabupaten, jaringan irigasi, karhutla dan pencegahan korupsi."
    found = topics("Rakor pembangunan daerah", "", lead=lead)
    assert {"jalan", "sumber_daya_air", "bencana", "antikorupsi"} <= set(found)


def test_regency_name_pesisir_barat_is_not_a_fisheries_topic():
    """The regency name 'Pesisir Barat' does not make a fisheries topic."""
    assert "perikanan" not in topics("Musrenbang Kabupaten Pesisir Barat", "", lead="Musrenbang Pesisir Barat digelar.")


def test_unit_names_are_not_topics():
    """'Asisten Bidang Perekonomian', 'Biro Hukum', 'Komisi II Bidang Ekonomi' list fields, not what was discussed."""
    found = topics("Rapat Persiapan Hari Jadi Provinsi", "",
                   lead="Asisten Bidang Perekonomian dan Pembangunan bersama Kepala Biro Hukum dan Komisi II Bidang "
                        "Ekonomi membahas susunan acara hari jadi.")
    assert not {"ekonomi", "hukum"} & set(found)


def test_an_agency_convening_names_its_sector():
    """'Dinas Kesehatan' convening a meeting is a health topic: an agency's name is its sector."""
    assert "kesehatan" in topics("Rapat Dinas Kesehatan", "", lead="Dinas Kesehatan Provinsi Lampung menggelar rapat.")


def test_di_lingkungan_pemprov_is_not_the_environment():
    """'di lingkungan Pemprov Lampung' means 'within the provincial government', not environmental policy."""
    assert "lingkungan" not in topics("Apel Pagi", "", lead="Seluruh ASN di lingkungan Pemprov Lampung wajib hadir. "
                                                           "ASN di lingkungan Pemprov diminta disiplin.")


def test_vocabulary_covers_the_gold_topic_keys():
    """Every topic key the labelled data uses is a key of datasets/topics.csv."""
    from pathlib import Path

    from pipelines.extract.gazetteer import _rows
    ours = {r["key"] for r in _rows("topics.csv")}
    theirs = set(Path(__file__).with_name("data").joinpath("gold", "topics.txt").read_text().split())
    assert theirs <= ours


def test_cassava_price_cuts_and_dprd_replacements_have_their_topics():
    """'rafaksi' is the cassava price question; a 'pergantian antar waktu' of a member is a DPRD institution topic."""
    assert "harga_singkong" in topics("Rapat Rafaksi Singkong", "", lead="Pabrik diminta menurunkan rafaksi singkong.")
    assert "kelembagaan_dprd" in topics("Paripurna PAW Anggota DPRD", "",
                                        lead="Rapat paripurna istimewa pergantian antar waktu anggota DPRD Lampung.")


def test_vocabulary_is_the_label_vocabulary():
    """The topic keys are exactly those the labelled data uses: a key outside it is never a right answer."""
    from pathlib import Path

    from pipelines.extract.gazetteer import _rows
    ours = {r["key"] for r in _rows("topics.csv")}
    assert ours == set(Path(__file__).with_name("data").joinpath("gold", "topics.txt").read_text().split())


def test_a_narrow_topic_brings_its_wider_one():
    """APBD is a budget topic, an RPJMD a planning one, inflation control a food one: the wider key comes along."""
    assert {"apbd", "anggaran"} <= set(topics("Rapat Banggar", "", lead="Rapat membahas Rancangan APBD 2026."))
    assert {"rpjmd", "perencanaan"} <= set(topics("Konsultasi Publik RPJMD", "", lead="Rapat membahas rancangan RPJMD."))
    assert {"inflasi", "pangan"} <= set(topics("Rakor TPID", "", lead="Rakor pengendalian inflasi daerah digelar."))


def test_every_wider_topic_is_a_topic_key():
    """The broader column of topics.csv names keys of the same file, never itself."""
    from pipelines.extract.gazetteer import broader_topics, topics as vocabulary

    keys = {k for ks in vocabulary()[1].values() for k in ks}
    assert broader_topics() and all(w in keys and w != n for n, w in broader_topics().items())


def test_security_arrangements_and_land_conflicts_are_security():
    """'pengamanan arus mudik', 'Operasi Ketupat', 'konflik lahan' are security and order."""
    assert "keamanan" in topics("Rakor Angkutan Lebaran", "", lead="Rakor membahas pengamanan arus mudik dan Operasi Ketupat.")
    assert "keamanan" in topics("Rapat Terbatas Mesuji", "", lead="Gubernur membahas konflik lahan di Register 45 Mesuji.")
