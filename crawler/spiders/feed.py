"""RSS and Atom feeds of job sites and classifieds, through feedparser.

The feed is fetched with the ETag / Last-Modified of the last finished run, so an
unchanged feed answers 304 and costs nothing.
"""

from __future__ import annotations

import calendar
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import feedparser
import scrapy
from scrapy.http import Response

from crawler.items import Post
from crawler.spiders.base import SourceSpider, guarded
from crawler.text import html_to_text, normalize_text
from lurewatch.storage import content_hash


def _when(entry: Any) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC) if parsed else None
    except (TypeError, ValueError, OverflowError):
        return None


def parse_entry(entry: Any, feed_lang: str | None) -> Post:
    title = normalize_text(html_to_text(entry.get("title", ""))) or None
    contents = entry.get("content") or []
    body = contents[0].get("value", "") if contents else entry.get("summary", "")
    text = "\n\n".join(p for p in (title or "", html_to_text(body)) if p)
    link = (
        entry.get("link") if urlsplit(entry.get("link") or "").scheme in ("http", "https") else None
    )
    ident = entry.get("id") or link or content_hash(text)[:32]
    detail = contents[0] if contents else entry.get("summary_detail") or {}
    lang = detail.get("language") or feed_lang
    tags = [t.get("term") for t in entry.get("tags") or [] if t.get("term")]
    return Post(
        external_id=str(ident),
        text=text,
        url=link,
        author=entry.get("author") or None,
        title=title,
        posted_at=_when(entry),
        lang=lang or None,
        extra={"categories": tags} if tags else {},
    )


class FeedSpider(SourceSpider):
    source_type = "feed"

    async def start(self) -> AsyncIterator[Any]:
        headers = {}
        if self.state.get("etag"):
            headers["If-None-Match"] = str(self.state["etag"])
        if self.state.get("last_modified"):
            headers["If-Modified-Since"] = str(self.state["last_modified"])
        yield scrapy.Request(
            self.absolute(str(self.options["url"])),
            self.parse,
            headers=headers,
            meta={"handle_httpstatus_list": [304]},
        )

    @guarded
    def parse(self, response: Response) -> Iterator[Any]:
        if response.status == 304:
            self.count_page()  # unchanged since the last run: nothing new, not a failure
            return
        # Bytes, never a str: feedparser fetches a str that looks like a URL or a path.
        feed = feedparser.parse(response.body, response_headers=_headers(response))
        if not feed.entries:
            if feed.get("bozo") or not feed.get("version"):
                reason = feed.get("bozo_exception") or "no RSS or Atom root element"
                self.parse_error(response, f"not a readable feed ({reason})")
                return
        elif feed.get("bozo"):
            self.stat("lurewatch/feed_repaired")
        self.count_page()
        lang = feed.feed.get("language")
        for entry in feed.entries:
            yield parse_entry(entry, lang)
        for header, key in ((b"ETag", "etag"), (b"Last-Modified", "last_modified")):
            value = response.headers.get(header)
            if value:
                self.new_state[key] = value.decode("latin-1")


def _headers(response: Response) -> dict[str, str]:
    wanted = (b"Content-Type", b"Content-Language", b"Content-Location")
    return {
        k.decode("latin-1").lower(): v.decode("latin-1")
        for k in wanted
        if (v := response.headers.get(k)) is not None
    }
