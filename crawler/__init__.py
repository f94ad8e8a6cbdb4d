"""Scrapy spiders for the public places where lures are posted.

Spiders are thin parsers that yield `crawler.items.Post`; item pipelines normalise,
validate, de-duplicate and store (through `lurewatch.storage`). `python -m crawler`
runs one source in its own process (Scrapy's reactor runs once per process).
"""
