"""Subreddit listings: GET /r/<sub>/new.json?raw_json=1 (newest first, `after` cursor).

Reddit allows 10 requests a minute without OAuth and blocks generic User-Agents, so this
spider's settings keep at least 6 s between requests whatever the project delay, and it
names itself in Reddit's User-Agent form. A `-s DOWNLOAD_DELAY=...` on the command line
still wins (for a local replay of Reddit).
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlencode

import scrapy
from scrapy.http import Response
from scrapy.settings import BaseSettings

from crawler.items import Post
from crawler.spiders.base import SourceSpider, guarded
from lurewatch import __version__

log = logging.getLogger(__name__)
UNAUTHENTICATED_PER_MINUTE = 10


def parse_child(child: dict[str, Any], response: Response) -> Post | None:
    """One `t3` (link or self post) of a Listing; None for other kinds or no id."""
    data = child.get("data") if child.get("kind") == "t3" else None
    if not isinstance(data, dict) or not data.get("name"):
        return None
    title = str(data.get("title") or "").strip()
    is_self = bool(data.get("is_self"))
    link = None if is_self else data.get("url_overridden_by_dest") or data.get("url")
    body = str(data.get("selftext") or "") if is_self else str(link or "")
    try:
        posted = datetime.fromtimestamp(float(data["created_utc"]), tz=UTC)
    except (KeyError, TypeError, ValueError, OverflowError):
        posted = None
    permalink = data.get("permalink")
    extra = {
        "subreddit": data.get("subreddit"),
        "is_self": is_self,
        "link_url": link,
        "domain": data.get("domain"),
        "flair": data.get("link_flair_text"),
        "over_18": data.get("over_18"),
        "score": data.get("score"),
        "num_comments": data.get("num_comments"),
    }
    return Post(
        external_id=str(data["name"]),
        text="\n\n".join(part for part in (title, body.strip()) if part),
        url=response.urljoin(permalink) if isinstance(permalink, str) else None,
        author=data.get("author"),
        title=title or None,
        posted_at=posted,
        extra={k: v for k, v in extra.items() if v is not None},
    )


class RedditSpider(SourceSpider):
    source_type = "reddit"
    custom_settings = {  # noqa: RUF012 (Scrapy declares it an instance attribute)
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "DOWNLOAD_DELAY_JITTER": 0.0,  # a random shorter delay could exceed the limit
        "DOWNLOAD_DELAY": 60 / UNAUTHENTICATED_PER_MINUTE,
    }
    newest = 0.0

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        project_delay = settings.getfloat("DOWNLOAD_DELAY")
        super().update_settings(settings)  # spider priority: a command-line -s still wins
        floor = 60 / UNAUTHENTICATED_PER_MINUTE
        settings.set("DOWNLOAD_DELAY", max(project_delay, floor), priority="spider")
        if not settings.getbool("LUREWATCH_CUSTOM_USER_AGENT"):
            contact = settings.get("LUREWATCH_CONTACT_URL") or "https://github.com/lurewatch"
            ua = f"python:org.lurewatch.crawler:v{__version__} (+{contact})"
            settings.set("USER_AGENT", ua, priority="spider")

    async def start(self) -> AsyncIterator[Any]:
        yield self.page_request(None)

    @property
    def last_created(self) -> float:
        try:
            return float(self.state.get("last_created") or 0)
        except (TypeError, ValueError):
            return 0.0

    def page_request(self, after: str | None) -> scrapy.Request:
        query = {"raw_json": 1, "limit": 100, **({"after": after} if after else {})}
        sub = quote(str(self.options["subreddit"]).removeprefix("r/"), safe="")
        return scrapy.Request(f"{self.base_url}/r/{sub}/new.json?{urlencode(query)}", self.parse)

    @guarded
    def parse(self, response: Response) -> Iterator[Any]:
        try:
            listing = json.loads(response.body)
        except ValueError:
            self.parse_error(response, "the listing is not JSON")
            return
        data = listing.get("data") if isinstance(listing, dict) else None
        if not isinstance(data, dict) or listing.get("kind") != "Listing":
            self.parse_error(response, "not a Reddit Listing")
            return
        more = self.count_page()
        reached = False
        for child in data.get("children") or []:
            post = parse_child(child, response) if isinstance(child, dict) else None
            if post is None:
                self.parse_error(response, "a listing entry that is not a post")
                continue
            created = post.posted_at.timestamp() if post.posted_at else 0.0
            if self.last_created and created < self.last_created:
                reached = True  # equal timestamps are re-sent; storage drops the duplicates
                continue
            self.newest = max(self.newest, created)
            yield post
        after = data.get("after")
        cursor = after if isinstance(after, str) and after else None
        if (reached or cursor is None or not self.last_created) and self.newest:
            self.new_state["last_created"] = max(self.newest, self.last_created)
        if reached or cursor is None:
            return
        if more:
            yield self.page_request(cursor)
        else:
            log.info("%s: page budget spent; older posts come next run", self.name)
