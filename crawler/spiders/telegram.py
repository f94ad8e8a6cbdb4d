"""Public Telegram channels through their web preview, https://t.me/s/<channel>.

A page shows about 20 messages, oldest first; `?before=<id>` shows the ones before. The
spider walks backwards from the newest page and, on an incremental run, stops at the
newest id the last finished run saw.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from typing import Any
from urllib.parse import quote

import scrapy
from parsel import Selector
from scrapy.http import Response

from crawler.items import Post
from crawler.select import Selectable
from crawler.spiders.base import SourceSpider, guarded
from crawler.text import html_to_text, normalize_text

log = logging.getLogger(__name__)
_POST_ID = re.compile(r"^([A-Za-z0-9_]{1,64})/(\d{1,18})$")
_FORWARDED = "tgme_widget_message_forwarded_from"
_REPLY = "tgme_widget_message_reply"
_PREVIEW = "tgme_widget_message_link_preview"
_VIEWS = re.compile(r"^([\d.,]+)\s*([KMB]?)$", re.IGNORECASE)


def parse_views(value: str | None) -> int | None:
    """'4.4K' -> 4400, '1.2M' -> 1200000, '987' -> 987."""
    match = _VIEWS.match((value or "").strip())
    if not match:
        return None
    number = float(match[1].replace(",", ""))
    return int(number * {"": 1, "K": 1e3, "M": 1e6, "B": 1e9}[match[2].upper()])


def parse_time(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def first_text(sel: Selectable, query: str) -> str | None:
    text = normalize_text(" ".join(sel.css(query).getall()))
    return text or None


def parse_message(msg: Selector, response: Response) -> Post | None:
    """One `.tgme_widget_message` block as a Post; None if it has no usable id."""
    match = _POST_ID.match(msg.attrib.get("data-post", "").strip())
    if not match:
        return None
    # Which optional parts the message has, in one query: most have none of them.
    has = {c for el in msg.root.iter() if (k := el.get("class")) for c in k.split()}
    # The message's own text sits right in the bubble; replies quote others elsewhere.
    body = msg.css(".tgme_widget_message_bubble > .tgme_widget_message_text")
    text = html_to_text(body[0].root) if body else ""
    extra: dict[str, Any] = {"channel": match[1], "message_id": int(match[2])}
    views = parse_views(msg.css(".tgme_widget_message_views::text").get())
    if views is not None:
        extra["views"] = views
    forwarded = msg.css(".tgme_widget_message_forwarded_from") if _FORWARDED in has else None
    if forwarded:
        extra["forwarded_from"] = {
            "name": first_text(forwarded, ".tgme_widget_message_forwarded_from_name *::text")
            or first_text(forwarded, "::text"),
            "url": forwarded.css("a::attr(href)").get(),
        }
    reply = msg.css("a.tgme_widget_message_reply::attr(href)").get() if _REPLY in has else None
    if reply:
        extra["reply_to"] = reply
    preview = msg.css("a.tgme_widget_message_link_preview") if _PREVIEW in has else None
    if preview:
        link = {
            "url": preview.attrib.get("href"),
            "site": first_text(preview, ".link_preview_site_name *::text"),
            "title": first_text(preview, ".link_preview_title *::text"),
            "description": html_to_text(preview.css(".link_preview_description").get("")) or None,
        }
        extra["link_preview"] = link
        # The preview often carries the offer itself (the message is just a link).
        shown = [link["title"], link["description"]]
        if link["url"] and link["url"] not in text:
            shown.append(link["url"])
        text = "\n\n".join(p for p in [text, "\n".join(s for s in shown if s)] if p)
    signed = "tgme_widget_message_from_author" in has  # a signature names the poster
    author = (signed and first_text(msg, ".tgme_widget_message_from_author *::text")) or (
        first_text(msg, ".tgme_widget_message_owner_name *::text")
    )
    date = msg.css("a.tgme_widget_message_date")
    href = date.attrib.get("href")
    return Post(
        external_id=f"{match[1]}/{match[2]}",
        text=text,
        url=response.urljoin(href) if href else None,
        author=author,
        posted_at=parse_time(date.xpath("./time/@datetime").get()),
        extra=extra,
    )


class TelegramSpider(SourceSpider):
    source_type = "telegram"
    newest = 0  # highest message id seen in this run

    async def start(self) -> AsyncIterator[Any]:
        yield self.page_request(None)

    def page_request(self, before: int | None) -> scrapy.Request:
        url = f"{self.base_url}/s/{quote(str(self.options['channel']))}"
        return scrapy.Request(url if before is None else f"{url}?before={before}", self.parse)

    @property
    def last_id(self) -> int:
        try:
            return int(self.state.get("last_id") or 0)
        except (TypeError, ValueError):
            return 0

    @guarded
    def parse(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, scrapy.http.TextResponse) or not response.css(
            ".tgme_channel_history"
        ):
            self.parse_error(response, "not a channel preview page (is the channel public?)")
            return
        more = self.count_page()
        numbers: list[int] = []
        for msg in response.css(".tgme_widget_message[data-post]"):
            post = parse_message(msg, response)
            if post is None:
                self.parse_error(response, "a message without a valid data-post id")
                continue
            number = int(post.extra["message_id"])
            numbers.append(number)
            if number > self.last_id:
                yield post
        self.newest = max([self.newest, *numbers])
        before = response.css("a.tme_messages_more[data-before]::attr(data-before)").get()
        cursor = int(before) if before and before.isdigit() else None
        reached_old = bool(self.last_id) and bool(numbers) and min(numbers) <= self.last_id
        if cursor is not None and numbers and cursor > min(numbers):
            cursor = min(numbers)  # never walk forwards: a page cannot send us in circles
        if reached_old or cursor is None or not self.last_id:
            # Safe to move the mark: no gap is left between it and what this run stored
            # (a first run is a backfill; what lies beyond its budget is history, not a gap).
            self.finish()
        if reached_old or cursor is None:
            return
        if not more:
            why = "before the last seen id; state kept" if self.last_id else "older ones skipped"
            log.info("%s: page budget (LUREWATCH_MAX_PAGES) spent %s", self.name, why)
        else:
            yield self.page_request(cursor)

    def finish(self) -> None:
        if self.newest > self.last_id:
            self.new_state["last_id"] = self.newest
