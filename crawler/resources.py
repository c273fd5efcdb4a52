"""Locate the packaged datasets/ folder (SQL, gazetteers, vocabularies, source registry)."""

from __future__ import annotations

from pathlib import Path


def datasets_dir() -> Path:
    """Return datasets/: inside the installed rapat package, or at the repository root."""
    root = Path(__file__).resolve().parent.parent
    for candidate in (root / "rapat" / "datasets", root / "datasets"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"datasets/ folder not found under {root}")
