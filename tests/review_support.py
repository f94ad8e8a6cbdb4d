"""Helpers for the review app's tests: a deterministic scorer with full results, a
migrated database filled through the storage functions, users, signing in, CSRF tokens.

The fake scorer finds a few red flags by keyword, with real character offsets, so the
pages highlight spans and the queue has indicators to filter on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import update
from starlette.testclient import TestClient

from lurewatch.config import Config, ReviewSettings
from lurewatch.pipeline.score import score_pending
from lurewatch.storage import Database, NewPost, enqueue_flagged, ensure_source, insert_posts
from lurewatch.storage.models import ReviewItem, utcnow
from lurewatch.storage.users import create_user
from review.app import create_app
from review.auth import hash_password

PASSWORD = "correct horse battery staple"
PASSWORD_HASH = hash_password(PASSWORD)  # hashed once: argon2 is slow on purpose
SECRET = "test-secret-key-" + "x" * 40
MODEL = "fake-review-1"
FLAG_WORDS = {
    "visa": "travel_paid",
    "passport": "passport_requested",
    "fee": "upfront_fee",
    "urgent": "urgency",
    "bangkok": "hotspot_destination",
    "myawaddy": "hotspot_destination",
    "customer service": "high_risk_role",
    "beware": "awareness_language",
}
CONTACT = re.compile(r"@(\w+)|(\+\d{8,15})|(https?://\S+|javascript:\S+)")


@dataclass
class FakeResult:
    data: dict[str, Any]
    risk: float = field(init=False)
    category: str = field(init=False)
    lang: str = field(init=False)
    flagged: bool = field(init=False)

    def __post_init__(self) -> None:
        self.risk = self.data["risk"]
        self.category = self.data["category"]
        self.lang = self.data["lang"]
        self.flagged = self.data["flagged"]

    def to_dict(self) -> dict[str, Any]:
        return self.data


def fake_result(text: str, threshold: float = 0.5) -> dict[str, Any]:
    lower = text.lower()
    indicators = []
    for word, name in FLAG_WORDS.items():
        for match in re.finditer(re.escape(word), lower):
            weight = -1.0 if name == "awareness_language" else 1.0
            indicators.append(
                {
                    "name": name,
                    "text": text[match.start() : match.end()],
                    "start": match.start(),
                    "end": match.end(),
                    "weight": weight,
                    "lang": "en",
                }
            )
    contacts = []
    for match in CONTACT.finditer(text):
        kind = "telegram" if match.group(1) else "phone" if match.group(2) else "url"
        value = match.group(1).lower() if match.group(1) else match.group(0)
        contacts.append(
            {
                "kind": kind,
                "value": value,
                "text": match.group(0),
                "start": match.start(),
                "end": match.end(),
                "country": None,
                "shortener": False,
            }
        )
    flags = len({i["name"] for i in indicators if i["weight"] > 0})
    risk = 0.05 if "beware" in lower else min(0.95, 0.1 + 0.2 * flags)
    category = (
        "trafficking_lure"
        if ("bangkok" in lower or "myawaddy" in lower) and risk >= 0.5
        else "job_scam"
        if risk >= 0.5
        else "not_recruitment"
    )
    lang = (
        "th"
        if re.search("[\u0e00-\u0e7f]", text)
        else "ar"
        if re.search("[\u0600-\u06ff]", text)
        else "en"
    )
    probs = dict.fromkeys(
        ("trafficking_lure", "job_scam", "crime_recruitment", "legitimate_job", "not_recruitment"),
        0.0,
    )
    probs[category] = 1.0
    return {
        "risk": risk,
        "flagged": risk >= threshold,
        "category": category,
        "category_probs": probs,
        "lang": lang,
        "indicators": indicators,
        "contacts": contacts,
        "salary": None,
        "explanation": {
            "stage": "transformer",
            "model_risk": risk,
            "rules_risk": risk,
            "contributions": {i["name"]: i["weight"] for i in indicators},
            "notes": [],
        },
        "model_version": MODEL,
        "id": None,
    }


class FakeScorer:
    model_version = MODEL

    def __init__(self) -> None:
        self.calls = 0

    def score(
        self, texts: Sequence[str], langs: Sequence[str | None] | None = None
    ) -> list[FakeResult]:
        self.calls += 1
        return [FakeResult(fake_result(text)) for text in texts]


def make_config(tmp_path: Path, db: Database, **review: Any) -> Config:
    settings = ReviewSettings(**review)
    return Config(
        database_url=db.url.render_as_string(hide_password=False),
        data_dir=str(tmp_path / "data"),
        review=settings,
    )


def make_client(
    tmp_path: Path, db: Database, scorer: FakeScorer | None = None, **review: Any
) -> TestClient:
    config = make_config(tmp_path, db, **review)
    app = create_app(config, db, lambda _config: scorer or FakeScorer(), secret_key=SECRET)
    base = "https://testserver" if review.get("https") else "http://testserver"
    return TestClient(app, base_url=base, follow_redirects=False)


def seed(db: Database, texts: Sequence[str], source: str = "tg", **extra: Any) -> None:
    """Store posts, score them with the fake scorer and queue the flagged ones, through
    the same storage functions the pipeline uses."""
    source_id = ensure_source(db, source, "telegram")
    posts = [
        NewPost(
            external_id=f"{source}-{i}-{abs(hash(text)) % 10**8}",
            text=text,
            url=extra.get("url"),
            author=extra.get("author"),
            title=extra.get("title"),
        )
        for i, text in enumerate(texts)
    ]
    insert_posts(db, source_id, posts)
    score_pending(db, FakeScorer())
    enqueue_flagged(db, MODEL, 0.5)


def add_user(db: Database, username: str, role: str = "reviewer") -> int:
    return create_user(db, username, PASSWORD_HASH, role, actor="test")


_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf(client: TestClient, path: str = "/login") -> str:
    page = client.get(path)
    match = _TOKEN.search(page.text)
    assert match, f"no CSRF token on {path} ({page.status_code})"
    return match.group(1)


def login(client: TestClient, username: str, password: str = PASSWORD) -> None:
    token = csrf(client, "/login")
    response = client.post(
        "/login", data={"username": username, "password": password, "csrf_token": token}
    )
    assert response.status_code == 303, response.text[:500]


def expire_lease(db: Database, item_id: int) -> None:
    """Let time pass: the lease of an item runs out."""
    from datetime import timedelta

    with db.write() as session:
        session.execute(
            update(ReviewItem)
            .where(ReviewItem.id == item_id)
            .values(lease_expires_at=utcnow() - timedelta(minutes=1))
        )


def item_id_of(location: str) -> int:
    match = re.match(r"^/items/(\d+)", location)
    assert match, location
    return int(match.group(1))


class LiveServer:
    """The app under uvicorn on 127.0.0.1 and a free port, in a background thread."""

    def __init__(self, app: Any) -> None:
        import socket
        import threading

        import uvicorn

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        import time

        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
