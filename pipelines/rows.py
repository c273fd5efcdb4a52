"""Items to table rows: the one function the crawl pipeline and the WARC rebuild share.

A row holds exactly the declared columns of its table (pipelines/schema.py), with
timestamps as timezone-aware datetimes: the spool stores them as ISO strings, and a
naive time means the column's own zone (Asia/Jakarta for published_at, UTC otherwise).
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import Any, Mapping
from zoneinfo import ZoneInfo

import pyarrow as pa

from pipelines.schema import TABLES

ITEM_TABLES = {"ArticleItem": "articles", "FailureItem": "crawl_failures"}


def table_of(item: Mapping) -> str:
    """Return the table an item belongs to: 'articles' or 'crawl_failures'."""
    name = type(item).__name__
    if name in ITEM_TABLES:
        return ITEM_TABLES[name]
    if "article_id" in item:
        return "articles"
    if "reason" in item:
        return "crawl_failures"
    raise ValueError(f"not an article or failure item: {name} with keys {sorted(item)[:8]}")


def to_row(table: str, item: Mapping, **defaults: Any) -> dict:
    """Return the row of `table` an item gives: declared columns only, values coerced to their types."""
    schema = TABLES[table]
    row = {}
    for field in schema:
        value = item.get(field.name) if field.name in item else None
        if value is None:
            value = defaults.get(field.name)
        row[field.name] = _coerce(value, field.type, field.name)
    return row


def _coerce(value: Any, type_: pa.DataType, name: str) -> Any:
    """Coerce one JSON-ish value to what pyarrow expects for the declared type."""
    if value is None:
        return None
    if pa.types.is_timestamp(type_):
        return _timestamp(value, ZoneInfo(type_.tz) if type_.tz else timezone.utc, name)
    if pa.types.is_list(type_):
        if isinstance(value, (str, bytes)):
            raise ValueError(f"{name}: expected a list, got {value!r:.60}")
        return list(value)
    if pa.types.is_date(type_) and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def _timestamp(value: Any, zone, name: str) -> datetime:
    """An aware datetime from a datetime or ISO string; naive values are in the column's zone."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"{name}: not an ISO timestamp: {value!r}") from None
    elif isinstance(value, date) and not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if not isinstance(value, datetime):
        raise ValueError(f"{name}: not a timestamp: {value!r}")
    return value.replace(tzinfo=zone) if value.tzinfo is None else value


def to_json(obj: Mapping) -> str:
    """One JSON line for a row (datetimes as ISO 8601 with offset)."""
    return json.dumps(obj, ensure_ascii=False, default=_json_default, separators=(",", ":"))


def _json_default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (set, tuple)):
        return list(value)
    raise TypeError(f"cannot store {type(value).__name__} in JSON")
