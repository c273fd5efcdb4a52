"""`rapat download` / `rapat releases`: fetch a published release, verified, resumable, atomic.

The publishing root holds `releases.json` (see rapat.manifest) and one folder per version.
Files are fetched into `<to>/.<version>.partial/` as `*.part` (resumed with HTTP Range), hashed
while written, verified against the manifest, and the folder is renamed to `<to>/<version>/`
only when every file is verified. Standard library HTTP only.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import re
import shutil
import time
import tomllib
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path, PurePosixPath

from rapat import __version__, manifest
from rapat.progress import progress

DEFAULT_RELEASES_URL = "https://rapat-lampung.github.io/rapat-lampung"
RELEASES_URL_ENV = "RAPAT_RELEASES_URL"
USER_AGENT = f"rapat-lampung/{__version__} (+https://github.com/rapat-lampung/rapat-lampung)"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class DownloadError(Exception):
    """A download failed or was refused; the message is one line a user can act on."""


class NetworkError(DownloadError):
    """The server could not be reached or the connection broke (worth a retry)."""


def resolve_base_url(base_url: str | None = None) -> str:
    """Base URL of the published releases: argument > $RAPAT_RELEASES_URL > pyproject > default."""
    for candidate in (base_url, os.environ.get(RELEASES_URL_ENV), _pyproject_url()):
        if candidate:
            return _as_url(candidate)
    return DEFAULT_RELEASES_URL


def _pyproject_url() -> str | None:
    """`[tool.rapat] releases_url` of the repository checkout this module runs from, if any."""
    path = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return None
    if data.get("project", {}).get("name") != "rapat-lampung":  # someone else's pyproject
        return None
    return data.get("tool", {}).get("rapat", {}).get("releases_url")


def _as_url(value: str) -> str:
    """Accept a URL or a local publish folder (turned into a file:// URL)."""
    if "://" not in value and Path(value).is_dir():
        return Path(value).resolve().as_uri()
    return value.rstrip("/")


def _open(url: str, timeout: float, offset: int = 0):
    """urlopen with our User-Agent and an optional Range; HTTP and network errors become DownloadError."""
    headers = {"User-Agent": USER_AGENT}
    if offset:
        headers["Range"] = f"bytes={offset}-"
    try:
        return urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=timeout)
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            raise DownloadError(f"not found (HTTP 404): {url}") from None
        if exc.code == 416:  # asked to resume past the end: the served file is shorter than ours
            raise DownloadError(f"size mismatch for {url}: the server has fewer than {offset} bytes (HTTP 416)") from None
        raise DownloadError(f"HTTP {exc.code} {exc.reason} for {url}") from None
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", exc)
        raise NetworkError(f"network failure fetching {url}: {reason}") from None


def fetch_index(base_url: str | None = None, timeout: float = 30) -> dict:
    """Download and check releases.json from the publishing root."""
    url = f"{resolve_base_url(base_url)}/{manifest.INDEX_NAME}"
    with _open(url, timeout) as resp:
        try:
            index = json.loads(resp.read())
        except (ValueError, OSError, http.client.HTTPException) as exc:
            raise DownloadError(f"{url} is not a valid releases index: {exc}") from None
    if not isinstance(index, dict) or not isinstance(index.get("releases"), list):
        raise DownloadError(f"{url} is not a valid releases index (no 'releases' list)")
    return index


def list_releases(base_url: str | None = None) -> list[dict]:
    """Published releases, newest first: version, date, row counts, latest flag."""
    index = fetch_index(base_url)
    rows = [
        {"version": r.get("version"), "date": r.get("date"), "rows": r.get("rows", {}), "latest": r.get("version") == index.get("latest")}
        for r in index["releases"]
    ]
    return sorted(rows, key=lambda r: manifest.version_key(str(r["version"])), reverse=True)


def release_dir(version: str, root: str | os.PathLike) -> Path:
    """Folder of an installed release under root; 'latest' is the newest installed one."""
    root = Path(root)
    if version == "latest":
        installed = [p for p in root.iterdir() if (p / manifest.SUMS_NAME).is_file()] if root.is_dir() else []
        if not installed:
            raise DownloadError(f"no release installed in {root}; run: rapat download latest --to {root}")
        return max(installed, key=lambda p: manifest.version_key(p.name))
    if not manifest.valid_version(version):
        raise DownloadError(f"invalid release version {version!r}")
    folder = root / version
    if not (folder / manifest.SUMS_NAME).is_file():
        raise DownloadError(f"release {version} is not installed in {root}; run: rapat download {version} --to {root}")
    return folder


