"""`rapat demo`: the whole pipeline offline — mirror, crawl, tables, summary."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

SUMMARY_SQL = {
    "articles per source": "SELECT source, count(*) AS articles, min(published_at)::DATE AS first, "
    "max(published_at)::DATE AS last FROM articles GROUP BY source ORDER BY source",
    "failures": "SELECT source, reason, count(*) AS pages FROM crawl_failures "
    "GROUP BY source, reason ORDER BY source, reason",
    "meetings by type": "SELECT meeting_type, count(*) AS meetings FROM meetings "
    "GROUP BY meeting_type ORDER BY meetings DESC",
}


def run_demo(data_dir: Path, articles: int = 120, echo: Callable[[str], None] = print) -> bool:
    """Serve the mirror, crawl it into data_dir, build meetings, print a summary; True if it all worked."""
    from pipelines.meetings import build_meetings
    from rapat.crawl import run_crawl
    from rapat.mirror import MirrorServer, MirrorSite

    site = MirrorSite(articles=articles)
    with MirrorServer(site) as server:
        echo(f"mirror of {len(site.expected_articles())} articles at {server.url}")
        run_crawl(data_dir, mirror=server.url, settings={"LOG_LEVEL": "WARNING"})
    build_meetings(data_dir)
    from rapat.query import connect

    con = connect(data_dir)
    _print_summary(con, data_dir, echo)
    return _check(con, site, echo)


def _print_summary(con, data_dir: Path, echo: Callable[[str], None]) -> None:
    """Print the summary tables from the freshly built data dir."""
    for title, sql in SUMMARY_SQL.items():
        echo(f"\n{title}:")
        for row in con.execute(sql).fetchall():
            echo("  " + "  ".join("" if v is None else str(v) for v in row))
    echo(f"\ndata: {Path(data_dir).resolve()} (query it: rapat query --data-dir {data_dir} \"SELECT ...\")")


def _check(con, site, echo: Callable[[str], None]) -> bool:
    """The demo works when every expected article arrived and every failure is a deliberate one."""
    got = {row[0] for row in con.execute("SELECT canonical_url FROM articles").fetchall()}
    failed = {row[0] for row in con.execute("SELECT url FROM crawl_failures").fetchall()}
    missing = site.expected_articles() - got
    deliberate = {url for url, _reason in site.expected_failures()}
    surprising = failed - deliberate
    echo(f"\ndeliberate failures of the mirror, all recorded: {len(deliberate & failed)}/{len(deliberate)}")
    for url, reason in site.expected_failures():
        echo(f"  {reason:<14} {url}")
    if missing:
        echo(f"MISSING {len(missing)} articles, e.g. {sorted(missing)[:3]}")
    if surprising:
        echo(f"UNEXPECTED failures: {sorted(surprising)[:5]}")
    return not missing and not surprising and bool(got)
