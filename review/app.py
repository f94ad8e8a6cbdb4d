"""`create_app(config, db, scorer_factory=None)`: the review web app as an ASGI app.

The database must be migrated (`lurewatch init` / `lurewatch db upgrade`). The session
secret comes from LUREWATCH_SECRET_KEY or <data_dir>/secret_key (created on first
start). `scorer_factory(config)` builds the classifier for the public check; the default
loads classifier.RiskScorer on first use. The OpenAPI schema of /api/v1/ is served at
/openapi.json; the Swagger and ReDoc pages are off (they load scripts from a CDN).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import RedirectResponse
from starlette.staticfiles import StaticFiles

from lurewatch import __version__
from lurewatch.config import Config
from lurewatch.storage import Database
from review.deps import LOGIN_WINDOW, AppState
from review.handlers import install_error_handlers
from review.i18n import LOCALES, Catalogues
from review.ratelimit import RateLimiter
from review.routes import admin, api, auth, items, public, queue, reports
from review.scoring import ScorerFactory, ScorerHolder, default_scorer_factory
from review.security import BodyLimit, SecurityHeaders
from review.sessions import SESSION_COOKIE, PublicFormTokens, load_secret_key
from review.templating import Templates, make_environment

STATIC = Path(__file__).with_name("static")
API_DESCRIPTION = """Flagged posts, their review decisions and exports, and the classifier's
check of one text. Authenticate with `Authorization: Bearer <token>` (create a token with
`lurewatch user token USERNAME` or on the admin page). Errors have one shape:
`{"error": {"code": "...", "message": "..."}}`."""


def create_app(
    config: Config,
    db: Database,
    scorer_factory: ScorerFactory | None = None,
    *,
    locales: Path = LOCALES,
    secret_key: str | None = None,
) -> FastAPI:
    db.require_current()
    review = config.review
    secret = secret_key or load_secret_key(config)
    app = FastAPI(
        title="lurewatch review API",
        version=__version__,
        description=API_DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.lurewatch = AppState(
        config=config,
        db=db,
        templates=Templates(make_environment()),
        catalogues=Catalogues(locales),
        scorer=ScorerHolder(config, scorer_factory or default_scorer_factory),
        public_tokens=PublicFormTokens(secret),
        login_by_address=RateLimiter(review.login_attempts * 4, LOGIN_WINDOW),
        login_by_account=RateLimiter(review.login_attempts, LOGIN_WINDOW),
        checks=RateLimiter(review.check_per_minute, 60),
    )
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret,
        session_cookie=SESSION_COOKIE,
        max_age=review.session_hours * 3600,
        same_site="lax",
        https_only=review.https,
    )
    app.add_middleware(BodyLimit)
    app.add_middleware(SecurityHeaders, https=review.https)
    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for router in (
        auth.router,
        queue.router,
        items.router,
        reports.router,
        admin.page_router,
        admin.router,
        api.router,
    ):
        app.include_router(router)
    if review.public_check:
        app.include_router(public.router)

    @app.get("/", include_in_schema=False)
    def index() -> RedirectResponse:
        return RedirectResponse("/queue", status_code=303)

    return app
