"""Admin pages: accounts and roles, API tokens, the flag threshold and which sources run.

The threshold and source switches are runtime overrides stored in the database
(lurewatch/storage/settings.py) over the config file's values; the pipeline reads them.
"""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from lurewatch.storage.settings import get_overrides, set_source_enabled, set_threshold
from lurewatch.storage.users import (
    ROLES,
    add_token,
    create_user,
    get_user,
    list_tokens,
    list_users,
    revoke_token,
    set_active,
    set_password,
    set_role,
)
from review.auth import check_password_strength, hash_password
from review.deps import Admin, AppState, RowId, State, csrf_protect
from review.errors import BadInput, NotFound
from review.forms import clean_text, float_param

router = APIRouter(include_in_schema=False, dependencies=[Depends(csrf_protect)])
page_router = APIRouter(include_in_schema=False)
NOTICES = {
    "user": "Account saved.",
    "password": "Password changed.",
    "revoked": "Token revoked.",
    "threshold": "Threshold saved. It applies from the next pipeline run.",
    "sources": "Source settings saved. They apply from the next pipeline run.",
}
Text = Annotated[str, Form(max_length=1024)]


def _page(
    request: Request, state: AppState, extra: dict[str, object], status: int = 200
) -> Response:
    overrides = get_overrides(state.db)
    users = list_users(state.db)
    names = {u.id: u.username for u in users}
    sources = [
        {
            "name": s.name,
            "type": s.type,
            "configured": s.enabled,
            "override": overrides.sources.get(s.name),
        }
        for s in state.config.sources
    ]
    context: dict[str, object] = {
        "users": users,
        "tokens": [(t, names.get(t.user_id, "?")) for t in list_tokens(state.db)],
        "roles": ROLES,
        "configured_threshold": state.config.scoring.flag_threshold,
        "threshold_override": overrides.threshold,
        "sources": sources,
        "new_token": None,
        "notice": NOTICES.get(request.query_params.get("notice", "")),
    }
    context.update(extra)
    return state.templates.render(request, "admin.html", context, status_code=status)


@page_router.get("/admin")
def admin_view(request: Request, state: State, user: Admin) -> Response:
    return _page(request, state, {})


def _done(notice: str) -> Response:
    return RedirectResponse(f"/admin?notice={notice}", status_code=303)


@router.post("/admin/users")
def add_user(
    state: State, user: Admin, username: Text = "", password: Text = "", role: Text = "reviewer"
) -> Response:
    check_password_strength(password)
    create_user(state.db, username.strip(), hash_password(password), role, actor=f"user:{user.id}")
    return _done("user")


@router.post("/admin/users/{user_id}")
def change_user(
    user_id: RowId, state: State, user: Admin, role: Text = "", active: Text = ""
) -> Response:
    target = get_user(state.db, user_id)
    if target is None:
        raise NotFound(f"There is no user {user_id}.")
    actor = f"user:{user.id}"
    if role and role != target.role:
        set_role(state.db, user_id, role, actor)
    if active in ("yes", "no") and (active == "yes") != target.active:
        set_active(state.db, user_id, active == "yes", actor)
    return _done("user")


@router.post("/admin/users/{user_id}/password")
def reset_password(user_id: RowId, state: State, user: Admin, password: Text = "") -> Response:
    check_password_strength(password)
    set_password(state.db, user_id, hash_password(password), actor=f"user:{user.id}")
    return _done("password")


@router.post("/admin/users/{user_id}/tokens")
def new_token(
    request: Request, user_id: RowId, state: State, user: Admin, name: Text = "api"
) -> Response:
    if get_user(state.db, user_id) is None:
        raise NotFound(f"There is no user {user_id}.")
    token = "lw_" + secrets.token_urlsafe(32)
    label = clean_text(name).strip() or "api"
    add_token(state.db, user_id, label, token, actor=f"user:{user.id}")
    # shown once, on this response only: never stored, never redirected through a URL
    return _page(request, state, {"new_token": token})


@router.post("/admin/tokens/{token_id}/revoke")
def revoke(token_id: RowId, state: State, user: Admin) -> Response:
    revoke_token(state.db, token_id, actor=f"user:{user.id}")
    return _done("revoked")


@router.post("/admin/threshold")
def change_threshold(state: State, user: Admin, threshold: Text = "", clear: Text = "") -> Response:
    if clear:
        set_threshold(state.db, None, f"user:{user.id}")
    else:
        value = float_param({"threshold": threshold}, "threshold", 0.0, 1.0)
        if value is None:
            raise BadInput("threshold: a number from 0 to 1, e.g. 0.5")
        set_threshold(state.db, value, f"user:{user.id}")
    return _done("threshold")


@router.post("/admin/sources")
async def change_sources(request: Request, state: State, user: Admin) -> Response:
    """One select per configured source: "config" (follow the file), "on" or "off"."""
    form = await request.form()
    fields = [(k, v) for k, v in form.multi_items() if isinstance(v, str)]
    await run_in_threadpool(_apply_sources, state, f"user:{user.id}", fields)
    return _done("sources")


def _apply_sources(state: AppState, actor: str, fields: list[tuple[str, str]]) -> None:
    configured = {s.name for s in state.config.sources}
    changes: dict[str, bool | None] = {}
    for key, value in fields:
        if not key.startswith("source:"):
            continue
        name = key[len("source:") :]
        if name not in configured:
            raise BadInput(f"source: {name[:64]!r} is not in the configuration")
        if value not in ("config", "on", "off"):
            raise BadInput("source: choose config, on or off")
        changes[name] = None if value == "config" else value == "on"
    current = get_overrides(state.db).sources
    for name, enabled in changes.items():
        if current.get(name) != enabled:
            set_source_enabled(state.db, name, enabled, actor)
