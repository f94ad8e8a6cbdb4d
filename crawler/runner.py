"""Run one configured source through the Scrapy engine, in this process, and record the run.

`lurewatch crawl` starts `python -m crawler` once per source: Scrapy's reactor can run
only once per process, and a source that crashes cannot take the others down with it.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.settings import scrapy_settings
from crawler.spiders import spider_for
from lurewatch.config import Config
from lurewatch.storage import (
    Database,
    RunCounts,
    ensure_source,
    finish_run,
    get_state,
    start_run,
)

log = logging.getLogger(__name__)


def counts_from_stats(stats: dict[str, Any]) -> RunCounts:
    dropped = sum(v for k, v in stats.items() if k.startswith("lurewatch/dropped/"))
    errors = int(stats.get("lurewatch/parse_errors", 0)) + int(stats.get("log_count/ERROR", 0))
    kept = {k: v for k, v in stats.items() if isinstance(v, int | float | str)}
    return RunCounts(
        pages=int(stats.get("lurewatch/pages", 0)),
        items_seen=int(stats.get("item_scraped_count", 0)) + dropped,
        posts_stored=int(stats.get("lurewatch/stored", 0)),
        duplicates=int(stats.get("lurewatch/duplicates", 0)),
        dropped=dropped,
        errors=errors,
        stats=kept,
    )


def failure_reason(stats: dict[str, Any]) -> str | None:
    """A run failed if it parsed no page at all, or the engine stopped it early."""
    reason = stats.get("finish_reason")
    if reason not in (None, "finished", "closespider_pagecount", "closespider_timeout"):
        return f"crawl stopped: {reason}"
    if not stats.get("lurewatch/pages"):
        prefix = "downloader/response_status_count/"
        codes = sorted(  # robots.txt answers are not the pages that failed
            code
            for k, v in stats.items()
            if k.startswith(prefix)
            and v - stats.get(f"robotstxt/response_status_count/{(code := k[len(prefix) :])}", 0)
        )
        errors = sorted(
            k.split("/", 2)[-1] for k in stats if k.startswith("downloader/exception_type_count/")
        )
        detail = f"HTTP {', '.join(codes)}" if codes else ", ".join(errors) or "no response"
        if stats.get("lurewatch/auth_errors"):
            detail += "; the site wants an access token: see token_env"
        return f"no page could be fetched and parsed ({detail})"
    return None


def run_source(config: Config, name: str, overrides: dict[str, Any] | None = None) -> int:
    """Crawl one source; returns the crawl run's id. Raises nothing for a failing site:
    the failure is recorded with the run and counted against the source."""
    source = config.source(name)
    url = config.effective_database_url
    db = Database(url)
    db.require_current()
    source_id = ensure_source(db, source.name, source.type)
    state = get_state(db, source_id)
    run_id = start_run(db, source_id)
    # -s overrides get the command line's priority, above a spider's custom_settings.
    settings = Settings(scrapy_settings(config, url, source_id, run_id, {}), priority="project")
    settings.setdict(overrides or {}, priority="cmdline")
    error: str | None = None
    stats: dict[str, Any] = {}
    try:
        # The caller owns the root log handler; Scrapy's loggers default to DEBUG, which
        # would print every scraped post, so they follow LOG_LEVEL here.
        settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
        process = CrawlerProcess(settings)
        logging.getLogger("scrapy").setLevel(settings.get("LOG_LEVEL") or "INFO")
        crawler = process.create_crawler(spider_for(source.type))
        process.crawl(crawler, source=source, state=state)
        process.start()
        stats = crawler.stats.get_stats() if crawler.stats else {}
        error = failure_reason(stats)
    except Exception as exc:  # record the failure with the run, then report it
        log.exception("crawl of %s failed", name)
        error = f"{type(exc).__name__}: {exc}"
    finish_run(db, run_id, counts_from_stats(stats), error)
    db.dispose()
    return run_id
