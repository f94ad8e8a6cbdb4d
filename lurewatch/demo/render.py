"""Pages of the demo site, each in the markup the real site uses (see DemoSite)."""

from __future__ import annotations

import json
from datetime import datetime
from email.utils import format_datetime
from html import escape
from typing import Any

KINDS = ("telegram", "mastodon", "reddit", "jobposting", "feed", "site")
PAGE = {"telegram": 4, "mastodon": 3, "reddit": 3, "jobposting": 4, "site": 4}
MASTODON_ID = 110_000_000_000_000_000  # snowflake-like status ids
JOB_ID = 100


def when(post: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(post["posted_at"].replace("Z", "+00:00"))


def number(posts: list[dict[str, Any]], post: dict[str, Any]) -> int:
    return posts.index(post) + 1  # posts of a kind are listed oldest first


def find(posts: list[dict[str, Any]], path: str) -> dict[str, Any] | None:
    tail = path.rstrip("/").rsplit("/", 1)[-1]
    index = int(tail) - (JOB_ID if path.startswith("/jobs/") else 0) - 1 if tail.isdigit() else -1
    return posts[index] if 0 <= index < len(posts) else None


def lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.split("\n"))


def layout(title: str, body: str, head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}'
        f"</title>{head}</head><body>{body}<footer>lurewatch demo site: every post, name and "
        "contact here is fictitious.</footer></body></html>"
    )


def index() -> str:
    links = [
        ("/s/lurewatch_demo", "Telegram channel preview"),
        ("/api/v1/timelines/tag/jobs", "Mastodon #jobs timeline"),
        ("/r/overseasjobs/new.json", "Reddit r/overseasjobs"),
        ("/jobs", "Job board (schema.org JobPosting)"),
        ("/feed.xml", "RSS feed"),
        ("/classifieds", "Classified ads"),
    ]
    items = "".join(f'<li><a href="{href}">{escape(label)}</a></li>' for href, label in links)
    return layout("lurewatch demo site", f"<h1>lurewatch demo site</h1><ul>{items}</ul>")


# --- Telegram: t.me/s/<channel>, oldest first, ?before=<id> for older messages -------


def telegram_page(channel: str, posts: list[dict[str, Any]], before: str | None) -> str:
    numbered = [(number(posts, p), p) for p in posts]
    if before is not None:
        numbered = [(n, p) for n, p in numbered if n < int(before)]
    shown = numbered[-PAGE["telegram"] :]
    more = ""
    if shown and shown[0][0] > 1:
        first = shown[0][0]
        more = (
            f'<a href="/s/{channel}?before={first}" class="tme_messages_more js-messages_more" '
            f'data-before="{first}"></a>'
        )
    messages = "".join(_telegram_message(channel, n, p) for n, p in shown)
    body = (
        '<main class="tgme_main"><section class="tgme_channel_history js-message_history">'
        f"{more}{messages}</section></main>"
    )
    return layout("Demo Jobs Channel – Telegram", body)


def _telegram_message(channel: str, n: int, post: dict[str, Any]) -> str:
    stamp = when(post).isoformat()
    return (
        '<div class="tgme_widget_message_wrap js-widget_message_wrap">'
        f'<div class="tgme_widget_message js-widget_message" data-post="{channel}/{n}">'
        '<div class="tgme_widget_message_bubble"><div class="tgme_widget_message_author">'
        f'<a class="tgme_widget_message_owner_name" href="https://t.me/{channel}"><span dir="auto">'
        f"{escape(post['author'])}</span></a></div>"
        '<div class="tgme_widget_message_text js-message_text" dir="auto">'
        f"{lines(post['text'])}</div>"
        '<div class="tgme_widget_message_footer"><div class="tgme_widget_message_info">'
        f'<span class="tgme_widget_message_views">{n * 317}</span>'
        f'<span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" '
        f'href="https://t.me/{channel}/{n}"><time datetime="{stamp}">{stamp[11:16]}</time></a>'
        "</span></div></div></div></div></div>"
    )


# --- Mastodon: /api/v1/timelines/tag/<tag>, newest first, Link: rel="next" -----------


