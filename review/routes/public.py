"""The public "check a job offer" page at /check: no sign-in, no cookie, no JavaScript.

A job seeker pastes an offer; the page says how risky it looks in plain words, which
kind of fraud it resembles, which phrases are red flags, and what to do, in the
language chosen by the switcher, else the language of the pasted text, else the
browser's (Accept-Language), else English. Nothing pasted is stored unless
`review.store_public_checks` is on. Each address may check `review.check_per_minute`
offers a minute.
"""

from __future__ import annotations

from typing import Annotated, Any

from babel.numbers import format_decimal
from fastapi import APIRouter, Form, Request
from starlette.responses import Response

from lurewatch.storage.checks import store_public_check
from review.deps import AppState, State, client_address, get_state
from review.errors import Unavailable
from review.forms import clean_text
from review.highlight import highlighted
from review.i18n import Translator, parse_accept_language, territory_name
from review.public_text import (
    CATEGORIES,
    CONTACT_KINDS,
    ERRORS,
    GOOD_SIGNS,
    RED_FLAGS,
    RISK_EXPLAINERS,
    RISK_HEADLINES,
)
from review.scoring import risk_level

router = APIRouter(include_in_schema=False)
MAX_TEXT = 10_000
FormText = Annotated[str, Form()]


def _translator(
    request: Request, state: AppState, explicit: str | None, text_lang: str | None = None
) -> Translator:
    catalogues = state.catalogues
    lang = (
        catalogues.known(explicit)
        or catalogues.known(text_lang)
        or catalogues.from_accept_language(request.headers.get("accept-language"))
        or "en"
    )
    return catalogues.translator(lang)


def _countries(state: AppState) -> list[str]:
    return sorted(c for c in state.config.review.help_contacts if c != "default")


def _country(request: Request, state: AppState, chosen: str) -> str:
    countries = _countries(state)
    if chosen in countries:
        return chosen
    for _tag, region in parse_accept_language(request.headers.get("accept-language")):
        if region in countries:
            return region
    return ""


def _page(
    request: Request,
    state: AppState,
    t: Translator,
    *,
    explicit: str | None,
    status: int = 200,
    headers: dict[str, str] | None = None,
    **context: Any,
) -> Response:
    contacts = state.config.review.help_contacts
    country = context.pop("country", "") or _country(request, state, "")
    ctx: dict[str, Any] = {
        "t": t,
        "_": t.gettext,
        # "10,000" reads as ten in French or Indonesian: numbers in the page's language.
        "number": lambda value: format_decimal(value, locale=t.lang),
        "ngettext": t.ngettext,
        "languages": [(code, state.catalogues.names[code]) for code in state.catalogues.languages],
        "explicit": explicit or "",
        "form_token": state.public_tokens.issue(),
        "text": "",
        "error": None,
        "result": None,
        "countries": [(c, territory_name(c, t.lang)) for c in _countries(state)],
        "country": country,
        "help_contact": contacts.get(country) or contacts.get("default"),
        "stores": state.config.review.store_public_checks,
        "max_text": MAX_TEXT,
    }
    ctx.update(context)
    return state.templates.render(
        request, "public/check.html", ctx, status_code=status, headers=headers
    )


@router.get("/check")
def check_form(request: Request, state: State, lang: str = "") -> Response:
    explicit = state.catalogues.known(lang[:16])
    return _page(request, state, _translator(request, state, explicit), explicit=explicit)


@router.post("/check")
def check_submit(
    request: Request,
    state: State,
    text: FormText = "",
    lang: FormText = "",
    country: FormText = "",
    form_token: FormText = "",
) -> Response:
    explicit = state.catalogues.known(lang[:16])
    t = _translator(request, state, explicit)
    chosen = _country(request, state, country[:8])
    text = clean_text(text).strip()

    def again(code: str, status: int, **variables: Any) -> Response:
        headers = {"Retry-After": str(variables.pop("wait"))} if "wait" in variables else None
        return _page(
            request,
            state,
            t,
            explicit=explicit,
            status=status,
            headers=headers,
            text=text[: MAX_TEXT * 2],
            error=t.gettext(ERRORS[code], **variables),
            country=chosen,
        )

    if not state.public_tokens.valid(form_token):
        return again("expired", 400)
    if not text:
        return again("empty", 400)
    if len(text) > MAX_TEXT:
        return again("too_long", 400, limit=format_decimal(MAX_TEXT, locale=t.lang))
    wait = state.checks.take(f"check:{client_address(request)}")
    if wait:
        return again("rate_limited", 429, wait=wait)
    threshold = state.threshold()
    try:
        result = state.scorer.score(text, threshold)
    except Unavailable:
        return again("unavailable", 503)
    if state.config.review.store_public_checks:
        store_public_check(
            state.db,
            text,
            str(result.get("lang", "und")),
            float(result.get("risk", 0.0)),
            str(result.get("category", "")),
        )
    t = _translator(request, state, explicit, str(result.get("lang") or ""))
    return _page(
        request,
        state,
        t,
        explicit=explicit,
        text=text,
        country=chosen,
        result=_explain(text, result, threshold),
    )


def _explain(text: str, result: dict[str, Any], threshold: float) -> dict[str, Any]:
    """What the template shows: plain-language keys into public_text, phrases per flag."""
    risk = float(result.get("risk", 0.0))
    level = risk_level(risk, threshold)
    flags: dict[str, list[str]] = {}
    good: dict[str, list[str]] = {}
    for indicator in result.get("indicators") or []:
        if not isinstance(indicator, dict) or not indicator.get("name"):
            continue
        name = str(indicator["name"])
        target = good if name in GOOD_SIGNS else flags
        phrases = target.setdefault(name, [])
        phrase = str(indicator.get("text") or "").strip()
        if phrase and phrase not in phrases and len(phrases) < 3:
            phrases.append(phrase)
    salary = result.get("salary") if isinstance(result.get("salary"), dict) else None
    ratio = salary.get("ratio") if salary else None
    return {
        "level": level,
        "percent": round(risk * 100),
        "headline": RISK_HEADLINES[level],
        "explainer": RISK_EXPLAINERS[level],
        "category": CATEGORIES.get(str(result.get("category"))),
        "flags": [(RED_FLAGS.get(name), name, phrases) for name, phrases in flags.items()],
        "good": [(GOOD_SIGNS[name], name, phrases) for name, phrases in good.items()],
        "segments": highlighted(text, result),
        "contacts": [
            (CONTACT_KINDS.get(str(c.get("kind"))), str(c.get("kind")), str(c.get("value")))
            for c in result.get("contacts") or []
            if isinstance(c, dict) and c.get("value")
        ][:10],
        "pay_ratio": round(float(ratio), 1)
        if isinstance(ratio, int | float) and ratio >= 1.5
        else None,
    }


def public_error_page(
    request: Request, status: int, code: str, headers: dict[str, str] | None
) -> Response:
    """Errors under /check in the visitor's language and the public layout."""
    state = get_state(request)
    explicit = state.catalogues.known(request.query_params.get("lang", "")[:16])
    t = _translator(request, state, explicit)
    key = {"rate_limited": "rate_limited", "unavailable": "unavailable", "not_found": "not_found"}
    message = t.gettext(ERRORS[key.get(code, "bad_request")])
    return _page(
        request, state, t, explicit=explicit, status=status, headers=headers, error=message
    )
