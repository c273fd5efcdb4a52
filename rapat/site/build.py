"""`rapat site`: every page, chart, data file and feed of the website, written into one folder.

The folder may be a publish dir that already holds releases.json and release folders: the site
only writes its own files and removes only files that its previous build wrote (listed in
site-files.txt), so what `rapat download` reads is never touched.
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass
from pathlib import Path

from rapat.feeds.atom import render_atom
from rapat.feeds.ics import calendar, vevent
from rapat.feeds.links import meeting_path, official_feed_path, official_path, safe_id
from rapat.records import Records, load_records
from rapat.site import charts, downloads, listing, pages, stats
from rapat.site.render import Writer, environment, script_json

MANIFEST = "site-files.txt"
ASSETS = ("site.css", "filter.js")


class SiteError(ValueError):
    """The site cannot be built: no tables to build it from."""


@dataclass
class SiteSummary:
    """What a build wrote: file count, total bytes, the largest HTML page."""

    out: Path
    files: int
    pages: int
    bytes: int
    largest_page: tuple[str, int]
    removed: int


def build_site(data_dir: str | Path, out: str | Path, *, site_url: str | None = None,
               release_folder: Path | None = None) -> SiteSummary:
    """Build the website of the tables in data_dir into out; return what was written."""
    from rapat.download import resolve_base_url

    data_dir, out = Path(data_dir), Path(out)
    if not (data_dir / "meetings.parquet").is_file() and not (data_dir / "articles.parquet").is_file():
        raise SiteError(f"no tables in {data_dir} (expected e.g. {data_dir / 'meetings.parquet'})")
    out.mkdir(parents=True, exist_ok=True)
    records = load_records(data_dir)
    _check_ids(records)
    writer = Writer(out)
    context = _Context(records, writer, environment(), site_url or resolve_base_url(), pages.officials(records))
    releases = downloads.releases(out, release_folder)
    built_from = (f"rilis / release {release_folder.name}" if release_folder
                  else "tabel kerja, bukan rilis / working tables, not a release")
    context.env.globals.update(built_from=built_from)
    _assets(writer)
    _home(context, releases[0] if releases else None)
    _meetings(context)
    _officials(context)
    _sources(context)
    _render(context, "downloads.html", "unduh.html", "", releases=releases, latest=releases[0] if releases else None)
    _feeds(context)
    removed = _finish(out, writer)
    html = {p: n for p, n in writer.sizes.items() if p.endswith(".html")}
    largest = max(html.items(), key=lambda kv: (kv[1], kv[0]))
    return SiteSummary(out, len(writer.sizes), len(html), sum(writer.sizes.values()), largest, removed)


def _check_ids(records: Records) -> None:
    """Refuse ids that cannot be file names (a tampered table must not write outside the site)."""
    ids = [m["meeting_id"] for m in records.meetings]
    ids += [o["person_id"] for m in records.meetings for o in m.get("officials") or () if o.get("person_id")]
    bad = next((i for i in ids if not safe_id(i)), None)
    if bad is not None:
        raise SiteError(f"id {bad!r} cannot name a page: ids are letters, digits, '.', '-', '_'")


@dataclass
class _Context:
    records: Records
    writer: Writer
    env: object
    site_url: str
    people: dict[str, dict]  # person_id -> what their page shows (meetings, counts, terms)


def _render(ctx: _Context, template: str, path: str, root: str, **values) -> None:
    ctx.writer.write(path, ctx.env.get_template(template).render(root=root, **values))


def _assets(writer: Writer) -> None:
    static = importlib.resources.files("rapat.site") / "static"
    for name in ASSETS:
        writer.write(f"aset/{name}", static.joinpath(name).read_bytes())


def _home(ctx: _Context, latest: dict | None) -> None:
    r = ctx.records
    months, per_type = stats.per_month_by_type(r)
    quarters, per_topic = stats.topics_by_quarter(r)
    cities = stats.per_city(r)
    drawn = [
        charts.per_month_chart(months, per_type, r.meeting_types),
        charts.bar_chart("rapat-per-kabkota", "Rapat per kabupaten/kota", "Meetings per regency/city",
                         cities, "rapat / meetings", _never_visited(cities)),
        charts.bar_chart("pimpinan-tersering", "Pimpinan rapat tersering", "Most frequent chairs",
                         stats.top_chairs(r), "rapat / meetings"),
        charts.topics_chart(quarters, per_topic, r.topics),
    ]
    for c in drawn:
        ctx.writer.write(c.file, c.svg)
    _render(ctx, "home.html", "index.html", "", totals=stats.totals(r), charts=drawn, latest=latest)


def _never_visited(cities: list[tuple[str, int]]) -> str:
    """The alt text's note on kabupaten/kota without a meeting."""
    never = [c for c, n in cities if n == 0]
    return f"Tanpa rapat / no meeting: {', '.join(never)}. " if never else ""


