"""Item pipelines: normalise, validate, then store in batches through lurewatch.storage.

A dropped item is counted in the stats under `lurewatch/dropped/<reason>`; the crawl
run saved with the source records those counts.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.items import Post
from crawler.text import normalize_text
from lurewatch.storage import Database, NewPost, insert_posts, set_state

log = logging.getLogger(__name__)
MAX_TEXT = 20_000  # characters kept of a post; longer ones are truncated and marked
MAX_ID = 255


class _Counting:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        return cls(crawler)

    def drop(self, reason: str, item: Post) -> DropItem:
        assert self.stats is not None
        self.stats.inc_value(f"lurewatch/dropped/{reason}")
        return DropItem(f"{reason}: {item.external_id or item.url or '?'}")


class NormalizePipeline(_Counting):
    def process_item(self, item: Post, spider: Spider | None = None) -> Post:
        item.text = normalize_text(item.text or "")
        if item.title:
            item.title = normalize_text(item.title)[:1000] or None
        if len(item.text) > MAX_TEXT:
            item.extra["truncated_from"] = len(item.text)
            item.text = item.text[:MAX_TEXT]
            assert self.stats is not None
            self.stats.inc_value("lurewatch/truncated")
        item.external_id = str(item.external_id or "").strip()
        if item.author:
            item.author = normalize_text(item.author)[:255] or None
        return item


class ValidatePipeline(_Counting):
    def process_item(self, item: Post, spider: Spider | None = None) -> Post:
        if not item.external_id:
            raise self.drop("no_id", item)
        if len(item.external_id) > MAX_ID:
            raise self.drop("id_too_long", item)
        if not item.text:
            raise self.drop("no_text", item)
        return item


class StorePipeline(_Counting):
    """Stores posts in batches; saves the spider's incremental state once all are stored."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        settings = crawler.settings
        self.db = Database(settings.get("LUREWATCH_DATABASE_URL"))
        self.source_id = settings.getint("LUREWATCH_SOURCE_ID")
        self.run_id = settings.getint("LUREWATCH_RUN_ID") or None
        self.batch_size = settings.getint("LUREWATCH_STORE_BATCH", 200)
        self.batch: list[NewPost] = []
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    def process_item(self, item: Post, spider: Spider | None = None) -> Post:
        self.batch.append(
            NewPost(
                external_id=item.external_id,
                text=item.text,
                url=item.url,
                author=item.author,
                title=item.title,
                lang_hint=item.lang,
                posted_at=item.posted_at,
                extra=item.extra,
            )
        )
        if len(self.batch) >= self.batch_size:
            self.flush()
        return item

    def flush(self) -> None:
        if not self.batch:
            return
        result = insert_posts(self.db, self.source_id, self.batch, self.run_id)
        self.batch = []
        assert self.stats is not None
        self.stats.inc_value("lurewatch/stored", result.inserted)
        self.stats.inc_value("lurewatch/duplicates", result.duplicates)

    def close_spider(self, spider: Spider | None = None) -> None:
        self.flush()

    def spider_closed(self, spider: Spider, reason: str) -> None:
        # Fired after every pipeline has closed. A crawl cut short keeps the old state:
        # the next run fetches the gap again and de-duplication makes that harmless.
        new_state = getattr(spider, "new_state", None)
        if new_state and reason == "finished":
            set_state(self.db, self.source_id, new_state)
        self.db.dispose()
