"""Downloader middlewares and the download handler: WARC archive, mirror routing, host guard, backoff."""
