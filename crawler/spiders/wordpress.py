"""Spider for the WordPress hosts (dinkes)."""

from __future__ import annotations

from crawler.spiders.base import SourceSpider


class WordpressSpider(SourceSpider):
    """Listings `/` then `/page/N/`, articles `/<slug>/`."""

    name = "wordpress"
    family = "wordpress"