def _meetings(ctx: _Context) -> None:
    r = ctx.records
    known = set(ctx.people)
    template = ctx.env.get_template("meeting.html")
    for m in r.meetings:  # the hot loop: one page per meeting
        ctx.writer.write(meeting_path(m["meeting_id"]), template.render(root="../", **pages.meeting_page(r, m, known)))
    months = pages.by_month(r)
    for key, group in months.items():
        year = key[:4] if key[:4].isdigit() else None
        _render(ctx, "meetings_month.html", f"rapat/{key}.html", "../", key=key, year=year,
                rows=[pages.row(r, m) for m in group])
    labels = listing.labels(r, ctx.people)
    years = []
    for year, group in listing.by_year(r).items():
        data = listing.year_data(r, group)
        ctx.writer.write(f"data/rapat-{year}.json", script_json(data) + "\n")  # also safe to paste into a page
        ctx.writer.write(f"data/rapat-{year}.js", listing.as_script(year, data))
        its_months = [{"key": k, "count": len(v)} for k, v in months.items() if k.startswith(f"{year}-")]
        years.append({"year": year, "count": len(group), "months": sorted(its_months, key=lambda x: x["key"])})
        _render(ctx, "meetings_year.html", f"rapat/{year}.html", "../", year=year, count=len(group),
                months=years[-1]["months"], labels=labels)
    _render(ctx, "meetings_index.html", "rapat/index.html", "../", years=years,
            undated=len(months.get("tanpa-tanggal", ())))


def _officials(ctx: _Context) -> None:
    people = sorted(ctx.people.values(), key=lambda p: (-p["meetings"], p["name"], p["id"]))
    _render(ctx, "officials.html", "pejabat/index.html", "../", people=people)
    for p in people:
        _render(ctx, "official.html", official_path(p["id"]), "../", p=p)


def _sources(ctx: _Context) -> None:
    months, per_source = stats.articles_per_month_by_source(ctx.records)
    chart = charts.sources_chart(months, per_source)
    ctx.writer.write(chart.file, chart.svg)
    _render(ctx, "sources.html", "sumber.html", "", sources=stats.source_health(ctx.records), articles_chart=chart)


def _feeds(ctx: _Context) -> None:
    r = ctx.records
    dated = [m for m in r.meetings if m.get("meeting_date")]
    events = {m["meeting_id"]: vevent(m, r.articles, ctx.site_url, r.meeting_types) for m in dated}
    ctx.writer.write("feeds/rapat.ics", calendar("Rapat Lampung", list(events.values())))
    for pid, person in ctx.people.items():
        chosen = [events[i] for i in person["meeting_ids"] if i in events]
        ctx.writer.write(official_feed_path(pid), calendar(f"Rapat Lampung: {person['name']}", chosen))
    ctx.writer.write("feeds/atom.xml", render_atom(r.meetings, ctx.site_url))


def _finish(out: Path, writer: Writer) -> int:
    """Remove the files the previous build wrote and this one did not; record this build's files."""
    listed = out / MANIFEST
    old = set(listed.read_text(encoding="utf-8").split("\n")) if listed.is_file() else set()
    removed = 0
    for path in sorted(old - set(writer.sizes) - {""}):
        target = out / path
        # Paths come from our own manifest; still, never follow one out of the folder.
        if ".." not in Path(path).parts and target.is_file():
            target.unlink()
            removed += 1
    writer.write(MANIFEST, "\n".join(sorted(writer.sizes)) + "\n")
    return removed
