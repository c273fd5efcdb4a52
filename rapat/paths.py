"""Where things live: the data directory and the packaged datasets/ folder."""

from __future__ import annotations

import os
from pathlib import Path

from crawler.resources import datasets_dir  # noqa: F401  (re-exported for the CLI)

DATA_DIR_ENV = "RAPAT_DATA_DIR"


def data_dir(value: str | os.PathLike | None = None) -> Path:
    """Resolve the data directory: explicit value, then $RAPAT_DATA_DIR, then ./data."""
    return Path(value or os.environ.get(DATA_DIR_ENV) or "data")
