"""The label-preserving rewrites of the robustness benchmark change the surface and never a gold label's words."""

from benchmarks.robustness import _PAGE_LEVEL, PERTURBATIONS, _mixed, composed


def _row(text: str, title: str = "", venue: str | None = None, participants: list[str] | None = None) -> dict:
    return {"id": "x", "title": title, "text": text, "gold": {"venue": venue, "participants": participants or []}}


def test_short_forms_replace_long_forms_in_their_case():
    row = PERTURBATIONS["short_forms"](_row("Wakil Gubernur membuka RAPAT KOORDINASI (Rakor) inflasi.",
                                            title="Wakil Gubernur Pimpin Rapat Koordinasi"))
    assert row["text"] == "Wagub membuka RAKOR inflasi."
    assert row["title"] == "Wagub Pimpin Rakor"


def test_long_forms_spell_out_short_forms():
    row = PERTURBATIONS["long_forms"](_row("Sekdaprov memimpin rakor bersama OPD."))
    assert row["text"] == "Sekretaris Daerah Provinsi memimpin rapat koordinasi bersama Organisasi Perangkat Daerah."


def test_a_form_inside_a_gold_label_is_left_alone():
    row = _row("Rakor digelar Pemprov Lampung di Ruang Rapat Utama.", participants=["Pemprov Lampung"])
    assert PERTURBATIONS["long_forms"](row)["text"] == "Rapat Koordinasi digelar Pemprov Lampung di Ruang Rapat Utama."


def test_mode_words_swap_for_another_of_the_same_meaning():
    row = PERTURBATIONS["mode_words"](_row("Rapat digelar secara virtual dan diikuti secara hybrid."))
    assert row["text"] == "Rapat digelar secara daring dan diikuti secara hibrid."


def _people_row(text: str, officials: list[str], chair: str | None = None, title: str = "") -> dict:
    return {"id": "x", "title": title, "text": text,
            "gold": {"venue": None, "participants": [], "chair": {"name": chair, "role": "Gubernur"} if chair else None,
                     "officials": [{"name": n, "role": "Kepala"} for n in officials]}}


def test_names_swapped_renames_a_person_everywhere_and_in_the_labels():
    row = _people_row("Rapat dipimpin Kepala Dinas Budi Hartawan. Budi Hartawan berkata, Hartawan optimistis.",
                      ["Budi Hartawan"], chair="Budi Hartawan", title="Hartawan Pimpin Rapat")
    out = PERTURBATIONS["names_swapped"](row)
    new = out["gold"]["officials"][0]["name"]
    assert new != "Budi Hartawan" and out["gold"]["chair"]["name"] == new
    assert "Hartawan" not in out["text"] + out["title"]
    assert out["text"].count(new) == 2 and new.split()[-1] in out["title"]


def test_names_swapped_keeps_shared_first_names_and_renames_a_known_persons_nickname():
    row = _people_row("Gubernur Muhammad Ridho Ficardo membuka rapat. Gubernur M.Ridho Ficardo berharap.",
                      ["Muhammad Ridho Ficardo"])
    out = PERTURBATIONS["names_swapped"](row)
    new = out["gold"]["officials"][0]["name"]
    assert new.startswith("Muhammad ") and "Ridho" not in out["text"]
    assert f"M.{' '.join(new.split()[1:])}" in out["text"]  # the tail of the new name after the initial
    row = _people_row("Gubernur Rahmat Mirzani Djausal membuka rapat. Mirza berharap.", ["Rahmat Mirzani Djausal"])
    assert "Mirza " not in PERTURBATIONS["names_swapped"](row)["text"]  # the gazetteer's nickname goes too


