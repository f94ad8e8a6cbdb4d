"""Helpers for the crawler tests: saved-page cases, a replay server, crawls in a subprocess.

A case is a folder under tests/fixtures/pages/<type>/<case>/:
    inputs/meta.json   the request: url (path and query), status, headers, source
                       options, state, callback (default "parse")
    inputs/body.*      the response body as the site sent it
    expected.json      what the spider must yield: items, follow-up requests, stats, state
Set LUREWATCH_TEST_UPDATE_GOLDEN=1 to rewrite expected.json from the spider's output
(then read the diff: a golden is only as good as its review).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from scrapy import Request
from scrapy.http import Response
from scrapy.http.response.html import HtmlResponse
from scrapy.http.response.text import TextResponse
from scrapy.http.response.xml import XmlResponse
from scrapy.utils.test import get_crawler

from crawler.items import Post
from crawler.spiders import spider_for
from lurewatch.config import SourceConfig

REPO = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
GOLDEN_BASE = "http://replay.test"  # parser tests never touch the network
UPDATE = os.environ.get("LUREWATCH_TEST_UPDATE_GOLDEN") == "1"


@dataclass
class Case:
    path: Path
    type: str
    meta: dict[str, Any]
    body: bytes

    @property
    def name(self) -> str:
        return f"{self.type}/{self.path.name}"

    @property
    def expected_path(self) -> Path:
        return self.path / "expected.json"


def load_case(path: Path) -> Case:
    inputs = path / "inputs"
    meta = json.loads((inputs / "meta.json").read_text(encoding="utf-8"))
    body_file = next(p for p in sorted(inputs.iterdir()) if p.name.startswith("body"))
    return Case(path, path.parent.name, meta, body_file.read_bytes())


def all_cases(kind: str | None = None) -> list[Case]:
    folders = sorted(PAGES.glob(f"{kind or '*'}/*/inputs/meta.json"))
    return [load_case(p.parent.parent) for p in folders if p.parent.parent.parent.name != "_"]


def response_for(case: Case, base: str = GOLDEN_BASE) -> Response:
    url = base + case.meta["url"]
    headers = case.meta.get("headers", {})
    ctype = str(headers.get("Content-Type", "text/html"))
    cls: type[Response] = HtmlResponse
    if "json" in ctype:
        cls = TextResponse
    elif "xml" in ctype:
        cls = XmlResponse
    elif not ctype.startswith("text/"):
        cls = Response
    return cls(
        url=url,
        status=case.meta.get("status", 200),
        headers=headers,
        body=case.body,
        request=Request(url),
    )


def make_spider(
    kind: str,
    options: dict[str, Any],
    state: dict[str, Any] | None = None,
    base_url: str = GOLDEN_BASE,
    settings: dict[str, Any] | None = None,
) -> Any:
    cls = spider_for(kind)
    crawler = get_crawler(cls, {"LUREWATCH_MAX_PAGES": 20, **(settings or {})})
    source = SourceConfig(name="case", type=kind, base_url=base_url, options=options)
    spider = cls.from_crawler(crawler, source=source, state=state or {})
    crawler.spider = spider
    return spider


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def post_dict(post: Post) -> dict[str, Any]:
    out = jsonable({k: v for k, v in vars(post).items() if v not in (None, {}, "")})
    text = out.get("text", "")
    if len(text) > 2000:  # keep goldens readable: a huge text is pinned by length and hash
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        out["text"] = {"head": text[:200], "length": len(text), "sha256": digest}
    return dict(out)


def run_case(case: Case) -> dict[str, Any]:
    """Parse the case's page with its spider; what came out, as expected.json holds it."""
    meta = case.meta
    spider = make_spider(
        case.type, meta.get("options", {}), meta.get("state"), settings=meta.get("settings")
    )
    callback = getattr(spider, meta.get("callback", "parse"))
    items, requests = [], []
    for out in callback(response_for(case)):
        if isinstance(out, Post):
            items.append(post_dict(out))
        else:
            requests.append(out.url.replace(GOLDEN_BASE, ""))
    stats = {
        k: v
        for k, v in spider.crawler.stats.get_stats().items()
        if k.startswith("lurewatch/") and k != "lurewatch/pages"
    }
    return {
        "items": items,
        "requests": requests,
        "pages": spider.crawler.stats.get_value("lurewatch/pages", 0),
        "stats": stats,
        "new_state": jsonable(spider.new_state),
    }


# --- a replay server for whole crawls ------------------------------------------------


@dataclass
class Route:
    status: int
    headers: dict[str, str]
    body: bytes
    # Answered first, in order, before `status`: e.g. [(429, {"Retry-After": "1"})].
    before: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    bearer: str | None = None  # answer 401 unless "Authorization: Bearer <bearer>" is sent


class ReplayServer:
    """Serves every saved case at its recorded URL, plus extra routes, on 127.0.0.1:<free>.
    Keeps a log of the paths asked for, so tests can prove what was (not) fetched."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.log: list[tuple[str, dict[str, str]]] = []
        self.hits: dict[str, int] = {}
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            disable_nagle_algorithm = True  # else each response waits for a delayed ACK

            def do_GET(self) -> None:
                with server.lock:
                    server.log.append((self.path, dict(self.headers.items())))
                    count = server.hits[self.path] = server.hits.get(self.path, 0) + 1
                route = server.routes.get(self.path)
                etag = route.headers.get("ETag") if route else None
                if route is None:
                    status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
                elif route.bearer and self.headers.get("Authorization") != f"Bearer {route.bearer}":
                    status, headers = 401, {"Content-Type": "application/json"}
                    body = b'{"error": "This method requires an authenticated user"}'
                elif etag and self.headers.get("If-None-Match") == etag:
                    status, headers, body = 304, {"ETag": etag}, b""
                elif count <= len(route.before):
                    status, headers = route.before[count - 1]
                    body = b"slow down" if status == 429 else b"oops"
                else:
                    status, headers, body = route.status, route.headers, route.body
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the request log above is what tests read

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def fetched(self, prefix: str) -> list[str]:
        with self.lock:
            return [path for path, _ in self.log if path.startswith(prefix)]

    def headers_for(self, path: str) -> list[dict[str, str]]:
        with self.lock:
            return [headers for p, headers in self.log if p == path]

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def case_routes() -> dict[str, Route]:
    routes = {}
    for case in all_cases():
        if not case.meta.get("replay", True) or case.type == "facebook":
            continue  # a parser-only variant of a page served elsewhere
        url = case.meta["url"]
        if url in routes:
            raise AssertionError(f"two cases recorded at {url}")
        headers = {"Content-Type": "text/html; charset=utf-8", **case.meta.get("headers", {})}
        routes[url] = Route(case.meta.get("status", 200), headers, case.body)
    return routes


# --- crawls through the engine, one process each ------------------------------------


def run_crawler(
    config: Path,
    source: str,
    *overrides: str,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """`python -m crawler` for one source: Scrapy's reactor runs once per process."""
    cmd = [sys.executable, "-m", "crawler", "--source", source, "--config", str(config)]
    for pair in overrides:
        cmd += ["-s", pair]
    return subprocess.run(
        cmd,
        cwd=REPO,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def iter_case_dirs() -> Iterator[Path]:
    yield from sorted(p.parent.parent for p in PAGES.glob("*/*/inputs/meta.json"))
