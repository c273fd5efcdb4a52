"""MirrorSite: every registered host, generated lazily and deterministically.

Article i is a pure function of (seed, i, revision): its text, its hosts, its slugs and
its publication time, which grows with i. A bigger site is the same site plus newer
articles on top of the listings. Only a light catalogue (host, slug, title per copy) is
held; pages are rendered on request.

Deliberate failures (fixed, present for any size >= 30; see `expected_failures()`):
  - every page of the dlh host answers 403 with a Cloudflare-style challenge
    (`cf-mitigated: challenge`), so nothing of dlh can become an article;
  - article 15 (bappeda): 200 with an empty body                -> empty
  - article 18 (inspektorat): HTML cut mid-tag                  -> truncated
  - article 21 (disnaker): 200 page with no article area        -> no_body
  - article 24 (dinsos): always HTTP 500                        -> http_error
  - article 26 (bappeda): a PDF linked as an article            -> not_html
  - article 29 (dishub): listed, but the page is gone (404)     -> http_error
Cross-posting: about half of the biroadpim releases (~15% of all) are reposted on www,
ppid and one OPD host, with another slug/title casing, greeting and dateline.
`revision > 0` rewrites the body of articles with i % 20 == 3 (see `changed_articles()`).
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
import string
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from crawler.canonical import canonicalize
from crawler.sources import Source, load_sources
from rapat.mirror import render, themes
from rapat.mirror.prose import HARI, Release, make_release, release_from_text
from zoneinfo import ZoneInfo

JAKARTA = ZoneInfo("Asia/Jakarta")
PER_PAGE = 10
EPOCH = datetime(2019, 1, 2, 7, 0, tzinfo=JAKARTA)
STEP = timedelta(hours=3)
CHALLENGED = "dlh"
# i -> (source key, failure kind); kinds map to crawl_failures reasons in REASONS.
FAILURES = {15: ("bappeda", "empty"), 18: ("inspektorat", "truncated"), 21: ("disnaker", "no_body"),
            24: ("dinsos", "error_500"), 26: ("bappeda", "pdf"), 29: ("dishub", "gone_404")}
REASONS = {"empty": "empty", "truncated": "truncated", "no_body": "no_body", "error_500": "http_error",
           "pdf": "not_html", "gone_404": "http_error"}
WEIGHTS = {"biroadpim": 30, "www": 20, "bappeda": 8, "diskominfotik": 6, "disperindag": 6, "dinkes": 6,
           "inspektorat": 5, "ppid": 5, "disnaker": 4, "dinsos": 4, "dishub": 4, "balitbangda": 3, "dlh": 3,
           "museumketransmigrasian": 2}
GREETINGS = ["Tabik Puunn...", "Tabik Puun...", "Tabik pun..", "Selamat Pagi, Kham Seunyinni, Tabik Pun", None, None]
DATELINES = ["Bandar Lampung--", "Bandar Lampung – ", "Bandar Lampung - ", "BANDARLAMPUNG -----",
             "Bandarlampung—", "Bandar Lampung (ANTARA) - "]
# layouts="varied": these hosts use the other templates of their CMS family (rapat/mirror/themes.py).
VARIED_THEMES = {"inspektorat": "opd_b", "balitbangda": "opd_b", "disnaker": "opd_c", "dishub": "opd_c", "dinkes": "wp_b"}
LAYOUTS = ("classic", "varied")
HANDLES = "@pemprovlampung_ @pemprov.lampung @diskominfotik.lampung @biroadpim.lampung"
_ALNUM = string.ascii_letters + string.digits
_ARTICLE = re.compile(r"^/(?:index\.php/)?detail-post/([^/]+)(/?)$")
_LISTING = re.compile(r"^/(?:index\.php/)?post/(berita|artikel|kegiatan|all)(?:/(\d+))?/?$")
_WP_PAGE = re.compile(r"^/page/(\d+)/?$")
_WP_POST = re.compile(r"^/([^/.]+)(/?)$")
TINY_JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@dataclass(frozen=True)
class Copy:
    """One release as published on one host."""

    i: int
    source: Source
    slug: str
    title: str
    category: str
    pos: int  # index among this host's copies, oldest first

    @property
    def url(self) -> str:
        """The real canonical URL of this copy."""
        if self.source.family == "wordpress":
            return canonicalize(f"https://{self.source.host}/{self.slug}/")
        return canonicalize(f"https://{self.source.host}/detail-post/{self.slug}")


@dataclass
class Response:
    """What the server sends: status, headers, body bytes."""

    status: int
    headers: dict[str, str]
    body: bytes


def slugify(text: str) -> str:
    """Lower-case hyphen slug as the CMS makes it."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def title_slug(text: str) -> str:
    """Title-Case slug as ppid keeps it."""
    return "-".join(w[:1].upper() + w[1:] for w in slugify(text).split("-"))


