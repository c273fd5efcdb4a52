"""The `rapat` command: a thin face over the library. Heavy imports stay inside the commands."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, List, Optional

import typer

from rapat.paths import DATA_DIR_ENV, data_dir as resolve_data_dir

app = typer.Typer(
    name="rapat",
    help="Meetings of the Lampung provincial government, from its own press releases.\n\n"
    "Crawl the sites, extract meetings, query the tables with SQL, publish and download releases.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
)

DataDir = Annotated[
    Optional[Path],
    typer.Option("--data-dir", envvar=DATA_DIR_ENV, help="Data directory (default ./data).", show_default=False),
]


def _fail(message: str, code: int = 1) -> None:
    """Print one clear error line and exit non-zero."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def crawl(
    source: Annotated[Optional[List[str]], typer.Option("--source", "-s", help="Source key or host; repeat for several (default: all).")] = None,
    mirror: Annotated[Optional[str], typer.Option(help="Send requests to a mirror at this URL instead of the live sites.")] = None,
    full: Annotated[bool, typer.Option("--full", help="Re-read every listing page and refetch every article.")] = False,
    since: Annotated[Optional[str], typer.Option(help="Stop paging at listings older than this date (YYYY-MM-DD).")] = None,
    log_level: Annotated[str, typer.Option(help="Scrapy log level: DEBUG, INFO, WARNING, ERROR.")] = "INFO",
    processes: Annotated[Optional[int], typer.Option(min=1, help="Split the hosts between this many Scrapy processes (default: 1 live, 2 on a mirror).")] = None,
    data_dir: DataDir = None,
) -> None:
    """Crawl the sources into the data dir (incremental; resumes a killed crawl).

    Example: rapat crawl --source bappeda --since 2025-01-01
    """
    from pipelines.meetings import build_meetings
    from rapat.crawl import run_crawl
    from rapat.progress import counter

    root = resolve_data_dir(data_dir)
    try:
        with counter("crawl") as report:
            result = run_crawl(root, sources=source or None, mirror=mirror, full=full, since=since,
                               settings=_crawl_settings(log_level, processes), progress=report)
    except (ValueError, KeyError, RuntimeError) as exc:  # bad --since, unknown source, crawl running
        _fail(str(exc.args[0]) if exc.args else str(exc), code=2)
    _print_run(result)
    _print_meetings(build_meetings(root))
    typer.echo(f"run {result.run_id}; data in {root}")
    if not result.ok:
        raise typer.Exit(1)


def _crawl_settings(log_level: str, processes: int | None) -> dict:
    """The setting overrides of `rapat crawl`'s options."""
    settings = {"LOG_LEVEL": log_level.upper()}
    if processes:
        settings["RAPAT_CRAWL_PROCESSES"] = processes
    return settings


def _print_meetings(summary: dict) -> None:
    """Print what the meetings build did."""
    typer.echo(
        f"meetings: {summary['meetings']} from {summary['articles']} articles "
        f"({summary['events']} events, {summary['duplicates']} cross-posted copies, "
        f"{summary.get('extracted_from_cache', 0)} extractions reused)"
    )


def _print_run(result) -> None:
    """Print one line per source of a crawl result."""
    for row in result.rows:
        status = row.get("status", "?")
        line = (
            f"{row['source']:<24} {status:<6} new={row.get('articles_new', 0)} "
            f"updated={row.get('articles_updated', 0)} failed={row.get('articles_failed', 0)}"
        )
        if row.get("error"):
            line += f"  ({row['error']})"
        typer.echo(line)


@app.command()
def rebuild(data_dir: DataDir = None) -> None:
    """Re-parse the WARC archive into the tables, with no network.

    Example: rapat rebuild --data-dir data
    """
    from pipelines.rebuild import rebuild as run_rebuild
    from pipelines.meetings import build_meetings
    from rapat.progress import progress

    root = resolve_data_dir(data_dir)
    with progress("rebuild") as report:
        summary = run_rebuild(root, progress=report)
    typer.echo(" ".join(f"{k}={v}" for k, v in summary.items()))
    _print_meetings(build_meetings(root))


@app.command()
def query(
    sql: Annotated[Optional[str], typer.Argument(help="SQL, or the name of an example query (see --list).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, json (an array), jsonl or parquet.")] = "table",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the example queries.")] = False,
    release: Annotated[Optional[str], typer.Option(help="Query a downloaded release (version) instead of the data dir.")] = None,
    releases_dir: Annotated[Path, typer.Option(help="Where downloaded releases live.")] = Path("releases"),
    data_dir: DataDir = None,
) -> None:
    """Run read-only SQL (DuckDB) over the tables: articles, meetings, crawl_runs, ...

    Example: rapat query "SELECT source, count(*) FROM articles GROUP BY 1"
    """
    from rapat.query import QueryError, named_queries, run_query

    queries = named_queries()
    if list_:
        for name, q in sorted(queries.items()):
            typer.echo(f"{name:<32} {q.description}")
        return
    if not sql:
        _fail("give SQL or a query name (rapat query --list)")
    if sql in queries:
        sql = queries[sql].sql
    root = resolve_data_dir(data_dir)
    if release:
        from rapat.download import DownloadError
        from rapat.release import release_dir

        try:
            root = release_dir(release, releases_dir)
        except DownloadError as exc:
            _fail(str(exc))
    try:
        run_query(sql, root, fmt=fmt, output=output)
    except QueryError as exc:
        _fail(str(exc))


