"""pipelines.evaluate: metrics and misses against a small hand-written gold file."""

import json

import pytest

from pipelines.evaluate import evaluate, name_match, norm_city, score


def _gold(tmp_path):
    rows = [
        {"id": "g1", "title": "Gubernur Pimpin Rakor Inflasi", "published": "2025-04-17",
         "text": "Gubernur Lampung Rahmat Mirzani Djausal memimpin rapat koordinasi pengendalian inflasi di Gedung "
                 "Pusiban, Rabu (16/4). Rakor membahas stok beras dan harga pangan.",
         "gold": {"is_meeting": True, "event_type": "meeting", "meeting_type": "rapat_koordinasi",
                  "meeting_date": "2025-04-16", "mode": "luring", "venue": "Gedung Pusiban",
                  "city": "Kota Bandar Lampung", "chair": {"name": "Rahmat Mirzani Djausal", "role": "Gubernur"},
                  "participants": [], "officials": [{"name": "Rahmat Mirzani Djausal", "role": "Gubernur"}],
                  "topics": ["inflasi", "pangan"], "event_key": "e1"}},
        {"id": "g2", "title": "Gubernur Lantik Pejabat", "published": "2025-04-17",
         "text": "Gubernur Lampung melantik 20 pejabat administrator di Balai Keratun.",
         "gold": {"is_meeting": False, "event_type": "inauguration", "meeting_type": None, "meeting_date": None,
                  "mode": None, "venue": "Balai Keratun", "city": "Kota Bandar Lampung", "chair": None,
                  "participants": [], "officials": [], "topics": [], "event_key": "e2"}},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_evaluate_real_extractor(tmp_path):
    metrics, misses = evaluate(_gold(tmp_path))
    assert metrics["meeting_f1"] == 1.0
    assert metrics["date"] == 1.0 and metrics["chair"] == 1.0 and metrics["city"] == 1.0
    assert "event_pair_f1" in metrics
    assert not [m for m in misses if m["field"] in ("is_meeting", "date", "chair")]


def test_evaluate_reports_misses(tmp_path):
    def wrong(record):
        return {"id": record["id"], "is_meeting": True, "meeting_type": "fgd", "meeting_date": None,
                "event_id": None}
    metrics, misses = evaluate(_gold(tmp_path), wrong)
    assert metrics["meeting_precision"] == 0.5 and metrics["type"] == 0.0
    assert {"id": "g2", "field": "is_meeting", "gold": False, "predicted": True} in misses
    assert any(m["id"] == "g1" and m["field"] == "date" for m in misses)


def test_bad_gold_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match="bad.jsonl"):
        evaluate(path)


def test_scoring_helpers():
    assert name_match("Dr. Marindo Kurniawan, S.T., M.M.", "Marindo Kurniawan")
    assert not name_match("Mirza", "Rahmat Mirzani Djausal")
    assert norm_city("Bandarlampung") == norm_city("Kota Bandar Lampung")
    assert norm_city("Lampung Selatan") == "kabupaten lampung selatan"
    metrics, _ = score([], {})
    assert metrics["n"] == 0
