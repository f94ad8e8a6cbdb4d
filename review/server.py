"""`lurewatch serve`: the review app under uvicorn.

Behind a reverse proxy that terminates HTTPS, set `review.https = true` (Secure cookies,
HSTS) and let uvicorn trust the proxy's X-Forwarded-For (FORWARDED_ALLOW_IPS, default
127.0.0.1) so that rate limits count real client addresses.
"""

from __future__ import annotations

import logging
import threading

import uvicorn

from lurewatch.config import Config
from lurewatch.storage import Database
from review.app import create_app
from review.deps import AppState

log = logging.getLogger(__name__)


def _warm_up(state: AppState) -> None:
    """Load the classifier in the background so the first public check is not slow."""
    try:
        state.scorer.score("warm-up", state.config.scoring.flag_threshold)
    except Exception as exc:  # reported again, to the visitor, as 503 if it persists
        log.warning("the public check's classifier is not ready: %s", exc)


def serve_app(config: Config, host: str, port: int) -> None:
    db = Database(config.effective_database_url)
    app = create_app(config, db)
    if config.review.public_check:
        threading.Thread(target=_warm_up, args=(app.state.lurewatch,), daemon=True).start()
    print(f"lurewatch review app on http://{host}:{port}/ (Ctrl-C stops)")
    try:
        uvicorn.run(app, host=host, port=port, proxy_headers=True, server_header=False)
    finally:
        db.dispose()
