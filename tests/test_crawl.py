"""Whole crawls through the Scrapy engine, one `python -m crawler` process each, against a
replay server on 127.0.0.1 that serves the saved pages (started once per session)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lurewatch.storage import Database
from lurewatch.storage.models import CrawlRun, Post, Source
from tests.conftest import write_config
from tests.crawler_support import PAGES, ReplayServer, Route, case_routes, run_crawler

pytestmark = pytest.mark.slow
TAG = "/api/v1/timelines/tag"


def _json_route(path: Path, **kwargs: Any) -> Route:
    return Route(200, {"Content-Type": "application/json"}, path.read_bytes(), **kwargs)


@pytest.fixture(scope="session")
def server() -> Iterator[ReplayServer]:
    routes = case_routes()
    routes["/robots.txt"] = Route(
        200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"
    )
    # Telegram's second page first says "slow down"; Reddit's second page fails once.
    routes["/s/lw_jobs?before=21"].before = [(429, {"Retry-After": "1"})]
    routes["/r/lwjobs/new.json?raw_json=1&limit=100&after=t3_lw0003"].before = [(500, {})]
    routes[f"{TAG}/lwjobs?limit=40&since_id=110000000000000105"] = Route(
        200, {"Content-Type": "application/json"}, b"[]"
    )
    routes[f"{TAG}/lwdown?limit=40"] = Route(500, {"Content-Type": "text/plain"}, b"down")
    routes[f"{TAG}/lwprivate?limit=40"] = _json_route(
        PAGES / "mastodon/tag_page2/inputs/body.json", bearer="s3cret-test-token"
    )
    replay = ReplayServer(routes)
    yield replay
    replay.stop()


def source_config(
    tmp_path: Path, db_url: str, base: str, name: str, kind: str, **options: Any
) -> Path:
    lines = [f"{k} = {json.dumps(v)}" for k, v in options.items() if not isinstance(v, dict)]
    for key, table in ((k, v) for k, v in options.items() if isinstance(v, dict)):
        inner = ", ".join(f"{k} = {json.dumps(v)}" for k, v in table.items())
        lines.append(f"{key} = {{ {inner} }}")
    body = "\n".join(
        [
            "[crawl]",
            "download_delay = 0",
            "autothrottle = false",
            "retries = 2",
            "timeout = 10",
            'contact_url = "https://ngo.example.org/crawler"',
            "[[sources]]",
            f'name = "{name}"',
            f'type = "{kind}"',
            f'base_url = "{base}"',
            *lines,
        ]
    )
    return write_config(tmp_path / "lurewatch.toml", body + "\n", db_url)


def runs(db: Database, name: str) -> list[CrawlRun]:
    with db.read() as session:
        query = select(CrawlRun).join(Source).where(Source.name == name).order_by(CrawlRun.id)
        return list(session.scalars(query))


def posts(db: Database, name: str) -> dict[str, Post]:
    with db.read() as session:
        rows = session.scalars(select(Post).join(Source).where(Source.name == name))
        return {p.external_id: p for p in rows}


def source_row(db: Database, name: str) -> Source:
    with db.read() as session:
        found = session.scalar(select(Source).where(Source.name == name))
        assert found is not None
        return found


def crawl(config: Path, name: str, *overrides: str, env: dict[str, str] | None = None) -> str:
    result = run_crawler(config, name, *overrides, env=env)
    return result.stderr + result.stdout


def test_telegram_paginates_backs_off_and_second_run_stores_nothing(
    server: ReplayServer, sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    config = source_config(
        tmp_path, sqlite_url, server.base_url, "tg", "telegram", channel="lw_jobs"
    )
    before = dict(server.hits)
    log = crawl(config, "tg")
    (run,) = runs(sqlite_db, "tg")
    assert run.status == "ok", log
    assert run.pages == 3  # newest, ?before=21, ?before=16 (the channel's start)
    assert run.posts_stored == 14 and run.dropped == 1  # message 13 is a photo, no text
    assert run.stats["lurewatch/backoff/429"] == 1
    assert server.hits["/s/lw_jobs?before=21"] - before.get("/s/lw_jobs?before=21", 0) == 2
    stored = posts(sqlite_db, "tg")
    assert set(stored) == {f"lw_jobs/{n}" for n in range(11, 26)} - {"lw_jobs/13"}
    lure = stored["lw_jobs/25"]
    assert lure.text.startswith("🔥 URGENT HIRING – Customer Service in Cambodia")
    assert "<b>" not in lure.text and "apply.example.com/kh" in lure.text
    assert lure.extra["views"] == 12300 and lure.author == "HR Lina"
    assert stored["lw_jobs/22"].extra["forwarded_from"]["name"] == "Global Work Agency (fake)"
    assert source_row(sqlite_db, "tg").state == {"last_id": 25}
    agent = server.headers_for("/s/lw_jobs")[-1]["User-Agent"]
    assert agent.startswith("lurewatch/") and "https://ngo.example.org/crawler" in agent

    hits = dict(server.hits)
    log = crawl(config, "tg")
    second = runs(sqlite_db, "tg")[-1]
    assert second.status == "ok", log
    assert (second.pages, second.posts_stored) == (1, 0)  # stopped at the last seen id
    assert server.hits["/s/lw_jobs"] == hits["/s/lw_jobs"] + 1
    assert server.hits["/s/lw_jobs?before=21"] == hits["/s/lw_jobs?before=21"]


def test_malformed_page_is_counted_and_the_rest_is_stored(
    server: ReplayServer, sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    config = source_config(
        tmp_path, sqlite_url, server.base_url, "tgb", "telegram", channel="lw_broken"
    )
    log = crawl(config, "tgb")
    (run,) = runs(sqlite_db, "tgb")
    assert run.status == "ok", log
    assert run.stats["lurewatch/parse_errors"] == 1 and run.errors >= 1
    assert (run.pages, run.posts_stored) == (1, 2)
    assert set(posts(sqlite_db, "tgb")) == {"lw_broken/31", "lw_broken/32"}
    assert "could not parse" in log and "not a channel preview page" in log


def test_job_board_obeys_robots_and_survives_bad_postings(
    server: ReplayServer, sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    config = source_config(
        tmp_path,
        sqlite_url,
        server.base_url,
        "board",
        "jobposting",
        start_url="/jobs",
        link_pattern="/jobs/\\d+$",
    )
    log = crawl(config, "board")
    (run,) = runs(sqlite_db, "board")
    assert run.status == "ok", log
    assert server.fetched("/robots.txt")
    assert server.fetched("/private/") == []  # disallowed by robots.txt, though linked
    assert run.stats["robotstxt/forbidden"] == 1
    stored = posts(sqlite_db, "board")
    assert set(stored) == {
        "GB-101",
        f"{server.base_url}/jobs/102",
        f"{server.base_url}/jobs/103",
        f"{server.base_url}/jobs/105",
    }
    assert stored["GB-101"].extra["base_salary"]["maxValue"] == 3500
    assert "alert" not in stored[f"{server.base_url}/jobs/105"].text
    # /jobs/104 has no JobPosting; /jobs/103 has one broken JSON-LD block beside a good one
    assert run.stats["lurewatch/parse_errors"] == 2
    assert run.pages == 2 + 5  # two listing pages, five postings

    log = crawl(config, "board")
    second = runs(sqlite_db, "board")[-1]
    assert second.status == "ok", log
    assert second.posts_stored == 0
    assert server.hits["/jobs/101"] == 1  # a parsed posting is not fetched again


def test_reddit_retries_a_500_and_names_itself(
    server: ReplayServer, sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    config = source_config(
        tmp_path, sqlite_url, server.base_url, "rd", "reddit", subreddit="lwjobs"
    )
    log = crawl(config, "rd", "DOWNLOAD_DELAY=0")  # a replay needs no rate limit
    (run,) = runs(sqlite_db, "rd")
    assert run.status == "ok", log
    assert run.stats["retry/count"] == 1 and run.posts_stored == 6 and run.pages == 2
    agent = server.headers_for("/r/lwjobs/new.json?raw_json=1&limit=100")[-1]["User-Agent"]
    assert agent.startswith("python:org.lurewatch.crawler:v") and "ngo.example.org" in agent
    assert source_row(sqlite_db, "rd").state["last_created"] == 1772445600.0


def test_mastodon_pages_by_link_header_then_asks_since_id(
    server: ReplayServer, sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    config = source_config(tmp_path, sqlite_url, server.base_url, "md", "mastodon", tag="lwjobs")
    log = crawl(config, "md")
    (run,) = runs(sqlite_db, "md")
    assert run.status == "ok", log
    assert (run.pages, run.posts_stored) == (3, 6)
    stored = posts(sqlite_db, "md")
    assert stored["110000000000000103"].lang_hint == "fr"
    assert stored["110000000000000103"].title == "traite des êtres humains"
    log = crawl(config, "md")
    second = runs(sqlite_db, "md")[-1]
    assert (second.status, second.pages, second.posts_stored) == ("ok", 1, 0), log
    assert server.fetched(f"{TAG}/lwjobs?limit=40&since_id=110000000000000105")


def test_mastodon_token_from_the_environment(
    server: ReplayServer, sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    config = source_config(
        tmp_path,
        sqlite_url,
        server.base_url,
        "mdp",
        "mastodon",
        tag="lwprivate",
        token_env="LW_TEST_MASTODON_TOKEN",
    )
    log = crawl(config, "mdp", env={"LW_TEST_MASTODON_TOKEN": ""})
    failed = runs(sqlite_db, "mdp")[-1]
    assert failed.status == "failed" and "HTTP 401" in (failed.error or "")
    assert "needs an access token" in log and "LW_TEST_MASTODON_TOKEN" in log
    log = crawl(config, "mdp", env={"LW_TEST_MASTODON_TOKEN": "s3cret-test-token"})
    ok = runs(sqlite_db, "mdp")[-1]
    assert (ok.status, ok.posts_stored) == ("ok", 2), log
    assert "s3cret-test-token" not in log


def test_failing_source_is_recorded_and_its_failures_add_up(
    server: ReplayServer, sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    config = source_config(tmp_path, sqlite_url, server.base_url, "down", "mastodon", tag="lwdown")
    for expected_failures in (1, 2):
        result = run_crawler(config, "down", "RETRY_TIMES=1")
        assert result.returncode == 1, result.stderr
        run = runs(sqlite_db, "down")[-1]
        assert run.status == "failed" and "HTTP 500" in (run.error or "")
        assert source_row(sqlite_db, "down").consecutive_failures == expected_failures
    assert server.hits[f"{TAG}/lwdown?limit=40"] >= 4  # first try and one retry, twice


def test_feed_is_fetched_conditionally_on_the_second_run(
    server: ReplayServer, sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    config = source_config(tmp_path, sqlite_url, server.base_url, "rss", "feed", url="/feed.xml")
    log = crawl(config, "rss")
    (run,) = runs(sqlite_db, "rss")
    assert (run.status, run.posts_stored) == ("ok", 3), log
    assert source_row(sqlite_db, "rss").state["etag"] == '"feed-v1"'
    log = crawl(config, "rss")
    second = runs(sqlite_db, "rss")[-1]
    assert (second.status, second.pages, second.posts_stored) == ("ok", 1, 0), log
    assert server.headers_for("/feed.xml")[-1].get("If-None-Match") == '"feed-v1"'


def test_configured_site_through_the_lurewatch_cli(
    server: ReplayServer, sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    import subprocess
    import sys

    config = source_config(
        tmp_path,
        sqlite_url,
        server.base_url,
        "ads",
        "site",
        list_url="/classifieds?cat=jobs",
        item_link="a.ad-link",
        next_page="a.next",
        fields={
            "text": ".ad-body",
            "title": "h1",
            "author": ".poster",
            "posted_at": "time::attr(datetime)",
            "id": "//article/@data-ad-id",
        },
    )
    cli = "from lurewatch.cli import main; main()"
    cmd = [sys.executable, "-c", cli, "--config", str(config), "crawl", "ads"]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    (run,) = runs(sqlite_db, "ads")
    assert (run.status, run.posts_stored) == ("ok", 4)
    stored = posts(sqlite_db, "ads")
    assert stored["ad-2"].title == "Models for Asia tours"
    assert stored["ad-4"].text == "Daily pay bike provided"
    assert server.fetched("/classifieds/ad/99") == []  # not an item_link
