"""Export the review queue (flagged posts and decisions) as CSV or JSONL, with filters.

`redact=True` replaces the contacts the classifier found (phones, handles, links, emails)
with their kind, for partners who need the pattern but not the people.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from lurewatch.storage import Database
from lurewatch.storage.models import Decision, Post, ReviewItem, Score, Source, User

FIELDS = (
    "item_id",
    "post_id",
    "source",
    "external_id",
    "url",
    "author",
    "title",
    "text",
    "posted_at",
    "fetched_at",
    "lang",
    "risk",
    "category",
    "indicators",
    "model_version",
    "status",
    "verdict",
    "decided_category",
    "reason_code",
    "note",
    "decided_by",
    "decided_at",
)
STATUSES = ("open", "claimed", "decided")


@dataclass(frozen=True)
class ExportFilter:
    status: str | None = None
    verdict: str | None = None
    category: str | None = None
    lang: str | None = None
    source: str | None = None
    since: datetime | None = None
    min_risk: float | None = None
    limit: int | None = None


def redact_text(text: str, contacts: list[dict[str, Any]]) -> str:
    spans = sorted(
        (c for c in contacts if isinstance(c.get("start"), int) and isinstance(c.get("end"), int)),
        key=lambda c: c["start"],
        reverse=True,
    )
    for c in spans:
        if 0 <= c["start"] < c["end"] <= len(text):
            text = text[: c["start"]] + f"[{c.get('kind', 'contact')}]" + text[c["end"] :]
    return text


def _query(flt: ExportFilter) -> Select[*tuple[Any, ...]]:
    latest = aliased(Decision)
    stmt = (
        select(ReviewItem, Post, Source.name, Score, latest, User.username)
        .join(Post, Post.id == ReviewItem.post_id)
        .join(Source, Source.id == Post.source_id)
        .join(Score, Score.id == ReviewItem.score_id)
        .outerjoin(
            latest,
            (latest.item_id == ReviewItem.id)
            & (latest.undone_at.is_(None))
            & (
                latest.id
                == select(Decision.id)
                .where(Decision.item_id == ReviewItem.id, Decision.undone_at.is_(None))
                .order_by(Decision.id.desc())
                .limit(1)
                .correlate(ReviewItem)
                .scalar_subquery()
            ),
        )
        .outerjoin(User, User.id == latest.user_id)
        .order_by(ReviewItem.id)
    )
    if flt.status:
        stmt = stmt.where(ReviewItem.status == flt.status)
    if flt.verdict:
        stmt = stmt.where(ReviewItem.verdict == flt.verdict)
    if flt.category:
        stmt = stmt.where(Score.category == flt.category)
    if flt.lang:
        stmt = stmt.where(Score.lang == flt.lang)
    if flt.source:
        stmt = stmt.where(Source.name == flt.source)
    if flt.since:
        stmt = stmt.where(ReviewItem.queued_at >= flt.since)
    if flt.min_risk is not None:
        stmt = stmt.where(Score.risk >= flt.min_risk)
    if flt.limit:
        stmt = stmt.limit(flt.limit)
    return stmt


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def export_rows(db: Database, flt: ExportFilter, redact: bool = False) -> Iterator[dict[str, Any]]:
    with db.read() as session:
        for item, post, source, score, decision, username in session.execute(_query(flt)):
            result = score.result or {}
            text = redact_text(post.text, result.get("contacts", [])) if redact else post.text
            yield {
                "item_id": item.id,
                "post_id": post.id,
                "source": source,
                "external_id": post.external_id,
                "url": post.url,
                "author": None if redact else post.author,
                "title": post.title,
                "text": text,
                "posted_at": _iso(post.posted_at),
                "fetched_at": _iso(post.fetched_at),
                "lang": score.lang,
                "risk": round(score.risk, 4),
                "category": score.category,
                "indicators": sorted({i["name"] for i in result.get("indicators", [])}),
                "model_version": score.model_version,
                "status": item.status,
                "verdict": decision.verdict if decision else None,
                "decided_category": decision.category if decision else None,
                "reason_code": decision.reason_code if decision else None,
                "note": decision.note if decision else None,
                "decided_by": username,
                "decided_at": _iso(decision.created_at) if decision else None,
            }


def write_export(rows: Iterator[dict[str, Any]], fmt: str, out: IO[str]) -> int:
    count = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    for row in rows:
        row = dict(row, indicators=";".join(row["indicators"]))
        writer.writerow({k: _csv_safe(v) for k, v in row.items()})
        count += 1
    return count


def _csv_safe(value: Any) -> Any:
    """Crawled text is hostile: a cell starting with = + - @ would run as a spreadsheet
    formula in the partner's Excel, so it is prefixed with an apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
