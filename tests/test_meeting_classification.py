"""Whether an article reports a meeting (is_meeting, event_type, and the audiensi meeting_type)."""

import pytest

from pipelines.extract import extract
from pipelines.extract.classify import classify
from tests.extract_support import run


@pytest.mark.parametrize("title, text, kind", [
    ("Gubernur Lantik 54 Pejabat Administrator", "Gubernur Lampung melantik 54 pejabat di Balai Keratun Lantai III.", "inauguration"),
    ("Upacara HUT ke-61 Provinsi Lampung", "Upacara peringatan HUT Provinsi Lampung digelar di Lapangan Saburai.", "ceremony"),
    ("Gubernur Tinjau Jalan Rusak di Natar", "Gubernur meninjau perbaikan jalan provinsi di Natar.", "visit"),
    ("Pemprov Luncurkan Aplikasi Layanan", "Wagub meluncurkan aplikasi layanan publik digital.", "launch"),
    ("Gubernur Serahkan Bantuan Beras", "Gubernur menyerahkan bantuan beras kepada warga terdampak banjir.", "aid"),
    ("Pemprov Lampung Raih Penghargaan KIP", "Pemprov Lampung menerima penghargaan keterbukaan informasi.", "award"),
])
def test_inauguration_ceremony_visit_launch_aid_and_award_are_not_meetings(title, text, kind):
    """Pelantikan, upacara, kunjungan, peluncuran, bantuan, penghargaan: their own event_type, no meeting."""
    out = run(text, title=title)
    assert not out["is_meeting"] and out["event_type"] == kind
    assert out["meeting_type"] is None and out["chair"] is None and out["meeting_date"] is None


def test_future_visit_in_lead_does_not_hide_the_preparation_meeting():
    """A visit 'dijadwalkan ... pekan depan' in the lead leaves the rakor held to prepare it a meeting."""
    out = run("Presiden dijadwalkan berkunjung ke Lampung pekan depan. Sekdaprov Fahrizal Darminto menggelar "
              "rapat koordinasi persiapan kunjungan di Ruang Rapat Utama, Senin (8/7).",
              title="Jelang Kunjungan Presiden, Pemprov Gelar Rakor", published="2024-07-08")
    assert out["is_meeting"] and out["meeting_type"] == "rapat_koordinasi" and out["meeting_date"] == "2024-07-08"


def test_planned_visit_in_title_leaves_the_preparation_meeting():
    """A planned kunker in the title leaves the 'rapat persiapan' a meeting dated by its own day."""
    out = run("BANDAR LAMPUNG - Kunjungan kerja Menteri Pertanian ke Lampung Timur dijadwalkan Kamis (12/6). "
              "Menindaklanjuti rencana itu, Pemprov Lampung menggelar rapat persiapan di Ruang Rapat Sekdaprov, Rabu (11/6).",
              title="Kunker ke Lampung, Mentan Dijadwalkan Tinjau Panen Jagung", published="2025-06-11")
    assert out["is_meeting"] and out["meeting_date"] == "2025-06-11"


def test_quoted_speech_does_not_override_the_audience():
    """Words inside a quotation (“... penghargaan ...”) do not turn an audiensi into another event."""
    out = run("Gubernur menerima audiensi pengurus KONI di Mahan Agung, Selasa (19/10/2021). "
              "“Ini wujud penghargaan kami kepada atlet,” katanya.", title="Gubernur Janjikan Bonus Atlet")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"


def test_meeting_named_in_reported_speech_menurut_is_not_the_event():
    """A meeting mentioned in reported speech ('Menurut Budi, pertemuan pekan lalu ...') is not the event."""
    out = run("BANDAR LAMPUNG - Ketua Komisi II DPRD Lampung Budi Hartono mengapresiasi langkah petani jagung. "
              "Menurut Budi, pertemuan pekan lalu dengan para pengusaha pakan ternak sudah membuahkan hasil. "
              "Ia berharap harga jagung tetap stabil.", title="DPRD Apresiasi Petani Jagung", published="2025-06-11")
    assert not out["is_meeting"]


def test_welcoming_dinner_disambut_is_not_a_meeting():
    """A guest 'disambut ... dalam jamuan makan malam' is not a meeting."""
    out = run("BANDAR LAMPUNG - Gubernur Bengkulu disambut Gubernur Lampung dalam jamuan makan malam di Mahan Agung, "
              "Jumat (6/6). Acara berlangsung hangat.", title="Gubernur Sambut Kunjungan Gubernur Bengkulu", published="2025-06-11")
    assert not out["is_meeting"]


def test_visit_to_ministry_office_bertemu_dengan_minister_is_audiensi():
    """Visiting a ministry office and 'bertemu dengan Menteri' is an audiensi chaired by the minister."""
    out = run("JAKARTA - Bupati Tanggamus Saleh Asnawi mengunjungi kantor Kementerian Pertanian, Selasa (10/6). "
              "Di ruang rapat menteri, Bupati bertemu dengan Menteri Pertanian Andi Amran Sulaiman untuk membahas irigasi.",
              title="Bupati Tanggamus Kunjungi Kementerian Pertanian", published="2025-06-11")
    assert out["is_meeting"] and out["meeting_type"] == "audiensi"
    assert out["chair"]["name"] == "Andi Amran Sulaiman"


def test_bertemu_gubernur_at_his_office_is_a_meeting():
    """'usai bertemu Gubernur di ruang kerja gubernur' is a meeting (an audience)."""
    decision = classify("Bank Siap Bantu UMKM", ["Hal itu disampaikan Kepala OJK Lampung usai bertemu Gubernur di "
                                                  "ruang kerja gubernur, Senin (3/3)."])
    assert decision.is_meeting and decision.event_type == "meeting"


def test_quoted_meeting_the_speakers_held_counts_but_a_called_for_one_does_not():
    """'“Kami telah mengadakan rapat ...”' counts as a meeting; '“Rapat ... harus digelar”' does not."""
    held = classify("Dewan minta pengawasan pupuk", ["“Kami telah mengadakan rapat kerja dengan dinas terkait,” kata Ketua Komisi."])
    talked = classify("Dewan minta pengawasan pupuk", ["“Rapat kerja harus digelar segera,” kata Ketua Komisi."])
    assert held.is_meeting and not talked.is_meeting


def test_opinion_column_reports_no_meeting():
    """An 'Opini:' column by 'Oleh: ...' reports no meeting even when it describes meetings."""
    record = {"id": "o1", "url": "https://bappeda.lampungprov.go.id/detail-post/opini", "published": "2024-09-20",
              "title": "Opini: Musrenbang Jangan Sekadar Ritual Tahunan",
              "text": "Oleh: Rika Anggraini, S.E. Perencana Ahli Muda\n\nSetiap tahun musrenbang digelar berjenjang "
                      "di aula kecamatan dan rapat koordinasi dipimpin kepala daerah."}
    result = extract(record)
    assert result["is_meeting"] is False and result["event_type"] == "other"
