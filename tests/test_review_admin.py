"""Admin pages (accounts, tokens, threshold and source overrides) and the dashboard."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from lurewatch.config import Config, SourceConfig
from lurewatch.storage import Database
from lurewatch.storage.models import AuditEntry, User
from lurewatch.storage.queue import claim_next, decide
from lurewatch.storage.settings import (
    SettingsError,
    effective_threshold,
    get_overrides,
    set_source_enabled,
    set_threshold,
    source_enabled,
)
from review.app import create_app
from tests.review_support import (
    SECRET,
    FakeScorer,
    add_user,
    csrf,
    login,
    make_client,
    make_config,
    seed,
)


@pytest.fixture
def admin(tmp_path: Path, sqlite_db: Database) -> TestClient:
    add_user(sqlite_db, "alice", "admin")
    config = make_config(tmp_path, sqlite_db)
    config.sources = [
        SourceConfig(name="tg", type="telegram", options={"channel": "x"}),
        SourceConfig(name="feed", type="feed", enabled=False, options={"url": "/f"}),
    ]
    client = TestClient(
        create_app(config, sqlite_db, lambda _c: FakeScorer(), secret_key=SECRET),
        follow_redirects=False,
    )
    login(client, "alice")
    return client


def test_admin_creates_users_and_changes_roles(admin: TestClient, sqlite_db: Database) -> None:
    token = csrf(admin, "/admin")
    weak = admin.post(
        "/admin/users",
        data={"csrf_token": token, "username": "bob", "password": "short", "role": "reviewer"},
    )
    assert weak.status_code == 400 and "at least 10 characters" in weak.text
    made = admin.post(
        "/admin/users",
        data={
            "csrf_token": token,
            "username": "bob",
            "password": "a long pass phrase",
            "role": "viewer",
        },
    )
    assert made.status_code == 303
    again = admin.post(
        "/admin/users",
        data={
            "csrf_token": token,
            "username": "bob",
            "password": "a long pass phrase",
            "role": "viewer",
        },
    )
    assert again.status_code == 400 and "exists already" in again.text
    bad_role = admin.post(
        "/admin/users",
        data={
            "csrf_token": token,
            "username": "eve",
            "password": "a long pass phrase",
            "role": "root",
        },
    )
    assert bad_role.status_code == 400 and "role must be one of" in bad_role.text
    with sqlite_db.read() as session:
        bob = session.scalar(select(User).where(User.username == "bob"))
    assert bob is not None and bob.role == "viewer"
    admin.post(
        f"/admin/users/{bob.id}", data={"csrf_token": token, "role": "reviewer", "active": "no"}
    )
    with sqlite_db.read() as session:
        bob = session.get(User, bob.id)
        assert bob is not None and (bob.role, bob.active) == ("reviewer", False)
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.object_type == "users")
        ).all()
    assert {"user.add", "user.role", "user.deactivate"} <= set(actions)
    bob_client = TestClient(admin.app, follow_redirects=False)
    page = bob_client.post(
        "/login",
        data={"username": "bob", "password": "a long pass phrase", "csrf_token": csrf(bob_client)},
    )
    assert page.status_code == 400  # disabled accounts cannot sign in


def test_last_admin_cannot_be_demoted(admin: TestClient) -> None:
    token = csrf(admin, "/admin")
    response = admin.post("/admin/users/1", data={"csrf_token": token, "role": "viewer"})
    assert response.status_code == 400 and "last active admin" in response.text


def test_tokens_are_shown_once_and_revocable(admin: TestClient) -> None:
    token = csrf(admin, "/admin")
    page = admin.post("/admin/users/1/tokens", data={"csrf_token": token, "name": "partner"})
    assert page.status_code == 200
    secret = re.search(r'class="token">(lw_[^<]+)<', page.text)
    assert secret is not None
    api = {"Authorization": f"Bearer {secret.group(1)}"}
    assert admin.get("/api/v1/items", headers=api).status_code == 200
    assert secret.group(1) not in admin.get("/admin").text
    assert admin.post("/admin/tokens/1/revoke", data={"csrf_token": token}).status_code == 303
    assert admin.get("/api/v1/items", headers=api).status_code == 401
    assert admin.post("/admin/tokens/99/revoke", data={"csrf_token": token}).status_code == 400


def test_threshold_and_source_overrides(admin: TestClient, sqlite_db: Database) -> None:
    token = csrf(admin, "/admin")
    assert (
        admin.post("/admin/threshold", data={"csrf_token": token, "threshold": "0.72"}).status_code
        == 303
    )
    assert effective_threshold(sqlite_db, 0.5) == 0.72
    for bad in ("1.5", "abc", ""):
        response = admin.post("/admin/threshold", data={"csrf_token": token, "threshold": bad})
        assert response.status_code == 400 and "threshold" in response.text
    admin.post("/admin/threshold", data={"csrf_token": token, "clear": "1"})
    assert effective_threshold(sqlite_db, 0.5) == 0.5
    saved = admin.post(
        "/admin/sources", data={"csrf_token": token, "source:tg": "off", "source:feed": "on"}
    )
    assert saved.status_code == 303
    assert get_overrides(sqlite_db).sources == {"tg": False, "feed": True}
    assert source_enabled(sqlite_db, "tg", True) is False
    assert source_enabled(sqlite_db, "other", True) is True
    admin.post("/admin/sources", data={"csrf_token": token, "source:tg": "config"})
    assert get_overrides(sqlite_db).sources == {"feed": True}
    unknown = admin.post("/admin/sources", data={"csrf_token": token, "source:nope": "on"})
    assert unknown.status_code == 400 and "not in the configuration" in unknown.text
    assert 'value="on" selected' in admin.get("/admin").text
    with sqlite_db.read() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.object_type == "settings")
        ).all()
    assert actions.count("settings.set") == 3 and actions.count("settings.clear") == 2


def test_settings_storage_validates(sqlite_db: Database) -> None:
    with pytest.raises(SettingsError, match="between 0 and 1"):
        set_threshold(sqlite_db, 1.2, "test")
    with pytest.raises(SettingsError, match="not a source name"):
        set_source_enabled(sqlite_db, "../x", True, "test")
    set_threshold(sqlite_db, 0.3, "test")
    set_threshold(sqlite_db, 0.4, "test")
    assert get_overrides(sqlite_db).threshold == 0.4


def test_dashboard_numbers(tmp_path: Path, db: Database) -> None:
    sqlite_db = db  # both backends: the indicator counts use each one's JSON functions
    seed(sqlite_db, ["Bangkok visa job @a", "visa passport fee", "urgent visa"], source="tg")
    seed(sqlite_db, ["ต้องการพนักงาน visa passport fee"], source="fb")
    rita = add_user(sqlite_db, "rita", "reviewer")
    for verdict, reason in (("confirmed", "red_flags"), ("not_fraud", "news")):
        claim = claim_next(sqlite_db, rita, 15)
        assert claim is not None
        decide(sqlite_db, claim.item_id, rita, verdict, reason)
    claim_next(sqlite_db, rita, 15)
    client = make_client(tmp_path, sqlite_db)
    login(client, "rita")
    page = client.get("/dashboard").text

    def card(card_id: str) -> dict[str, int]:
        block = page.split(f'id="{card_id}"', 1)[1].split("</section>", 1)[0]
        cells = re.findall(r"<td>([^<]+)</td><td class=\"num\">(\d+)</td>", block)
        return {k: int(v) for k, v in cells}

    assert "4 posts in the queue" in page
    status = card("by-status")
    assert (status["open"], status["claimed"], status["decided"]) == (1, 1, 2)
    assert status["confirmed"] == 1 and status["not fraud"] == 1
    assert card("by-source") == {"tg": 3, "fb": 1}
    assert card("by-lang") == {"en": 3, "th": 1}
    assert card("by-category") == {"job scam": 3, "trafficking lure": 1}
    indicators = card("top-indicators")
    assert indicators["travel paid"] == 4 and indicators["upfront fee"] == 2
    assert sum(card("flagged-per-day").values()) == 4
    assert page.count('class="bar"') == 1 and "<svg" in page and "<script>" not in page


def test_config_validates_new_review_settings() -> None:
    from lurewatch.config import _validate
    from lurewatch.errors import ConfigError

    config = Config()
    config.review.check_per_minute = 0
    with pytest.raises(ConfigError, match=r"review\.check_per_minute"):
        _validate(config)
