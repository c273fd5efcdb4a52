"""How much each label-preserving rewrite of the articles moves the extractor's scores (metamorphic evaluation).

usage: python -m benchmarks.robustness [GOLD.jsonl] [--only NAME ...] [--misses NAME]

Each rewrite changes only the surface a real site or reporter varies (line breaks, date notation, datelines,
typography, honorifics, page furniture, a capitalised title, long or short forms of titles and meeting names, words
for online meetings) and keeps every fact, so the gold labels stay right. A field that drops under a rewrite names
a mechanism that reads the surface instead of the language.
Run it on the development split; the validation split is scored only at milestones.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipelines.evaluate import FIELDS, _predict, _record, read_jsonl, score  # noqa: E402

_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"]
_MONTH_NUMBER = {m.lower(): i for i, m in enumerate(_MONTHS, 1)}
_DAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad"
_BRACKETED = re.compile(rf"\b({_DAYS}),?\s*\((\d{{1,2}})/(\d{{1,2}})(?:/(\d{{2,4}}))?\)")
_SPELLED = re.compile(rf"\b({_DAYS}),?\s+(?:tanggal\s+)?(\d{{1,2}})\s+({'|'.join(_MONTHS)})(?:\s+(\d{{4}}))?\b", re.I)


def _to_spelled(m: re.Match) -> str:
    day, d, mo, y = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
    if not 1 <= mo <= 12:
        return m.group(0)
    return f"{day}, {d} {_MONTHS[mo - 1]}" + (f" {'20' + y if len(y) == 2 else y}" if y else "")


def _to_bracketed(m: re.Match) -> str:
    day, d, mo, y = m.group(1), m.group(2), _MONTH_NUMBER[m.group(3).lower()], m.group(4)
    return f"{day} ({d}/{mo}" + (f"/{y})" if y else ")")


def _text(fn: Callable[[str], str]) -> Callable[[dict], dict]:
    return lambda row: dict(row, text=fn(row["text"] or ""))


def _is_prose(line: str) -> bool:
    return len(line) >= 100 and line.rstrip()[-1:] in ".)”\""


def _joined(text: str) -> str:
    """Sites that drop <p> breaks: consecutive prose paragraphs run together (headlines, bylines stay apart)."""
    out: list[str] = []
    for line in (ln.strip() for ln in text.splitlines()):
        if out and _is_prose(line) and _is_prose(out[-1]):
            out[-1] += " " + line
        elif line:
            out.append(line)
    return "\n".join(out)


def _split_sentences(text: str) -> str:
    """Sites that put every sentence in its own <p>."""
    return re.sub(r"(?<=[a-z]{3}[a-z)”])\. (?=[A-Z“])", ".\n", text)


_DATELINE = re.compile(r"\s*[A-Z][\w .]{2,30}?\s*(\(|,|[-–—:])")


def _outlet_tag(text: str) -> str:
    """A news outlet's tag glued before the lead, as local news prints it (no place, so the city stays)."""
    lines = text.split("\n")
    lead = next((i for i, line in enumerate(lines) if _is_prose(line)), 0)
    if not _DATELINE.match(lines[lead]):
        lines[lead] = "Lampost.co -- " + lines[lead].lstrip()
    return "\n".join(lines)


def _typography(text: str) -> str:
    """Curly quotes, en dashes, no-break and doubled spaces, a zero-width space: what CMS editors leave."""
    text = re.sub(r'"([^"\n]*)"', r"“\1”", text)
    text = text.replace(" - ", " – ").replace(", ", ",\u00a0", 3)
    return text.replace(". ", ".  ", 5).replace("\n", "\u200b\n", 1)


def _furniture(text: str) -> str:
    """Reading-list links and a sign-off in the body, as OPD sites and local news print them."""
    lines = text.split("\n")
    at = min(2, len(lines))
    lines[at:at] = ["Baca Juga: Pemprov Gelar Rakor Pengendalian Inflasi Bersama Kabupaten/Kota",
                    "Baca juga:  Wagub Buka Musrenbang RKPD Kabupaten Pesawaran"]
    return "\n".join(lines + ["(Adpim/Red)", "Editor: Redaksi", "Bagikan: Facebook Twitter WhatsApp"])


def _honorifics(row: dict) -> dict:
    """Titles and degrees on the first mention of every gold official (the labels never carry them)."""
    lines = (row["text"] or "").split("\n")
    for person in row["gold"].get("officials") or []:
        name = person.get("name") or ""
        at = next((i for i, line in enumerate(lines) if _is_prose(line) and name in line), None)
        if len(name.split()) >= 2 and at is not None:
            lines[at] = lines[at].replace(name, f"H. {name}, S.H., M.H.", 1)
    return dict(row, text="\n".join(lines))


def _title_upper(row: dict) -> dict:
    """Portals that print headlines in capitals."""
    return dict(row, title=(row.get("title") or "").upper())


