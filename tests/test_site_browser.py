"""The website in a real browser (headless Chromium via Selenium and the system chromedriver).

Built from a demo crawl. Skips with a message where Chromium or its driver is not installed
(Debian: `apt-get install chromium chromium-driver`); nothing here downloads a browser.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from rapat.site import build_site
from rapat.site.charts import PALETTE

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(os.environ.get("RAPAT_TEST_ARTIFACTS", ROOT / "build" / "test-artifacts"))


def _browser_paths() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


@pytest.fixture(scope="module")
def driver():
    paths = _browser_paths()
    if paths is None:
        pytest.skip("no Chromium with chromedriver installed (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install '.[test]')")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = paths[0]
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(executable_path=paths[1]), options=options)
    yield browser
    browser.quit()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser")
    env = {k: v for k, v in os.environ.items() if k != "RAPAT_DATA_DIR"}
    demo = subprocess.run([sys.executable, "-m", "rapat", "demo", "--articles", "60", "--data-dir", str(root / "data")],
                          capture_output=True, text=True, timeout=240, env=env, cwd=ROOT)
    assert demo.returncode == 0, demo.stdout[-2000:] + demo.stderr[-2000:]
    build_site(root / "data", root / "site", site_url="https://example.org/rapat")
    return root / "site"


def _open(driver, path: Path) -> list[dict]:
    """Load a page; return its console errors (the log is read and cleared)."""
    driver.get(path.as_uri())
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def _pages(site: Path) -> list[Path]:
    meeting = next(p for p in sorted((site / "rapat").glob("*.html")) if not p.stem[:4].isdigit() and p.stem != "index")
    official = next(p for p in sorted((site / "pejabat").glob("*.html")) if p.stem != "index")
    year = next(p for p in sorted((site / "rapat").glob("*.html")) if p.stem.isdigit())
    month = next(p for p in sorted((site / "rapat").glob("*-*.html")) if p.stem[:4].isdigit())
    return [site / "index.html", site / "rapat" / "index.html", year, month, meeting, site / "pejabat" / "index.html",
            official, site / "sumber.html", site / "unduh.html"]


def test_no_console_errors_and_every_internal_link_resolves(driver, site):
    for page in _pages(site):
        assert _open(driver, page) == [], page
        urls = driver.execute_script(
            "return Array.from(document.querySelectorAll('a[href], img[src], script[src], link[href]'))"
            ".map(e => e.href || e.src);")
        for url in urls:
            parts = urlsplit(url)
            if parts.scheme == "file":
                assert Path(unquote(parts.path)).is_file(), f"{page.name}: {url}"


def _images_loaded(driver, timeout: float = 20.0) -> None:
    """Wait until every image of the page has finished loading (a busy machine decodes SVGs late)."""
    import time
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if driver.execute_script("return Array.from(document.images).every(i => i.complete);"):
            return
        time.sleep(0.1)


def test_charts_are_drawn_with_visible_marks(driver, site):
    _open(driver, site / "index.html")
    _images_loaded(driver)
    images = driver.execute_script(
        "return Array.from(document.querySelectorAll('figure.chart img')).map(i => "
        "[i.getAttribute('src'), i.naturalWidth, i.alt]);")
    assert len(images) == 4
    for src, width, alt in images:
        assert width > 100 and alt, src
        _open(driver, site / src)
        # Marks: shapes filled or stroked in a series colour, with an area on screen (axes are grey/black).
        marks = driver.execute_script(
            "const colours = arguments[0];"
            "return Array.from(document.querySelectorAll('path, rect, polygon')).filter(e => {"
            "  const s = (e.getAttribute('style') || '').toLowerCase(); const b = e.getBBox();"
            "  return colours.some(c => s.includes(c)) && b.width * b.height > 1; }).length;", list(PALETTE))
        assert marks >= 1, src


def test_typing_in_the_filter_narrows_the_rows(driver, site):
    from selenium.webdriver.common.by import By

    year = next(p for p in sorted((site / "rapat").glob("*.html")) if p.stem.isdigit())
    assert _open(driver, year) == []
    rows = driver.find_elements(By.CSS_SELECTOR, "#results tbody tr")
    assert len(rows) > 5
    word = max(rows[0].find_elements(By.TAG_NAME, "td")[2].text.split(), key=len)
    driver.find_element(By.NAME, "q").send_keys(word)
    narrowed = driver.find_elements(By.CSS_SELECTOR, "#results tbody tr")
    assert 0 < len(narrowed) < len(rows)
    assert all(word.lower() in r.text.lower() for r in narrowed)
    assert driver.find_element(By.ID, "status").text.startswith(f"{len(narrowed)} / ")


def test_a_meeting_page_lists_its_reports(driver, site):
    import pyarrow.parquet as pq
    from selenium.webdriver.common.by import By

    meetings = pq.read_table(site.parent / "data" / "meetings.parquet", columns=["meeting_id", "article_ids"]).to_pylist()
    busiest = max(meetings, key=lambda m: (len(m["article_ids"]), m["meeting_id"]))
    assert _open(driver, site / "rapat" / f"{busiest['meeting_id']}.html") == []
    links = driver.find_elements(By.CSS_SELECTOR, "ul.reports li a")
    assert len(links) == len(busiest["article_ids"]) > 0
    assert all(a.get_attribute("href").startswith("https://") for a in links)


def test_home_page_screenshot_is_saved(driver, site):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    _open(driver, site / "index.html")
    target = ARTIFACTS / "site-home.png"
    assert driver.save_screenshot(str(target))
    assert target.stat().st_size > 10_000


def test_the_filter_sorts_by_a_column(driver, site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    year = next(p for p in sorted((site / "rapat").glob("*.html")) if p.stem.isdigit())
    assert _open(driver, year) == []
    Select(driver.find_element(By.NAME, "order")).select_by_value("asc")
    dates = [r.find_element(By.TAG_NAME, "td").text for r in driver.find_elements(By.CSS_SELECTOR, "#results tbody tr")]
    assert dates == sorted(dates)
    Select(driver.find_element(By.NAME, "order")).select_by_value("type")
    types = [r.find_elements(By.TAG_NAME, "td")[1].text for r in driver.find_elements(By.CSS_SELECTOR, "#results tbody tr")]
    runs = [t for i, t in enumerate(types) if i == 0 or t != types[i - 1]]
    assert len(runs) == len(set(runs)) > 1  # rows of one type come together
    assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
