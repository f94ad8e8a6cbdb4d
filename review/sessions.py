"""Signed session cookies, the secret key behind them, and CSRF tokens.

The session is a cookie signed with itsdangerous (Starlette's SessionMiddleware):
HttpOnly, SameSite=Lax, Secure when `review.https` is on, valid `review.session_hours`.
It holds the user id, a fingerprint of the password hash (changing a password signs
out every other session) and the CSRF token that every form carries.

The secret key comes from LUREWATCH_SECRET_KEY, or else is generated once into
<data_dir>/secret_key with mode 0600, so restarts keep everyone signed in.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.requests import Request

from lurewatch.config import Config
from review.errors import Forbidden, ReviewError

SESSION_COOKIE = "lurewatch_session"
SECRET_ENV = "LUREWATCH_SECRET_KEY"
MIN_SECRET = 32
PUBLIC_FORM_HOURS = 6


def load_secret_key(config: Config, env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    key = env.get(SECRET_ENV, "")
    if key:
        if len(key) < MIN_SECRET:
            raise ReviewError(
                f"{SECRET_ENV} is shorter than {MIN_SECRET} characters; generate one with "
                "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`"
            )
        return key
    path = config.data_path / "secret_key"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_key_file(path)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secrets.token_urlsafe(48))
    return _read_key_file(path)


def _read_key_file(path: Path) -> str:
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise ReviewError(
            f"{path} can be read by other users (mode {mode:o}); run `chmod 600 {path}`"
        )
    key = path.read_text(encoding="ascii").strip()
    if len(key) < MIN_SECRET:
        raise ReviewError(f"{path} holds no usable key; delete it to generate a new one")
    return key


# --- the signed-in user ----------------------------------------------------------------


def password_fingerprint(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()[:16]


def start_session(request: Request, user_id: int, password_hash: str) -> None:
    """A fresh session at sign-in (a new CSRF token too: no fixation)."""
    request.session.clear()
    request.session.update(
        uid=user_id, pw=password_fingerprint(password_hash), csrf=secrets.token_urlsafe(32)
    )


def end_session(request: Request) -> None:
    request.session.clear()


def session_user_id(request: Request) -> tuple[int, str] | None:
    uid, fingerprint = request.session.get("uid"), request.session.get("pw")
    if isinstance(uid, int) and isinstance(fingerprint, str):
        return uid, fingerprint
    return None


# --- CSRF ------------------------------------------------------------------------------


def csrf_token(request: Request) -> str:
    """The session's CSRF token, created on first use (the sign-in form has one too)."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def check_csrf(request: Request, submitted: Any) -> None:
    expected = request.session.get("csrf")
    if not (
        isinstance(expected, str)
        and isinstance(submitted, str)
        and hmac.compare_digest(expected, submitted)
    ):
        raise Forbidden(
            "This form has expired or was sent from another site. "
            "Go back, reload the page and try again."
        )


class PublicFormTokens:
    """CSRF tokens for the public check form, which has no session: a signed, dated
    token, so that the page works without cookies and stores nothing about visitors."""

    def __init__(self, secret: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt="lurewatch.public-check")

    def issue(self) -> str:
        return self._serializer.dumps("check")

    def valid(self, token: Any) -> bool:
        if not isinstance(token, str) or len(token) > 200:
            return False
        try:
            self._serializer.loads(token, max_age=PUBLIC_FORM_HOURS * 3600)
        except BadSignature:
            return False
        return True