def mastodon_page(posts: list[dict[str, Any]], query: dict[str, str], url: str) -> tuple[str, str]:
    statuses = [(MASTODON_ID + number(posts, p), p) for p in reversed(posts)]
    if "max_id" in query:
        statuses = [(i, p) for i, p in statuses if i < int(query["max_id"])]
    if "since_id" in query:
        statuses = [(i, p) for i, p in statuses if i > int(query["since_id"])]
    page = statuses[: PAGE["mastodon"]]
    link = ""
    if len(statuses) > len(page):
        link = f'<{url}?max_id={page[-1][0]}>; rel="next"'
    return json.dumps([_status(i, p) for i, p in page], ensure_ascii=False), link


def _status(status_id: int, post: dict[str, Any]) -> dict[str, Any]:
    acct = post["author"]
    user = acct.split("@")[0]
    paragraphs = "".join(f"<p>{lines(part)}</p>" for part in post["text"].split("\n\n"))
    return {
        "id": str(status_id),
        "created_at": post["posted_at"],
        "language": post["lang"],
        "spoiler_text": "",
        "visibility": "public",
        "uri": f"https://social.demo.example/users/{user}/statuses/{status_id}",
        "url": f"https://social.demo.example/@{user}/{status_id}",
        "content": paragraphs,
        "reblog": None,
        "account": {"acct": acct, "username": user, "display_name": user.replace("_", " ")},
        "tags": [{"name": "jobs"}],
        "media_attachments": [],
        "card": None,
        "replies_count": 0,
        "reblogs_count": 0,
        "favourites_count": 0,
    }


# --- Reddit: /r/<sub>/new.json, newest first, `after` cursor -------------------------


def reddit_page(sub: str, posts: list[dict[str, Any]], after: str | None) -> str:
    things = [(f"demo{number(posts, p):02d}", p) for p in reversed(posts)]
    if after:
        names = [f"t3_{i}" for i, _ in things]
        things = things[names.index(after) + 1 :] if after in names else []
    page = things[: PAGE["reddit"]]
    cursor = f"t3_{page[-1][0]}" if page and len(things) > len(page) else None
    children = [_thing(sub, i, p) for i, p in page]
    data = {"after": cursor, "before": None, "dist": len(children), "children": children}
    return json.dumps({"kind": "Listing", "data": data}, ensure_ascii=False)


def _thing(sub: str, thing_id: str, post: dict[str, Any]) -> dict[str, Any]:
    link = post.get("link")
    permalink = f"/r/{sub}/comments/{thing_id}/"
    data = {
        "id": thing_id,
        "name": f"t3_{thing_id}",
        "title": post.get("title") or post["text"][:80],
        "selftext": "" if link else post["text"],
        "is_self": not link,
        "url": link or f"https://www.reddit.com{permalink}",
        "permalink": permalink,
        "author": post["author"],
        "subreddit": sub,
        "created_utc": when(post).timestamp(),
        "num_comments": 0,
        "score": 1,
        "over_18": False,
    }
    return {"kind": "t3", "data": data}


# --- Job board: listing pages and postings with JSON-LD or microdata -----------------


def job_listing(posts: list[dict[str, Any]], page: str | None) -> str:
    size, current = PAGE["jobposting"], int(page or 1)
    newest_first = list(reversed(posts))
    shown = newest_first[(current - 1) * size : current * size]
    items = "".join(
        f'<li><a href="/jobs/{JOB_ID + number(posts, p)}">{escape(p["title"])}</a></li>'
        for p in shown
    )
    more = len(newest_first) > current * size
    nxt = f'<a rel="next" class="next" href="/jobs?page={current + 1}">Next</a>' if more else ""
    nav = '<nav><a href="/">Home</a> <a href="/admin/">Admin</a></nav>'
    return layout("Demo Job Board", f'{nav}<h1>Jobs</h1><ul class="jobs">{items}</ul>{nxt}')


