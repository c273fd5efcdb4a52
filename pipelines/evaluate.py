"""Metrics of an extraction run against a gold JSONL file (same definitions as the project's eval scorer)."""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path
from typing import Callable, Iterable

_HONORIFICS = re.compile(
    r"\b(bapak|ibu|bpk|dr|drs|dra|ir|hj|h|prof|s\.?t|m\.?m|s\.?pd|m\.?si|s\.?h|m\.?h|s\.?e|m\.?t|s\.?sos|s\.?ip|"
    r"se|mm|st|sh|mh|msi|spd|pj|plt|plh)\b\.?",
    re.I,
)
_KABUPATEN = {"lampung barat", "tanggamus", "lampung selatan", "lampung timur", "lampung tengah", "lampung utara",
              "way kanan", "tulang bawang", "pesawaran", "pringsewu", "mesuji", "tulang bawang barat", "pesisir barat"}
_CITY_ALIASES = {"bandar lampung": "kota bandar lampung", "bandarlampung": "kota bandar lampung", "metro": "kota metro"}
FIELDS = ("type", "date", "mode", "venue", "city", "chair", "participants", "officials", "topics")


def norm(s) -> str:
    """Lower case, punctuation to spaces, single spaces."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", str(s)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", s).split())


def norm_name(s) -> str:
    """norm() without honorifics and degrees."""
    return " ".join(_HONORIFICS.sub(" ", norm(s)).split())


def sim(a, b) -> float:
    """Token containment or sequence ratio, whichever is higher."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return 0.0
    ta, tb = set(a.split()), set(b.split())
    return max(len(ta & tb) / min(len(ta), len(tb)), SequenceMatcher(None, a, b).ratio())


def name_match(a, b) -> bool:
    """Same person: equal names, two shared tokens, or a near-identical spelling."""
    a, b = norm_name(a), norm_name(b)
    if not a or not b:
        return False
    if a == b or len(set(a.split()) & set(b.split())) >= 2:
        return True
    return SequenceMatcher(None, a, b).ratio() >= 0.9


def norm_city(s) -> str:
    """Official kabupaten/kota form of a city name."""
    s = _CITY_ALIASES.get(norm(s), norm(s))
    if s and not s.startswith(("kota ", "kabupaten ")) and s in _KABUPATEN:
        s = "kabupaten " + s
    return s


def set_f1(gold, pred, match) -> float | None:
    """Greedy one-to-one matching F1; None when both sides are empty."""
    gold, pred = list(gold or []), list(pred or [])
    if not gold and not pred:
        return None
    used, tp = set(), 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and match(g, p):
                used.add(i)
                tp += 1
                break
    if tp == 0:
        return 0.0
    prec, rec = tp / len(pred), tp / len(gold)
    return 2 * prec * rec / (prec + rec)


def _official_match(g, p) -> bool:
    return name_match(g["name"], p.get("name") if isinstance(p, dict) else p)


_SCALARS = {
    "type": ("meeting_type", lambda p, g: p == g),
    "date": ("meeting_date", lambda p, g: p == g),
    "mode": ("mode", lambda p, g: p == g),
    "venue": ("venue", lambda p, g: sim(p, g) >= 0.8),
    "city": ("city", lambda p, g: norm_city(p) == norm_city(g)),
    "chair": ("chair", lambda p, g: name_match((p or {}).get("name"), g["name"])),
}
_SETS = {
    "participants": lambda a, b: sim(a, b) >= 0.8,
    "officials": _official_match,
    "topics": lambda a, b: norm(a) == norm(b),
}


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def score(gold_rows: list[dict], preds: dict[str, dict]) -> tuple[dict, list[dict]]:
    """(metrics, misses) of predictions keyed by id against gold rows."""
    per_field: dict[str, list[float]] = {k: [] for k in FIELDS}
    misses: list[dict] = []
    counts = {"tp": 0, "fp": 0, "fn": 0}
    for row in gold_rows:
        gold, pred = row["gold"], preds.get(row["id"]) or {}
        pm, gm = bool(pred.get("is_meeting")), bool(gold["is_meeting"])
        counts["tp"] += pm and gm
        counts["fp"] += pm and not gm
        counts["fn"] += gm and not pm
        if pm != gm:
            misses.append({"id": row["id"], "field": "is_meeting", "gold": gm, "predicted": pm})
        if not gm:
            continue
        for field, (key, ok) in _SCALARS.items():
            if gold[key] is None and field != "type":
                continue  # a field the label leaves empty is not scored (a meeting's type always is)
            right = pm and ok(pred.get(key), gold[key])
            per_field[field].append(right)
            if not right:
                misses.append({"id": row["id"], "field": field, "gold": gold[key], "predicted": pred.get(key)})
        for field, match in _SETS.items():
            f = set_f1(gold[field], pred.get(field) if pm else [], match)
            if f is not None:
                per_field[field].append(f)
                if f < 1.0:
                    misses.append({"id": row["id"], "field": field, "gold": gold[field], "predicted": pred.get(field)})
    prec, rec, f1 = _f1(counts["tp"], counts["fp"], counts["fn"])
    metrics = {"n": len(gold_rows), "missing_predictions": sum(r["id"] not in preds for r in gold_rows),
               "meeting_precision": prec, "meeting_recall": rec, "meeting_f1": f1}
    metrics.update({k: (sum(v) / len(v) if v else None) for k, v in per_field.items()})
    metrics.update(_pairs(gold_rows, preds))
    return metrics, misses


def _pairs(gold_rows: list[dict], preds: dict[str, dict]) -> dict:
    """Pairwise precision/recall/F1 of 'same event' over all article pairs."""
    tp = fp = fn = 0
    for a, b in itertools.combinations(gold_rows, 2):
        same_gold = a["gold"]["event_key"] == b["gold"]["event_key"]
        ea, eb = (preds.get(a["id"]) or {}).get("event_id"), (preds.get(b["id"]) or {}).get("event_id")
        same_pred = ea is not None and ea == eb
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p, r, f = _f1(tp, fp, fn)
    return {"event_pair_precision": p, "event_pair_recall": r, "event_pair_f1": f}


def read_jsonl(path: str | Path) -> Iterable[dict]:
    """Stream JSON objects from a JSON Lines file, with the line number in errors."""
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc


def _record(row: dict) -> dict:
    return {"id": row["id"], "url": row.get("source_url") or row.get("url"), "title": row.get("title"),
            "text": row.get("text"), "published": row.get("published")}


def _predict(records: list[dict], extract_fn: Callable | None) -> list[dict]:
    """Extraction plus event ids: the meetings engineer's extract_records when present."""
    if extract_fn is None:
        try:
            from pipelines.contract import extract_records
        except ImportError:
            from pipelines.extract import extract
            return [dict(extract(r), event_id=None) for r in records]
        return list(extract_records(records))
    return [extract_fn(r) for r in records]


def evaluate(gold_path: str | Path, extract_fn: Callable[[dict], dict] | None = None) -> tuple[dict, list[dict]]:
    """Run extraction over a gold JSONL file; return (metrics, per-field misses)."""
    gold_rows = list(read_jsonl(gold_path))
    for i, row in enumerate(gold_rows, 1):
        if "id" not in row or "gold" not in row:
            raise ValueError(f"{gold_path}: row {i} lacks 'id' or 'gold'")
    predictions = _predict([_record(r) for r in gold_rows], extract_fn)
    return score(gold_rows, {p["id"]: p for p in predictions})
