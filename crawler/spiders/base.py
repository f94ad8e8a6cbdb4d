"""What every lurewatch spider shares: its source config, incremental state, page budget."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator
from typing import Any, ClassVar
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import Response

from lurewatch.config import SourceConfig

log = logging.getLogger(__name__)
SEEN_KEEP = 5000  # item URLs remembered between runs (site and job-board spiders)

Callback = Callable[..., Iterator[Any]]


def guarded(callback: Callback) -> Callback:
    """Wrap a parse callback: anything it raises on a hostile or malformed page is logged
    and counted as a parse error, and what it yielded before that is kept."""

    @functools.wraps(callback)
    def wrapper(self: SourceSpider, response: Response, *args: Any, **kwargs: Any) -> Iterator[Any]:
        try:
            yield from callback(self, response, *args, **kwargs)
        except Exception as exc:  # a bad page must never stop the crawl
            self.parse_error(response, f"{type(exc).__name__}: {exc}")

    return wrapper


class SourceSpider(scrapy.Spider):
    """A spider bound to one configured source.

    `state` is what the last finished run saved; set `new_state` to what the next run
    needs (e.g. the newest id seen). It is saved only if this crawl finishes normally
    and only after every post is stored.
    """

    source_type: ClassVar[str] = ""

    def __init__(self, source: SourceConfig, state: dict[str, Any] | None = None, **kwargs: Any):
        super().__init__(name=f"{self.source_type}:{source.name}", **kwargs)
        self.source = source
        self.options = source.options
        self.base_url = source.effective_base_url()
        self.state: dict[str, Any] = dict(state or {})
        self.new_state: dict[str, Any] = dict(self.state)
        self.pages = 0
        self._seen: list[str] = [str(u) for u in self.state.get("seen", [])][-SEEN_KEEP:]
        self._seen_set = set(self._seen)

    @property
    def max_pages(self) -> int:
        return self.settings.getint("LUREWATCH_MAX_PAGES", 20)

    def stat(self, key: str, count: int = 1) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(key, count)

    def count_page(self) -> bool:
        """Count a fetched page; False once the page budget is spent."""
        self.pages += 1
        self.stat("lurewatch/pages")
        return self.pages < self.max_pages

    def count_item_page(self) -> None:
        """Count a fetched item page (a job posting, an ad); not part of the page budget,
        which limits how far back listings are followed."""
        self.stat("lurewatch/pages")
        self.stat("lurewatch/item_pages")

    def parse_error(self, response: Response, reason: str) -> None:
        """A page we could not understand: logged and counted, the crawl goes on."""
        self.stat("lurewatch/parse_errors")
        log.warning("could not parse %s: %s", response.url, reason[:300])

    def absolute(self, url_or_path: str) -> str:
        """An option that may be a full URL or a path under base_url."""
        if urlsplit(url_or_path).scheme in ("http", "https"):
            return url_or_path
        return urljoin(self.base_url + "/", url_or_path.lstrip("/"))

    def option_flag(self, key: str) -> bool:
        value = self.options.get(key, False)
        return value is True or str(value).strip().lower() in ("1", "true", "yes", "on")

    # --- item pages already fetched by an earlier run ------------------------------

    def seen(self, url: str) -> bool:
        return url in self._seen_set

    def mark_seen(self, url: str) -> None:
        """Remember an item page that was parsed, so the next run does not fetch it again."""
        if url in self._seen_set:
            return
        self._seen.append(url)
        self._seen_set.add(url)
        self.new_state["seen"] = self._seen[-SEEN_KEEP:]


def follow_link(response: Response, href: str | None) -> str | None:
    """An absolute http(s) URL for a link found on a page, or None (javascript:, mailto:...)."""
    if not href or not href.strip():
        return None
    url = response.urljoin(href.strip())
    return url if urlsplit(url).scheme in ("http", "https") else None
