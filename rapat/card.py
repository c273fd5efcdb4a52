"""The dataset card (README.md, Hugging Face style) and CITATION.cff of a release."""

from __future__ import annotations

from pipelines.schema import KEYS, TABLES, describe

TITLE = "Rapat Lampung: meetings of the Lampung provincial government"
PROJECT_URL = "https://github.com/rapat-lampung/rapat-lampung"
LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 International",
}
ABOUT = {
    "meetings": "one row per real-world meeting (an event reported by one or more articles)",
    "articles": "one row per distinct press-release page",
    "crawl_runs": "one row per source per crawl run: what was fetched, added and failed",
    "crawl_failures": "one row per page that did not become an article, with the reason",
}


def _sources() -> list[tuple[str, str, str]]:
    """(key, host, name) of every registered source, through the crawler's registry loader."""
    try:
        from crawler.sources import load_sources
    except ImportError:  # the registry loader is optional; the TOML is the registry
        import tomllib

        from crawler.resources import datasets_dir

        with (datasets_dir() / "sources.toml").open("rb") as fh:
            entries = tomllib.load(fh).get("source", [])
        return [(e["key"], e["host"], e.get("name", e["key"])) for e in entries]
    return [(s.key, s.host, s.name) for s in load_sources()]


def _front_matter(tables: list[str]) -> list[str]:
    """YAML header the Hugging Face hub reads: licence, language, one config per table."""
    lines = [
        "---",
        f"license: {LICENSE['name'].lower()}",
        "language:",
        "- id",
        f"pretty_name: \"{TITLE}\"",
        "tags:",
        "- government",
        "- indonesia",
        "- lampung",
        "- meetings",
        "configs:",
    ]
    for table in tables:
        lines += [f"- config_name: {table}", "  data_files:", "  - split: train", f"    path: {table}.parquet"]
        if table == tables[0]:
            lines.append("  default: true")
    return lines + ["---"]


def _schema_section(tables: list[str]) -> list[str]:
    """One Markdown table of columns per published table, generated from pipelines.schema."""
    lines = ["## Schema", ""]
    for table in tables:
        lines += [f"### `{table}` (key: {', '.join(KEYS[table])})", "", "| column | type | description |", "|---|---|---|"]
        lines += [f"| `{n}` | `{t}` | {d.replace('|', '/')} |" for n, t, d in describe(TABLES[table])]
        lines.append("")
    return lines


def _cite(version: str, date: str) -> list[str]:
    year = date[:4]
    return [
        "## How to cite",
        "",
        f"Rapat Lampung contributors ({year}). *{TITLE}* (version {version}) [data set]. {PROJECT_URL}",
        "",
        "```bibtex",
        f"@misc{{rapat_lampung_{version.replace('.', '_')},",
        "  author = {{Rapat Lampung contributors}},",
        f"  title = {{{TITLE}}},",
        f"  year = {{{year}}},",
        f"  version = {{{version}}},",
        f"  url = {{{PROJECT_URL}}},",
        "  note = {Data set built from the press releases of the Lampung provincial government}",
        "}",
        "```",
        "",
        "Machine-readable: `CITATION.cff`.",
    ]


def render_card(version: str, date: str, counts: dict[str, int]) -> str:
    """Render README.md for a release: what, sources, schema, method, limits, licence, citation."""
    tables = list(counts)
    lines = _front_matter(tables) + [
        "",
        f"# {TITLE}",
        "",
        f"Release **{version}** ({date}).",
        "",
        "## What it is",
        "",
        "An open dataset of the meetings held by the government of Lampung province (Indonesia):",
        "coordination meetings, plenary sessions, hearings, development planning forums (musrenbang),",
        "audiences and more, extracted from the government's own press releases.",
        "",
        "| table | rows | files | what a row is |",
        "|---|---:|---|---|",
    ]
    lines += [f"| `{t}` | {n} | `{t}.parquet`, `{t}.csv` | {ABOUT.get(t, '')} |" for t, n in counts.items()]
    lines += ["", "## Sources", "", "| key | host | publisher |", "|---|---|---|"]
    lines += [f"| `{k}` | {h} | {n} |" for k, h, n in _sources()]
    lines += [""] + _schema_section(tables) + [
        "## How it was made",
        "",
        "1. A Scrapy crawler reads the news listings of each host and fetches every article;",
        "   every HTTP response is kept in a WARC archive (provenance: `warc_file`, `warc_record_id`).",
        "2. Each page is parsed by a site-specific parser (the `parser` column says which).",
        "3. Rule-based Indonesian extraction with gazetteers decides whether an article reports a",
        "   meeting and fills type, date, place, chair, participants and topics.",
        "4. Reports of the same event on several hosts are clustered into one meeting.",
        "5. Tables are sorted by key and written with fixed settings: the same data gives the same",
        "   bytes, so checksums change only when the data does. `CHANGELOG.md` lists the rows added,",
        "   changed and removed since the previous release; `SHA256SUMS` and `datapackage.json` hold",
        "   the checksums (`sha256sum -c SHA256SUMS`, `frictionless validate datapackage.json`).",
        "",
        "## Known limits",
        "",
        "- Only what the government chose to publish is here: meetings never reported are missing.",
        "- Extraction is rule-based: `confidence` and `evidence` show why a row is a meeting; expect",
        "  errors in type, venue and participants, especially in long multi-event articles.",
        "- `meeting_date` comes from the body text; when absent, the publication date stands in.",
        "- Some hosts sit behind bot protection or change layout; `crawl_runs` and `crawl_failures`",
        "  record what could not be fetched, so coverage gaps are visible, not silent.",
        "- Values are kept as the sources write them (Indonesian); names and roles are not verified.",
        "",
        "## Licence and attribution",
        "",
        f"The compiled dataset is released under {LICENSE['title']} ({LICENSE['name']}, {LICENSE['path']}).",
        "The article texts and titles are public press releases of the Pemerintah Provinsi Lampung and",
        "its offices (the hosts above); each row links to its original page (`url`). When you reuse",
        "them, attribute the original publisher as well as this dataset.",
        "",
    ] + _cite(version, date)
    return "\n".join(lines) + "\n"


def render_citation(version: str, date: str) -> str:
    """Render CITATION.cff (Citation File Format 1.2.0) for a release."""
    return "\n".join(
        [
            "cff-version: 1.2.0",
            "message: If you use this dataset, please cite it as below.",
            "type: dataset",
            f"title: \"{TITLE}\"",
            "authors:",
            "  - name: Rapat Lampung contributors",
            f"version: \"{version}\"",
            f"date-released: \"{date}\"",
            f"license: {LICENSE['name']}",
            f"repository-code: \"{PROJECT_URL}\"",
            "keywords:",
            "  - Lampung",
            "  - Indonesia",
            "  - government meetings",
            "  - open data",
        ]
    ) + "\n"
