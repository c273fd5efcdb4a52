"""The dataset's static website: plain files built from the tables, readable from file:// and Pages."""

from rapat.site.build import SiteError, build_site

__all__ = ["SiteError", "build_site"]
