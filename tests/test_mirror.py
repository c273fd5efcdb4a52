"""The mirror: deterministic, grows without changing old pages, served by Host over real HTTP."""

import http.client
import json
import urllib.request
from collections import Counter
from urllib.parse import urlsplit

import pytest

from crawler.canonical import canonicalize
from crawler.parsing import PageRejected, parse_article, parse_listing
from crawler.sources import load_sources
from rapat.mirror import MirrorServer, MirrorSite

BAPPEDA = "bappeda.lampungprov.go.id"


def target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def fetch(site: MirrorSite, url: str):
    """GET through the site object, following the site's own redirects."""
    for _ in range(3):
        response = site.respond(urlsplit(url).hostname, target(url))
        if response.status != 301:
            return url, response
        url = response.headers["Location"]
    raise AssertionError("redirect loop")


def crawl(site: MirrorSite) -> tuple[dict[str, dict], Counter]:
    """Walk every listing of every source like the spiders do; parse each linked article."""
    articles, reasons = {}, Counter()
    for source in site.sources:
        for route in source.listings:
            url = f"https://{source.host}{route}"
            while url:
                url, response = fetch(site, url)
                try:
                    page = parse_listing(url, response.body, family=source.family, status=response.status)
                except PageRejected as exc:
                    reasons[exc.reason] += 1
                    break
                for link in page.article_urls:
                    link, r = fetch(site, link)
                    try:
                        a = parse_article(link, r.body, family=source.family, status=r.status,
                                          content_type=r.headers.get("Content-Type"), headers=r.headers)
                        articles[a["canonical_url"]] = a
                    except PageRejected as exc:
                        reasons[exc.reason] += 1
                url = page.next_url
    return articles, reasons


def listed(site: MirrorSite, host: str) -> list[str]:
    """Every article URL of a host's /post/berita listing, page after page (canonical)."""
    urls, url = [], f"https://{host}/post/berita"
    while url:
        page = parse_listing(url, site.respond(host, target(url)).body, family="shared_cms")
        assert page.dates == sorted(page.dates, reverse=True)
        urls += [canonicalize(u) for u in page.article_urls]
        url = page.next_url
    return urls


@pytest.fixture(scope="module")
def site60():
    return MirrorSite(articles=60)


@pytest.fixture(scope="module")
def crawled60(site60):
    return crawl(site60)


def test_a_full_walk_finds_exactly_the_expected_articles(site60, crawled60):
    articles, reasons = crawled60
    assert set(articles) == site60.expected_articles()
    assert reasons == Counter({"challenge": 1, "empty": 1, "truncated": 1, "no_body": 1, "http_error": 2, "not_html": 1})


def test_expected_failures_are_what_a_parser_sees(site60):
    failures = site60.expected_failures()
    assert {reason for _, reason in failures} == {"challenge", "empty", "truncated", "no_body", "http_error", "not_html"}
    assert not {url for url, _ in failures} & site60.expected_articles()
    for url, reason in failures:
        _, r = fetch(site60, url)
        family = "wordpress" if "dinkes" in url else "shared_cms"
        with pytest.raises(PageRejected) as info:
            parse_article(url, r.body, family=family, status=r.status, content_type=r.headers.get("Content-Type"))
        assert info.value.reason == reason, url
        assert url == canonicalize(url)


def test_every_registered_host_is_served(site60):
    assert set(site60.hosts()) == {s.host for s in load_sources()}
    assert all(site60.copies(host) for host in site60.hosts())


