"""The website: scraped text shows as text, every internal link resolves, rebuilds are byte-identical."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from typer.testing import CliRunner

from rapat.cli import app
from rapat.site import SiteError, build_site

from site_support import HOSTILE, SCRIPT, hostile_tables

SITE_URL = "https://example.org/rapat"


class _Page(HTMLParser):
    """Collects links, script elements and the text of one page."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.scripts: list[dict] = []
        self.text: list[str] = []
        self._in_script: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("href", "src"):
            if attrs.get(key):
                self.links.append(attrs[key])
        if tag == "script":
            self._in_script = {"attrs": attrs, "body": ""}
            self.scripts.append(self._in_script)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            self._in_script["body"] += data
        else:
            self.text.append(data)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    tables = hostile_tables(root / "data")
    build_site(root / "data", root / "out", site_url=SITE_URL)
    return root, tables


def test_scraped_markup_and_script_show_as_text(site):
    root, tables = site
    out = root / "out"
    meeting = tables["meetings"][0]
    page = out / "rapat" / f"{meeting['meeting_id']}.html"
    html = page.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(" in html and "&lt;b&gt;tebal&lt;/b&gt;" in html
    text = "".join(_parse(page).text)
    assert SCRIPT in text and HOSTILE.split(" & ")[0] in text  # the reader sees the markup as text
    assert 'href="#"' in html and "javascript:" not in html  # a scraped javascript: URL is never a link
    for path in out.rglob("*.html"):
        body = path.read_text(encoding="utf-8")
        assert "<b>tebal" not in body and SCRIPT not in body, path
        for script in _parse(path).scripts:  # only our scripts: files of the site, or our JSON
            assert script["attrs"].get("src") or script["attrs"].get("type") == "application/json", path
            if script["body"].strip():
                json.loads(script["body"])


def test_data_files_cannot_close_a_script_block(site):
    root, tables = site
    data = root / "out" / "data"
    for path in list(data.glob("*.js")) + list(data.glob("*.json")):
        body = path.read_text(encoding="utf-8")
        assert "<" not in body and ">" not in body, path
    (year_js,) = [p for p in data.glob("*.js")]
    payload = year_js.read_text(encoding="utf-8").split("]=", 1)[1].rstrip(";\n")
    rows = json.loads(payload)["rows"]
    assert HOSTILE in {r[5] for r in rows}  # escaped for the page, intact as data


def test_every_internal_link_resolves(site):
    root, _ = site
    out = root / "out"
    pages = sorted(out.rglob("*.html"))
    assert len(pages) > 20
    for path in pages:
        for link in _parse(path).links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("#"):
                continue
            target = (path.parent / unquote(parts.path)).resolve()
            assert target.is_file(), f"{path.relative_to(out)} -> {link}"


def test_pages_every_kind_and_charts(site):
    root, tables = site
    out = root / "out"
    for name in ("index.html", "rapat/index.html", "rapat/2025.html", "rapat/2025-05.html", "pejabat/index.html",
                 "pejabat/rahmat-mirzani-djausal.html", "sumber.html", "unduh.html", "feeds/rapat.ics",
                 "feeds/pejabat/rahmat-mirzani-djausal.ics", "feeds/atom.xml", "aset/filter.js", "aset/site.css"):
        assert (out / name).is_file(), name
    home = (out / "index.html").read_text(encoding="utf-8")
    charts = re.findall(r'<img src="(grafik/[^"]+\.svg)" alt="([^"]+)"', home)
    assert len(charts) == 4 and all(alt for _, alt in charts)
    for src, _ in charts:
        svg = (out / src).read_text(encoding="utf-8")
        assert svg.lstrip().startswith("<?xml") and "<path" in svg
    assert home.count("<table>") == 4  # a data table behind every chart
    assert "<tr><td>Kabupaten Mesuji</td><td>0</td></tr>" in home  # a regency never visited still shows
    assert f">{len(tables['meetings'])}<" in home  # the count of meetings
    month = (out / "rapat" / "2025-05.html").read_text(encoding="utf-8")
    assert month.count("<tr><td>2025-05-") == len(tables["meetings"])
    official = (out / "pejabat" / "rahmat-mirzani-djausal.html").read_text(encoding="utf-8")
    assert "Gubernur Lampung" in official and "2025-02-20" in official
    sources = (out / "sumber.html").read_text(encoding="utf-8")
    assert "challenge 3" in sources and "status-ok" in sources
    assert "<script" not in (out / "feeds" / "atom.xml").read_text(encoding="utf-8")


def test_rebuild_is_byte_identical_and_removes_stale_pages(tmp_path):
    tables = hostile_tables(tmp_path / "data")
    build_site(tmp_path / "data", tmp_path / "a", site_url=SITE_URL)
    build_site(tmp_path / "data", tmp_path / "b", site_url=SITE_URL)
    files_a = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*") if p.is_file()}
    files_b = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*") if p.is_file()}
    assert files_a == files_b

    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipelines.schema import TABLES

    gone = tables["meetings"].pop()
    pq.write_table(pa.Table.from_pylist(tables["meetings"], schema=TABLES["meetings"]), tmp_path / "data" / "meetings.parquet")
    (tmp_path / "a" / "releases.json").write_text('{"latest": null, "releases": []}\n')  # not the site's file
    summary = build_site(tmp_path / "data", tmp_path / "a", site_url=SITE_URL)
    assert not (tmp_path / "a" / "rapat" / f"{gone['meeting_id']}.html").exists()
    assert summary.removed == 1 and (tmp_path / "a" / "releases.json").is_file()


def test_no_tables_is_a_clear_error(tmp_path):
    with pytest.raises(SiteError, match="no tables"):
        build_site(tmp_path, tmp_path / "out")


def test_cli_site_builds_and_reports(tmp_path):
    hostile_tables(tmp_path / "data")
    result = CliRunner().invoke(app, ["site", "--data-dir", str(tmp_path / "data"), "--out", str(tmp_path / "web")])
    assert result.exit_code == 0, result.output
    assert "pages" in result.output and (tmp_path / "web" / "index.html").is_file()
    missing = CliRunner().invoke(app, ["site", "--release", "9.9.9", "--releases-dir", str(tmp_path)])
    assert missing.exit_code != 0 and "error:" in missing.output


def test_release_publish_dir_gets_the_site_beside_the_releases(tmp_path):
    import datetime as dt
    import subprocess

    from rapat import manifest
    from rapat.release import build_release

    from release_tables import make_tables

    make_tables(tmp_path / "data", n=16)
    now = dt.datetime(2026, 11, 27, 3, 0, tzinfo=dt.timezone.utc)
    folder = build_release(tmp_path / "data", tmp_path / "out", publish_dir=tmp_path / "pub", now=now)
    pub = tmp_path / "pub"
    index = manifest.read_index(pub)
    assert index["latest"] == folder.name and (pub / "index.html").is_file()
    done = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=pub / folder.name, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout  # the site left the release folder as it was
    downloads = (pub / "unduh.html").read_text(encoding="utf-8")
    sums = {e["path"]: e["sha256"] for e in index["releases"][0]["files"]}
    assert sums["meetings.parquet"] in downloads and f'href="{folder.name}/meetings.parquet"' in downloads
    assert "cff-version" in downloads  # how to cite
    home = (pub / "index.html").read_text(encoding="utf-8")
    assert f"#v{folder.name}" in home and f'href="{folder.name}/README.md"' in home
    build_release(tmp_path / "data", tmp_path / "out", publish_dir=pub, now=now + dt.timedelta(days=1))
    assert len(manifest.read_index(pub)["releases"]) == 2 and (pub / folder.name / "SHA256SUMS").is_file()


def test_a_chair_spelled_otherwise_is_still_the_official():
    from rapat.records import _person_names, chair_id

    meeting = {"chair_name": "Muhammad Ridho Ficardo",
               "officials": [{"name": "M. Ridho Ficardo", "role": "Gubernur", "person_id": "muhammad-ridho-ficardo"}]}
    assert chair_id(meeting) is None  # by the names alone they differ
    assert chair_id(meeting, _person_names()) == "muhammad-ridho-ficardo"
    assert chair_id(dict(meeting, chair_name="Hamartoni Ahadis"), _person_names()) is None


def test_an_id_that_cannot_be_a_file_name_is_refused(tmp_path):
    from release_tables import make_tables, write

    tables = make_tables(tmp_path / "data", n=8)
    tables["meetings"][0]["meeting_id"] = "../../etc/evil"
    write(tmp_path / "data", "meetings", tables["meetings"])
    with pytest.raises(SiteError, match="cannot name a page"):
        build_site(tmp_path / "data", tmp_path / "out")
    assert not (tmp_path / "etc").exists()


def test_site_feeds_parse(site):
    import xml.etree.ElementTree as ET

    import icalendar

    root, tables = site
    out = root / "out"
    atom = ET.parse(out / "feeds" / "atom.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = atom.findall("a:entry", ns)
    assert len(entries) == min(50, len(tables["meetings"]))
    assert all(e.find("a:link", ns).get("href").startswith(SITE_URL + "/rapat/") for e in entries)
    assert HOSTILE in {e.find("a:title", ns).text for e in entries}  # escaped in XML, intact when parsed
    everyone = icalendar.Calendar.from_ical((out / "feeds" / "rapat.ics").read_bytes()).walk("VEVENT")
    assert len(everyone) == len(tables["meetings"])
    governor = icalendar.Calendar.from_ical((out / "feeds" / "pejabat" / "rahmat-mirzani-djausal.ics").read_bytes())
    assert [str(e["UID"]) for e in governor.walk("VEVENT")] == [f"{tables['meetings'][0]['meeting_id']}@rapat-lampung"]
