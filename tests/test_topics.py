"""Topics: where a subject must appear and which words map to which topic."""

from pipelines.extract.topics import topics


def test_subject_once_in_lead_is_a_topic_but_once_deep_in_body_is_not():
    """A subject named once in the lead is a topic; named once late in the body it is not."""
    assert "stunting" in topics("Rapat di Kantor Bupati", "", lead="Rapat membahas penurunan stunting di desa.")
    assert "stunting" not in topics("Rapat di Kantor Bupati", "Di akhir acara disinggung soal stunting.", lead="Rapat dibuka.")


def test_vocabulary_covers_roads_water_disaster_and_anticorruption():
    """Roads, irrigation, karhutla and corruption prevention map to their topics."""
    lead = "Rapat membahas peningkatan jalan kabupaten, jaringan irigasi, karhutla dan pencegahan korupsi."
    found = topics("Rakor pembangunan daerah", "", lead=lead)
    assert {"jalan", "sumber_daya_air", "bencana", "antikorupsi"} <= set(found)


def test_regency_name_pesisir_barat_is_not_a_fisheries_topic():
    """The regency name 'Pesisir Barat' does not make a fisheries topic."""
    assert "kelautan_perikanan" not in topics("Musrenbang Kabupaten Pesisir Barat", "", lead="Musrenbang Pesisir Barat digelar.")
