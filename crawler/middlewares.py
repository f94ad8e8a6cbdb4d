"""Back-off for servers that say "slow down" (429, 503 with Retry-After)."""

from __future__ import annotations

import asyncio
import logging

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response

log = logging.getLogger(__name__)


class BackoffMiddleware:
    """Waits before Scrapy's RetryMiddleware re-schedules a 429/503: the Retry-After the
    server sent (capped), else an exponential delay per retry. Counts every back-off."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.base = crawler.settings.getfloat("LUREWATCH_BACKOFF_BASE", 2.0)
        self.cap = crawler.settings.getfloat("LUREWATCH_BACKOFF_MAX", 120.0)
        self.max_retries = crawler.settings.getint("RETRY_TIMES")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffMiddleware:
        return cls(crawler)

    async def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        if response.status not in (429, 503):
            return response
        retries = int(request.meta.get("retry_times", 0))
        if request.meta.get("dont_retry") or retries >= request.meta.get(
            "max_retry_times", self.max_retries
        ):
            return response  # no retry follows, so waiting would only slow the crawl
        header = response.headers.get(b"Retry-After")
        try:
            delay = float(header.decode()) if header else self.base * 2**retries
        except ValueError:
            delay = self.base * 2**retries
        delay = max(0.0, min(delay, self.cap))
        assert self.stats is not None
        self.stats.inc_value(f"lurewatch/backoff/{response.status}")
        log.info(
            "%s answered %d; waiting %.1fs before retrying", request.url, response.status, delay
        )
        await asyncio.sleep(delay)
        return response
