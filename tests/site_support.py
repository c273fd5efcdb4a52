"""Hostile text for the website tests: markup, a script and quotes where scraped text goes."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.schema import TABLES
from release_tables import make_tables

SCRIPT = '<script>alert("x")</script>'
HOSTILE = f'Rapat <b>tebal</b> {SCRIPT} & "kutip" </script><!-- -->'


def hostile_tables(data_dir: Path, n: int = 24) -> dict[str, list[dict]]:
    """The release test tables, with markup and a script in one meeting's and article's text fields."""
    tables = make_tables(data_dir, n=n)
    meeting = tables["meetings"][0]
    article_id = meeting["article_ids"][0]
    meeting.update(title=HOSTILE, evidence=HOSTILE, venue=HOSTILE, chair_name=HOSTILE, date_text=HOSTILE,
                   participants=[HOSTILE], city=HOSTILE)
    meeting["officials"] = [{"name": HOSTILE, "role": HOSTILE, "person_id": "rahmat-mirzani-djausal"}]
    for row in tables["articles"]:
        if row["article_id"] == article_id:
            row.update(title=HOSTILE, url="javascript:alert(1)")
    for name in ("meetings", "articles"):
        pq.write_table(pa.Table.from_pylist(tables[name], schema=TABLES[name]), data_dir / f"{name}.parquet")
    return tables