def test_site_furniture_and_variants(site60, crawled60):
    articles, _ = crawled60
    rows = list(articles.values())
    assert {a["parser"] for a in rows} == {"shared_cms/1", "wordpress/1"}
    assert any(not a["published_time_known"] for a in rows)          # 00:00 WIB posts
    assert any(a["title"].isupper() for a in rows)                    # ALL CAPS titles
    assert {"Bandar Lampung", "Bandarlampung"} <= {a["dateline"] for a in rows}
    ppid = [u for u in articles if "//ppid." in u]
    assert ppid and all(any(c.isupper() for c in u.rsplit("/", 1)[1]) for u in ppid)  # Title-Case slugs
    assert any(len(u.rsplit("/", 1)[1]) > 200 for u in articles if "//biroadpim." in u)
    assert all(a["views"] is not None for a in rows if a["parser"] == "shared_cms/1")
    assert all(u.startswith("https://") and "/berkas/uploads/" in "".join(a["image_urls"]) or "dinkes" in u
               for u, a in articles.items())
    html = b"".join(site60.respond(c.source.host, f"/detail-post/{c.slug}").body for c in site60.copies()[:40]
                    if c.source.family == "shared_cms")
    for marker in (b"Tabik Puun", b"BANDARLAMPUNG -----", b"(ANTARA)", b"#pemprovlampung", b"@pemprov",
                   b"Dilihat", b"Super Administrator", b"Berita Terkini", b"Hubungi Kami", b">Post<"):
        assert marker in html, marker


def test_cross_posts_share_a_content_hash(site60, crawled60):
    articles, _ = crawled60
    by_release: dict[int, set[str]] = {}
    for copy in site60.copies():
        if copy.url in articles:
            by_release.setdefault(copy.i, set()).add(articles[copy.url]["content_sha256"])
    shared = [hashes for i, hashes in by_release.items() if len(site60._hosts_of(i)) > 1]
    assert len(shared) >= 3
    assert all(len(hashes) == 1 for hashes in shared)
    share = sum(len(site60._hosts_of(i)) > 1 for i in range(site60.articles)) / site60.articles
    assert 0.05 <= share <= 0.3


def test_deterministic_across_instances():
    a, b, c = MirrorSite(articles=50, seed=7), MirrorSite(articles=50, seed=7), MirrorSite(articles=50, seed=8)
    for copy in a.copies()[:25]:
        path = f"/{copy.slug}/" if copy.source.family == "wordpress" else f"/detail-post/{copy.slug}"
        assert a.respond(copy.source.host, path).body == b.respond(copy.source.host, path).body
    assert a.respond(BAPPEDA, "/post/berita?page=1").body == b.respond(BAPPEDA, "/post/berita?page=1").body
    assert a.respond(BAPPEDA, "/post/berita?page=1").body != c.respond(BAPPEDA, "/post/berita?page=1").body


def test_growth_keeps_old_pages_and_puts_new_ones_on_top():
    small, big = MirrorSite(articles=40), MirrorSite(articles=70)
    assert small.expected_articles() < big.expected_articles()
    for copy in small.copies():
        path = f"/{copy.slug}/" if copy.source.family == "wordpress" else f"/detail-post/{copy.slug}"
        assert small.respond(copy.source.host, path).body == big.respond(copy.source.host, path).body
    for host in ("biroadpim.lampungprov.go.id", "www.lampungprov.go.id"):
        old, new = listed(small, host), listed(big, host)
        assert len(new) > len(old) and new[-len(old):] == old  # same old list, newer articles on top
    assert [small.stamp(i) for i in range(40)] == [big.stamp(i) for i in range(40)]
    assert all(big.stamp(i).date() <= big.stamp(i + 1).date() for i in range(69))


def test_revision_changes_a_handful_of_bodies(site60, crawled60):
    articles, _ = crawled60
    revised = MirrorSite(articles=60, revision=1)
    changed = revised.changed_articles()
    assert 2 <= len(changed) <= 10 and changed <= revised.expected_articles()
    assert site60.changed_articles() == set()
    after, _ = crawl(revised)
    differs = {u for u in articles if after[u]["content_sha256"] != articles[u]["content_sha256"]}
    assert differs == changed


