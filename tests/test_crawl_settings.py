"""The crawl's settings and source registry: what a user relies on before any request."""

from __future__ import annotations

import pytest

from crawler.sources import UnknownSource, get_source, load_sources
from rapat.crawl import build_settings


def test_polite_and_safe_defaults(tmp_path):
    s = build_settings(tmp_path, "r1")
    assert s.getbool("ROBOTSTXT_OBEY") is True
    assert s.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 2
    assert s.getbool("TELNETCONSOLE_ENABLED") is False
    assert s.getbool("REMOTE_CONTROL_ENABLED") is False
    assert s.getbool("AUTOTHROTTLE_ENABLED") is True
    assert s.getfloat("DOWNLOAD_DELAY") >= 1
    assert s.get("USER_AGENT").startswith("rapat-lampung/")
    assert "+https://github.com/rapat-lampung/rapat-lampung" in s.get("USER_AGENT")
    assert 0 < s.getint("DOWNLOAD_MAXSIZE") <= 50 * 1024 * 1024
    assert s.getint("RETRY_TIMES") >= 2 and 503 in s.getlist("RETRY_HTTP_CODES")
    assert s.get("RAPAT_DATA_DIR") == str(tmp_path) and s.get("RAPAT_RUN_ID") == "r1"
    assert s.getdict("DOWNLOADER_MIDDLEWARES")["crawler.middlewares.warc.WarcArchiveMiddleware"] >= 900


def test_mirror_relaxes_politeness_only_when_asked(tmp_path):
    live = build_settings(tmp_path, "r1")
    mirrored = build_settings(tmp_path, "r1", mirror="http://127.0.0.1:1")
    assert live.get("RAPAT_MIRROR_URL") is None
    assert mirrored.get("RAPAT_MIRROR_URL") == "http://127.0.0.1:1"
    assert mirrored.getfloat("DOWNLOAD_DELAY") == 0 and not mirrored.getbool("AUTOTHROTTLE_ENABLED")
    assert mirrored.getbool("ROBOTSTXT_OBEY") and not mirrored.getbool("TELNETCONSOLE_ENABLED")


def test_run_options_become_settings(tmp_path):
    s = build_settings(tmp_path, "r1", full=True, since="2025-02-20")
    assert s.getbool("RAPAT_FULL") and s.get("RAPAT_SINCE") == "2025-02-20"
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        build_settings(tmp_path, "r1", since="last week")


def test_registry_lookup_by_key_or_host():
    sources = load_sources()
    assert {s.family for s in sources} == {"shared_cms", "wordpress"}
    assert get_source("bappeda").host == "bappeda.lampungprov.go.id"
    assert get_source("DINKES.lampungprov.go.id").key == "dinkes"
    assert get_source("bappeda").listings == ("/post/berita", "/post/kegiatan")


def test_unknown_source_lists_valid_keys():
    with pytest.raises(UnknownSource) as err:
        get_source("bapeda")
    assert "bapeda" in str(err.value) and "bappeda" in str(err.value) and "dinkes" in str(err.value)


def test_registry_errors_are_clear(tmp_path):
    bad = tmp_path / "sources.toml"
    bad.write_text('[[source]]\nkey = "x"\nhost = "x.example"\nfamily = "joomla"\nlistings = ["/"]\n')
    with pytest.raises(ValueError, match="unknown family 'joomla'"):
        load_sources(bad)


def test_scrapy_cli_lists_one_spider_per_family():
    import subprocess

    from tests.conftest import ROOT, PYTHON, crawl_env

    out = subprocess.run([PYTHON, "-m", "scrapy", "list"], cwd=ROOT, env=crawl_env(),
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["shared_cms", "wordpress"]


def test_each_selected_source_is_crawled_once():
    from rapat.crawl import select_sources

    assert [s.key for s in select_sources(["bappeda", "bappeda.lampungprov.go.id", "www"])] == ["bappeda", "www"]
    assert len(select_sources(None)) == len(load_sources())