def test_names_swapped_gives_one_person_one_name_in_every_article():
    first = PERTURBATIONS["names_swapped"](_people_row("Kepala Dinas Sutrisno Adi hadir.", ["Sutrisno Adi"]))
    again = PERTURBATIONS["names_swapped"](_people_row("Sutrisno Adi membuka acara.", ["Sutrisno Adi"]))
    other = PERTURBATIONS["names_swapped"](_people_row("Kepala Dinas Wahyu Adi hadir.", ["Wahyu Adi"]))
    assert first["gold"]["officials"] == again["gold"]["officials"] != other["gold"]["officials"]


def test_role_after_name_apposes_the_office_and_leaves_degrees_with_the_name():
    row = _people_row("Rapat dipimpin Kepala Dinas Kesehatan Reihana di aula. Hadir Kepala Bappeda Ali Sadikin, S.E., "
                      "dan Camat Natar Sriyati (kiri).", [])
    row["gold"]["officials"] = [{"name": "Reihana", "role": "Kepala Dinas Kesehatan"},
                                {"name": "Ali Sadikin", "role": "Kepala Bappeda"},
                                {"name": "Sriyati", "role": "Camat Natar"}]
    out = PERTURBATIONS["role_after_name"](row)
    assert out["text"] == ("Rapat dipimpin Reihana, Kepala Dinas Kesehatan, di aula. Hadir Kepala Bappeda Ali Sadikin, "
                           "S.E., dan Camat Natar Sriyati (kiri).")


def test_weekday_only_drops_the_date_in_prose_and_keeps_a_wrong_weekday():
    prose = "Rapat koordinasi pengendalian inflasi dipimpin Sekda di Ruang Rapat Sungkai, Senin (14/4/2025), dan diikuti OPD."
    row = {"id": "x", "title": "", "published": "2025-04-15", "text": "Senin, 14 April 2025 10:00 WIB\n" + prose,
           "gold": {"is_meeting": True, "meeting_date": "2025-04-14"}}
    out = PERTURBATIONS["weekday_only"](row)
    assert out["text"] == "Senin, 14 April 2025 10:00 WIB\n" + prose.replace(" (14/4/2025)", "")  # (the stamp stays)
    wrong = dict(row, text=prose.replace("Senin", "Selasa"))  # 14 April 2025 was a Monday: the source's error stays
    assert PERTURBATIONS["weekday_only"](wrong) == wrong


def test_pronoun_subject_writes_ia_only_right_after_a_sentence_naming_the_person():
    text = ("Rapat dipimpin Sekdaprov Marindo Kurniawan di aula. Marindo Kurniawan meminta OPD bergerak cepat.\n"
            "Hadir Kepala BPKAD. Marindo Kurniawan menutup rapat.")
    row = _people_row(text, ["Marindo Kurniawan"])
    assert PERTURBATIONS["pronoun_subject"](row)["text"] == text.replace(". Marindo Kurniawan meminta", ". Ia meminta", 1)


def test_title_sentence_case_keeps_the_words_the_body_capitalises():
    row = {"id": "x", "title": "Temui Menhub, Mirza Minta Tambahan Dermaga di Bakauheni",
           "text": "Gubernur Lampung Rahmat Mirzani Djausal menemui Menhub di Jakarta, dan meminta dermaga baru di Bakauheni, "
                   "kata Mirza.",
           "gold": {}}
    assert PERTURBATIONS["title_sentence_case"](row)["title"] == "Temui Menhub, Mirza minta tambahan dermaga di Bakauheni"


def test_other_occasions_adds_an_earlier_and_a_next_occasion_after_the_second_paragraph():
    lead = "Gubernur memimpin rapat koordinasi inflasi di Gedung Pusiban, Senin (10/3/2025), bersama bupati dan wali kota."
    second = "Rakor membahas stok beras, harga cabai dan distribusi bahan pokok menjelang Ramadan di seluruh kabupaten/kota."
    third = "Gubernur meminta seluruh kepala daerah memantau harga pangan setiap pekan dan melaporkannya kepada TPID provinsi."
    row = dict(_row("\n\n".join([lead, second, third])), gold={"is_meeting": True, "meeting_date": "2025-03-10"})
    lines = PERTURBATIONS["other_occasions"](row)["text"].split("\n")
    assert lines[:4] == [lead, "", second, ""]
    assert lines[4] == ("Sebelumnya, pada Senin (3/3/2025), kegiatan serupa digelar di Aula Balai Desa setempat. "
                        "Pertemuan lanjutan dijadwalkan pada Senin (24/3/2025) mendatang.")
    assert lines[5:] == ["", third]
    not_a_meeting = dict(row, gold={"is_meeting": False})
    assert PERTURBATIONS["other_occasions"](not_a_meeting) == not_a_meeting


