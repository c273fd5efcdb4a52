"""Measure the mirror's throughput over real HTTP: `python -m rapat.mirror.bench [articles] [clients]`."""

from __future__ import annotations

import http.client
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from rapat.mirror.server import MirrorServer
from rapat.mirror.site import MirrorSite


def _fetch_all(server: MirrorServer, targets: list[tuple[str, str]]) -> int:
    conn = http.client.HTTPConnection(server.host, server.port, timeout=10)
    for host, path in targets:
        conn.request("GET", path, headers={"Host": host})
        conn.getresponse().read()
    conn.close()
    return len(targets)


def pages_per_second(site: MirrorSite, requests: int = 2000, clients: int = 8) -> float:
    """Pages/s for `requests` uncached article and listing GETs over `clients` keep-alive connections."""
    copies = [c for c in site.copies() if c.source.family == "shared_cms"]
    targets = [(c.source.host, f"/detail-post/{c.slug}") for c in copies]
    targets += [(s.host, f"/post/berita?page={n}") for s in site.sources for n in range(1, 4)]
    targets = (targets * (requests // max(1, len(targets)) + 1))[:requests]
    site.page.cache_clear()
    with MirrorServer(site) as server:
        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            done = sum(pool.map(lambda k: _fetch_all(server, targets[k::clients]), range(clients)))
        return done / (time.perf_counter() - started)


if __name__ == "__main__":
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    clients = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    rate = pages_per_second(MirrorSite(articles=articles), clients=clients)
    print(f"mirror: {rate:.0f} pages/s ({articles} articles, {clients} keep-alive clients)")
