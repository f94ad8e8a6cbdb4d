"""The spiders against real recorded responses in ../shared/fixtures/ (see its
PROVENANCE.md); those files are reference material and never copied into the project."""

from __future__ import annotations

import json
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, TextResponse

from crawler.items import Post
from crawler.parsers.facebook import parse_saved_page
from tests.crawler_support import REPO, make_spider

SHARED = REPO.parent / "shared" / "fixtures"
pytestmark = pytest.mark.skipif(
    not SHARED.is_dir(), reason=f"real recordings not present at {SHARED} (a clone without shared/)"
)


def crawl_page(
    kind: str, options: dict[str, Any], response: TextResponse
) -> tuple[list[Post], list[str]]:
    spider = make_spider(kind, options, base_url="https://recorded.invalid")
    out = list(spider.parse(response))
    assert not spider.crawler.stats.get_value("lurewatch/parse_errors")
    return [o for o in out if isinstance(o, Post)], [o.url for o in out if not isinstance(o, Post)]


def test_telegram_channel_preview() -> None:
    url = "https://t.me/s/xCareers"
    body = (SHARED / "telegram/t.me_s_xCareers_2020-05.html").read_bytes()
    posts, follow = crawl_page(
        "telegram",
        {"channel": "xCareers"},
        HtmlResponse(url, body=body, encoding="utf-8", request=Request(url)),
    )
    assert [p.external_id for p in posts] == ["xCareers/1491", "xCareers/1510", "xCareers/1511"]
    assert follow == ["https://recorded.invalid/s/xCareers?before=1491"]
    for post in posts:
        assert post.text and post.posted_at and post.url == f"https://t.me/{post.external_id}"
        assert post.author == "xCareers: Digital Jobs" and post.extra["views"] >= 1000
    assert posts[0].text.startswith("РАЗРАБОТЧИК IOS 🔥\n\nФормат: #удаленка")
    assert "Откликнуться: @Levelller (https://t.me/Levelller)" in posts[0].text
    assert posts[0].posted_at is not None
    assert posts[0].posted_at.isoformat() == "2020-04-30T17:00:04+00:00"


def test_mastodon_statuses() -> None:
    path = SHARED / "mastodon/mastodon_social_public_timeline_2020-04-16.json"
    recorded = json.loads(path.read_text(encoding="utf-8"))
    url = "https://mastodon.social/api/v1/timelines/tag/x"
    response = TextResponse(url, body=path.read_bytes(), request=Request(url))
    posts, follow = crawl_page("mastodon", {"tag": "x"}, response)
    assert len(posts) == len(recorded) == 20 and follow == []  # no Link header recorded
    for post, status in zip(posts, recorded, strict=True):
        assert post.external_id == status["id"] and post.lang == status["language"]
        assert post.author == status["account"]["acct"] and post.posted_at is not None
        assert post.title == (status["spoiler_text"] or None)
    assert sum(1 for p in posts if p.text) >= 18
    assert "<" not in "".join(p.text for p in posts)


def test_mastodon_link_header_pagination() -> None:
    yaml = pytest.importorskip("yaml")
    cassette = yaml.safe_load(
        (SHARED / "mastodon/vcr_hashtag_timeline_with_link_headers.yaml").read_text()
    )
    (hit,) = [
        i
        for i in cassette["interactions"]
        if i["request"]["method"] == "GET" and "/timelines/tag/" in i["request"]["uri"]
    ]
    url, recorded = hit["request"]["uri"], hit["response"]
    headers = {
        k: v for k, v in recorded["headers"].items() if k.lower() in ("link", "content-type")
    }
    body = recorded["body"]["string"].encode("utf-8")
    response = TextResponse(url, body=body, headers=headers, request=Request(url))
    posts, follow = crawl_page("mastodon", {"tag": "hoot"}, response)
    assert [p.text for p in posts] == ["#hoot (hashtag toot)"]
    assert follow == [
        "https://recorded.invalid/api/v1/timelines/tag/hoot?max_id=117020593741189701"
    ]


def test_reddit_listing() -> None:
    path = SHARED / "reddit/r_askreddit_new_2016-03-01.json"
    url = "https://www.reddit.com/r/askreddit/new.json?raw_json=1&limit=100"
    posts, follow = crawl_page(
        "reddit",
        {"subreddit": "askreddit"},
        TextResponse(url, body=path.read_bytes(), request=Request(url)),
    )
    assert len(posts) == 100
    assert follow == [
        "https://recorded.invalid/r/askreddit/new.json?raw_json=1&limit=100&after=t3_48f6io"
    ]
    assert all(p.external_id.startswith("t3_") and p.title and p.posted_at for p in posts)
    assert posts[0].external_id == "t3_48fbm9" and posts[0].author == "RedHeadQc"
    assert len({p.external_id for p in posts}) == 100


def test_facebook_saved_group_page() -> None:
    html = (SHARED / "facebook/m.facebook.com_group_page.html").read_text(encoding="utf-8")
    posts = parse_saved_page(html)
    assert len(posts) == html.count("<article") == 21
    assert all(p.text and p.posted_at and p.url and p.author for p in posts)
    assert posts[0].external_id == "1629606003787605" and posts[0].author == "Omar U. Florez"
    assert all("_ft_=" not in (p.url or "") and "l.php" not in p.text for p in posts)
    assert sum(1 for p in posts if p.extra["shared"]) >= 15
