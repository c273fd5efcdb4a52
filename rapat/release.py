"""`rapat release`: a versioned, checksummed, reproducible release folder of the tables.

A release is a folder named by its version holding, per table, `<table>.parquet` and `<table>.csv`
(the same names as the data dir, so `rapat query --data-dir <release>` works), plus
`datapackage.json`, a dataset card `README.md`, `CHANGELOG.md`, `CITATION.cff` and `SHA256SUMS`.
With a publish dir, the folder and a `<version>.tar.gz` are copied there and `releases.json` updated.
"""

from __future__ import annotations

import datetime as dt
import gzip
import os
import shutil
import tarfile
from pathlib import Path
from zoneinfo import ZoneInfo

from pipelines.schema import JAKARTA, TABLES

from rapat import manifest
from rapat.card import render_card, render_citation
from rapat.changelog import diff_table, render_changelog
from rapat.datapackage import build_descriptor
from rapat.download import release_dir  # noqa: F401  (re-exported: `rapat query --release`)
from rapat.export import ExportError, export_table

# Published tables, most useful first (the first is the card's default config).
PUBLISHED = ("meetings", "articles", "crawl_runs", "crawl_failures")


class ReleaseError(Exception):
    """A release cannot be built: no tables, a taken version, or a table that breaks its schema."""


def build_release(
    data_dir: str | os.PathLike,
    out_dir: str | os.PathLike,
    version: str | None = None,
    publish_dir: str | os.PathLike | None = None,
    *,
    now: dt.datetime | None = None,
) -> Path:
    """Build `<out_dir>/<version>/` from the tables in data_dir; optionally publish it. Return the folder."""
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    publish = Path(publish_dir) if publish_dir is not None else None
    # "now" is read once: the version date is the only clock value any file may contain.
    now = (now or dt.datetime.now(ZoneInfo(JAKARTA))).astimezone(ZoneInfo(JAKARTA))
    tables = [t for t in PUBLISHED if t in TABLES and (data_dir / f"{t}.parquet").is_file()]
    if not tables:
        raise ReleaseError(f"no tables to release in {data_dir} (expected e.g. {data_dir / 'articles.parquet'})")
    out_dir.mkdir(parents=True, exist_ok=True)
    taken = _taken_versions(out_dir, publish)
    version = _choose_version(version, now.date(), taken)
    previous = _previous_release(out_dir, publish, version)
    folder = _build_folder(data_dir, out_dir, version, now.date().isoformat(), tables, previous)
    if publish is not None:
        publish_release(folder, publish)
        from rapat.site import build_site  # the website is the publish dir's front page

        build_site(folder, publish, release_folder=folder)
    return folder


def _taken_versions(out_dir: Path, publish: Path | None) -> set[str]:
    """Versions already used in the out dir, the publish dir, or its releases.json."""
    taken = {p.name for p in out_dir.iterdir() if p.is_dir() and manifest.valid_version(p.name)}
    if publish is not None and publish.is_dir():
        taken |= {p.name for p in publish.iterdir() if p.is_dir() and manifest.valid_version(p.name)}
        taken |= {r["version"] for r in manifest.read_index(publish)["releases"]}
    return taken


def _choose_version(version: str | None, day: dt.date, taken: set[str]) -> str:
    """The explicit version (refused if taken or unsafe), else YYYY.MM.DD with .1, .2 ... on reruns."""
    if version is not None:
        if not manifest.valid_version(version):
            raise ReleaseError(f"invalid version {version!r}: use letters, digits, '.', '-', '_'")
        if version in taken:
            raise ReleaseError(f"release {version} already exists; choose another --version")
        return version
    base = day.strftime("%Y.%m.%d")
    candidates = [base] + [f"{base}.{n}" for n in range(1, len(taken) + 2)]
    return next(v for v in candidates if v not in taken)


def _previous_release(out_dir: Path, publish: Path | None, version: str) -> Path | None:
    """The newest earlier release folder: the publish dir's latest first, else the out dir's newest."""
    if publish is not None and publish.is_dir():
        published = [r["version"] for r in manifest.read_index(publish)["releases"] if r["version"] != version]
        for v in sorted(published, key=manifest.version_key, reverse=True):
            for root in (publish, out_dir):
                if (root / v / manifest.SUMS_NAME).is_file():
                    return root / v
    local = [p for p in out_dir.iterdir() if (p / manifest.SUMS_NAME).is_file() and p.name != version]
    local = [p for p in local if manifest.version_key(p.name) < manifest.version_key(version)]
    return max(local, key=lambda p: manifest.version_key(p.name), default=None)


