"""A sentence telling another occasion of the series (one like it held before or elsewhere, the next one planned) gives
the report no date, place or type of meeting: those are the other occasion's. Its people still count."""

import pytest

from pipelines.cluster import ClusterInput, _day_months
from pipelines.extract import extract
from pipelines.extract.text import other_occasion
from tests.extract_support import run


@pytest.mark.parametrize("sentence", [
    "Sebelumnya, pada Senin (3/3/2025), kegiatan serupa digelar di Aula Balai Desa setempat.",
    "Rakor serupa juga digelar di Kabupaten Pesawaran pekan lalu.",
    "Sebelumnya, jajaran Pemkab Pringsewu mengikuti rapat serupa tingkat provinsi secara virtual.",
    "Rapat lanjutan dijadwalkan pada Senin (24/3/2025) mendatang.",
    "Pertemuan berikutnya akan digelar di Kantor Gubernur, Kamis (27/3).",
    # the next stop of the day, opened by the meeting named again
    "Usai kegiatan tersebut, rombongan melanjutkan agenda dengan meninjau Lapangan Saburai di Enggal.",
    "Setelah rapat koordinasi itu, Gubernur meninjau pasar murah di Pasar Tugu.",
])
def test_a_similar_or_next_occasion_is_another_occasion(sentence):
    assert other_occasion(sentence)


@pytest.mark.parametrize("sentence", [
    # a clause names the other occasion; the sentence tells this one
    "Rapat dengar pendapat kali ini digelar Rabu (18/6/2025), lima bulan setelah RDP serupa pada Januari lalu.",
    "Rapat Koordinasi Lanjutan Pembahasan RKPD digelar Kamis (29/1/2026) di Ruang Rapat Bappeda.",
    "Gubernur memimpin rapat koordinasi di Gedung Pusiban, Senin (10/3/2025).",
    # a lead may open on the meeting before its news: no earlier mention is pointed back to
    "Usai rapat paripurna, Gubernur menerima audiensi pengurus KONI di Ruang Kerja Gubernur, Senin (10/3/2025).",
])
def test_this_occasion_is_not_another(sentence):
    assert not other_occasion(sentence)


REPORT = {
    "id": "t", "url": "u", "published": "2025-03-10",
    "title": "Bappeda Gelar Rakor Evaluasi Program Prioritas",
    "text": ("BANDAR LAMPUNG - Bappeda Provinsi Lampung menggelar rapat koordinasi evaluasi program prioritas di Ruang "
             "Rapat Bappeda Provinsi Lampung.\n\n"
             "Sebelumnya, pada Senin (3/3/2025), kegiatan serupa digelar di Aula Balai Desa setempat. Rapat lanjutan "
             "dijadwalkan pada Senin (24/3/2025) mendatang.\n\n"
             "Kepala Bappeda Provinsi Lampung Elvira Umihanni meminta seluruh OPD melaporkan capaian program tepat waktu."),
}


def test_the_report_keeps_its_own_day_and_place():
    """The earlier and the next occasion's days and place are not the meeting's: its day is the report's."""
    x = extract(REPORT)
    assert x["is_meeting"] and x["meeting_type"] == "rapat_koordinasi"
    assert x["meeting_date"] == "2025-03-10" and x["date_assumed"]
    assert x["venue"].startswith("Ruang Rapat Bappeda")
    assert "Elvira Umihanni" in [p["name"] for p in x["officials"]]


def test_clustering_dates_a_report_without_the_other_occasions_days():
    """A report is not tied to the next meeting's reports by that meeting's day."""
    item = ClusterInput(id="t", title=REPORT["title"], text=REPORT["text"].replace("rapat koordinasi", "rapat koordinasi, "
                                                                                   "Senin (10/3/2025),", 1))
    assert _day_months(item) == {(10, 3)}


def test_the_next_stop_of_the_day_is_not_the_meeting():
    """'Usai kegiatan tersebut, rombongan ... meninjau Lapangan Saburai': no site visit instead of the meeting, and the
    field is not its venue."""
    report = dict(REPORT, text=REPORT["text"].replace(
        "Sebelumnya, pada Senin (3/3/2025), kegiatan serupa digelar di Aula Balai Desa setempat. Rapat lanjutan "
        "dijadwalkan pada Senin (24/3/2025) mendatang.",
        "Usai kegiatan tersebut, rombongan melanjutkan agenda dengan meninjau Lapangan Saburai di Enggal."))
    report["text"] = report["text"].replace(" di Ruang Rapat Bappeda Provinsi Lampung.", ".")
    x = extract(report)
    assert x["is_meeting"] and x["meeting_type"] == "rapat_koordinasi"
    assert x["venue"] is None


def test_a_next_meeting_spoken_of_inside_a_quotation_leaves_the_speech_whole():
    """'"Kami minta semua pihak menahan diri. Rapat lanjutan akan kami jadwalkan ...," kata Bambang saat dihubungi,
    Kamis (16/7/2020).' opening the report: the left-out sentence closed the quotation; the lead after it is narration."""
    out = run('"Kami minta semua pihak menahan diri. Rapat lanjutan akan kami jadwalkan setelah BPN menyerahkan hasil '
              'penelitian," kata Bambang saat dihubungi, Kamis (16/7/2020).\n\nKALIANDA - Komisi I DPRD Kabupaten '
              "Lampung Selatan menggelar rapat dengar pendapat (RDP) dengan puluhan warga Desa Tanjung Sari, Senin lalu. "
              "RDP di ruang rapat Badan Musyawarah DPRD Lampung Selatan itu dipimpin Ketua Komisi I Bambang Irawan "
              "Saputra.", title="Sengketa Lahan Warga Tanjung Sari Dibahas di DPRD Lamsel", published="2020-07-16")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_dengar_pendapat" and out["meeting_date"] == "2020-07-13"


def test_clustering_reads_no_day_from_the_pages_stamp():
    """'Kamis (26/6/2025) - 08:10 WIB' is the day the page came out, not the event's: two reports of Wednesday's
    meeting, one telling its day only as 'Rabu', are not kept apart by it."""
    text = "Kamis (26/6/2025) - 08:10 WIB\n\nBANDAR LAMPUNG - Kejati Lampung menggelar rapat koordinasi, Rabu."
    assert _day_months(ClusterInput(id="x", text=text)) == frozenset()
