"""Crawled, pasted and typed text is hostile: every page escapes it. Payloads go into
every field that reaches a page (post text, title, author, URL, source, contacts, the
classifier's names, a reviewer's note, a username, query strings) and must come out
inert. The real-browser version is in test_review_browser.py."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from lurewatch.pipeline.score import score_pending
from lurewatch.storage import Database, NewPost, enqueue_flagged, ensure_source, insert_posts
from lurewatch.storage.queue import claim_next, decide
from review.app import create_app
from tests.review_support import (
    MODEL,
    SECRET,
    FakeResult,
    add_user,
    fake_result,
    login,
    make_config,
)

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
SVG = "<svg onload=alert(1)>"
JS_URL = "javascript:alert(1)"
PAYLOADS = (SCRIPT, IMG, SVG, "<b>", '"><script>', "' onmouseover='alert(1)")
TEXT = f'Urgent visa job in Bangkok {SCRIPT} {IMG} call @agent1 or {JS_URL} "quoted" {SVG}'


class HostileScorer:
    """The classifier's own fields are data too: hostile names must be escaped as well."""

    model_version = MODEL

    def score(self, texts: Sequence[str], langs: Sequence[str | None] | None = None) -> list[Any]:
        out = []
        for text in texts:
            result = fake_result(text)
            result["lang"] = "<b>x</b>"
            result["indicators"].append(
                {"name": IMG, "text": SCRIPT, "start": 0, "end": 6, "weight": 1.0, "lang": "en"}
            )
            result["contacts"].append({"kind": "url", "value": JS_URL, "start": 0, "end": 3})
            result["explanation"]["notes"] = [SCRIPT]
            result["explanation"]["contributions"][SVG] = 0.5
            if "passport" in text:  # malformed types must not break a page either
                result["explanation"] = {"contributions": [1, 2], "model_risk": "x", "notes": 3}
                result["category_probs"] = {"job_scam": "high", SCRIPT: 0.5}
                result["salary"] = {"amount": SCRIPT, "ratio": "many", "usd_month": "lots"}
                result["indicators"][0]["weight"] = "heavy"
            out.append(FakeResult(result))
        return out


class _Tags(HTMLParser):
    """What a browser would build: elements and attributes (not text that looks like them)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            linked = name in ("href", "src", "action", "formaction") and value
            if linked and not re.match(r"^(/|https?://|\?|#)", str(value).strip()):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "script" and not (values.get("src") or "").startswith("/static/"):
            self.problems.append("<script> without a /static src")
        if tag in ("img", "iframe", "object", "embed", "b", "base"):
            self.problems.append(f"<{tag}>")
        if tag == "svg" and values.get("class") != "chart":
            self.problems.append("<svg> that is not the dashboard chart")


def assert_inert(html: str, where: str) -> None:
    for payload in PAYLOADS:
        assert payload not in html, (where, payload)
    parser = _Tags()
    parser.feed(html)
    assert parser.problems == [], (where, parser.problems)


@pytest.fixture
def client(tmp_path: Path, sqlite_db: Database) -> TestClient:
    source = ensure_source(sqlite_db, "<svg onload=alert(1)>", "import")
    insert_posts(
        sqlite_db,
        source,
        [
            NewPost("a", TEXT, url=JS_URL, author=IMG, title=SCRIPT),
            NewPost(
                "b", f"visa urgent passport @agent1 {IMG}", url="https://ok.example/p?a=1&b=<2>"
            ),
        ],
    )
    score_pending(sqlite_db, HostileScorer())
    enqueue_flagged(sqlite_db, MODEL, 0.5)
    evil = add_user(sqlite_db, "<img/src=x/onerror=alert(1)>", "admin")
    claim = claim_next(sqlite_db, evil, 15)
    assert claim is not None
    decide(sqlite_db, claim.item_id, evil, "confirmed", "red_flags", note=f"{SCRIPT} {IMG}")
    app = create_app(
        make_config(tmp_path, sqlite_db, help_contacts={"default": f"{SCRIPT} {JS_URL}"}),
        sqlite_db,
        lambda _c: HostileScorer(),
        secret_key=SECRET,
    )
    client = TestClient(app, follow_redirects=False)
    add_user(sqlite_db, "alice", "admin")
    login(client, "alice")
    return client


def test_every_page_escapes_hostile_text(client: TestClient) -> None:
    pages = [
        "/queue",
        "/queue?status=all",
        "/items/1",
        "/items/2",
        "/audit",
        "/dashboard",
        "/admin",
        "/export",
        "/check",
        f"/queue?source={SCRIPT}",
        f"/queue?indicator={IMG}",
        f"/audit?actor={SCRIPT}&object_id={IMG}",
        f"/items/1?source={SVG}",
        f"/check?lang={SCRIPT}",
        f"/nope/{SCRIPT}",
    ]
    for path in pages:
        response = client.get(path)
        assert response.status_code < 500, path
        assert_inert(response.text, path)
    item = client.get("/items/1").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in item  # shown, as text
    assert "&lt;img src=x onerror=alert(1)&gt;" in item
    assert '<a href="https://ok.example' not in item  # item 1's URL is javascript: -> no link
    assert '<a href="https://ok.example/p?a=1&amp;b=&lt;2&gt;"' not in client.get("/items/2").text


def test_login_page_reflects_nothing_raw(tmp_path: Path, sqlite_db: Database) -> None:
    anonymous = TestClient(
        create_app(
            make_config(tmp_path, sqlite_db),
            sqlite_db,
            lambda _c: HostileScorer(),
            secret_key=SECRET,
        )
    )
    page = anonymous.get(f"/login?next=/queue{SCRIPT}")
    assert_inert(page.text, "/login")
    wrong = anonymous.post("/login", data={"username": SCRIPT, "password": IMG, "csrf_token": "x"})
    assert_inert(wrong.text, "POST /login")


def test_public_check_escapes_the_pasted_offer(client: TestClient) -> None:
    token = re.search(r'name="form_token" value="([^"]+)"', client.get("/check").text)
    assert token is not None
    page = client.post("/check", data={"text": TEXT, "form_token": token.group(1)})
    assert page.status_code == 200
    assert_inert(page.text, "POST /check")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    too_long = client.post("/check", data={"text": SCRIPT * 3000, "form_token": token.group(1)})
    assert too_long.status_code == 400
    assert_inert(too_long.text, "POST /check (too long)")


def test_exports_and_api_are_not_html(client: TestClient) -> None:
    csv_export = client.get("/export/download?format=csv")
    assert csv_export.headers["content-type"].startswith("text/csv")
    assert csv_export.headers["x-content-type-options"] == "nosniff"
