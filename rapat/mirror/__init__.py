"""A faithful local replica of the real sites, served over real HTTP (tests, demo, benchmarks)."""

from rapat.mirror.server import MirrorServer, serve
from rapat.mirror.site import MirrorSite

__all__ = ["MirrorSite", "MirrorServer", "serve"]