def _build_folder(data_dir: Path, out_dir: Path, version: str, date: str, tables: list[str], previous: Path | None) -> Path:
    """Write every file into a hidden building folder, then rename it into place in one step."""
    final = out_dir / version
    building = out_dir / f".{version}.building"
    shutil.rmtree(building, ignore_errors=True)  # leftovers of a killed build are never published
    building.mkdir()
    try:
        counts = {}
        for table in tables:
            try:
                counts[table] = export_table(data_dir / f"{table}.parquet", table, building)
            except ExportError as exc:
                raise ReleaseError(f"table {table}: {exc}") from None
        _write_docs(building, version, date, counts, previous)
        os.replace(building, final)  # fails if `final` appeared meanwhile: never overwrite a release
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return final


def _write_docs(folder: Path, version: str, date: str, counts: dict[str, int], previous: Path | None) -> None:
    """CHANGELOG.md, README.md, CITATION.cff, datapackage.json, then SHA256SUMS over all of them."""
    diffs = {}
    if previous is not None:
        diffs = {t: diff_table(_old_table(previous, t), folder / f"{t}.parquet", t) for t in counts}
    prev_version = previous.name if previous is not None else None
    manifest.write_atomic(folder / "CHANGELOG.md", render_changelog(version, prev_version, counts, diffs))
    manifest.write_atomic(folder / "README.md", render_card(version, date, counts))
    manifest.write_atomic(folder / "CITATION.cff", render_citation(version, date))
    data_files = {p.name: manifest.file_entry(p, folder) for p in sorted(folder.iterdir()) if p.suffix in (".csv", ".parquet")}
    descriptor = build_descriptor(version, date, data_files)
    manifest.write_atomic(folder / "datapackage.json", manifest.dumps_json(descriptor))
    entries = [manifest.file_entry(p, folder) for p in sorted(folder.iterdir()) if p.name != manifest.SUMS_NAME]
    manifest.write_sha256sums(folder, entries)


def _old_table(previous: Path, table: str) -> Path | None:
    path = previous / f"{table}.parquet"
    return path if path.is_file() else None


def release_files(folder: Path) -> list[dict]:
    """Every file of a release folder (path, bytes, sha256), SHA256SUMS included, sorted by path."""
    return [manifest.file_entry(p, folder) for p in sorted(folder.iterdir()) if p.is_file()]


def publish_release(folder: Path, publish_dir: Path) -> dict:
    """Copy a release folder and its .tar.gz into publish_dir and add it to releases.json."""
    publish_dir.mkdir(parents=True, exist_ok=True)
    version = folder.name
    target = publish_dir / version
    if not target.exists():
        staging = publish_dir / f".{version}.building"
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(folder, staging)
        os.replace(staging, target)
    archive = write_archive(target, publish_dir / f"{version}.tar.gz")
    entry = {
        "version": version,
        "date": _release_date(target),
        "path": f"{version}/",
        "files": release_files(target),
        "rows": _row_counts(target),
        "archive": manifest.file_entry(archive, publish_dir),
    }
    return manifest.add_to_index(publish_dir, entry)


def _release_date(folder: Path) -> str:
    import json

    with (folder / "datapackage.json").open(encoding="utf-8") as fh:
        return json.load(fh)["created"][:10]


def _row_counts(folder: Path) -> dict[str, int]:
    """Row counts from the Parquet footers (no data read)."""
    import pyarrow.parquet as pq

    return {t: pq.ParquetFile(folder / f"{t}.parquet").metadata.num_rows for t in TABLES if (folder / f"{t}.parquet").is_file()}


def write_archive(folder: Path, path: Path) -> Path:
    """Write a reproducible .tar.gz of a release folder: sorted names, fixed owner, mode and times."""
    mtime = int(dt.datetime.fromisoformat(_release_date(folder)).replace(tzinfo=dt.timezone.utc).timestamp())
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=mtime) as gz:
        with tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
            for file in sorted(p for p in folder.iterdir() if p.is_file()):
                info = tarfile.TarInfo(f"{folder.name}/{file.name}")
                info.size, info.mtime, info.mode = file.stat().st_size, mtime, 0o644
                info.uid = info.gid = 0
                info.uname = info.gname = ""
                with file.open("rb") as fh:
                    tar.addfile(info, fh)
    os.replace(tmp, path)
    return path