def test_responds_to_ends_the_lead_paragraph_with_the_followed_up_meeting_a_week_before():
    lead = "Gubernur memimpin rapat koordinasi inflasi di Gedung Pusiban, Senin (10/3/2025), bersama bupati dan wali kota."
    second = "Rakor membahas stok beras, harga cabai dan distribusi bahan pokok menjelang Ramadan di seluruh kabupaten/kota."
    row = dict(_row(lead + "\n\n" + second), gold={"is_meeting": True, "meeting_date": "2025-03-10"})
    assert PERTURBATIONS["responds_to"](row)["text"] == (
        lead + " Pertemuan tersebut menindaklanjuti arahan Presiden dalam Sidang Kabinet Paripurna di Istana Negara, "
        "Jakarta, pada Senin (3/3/2025).\n\n" + second)


def test_quote_first_moves_the_first_quoted_paragraph_before_the_lead():
    lead = "Gubernur memimpin rapat koordinasi inflasi di Gedung Pusiban, Senin (10/3/2025), bersama bupati dan wali kota."
    second = "Rakor membahas stok beras, harga cabai dan distribusi bahan pokok menjelang Ramadan di seluruh kabupaten/kota."
    quote = "“Kita harus menjaga harga pangan tetap stabil selama Ramadan dan Lebaran tahun ini,” kata Gubernur kepada wartawan."
    row = _row("\n\n".join(["Judul", lead, second, quote]))
    assert PERTURBATIONS["quote_first"](row)["text"] == "\n\n".join(["Judul", quote, lead, second])


def test_next_stop_adds_the_days_next_stop_after_the_second_paragraph():
    lead = "Gubernur memimpin rapat koordinasi inflasi di Gedung Pusiban, Senin (10/3/2025), bersama bupati dan wali kota."
    second = "Rakor membahas stok beras, harga cabai dan distribusi bahan pokok menjelang Ramadan di seluruh kabupaten/kota."
    row = dict(_row(lead + "\n" + second), gold={"is_meeting": True})
    assert PERTURBATIONS["next_stop"](row)["text"].split("\n") == [
        lead, second, "Usai kegiatan tersebut, rombongan melanjutkan agenda dengan meninjau Lapangan Saburai di Enggal."]


def test_clock_times_follow_each_weekday_date_in_prose():
    lead = "Gubernur memimpin rapat koordinasi inflasi di Gedung Pusiban, Senin (10/3/2025), bersama bupati dan wali kota."
    assert PERTURBATIONS["clock_times"](_row(lead))["text"] == lead.replace("(10/3/2025)", "(10/3/2025) pukul 09.00 WIB")


def test_venue_address_follows_the_labelled_venue():
    lead = "Gubernur memimpin rapat koordinasi inflasi di Gedung Pusiban, Senin (10/3/2025), bersama bupati dan wali kota."
    row = PERTURBATIONS["venue_address"](_row(lead, venue="Gedung Pusiban"))
    assert row["text"] == lead.replace("Pusiban,", "Pusiban, Jalan Wolter Monginsidi Nomor 69,")