def _pick(index: dict, version: str) -> dict:
    """The manifest entry of a version ('latest' resolved through the index)."""
    wanted = index.get("latest") if version == "latest" else version
    for entry in index["releases"]:
        if isinstance(entry, dict) and entry.get("version") == wanted and wanted:
            return entry
    known = ", ".join(str(r.get("version")) for r in index["releases"][:10]) or "none"
    raise DownloadError(f"unknown version {version!r}; published: {known}")


def check_manifest(entry: dict) -> list[dict]:
    """Refuse, before any download, a manifest with an unsafe version or path or a malformed file row."""
    version = entry.get("version")
    if not isinstance(version, str) or not manifest.valid_version(version):
        raise DownloadError(f"refused: unsafe version name {version!r} in the manifest")
    files, seen = entry.get("files"), set()
    if not isinstance(files, list) or not files:
        raise DownloadError(f"refused: release {version} lists no files")
    for f in files:
        path = f.get("path") if isinstance(f, dict) else None
        if not _safe_path(path):
            raise DownloadError(f"refused: release {version} names an unsafe path {path!r} (outside the target)")
        if not isinstance(f.get("bytes"), int) or f["bytes"] < 0 or not _SHA256.match(str(f.get("sha256", ""))):
            raise DownloadError(f"refused: release {version} has no valid bytes/sha256 for {path}")
        if path in seen:
            raise DownloadError(f"refused: release {version} lists {path} twice")
        seen.add(path)
    return files


def _safe_path(path) -> bool:
    """A relative POSIX path with no '..', '.', empty part, backslash, drive or control character."""
    if not isinstance(path, str) or not path or "\\" in path or ":" in path or path.endswith(".part"):
        return False
    if any(ord(c) < 32 for c in path):
        return False
    parts = path.split("/")
    return not PurePosixPath(path).is_absolute() and all(p not in ("", ".", "..") for p in parts)


def _inside(root: Path, rel: str) -> Path:
    """Resolve rel under root, refusing anything a symlink would lead outside."""
    target = (root / rel).resolve()
    if not target.is_relative_to(root.resolve()):
        raise DownloadError(f"refused: {rel} resolves outside {root} (symlink?)")
    return target


def download(
    version: str = "latest",
    base_url: str | None = None,
    to: str | os.PathLike = "releases",
    *,
    retries: int = 3,
    timeout: float = 30,
) -> Path:
    """Download a release into `<to>/<version>/`, verified and atomic; resume an interrupted one."""
    base = resolve_base_url(base_url)
    entry = _pick(fetch_index(base, timeout), version)
    files = check_manifest(entry)
    version = entry["version"]
    to = Path(to)
    to.mkdir(parents=True, exist_ok=True)
    final = to / version
    if final.is_dir() and _verified(final, files):
        return final
    partial = to / f".{version}.partial"
    if partial.is_symlink():
        raise DownloadError(f"refused: {partial} is a symlink")
    partial.mkdir(exist_ok=True)
    targets = [_inside(partial, f["path"]) for f in files]
    _check_space(to, files, targets)
    total = sum(f["bytes"] for f in files)
    with progress(f"download {version}") as report:
        done = 0
        for f, target in zip(files, targets):
            url = f"{base}/{urllib.parse.quote(version)}/{urllib.parse.quote(f['path'])}"
            _fetch_file(url, target, f, timeout, retries, lambda n, d=done: report(d + n, total))
            done += f["bytes"]
            report(done, total)
    _install(partial, final, {f["path"] for f in files})
    return final


def _verified(folder: Path, files: list[dict]) -> bool:
    """True when every manifest file is in folder with the right size and sha256."""
    for f in files:
        path = folder / f["path"]
        if not path.is_file() or path.stat().st_size != f["bytes"] or manifest.sha256_file(path) != f["sha256"]:
            return False
    return True


