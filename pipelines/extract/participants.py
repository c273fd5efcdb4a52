"""Participants: organisations and groups taking part (government bodies, DPRD, Forkopimda, ...)."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.gazetteer import opd

_CAP = r"(?:[A-Z][\w.&'/-]*|RI|dan|se-\w+(?:\s+\w+)?)"
_ORG = re.compile(
    rf"\b(?:Pemerintah(?: Provinsi| Kabupaten| Kota| Daerah)?(?:\s*\([^)]*\))?|Pemprov|Pemkab|Pemkot|Pemda|Dinas|Badan|Biro|"
    rf"Kementerian|Komisi|Fraksi|Universitas|Institut|Politeknik|Kantor Wilayah|Kanwil|Balai|Tim|Satgas|Satuan Tugas|"
    rf"Kepolisian|Kejaksaan|Pengadilan|Komite|Forum|Asosiasi|Ikatan|Himpunan|Perusahaan|PT\.?|Bank|Otoritas|Lembaga|Kodim|"
    rf"Korem|Polres|Polda|Kadin|HIPMI|Pokja|Bapemperda|Pansus|Panitia Khusus)"
    rf"(?:\s+{_CAP}){{0,7}}"
)
_GROUPS = re.compile(
    r"\b(?:bupati(?:\s+dan\s+|/)wali ?kota se-(?:provinsi )?lampung|bupati/wali ?kota se-\w+(?: \w+)?|"
    r"(?:bupati|wali ?kota|camat|kepala daerah) se-(?:provinsi )?lampung|forkopimda(?: provinsi lampung)?|"
    r"instansi vertikal|instansi terkait|perangkat daerah|organisasi perangkat daerah(?: \(opd\))?|kepala opd(?: terkait)?|"
    r"opd(?: terkait| pemprov lampung| provinsi lampung)?|tni-polri|tni/polri|fraksi-fraksi dprd(?: provinsi)?(?: lampung)?|"
    r"akademisi|pelaku usaha|pengusaha[\w ]{0,25}?|perwakilan petani[\w ]{0,30}?|tokoh masyarakat|dunia usaha|"
    r"pemangku kepentingan[\w ]{0,30}?)(?=[\s,.;)]|$)",
    re.I,
)
_TRIM = re.compile(r"(?:\s+(?:dan|serta|di|RI|[A-Z][a-z]+(?:nya)?))$")
_BAD_TAIL = {"dan", "serta", "di", "yang", "se"}


@cache
def _abbr_re() -> re.Pattern:
    words = sorted({a for _, abbrs in opd() for a in abbrs}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?:\s+(?:Provinsi|Kabupaten|Kota)\s+[A-Z]\w+(?:\s+[A-Z]\w+)?|\s+Lampung)?(?![\w-])")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(a for _, abbrs in opd() for a in abbrs)


def _tidy(org: str) -> str:
    """Drop trailing words that are not part of an organisation's name ('... Lampung Tahun', '... Elvira')."""
    from pipelines.extract.people import org_words

    org = re.sub(r"\s+", " ", org).strip(" ,.;")
    toks = org.split()
    while len(toks) > 1 and (toks[-1].lower() in _BAD_TAIL or not (
            toks[-1].lower().strip("()") in org_words() or toks[-1].isupper() or toks[-1].startswith("("))):
        toks.pop()
    return " ".join(toks)


def participants(sentences: list[str], limit: int = 12) -> list[str]:
    """Organisations and groups named in the sentences, deduplicated by containment, first mention first."""
    found: list[str] = []
    for sentence in sentences:
        spans = [(m.start(), _tidy(m.group(0))) for m in _ORG.finditer(sentence)]
        spans += [(m.start(), _tidy(m.group(0))) for m in _GROUPS.finditer(sentence)]
        spans += [(m.start(), _tidy(m.group(0))) for m in _abbr_re().finditer(sentence)]
        for _, org in sorted(spans):
            if len(org) >= 2 and len(org.split()) <= 10 and (len(org.split()) > 1 or org.isupper() or org[0].islower()
                                                              or org in _abbreviations()):
                _add(found, org)
    return found[:limit]


def _add(found: list[str], org: str) -> None:
    key = set(org.lower().replace("(", " ").replace(")", " ").split())
    for i, other in enumerate(found):
        okey = set(other.lower().replace("(", " ").replace(")", " ").split())
        if key <= okey:
            return
        if okey <= key:
            found[i] = org
            return
    found.append(org)
