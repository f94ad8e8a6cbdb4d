"""The review app in a real browser: Debian's Chromium driven by Playwright against the
app served by uvicorn on 127.0.0.1. Sign in, claim, decide with the keyboard, undo, the
audit entry, an export, the public check page (English, Arabic right-to-left, Thai) on a
phone-sized screen, and hostile payloads that must stay inert.

Chromium comes from Debian (`apt-get install chromium fonts-noto-core
fonts-wqy-microhei`, see `make browser-deps`); Playwright never downloads a browser.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lurewatch.pipeline.score import score_pending
from lurewatch.storage import Database, NewPost, enqueue_flagged, ensure_source, insert_posts
from review.app import create_app
from tests.review_support import (
    MODEL,
    PASSWORD,
    SECRET,
    FakeScorer,
    LiveServer,
    add_user,
    make_config,
    seed,
)

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
XSS = [
    "<script>window.__xss = 1</script>",
    '<img src=x onerror="window.__xss = 2">',
    '<svg onload="window.__xss = 3"></svg>',
    '"><img src=x onerror=alert(4)>',
]
JS_URL = "javascript:window.__xss=5"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's Chromium: apt-get install chromium fonts-noto-core "
        "fonts-wqy-microhei (make browser-deps)",
    ),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("browser")
    db = Database(f"sqlite:///{root / 'lurewatch.db'}")
    db.upgrade()
    seed(
        db,
        [
            "Urgent customer service job in Bangkok, free visa @agent1",
            "visa and passport needed, fee 100 @agent2",
            "Myawaddy visa job @agent3",
        ],
    )
    source = ensure_source(db, "hostile", "import")
    insert_posts(
        db,
        source,
        [NewPost("x", "urgent visa " + " ".join(XSS), url=JS_URL, title=XSS[0], author=XSS[1])],
    )
    score_pending(db, FakeScorer())
    enqueue_flagged(db, MODEL, 0.5)
    add_user(db, "rita", "reviewer")
    config = make_config(root, db, help_contacts={"default": "Help: https://help.example/"})
    app = create_app(config, db, lambda _c: FakeScorer(), secret_key=SECRET)
    from playwright.sync_api import sync_playwright

    with LiveServer(app) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=ARGS
        )
        yield {"url": server.url, "browser": browser, "db": db, "root": root}
        browser.close()
    db.dispose()


@pytest.fixture
def page(site: dict[str, Any]) -> Iterator[Any]:
    context = site["browser"].new_context(accept_downloads=True)
    page = context.new_page()
    page.dialogs = []  # type: ignore[attr-defined]
    page.console_errors = []  # type: ignore[attr-defined]
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.on(
        "console",
        lambda message: (
            page.console_errors.append(message.text) if message.type == "error" else None
        ),
    )
    yield page
    context.close()


def _sign_in(page: Any, url: str) -> None:
    page.goto(f"{url}/queue")
    assert "/login" in page.url
    page.fill("input[name=username]", "rita")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{url}/queue")


def test_claim_decide_with_keys_undo_audit_export(site: dict[str, Any], page: Any) -> None:
    url = site["url"]
    _sign_in(page, url)
    assert page.locator("table.queue tbody tr").count() == 4
    page.keyboard.press("j")  # claim the next item
    page.wait_for_url(f"{url}/items/1")
    assert page.get_by_text("Claimed by you until").is_visible()
    assert page.locator("mark.flag", has_text="visa").count() == 1
    page.keyboard.press("c")  # confirmed, with the default reason
    page.wait_for_url(f"{url}/items/2?notice=decided")  # the next item opened by itself
    assert page.get_by_text("Decision saved.").is_visible()
    page.keyboard.press("z")  # undo
    page.wait_for_url(f"{url}/items/1?notice=undone")
    assert page.get_by_text("Your last decision was undone").is_visible()
    page.select_option("select[name=reason_not_fraud]", "news")
    page.fill("textarea[name=note]", "a news report")
    page.locator("textarea[name=note]").press("Escape")  # keys act only outside fields
    page.keyboard.press("n")
    page.wait_for_url(f"{url}/items/2?notice=decided")
    page.goto(f"{url}/audit?actor=rita")
    rows = page.locator("table.audit tbody tr")
    assert rows.first.locator("td").nth(2).inner_text() in ("decision.add", "queue.claim")
    text = page.locator("table.audit").inner_text()
    assert "decision.undo" in text and "a news report" in text
    page.goto(f"{url}/export")
    page.select_option("select[name=format]", "csv")
    with page.expect_download() as download_info:
        page.click("text=Download")
    download = download_info.value
    content = Path(download.path()).read_text(encoding="utf-8")
    assert content.startswith("item_id,post_id,source") and "not_fraud" in content
    assert page.dialogs == []


def test_public_check_in_english_on_a_phone(site: dict[str, Any]) -> None:
    context = site["browser"].new_context(
        viewport={"width": 360, "height": 740}, locale="en-GB", is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.goto(f"{site['url']}/check")
    assert page.locator("html").get_attribute("lang") == "en"
    page.fill(
        "textarea[name=text]", "URGENT! Customer service in Bangkok, free visa. Telegram @hr1"
    )
    page.click("button[type=submit]")
    page.wait_for_selector("#result")
    assert page.locator("#result h2").inner_text().startswith("High risk")
    assert page.locator(".offer mark", has_text="visa").is_visible()
    assert page.get_by_text("Never hand over your passport.").is_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, "the page scrolls sideways on a small phone"
    assert context.cookies() == []  # the public page sets no cookie
    context.close()


@pytest.mark.parametrize(
    ("lang", "direction", "sample", "advice"),
    [
        ("ar", "rtl", "وظيفة", "لا تسلّم جواز سفرك أبدًا."),
        ("th", "ltr", "งาน", "อย่ามอบหนังสือเดินทางให้ใครเด็ดขาด"),
    ],
)
def test_public_check_in_arabic_and_thai(
    site: dict[str, Any], lang: str, direction: str, sample: str, advice: str
) -> None:
    context = site["browser"].new_context(
        viewport={"width": 390, "height": 800},
        locale=lang,
        extra_http_headers={"Accept-Language": lang},
    )
    page = context.new_page()
    page.goto(f"{site['url']}/check")
    html = page.locator("html")
    assert html.get_attribute("lang") == lang and html.get_attribute("dir") == direction
    assert page.evaluate("getComputedStyle(document.body).direction") == direction
    heading = page.locator("h1").bounding_box()
    assert heading is not None
    if direction == "rtl":  # the title hugs the right edge
        assert heading["x"] + heading["width"] > 390 - 40
    page.fill("textarea[name=text]", f"{sample} urgent visa Bangkok @agent")
    page.click("button[type=submit]")
    page.wait_for_selector("#result")
    assert page.locator("html").get_attribute("lang") == lang
    assert page.get_by_text(advice).is_visible()  # the shipped catalogue, not English
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot = page.screenshot(full_page=True)
    (site["root"] / f"check-{lang}.png").write_bytes(screenshot)
    context.close()


def test_hostile_payloads_stay_inert(site: dict[str, Any], page: Any) -> None:
    url = site["url"]
    _sign_in(page, url)
    for path in ("/queue", "/items/4", "/dashboard", "/audit", "/check"):
        page.goto(url + path)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__xss") is None, path
    item_text = page.goto(url + "/items/4") and page.locator("#post-text").inner_text()
    assert "<script>window.__xss = 1</script>" in item_text  # shown as text
    assert page.locator("a[href^='javascript']").count() == 0
    page.goto(url + "/check")
    page.fill("textarea[name=text]", "urgent visa " + " ".join(XSS) + " " + JS_URL)
    page.click("button[type=submit]")
    page.wait_for_selector("#result")
    assert page.evaluate("window.__xss") is None
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.dialogs == []
    # an injected inline script would at least show up as a CSP violation
    assert not [e for e in page.console_errors if "Content Security Policy" in e]
