"""Large, realistic tables for the website benchmark: years of meetings, chairs by term, many reports.

Meetings spread over 2019-2026 with a rhythm that changes with the administration, chairs and
officials drawn from the gazetteer by the dates of their terms, cities, types and topics with
skewed frequencies, one to four reports per meeting, and articles that report no meeting.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import random
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the schema-true writer

from release_tables import crawl_failure, crawl_run, write  # noqa: E402

from crawler.resources import datasets_dir  # noqa: E402

WIB = ZoneInfo("Asia/Jakarta")
UTC = dt.timezone.utc
START, END = dt.date(2019, 1, 1), dt.date(2026, 11, 30)
SOURCES = ("www", "biroadpim", "ppid", "bappeda", "diskominfotik", "dinkes", "disperindag", "bpbd", "dlh", "dishub")


def _csv(name: str) -> list[dict]:
    with (datasets_dir() / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _id(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _in_term(row: dict, day: dt.date) -> bool:
    return row["from"] <= day.isoformat() and (not row["to"] or day.isoformat() <= row["to"])


class _World:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.officials = _csv("gazetteer/officials.csv")
        self.types = [r["key"] for r in _csv("meeting_types.csv")]
        self.type_weights = [2, 2, 3, 2, 2, 4, 10, 5, 2, 1, 6, 1, 3][: len(self.types)]
        self.regions = _csv("gazetteer/regions.csv")
        self.region_weights = [30 if r["name"] == "Kota Bandar Lampung" else 3 for r in self.regions]
        self.topics = [r["key"] for r in _csv("topics.csv")]
        self.topic_weights = [1 / (i + 1) for i in range(len(self.topics))]

    def day(self) -> dt.date:
        # More meetings after the change of administration: the rhythm the site's charts show.
        while True:
            day = START + dt.timedelta(days=self.rng.randrange((END - START).days + 1))
            if day >= dt.date(2025, 2, 20) or self.rng.random() < 0.7:
                return day

    def people(self, day: dt.date) -> list[dict]:
        return [o for o in self.officials if _in_term(o, day)]


def meeting(world: _World, i: int) -> dict:
    """One meeting row (without its article ids)."""
    rng = world.rng
    day = world.day()
    region = rng.choices(world.regions, world.region_weights)[0]
    people = world.people(day) or world.officials[:1]
    chair = rng.choice(people[:3] if rng.random() < 0.6 else people)
    others = rng.sample(people, min(len(people), rng.randint(0, 3)))
    officials = [{"name": o["name"], "role": o["role"], "person_id": o["person_id"]} for o in [chair, *others]]
    officials = list({o["person_id"]: o for o in officials}.values())
    mtype = rng.choices(world.types, world.type_weights)[0]
    topics = sorted(set(rng.choices(world.topics, world.topic_weights, k=rng.randint(1, 3))))
    title = (f"{chair['role']} {chair['name']} Pimpin {mtype.replace('_', ' ').title()} "
             f"Bahas {', '.join(t.replace('_', ' ') for t in topics)} di {region['name']} ({i})")
    return {
        "meeting_id": f"ev-{_id(f'meeting-{i}')}", "meeting_type": mtype, "title": title, "meeting_date": day,
        "date_text": f"{day:%A} ({day.day}/{day.month})", "mode": rng.choice(["luring", "luring", "daring", "hibrid"]),
        "venue": rng.choice(["Gedung Pusiban", "Ruang Rapat Sakai Sambayan", "Mahan Agung", "Balai Keratun", None]),
        "city": region["name"], "kemendagri_code": region["kemendagri_code"], "bps_code": region["bps_code"],
        "chair_name": chair["name"], "chair_role": chair["role"],
        "participants": rng.sample(["Bank Indonesia", "BPS Provinsi Lampung", "Bulog", "Forkopimda", "OPD terkait"], 2),
        "officials": officials, "topics": topics, "confidence": round(rng.uniform(0.55, 0.98), 2),
        "evidence": f"{chair['name']} memimpin rapat di {region['name']} membahas {', '.join(topics)}.",
    }


def article(world: _World, i: int, day: dt.date, title: str) -> dict:
    """One article row published on or a day after `day`."""
    source = world.rng.choice(SOURCES)
    url = f"https://{source}.lampungprov.go.id/detail-post/berita-{i}"
    published = dt.datetime.combine(day + dt.timedelta(days=world.rng.randint(0, 1)), dt.time(8 + i % 10, i % 60), WIB)
    body = f"{title}. Isi berita nomor {i}."
    return {
        "article_id": _id(url), "source": source, "url": url, "canonical_url": url, "title": title,
        "published_at": published, "published_time_known": True, "dateline": "Bandar Lampung", "lead": body,
        "body_text": body, "image_urls": [], "views": i % 500, "word_count": len(body.split()),
        "content_sha256": hashlib.sha256(body.encode()).hexdigest(), "duplicate_of": None, "event_type": "meeting",
        "fetched_at": dt.datetime(2026, 12, 1, 3, tzinfo=UTC), "http_status": 200,
        "warc_file": "warc/rapat-bench-00000.warc.gz", "warc_record_id": f"<urn:uuid:{_id(str(i))}>",
        "parser": "shared_cms/1", "quality_flags": [],
    }


def make_site_tables(data_dir: Path, articles: int = 100_000, meetings: int = 30_000, seed: int = 7) -> None:
    """Write the four tables: `meetings` meetings reported by about 2.3 articles each, `articles` articles in all."""
    world = _World(seed)
    meeting_rows, article_rows = [], []
    for i in range(meetings):
        m = meeting(world, i)
        reports = [article(world, len(article_rows) + k, m["meeting_date"], m["title"]) for k in range(world.rng.choice([1, 1, 2, 3, 4]))]
        article_rows += reports
        m |= {"article_ids": [a["article_id"] for a in reports], "sources": sorted({a["source"] for a in reports}),
              "first_published_at": min(a["published_at"] for a in reports)}
        meeting_rows.append(m)
    while len(article_rows) < articles:
        row = article(world, len(article_rows), world.day(), f"Berita kegiatan nomor {len(article_rows)}")
        article_rows.append(row | {"event_type": world.rng.choice(["ceremony", "visit", "aid", "other"])})
    write(data_dir, "meetings", meeting_rows)
    write(data_dir, "articles", article_rows[:articles])
    write(data_dir, "crawl_runs", [crawl_run(s) for s in SOURCES])
    write(data_dir, "crawl_failures", [crawl_failure(i) for i in range(12)])
