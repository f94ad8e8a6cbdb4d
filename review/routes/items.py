"""One item: the post with its red flags highlighted, its score and explanation, the
other posts sharing a contact or the text, and the decision form (one key per verdict,
see static/app.js; plain buttons without JavaScript). After a decision the next item of
the reviewer's filter opens by itself.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from starlette.responses import RedirectResponse, Response

from lurewatch.storage.browse import ItemDetail, item_detail, related_posts
from lurewatch.storage.models import utcnow
from lurewatch.storage.queue import (
    CATEGORIES,
    REASON_CODES,
    VERDICTS,
    claim_item,
    decide,
    release,
    undo_last,
)
from review.deps import Reviewer, RowId, SessionUser, State, csrf_protect
from review.errors import BadInput, NotFound
from review.forms import clean_text, queue_query, queue_query_from_form
from review.highlight import highlighted, safe_url
from review.routes.queue import NOTICES, item_url, next_item

router = APIRouter(include_in_schema=False)
KEYS = {"confirmed": "c", "not_fraud": "n", "escalate": "e", "unsure": "u"}
QueueField = Annotated[str, Form(max_length=2000)]


def _held_by(item: ItemDetail) -> int | None:
    """Who holds an unexpired lease on the item, if anyone."""
    if item.status == "claimed" and item.lease_expires_at and item.lease_expires_at >= utcnow():
        return item.claimed_by
    return None


def _numbers(value: Any) -> list[tuple[str, float]]:
    """(name, number) pairs of a JSON object, skipping anything that is not a number: the
    classifier's result is data, and a malformed one must not break the page."""
    if not isinstance(value, dict):
        return []
    return [
        (str(k), float(v))
        for k, v in value.items()
        if isinstance(v, int | float) and not isinstance(v, bool)
    ]


def _explanation(result: dict[str, Any]) -> dict[str, Any]:
    raw = result.get("explanation")
    explanation: dict[str, Any] = raw if isinstance(raw, dict) else {}
    notes = explanation.get("notes")
    return {
        "stage": explanation.get("stage"),
        "model_risk": explanation.get("model_risk"),
        "rules_risk": explanation.get("rules_risk"),
        "contributions": sorted(
            _numbers(explanation.get("contributions")), key=lambda kv: -abs(kv[1])
        )[:12],
        "notes": [str(n) for n in notes] if isinstance(notes, list) else [],
    }


def _list(result: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = result.get(key)
    return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []


@router.get("/items/{item_id}")
def item_view(request: Request, item_id: RowId, state: State, user: SessionUser) -> Response:
    item = item_detail(state.db, item_id)
    if item is None:
        raise NotFound(f"There is no review item {item_id}.")
    query = queue_query(request.query_params)
    by_contact, same_text = related_posts(state.db, item.post_id, item.content_hash)
    holder = _held_by(item)
    may_review = user.role in ("admin", "reviewer")
    probs = item.result.get("category_probs")
    return state.templates.render(
        request,
        "item.html",
        {
            "item": item,
            "segments": highlighted(item.text, item.result),
            "indicators": _list(item.result, "indicators"),
            "contacts": [
                dict(c, link=safe_url(c.get("value")) if c.get("kind") == "url" else None)
                for c in _list(item.result, "contacts")
            ],
            "salary": item.result.get("salary")
            if isinstance(item.result.get("salary"), dict)
            else None,
            "explanation": _explanation(item.result),
            "category_probs": sorted(_numbers(probs), key=lambda kv: -kv[1]),
            "source_link": safe_url(item.url),
            "by_contact": by_contact,
            "same_text": same_text,
            "mine": holder == user.id,
            "held_by_other": holder is not None and holder != user.id,
            "can_claim": may_review and holder != user.id and item.status != "decided",
            "can_decide": may_review and (holder == user.id or item.status == "decided"),
            "verdicts": VERDICTS,
            "reason_codes": REASON_CODES,
            "categories": CATEGORIES,
            "keys": KEYS,
            "q": query,
            "queue_state": query.encoded(),
            "notice": NOTICES.get(request.query_params.get("notice", "")),
        },
    )


@router.post("/items/{item_id}/claim", dependencies=[Depends(csrf_protect)])
def claim(item_id: RowId, state: State, user: Reviewer, queue: QueueField = "") -> Response:
    query = queue_query_from_form(queue)
    claim_item(state.db, item_id, user.id, state.config.review.lease_minutes)
    return RedirectResponse(item_url(item_id, query), status_code=303)


@router.post("/items/{item_id}/release", dependencies=[Depends(csrf_protect)])
def release_item(item_id: RowId, state: State, user: Reviewer, queue: QueueField = "") -> Response:
    query = queue_query_from_form(queue)
    release(state.db, item_id, user.id)
    params = query.encoded()
    return RedirectResponse(f"/queue?{params + '&' if params else ''}notice=released", 303)


def _decision_fields(
    verdict: str, reasons: dict[str, str], category: str, note: str
) -> tuple[str, str, str | None, str | None]:
    if verdict not in VERDICTS:
        raise BadInput(f"verdict: choose one of {', '.join(VERDICTS)}")
    reason = reasons.get(verdict) or REASON_CODES[verdict][0]
    if reason not in REASON_CODES[verdict]:
        raise BadInput(f"reason: for {verdict} choose one of {', '.join(REASON_CODES[verdict])}")
    if category and category not in CATEGORIES:
        raise BadInput(f"category: choose one of {', '.join(CATEGORIES)}")
    note = clean_text(note).strip()
    if len(note) > 2000:
        raise BadInput("note: at most 2,000 characters")
    return verdict, reason, (category or None) if verdict == "confirmed" else None, note or None


@router.post("/items/{item_id}/decide", dependencies=[Depends(csrf_protect)])
def decide_item(
    item_id: RowId,
    state: State,
    user: Reviewer,
    verdict: Annotated[str, Form()] = "",
    reason_confirmed: Annotated[str, Form()] = "",
    reason_not_fraud: Annotated[str, Form()] = "",
    reason_escalate: Annotated[str, Form()] = "",
    reason_unsure: Annotated[str, Form()] = "",
    category: Annotated[str, Form()] = "",
    note: Annotated[str, Form()] = "",
    queue: QueueField = "",
) -> Response:
    """One reason select per verdict, so each verdict button submits on its own."""
    reasons = {
        "confirmed": reason_confirmed,
        "not_fraud": reason_not_fraud,
        "escalate": reason_escalate,
        "unsure": reason_unsure,
    }
    verdict, reason, chosen, text = _decision_fields(verdict, reasons, category, note)
    query = queue_query_from_form(queue)
    decide(state.db, item_id, user.id, verdict, reason, category=chosen, note=text)
    return next_item(state, user.id, query, "decided")


@router.post("/undo", dependencies=[Depends(csrf_protect)])
def undo(state: State, user: Reviewer, queue: QueueField = "") -> Response:
    query = queue_query_from_form(queue)
    item_id = undo_last(state.db, user.id, state.config.review.lease_minutes)
    return RedirectResponse(item_url(item_id, query, "undone"), status_code=303)
