"""Pages of no known CMS family: articles through the fallback parser, listings by position.

Used for hosts that are not in the registry (`rapat parse` on a new host's page); the crawl
itself only meets registered hosts of a known family.
"""

from __future__ import annotations

from crawler.parsing.listing import Listing, article_anchors, listing_from_anchors, same_host_links
from crawler.parsing.page import LayoutNotRecognised, drop_chrome, drop_titled_blocks

NAME = "generic"
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
CHROME = "body > header, body > footer, nav, aside, .sidebar, .widget, footer"


def parse_article(url: str, tree):
    """No template is known: always the fallback parser (crawler.parsing.fallback)."""
    raise LayoutNotRecognised("generic family: no site template")


def _deep_path(target) -> bool:
    """A post link goes deeper than a section: at least two path segments or a long slug."""
    segments = [s for s in target.path.split("/") if s]
    return len(segments) >= 2 or any(len(s) > 30 for s in segments)


def parse_listing(url: str, tree) -> Listing:
    """Article links are the headed links of the main content; pagination as everywhere."""
    drop_chrome(tree, CHROME)
    drop_titled_blocks(tree)
    anchors, unfollowed = article_anchors(tree, same_host_links(url, _deep_path))
    headed = [a for a in anchors if a.getparent() is not None and a.getparent().tag in _HEADINGS]
    return listing_from_anchors(url, tree, headed, has_structure=bool(anchors), unfollowed=unfollowed)