@app.command()
def sources() -> None:
    """List the registered sources: key, CMS family, host, listing routes.

    Example: rapat sources
    """
    from crawler.sources import load_sources

    for s in load_sources():
        typer.echo(f"{s.key:<24} {s.family:<11} {s.host:<42} {' '.join(s.listings)}")


@app.command()
def mirror(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8765,
    articles: Annotated[int, typer.Option(help="Number of articles in the mirror.")] = 60,
    seed: Annotated[int, typer.Option(help="Seed: the same seed gives the same site.")] = 1,
    texts: Annotated[Optional[Path], typer.Option(help="JSONL of {title, text, published} to draw bodies from.")] = None,
    layouts: Annotated[str, typer.Option(help="classic (every host in its usual template) or varied (five hosts in other templates).")] = "classic",
) -> None:
    """Serve a faithful local mirror of the sites until interrupted.

    Example: rapat mirror --port 8765   (then: rapat crawl --mirror http://127.0.0.1:8765)
    """
    from rapat.mirror import MirrorSite, serve

    typer.echo(f"mirror on http://127.0.0.1:{port} ({articles} articles, seed {seed}); Ctrl-C stops it")
    try:
        serve(MirrorSite(articles=articles, seed=seed, texts=texts, layouts=layouts), port=port)
    except KeyboardInterrupt:
        pass


@app.command()
def parse(
    file: Annotated[Path, typer.Argument(help="Saved HTML page.")],
    url: Annotated[str, typer.Option(help="The page's URL (decides source, family and canonical URL).")],
    family: Annotated[Optional[str], typer.Option(help="shared_cms, wordpress or generic (default: the registered host's family, else detected from the page).")] = None,
    listing: Annotated[bool, typer.Option("--listing", help="Parse the page as a listing: article links, dates, next page.")] = False,
) -> None:
    """Parse one saved page and print the article (or listing) as JSON; any host, registered or not.

    Example: rapat parse --url https://bappeda.lampungprov.go.id/detail-post/x page.html
    """
    import json
    from dataclasses import asdict
    from urllib.parse import urlsplit

    from crawler.parsing import PageRejected, parse_article, parse_listing
    from crawler.parsing.checks import to_text
    from crawler.parsing.detect import detect_family
    from crawler.sources import UnknownSource, get_source

    body = file.read_bytes()
    how = "--family"
    if family is None:
        try:
            family, how = get_source(urlsplit(url).hostname or "").family, "registered host"
        except UnknownSource:
            family, markers = detect_family(to_text(body))  # a new host: tell the maintainer its family
            how = f"host not registered; detected from {', '.join(markers)}" if markers else "host not registered; no CMS markers"
    typer.echo(f"family: {family} ({how})", err=True)
    try:
        if listing:
            result = asdict(parse_listing(url, body, family=family))
        else:
            result = parse_article(url, body, family=family)
    except (PageRejected, ValueError) as exc:
        _fail(f"rejected: {exc.reason}: {exc.detail}" if isinstance(exc, PageRejected) else str(exc))
    typer.echo(json.dumps(result, ensure_ascii=False, indent=2, default=str))


@app.command()
def demo(
    articles: Annotated[int, typer.Option(help="Articles in the mirror.")] = 120,
    data_dir: Annotated[Path, typer.Option("--data-dir", help="Where the demo writes its data.")] = Path("demo-data"),
) -> None:
    """Start the mirror, crawl it, build the tables and print a summary (offline).

    Example: rapat demo --articles 200
    """
    from rapat.demo import run_demo

    if not run_demo(data_dir, articles=articles, echo=typer.echo):
        raise typer.Exit(1)


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="JSON Lines of {id, url, title, text, published}; - for stdin.")] = "-",
) -> None:
    """Extract meeting fields from articles given as JSON Lines (no crawl, no data dir).

    Example: rapat extract articles.jsonl > meetings.jsonl
    """
    from pipelines.contract import ContractError, extract_jsonl

    try:
        if file == "-":
            extract_jsonl(sys.stdin, sys.stdout)
        else:
            with open(file, encoding="utf-8") as handle:
                extract_jsonl(handle, sys.stdout)
    except (ContractError, OSError) as exc:
        _fail(str(exc))


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (id, title, text, published, gold{...}).")],
    misses: Annotated[bool, typer.Option("--misses/--no-misses", help="List every miss.")] = True,
) -> None:
    """Score the extractor against a gold file and list where it fails.

    Example: rapat evaluate gold.jsonl --no-misses
    """
    from pipelines.evaluate import evaluate as run_evaluate

    metrics, missed = run_evaluate(gold)
    for key, value in metrics.items():
        typer.echo(f"{key:<24} {value:.3f}" if isinstance(value, float) else f"{key:<24} {value}")
    if misses:
        for miss in missed:
            typer.echo(f"miss {miss['id']} {miss['field']}: gold={miss['gold']!r} predicted={miss['predicted']!r}")