def _load_texts(path: str | Path | None) -> list[dict] | None:
    if path is None:
        return None
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from None
            if not isinstance(row, dict) or not str(row.get("text", "")).strip():
                raise ValueError(f"{path}:{n}: each row needs a non-empty 'text'")
            rows.append(row)
    if not rows:
        raise ValueError(f"{path}: no rows")
    return rows


class MirrorSite:
    """A deterministic replica of every registered host; `respond(host, target)` serves a page."""

    def __init__(self, articles: int = 60, seed: int = 1, texts: str | Path | None = None,
                 revision: int = 0, sources: list[Source] | None = None, layouts: str = "classic") -> None:
        if articles < 0:
            raise ValueError("articles must be >= 0")
        if layouts not in LAYOUTS:
            raise ValueError(f"layouts must be one of {', '.join(LAYOUTS)}, not {layouts!r}")
        self.themes = VARIED_THEMES if layouts == "varied" else {}
        self.articles, self.seed, self.revision = articles, seed, revision
        self.sources = list(sources or load_sources())
        self.by_key = {s.key: s for s in self.sources}
        self.by_host = {s.host: s for s in self.sources}
        self._texts = _load_texts(texts)
        self._catalogue: tuple[dict, dict] | None = None
        # Per-instance caches: pages repeat (listings, revisits) and text is cheap to keep.
        self.page = lru_cache(maxsize=4096)(self._page)
        self._release = lru_cache(maxsize=8192)(self._make_release)

    # -- the catalogue: which release is on which host under which slug -------------------

    def stamp(self, i: int) -> datetime:
        """Publication time of article i: grows with i; some old posts show 00:00 WIB."""
        rng = random.Random(f"{self.seed}:{i}:time")
        stamp = EPOCH + STEP * i + timedelta(minutes=rng.randint(0, 170))
        midnight_odds = 0.15 if stamp.year <= 2019 else 0.03
        if rng.random() < midnight_odds:
            return stamp.replace(hour=0, minute=0)
        return stamp

    def release(self, i: int) -> Release:
        """The release text of article i (before host furniture)."""
        return self._release(i)

    def _make_release(self, i: int) -> Release:
        day = self.stamp(i).date()
        if self._texts:
            return release_from_text(self._texts[i % len(self._texts)], day)
        return make_release(random.Random(f"{self.seed}:{i}:text"), day, self._primary(i).name)

    def _primary(self, i: int) -> Source:
        if i in FAILURES and FAILURES[i][0] in self.by_key:
            return self.by_key[FAILURES[i][0]]
        if i < len(self.sources):
            return self.sources[i]
        rng = random.Random(f"{self.seed}:{i}:host")
        return rng.choices(self.sources, weights=[WEIGHTS.get(s.key, 3) for s in self.sources])[0]

    def _hosts_of(self, i: int) -> list[tuple[Source, str]]:
        primary = self._primary(i)
        rng = random.Random(f"{self.seed}:{i}:copies")
        copies = [(primary, "primary")]
        if primary.key == "biroadpim" and i not in FAILURES and rng.random() < 0.5:
            opd = [s for s in self.sources if s.family == "shared_cms"
                   and s.key not in ("biroadpim", "www", "ppid", CHALLENGED)]
            extra = [self.by_key.get("www"), self.by_key.get("ppid"), rng.choice(opd) if opd else None]
            copies += [(s, "repost") for s in extra if s is not None]
        return copies

    def _slug_title(self, i: int, source: Source, role: str) -> tuple[str, str]:
        rel = self.release(i)
        rng = random.Random(f"{self.seed}:{i}:{source.key}:title")
        title = rel.title.upper() if rng.random() < (0.25 if role == "repost" else 0.06) else rel.title
        if source.key == "ppid":
            return title_slug(rel.title), title
        if source.key == "biroadpim" and rel.dek:
            return slugify(f"{rel.title} {rel.dek}"), title
        return slugify(rel.title) or f"post-{i}", title

    def _category(self, i: int, source: Source) -> str:
        cats = [path.rsplit("/", 1)[-1] for path in source.listings if path.startswith("/post/")]
        cats = [c for c in cats if c != "all"] or ["berita", "kegiatan"]
        return random.Random(f"{self.seed}:{i}:{source.key}:cat").choice(cats)

    def catalogue(self) -> tuple[dict[str, list[Copy]], dict[str, dict[str, Copy]]]:
        """(host -> copies oldest first, host -> slug -> copy), built once on first use."""
        if self._catalogue is None:
            by_host: dict[str, list[Copy]] = {s.host: [] for s in self.sources}
            by_slug: dict[str, dict[str, Copy]] = {s.host: {} for s in self.sources}
            for i in range(self.articles):
                for source, role in self._hosts_of(i):
                    slug, title = self._slug_title(i, source, role)
                    base, n = slug, 1
                    while slug in by_slug[source.host]:
                        n += 1
                        slug = f"{base}-{n}"
                    copy = Copy(i, source, slug, title, self._category(i, source), len(by_host[source.host]))
                    by_host[source.host].append(copy)
                    by_slug[source.host][slug] = copy
            self._catalogue = (by_host, by_slug)
        return self._catalogue

    # -- what tests and benchmarks rely on -------------------------------------------------

    def hosts(self) -> list[str]:
        """Real host names this mirror answers for."""
        return [s.host for s in self.sources]

    def copies(self, host: str | None = None) -> list[Copy]:
        """Every published copy (of one host, or of all), oldest first."""
        by_host, _ = self.catalogue()
        if host:
            return list(by_host[host])
        return sorted((c for cs in by_host.values() for c in cs), key=lambda c: (c.i, c.source.key))

    def _failure(self, copy: Copy) -> str | None:
        if copy.source.key == CHALLENGED:
            return "challenge"
        if copy.i in FAILURES and FAILURES[copy.i][0] == copy.source.key:
            return FAILURES[copy.i][1]
        return None

    def expected_articles(self) -> set[str]:
        """Canonical URLs that a correct crawl turns into articles (failures excluded)."""
        return {c.url for c in self.copies() if self._failure(c) is None}

    def expected_failures(self) -> list[tuple[str, str]]:
        """(URL, reason) of every deliberate failure; dlh's are its listing URLs (challenge)."""
        out = []
        for c in self.copies():
            kind = self._failure(c)
            if kind and kind != "challenge":
                out.append((c.url, REASONS[kind]))
        dlh = self.by_key.get(CHALLENGED)
        if dlh:
            out += [(f"https://{dlh.host}{path}", "challenge") for path in dlh.listings]
        return out

    def changed_articles(self) -> set[str]:
        """Canonical URLs whose body differs from revision 0 (empty when revision == 0)."""
        if not self.revision:
            return set()
        return {c.url for c in self.copies() if c.i % 20 == 3 and self._failure(c) is None}

    # -- serving ---------------------------------------------------------------------------

    def respond(self, host: str, target: str) -> Response:
        """Answer a GET for `target` (path + query) on a real host name."""
        host = host.lower().split(":")[0]
        source = self.by_host.get(host)
        if source is None:
            return _html(404, render.not_found_page("Rapat Lampung mirror"))
        if source.key == CHALLENGED:
            return _challenge(host, target)
        parts = urlsplit(target)
        return self.page(source.key, parts.path or "/", parts.query)

    def _page(self, key: str, path: str, query: str) -> Response:
        source = self.by_key[key]
        if path == "/robots.txt":
            robots = render.ROBOTS_WP if source.family == "wordpress" else render.ROBOTS_CMS
            return Response(200, {"Content-Type": "text/plain; charset=UTF-8"}, robots.encode())
        if path.startswith(("/berkas/", "/wp-content/uploads/")):
            return Response(200, {"Content-Type": "image/jpeg"}, TINY_JPEG)
        if source.family == "wordpress":
            return self._wordpress(source, path)
        return self._shared_cms(source, path, query)

    def _shared_cms(self, source: Source, path: str, query: str) -> Response:
        m = _ARTICLE.match(path)
        if m:
            if m.group(2):
                return _redirect(f"https://{source.host}{path.rstrip('/')}")
            return self._cms_article(source, m.group(1))
        m = _LISTING.match(path)
        if m or path in ("/", "/index.php"):
            page = (m.group(2) if m and m.group(2) else None) or parse_qs(query).get("page", ["1"])[0]
            if not page.isdigit() or int(page) < 1:
                page = "1"
            return self._cms_listing(source, m.group(1) if m else "all", int(page))
        return _html(404, render.not_found_page(source.name))

    def _cms_article(self, source: Source, slug: str) -> Response:
        copy = self.catalogue()[1][source.host].get(slug)
        if copy is None:
            return _html(404, render.not_found_page(source.name))
        kind = self._failure(copy)
        if kind == "empty":
            return Response(200, {"Content-Type": "text/html; charset=UTF-8"}, b"")
        if kind == "error_500":
            return _html(500, render.error_page())
        if kind == "gone_404":
            return _html(404, render.not_found_page(source.name))
        if kind == "pdf":
            return Response(200, {"Content-Type": "application/pdf"}, PDF)
        if kind == "no_body":
            return _html(200, render.maintenance_page(source.name))
        html = themes.ARTICLES.get(self.themes.get(source.key), render.cms_article)(self._article_page(copy))
        if kind == "truncated":
            cut = html.index("<", len(html) * 55 // 100) + 3
            html = html[:cut]
        return _html(200, html)

    def _listing_slice(self, copies: list[Copy], page: int) -> tuple[list[Copy], int]:
        last = max(1, math.ceil(len(copies) / PER_PAGE))
        newest_first = copies[::-1]
        return newest_first[(page - 1) * PER_PAGE: page * PER_PAGE], last

    def _cms_listing(self, source: Source, category: str, page: int) -> Response:
        copies = [c for c in self.catalogue()[0][source.host] if category == "all" or c.category == category]
        items, last = self._listing_slice(copies, page)
        recent = [self._recent_item(c) for c in self.catalogue()[0][source.host][::-1][:5]]
        html = themes.LISTINGS.get(self.themes.get(source.key), render.cms_listing)({
            "label": category.title(), "opd": source.name, "base": f"https://{source.host}/post/{category}",
            "page": page, "last": last, "recent": recent, "items": [self._item(c) for c in items],
            **_contact(source),
        })
        return _html(200, html)

    def _wordpress(self, source: Source, path: str) -> Response:
        m = _WP_PAGE.match(path)
        if path == "/" or m:
            page = int(m.group(1)) if m else 1
            if page == 1 and m:
                return _redirect(f"https://{source.host}/")
            copies = self.catalogue()[0][source.host]
            items, last = self._listing_slice(copies, page)
            if page > last:
                return _html(404, render.not_found_page(source.name))
            html = themes.LISTINGS.get(self.themes.get(source.key), render.wp_listing)({
                "opd": source.name, "root": f"https://{source.host}", "page": page, "last": last,
                "items": [self._item(c) for c in items],
                "recent": [self._recent_item(c) for c in copies[::-1][:5]],
            })
            return _html(200, html)
        m = _WP_POST.match(path)
        copy = self.catalogue()[1][source.host].get(m.group(1)) if m else None
        if copy is None:
            return _html(404, render.not_found_page(source.name))
        if not m.group(2):
            return _redirect(f"https://{source.host}{path}/")
        return _html(200, themes.ARTICLES.get(self.themes.get(source.key), render.wp_article)(self._article_page(copy)))

    # -- page content -----------------------------------------------------------------------

    def _link(self, copy: Copy) -> str:
        if copy.source.family == "wordpress":
            return f"https://{copy.source.host}/{copy.slug}/"
        # Failures are linked in canonical form so the failure URL a crawl records is canonical.
        form = 0 if self._failure(copy) else copy.i % 3
        if form == 1:
            return f"https://{copy.source.host}/index.php/detail-post/{copy.slug}"
        return f"/detail-post/{copy.slug}" if form == 0 else f"../detail-post/{copy.slug}"

    def _images(self, copy: Copy) -> list[str]:
        rng = random.Random(f"{self.seed}:{copy.i}:img")
        names = ["".join(rng.choices(_ALNUM, k=40)) for _ in range(rng.randint(1, 3))]
        if copy.source.family == "wordpress":
            d = self.stamp(copy.i)
            return [f"/wp-content/uploads/{d:%Y/%m}/{n[:12].lower()}.jpg" for n in names]
        return [f"/berkas/uploads/{n}.jpg" for n in names]

    def _item(self, copy: Copy) -> dict:
        rel = self.release(copy.i)
        return {"href": self._link(copy), "title": copy.title, "stamp": self.stamp(copy.i),
                "image": self._images(copy)[0], "excerpt": rel.lead[:160]}

    def _recent_item(self, copy: Copy) -> tuple[str, str, datetime]:
        return (self._link(copy) if copy.source.family == "wordpress" else f"/detail-post/{copy.slug}",
                copy.title, self.stamp(copy.i))

    def _paragraphs(self, copy: Copy) -> list[str]:
        rel = self.release(copy.i)
        rng = random.Random(f"{self.seed}:{copy.i}:{copy.source.key}:furniture")
        body = list(rel.paragraphs)
        if self.revision and copy.i % 20 == 3:
            body.append(f"Pembaruan ke-{self.revision}: data peserta dan hasil kegiatan telah diperbarui oleh "
                        f"panitia berdasarkan laporan terakhir yang diterima redaksi.")
        if self._texts:
            return [rel.lead] + body
        greeting = rng.choice(GREETINGS)
        single_host = len(self._hosts_of(copy.i)) == 1
        if copy.source.key == "balitbangda" and single_host and rng.random() < 0.5:
            day = rel.event_date
            first = f"{HARI[day.weekday()]} {day.day}/{day.month}/{day.year}. {rel.lead}"
        else:
            first = rng.choice(DATELINES) + rel.lead
        out = []
        if greeting and rng.random() < 0.3:
            first = f"{greeting} {first}"
        elif greeting:
            out.append(greeting)
        out += [first] + body
        tail = rng.random()
        if tail < 0.35:
            out.append(" ".join(rel.hashtags))
        elif tail < 0.5:
            out.append(HANDLES)
        return out

    def _article_page(self, copy: Copy) -> dict:
        host_copies = self.catalogue()[0][copy.source.host]
        older = [c for c in host_copies[max(0, copy.pos - 6):copy.pos][::-1] if self._failure(c) is None][:5]
        views = random.Random(f"{self.seed}:{copy.i}:views").randint(12, 2400) + 7 * self.revision
        stamp = self.stamp(copy.i)
        return {
            "title": copy.title, "stamp": stamp, "views": views, "paragraphs": self._paragraphs(copy),
            "images": self._images(copy), "opd": copy.source.name, "recent": [self._recent_item(c) for c in older],
            "post_id": 1000 + copy.i, **_contact(copy.source),
        }


ADDRESSES = {
    "inspektorat": ("Jl. Dr. Susilo No. 42, Bandar Lampung", "(0721) 481166"),
    "bappeda": ("Jl. Robert Wolter Monginsidi No. 223, Teluk Betung, Bandar Lampung", "(0721) 481192"),
    "dishub": ("Jl. Sabah Balau, Jati Agung, Lampung Selatan", "(0721) 5611108"),
    "dinkes": ("Jl. dr. Susilo No. 46, Bandar Lampung", "(0721) 486281"),
}


def _contact(source: Source) -> dict:
    address, phone = ADDRESSES.get(source.key, ("Jl. Wolter Monginsidi No. 69, Teluk Betung, Bandar Lampung",
                                                "(0721) 481108"))
    return {"address": address, "phone": phone}


def _html(status: int, html: str) -> Response:
    return Response(status, {"Content-Type": "text/html; charset=UTF-8"}, html.encode("utf-8"))


def _redirect(location: str) -> Response:
    return Response(301, {"Location": location, "Content-Type": "text/html; charset=UTF-8"}, b"")


def _challenge(host: str, target: str) -> Response:
    ray = hashlib.sha256(f"{host}{target}".encode()).hexdigest()[:16]
    headers = {"Content-Type": "text/html; charset=UTF-8", "cf-mitigated": "challenge", "Server": "cloudflare",
               "CF-RAY": f"{ray}-CGK", "Cache-Control": "private, max-age=0, no-store, no-cache, must-revalidate"}
    return Response(403, headers, render.challenge_page(host, ray).encode("utf-8"))