def _check_space(to: Path, files: list[dict], targets: list[Path]) -> None:
    """Refuse to start when the disk cannot hold what is still to be fetched."""
    have = 0
    for f, target in zip(files, targets):
        part = target.with_name(target.name + ".part")
        if target.is_file():
            have += min(target.stat().st_size, f["bytes"])
        elif part.is_file():
            have += min(part.stat().st_size, f["bytes"])
    need = sum(f["bytes"] for f in files) - have
    free = shutil.disk_usage(to).free
    if need > free:
        raise DownloadError(f"not enough disk space in {to}: need {need / 1e6:.1f} MB, {free / 1e6:.1f} MB free")


def _fetch_file(url: str, target: Path, f: dict, timeout: float, retries: int, report) -> None:
    """Fetch one file to target via target.part, resuming and retrying; verify size and sha256."""
    if target.is_file() and target.stat().st_size == f["bytes"] and manifest.sha256_file(target) == f["sha256"]:
        return  # verified by an earlier, interrupted run
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    for attempt in range(retries + 1):
        try:
            digest = _stream(url, part, f["bytes"], timeout, report)
            break
        except _Interrupted as exc:
            if attempt == retries:
                raise DownloadError(
                    f"network failure downloading {url} ({exc}); run the same command again to resume"
                ) from None
            time.sleep(min(0.2 * 2**attempt, 5))
    if digest != f["sha256"]:
        part.unlink(missing_ok=True)  # a bad file is never resumed from
        raise DownloadError(f"checksum mismatch for {f['path']}: expected {f['sha256'][:12]}..., got {digest[:12]}...; nothing installed")
    os.replace(part, target)


class _Interrupted(Exception):
    """The connection ended before the whole file came; the .part file is kept for a resume."""


def _stream(url: str, part: Path, size: int, timeout: float, report) -> str:
    """Append the rest of url to part (HTTP Range from its current size); return the file's sha256."""
    offset = part.stat().st_size if part.is_file() else 0
    if offset > size:  # longer than the manifest says: cannot be a prefix of the right file
        part.unlink()
        offset = 0
    digest = hashlib.sha256()
    if offset == size:
        _hash_existing(part, digest)
        return digest.hexdigest()
    try:
        resp = _open(url, timeout, offset)
    except NetworkError as exc:
        raise _Interrupted(str(exc)) from None
    except DownloadError:
        part.unlink(missing_ok=True)  # whatever we had does not belong to the served file
        raise
    with resp:
        if offset and not _resumes_at(resp, offset):
            offset = 0  # the server ignored Range and sent the whole file: start over
        mode = "ab" if offset else "wb"
        if offset:
            _hash_existing(part, digest)  # hashed from disk, not refetched
        written = offset
        with part.open(mode) as fh:
            try:
                while chunk := resp.read(manifest.CHUNK):
                    fh.write(chunk)
                    digest.update(chunk)
                    written += len(chunk)
                    report(written)
            except (OSError, http.client.HTTPException) as exc:
                raise _Interrupted(f"connection lost after {written} of {size} bytes: {exc}") from None
        length = getattr(resp, "length", 0)  # HTTP only: what the server still owed; file:// has none
        cut_short = length is None or length > 0
    if written < size and cut_short:
        raise _Interrupted(f"connection closed after {written} of {size} bytes")
    if written != size:
        part.unlink(missing_ok=True)
        raise DownloadError(f"size mismatch for {url}: the server sent {written} bytes, releases.json says {size}")
    return digest.hexdigest()


def _resumes_at(resp, offset: int) -> bool:
    """True when the response is a 206 whose Content-Range starts at offset."""
    match = re.match(r"bytes (\d+)-", resp.headers.get("Content-Range", ""))
    return resp.status == 206 and bool(match) and int(match.group(1)) == offset


def _hash_existing(part: Path, digest) -> None:
    with part.open("rb") as fh:
        while chunk := fh.read(manifest.CHUNK):
            digest.update(chunk)


def _install(partial: Path, final: Path, wanted: set[str]) -> None:
    """Drop leftovers, then rename the verified folder into place (the old one is removed after)."""
    for path in sorted(partial.rglob("*"), reverse=True):
        rel = path.relative_to(partial).as_posix()
        if path.is_file() and rel not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    if final.exists():
        old = final.with_name(f".{final.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(final, old)
        os.replace(partial, final)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(partial, final)
