"""The dashboard, the audit log and exports (CSV/JSONL, the same files as `lurewatch
export`). Every export is itself audited: who took which rows, with which filter."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import IO

from fastapi import APIRouter, Request
from starlette.responses import Response, StreamingResponse

from lurewatch.pipeline.export import STATUSES, export_rows, write_export
from lurewatch.storage import Database
from lurewatch.storage.audit import record_event
from lurewatch.storage.queue import CATEGORIES, VERDICTS
from lurewatch.storage.stats import AUDIT_ACTIONS, audit_page, dashboard
from review.charts import bar_chart
from review.deps import SessionUser, State
from review.forms import ExportQuery, export_query, int_param, text_param

router = APIRouter(include_in_schema=False)
AUDIT_PAGE = 100
CHUNK = 64 * 1024
MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8"}


@router.get("/dashboard")
def dashboard_view(request: Request, state: State, user: SessionUser) -> Response:
    figures = dashboard(state.db)
    chart = bar_chart(figures.flagged_per_day, "Flagged posts per day (by post date)")
    return state.templates.render(
        request,
        "dashboard.html",
        {"d": figures, "chart": chart, "threshold": state.threshold()},
    )


@router.get("/audit")
def audit_view(request: Request, state: State, user: SessionUser) -> Response:
    params = request.query_params
    page = int_param(params, "page", 1, 1, 1_000_000)
    filters = {
        "actor": text_param(params, "actor"),
        "action": text_param(params, "action"),
        "object_type": text_param(params, "object_type", 32),
        "object_id": text_param(params, "object_id"),
    }
    rows, total = audit_page(state.db, **filters, limit=AUDIT_PAGE, offset=(page - 1) * AUDIT_PAGE)
    return state.templates.render(
        request,
        "audit.html",
        {
            "rows": rows,
            "total": total,
            "page": page,
            "pages": max(1, -(-total // AUDIT_PAGE)),
            "filters": filters,
            "actions": AUDIT_ACTIONS,
        },
    )


@router.get("/export")
def export_form(request: Request, state: State, user: SessionUser) -> Response:
    sources, langs = state.filter_options()
    return state.templates.render(
        request,
        "export.html",
        {
            "sources": sources,
            "langs": langs,
            "statuses": STATUSES,
            "verdicts": VERDICTS,
            "categories": CATEGORIES,
        },
    )


def export_file(db: Database, query: ExportQuery, actor: str) -> tuple[IO[str], int]:
    """Write the export to a spooled temporary file (memory up to 8 MB, then disk) with
    the pipeline's writer, which guards CSV cells against formula injection."""
    spool: IO[str] = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed by the stream
        max_size=8 * 1024 * 1024, mode="w+", encoding="utf-8", newline=""
    )
    count = write_export(export_rows(db, query.filter, redact=query.redact), query.fmt, spool)
    spool.seek(0)
    flt = {
        k: v.isoformat() if isinstance(v, datetime) else v
        for k, v in vars(query.filter).items()
        if v is not None
    }
    record_event(
        db,
        actor,
        "export",
        "review_items",
        "export",
        after={"format": query.fmt, "redact": query.redact, "rows": count, "filter": flt},
    )
    return spool, count


def stream_export(spool: IO[str], fmt: str) -> StreamingResponse:
    def chunks() -> Iterator[bytes]:
        with spool:
            while block := spool.read(CHUNK):
                yield block.encode("utf-8")

    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return StreamingResponse(
        chunks(),
        media_type=MEDIA[fmt],
        headers={"Content-Disposition": f'attachment; filename="lurewatch-{stamp}.{fmt}"'},
    )


@router.get("/export/download")
def export_download(request: Request, state: State, user: SessionUser) -> Response:
    query = export_query(request.query_params)
    spool, _ = export_file(state.db, query, f"user:{user.id}")
    return stream_export(spool, query.fmt)
