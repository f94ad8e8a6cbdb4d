"""Security headers on every response, added by a plain ASGI middleware (it does not
buffer streamed exports the way BaseHTTPMiddleware would).

The Content-Security-Policy allows scripts and styles only from our own /static files
(no inline script, no inline style, nothing from a CDN), no framing, forms only to us.
Pages are not cached by browsers or proxies (they show victims' data or pasted
text); only /static files are.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from review.errors import TooLarge

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'"
)
CACHEABLE = ("/static/",)


class SecurityHeaders:
    def __init__(self, app: ASGIApp, https: bool = False) -> None:
        self.app = app
        self.https = https

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = CSP
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "no-referrer"
                headers["X-Frame-Options"] = "DENY"
                headers["Cross-Origin-Opener-Policy"] = "same-origin"
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
                if self.https:
                    headers["Strict-Transport-Security"] = "max-age=31536000"
                if not path.startswith(CACHEABLE) and "cache-control" not in headers:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _too_large(scope: Scope) -> Response:
    message = "The request is too large."
    if str(scope.get("path", "")).startswith("/api/"):
        return JSONResponse({"error": {"code": "too_large", "message": message}}, 413)
    return HTMLResponse(f"<!doctype html><title>413</title><p>{message}</p>", 413)


class BodyLimit:
    """Refuse request bodies over `max_bytes` (413): a form or API call is a few KB, and
    an unbounded body would be read into memory."""

    def __init__(self, app: ASGIApp, max_bytes: int = 1_000_000) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await _too_large(scope)(scope, receive, send)
                return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise TooLarge("The request is too large.")
            return message

        await self.app(scope, counted, send)
