"""The label-preserving rewrites of the robustness benchmark change the surface and never a gold label's words."""

from benchmarks.robustness import PERTURBATIONS


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
