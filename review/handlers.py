"""One error shape. Browsers get an HTML page with the message, the API gets
`{"error": {"code": ..., "message": ...}}`; both with a 4xx status for anything the
user can fix. Nothing ever shows a traceback: an unexpected error is logged and the user
sees a short apology with status 500.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, RedirectResponse, Response

from lurewatch.errors import StorageError
from lurewatch.storage.queue import QueueError
from lurewatch.storage.settings import SettingsError
from lurewatch.storage.users import UserError
from review.errors import LoginRequired, RateLimited, ReviewError

log = logging.getLogger(__name__)
HTTP_CODES = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    429: "rate_limited",
    500: "internal_error",
    503: "unavailable",
}


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def is_public(request: Request) -> bool:
    return request.url.path == "/check" or request.url.path.startswith("/check/")


def error_response(
    request: Request,
    status: int,
    message: str,
    code: str | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    code = code or HTTP_CODES.get(status, "error")
    if is_api(request):
        return JSONResponse(
            {"error": {"code": code, "message": message}}, status_code=status, headers=headers
        )
    if is_public(request):
        from review.routes.public import public_error_page

        return public_error_page(request, status, code, headers)
    state = getattr(request.app.state, "lurewatch", None)
    if state is None:  # pragma: no cover - only if start-up itself failed
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    return state.templates.render(
        request,
        "error.html",
        {"status": status, "code": code, "message": message},
        status_code=status,
        headers=headers,
    )


async def _review_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ReviewError)
    if isinstance(exc, LoginRequired) and not is_api(request):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        if request.method != "GET":
            target = "/queue"
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
    headers: dict[str, str] = {}
    if isinstance(exc, LoginRequired):
        headers["WWW-Authenticate"] = "Bearer"
    if isinstance(exc, RateLimited):
        headers["Retry-After"] = str(exc.retry_after)
    return error_response(request, exc.status_code, str(exc), exc.code, headers)


def _mapped(status: int, code: str) -> Any:
    async def handler(request: Request, exc: Exception) -> Response:
        return error_response(request, status, str(exc), code)

    return handler


async def _data_error(request: Request, exc: Exception) -> Response:
    log.warning("the database refused a value: %s", exc)
    return error_response(
        request, 400, "A value in the request cannot be stored; check what you typed.", "bad_input"
    )


async def _storage_error(request: Request, exc: Exception) -> Response:
    log.error("database error: %s", exc)
    return error_response(request, 503, "The database is not available; try again shortly.")


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    messages = {
        404: "There is no page at this address.",
        405: "This address does not accept that kind of request.",
    }
    message = messages.get(exc.status_code) or str(exc.detail)
    headers = dict(exc.headers) if exc.headers else None
    return error_response(request, exc.status_code, message, headers=headers)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    parts = []
    for error in exc.errors()[:3]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("body", "query", "path"))
        parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else error.get("msg", ""))
    message = "; ".join(parts) or "The request is not valid."
    return error_response(request, 422 if is_api(request) else 400, message, "bad_input")


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(
        request, 500, "Something went wrong on our side. The error has been logged."
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ReviewError, _review_error)
    app.add_exception_handler(QueueError, _mapped(409, "conflict"))
    app.add_exception_handler(UserError, _mapped(400, "bad_input"))
    app.add_exception_handler(SettingsError, _mapped(400, "bad_input"))
    app.add_exception_handler(StorageError, _storage_error)
    app.add_exception_handler(DataError, _data_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)
