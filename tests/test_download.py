"""Download of a published release over real HTTP: verified, resumable, atomic, and safe."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from rapat import download as dl
from rapat.download import DownloadError, download, list_releases, resolve_base_url
from rapat.release import build_release
from rapat.static_server import RangeHandler, serve

from release_tables import make_tables, write

NOW = dt.datetime(2026, 11, 27, 18, 0, tzinfo=dt.timezone.utc)


class Recorder(RangeHandler):
    """Records every request (path, Range, bytes sent); can cut the first answer for one file."""

    log: list[dict] = []
    cut: dict[str, int] = {}  # file name -> bytes to send before dropping the connection, once

    def send_body(self, fh, offset, count):
        name = self.path.rsplit("/", 1)[-1]
        limit = self.cut.pop(name, None)
        record = {"path": self.path, "range": self.headers.get("Range"), "sent": 0}
        self.log.append(record)
        if limit is None:
            super().send_body(fh, offset, count)
            record["sent"] = count
            return
        fh.seek(offset)
        self.wfile.write(fh.read(limit))
        record["sent"] = limit
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """One published release (built once per module; tests get their own copy)."""
    base = tmp_path_factory.mktemp("published")
    make_tables(base / "data", n=300)
    folder = build_release(base / "data", base / "out", publish_dir=base / "site", now=NOW)
    return base, folder.name


@pytest.fixture()
def site(published, tmp_path):
    base, version = published
    shutil.copytree(base / "data", tmp_path / "data")
    shutil.copytree(base / "site", tmp_path / "site")
    Recorder.log, Recorder.cut = [], {}
    server = serve(tmp_path / "site", handler=Recorder)
    yield tmp_path / "site", version, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _file_requests() -> list[dict]:
    """Requests for release files (the index itself excluded)."""
    return [r for r in Recorder.log if not r["path"].endswith("/releases.json")]


def _same_files(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir())
    return names == sorted(p.name for p in b.iterdir()) and all((a / n).read_bytes() == (b / n).read_bytes() for n in names)


def test_download_latest_installs_a_verified_copy(site, tmp_path):
    root, version, url = site
    got = download("latest", base_url=url, to=tmp_path / "rel", timeout=5)
    assert got == tmp_path / "rel" / version
    assert _same_files(got, root / version)
    assert subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=got).returncode == 0
    assert sorted(p.name for p in (tmp_path / "rel").iterdir()) == [version]  # no .partial left
    requests = len(_file_requests())
    assert download(version, base_url=url, to=tmp_path / "rel", timeout=5) == got
    assert len(_file_requests()) == requests  # already installed and verified: nothing refetched


def test_download_from_a_local_publish_folder(site, tmp_path):
    root, version, _url = site
    got = download("latest", base_url=str(root), to=tmp_path / "rel", timeout=5)
    assert _same_files(got, root / version)


def test_interrupted_download_resumes_with_range(site, tmp_path):
    root, version, url = site
    size = (root / version / "articles.csv").stat().st_size
    assert size > 150_000
    Recorder.cut["articles.csv"] = 100_000
    with pytest.raises(DownloadError, match="run the same command again to resume"):
        download(version, base_url=url, to=tmp_path / "rel", retries=0, timeout=5)
    assert not (tmp_path / "rel" / version).exists()
    part = tmp_path / "rel" / f".{version}.partial" / "articles.csv.part"
    assert part.stat().st_size == 100_000
    got = download(version, base_url=url, to=tmp_path / "rel", timeout=5)
    assert _same_files(got, root / version)
    fetches = [r for r in Recorder.log if r["path"].endswith("/articles.csv")]
    assert [r["range"] for r in fetches] == [None, "bytes=100000-"]
    assert sum(r["sent"] for r in fetches) == size  # the first 100,000 bytes were not fetched again


def test_dropped_connection_is_retried_in_the_same_call(site, tmp_path):
    root, version, url = site
    Recorder.cut["articles.parquet"] = 5_000
    got = download(version, base_url=url, to=tmp_path / "rel", timeout=5)
    assert _same_files(got, root / version)
    fetches = [r["range"] for r in Recorder.log if r["path"].endswith("/articles.parquet")]
    assert fetches == [None, "bytes=5000-"]


def test_tampered_file_is_refused_and_nothing_installed(site, tmp_path):
    root, version, url = site
    target = root / version / "meetings.csv"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01  # one byte, same size
    target.write_bytes(bytes(data))
    with pytest.raises(DownloadError, match="checksum mismatch for meetings.csv"):
        download(version, base_url=url, to=tmp_path / "rel", timeout=5)
    assert not (tmp_path / "rel" / version).exists()
    assert not list((tmp_path / "rel").rglob("meetings.csv*"))  # the bad bytes are not kept to resume from


def test_failed_update_keeps_what_was_installed(site, tmp_path):
    root, version, url = site
    installed = download(version, base_url=url, to=tmp_path / "rel", timeout=5)
    (installed / "README.md").write_text("damaged locally\n")  # no longer verifies: must be replaced
    (root / version / "articles.csv").write_bytes(b"tampered on the server\n")
    with pytest.raises(DownloadError, match="size mismatch for .*articles.csv"):
        download(version, base_url=url, to=tmp_path / "rel", timeout=5)
    assert (installed / "README.md").read_text() == "damaged locally\n"  # what it held before
    assert (installed / "articles.csv").read_bytes() != b"tampered on the server\n"


def _index_with(root: Path, version: str, **change) -> None:
    index = json.loads((root / "releases.json").read_text())
    entry = next(r for r in index["releases"] if r["version"] == version)
    for key, value in change.items():
        entry["files"][0][key] = value
    (root / "releases.json").write_text(json.dumps(index))


@pytest.mark.parametrize("bad", ["../evil.txt", "/etc/passwd", "a/../../evil", "C:evil", "a\\..\\evil", ""])
def test_manifest_with_unsafe_path_is_refused_before_any_download(site, tmp_path, bad):
    root, version, url = site
    _index_with(root, version, path=bad)
    with pytest.raises(DownloadError, match="unsafe path"):
        download(version, base_url=url, to=tmp_path / "rel" / "inner", timeout=5)
    assert _file_requests() == []
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path / "rel" / "evil").exists()


def test_symlink_leading_outside_is_refused(site, tmp_path):
    root, version, url = site
    index = json.loads((root / "releases.json").read_text())
    entry = next(r for r in index["releases"] if r["version"] == version)
    entry["files"][0]["path"] = "sub/file.txt"
    (root / "releases.json").write_text(json.dumps(index))
    outside = tmp_path / "outside"
    outside.mkdir()
    partial = tmp_path / "rel" / f".{version}.partial"
    partial.mkdir(parents=True)
    (partial / "sub").symlink_to(outside)
    with pytest.raises(DownloadError, match="outside"):
        download(version, base_url=url, to=tmp_path / "rel", timeout=5)
    assert list(outside.iterdir()) == [] and _file_requests() == []
    partial.rename(tmp_path / "moved")
    (tmp_path / "rel" / f".{version}.partial").symlink_to(outside)
    with pytest.raises(DownloadError, match="symlink"):
        download(version, base_url=url, to=tmp_path / "rel", timeout=5)


def test_not_enough_disk_is_refused_before_starting(site, tmp_path):
    root, version, url = site
    _index_with(root, version, bytes=10**18)  # an exabyte: more than any disk here
    with pytest.raises(DownloadError, match="not enough disk space"):
        download(version, base_url=url, to=tmp_path / "rel", timeout=5)
    assert _file_requests() == []


def test_clear_errors_for_unknown_version_404_and_network(site, tmp_path):
    root, version, url = site
    with pytest.raises(DownloadError, match="unknown version '1999.01.01'"):
        download("1999.01.01", base_url=url, to=tmp_path / "rel", timeout=5)
    (root / version / "CITATION.cff").unlink()
    with pytest.raises(DownloadError, match="HTTP 404"):
        download(version, base_url=url, to=tmp_path / "rel", timeout=5)
    with pytest.raises(DownloadError, match="HTTP 404"):
        list_releases(url + "/nowhere")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"
    with pytest.raises(DownloadError, match="network failure"):
        download("latest", base_url=closed, to=tmp_path / "rel", timeout=5)


def test_list_releases_and_base_url_precedence(site, tmp_path, monkeypatch):
    root, version, url = site
    build_release(tmp_path / "data", tmp_path / "out", publish_dir=root, now=NOW + dt.timedelta(days=7))
    rows = list_releases(url)
    assert [(r["version"], r["latest"]) for r in rows] == [("2026.12.05", True), (version, False)]
    assert rows[1]["date"] == "2026-11-28" and rows[1]["rows"]["articles"] == 300
    monkeypatch.delenv(dl.RELEASES_URL_ENV, raising=False)
    assert resolve_base_url() == (dl._pyproject_url() or dl.DEFAULT_RELEASES_URL)
    monkeypatch.setenv(dl.RELEASES_URL_ENV, "https://env.example/r/")
    assert resolve_base_url() == "https://env.example/r"
    assert resolve_base_url("https://flag.example/x") == "https://flag.example/x"
    assert resolve_base_url(str(root)).startswith("file://")  # a local publish folder works too


def test_cli_prints_one_line_error_and_exits_nonzero(site, tmp_path):
    _, _, url = site
    done = subprocess.run(
        [sys.executable, "-m", "rapat", "download", "1999.01.01", "--from", url, "--to", str(tmp_path / "rel")],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode != 0
    assert done.stderr.strip().count("\n") == 0 and "unknown version" in done.stderr


WORKFLOW = Path(__file__).resolve().parent.parent / ".github" / "workflows" / "weekly.yml"


def _rapat(cwd: Path, *args: str, **env: str) -> str:
    """Run the `rapat` CLI as the workflow does; return its stdout."""
    done = subprocess.run([sys.executable, "-m", "rapat", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={**os.environ, **env})
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_weekly_workflow_commands_publish_and_restore_a_site(published, tmp_path):
    """The workflow's own command lines: release into site/, and rebuild site/ from Pages when the cache is lost."""
    text = WORKFLOW.read_text()
    assert "rapat release --out releases --publish-dir site" in text
    assert 'rapat download "$version" --from "$RAPAT_RELEASES_URL" --to site' in text
    base, version = published
    runner1 = tmp_path / "runner1"
    shutil.copytree(base / "data", runner1 / "data")
    folder = _rapat(runner1, "release", "--out", "releases", "--publish-dir", "site", RAPAT_DATA_DIR="data")
    first = Path(folder).name
    server = serve(runner1 / "site")
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        runner2 = tmp_path / "runner2"  # a fresh runner whose cache was evicted
        (runner2 / "site").mkdir(parents=True)
        with urllib.request.urlopen(f"{url}/releases.json") as resp:
            (runner2 / "site" / "releases.json").write_bytes(resp.read())
        _rapat(runner2, "download", first, "--to", "site", RAPAT_RELEASES_URL=url)
    finally:
        server.shutdown()
        server.server_close()
    assert _same_files(runner2 / "site" / first, runner1 / "site" / first)
    rows = pq.read_table(base / "data" / "articles.parquet").to_pylist()
    rows[0]["title"] = "Judul baru"
    write(runner2 / "data", "articles", rows)
    folder = _rapat(runner2, "release", "--out", "releases", "--publish-dir", "site", RAPAT_DATA_DIR="data")
    log = (Path(runner2 / folder) / "CHANGELOG.md").read_text()
    assert f"Compared with release {first}" in log and f"`{rows[0]['article_id']}`" in log
    index = json.loads((runner2 / "site" / "releases.json").read_text())
    assert [r["version"] for r in index["releases"]] == [Path(folder).name, first]
