"""Mastodon hashtag timelines: GET /api/v1/timelines/tag/<tag> on any instance.

Pages are newest first and linked by `Link: <...?max_id=...>; rel="next"`. An incremental
run asks for `since_id=<newest id of the last finished run>` and walks back to it.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import scrapy
from scrapy.http import Response

from crawler.items import Post
from crawler.spiders.base import SourceSpider, guarded
from crawler.text import html_to_text

log = logging.getLogger(__name__)
PAGE_SIZE = 40  # the API's maximum for timelines
_NEXT = re.compile(r'<([^>]+)>\s*;\s*rel="?next"?', re.IGNORECASE)


def id_key(status_id: str) -> tuple[int, str]:
    """Mastodon ids are numeric strings (snowflakes); compare them as numbers."""
    return (len(status_id), status_id) if status_id.isdigit() else (0, status_id)


def next_link(response: Response, base_url: str) -> str | None:
    """The rel="next" page, on base_url's host: a mirror or replay of an instance still
    names the instance's own host in its Link headers."""
    for header in response.headers.getlist(b"Link"):
        match = _NEXT.search(header.decode("latin-1"))
        if match:
            parts = urlsplit(response.urljoin(match[1]))
            base = urlsplit(base_url)
            return urlunsplit(parts._replace(scheme=base.scheme, netloc=base.netloc))
    return None


def with_param(url: str, key: str, value: str) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    query.setdefault(key, value)
    return urlunsplit(parts._replace(query=urlencode(query)))


def parse_status(status: dict[str, Any]) -> Post | None:
    """One status (a boost is stored as the boosted status' text under the boost's id)."""
    status_id = str(status.get("id") or "")
    reblog = status.get("reblog")
    shown: dict[str, Any] = reblog if isinstance(reblog, dict) else status
    account: dict[str, Any] = shown["account"] if isinstance(shown.get("account"), dict) else {}
    if not status_id:
        return None
    text = html_to_text(str(shown.get("content") or ""), quiet_links=("mention", "hashtag"))
    extra: dict[str, Any] = {
        "account": {k: account.get(k) for k in ("acct", "display_name", "url", "bot")},
        "tags": [t.get("name") for t in shown.get("tags") or [] if isinstance(t, dict)],
        "replies": shown.get("replies_count"),
        "reblogs": shown.get("reblogs_count"),
        "favourites": shown.get("favourites_count"),
    }
    if shown is not status:
        extra["reblog_of"] = shown.get("id")
    card = shown.get("card")
    if isinstance(card, dict) and card.get("url"):
        extra["card"] = {k: card.get(k) for k in ("url", "title", "description")}
    alt = [
        m.get("description") for m in shown.get("media_attachments") or [] if isinstance(m, dict)
    ]
    if any(alt):
        extra["media_descriptions"] = [a for a in alt if a]
    try:
        posted = datetime.fromisoformat(str(shown.get("created_at")).replace("Z", "+00:00"))
    except ValueError:
        posted = None
    return Post(
        external_id=status_id,
        text=text,
        url=shown.get("url") or shown.get("uri"),
        author=account.get("acct"),
        title=shown.get("spoiler_text") or None,  # the content warning
        posted_at=posted,
        lang=shown.get("language"),
        extra=extra,
    )


class MastodonSpider(SourceSpider):
    source_type = "mastodon"
    newest = ""

    async def start(self) -> AsyncIterator[Any]:
        query: dict[str, Any] = {"limit": PAGE_SIZE}
        if self.last_id:
            query["since_id"] = self.last_id
        tag = quote(str(self.options["tag"]).lstrip("#"), safe="")
        yield self.page_request(f"{self.base_url}/api/v1/timelines/tag/{tag}?{urlencode(query)}")

    @property
    def last_id(self) -> str:
        return str(self.state.get("last_id") or "")

    def token(self) -> str | None:
        name = self.options.get("token_env")
        if not name:
            return None
        value = os.environ.get(str(name), "").strip()
        if not value:
            log.error(
                "%s: token_env names %s, but that variable is empty or unset", self.name, name
            )
        return value or None

    def page_request(self, url: str) -> scrapy.Request:
        headers = {"Accept": "application/json"}
        token = self.token()
        # The token goes only to the configured instance, never to a host a Link names.
        if token and urlsplit(url).netloc == urlsplit(self.base_url).netloc:
            headers["Authorization"] = f"Bearer {token}"
        return scrapy.Request(
            url, self.parse, headers=headers, meta={"handle_httpstatus_list": [401, 403]}
        )

    @guarded
    def parse(self, response: Response) -> Iterator[Any]:
        if response.status in (401, 403):
            self.stat("lurewatch/auth_errors")
            log.error(
                "%s: %s answered %d: this instance needs an access token for its timelines; "
                "set token_env = 'NAME' on the source and export NAME=<token> (a token that "
                "was set is wrong or expired)",
                self.name,
                response.url,
                response.status,
            )
            return
        try:
            statuses = json.loads(response.body)
        except ValueError:
            self.parse_error(response, "the timeline is not JSON")
            return
        if not isinstance(statuses, list):
            self.parse_error(response, "the timeline is not a JSON list of statuses")
            return
        more = self.count_page()
        reached = not statuses
        for status in statuses:
            post = parse_status(status) if isinstance(status, dict) else None
            if post is None:
                self.parse_error(response, "a status without an id")
                continue
            if self.last_id and id_key(post.external_id) <= id_key(self.last_id):
                reached = True
                continue
            self.newest = max(self.newest, post.external_id, key=id_key)
            yield post
        url = next_link(response, self.base_url)
        # Move the mark only when no gap is left behind it (see TelegramSpider.parse).
        moved = not self.last_id or id_key(self.newest) > id_key(self.last_id)
        if (reached or url is None or not self.last_id) and self.newest and moved:
            self.new_state["last_id"] = self.newest
        if reached or url is None:
            return
        if more:
            yield self.page_request(
                with_param(url, "since_id", self.last_id) if self.last_id else url
            )
        else:
            log.info("%s: page budget spent before the last seen id; state kept", self.name)
