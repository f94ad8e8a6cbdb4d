"""What routes share: the app's state, the signed-in user, roles, CSRF, the API token.

Pages need a session (else they redirect to /login), the API needs a Bearer token (else
401), viewers may read but not change anything (403), admin pages need an admin.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Path, Request

from lurewatch.config import Config
from lurewatch.storage import Database
from lurewatch.storage.browse import queue_sources_and_langs
from lurewatch.storage.maintenance import refresh_statistics
from lurewatch.storage.models import User
from lurewatch.storage.settings import effective_threshold
from lurewatch.storage.users import get_user, user_for_token
from review.errors import Forbidden, LoginRequired
from review.i18n import Catalogues
from review.ratelimit import RateLimiter
from review.scoring import ScorerHolder
from review.sessions import PublicFormTokens, check_csrf, password_fingerprint, session_user_id
from review.templating import Templates

LOGIN_WINDOW = 15 * 60
STATS_EVERY = 3600
OPTIONS_TTL = 60
_UNSET = object()


@dataclass
class AppState:
    config: Config
    db: Database
    templates: Templates
    catalogues: Catalogues
    scorer: ScorerHolder
    public_tokens: PublicFormTokens
    login_by_address: RateLimiter
    login_by_account: RateLimiter
    checks: RateLimiter

    _stats_at: float = -STATS_EVERY
    _stats_lock: threading.Lock = field(default_factory=threading.Lock)
    _options: tuple[float, tuple[list[str], list[str]]] | None = None

    def threshold(self) -> float:
        return effective_threshold(self.db, self.config.scoring.flag_threshold)

    def fresh_statistics(self) -> None:
        """On SQLite, refresh the planner's statistics at most hourly, on the first queue
        request after that (~10 ms): the queue grows from nothing to 100,000s of items,
        and plans made for an empty table would be wrong for a full one. PostgreSQL's
        autovacuum keeps its own statistics."""
        now = time.monotonic()
        if not self.db.is_sqlite or now - self._stats_at < STATS_EVERY:
            return
        if not self._stats_lock.acquire(blocking=False):
            return
        try:
            self._stats_at = now
            refresh_statistics(self.db)
        finally:
            self._stats_lock.release()

    def filter_options(self) -> tuple[list[str], list[str]]:
        """Sources and languages for the filter forms, cached a minute (on PostgreSQL the
        distinct languages of 100,000 scores take ~50 ms)."""
        now = time.monotonic()
        if self._options is None or now - self._options[0] > OPTIONS_TTL:
            self._options = (now, queue_sources_and_langs(self.db))
        return self._options[1]


def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.lurewatch
    return state


def client_address(request: Request) -> str:
    # uvicorn replaces this with X-Forwarded-For from trusted proxies (--forwarded-allow-ips)
    return request.client.host if request.client else "unknown"


def session_user(request: Request) -> User | None:
    """The signed-in user, if the session names an active user whose password has not
    changed since signing in."""
    cached: User | object | None = getattr(request.state, "user", _UNSET)
    if cached is not _UNSET:
        return cached  # type: ignore[return-value]
    user = None
    found = session_user_id(request)
    if found is not None:
        candidate = get_user(get_state(request).db, found[0])
        if (
            candidate is not None
            and candidate.active
            and password_fingerprint(candidate.password_hash) == found[1]
        ):
            user = candidate
    request.state.user = user
    return user


def require_user(request: Request) -> User:
    user = session_user(request)
    if user is None:
        raise LoginRequired("Sign in to see this page.")
    return user


def require_reviewer(user: Annotated[User, Depends(require_user)]) -> User:
    if user.role not in ("admin", "reviewer"):
        raise Forbidden("Viewers can read the queue but not claim or decide items.")
    return user


def require_admin(user: Annotated[User, Depends(require_user)]) -> User:
    if user.role != "admin":
        raise Forbidden("Only an admin can do this.")
    return user


async def csrf_protect(request: Request) -> None:
    """Every form POST carries the session's CSRF token in `csrf_token`."""
    form = await request.form()
    check_csrf(request, form.get("csrf_token"))


def api_user(request: Request) -> User:
    """The user behind `Authorization: Bearer <token>` (tokens from `lurewatch user token`
    or the admin page)."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise LoginRequired("Send an API token: 'Authorization: Bearer <token>'.")
    user = user_for_token(get_state(request).db, token.strip())
    if user is None:
        raise LoginRequired("This API token is not valid (unknown, revoked or user disabled).")
    request.state.user = user
    return user


SessionUser = Annotated[User, Depends(require_user)]
Reviewer = Annotated[User, Depends(require_reviewer)]
Admin = Annotated[User, Depends(require_admin)]
ApiUser = Annotated[User, Depends(api_user)]
State = Annotated[AppState, Depends(get_state)]
MAX_ID = 2_147_483_647  # ids are 32-bit integers on PostgreSQL; larger ones are not ids
RowId = Annotated[int, Path(ge=1, le=MAX_ID)]
