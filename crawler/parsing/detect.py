"""Which CMS family a page comes from, read from the page itself (for hosts not in the registry).

A maintainer runs `rapat parse --url URL page.html` on a page of a new host before adding it to
datasets/sources.toml; the same markers tell them which `family` to register it under.
"""

from __future__ import annotations

import re

# Markers only one family prints: its routes, upload folders and page furniture (research 2.1, 1.3).
MARKERS = {
    "shared_cms": {
        "/detail-post/ links": re.compile(r"""href=["'][^"']*/detail-post/""", re.I),
        "/berkas/uploads/ files": re.compile(r"/berkas/uploads/", re.I),
        "'Dilihat N kali' counter": re.compile(r"dilihat\s+[\d.,]+\s*kali", re.I),
        "/post/<category> listings": re.compile(r"""href=["'][^"']*/post/(?:berita|artikel|kegiatan|all)\b""", re.I),
    },
    "wordpress": {
        "WordPress generator": re.compile(r"""<meta[^>]+content=["']WordPress""", re.I),
        "/wp-content/ files": re.compile(r"/wp-content/", re.I),
        "/wp-includes/ scripts": re.compile(r"/wp-includes/", re.I),
        "wp-json API link": re.compile(r"/wp-json/", re.I),
    },
}
_SCAN = 300_000  # markers sit in links and heads; a long page need not be scanned to its end


def detect_family(html_text: str) -> tuple[str, list[str]]:
    """Return (family, the markers seen): the family with most markers, 'generic' when none shows."""
    head = html_text[:_SCAN]
    seen = {family: [name for name, rx in markers.items() if rx.search(head)] for family, markers in MARKERS.items()}
    family = max(seen, key=lambda f: len(seen[f]))
    return (family, seen[family]) if seen[family] else ("generic", [])
