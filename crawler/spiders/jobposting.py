"""Job boards that mark postings up with schema.org JobPosting (JSON-LD or microdata).

Postings are found from a sitemap (`sitemap = true`) or from listing pages: links whose
URL matches `link_pattern`, listing pages followed by `next_page` (or rel="next"). A
posting page parsed by an earlier run is not fetched again.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response
from scrapy.utils.sitemap import Sitemap

from crawler.parsers.jobposting import extract_postings, posting_to_post
from crawler.select import first_href
from crawler.spiders.base import SourceSpider, follow_link, guarded


class JobPostingSpider(SourceSpider):
    source_type = "jobposting"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.start_url = self.absolute(str(self.options["start_url"]))
        pattern = self.options.get("link_pattern")
        self.link_pattern = re.compile(str(pattern)) if pattern else None
        host = urlsplit(self.start_url).hostname
        self.allowed_domains = [host] if host else []  # never wander off the board

    async def start(self) -> AsyncIterator[Any]:
        callback = self.parse_sitemap if self.option_flag("sitemap") else self.parse_listing
        yield scrapy.Request(self.start_url, callback)

    def wanted(self, url: str) -> bool:
        """A posting on the board's own host, matching link_pattern, not parsed before."""
        return (
            urlsplit(url).hostname in self.allowed_domains
            and not self.seen(url)
            and (self.link_pattern is None or bool(self.link_pattern.search(url)))
        )

    def posting_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(url, self.parse_posting)

    @guarded
    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        try:
            sitemap = Sitemap(response.body)
        except Exception as exc:  # lxml refuses: truncated or not XML
            self.parse_error(response, f"not a sitemap ({exc})")
            return
        more = self.count_page()
        for entry in sitemap:
            url = follow_link(response, entry.get("loc"))
            if url is None:
                continue
            if sitemap.type == "sitemapindex":
                if more:
                    yield scrapy.Request(url, self.parse_sitemap)
            elif self.wanted(url):
                yield self.posting_request(url)

    @guarded
    def parse_listing(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, scrapy.http.TextResponse):
            self.parse_error(response, "the listing page is not text")
            return
        more = self.count_page()
        for href in response.css("a::attr(href)").getall():
            url = follow_link(response, href)
            if url and url != response.url and self.wanted(url):
                yield self.posting_request(url)
        selector = str(self.options.get("next_page") or "a[rel~=next], link[rel~=next]")
        next_url = follow_link(response, first_href(response, selector))
        if next_url and more:
            yield scrapy.Request(next_url, self.parse_listing)

    @guarded
    def parse_posting(self, response: Response) -> Iterator[Any]:
        self.count_item_page()
        if not isinstance(response, scrapy.http.TextResponse):
            self.parse_error(response, "the posting page is not text")
            return
        postings, problems = extract_postings(response.text, response.url)
        for problem in problems:
            self.parse_error(response, problem)
        if not postings:
            self.parse_error(response, "no schema.org JobPosting on the page")
            return
        for index, posting in enumerate(postings):
            post = posting_to_post(posting, response.url, index)
            if post is not None:
                yield post
        self.mark_seen(response.url)
