"""Checksums, atomic writes and the publishing index (releases.json) shared by release and download."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

CHUNK = 1 << 20  # 1 MiB: large enough for loopback throughput, small enough to stream
INDEX_NAME = "releases.json"
SUMS_NAME = "SHA256SUMS"
# A version is one path component: letters, digits, dots, dashes, underscores; never '.' or '..'.
_VERSION = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$")


def valid_version(version: str) -> bool:
    """True when `version` is safe to use as a folder name."""
    return bool(_VERSION.match(version or "")) and ".." not in version


def version_key(version: str) -> tuple:
    """Sort key for versions: numeric parts compare as numbers, so 2026.11.27.10 sorts after 2026.11.27.2."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"[.\-_]", version))


def sha256_file(path: str | os.PathLike) -> str:
    """Return the hex sha256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def file_entry(path: Path, root: Path) -> dict:
    """Describe one file for a manifest: path relative to root (POSIX), bytes, sha256."""
    return {"path": path.relative_to(root).as_posix(), "bytes": path.stat().st_size, "sha256": sha256_file(path)}


def write_atomic(path: Path, data: str | bytes) -> Path:
    """Write a file so readers see the old content or the new one, never a part."""
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; published files must be world-readable
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def dumps_json(obj) -> str:
    """Serialise JSON the one reproducible way: sorted keys, 2-space indent, UTF-8, final newline."""
    return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_sha256sums(folder: Path, entries: list[dict]) -> Path:
    """Write SHA256SUMS in `sha256sum -c` format, sorted by path."""
    lines = [f"{e['sha256']}  {e['path']}\n" for e in sorted(entries, key=lambda e: e["path"])]
    return write_atomic(folder / SUMS_NAME, "".join(lines))


def read_index(publish_dir: Path) -> dict:
    """Read releases.json of a publishing root; an absent file is an empty index."""
    path = Path(publish_dir) / INDEX_NAME
    if not path.exists():
        return {"latest": None, "releases": []}
    with path.open(encoding="utf-8") as fh:
        index = json.load(fh)
    if not isinstance(index, dict) or not isinstance(index.get("releases"), list):
        raise ValueError(f"{path}: not a releases index (needs a 'releases' list)")
    return index


def add_to_index(publish_dir: Path, entry: dict) -> dict:
    """Add (or replace) one release entry in releases.json, recompute `latest`, write atomically."""
    index = read_index(publish_dir)
    releases = [r for r in index["releases"] if r.get("version") != entry["version"]] + [entry]
    releases.sort(key=lambda r: version_key(r["version"]), reverse=True)
    index = {"latest": releases[0]["version"], "releases": releases}
    write_atomic(Path(publish_dir) / INDEX_NAME, dumps_json(index))
    return index
