"""The extraction contract stream: JSON Lines in, one result line per input, order kept."""

from __future__ import annotations

import io
import json

import pytest

from meetings_support import LOMBA, PARIPURNA, RAKOR, RAKOR_REPOST, extractor
from pipelines.contract import ContractError, extract_jsonl, extract_records

CONTRACT_KEYS = {"id", "is_meeting", "event_type", "meeting_type", "meeting_date", "mode", "venue", "city",
                 "chair", "participants", "officials", "topics", "event_id"}


def _line(id_, text, title="Judul", published="2025-04-16", url=None):
    return json.dumps({"id": id_, "url": url or f"https://www.lampungprov.go.id/detail-post/{id_}",
                       "title": title, "text": text, "published": published})


def test_jsonl_round_trip_keeps_order_and_links_reposts(tmp_path):
    lines = [_line("z-lomba", LOMBA), _line("b-rakor", RAKOR, title="Rakor Inflasi"),
             _line("a-repost", RAKOR_REPOST, title="Rakor Inflasi", published="2025-04-17",
                   url="https://ppid.lampungprov.go.id/detail-post/Rakor-Inflasi"),
             _line("m-paripurna", PARIPURNA, published="2024-11-25")]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    assert extract_jsonl(src, out, extract=extractor()) == 4
    rows = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["z-lomba", "b-rakor", "a-repost", "m-paripurna"]
    assert all(CONTRACT_KEYS <= set(r) for r in rows)
    by_id = {r["id"]: r for r in rows}
    assert by_id["b-rakor"]["is_meeting"] and by_id["b-rakor"]["meeting_date"] == "2025-04-16"
    assert not by_id["z-lomba"]["is_meeting"]
    assert by_id["b-rakor"]["event_id"] == by_id["a-repost"]["event_id"]
    assert len({r["event_id"] for r in rows}) == 3


def test_file_objects_work_like_stdin_and_stdout():
    out = io.StringIO()
    n = extract_jsonl(io.StringIO(_line("1", RAKOR) + "\n"), out, extract=extractor())
    assert n == 1 and json.loads(out.getvalue())["id"] == "1"


@pytest.mark.parametrize(
    "bad, message",
    [
        ("{not json", "line 2: not valid JSON"),
        ('["a", "list"]', "line 2: expected a JSON object"),
        ('{"title": "no id", "text": "x"}', "line 2: missing required key 'id'"),
        ('{"id": "2", "text": 5}', "line 2: 'text' must be a string"),
        ('{"id": "1", "text": "again"}', "line 2: duplicate id '1' (first on line 1)"),
    ],
)
def test_bad_line_is_named_and_nothing_is_written(tmp_path, bad, message):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(_line("1", RAKOR) + "\n" + bad + "\n" + _line("3", LOMBA) + "\n", encoding="utf-8")
    out.write_text("previous output\n", encoding="utf-8")
    with pytest.raises(ContractError, match=message.replace("(", r"\(").replace(")", r"\)")):
        extract_jsonl(src, out, extract=extractor())
    assert out.read_text(encoding="utf-8") == "previous output\n"
    assert not any(".tmp" in p.name for p in tmp_path.iterdir())


def test_extract_records_adds_event_id_to_every_result():
    records = [json.loads(_line(str(i), t)) for i, t in enumerate([RAKOR, LOMBA, PARIPURNA])]
    results = extract_records(records, extract=extractor())
    assert [r["id"] for r in results] == ["0", "1", "2"]
    assert all(r["event_id"].startswith("ev-") for r in results)
