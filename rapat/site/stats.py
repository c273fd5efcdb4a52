"""Counts behind the home page, the charts and the sources page (pure functions of the records)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from rapat.records import Records, chair_id

OTHER = "lainnya"


def month(day: dt.date) -> str:
    """YYYY-MM of a date."""
    return f"{day.year:04d}-{day.month:02d}"


def months_between(first: str, last: str) -> list[str]:
    """Every YYYY-MM from first to last, inclusive."""
    y, m = map(int, first.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def totals(records: Records) -> dict:
    """Counts and dates for the home page."""
    days = [m["meeting_date"] for m in records.meetings if m["meeting_date"]]
    finished = [r["finished_at"] for r in records.crawl_runs if r.get("finished_at")]
    return {
        "meetings": len(records.meetings),
        "articles": len(records.article_stats),
        "sources": len({a["source"] for a in records.article_stats}),
        "first": min(days) if days else None,
        "last": max(days) if days else None,
        "last_crawl": max(finished) if finished else None,
    }


def per_month_by_type(records: Records) -> tuple[list[str], dict[str, list[int]]]:
    """Months of the whole history and, per meeting type, meetings in each month."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for m in records.meetings:
        if m["meeting_date"]:
            counts[m.get("meeting_type") or "rapat_lainnya"][month(m["meeting_date"])] += 1
    used = sorted({k for c in counts.values() for k in c})
    if not used:
        return [], {}
    months = months_between(used[0], used[-1])
    order = sorted(counts, key=lambda t: (-sum(counts[t].values()), t))
    return months, {t: [counts[t][mo] for mo in months] for t in order}


def top(counter: Counter, n: int) -> list[tuple[str, int]]:
    """The n largest entries, ties broken by name, so equal counts never reorder between builds."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def per_city(records: Records, outside: int = 5) -> list[tuple[str, int]]:
    """Meetings in every kabupaten/kota of Lampung (never-visited ones show 0), then the top places outside."""
    counts = Counter(m["city"] for m in records.meetings if m.get("city"))
    inside = top(Counter({r: counts.get(r, 0) for r in records.regions}), len(records.regions))
    others = top(Counter({c: n for c, n in counts.items() if c not in set(records.regions)}), outside)
    return inside + others


def top_chairs(records: Records, n: int = 15) -> list[tuple[str, int]]:
    """The most frequent chairs: one person however the reports spell the name (gazetteer id)."""
    return top(Counter(chair_name(records, m) for m in records.meetings if m.get("chair_name")), n)


def chair_name(records: Records, meeting: dict) -> str:
    """The chair's gazetteer name when known, else the name as written."""
    terms = records.officials.get(chair_id(meeting, records.person_names) or "")
    return terms[-1]["name"] if terms else meeting["chair_name"]


def topics_by_quarter(records: Records, n: int = 6) -> tuple[list[str], dict[str, list[int]]]:
    """Quarters of the history and, for the n most frequent topics, meetings per quarter."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for m in records.meetings:
        if m["meeting_date"]:
            q = f"{m['meeting_date'].year}-Q{(m['meeting_date'].month - 1) // 3 + 1}"
            for t in m.get("topics") or ():
                counts[t][q] += 1
    quarters = sorted({q for c in counts.values() for q in c})
    if quarters:
        quarters = _all_quarters(quarters[0], quarters[-1])
    chosen = [t for t, _ in top(Counter({t: sum(c.values()) for t, c in counts.items()}), n)]
    return quarters, {t: [counts[t][q] for q in quarters] for t in chosen}


def _all_quarters(first: str, last: str) -> list[str]:
    y, q = int(first[:4]), int(first[-1])
    out = []
    while f"{y}-Q{q}" <= last:
        out.append(f"{y}-Q{q}")
        y, q = (y + 1, 1) if q == 4 else (y, q + 1)
    return out


def articles_per_month_by_source(records: Records) -> tuple[list[str], dict[str, list[int]]]:
    """Months and, per source, articles published in each."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for a in records.article_stats:
        if a.get("published_at"):
            counts[a["source"]][month(a["published_at"])] += 1
    used = sorted({k for c in counts.values() for k in c})
    if not used:
        return [], {}
    months = months_between(used[0], used[-1])
    return months, {s: [counts[s][mo] for mo in months] for s in sorted(counts)}


def source_health(records: Records) -> list[dict]:
    """Per source: articles, first and last publication, failures by reason, the last crawl's row."""
    articles: dict[str, list] = defaultdict(list)
    for a in records.article_stats:
        articles[a["source"]].append(a.get("published_at"))
    failures: dict[str, Counter] = defaultdict(Counter)
    for f in records.crawl_failures:
        failures[f["source"]][f["reason"]] += 1
    last_run = {}
    for r in records.crawl_runs:  # sorted by run_id: the last one wins
        last_run[r["source"]] = r
    keys = sorted(set(records.sources) | set(articles) | set(failures) | set(last_run))
    rows = []
    for key in keys:
        dates = [d for d in articles.get(key, ()) if d]
        info = records.sources.get(key, {"host": "", "name": key})
        rows.append({
            "key": key, "host": info["host"], "name": info["name"],
            "articles": len(articles.get(key, ())),
            "first": min(dates).date() if dates else None, "last": max(dates).date() if dates else None,
            "failures": sorted(failures.get(key, Counter()).items()),
            "run": last_run.get(key),
        })
    return rows
