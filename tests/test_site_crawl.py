"""End to end: a crawled article whose headline and text carry markup and a script shows as text."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from rapat.site import build_site
from tests.conftest import run_crawl_process

HOST = "disperindag.lampungprov.go.id"
TITLE = "Gubernur Lampung Rahmat Mirzani Djausal Menggelar Rapat Koordinasi Bersama Bupati/Walikota se-Provinsi Lampung"
# What the page's visitors read: escaped in the HTML source, literal markup in the text.
EVIL = '<script>alert("rapat")</script><img src=x onerror=alert(1)>'
EVIL_HTML = EVIL.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _page() -> bytes:
    html = (Path(__file__).parent / "pages" / "disperindag_rakor.html").read_text(encoding="utf-8")
    html = html.replace(TITLE, f"{TITLE} {EVIL_HTML}")
    html = html.replace("Bandar Lampung--Gubernur Lampung", f"Bandar Lampung--{EVIL_HTML} Gubernur Lampung", 1)
    return html.encode("utf-8")


def _route(host: str, path: str):
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
    if path == "/post/berita":
        link = '<div class="single-post-text"><h2><a href="/detail-post/rakor-1">x</a></h2></div>'
        return 200, {}, f'<html><body><div class="blog-area">{link}<ul class="pagination"><li>1</li></ul></div></body></html>'.encode()
    if path == "/detail-post/rakor-1":
        return 200, {}, _page()
    return None


def test_crawled_markup_and_script_are_shown_as_text(tmp_path, local_site):
    from pipelines.meetings import build_meetings

    data = tmp_path / "data"
    with local_site(_route) as site:
        run = run_crawl_process(data, "--source", "disperindag", "--mirror", site.url)
    assert run.returncode == 0, run.stderr[-2000:]
    (article,) = pq.read_table(data / "articles.parquet").to_pylist()
    assert EVIL in article["title"] and EVIL in article["body_text"]  # the crawl keeps the text as published
    build_meetings(data)
    (meeting,) = pq.read_table(data / "meetings.parquet").to_pylist()
    build_site(data, tmp_path / "site", site_url="https://example.org")
    page = (tmp_path / "site" / "rapat" / f"{meeting['meeting_id']}.html").read_text(encoding="utf-8")
    assert EVIL_HTML.replace('"', "&#34;") in page  # shown as text: every < > & " escaped
    for path in (tmp_path / "site").rglob("*.html"):
        body = path.read_text(encoding="utf-8")
        assert "<script>alert" not in body and "<img src=x" not in body, path
