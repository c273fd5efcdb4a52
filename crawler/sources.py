"""The source registry: datasets/sources.toml -> Source records."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from crawler.resources import datasets_dir

FAMILIES = ("shared_cms", "wordpress")


class UnknownSource(KeyError):
    """Raised for a source key or host that is not in the registry."""

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class Source:
    """One registered host: its key, real host name, CMS family and listing routes."""

    key: str
    host: str
    family: str
    name: str
    listings: tuple[str, ...]

    @property
    def base_url(self) -> str:
        """The real site's root, e.g. https://bappeda.lampungprov.go.id."""
        return f"https://{self.host}"


def _parse_source(entry: dict, path: Path) -> Source:
    missing = [k for k in ("key", "host", "family", "listings") if k not in entry]
    if missing:
        raise ValueError(f"{path}: source {entry.get('key', entry)!r} lacks {', '.join(missing)}")
    if entry["family"] not in FAMILIES:
        raise ValueError(
            f"{path}: source {entry['key']!r} has unknown family {entry['family']!r}"
            f" (known: {', '.join(FAMILIES)})"
        )
    return Source(
        key=entry["key"],
        host=entry["host"].lower(),
        family=entry["family"],
        name=entry.get("name", entry["key"]),
        listings=tuple(entry["listings"]),
    )


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[Source, ...]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    sources = tuple(_parse_source(e, path) for e in data.get("source", []))
    keys = [s.key for s in sources]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    if dupes:
        raise ValueError(f"{path}: duplicate source keys {dupes}")
    return sources


def load_sources(path: str | Path | None = None) -> list[Source]:
    """Return every registered source, in registry order."""
    return list(_load(Path(path or datasets_dir() / "sources.toml").resolve()))


def get_source(key_or_host: str, path: str | Path | None = None) -> Source:
    """Return the source with this key or host; a clear error lists the valid keys."""
    wanted = key_or_host.strip().lower()
    for source in load_sources(path):
        if wanted in (source.key, source.host):
            return source
    valid = ", ".join(s.key for s in load_sources(path))
    raise UnknownSource(f"unknown source {key_or_host!r}; valid keys: {valid}")


def registered_hosts(path: str | Path | None = None) -> frozenset[str]:
    """Return the set of real host names the crawler may contact."""
    return frozenset(s.host for s in load_sources(path))
