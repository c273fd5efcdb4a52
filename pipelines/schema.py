"""The one declared schema of every published table (pyarrow), with a description per column.

Everything else (Parquet writers, the data dictionary, release cards, Frictionless
descriptors) is derived from these definitions; never restate a column elsewhere.
"""

from __future__ import annotations

import pyarrow as pa

JAKARTA = "Asia/Jakarta"


def _field(name: str, type_: pa.DataType, doc: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={"description": doc})


TS_JAKARTA = pa.timestamp("us", tz=JAKARTA)
TS_UTC = pa.timestamp("us", tz="UTC")
STRINGS = pa.list_(pa.string())
OFFICIAL = pa.struct([("name", pa.string()), ("role", pa.string()), ("person_id", pa.string())])

ARTICLES = pa.schema(
    [
        _field("article_id", pa.string(), "Stable id: first 16 hex digits of sha256 of canonical_url.", False),
        _field("source", pa.string(), "Source key from the registry (datasets/sources.toml), e.g. 'bappeda'.", False),
        _field("url", pa.string(), "URL the page was fetched from (the real site's URL, never the mirror's).", False),
        _field("canonical_url", pa.string(), "Canonical form: https, no /index.php, no tracking or challenge parameters, slug case kept.", False),
        _field("title", pa.string(), "Headline as published.", False),
        _field("published_at", TS_JAKARTA, "Publication time in Asia/Jakarta from the page's meta line; 00:00 when only the date is known."),
        _field("published_time_known", pa.bool_(), "False when the site printed 00:00 WIB (time unknown, date kept)."),
        _field("dateline", pa.string(), "Place the body's dateline names, e.g. 'Bandar Lampung'."),
        _field("lead", pa.string(), "First paragraph of the body, after greeting and dateline."),
        _field("body_text", pa.string(), "Body text without page furniture; paragraphs separated by blank lines.", False),
        _field("image_urls", STRINGS, "Absolute URLs of images in the article."),
        _field("views", pa.int64(), "View counter ('Dilihat N kali') at fetch time."),
        _field("word_count", pa.int32(), "Words in body_text."),
        _field("content_sha256", pa.string(), "sha256 of the normalized body (greeting, dateline, hashtags and case removed)."),
        _field("duplicate_of", pa.string(), "article_id of the earliest copy when the same text is on several hosts; null for the first copy."),
        _field("event_type", pa.string(), "What the article reports: meeting, ceremony, inauguration, visit, launch, aid, award, sport, statement, other."),
        _field("fetched_at", TS_UTC, "When the page was fetched (UTC)."),
        _field("http_status", pa.int16(), "HTTP status of the archived response."),
        _field("warc_file", pa.string(), "WARC file (relative to the data dir) holding the raw response."),
        _field("warc_record_id", pa.string(), "WARC-Record-ID of the raw response record."),
        _field("parser", pa.string(), "Which parser produced the row, e.g. 'shared_cms/1', 'wordpress/1', 'fallback/trafilatura'."),
        _field("quality_flags", STRINGS, "Warnings about the row, e.g. 'time_unknown', 'no_dateline', 'short_body'."),
    ]
)

CRAWL_RUNS = pa.schema(
    [
        _field("run_id", pa.string(), "Run id: UTC start time plus a random suffix.", False),
        _field("source", pa.string(), "Source key.", False),
        _field("mode", pa.string(), "'incremental', 'full', 'resume' or 'since'."),
        _field("started_at", TS_UTC, "Run start (UTC)."),
        _field("finished_at", TS_UTC, "Run end (UTC); null if the run was killed."),
        _field("requests", pa.int64(), "Requests sent to this source."),
        _field("responses_2xx", pa.int64(), "Responses with status 2xx."),
        _field("responses_3xx", pa.int64(), "Responses with status 3xx."),
        _field("responses_4xx", pa.int64(), "Responses with status 4xx."),
        _field("responses_5xx", pa.int64(), "Responses with status 5xx."),
        _field("listing_pages", pa.int64(), "Listing pages read."),
        _field("articles_seen", pa.int64(), "Article links found on listings (new or known)."),
        _field("articles_new", pa.int64(), "Articles added."),
        _field("articles_updated", pa.int64(), "Articles whose content changed."),
        _field("articles_unchanged", pa.int64(), "Articles fetched again with no change."),
        _field("articles_failed", pa.int64(), "Pages that did not become articles (see crawl_failures)."),
        _field("complete_pass", pa.bool_(), "True when every listing page of the source was read to its end."),
        _field("status", pa.string(), "'ok' or 'error'."),
        _field("error", pa.string(), "Why the run failed for this source, e.g. 'zero articles (had 120 before)'."),
    ]
)

