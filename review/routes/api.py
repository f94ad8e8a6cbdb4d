"""The JSON API under /api/v1/: queued items, one item, decisions, exports and a check of
one text. Every endpoint needs `Authorization: Bearer <token>`; errors are
`{"error": {"code", "message"}}`. Described by the OpenAPI schema at /openapi.json.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from lurewatch.storage.browse import DecisionRow, decisions_since, item_detail, queue_page
from lurewatch.storage.browse import related_posts as related
from review.api_models import (
    CheckIn,
    CheckOut,
    DecisionList,
    DecisionOut,
    ErrorOut,
    ItemList,
    ItemOut,
    ItemSummary,
    PostOut,
    RelatedOut,
    ScoreOut,
)
from review.deps import MAX_ID, ApiUser, RowId, State, client_address
from review.errors import NotFound, RateLimited
from review.forms import QueueQuery, export_query
from review.routes.reports import MEDIA, export_file, stream_export

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": text}
    for code, text in (
        (401, "No valid API token."),
        (403, "The token's user may not do this."),
        (404, "Not found."),
        (422, "A parameter is not valid."),
        (429, "Too many requests; see Retry-After."),
    )
}
router = APIRouter(prefix="/api/v1", tags=["api"], responses=ERRORS)
Status = Literal["open", "claimed", "decided", "all"]
Category = Literal[
    "trafficking_lure", "job_scam", "crime_recruitment", "legitimate_job", "not_recruitment"
]
Text64 = Annotated[str | None, Query(max_length=64)]


def _decision(row: DecisionRow) -> DecisionOut:
    return DecisionOut(
        id=row.id,
        item_id=row.item_id,
        post_id=row.post_id,
        user=row.username,
        verdict=row.verdict,
        category=row.category,
        reason_code=row.reason_code,
        note=row.note,
        created_at=row.created_at,
        undone_at=row.undone_at,
    )


@router.get("/items", response_model=ItemList, summary="Queued items, filtered and sorted")
def list_items(
    state: State,
    user: ApiUser,
    status: Status = "open",
    source: Text64 = None,
    lang: Annotated[str | None, Query(max_length=16)] = None,
    category: Category | None = None,
    indicator: Annotated[str | None, Query(pattern=r"^[a-z0-9_]{1,64}$")] = None,
    date_from: date | None = None,
    date_to: date | None = None,
    sort: Literal["risk", "oldest", "newest"] = "risk",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> ItemList:
    query = QueueQuery(status, source, lang, category, indicator, date_from, date_to, sort)
    state.fresh_statistics()
    rows, total = queue_page(state.db, query.filter(), sort, limit, offset)
    items = [
        ItemSummary(id=r.item_id, **{k: v for k, v in vars(r).items() if k != "item_id"})
        for r in rows
    ]
    return ItemList(total=total, limit=limit, offset=offset, items=items)


@router.get("/items/{item_id}", response_model=ItemOut, summary="One item with its history")
def get_item(item_id: RowId, state: State, user: ApiUser) -> ItemOut:
    item = item_detail(state.db, item_id)
    if item is None:
        raise NotFound(f"There is no review item {item_id}.")
    by_contact, same_text = related(state.db, item.post_id, item.content_hash)
    return ItemOut(
        id=item.item_id,
        status=item.status,
        risk=item.priority,
        queued_at=item.queued_at,
        claimed_by=item.claimed_by_name if item.status != "open" else None,
        lease_expires_at=item.lease_expires_at,
        verdict=item.verdict,
        decided_category=item.decided_category,
        post=PostOut(
            id=item.post_id,
            source=item.source,
            external_id=item.external_id,
            url=item.url,
            author=item.author,
            title=item.title,
            text=item.text,
            posted_at=item.posted_at,
            fetched_at=item.fetched_at,
        ),
        score=ScoreOut(
            risk=item.risk,
            category=item.category,
            lang=item.lang,
            model_version=item.model_version,
            result=item.result,
        ),
        decisions=[_decision(d) for d in item.decisions],
        related_by_contact=[RelatedOut(**vars(r)) for r in by_contact],
        same_text=[RelatedOut(**vars(r)) for r in same_text],
    )


@router.get("/decisions", response_model=DecisionList, summary="Decisions in the order made")
def list_decisions(
    state: State,
    user: ApiUser,
    after_id: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    verdict: Literal["confirmed", "not_fraud", "escalate", "unsure"] | None = None,
) -> DecisionList:
    rows = decisions_since(state.db, after_id, limit, verdict)
    return DecisionList(
        decisions=[_decision(d) for d in rows], next_after_id=rows[-1].id if rows else after_id
    )


@router.get(
    "/export",
    summary="Flagged posts and decisions as CSV or JSONL (as `lurewatch export`)",
    response_class=Response,
    responses={200: {"content": {MEDIA["csv"]: {}, MEDIA["jsonl"]: {}}}},
)
def export(
    request: Request,
    state: State,
    user: ApiUser,
    format: Literal["csv", "jsonl"] = "jsonl",
    status: Literal["open", "claimed", "decided"] | None = None,
    verdict: Literal["confirmed", "not_fraud", "escalate", "unsure"] | None = None,
    category: Category | None = None,
    lang: Annotated[str | None, Query(max_length=16)] = None,
    source: Text64 = None,
    since: date | None = None,
    min_risk: Annotated[float | None, Query(ge=0, le=1)] = None,
    limit: Annotated[int | None, Query(ge=1, le=10_000_000)] = None,
    redact: bool = False,
) -> Response:
    query = export_query({**request.query_params, "format": format})
    spool, _ = export_file(state.db, query, f"user:{user.id}")
    return stream_export(spool, query.fmt)


@router.post("/check", response_model=CheckOut, summary="Score one text, as a post would be")
def check(body: CheckIn, request: Request, state: State, user: ApiUser) -> dict[str, Any]:
    wait = state.checks.take(f"api:{user.id}:{client_address(request)}")
    if wait:
        raise RateLimited("Too many checks; wait a minute and try again.", wait)
    return state.scorer.score(body.text, state.threshold(), body.lang)
