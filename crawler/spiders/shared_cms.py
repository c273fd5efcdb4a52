"""Spider for the shared OPD CMS of most *.lampungprov.go.id hosts."""

from __future__ import annotations

from crawler.spiders.base import SourceSpider


class SharedCmsSpider(SourceSpider):
    """Listings `/post/<category>?page=N`, articles `/detail-post/<slug>`."""

    name = "shared_cms"
    family = "shared_cms"
