"""The one exception a page parser raises when a response must not become a row."""

from __future__ import annotations

# Reasons a parser can give; a subset of the crawl_failures.reason vocabulary
# (pipelines.schema.CRAWL_FAILURES) plus 'layout_changed' for listings.
REASONS = frozenset(
    {"challenge", "http_error", "not_html", "empty", "too_large", "truncated", "no_title", "no_body", "layout_changed",
     "parse_error"}
)


class PageRejected(Exception):
    """A response that is not a usable page: `.reason` (vocabulary key) and `.detail` (prose)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown rejection reason {reason!r}; expected one of {sorted(REASONS)}")
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail

    def __reduce__(self):
        # Keep both fields when the exception crosses a process pool (rebuild uses one).
        return (type(self), (self.reason, self.detail))
