"""Jinja2 templates with autoescaping everywhere, and the helpers every page uses.

Nothing crawled or pasted is ever marked safe: templates print text with `{{ }}` and
Jinja escapes it. Pages get the signed-in user and the CSRF token without each route
passing them.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from review.highlight import link_parts, safe_url
from review.sessions import csrf_token

TEMPLATES = Path(__file__).with_name("templates")


def _when(value: datetime | None) -> str:
    if value is None:
        return "-"
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _pct(value: Any) -> str:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return "-"
    return f"{round(value * 100)}%"


def _pretty(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True, default=str)


def _label(value: str | None) -> str:
    return (value or "-").replace("_", " ")


def make_environment(directory: Path = TEMPLATES) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(directory)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,  # a typo in a template fails the tests, not silently
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(when=_when, pct=_pct, pretty=_pretty, label=_label, safe_url=safe_url)
    env.globals.update(link_parts=link_parts)
    return env


class Templates:
    def __init__(self, env: Environment) -> None:
        self.env = env

    def render(
        self,
        request: Request,
        name: str,
        context: dict[str, Any] | None = None,
        status_code: int = 200,
        headers: dict[str, str] | None = None,
    ) -> HTMLResponse:
        ctx: dict[str, Any] = {
            "request": request,
            "user": getattr(request.state, "user", None),
            # called by templates with a form; public pages never create a session
            "csrf_token": lambda: csrf_token(request),
            "query": _query_helper(request),
            "notice": None,
        }
        ctx.update(context or {})
        html = self.env.get_template(name).render(ctx)
        return HTMLResponse(html, status_code=status_code, headers=headers)


def _query_helper(request: Request) -> Any:
    """`query(page=2)`: the current URL's query with some parameters replaced."""

    def build(**changes: Any) -> str:
        params = {k: v for k, v in request.query_params.items() if k not in changes}
        params.update({k: v for k, v in changes.items() if v not in (None, "")})
        return "?" + urlencode(params) if params else "?"

    return build
