"""The Scrapy project: settings, spiders, page parsers, middlewares and extensions."""