# Long and short forms a reporter uses for one thing: the extractor must read either (a rewrite that touches a word of a
# gold venue or participant would change the label, so such a word is left alone in that article).
_FORMS = [("Rapat Koordinasi", "Rakor"), ("Rapat Kerja", "Raker"), ("Rapat Dengar Pendapat", "RDP"),
          ("Rapat Pimpinan", "Rapim"), ("Rapat Terbatas", "Ratas"), ("Focus Group Discussion", "FGD"),
          ("Musyawarah Perencanaan Pembangunan", "Musrenbang"), ("Wakil Gubernur", "Wagub"),
          ("Sekretaris Daerah Provinsi", "Sekdaprov"), ("Kepala Dinas", "Kadis"), ("Pemerintah Provinsi", "Pemprov"),
          ("Pemerintah Kabupaten", "Pemkab"), ("Organisasi Perangkat Daerah", "OPD")]
# Words for how a meeting was held, each swapped for another of the same meaning.
_MODE_WORDS = [("secara virtual", "secara daring"), ("secara daring", "secara online"),
               ("secara online", "secara virtual"), ("secara hybrid", "secara hibrid"),
               ("secara hibrid", "secara hybrid")]


def _cased(model: str, form: str, word: str) -> str:
    """word written in the case of model, a form as written (all capitals, capitalised or lower case)."""
    if model == form:
        return word  # the form as the table writes it ('OPD', 'Rakor'): its pair as the table writes it
    if model.isupper() and len(model) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word.lower()


def _labelled_words(row: dict) -> str:
    """The gold venue and participants in lower case: words a rewrite must not touch."""
    gold = row.get("gold") or {}
    return " ".join([gold.get("venue") or ""] + list(gold.get("participants") or [])).lower()


def _swap(pairs: list[tuple[str, str]]) -> Callable[[dict], dict]:
    """Replace each form by its pair in title and text (a bracketed short form after a long one goes with it)."""

    def rewrite(row: dict) -> dict:
        kept = _labelled_words(row)
        usable = {a.lower(): (a, b) for a, b in pairs if a.lower() not in kept and b.lower() not in kept}
        if not usable:
            return row
        forms = "|".join(sorted(map(re.escape, usable), key=len, reverse=True))
        # (a short form inside brackets stays: 'Rapat dengar pendapat (RDP)' is already both)
        pattern = re.compile(rf"\b({forms})\b(?!\))(?:\s*\(([A-Za-z]+)\))?", re.I)

        def one(m: re.Match) -> str:
            form, pair = usable[m.group(1).lower()]
            tail = m.group(0)[len(m.group(1)):] if m.group(2) and m.group(2).lower() != pair.lower() else ""
            return _cased(m.group(1), form, pair) + tail
        return dict(row, title=pattern.sub(one, row.get("title") or ""), text=pattern.sub(one, row["text"] or ""))
    return rewrite


PERTURBATIONS: dict[str, Callable[[dict], dict]] = {
    "short_forms": _swap(_FORMS),
    "long_forms": _swap([(b, a) for a, b in _FORMS]),
    "mode_words": _swap(_MODE_WORDS),
    "paragraphs_joined": _text(_joined),
    "sentences_split": _text(_split_sentences),
    "dates_spelled": _text(lambda t: _BRACKETED.sub(_to_spelled, t)),
    "dates_bracketed": _text(lambda t: _SPELLED.sub(_to_bracketed, t)),
    "outlet_tag": _text(_outlet_tag),
    "typography": _text(_typography),
    "page_furniture": _text(_furniture),
    "honorifics": _honorifics,
    "title_upper": _title_upper,
}
_REPORTED = ("meeting_f1",) + FIELDS + ("event_pair_f1",)


def run(rows: list[dict], name: str | None) -> tuple[dict, list[dict], int]:
    """Scores and misses of the rows after one rewrite (None: as they are), and how many rows it changed."""
    changed_rows = rows if name is None else [PERTURBATIONS[name](r) for r in rows]
    changed = sum(a != b for a, b in zip(rows, changed_rows))
    predictions = _predict([_record(r) for r in changed_rows], None)
    metrics, misses = score(changed_rows, {p["id"]: p for p in predictions})
    return metrics, misses, changed


def main(argv: list[str] | None = None) -> None:
    """Print each rewrite's scores beside the unchanged articles' and the fields that moved."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default="tests/data/gold/develop.jsonl")
    ap.add_argument("--only", nargs="*", choices=sorted(PERTURBATIONS), default=sorted(PERTURBATIONS))
    ap.add_argument("--misses", choices=sorted(PERTURBATIONS), help="list the misses this rewrite adds")
    args = ap.parse_args(argv)
    rows = list(read_jsonl(args.gold))
    base, base_misses, _ = run(rows, None)
    print(f"{'rewrite':<20}{'rows':>5} " + " ".join(f"{k[:7]:>7}" for k in _REPORTED))
    print(f"{'(none)':<20}{'':>5} " + " ".join(f"{base[k]:7.3f}" for k in _REPORTED))
    for name in args.only:
        metrics, misses, changed = run(rows, name)
        cells = [f"{metrics[k] - base[k]:+7.3f}" if abs(metrics[k] - base[k]) >= 0.0005 else f"{'.':>7}"
                 for k in _REPORTED]
        print(f"{name:<20}{changed:>5} " + " ".join(cells))
        if name == args.misses:
            before = {(m["id"], m["field"]) for m in base_misses}
            for m in misses:
                if (m["id"], m["field"]) not in before:
                    print(f"  + {m['id']} {m['field']}: gold={m['gold']!r} predicted={m['predicted']!r}")


if __name__ == "__main__":
    main()
