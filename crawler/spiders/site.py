"""Any classified-ads or job site described in the config, with no code:

    list_url = "/jobs"            # first listing page
    item_link = "a.ad-link"       # links to the ads on a listing page
    next_page = "a.next"          # the next listing page (optional)
    fields = { text = ".ad-body", title = "h1", author = ".poster",
               posted_at = "time::attr(datetime)", id = "//article/@data-id" }

Selectors are CSS, or XPath when they start with "/" or "(". An ad parsed by an earlier
run is not fetched again; `id` defaults to the ad's URL.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response

from crawler.items import Post
from crawler.select import first_href, hrefs, joined, texts
from crawler.spiders.base import SourceSpider, follow_link, guarded


def parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class SiteSpider(SourceSpider):
    source_type = "site"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.list_url = self.absolute(str(self.options["list_url"]))
        self.fields: dict[str, str] = {k: str(v) for k, v in self.options["fields"].items()}
        host = urlsplit(self.list_url).hostname
        self.allowed_domains = [host] if host else []  # ads link anywhere; we stay on the site

    async def start(self) -> AsyncIterator[Any]:
        yield scrapy.Request(self.list_url, self.parse_list)

    @guarded
    def parse_list(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, scrapy.http.TextResponse):
            self.parse_error(response, "the listing page is not text")
            return
        more = self.count_page()
        links = hrefs(response, str(self.options["item_link"]))
        if not links:
            self.parse_error(response, f"item_link {self.options['item_link']!r} matched nothing")
        for href in links:
            url = follow_link(response, href)
            if url and not self.seen(url):
                yield scrapy.Request(url, self.parse_item)
        selector = self.options.get("next_page")
        next_url = follow_link(response, first_href(response, str(selector))) if selector else None
        if next_url and more:
            yield scrapy.Request(next_url, self.parse_list)

    @guarded
    def parse_item(self, response: Response) -> Iterator[Any]:
        self.count_item_page()
        if not isinstance(response, scrapy.http.TextResponse):
            self.parse_error(response, "the item page is not text")
            return
        text = joined(response, self.fields["text"])
        if not text:
            self.parse_error(response, f"fields.text {self.fields['text']!r} matched nothing")
            return

        def field(name: str) -> str | None:
            found = texts(response, self.fields[name]) if name in self.fields else []
            return found[0] if found else None

        yield Post(
            external_id=field("id") or response.url,
            text=text,
            url=response.url,
            author=field("author"),
            title=field("title"),
            posted_at=parse_date(field("posted_at")),
        )
        self.mark_seen(response.url)
