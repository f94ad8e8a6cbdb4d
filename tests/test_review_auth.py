"""Signing in and out, sessions, CSRF, roles, the secret key and the security headers."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from lurewatch.config import Config
from lurewatch.storage import Database
from lurewatch.storage.users import set_password
from review.auth import hash_password
from review.errors import ReviewError
from review.sessions import SESSION_COOKIE, load_secret_key
from tests.review_support import PASSWORD, add_user, csrf, login, make_client, seed


@pytest.fixture
def client(tmp_path: Path, sqlite_db: Database) -> TestClient:
    seed(sqlite_db, ["free visa job in Bangkok @agent1", "urgent visa, passport @agent2"])
    add_user(sqlite_db, "alice", "admin")
    add_user(sqlite_db, "rita", "reviewer")
    add_user(sqlite_db, "vic", "viewer")
    return make_client(tmp_path, sqlite_db)


def test_pages_need_a_session(client: TestClient) -> None:
    for path in (
        "/queue",
        "/items/1",
        "/dashboard",
        "/audit",
        "/export",
        "/export/download",
        "/admin",
    ):
        response = client.get(path)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/login?next=")


def test_login_logout_and_next(client: TestClient) -> None:
    token = csrf(client)
    response = client.post(
        "/login",
        data={"username": "rita", "password": PASSWORD, "csrf_token": token, "next": "/audit"},
    )
    assert response.status_code == 303 and response.headers["location"] == "/audit"
    assert client.get("/queue").status_code == 200
    logout_token = csrf(client, "/queue")
    assert logout_token != token  # a new session (and token) at sign-in: no fixation
    assert client.post("/logout", data={"csrf_token": logout_token}).status_code == 303
    assert client.get("/queue").status_code == 303


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example/", "/\\evil"])
def test_next_never_leaves_the_site(client: TestClient, target: str) -> None:
    token = csrf(client)
    response = client.post(
        "/login",
        data={"username": "rita", "password": PASSWORD, "csrf_token": token, "next": target},
    )
    assert response.headers["location"] == "/queue"


def test_wrong_password_and_unknown_user_look_the_same(client: TestClient) -> None:
    token = csrf(client)
    wrong = client.post(
        "/login", data={"username": "rita", "password": "nope nope nope", "csrf_token": token}
    )
    unknown = client.post(
        "/login", data={"username": "nobody", "password": "nope nope nope", "csrf_token": token}
    )
    for response in (wrong, unknown):
        assert response.status_code == 400
        assert "Wrong username or password." in response.text
    assert client.get("/queue").status_code == 303


def test_login_is_rate_limited(client: TestClient) -> None:
    token = csrf(client)
    for _ in range(5):
        response = client.post(
            "/login", data={"username": "rita", "password": "bad password 1", "csrf_token": token}
        )
        assert response.status_code == 400
    blocked = client.post(
        "/login", data={"username": "rita", "password": PASSWORD, "csrf_token": token}
    )
    assert blocked.status_code == 429
    assert int(blocked.headers["retry-after"]) > 0
    assert "Too many failed sign-ins" in blocked.text
    # another account from the same address is not locked by rita's failures
    login(client, "alice")


def test_csrf_is_required_on_every_form(client: TestClient) -> None:
    missing = client.post("/login", data={"username": "rita", "password": PASSWORD})
    assert missing.status_code == 403 and "expired" in missing.text
    login(client, "rita")
    for path, data in (
        ("/queue/next", {}),
        ("/items/1/claim", {}),
        ("/items/1/decide", {"verdict": "unsure"}),
        ("/undo", {}),
        ("/logout", {}),
    ):
        for token in (None, "forged"):
            body = dict(data, **({"csrf_token": token} if token else {}))
            response = client.post(path, data=body)
            assert response.status_code == 403, (path, token)
    assert client.get("/queue").status_code == 200  # still signed in


def test_viewer_reads_but_cannot_decide(client: TestClient) -> None:
    login(client, "vic")
    assert client.get("/queue").status_code == 200
    assert client.get("/items/1").status_code == 200
    assert "decide-form" not in client.get("/items/1").text
    token = csrf(client, "/queue")
    for path, data in (
        ("/queue/next", {}),
        ("/items/1/claim", {}),
        ("/items/1/decide", {"verdict": "not_fraud", "reason_not_fraud": "news"}),
        ("/undo", {}),
    ):
        response = client.post(path, data=dict(data, csrf_token=token))
        assert response.status_code == 403, path
        assert "Viewers can read" in response.text
    assert client.get("/admin").status_code == 403


def test_reviewer_is_not_an_admin(client: TestClient) -> None:
    login(client, "rita")
    assert client.get("/admin").status_code == 403
    token = csrf(client, "/queue")
    response = client.post("/admin/threshold", data={"csrf_token": token, "threshold": "0.1"})
    assert response.status_code == 403


def _login_cookie(client: TestClient) -> str:
    token = csrf(client, "/login")
    response = client.post(
        "/login", data={"username": "rita", "password": PASSWORD, "csrf_token": token}
    )
    return response.headers["set-cookie"].lower()


def test_session_cookie_flags(tmp_path: Path, sqlite_db: Database) -> None:
    add_user(sqlite_db, "rita", "reviewer")
    header = _login_cookie(make_client(tmp_path, sqlite_db))
    assert f"{SESSION_COOKIE}=" in header and "httponly" in header
    assert "samesite=lax" in header and "secure" not in header
    secure = make_client(tmp_path, sqlite_db, https=True)
    assert "secure" in _login_cookie(secure)
    assert "strict-transport-security" in secure.get("/queue").headers


def test_password_change_ends_other_sessions(client: TestClient, sqlite_db: Database) -> None:
    login(client, "rita")
    assert client.get("/queue").status_code == 200
    set_password(sqlite_db, 2, hash_password("another long passphrase"), actor="test")
    assert client.get("/queue").status_code == 303


def test_security_headers(client: TestClient) -> None:
    for path in ("/login", "/check", "/static/app.js", "/nope"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
    assert client.get("/login").headers["cache-control"] == "no-store"


def test_secret_key_file_is_created_once_with_mode_600(tmp_path: Path) -> None:
    config = Config(data_dir=str(tmp_path / "data"))
    first = load_secret_key(config, env={})
    path = tmp_path / "data" / "secret_key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_secret_key(config, env={}) == first and len(first) >= 32
    assert load_secret_key(config, env={"LUREWATCH_SECRET_KEY": "k" * 40}) == "k" * 40
    with pytest.raises(ReviewError, match="shorter than"):
        load_secret_key(config, env={"LUREWATCH_SECRET_KEY": "short"})
    os.chmod(path, 0o644)
    with pytest.raises(ReviewError, match="chmod 600"):
        load_secret_key(config, env={})


def test_oversized_bodies_are_refused(client: TestClient) -> None:
    response = client.post("/login", content=b"x" * 1_100_000)
    assert response.status_code == 413