@app.command()
def release(
    version: Annotated[Optional[str], typer.Option(help="Version (default: today's date, YYYY.MM.DD).")] = None,
    out: Annotated[Path, typer.Option(help="Folder that receives the release folder.")] = Path("releases"),
    publish_dir: Annotated[Optional[Path], typer.Option(help="Also publish into this folder and update its releases.json.")] = None,
    data_dir: DataDir = None,
) -> None:
    """Build a versioned, checksummed release of the tables.

    Example: rapat release --publish-dir site
    """
    from rapat.release import ReleaseError, build_release

    try:
        folder = build_release(resolve_data_dir(data_dir), out, version=version, publish_dir=publish_dir)
    except ReleaseError as exc:
        _fail(str(exc))
    typer.echo(str(folder))


@app.command()
def download(
    version: Annotated[str, typer.Argument(help="Version or 'latest'.")] = "latest",
    from_: Annotated[Optional[str], typer.Option("--from", help="Base URL of the published releases.")] = None,
    to: Annotated[Path, typer.Option(help="Folder that receives the release.")] = Path("releases"),
) -> None:
    """Download a published release, verify every checksum, install it atomically.

    Example: rapat download latest --to releases && rapat query --release 2026.11.27 "SELECT count(*) FROM meetings"
    """
    from rapat.download import DownloadError, download as run_download

    try:
        folder = run_download(version, base_url=from_, to=to)
    except DownloadError as exc:
        _fail(str(exc))
    typer.echo(str(folder))


@app.command()
def releases(
    from_: Annotated[Optional[str], typer.Option("--from", help="Base URL of the published releases.")] = None,
) -> None:
    """List the published releases with dates and row counts.

    Example: rapat releases --from https://example.org/rapat
    """
    from rapat.download import DownloadError, list_releases

    try:
        rows = list_releases(from_)
    except DownloadError as exc:
        _fail(str(exc))
    for row in rows:
        counts = " ".join(f"{k}={v}" for k, v in sorted(row.get("rows", {}).items()))
        mark = " (latest)" if row.get("latest") else ""
        typer.echo(f"{row['version']:<14} {row.get('date', ''):<12} {counts}{mark}")


@app.command()
def site(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder that receives the website (a publish dir is fine).")] = Path("site"),
    release: Annotated[Optional[str], typer.Option(help="Build from a downloaded release (version) instead of the data dir.")] = None,
    releases_dir: Annotated[Path, typer.Option(help="Where downloaded releases live.")] = Path("releases"),
    site_url: Annotated[Optional[str], typer.Option(help="Base URL the site is published at, for feed links (default: the releases URL).")] = None,
    data_dir: DataDir = None,
) -> None:
    """Build the static website of the dataset (open OUT/index.html; no server needed).

    Example: rapat site --out site && xdg-open site/index.html
    """
    from rapat.site import SiteError, build_site

    root, folder = resolve_data_dir(data_dir), None
    if release:
        from rapat.download import DownloadError
        from rapat.release import release_dir

        try:
            root = folder = release_dir(release, releases_dir)
        except DownloadError as exc:
            _fail(str(exc))
    try:
        summary = build_site(root, out, site_url=site_url, release_folder=folder)
    except SiteError as exc:
        _fail(str(exc))
    page, size = summary.largest_page
    typer.echo(f"{summary.pages} pages, {summary.files} files, {summary.bytes / 1e6:.1f} MB "
               f"(largest page {page}, {size / 1e3:.0f} kB) -> {summary.out / 'index.html'}")


@app.command("export")
def export_cmd(
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="ics (iCalendar), ocd (Open Civic Data events, JSON Lines), csv or jsonl.")] = "ics",
    official: Annotated[Optional[str], typer.Option(help="Only meetings naming this person_id, e.g. rahmat-mirzani-djausal.")] = None,
    type_: Annotated[Optional[str], typer.Option("--type", help="Only this meeting type, e.g. rapat_koordinasi.")] = None,
    city: Annotated[Optional[str], typer.Option(help="Only this kabupaten/kota (name or region code).")] = None,
    site_url: Annotated[Optional[str], typer.Option(help="Base URL of the published site, for links (default: the releases URL).")] = None,
    data_dir: DataDir = None,
) -> None:
    """Export the meetings for calendar apps and civic-data tools.

    Example: rapat export --format ics --official rahmat-mirzani-djausal --out gubernur.ics
    """
    from rapat.feeds import ExportError, export_meetings

    try:
        n = export_meetings(resolve_data_dir(data_dir), fmt, out, official=official, meeting_type=type_,
                            city=city, site_url=site_url)
    except ExportError as exc:
        _fail(str(exc))
    typer.echo(f"{n} meetings -> {out}")


def main() -> None:
    """Entry point for `python -m rapat`."""
    app()


if __name__ == "__main__":
    main()
