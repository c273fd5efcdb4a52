"""Items the spiders yield: one per article page, one per page that failed.

Field names come from pipelines/schema.py (the single source of truth) so they
cannot drift from the tables the store writes.
"""

from __future__ import annotations

import scrapy

from pipelines.schema import ARTICLES, CRAWL_FAILURES


def _item_class(name: str, names: list[str], doc: str) -> type[scrapy.Item]:
    fields = {n: scrapy.Field() for n in names}
    fields["__doc__"] = doc
    return type(name, (scrapy.Item,), fields)


# Columns the store fills later (cross-host dedupe, event typing) are allowed but not set here.
# run_id is not an articles column: the store uses it to tie rows to crawl_runs.
ArticleItem = _item_class(
    "ArticleItem",
    [*ARTICLES.names, "run_id"],
    "An article page: parse_article fields + source, run_id, fetched_at, http_status, warc_*.",
)

FailureItem = _item_class(
    "FailureItem",
    CRAWL_FAILURES.names,
    "A page that did not become an article: the crawl_failures columns.",
)
