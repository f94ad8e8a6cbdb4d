"""A local sample site for every source type, rendered from sample_posts.jsonl.

    with DemoSite(port=0) as site:          # 127.0.0.1, any free port
        sources = demo_sources(site.base_url)

It serves a Telegram channel preview (?before= pages), a Mastodon tag timeline (Link
headers, max_id/since_id), a Reddit new.json listing (after cursor), a job board with
JSON-LD and microdata JobPostings (listing and sitemap), an RSS feed, a classified-ads
site and robots.txt. Every post, name and contact in it is fictitious.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlsplit

from lurewatch.demo import render

CHANNEL, TAG, SUBREDDIT = "lurewatch_demo", "jobs", "overseasjobs"
ROBOTS = "User-agent: *\nDisallow: /admin/\n"


def load_sample_posts() -> list[dict[str, Any]]:
    text = resources.files("lurewatch.demo").joinpath("sample_posts.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def demo_sources(base_url: str) -> list[dict[str, Any]]:
    """The [[sources]] entries (one per source type) that crawl a DemoSite at base_url."""
    base = base_url.rstrip("/")
    return [
        {"name": "demo-telegram", "type": "telegram", "base_url": base, "channel": CHANNEL},
        {"name": "demo-mastodon", "type": "mastodon", "base_url": base, "tag": TAG},
        {"name": "demo-reddit", "type": "reddit", "base_url": base, "subreddit": SUBREDDIT},
        {
            "name": "demo-jobboard",
            "type": "jobposting",
            "base_url": base,
            "start_url": "/jobs",
            "link_pattern": r"/jobs/\d+$",
        },
        {"name": "demo-feed", "type": "feed", "base_url": base, "url": "/feed.xml"},
        {
            "name": "demo-classifieds",
            "type": "site",
            "base_url": base,
            "list_url": "/classifieds",
            "item_link": "a.ad-link",
            "next_page": "a.next",
            "fields": {
                "text": ".ad-body",
                "title": "h1",
                "author": ".poster",
                "posted_at": "time::attr(datetime)",
                "id": "//article/@data-ad-id",
            },
        },
    ]


def sources_toml(sources: list[dict[str, Any]]) -> str:
    """[[sources]] tables for a config file (strings, numbers, booleans, one level of tables)."""
    out = []
    for source in sources:
        out.append("[[sources]]")
        for key, value in source.items():
            if isinstance(value, dict):
                inner = ", ".join(f"{k} = {json.dumps(v)}" for k, v in value.items())
                out.append(f"{key} = {{ {inner} }}")
            else:
                out.append(f"{key} = {json.dumps(value)}")  # JSON scalars are TOML scalars
        out.append("")
    return "\n".join(out)


class DemoSite:
    """The sample site on 127.0.0.1:`port` (0: any free port), served from a thread."""

    def __init__(self, port: int = 0, host: str = "127.0.0.1") -> None:
        self.host, self.port = host, port
        self.posts = load_sample_posts()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("the demo site is not running; call start() first")
        return f"http://{self.host}:{self._httpd.server_address[1]}"

    def start(self) -> DemoSite:
        if self._httpd is None:
            self._httpd = ThreadingHTTPServer((self.host, self.port), _handler(self.posts))
            self._httpd.daemon_threads = True
            self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> DemoSite:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


Answer = tuple[int, str, str | bytes, dict[str, str]]  # status, content type, body, headers


def route(posts: list[dict[str, Any]], path: str, query: dict[str, str], base: str) -> Answer:
    """What the site answers for one GET."""
    by = {kind: [p for p in posts if p["where"] == kind] for kind in render.KINDS}
    html, js = "text/html; charset=utf-8", "application/json; charset=utf-8"
    if path == "/robots.txt":
        return 200, "text/plain", ROBOTS, {}
    if path in ("/", "/index.html"):
        return 200, html, render.index(), {}
    if path == f"/s/{CHANNEL}":
        return 200, html, render.telegram_page(CHANNEL, by["telegram"], query.get("before")), {}
    if path == f"/api/v1/timelines/tag/{TAG}":
        body, link = render.mastodon_page(by["mastodon"], query, f"{base}{path}")
        return 200, js, body, {"Link": link} if link else {}
    if path == f"/r/{SUBREDDIT}/new.json":
        return 200, js, render.reddit_page(SUBREDDIT, by["reddit"], query.get("after")), {}
    if path == "/jobs":
        return 200, html, render.job_listing(by["jobposting"], query.get("page")), {}
    if path.startswith("/jobs/") and (post := render.find(by["jobposting"], path)):
        return 200, html, render.job_posting(post), {}
    if path == "/sitemap.xml":
        return 200, "application/xml", render.sitemap(by["jobposting"], base), {}
    if path == "/feed.xml":
        return 200, "application/rss+xml; charset=utf-8", render.rss(by["feed"], base), {}
    if path == "/classifieds":
        return 200, html, render.ads_listing(by["site"], query.get("page")), {}
    if path.startswith("/classifieds/ad/") and (post := render.find(by["site"], path)):
        return 200, html, render.ad_page(post), {}
    return 404, "text/plain", "not found", {}


def _handler(posts: list[dict[str, Any]]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "lurewatch-demo/1"
        disable_nagle_algorithm = True  # headers and body go out as separate writes

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
            base = f"http://{self.headers.get('Host') or '127.0.0.1'}"
            try:
                status, ctype, body, headers = route(posts, parts.path, query, base)
            except ValueError:  # a cursor that is not a number
                status, ctype, body, headers = 400, "text/plain", "bad request", {}
            data = body.encode("utf-8") if isinstance(body, str) else body
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # the crawler keeps its own log

    return Handler
