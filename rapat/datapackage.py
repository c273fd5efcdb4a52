"""datapackage.json (Frictionless Data Package) of a release, derived from pipelines.schema."""

from __future__ import annotations

import pyarrow as pa

from pipelines.schema import KEYS, TABLES

from rapat.card import LICENSE, PROJECT_URL, TITLE


def table_schema_type(type_: pa.DataType) -> str:
    """Map a pyarrow type to a Frictionless Table Schema field type."""
    checks = (
        (pa.types.is_boolean, "boolean"),
        (pa.types.is_integer, "integer"),
        (pa.types.is_floating, "number"),
        (pa.types.is_date, "date"),
        (pa.types.is_timestamp, "datetime"),
        (pa.types.is_list, "array"),
        (pa.types.is_struct, "object"),
    )
    return next((name for check, name in checks if check(type_)), "string")


def table_schema(name: str) -> dict:
    """Frictionless Table Schema of one declared table (types, descriptions, required, primary key)."""
    fields = []
    for f in TABLES[name]:
        entry = {
            "name": f.name,
            "type": table_schema_type(f.type),
            "description": (f.metadata or {}).get(b"description", b"").decode(),
        }
        if not f.nullable:
            entry["constraints"] = {"required": True}
        fields.append(entry)
    return {"fields": fields, "primaryKey": list(KEYS[name])}


def _resource(name: str, fmt: str, entry: dict) -> dict:
    """One resource: the CSV is tabular (checked row by row); the Parquet is a checked file.

    frictionless reads Parquet through pandas, which cannot count bytes and turns lists into
    numpy arrays, so validation of a tabular Parquet resource fails on good data (deps.md: and is
    slow). As a `file` resource its bytes and hash are still verified; the schema is still given.
    """
    resource = {
        "name": f"{name}-{fmt}",
        "path": entry["path"],
        "format": fmt,
        "bytes": entry["bytes"],
        "hash": f"sha256:{entry['sha256']}",
        "schema": table_schema(name),
    }
    if fmt == "csv":
        resource |= {
            "type": "table",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {"csv": {"delimiter": ",", "lineTerminator": "\r\n", "header": True}},
        }
    else:
        resource |= {"type": "file", "mediatype": "application/vnd.apache.parquet"}
    return resource


def build_descriptor(version: str, date: str, files: dict[str, dict]) -> dict:
    """The Data Package descriptor for a release whose data files are described in `files` (by name)."""
    resources = []
    for name in TABLES:
        for fmt in ("csv", "parquet"):
            entry = files.get(f"{name}.{fmt}")
            if entry:
                resources.append(_resource(name, fmt, entry))
    return {
        "name": "rapat-lampung",
        "title": TITLE,
        "version": version,
        "created": f"{date}T00:00:00+07:00",
        "homepage": PROJECT_URL,
        "licenses": [LICENSE],
        "sources": [{"title": "Press releases of the Lampung provincial government", "path": "https://lampungprov.go.id"}],
        "resources": resources,
    }