def test_texts_jsonl(tmp_path):
    path = tmp_path / "texts.jsonl"
    rows = [{"title": f"Rakor Inflasi {n}", "text": f"Bandar Lampung--Paragraf pertama {n} (16/04/2025).\nParagraf kedua.",
             "published": "2025-04-16"} for n in range(3)]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    site = MirrorSite(articles=20, texts=path)
    articles, _ = crawl(site)
    assert {a["title"] for a in articles.values()} <= {r["title"] for r in rows} | {r["title"].upper() for r in rows}
    assert any(a["lead"].startswith("Paragraf pertama 1 (16/04/2025)") for a in articles.values())
    path.write_text('{"title": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="texts.jsonl:1"):
        MirrorSite(texts=path)


@pytest.mark.parametrize("index, present, absent", [
    (300, {"Ridho", "Hamartoni"}, {"Arinal", "Samsudin", "Mirza", "Jihan"}),           # early 2019
    (9_000, {"Arinal", "Nunik", "Fahrizal"}, {"Ridho", "Samsudin", "Mirza", "Jihan"}),  # 2022
    (19_500, {"Mirza", "Jihan", "Marindo"}, {"Ridho", "Arinal", "Samsudin", "Nunik"}),  # late 2025
])
def test_officials_belong_to_the_era_of_the_date(index, present, absent):
    site = MirrorSite(articles=20_000)
    texts = []
    for i in range(index, index + 40):
        rel = site.release(i)
        texts.append(" ".join([rel.title, rel.lead, *rel.paragraphs]))
    text = " ".join(texts)
    assert all(name in text for name in present), (site.stamp(index), present)
    assert not any(name in text for name in absent), (site.stamp(index), absent)


def test_meetings_and_other_activities_are_both_generated():
    site = MirrorSite(articles=400)
    kinds = Counter(site.release(i).kind for i in range(400))
    assert {"rapat_koordinasi", "rapat_paripurna", "musrenbang", "audiensi", "fgd", "rapat_kerja", "rapat_evaluasi",
            "konsultasi_publik", "rapat_daring", "pelantikan", "kunjungan", "peluncuran", "bantuan", "penghargaan",
            "olahraga", "pernyataan", "upacara"} == set(kinds)


def test_host_dispatch_over_real_http(site60):
    with MirrorServer(site60) as server:
        conn = http.client.HTTPConnection(server.host, server.port, timeout=5)

        def get(path, host):
            conn.request("GET", path, headers={"Host": host})
            r = conn.getresponse()
            return r.status, dict(r.getheaders()), r.read()

        # one keep-alive connection serves several hosts, chosen by the Host header
        status, _, body = get("/post/berita", BAPPEDA)
        assert status == 200 and b"Bappeda Provinsi Lampung" in body
        copy = next(c for c in site60.copies(BAPPEDA) if site60._failure(c) is None)
        a = get(f"/detail-post/{copy.slug}", BAPPEDA)
        b = get(f"/index.php/detail-post/{copy.slug}", f"{BAPPEDA}:443")
        assert a[0] == b[0] == 200 and a[2] == b[2]
        assert get("/robots.txt", BAPPEDA)[2] == b"User-agent: *\nDisallow: /login\nDisallow: /admin\n"
        status, headers, body = get("/post/berita", "dlh.lampungprov.go.id")
        assert status == 403 and headers["cf-mitigated"] == "challenge" and b"Just a moment..." in body
        assert get("/detail-post/no-such-post", BAPPEDA)[0] == 404
        assert get("/", "unknown.example.org")[0] == 200  # index for humans
        conn.close()

        index = urllib.request.urlopen(server.url + "/").read()
        assert b"/_host/bappeda.lampungprov.go.id/" in index
        browsed = urllib.request.urlopen(f"{server.url}/_host/{BAPPEDA}/detail-post/{copy.slug}").read()
        assert b'href="/_host/bappeda.lampungprov.go.id/post/berita"' in browsed
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(server.url + "/nothing-here")
        assert info.value.code == 404


def test_keep_alive_throughput(site60):
    from rapat.mirror.bench import pages_per_second

    rate = pages_per_second(site60, requests=400, clients=2)
    assert rate > 300, f"{rate:.0f} pages/s"
