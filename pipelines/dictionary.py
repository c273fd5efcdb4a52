"""Render the data dictionary (datasets/dictionary.md) from pipelines/schema.py.

`python -m pipelines.dictionary` rewrites the file; `--check` exits 1 when it is stale.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from crawler.resources import datasets_dir
from pipelines.schema import KEYS, TABLES, describe

INTRO = """# Data dictionary

Generated from `pipelines/schema.py` by `python -m pipelines.dictionary`; do not edit by hand.
Each table is one Parquet file, `<table>.parquet`, in the data directory and in every release.
Timestamps are stored with their zone: `Asia/Jakarta` for publication times, `UTC` for crawl times.
"""


def dictionary_path() -> Path:
    """Where the rendered dictionary lives: datasets/dictionary.md."""
    return datasets_dir() / "dictionary.md"


def render() -> str:
    """Return the data dictionary as Markdown: one section and column table per table."""
    parts = [INTRO]
    for name, schema in TABLES.items():
        parts.append(_section(name, schema))
    parts.append(_vocabulary("Meeting types (`meetings.meeting_type`)", "meeting_types.csv",
                             ("key", "label_id", "label_en"), ("key", "Indonesian", "English")))
    parts.append(_vocabulary("Topics (`meetings.topics`)", "topics.csv", ("key", "label"), ("key", "label")))
    return "\n".join(parts)


def _vocabulary(title: str, filename: str, columns: tuple[str, ...], headers: tuple[str, ...]) -> str:
    """A controlled vocabulary from a datasets/ CSV file as a Markdown table."""
    with (datasets_dir() / filename).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    lines = [f"## {title}", "", f"From `datasets/{filename}`.", "",
             "| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_cell(row[c]) for c in columns) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _section(name: str, schema) -> str:
    """One table's heading, key and column table."""
    key = ", ".join(f"`{k}`" for k in KEYS[name])
    lines = [f"## {name}", "", f"Key: {key}. File: `{name}.parquet`.", "",
             "| column | type | required | description |", "|---|---|---|---|"]
    for (column, type_, doc), field in zip(describe(schema), schema):
        required = "" if field.nullable else "yes"
        lines.append(f"| `{column}` | `{type_}` | {required} | {_cell(doc)} |")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """Escape a description for a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    """Write datasets/dictionary.md, or with --check report whether it is up to date."""
    argv = sys.argv[1:] if argv is None else argv
    path, text = dictionary_path(), render()
    if "--check" in argv:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            print(f"{path} is stale: run python -m pipelines.dictionary", file=sys.stderr)
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