CRAWL_FAILURES = pa.schema(
    [
        _field("run_id", pa.string(), "Run id.", False),
        _field("source", pa.string(), "Source key.", False),
        _field("url", pa.string(), "URL that failed.", False),
        _field("reason", pa.string(), "challenge, http_error, network_error, not_html, empty, truncated, no_title, no_body, too_large, offsite, parse_error, layout_changed, parser_error (a crash handling the page; detail names the exception), pagination_lost (a listing read only in part), redirect_loop.", False),
        _field("detail", pa.string(), "Human-readable detail."),
        _field("http_status", pa.int16(), "HTTP status, when a response came."),
        _field("failed_at", TS_UTC, "When it failed (UTC)."),
        _field("warc_file", pa.string(), "WARC file holding the response, when one came."),
        _field("warc_record_id", pa.string(), "WARC-Record-ID of that response."),
    ]
)

MEETINGS = pa.schema(
    [
        _field("meeting_id", pa.string(), "Stable id of the real-world meeting; kept when new reports of it arrive.", False),
        _field("meeting_type", pa.string(), "Key from the meeting-type vocabulary, e.g. rapat_koordinasi, musrenbang, audiensi."),
        _field("title", pa.string(), "Headline of the earliest report."),
        _field("meeting_date", pa.date32(), "Day the meeting happened (not the day it was posted); when no report states it, a report's publication day (date_text is then empty)."),
        _field("date_text", pa.string(), "The date as written in the text, e.g. 'Rabu (16/4)'."),
        _field("mode", pa.string(), "luring, daring or hibrid."),
        _field("venue", pa.string(), "Venue as written, e.g. 'Gedung Pusiban'."),
        _field("city", pa.string(), "Official kabupaten/kota name, or the place outside Lampung."),
        _field("kemendagri_code", pa.string(), "Kemendagri region code of city, e.g. '18.71'."),
        _field("bps_code", pa.string(), "BPS region code of city, e.g. '1871'."),
        _field("chair_name", pa.string(), "Who led the meeting, without honorifics."),
        _field("chair_role", pa.string(), "The chair's role as written."),
        _field("participants", STRINGS, "Organisations and groups taking part."),
        _field("officials", pa.list_(OFFICIAL), "Named people acting in the meeting, with person_id from the gazetteer when known."),
        _field("topics", STRINGS, "Topic keys from datasets/topics.csv."),
        _field("article_ids", STRINGS, "Every article that reports this meeting."),
        _field("sources", STRINGS, "Source keys of those articles."),
        _field("first_published_at", TS_JAKARTA, "Publication time of the earliest report."),
        _field("confidence", pa.float32(), "0-1: how sure the extractor is that this is a meeting with these fields."),
        _field("evidence", pa.string(), "The sentence that made it a meeting."),
    ]
)

TABLES: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "meetings": MEETINGS,
    "crawl_runs": CRAWL_RUNS,
    "crawl_failures": CRAWL_FAILURES,
}

KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id",),
    "meetings": ("meeting_id",),
    "crawl_runs": ("run_id", "source"),
    "crawl_failures": ("run_id", "url"),
}


def describe(schema: pa.Schema) -> list[tuple[str, str, str]]:
    """Return (name, type, description) for every column of a schema."""
    return [
        (f.name, str(f.type), (f.metadata or {}).get(b"description", b"").decode())
        for f in schema
    ]
