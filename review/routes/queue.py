"""The queue: a filtered, sorted list of flagged posts, and "claim the next one".

Sorted by risk (then age) or by age; filtered by status, source, language, category,
indicator and date. Claiming takes the riskiest unclaimed item matching the filter (or
the reviewer's current one) with a lease of `review.lease_minutes`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from starlette.responses import RedirectResponse, Response

from lurewatch.storage.browse import SORTS, queue_page
from lurewatch.storage.queue import CATEGORIES, claim_next
from review.deps import Reviewer, SessionUser, State, csrf_protect
from review.forms import PER_PAGE, STATUSES, QueueQuery, queue_query, queue_query_from_form
from review.public_text import GOOD_SIGNS, RED_FLAGS

router = APIRouter(include_in_schema=False)
NOTICES = {
    "empty": "Nothing left to claim with this filter.",
    "decided": "Decision saved.",
    "undone": "Your last decision was undone; the item is yours again.",
    "released": "Item released back to the queue.",
}
INDICATOR_NAMES = sorted({*RED_FLAGS, *GOOD_SIGNS})


def item_url(item_id: int, query: QueueQuery, notice: str | None = None) -> str:
    params = query.encoded()
    if notice:
        params = f"{params}&notice={notice}" if params else f"notice={notice}"
    return f"/items/{item_id}" + (f"?{params}" if params else "")


def next_item(state: State, user_id: int, query: QueueQuery, notice: str | None) -> Response:
    """Claim the next item for the reviewer and open it; back to the queue if none is left."""
    claim = claim_next(state.db, user_id, state.config.review.lease_minutes, query.filter(False))
    if claim is None:
        params = query.encoded()
        return RedirectResponse(
            f"/queue?{params + '&' if params else ''}notice=empty", status_code=303
        )
    return RedirectResponse(item_url(claim.item_id, query, notice), status_code=303)


@router.get("/queue")
def queue_view(request: Request, state: State, user: SessionUser) -> Response:
    query = queue_query(request.query_params)
    state.fresh_statistics()
    rows, total = queue_page(
        state.db, query.filter(), query.sort, PER_PAGE, (query.page - 1) * PER_PAGE
    )
    sources, langs = state.filter_options()
    return state.templates.render(
        request,
        "queue.html",
        {
            "rows": rows,
            "total": total,
            "q": query,
            "pages": max(1, -(-total // PER_PAGE)),
            "sources": sources,
            "langs": langs,
            "categories": CATEGORIES,
            "statuses": STATUSES,
            "sorts": SORTS,
            "indicator_names": INDICATOR_NAMES,
            "notice": NOTICES.get(request.query_params.get("notice", "")),
            "item_link": lambda item_id: item_url(item_id, query),
        },
    )


@router.post("/queue/next", dependencies=[Depends(csrf_protect)])
def claim_next_item(
    state: State, user: Reviewer, queue: Annotated[str, Form(max_length=2000)] = ""
) -> Response:
    return next_item(state, user.id, queue_query_from_form(queue), None)
