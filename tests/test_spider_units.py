"""Behaviour of the crawler's parts that goldens do not pin: text clean-up, settings,
pipelines, middlewares, tokens, the guard around callbacks, the Facebook import."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from crawler.items import Post
from crawler.middlewares import BackoffMiddleware
from crawler.pipelines import MAX_TEXT, NormalizePipeline
from crawler.runner import failure_reason
from crawler.settings import scrapy_settings
from crawler.spiders.base import SourceSpider, guarded
from crawler.spiders.reddit import RedditSpider
from crawler.spiders.telegram import parse_views
from crawler.text import html_to_text
from lurewatch.config import load_config
from lurewatch.errors import ImportFileError
from lurewatch.pipeline.importer import import_file
from lurewatch.storage import Database
from tests.conftest import write_config
from tests.crawler_support import PAGES, make_spider


def test_html_to_text_reads_like_a_browser() -> None:
    markup = "<b>Title</b>\n   <br>\n<br>line one\n  two<script>x()</script><style>p{}</style>"
    assert html_to_text(markup) == "Title\n\nline one two"
    link = '<a href="https://wa.me/1">chat</a> <a href="https://wa.me/2">http://wa.me/2</a>'
    assert html_to_text(link) == "chat (https://wa.me/1) http://wa.me/2"
    tag = '<a class="mention hashtag" href="https://x.example/tags/jobs">#jobs</a>'
    assert html_to_text(tag, quiet_links=("hashtag",)) == "#jobs"
    assert html_to_text('<a href="javascript:alert(1)">click</a>') == "click"
    assert html_to_text("<pre>a\n  b</pre>") == "a\nb"


@pytest.mark.parametrize(
    ("shown", "views"),
    [("4.4K", 4400), ("1.2M", 1_200_000), ("987", 987), ("", None), ("lots", None)],
)
def test_telegram_view_counts(shown: str, views: int | None) -> None:
    assert parse_views(shown) == views


def test_reddit_keeps_its_rate_limit_unless_the_command_line_says_otherwise() -> None:
    quick = get_crawler(
        RedditSpider, {"DOWNLOAD_DELAY": 0, "LUREWATCH_CONTACT_URL": "https://n.example"}
    )
    assert quick.settings.getfloat("DOWNLOAD_DELAY") == 6.0  # 10 requests a minute
    assert quick.settings.getfloat("DOWNLOAD_DELAY_JITTER") == 0.0
    assert quick.settings["USER_AGENT"].startswith("python:org.lurewatch.crawler:v")
    assert "https://n.example" in quick.settings["USER_AGENT"]
    slow = get_crawler(RedditSpider, {"DOWNLOAD_DELAY": 10, "LUREWATCH_CUSTOM_USER_AGENT": True,
                                      "USER_AGENT": "mine/1.0"})  # fmt: skip
    assert (
        slow.settings.getfloat("DOWNLOAD_DELAY") == 10.0
        and slow.settings["USER_AGENT"] == "mine/1.0"
    )
    replay = Settings({"DOWNLOAD_DELAY": 2}, priority="project")
    replay.set("DOWNLOAD_DELAY", 0, priority="cmdline")
    assert Crawler(RedditSpider, replay).settings.getfloat("DOWNLOAD_DELAY") == 0.0


def test_scrapy_settings_are_polite_and_current(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path / "c.toml", ""))
    settings = scrapy_settings(config, "sqlite://", 1, 1, {})
    # Responses pass downloader middlewares from the highest number down: the back-off
    # must see a 429 before RetryMiddleware (550) turns it into a retry.
    assert settings["DOWNLOADER_MIDDLEWARES"]["crawler.middlewares.BackoffMiddleware"] > 550
    assert "RANDOMIZE_DOWNLOAD_DELAY" not in settings  # deprecated in Scrapy 2.19
    assert settings["ROBOTSTXT_OBEY"] and settings["CONCURRENT_REQUESTS_PER_DOMAIN"] == 1
    assert settings["DOWNLOAD_DELAY"] == 2.0 and settings["DOWNLOAD_MAXSIZE"] <= 32 * 2**20


def test_normalize_truncates_a_huge_post_and_records_its_length() -> None:
    pipeline = NormalizePipeline(get_crawler())
    post = pipeline.process_item(Post(external_id=" 7 ", text="x " * 15_000 + "\u200b"))
    assert len(post.text) == MAX_TEXT and post.extra["truncated_from"] == 29_999
    assert post.external_id == "7"


def test_backoff_waits_for_retry_after_only_when_a_retry_follows() -> None:
    crawler = get_crawler(settings_dict={"RETRY_TIMES": 2})
    stats = crawler.stats
    assert stats is not None
    stats.open_spider()
    middleware = BackoffMiddleware(crawler)
    request = Request("http://127.0.0.1/x")
    slow_down = Response(request.url, status=429, headers={"Retry-After": "0"}, request=request)
    assert asyncio.run(middleware.process_response(request, slow_down)) is slow_down
    assert stats.get_value("lurewatch/backoff/429") == 1
    spent = request.replace(meta={"retry_times": 2})
    asyncio.run(middleware.process_response(spent, slow_down))
    assert stats.get_value("lurewatch/backoff/429") == 1


def test_mastodon_token_comes_from_the_named_variable(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    spider = make_spider("mastodon", {"tag": "jobs", "token_env": "LW_UNIT_TOKEN"})
    monkeypatch.setenv("LW_UNIT_TOKEN", "t0ken")
    request = spider.page_request(f"{spider.base_url}/api/v1/timelines/tag/jobs")
    assert request.headers["Authorization"] == b"Bearer t0ken"
    monkeypatch.delenv("LW_UNIT_TOKEN")
    with caplog.at_level(logging.ERROR):
        request = spider.page_request(f"{spider.base_url}/api/v1/timelines/tag/jobs")
    assert b"Authorization" not in request.headers
    assert "LW_UNIT_TOKEN" in caplog.text and "t0ken" not in caplog.text


class Exploding(SourceSpider):
    source_type = "telegram"

    @guarded
    def parse(self, response: Response) -> Iterator[Any]:
        yield Post(external_id="1", text="kept")
        raise KeyError("a page nobody expected")


def test_a_callback_that_raises_is_counted_and_keeps_what_it_yielded() -> None:
    crawler = get_crawler(Exploding)
    spider = make_spider("telegram", {"channel": "x"})
    spider = Exploding.from_crawler(crawler, source=spider.source)
    out = list(spider.parse(Response("http://127.0.0.1/s/x", body=b"\x00")))
    assert [p.text for p in out] == ["kept"]
    assert crawler.stats is not None
    assert crawler.stats.get_value("lurewatch/parse_errors") == 1


def test_telegram_binary_page_is_a_parse_error_not_a_crash() -> None:
    spider = make_spider("telegram", {"channel": "x"})
    assert list(spider.parse(Response("http://replay.test/s/x", body=b"\x89PNG"))) == []
    assert spider.crawler.stats.get_value("lurewatch/parse_errors") == 1


def test_failure_reason_names_the_pages_not_robots_txt() -> None:
    stats = {
        "finish_reason": "finished",
        "downloader/response_status_count/200": 1,
        "robotstxt/response_status_count/200": 1,
        "downloader/response_status_count/401": 1,
        "lurewatch/auth_errors": 1,
    }
    reason = failure_reason(stats)
    assert reason is not None and "HTTP 401;" in reason and "token_env" in reason
    assert failure_reason({**stats, "lurewatch/pages": 1}) is None


def test_import_of_a_saved_facebook_page(sqlite_db: Database, tmp_path: Path) -> None:
    page = PAGES / "facebook/group_page/inputs/body.html"
    report = import_file(sqlite_db, page, "fb-group", "facebook")
    assert (report.read, report.imported, report.problems) == (5, 5, [])
    again = import_file(sqlite_db, page, "fb-group", "facebook")
    assert (again.imported, again.duplicates) == (0, 5)
    other = tmp_path / "news.html"
    other.write_text("<html><title>news</title><p>hello</p></html>", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"m\.facebook\.com"):
        import_file(sqlite_db, other, "fb-group", "facebook")


def test_job_board_next_page_option_is_accepted(tmp_path: Path) -> None:
    body = """
    [[sources]]
    name = "board"
    type = "jobposting"
    start_url = "https://jobs.example.org/list"
    next_page = "a.older"
    """
    (source,) = load_config(write_config(tmp_path / "c.toml", body)).sources
    assert source.options["next_page"] == "a.older"