def job_posting(post: dict[str, Any]) -> str:
    loc, pay = post["location"], post["salary"]
    if post.get("markup") == "microdata":
        body = (
            '<div itemscope itemtype="https://schema.org/JobPosting">'
            f'<h1 itemprop="title">{escape(post["title"])}</h1>'
            f'<meta itemprop="datePosted" content="{post["posted_at"][:10]}">'
            f'<meta itemprop="validThrough" content="{post["valid_through"]}">'
            f'<meta itemprop="employmentType" content="{post["employment_type"]}">'
            '<p itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">'
            f'<span itemprop="name">{escape(post["employer"])}</span></p>'
            '<p itemprop="jobLocation" itemscope itemtype="https://schema.org/Place">'
            '<span itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">'
            f'<span itemprop="addressLocality">{escape(loc["locality"])}</span>, '
            f'<span itemprop="addressCountry">{loc["country"]}</span></span></p>'
            f'<div itemprop="description">{lines(post["text"])}</div></div>'
        )
        return layout(post["title"], body)
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": post["title"],
        "description": f"<p>{lines(post['text'])}</p>",
        "identifier": {"@type": "PropertyValue", "value": f"demo-{post['id']}"},
        "datePosted": post["posted_at"][:10],
        "validThrough": post["valid_through"],
        "employmentType": post["employment_type"],
        "hiringOrganization": {"@type": "Organization", "name": post["employer"]},
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": loc["locality"],
                "addressCountry": loc["country"],
            },
        },
        "baseSalary": {
            "@type": "MonetaryAmount",
            "currency": pay["currency"],
            "value": {
                "@type": "QuantitativeValue",
                "minValue": pay["min"],
                "maxValue": pay["max"],
                "unitText": pay["unit"],
            },
        },
    }
    data = json.dumps(posting, ensure_ascii=False).replace("</", "<\\/")
    head = f'<script type="application/ld+json">{data}</script>'
    body = f"<h1>{escape(post['title'])}</h1><p>{lines(post['text'])}</p>"
    return layout(post["title"], body, head)


def sitemap(posts: list[dict[str, Any]], base: str) -> str:
    urls = "".join(
        f"<url><loc>{base}/jobs/{JOB_ID + number(posts, p)}</loc>"
        f"<lastmod>{p['posted_at'][:10]}</lastmod></url>"
        for p in posts
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    )


# --- RSS feed --------------------------------------------------------------------------


def rss(posts: list[dict[str, Any]], base: str) -> str:
    items = "".join(
        f'<item><guid isPermaLink="false">demo-feed-{p["id"]}</guid>'
        f"<title>{escape(p['title'])}</title><link>{base}/feed/{p['id']}</link>"
        f"<pubDate>{format_datetime(when(p))}</pubDate>"
        f"<description>{escape(p['text'])}</description></item>"
        for p in reversed(posts)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Demo Classifieds – jobs</title><link>{base}/</link>"
        f"<description>Fictitious job ads</description>{items}</channel></rss>"
    )


# --- classified ads, for the configurable site spider ---------------------------------


def ads_listing(posts: list[dict[str, Any]], page: str | None) -> str:
    size, current = PAGE["site"], int(page or 1)
    newest_first = list(reversed(posts))
    shown = newest_first[(current - 1) * size : current * size]
    items = "".join(
        f'<li><a class="ad-link" href="/classifieds/ad/{number(posts, p)}">'
        f"{escape(p['title'])}</a></li>"
        for p in shown
    )
    more = len(newest_first) > current * size
    nxt = f'<a class="next" href="/classifieds?page={current + 1}">Next</a>' if more else ""
    return layout("Demo Classifieds", f'<h1>Job ads</h1><ul class="ads">{items}</ul>{nxt}')


def ad_page(post: dict[str, Any]) -> str:
    body = (
        f'<article data-ad-id="demo-ad-{post["id"]}"><h1>{escape(post["title"])}</h1>'
        f'<p>Posted by <span class="poster">{escape(post["author"])}</span> on '
        f'<time datetime="{post["posted_at"]}">{post["posted_at"][:10]}</time></p>'
        f'<div class="ad-body"><p>{lines(post["text"])}</p></div>'
        '<aside class="banner">Advertise here</aside></article>'
    )
    return layout(post["title"], body)