def test_caption_first_puts_a_dated_caption_of_the_day_before_above_the_lead():
    lead = "Gubernur memimpin rapat koordinasi inflasi di Gedung Pusiban, Senin (10/3/2025), bersama bupati dan wali kota."
    row = dict(_row("Judul\n" + lead), gold={"meeting_date": "2025-03-10"})
    assert PERTURBATIONS["caption_first"](row)["text"].split("\n") == [
        "Judul", "Gubernur Lampung saat meninjau lokasi banjir di Kecamatan Panjang, Minggu (9/3/2025). (Foto: Adpim)", "",
        lead]


def test_a_mixed_run_rewrites_every_other_report_of_an_event():
    rows = [{"gold": {"event_key": k}} for k in ("a", "b", "a", "a", None, None)]
    assert _mixed(rows) == [False, False, True, False, False, True]


def test_place_first_fronts_the_venue_after_the_dateline_and_leaves_speech_alone():
    row = _row("BANDAR LAMPUNG - Sejumlah kepala OPD dikumpulkan Gubernur Lampung untuk rapat koordinasi inflasi di "
               "Gedung Pusiban, Senin (14/4/2025).", venue="Gedung Pusiban")
    assert PERTURBATIONS["place_first"](row)["text"] == (
        "BANDAR LAMPUNG - Bertempat di Gedung Pusiban, sejumlah kepala OPD dikumpulkan Gubernur Lampung untuk rapat "
        "koordinasi inflasi, Senin (14/4/2025).")
    spoken = _row('"Kita rapat di Gedung Pusiban hari ini untuk membahas inflasi daerah," kata Gubernur Lampung kepada '
                  "wartawan.", venue="Gedung Pusiban")
    assert PERTURBATIONS["place_first"](spoken) == spoken


def test_day_first_fronts_the_closing_day():
    row = _row("BANDAR LAMPUNG - Target itu dibahas dalam rapat koordinasi persiapan festival yang dipimpin Wakil "
               "Gubernur di Gedung Pusiban, Rabu (16/7/2025).")
    assert PERTURBATIONS["day_first"](row)["text"] == (
        "BANDAR LAMPUNG - Pada Rabu (16/7/2025), target itu dibahas dalam rapat koordinasi persiapan festival yang "
        "dipimpin Wakil Gubernur di Gedung Pusiban.")


def test_related_lists_go_above_inside_or_below_the_story_and_leave_its_lines_alone():
    lead = "Gubernur memimpin rapat koordinasi inflasi di Gedung Pusiban, Senin (10/3/2025), bersama bupati dan wali kota."
    second = "Rakor membahas stok beras, harga cabai dan distribusi bahan pokok menjelang Ramadan di seluruh kabupaten/kota."
    row = _row("Rakor Inflasi\n" + lead + "\n" + second, title="Rakor Inflasi")
    for where, before in (("above", ["Rakor Inflasi"]), ("inside", ["Rakor Inflasi", lead, second]),
                          ("below", ["Rakor Inflasi", lead, second])):
        lines = PERTURBATIONS[f"related_{where}"](row)["text"].split("\n")
        listed = [line for line in lines if line not in ("Rakor Inflasi", lead, second)]
        assert lines[:len(before)] == before and len(listed) >= 3
        assert [line for line in lines if line not in listed] == ["Rakor Inflasi", lead, second]


def test_composed_rewrites_are_drawn_per_article_and_lay_out_the_page_last():
    """--compose K: each article gets K rewrites drawn by its id and the seed (the same draw every run), those of the
    page after those of the prose, as a site lays out what a reporter wrote."""
    rows = [_row(f"Rakor digelar Sekdaprov di Ruang Rapat Utama, Senin (3/3/2025). Kalimat {i}.", title="Rakor") | {"id": str(i)}
            for i in range(12)]
    first, drawn = composed(rows, 5, seed=1)
    assert (first, drawn) == composed(rows, 5, seed=1) and drawn != composed(rows, 5, seed=2)[1]
    for names in drawn.values():
        assert len(names) == 5
        page = [n in _PAGE_LEVEL for n in names]
        assert page == sorted(page)  # (no rewrite of the prose after one of the page)
