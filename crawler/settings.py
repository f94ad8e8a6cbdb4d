"""Scrapy settings built from lurewatch's [crawl] configuration: polite by default."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lurewatch import __version__
from lurewatch.config import Config


def user_agent(config: Config) -> str:
    crawl = config.crawl
    return crawl.user_agent or f"lurewatch/{__version__} (+{crawl.contact_url})"


def scrapy_settings(
    config: Config, database_url: str, source_id: int, run_id: int, overrides: dict[str, Any]
) -> dict[str, Any]:
    crawl = config.crawl
    settings: dict[str, Any] = {
        "BOT_NAME": "lurewatch",
        "USER_AGENT": user_agent(config),
        "ROBOTSTXT_OBEY": crawl.obey_robots,
        "DOWNLOAD_DELAY": crawl.download_delay,
        # 0.5x-1.5x the delay; replaces RANDOMIZE_DOWNLOAD_DELAY, deprecated in Scrapy 2.19.
        "DOWNLOAD_DELAY_JITTER": 0.5,
        "AUTOTHROTTLE_ENABLED": crawl.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(crawl.download_delay, 1.0),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawl.concurrent_per_domain,
        "DOWNLOAD_TIMEOUT": crawl.timeout,
        # Crawled pages are untrusted: no page worth reading is this big.
        "DOWNLOAD_MAXSIZE": 16 * 1024 * 1024,
        "DOWNLOAD_WARNSIZE": 4 * 1024 * 1024,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": crawl.retries,
        "RETRY_HTTP_CODES": [429, 500, 502, 503, 504, 522, 524, 408],
        "HTTPCACHE_ENABLED": crawl.http_cache,
        "HTTPCACHE_DIR": str(Path(config.data_path) / "httpcache"),
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "INFO",
        "DOWNLOADER_MIDDLEWARES": {
            # Retry-After aware back-off for 429/503. Responses pass middlewares from the
            # highest number down, so it must sit above RetryMiddleware (550) to see them.
            "crawler.middlewares.BackoffMiddleware": 560,
        },
        "ITEM_PIPELINES": {
            "crawler.pipelines.NormalizePipeline": 100,
            "crawler.pipelines.ValidatePipeline": 200,
            "crawler.pipelines.StorePipeline": 900,
        },
        "LUREWATCH_DATABASE_URL": database_url,
        "LUREWATCH_SOURCE_ID": source_id,
        "LUREWATCH_RUN_ID": run_id,
        "LUREWATCH_MAX_PAGES": crawl.max_pages,
        "LUREWATCH_CONTACT_URL": crawl.contact_url,
        "LUREWATCH_CUSTOM_USER_AGENT": bool(crawl.user_agent),
    }
    settings.update(overrides)
    return settings
