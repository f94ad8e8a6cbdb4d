"""Spiders by source type. Each module defines one `SourceSpider` subclass."""

from __future__ import annotations

import importlib

from crawler.errors import CrawlerError
from crawler.spiders.base import SourceSpider

MODULES = {
    "telegram": "crawler.spiders.telegram:TelegramSpider",
    "mastodon": "crawler.spiders.mastodon:MastodonSpider",
    "reddit": "crawler.spiders.reddit:RedditSpider",
    "jobposting": "crawler.spiders.jobposting:JobPostingSpider",
    "feed": "crawler.spiders.feed:FeedSpider",
    "site": "crawler.spiders.site:SiteSpider",
}


def spider_for(source_type: str) -> type[SourceSpider]:
    try:
        module, name = MODULES[source_type].split(":")
    except KeyError:
        raise CrawlerError(f"no spider for source type {source_type!r}") from None
    cls: type[SourceSpider] = getattr(importlib.import_module(module), name)
    return cls
