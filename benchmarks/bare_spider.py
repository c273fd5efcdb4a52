"""The baseline of bench_crawl: a bare Scrapy spider that fetches a URL list and does nothing else.

usage: python -m benchmarks.bare_spider MIRROR_URL URLS.txt CONCURRENCY
Each real URL is sent to the mirror with its real Host header, as rapat's crawl does.
"""

import sys
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess


class BareSpider(scrapy.Spider):
    """Fetch every URL of a file; parse nothing, store nothing."""

    name = "bare"

    def __init__(self, mirror: str, urls: str, **kwargs):
        super().__init__(**kwargs)
        self.mirror = mirror.rstrip("/")
        self.urls = urls

    async def start(self):
        with open(self.urls, encoding="utf-8") as handle:
            for line in handle:
                parts = urlsplit(line.strip())
                target = parts.path + (f"?{parts.query}" if parts.query else "")
                yield scrapy.Request(self.mirror + target, headers={"Host": parts.hostname},
                                     dont_filter=True, callback=self.parse, errback=self.failed)

    def parse(self, response):
        return None

    def failed(self, failure):
        return None


def main(mirror: str, urls: str, concurrency: str) -> None:
    """Run the bare spider at the given concurrency."""
    process = CrawlerProcess({
        "LOG_LEVEL": "WARNING", "ROBOTSTXT_OBEY": False, "CONCURRENT_REQUESTS": int(concurrency),
        "CONCURRENT_REQUESTS_PER_DOMAIN": int(concurrency), "DOWNLOAD_DELAY": 0, "RETRY_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False, "HTTPERROR_ALLOW_ALL": True,
    })
    process.crawl(BareSpider, mirror=mirror, urls=urls)
    process.start()


if __name__ == "__main__":
    main(*sys.argv[1:4])
