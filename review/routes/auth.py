"""Signing in and out. Failed sign-ins are limited per account and address and per
address alone (429 with Retry-After), and a wrong username looks like a wrong password."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from starlette.responses import RedirectResponse, Response

from review.auth import authenticate
from review.deps import State, client_address, csrf_protect, session_user
from review.errors import RateLimited
from review.sessions import end_session, start_session

router = APIRouter(include_in_schema=False)


def safe_next(target: str | None) -> str:
    """Only a path on this site: never `//evil.example` or `https://...` (open redirect)."""
    if (
        target
        and target.startswith("/")
        and not target.startswith(("//", "/\\"))
        and all(ch.isprintable() for ch in target)
    ):
        return target
    return "/queue"


@router.get("/login")
def login_form(request: Request, state: State, next: str = "/queue") -> Response:
    if session_user(request) is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return state.templates.render(request, "login.html", {"next": safe_next(next), "error": None})


@router.post("/login", dependencies=[Depends(csrf_protect)])
def login(
    request: Request,
    state: State,
    username: Annotated[str, Form(max_length=64)] = "",
    password: Annotated[str, Form(max_length=1024)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/queue",
) -> Response:
    address = client_address(request)
    by_address, by_account = f"addr:{address}", f"acct:{address}:{username.casefold()}"
    wait = max(
        state.login_by_address.retry_after(by_address),
        state.login_by_account.retry_after(by_account),
    )
    if wait:
        raise RateLimited(
            f"Too many failed sign-ins. Wait {max(1, wait // 60)} minutes and try again.", wait
        )
    user = authenticate(state.db, username.strip(), password)
    if user is None:
        state.login_by_address.hit(by_address)
        state.login_by_account.hit(by_account)
        return state.templates.render(
            request,
            "login.html",
            {"next": safe_next(next), "error": "Wrong username or password.", "username": username},
            status_code=400,
        )
    state.login_by_account.reset(by_account)
    start_session(request, user.id, user.password_hash)
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/logout", dependencies=[Depends(csrf_protect)])
def logout(request: Request) -> Response:
    end_session(request)
    return RedirectResponse("/login", status_code=303)
