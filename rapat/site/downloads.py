"""The downloads page's data: the published releases (releases.json), their changelogs and citation."""

from __future__ import annotations

from pathlib import Path

from rapat import manifest


def releases(publish_dir: Path, extra: Path | None = None) -> list[dict]:
    """Releases listed in publish_dir/releases.json, newest first, each with its changelog if present.

    `extra` is a release folder the site is built from (`--release`) that the index may not list.
    """
    try:
        index = manifest.read_index(publish_dir)
    except (ValueError, OSError):
        index = {"releases": []}
    entries = {r["version"]: dict(r) for r in index["releases"] if manifest.valid_version(r.get("version", ""))}
    if extra is not None and extra.name not in entries and (extra / manifest.SUMS_NAME).is_file():
        entries[extra.name] = _local_entry(extra)
    ordered = sorted(entries.values(), key=lambda r: manifest.version_key(r["version"]), reverse=True)
    for entry in ordered:
        folder = _folder(entry, publish_dir, extra)
        entry["changelog"] = _text(folder / "CHANGELOG.md") if folder else None
        entry["citation"] = _text(folder / "CITATION.cff") if folder else None
        entry["has_card"] = bool(folder and (folder / "README.md").is_file())
        # Files are linked only where they sit beside the site (a publish dir), so no link dangles.
        entry["linked"] = (publish_dir / entry["version"]).is_dir()
        entry.setdefault("path", f"{entry['version']}/")
    return ordered


def _folder(entry: dict, publish_dir: Path, extra: Path | None) -> Path | None:
    for candidate in (publish_dir / entry["version"], extra):
        if candidate is not None and candidate.name == entry["version"] and candidate.is_dir():
            return candidate
    return None


def _local_entry(folder: Path) -> dict:
    """An index entry for a release folder outside the index (its files, no archive)."""
    files = [manifest.file_entry(p, folder) for p in sorted(folder.iterdir()) if p.is_file()]
    return {"version": folder.name, "date": None, "path": f"{folder.name}/", "files": files, "rows": {}}


def _text(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None
