"""Read-only views of the review queue for the web app and its API: queue pages, one item
with its history, and the other posts that share a contact or the same text.

Results are plain dataclasses (no ORM objects escape a session). Queue pages pick the
page's item ids first (with the filter, the order and the index) and only then load
those rows' details, so a page costs the same at 100 or 100,000 queued items.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select

from lurewatch.storage.database import Database
from lurewatch.storage.models import (
    Decision,
    Post,
    PostContact,
    ReviewItem,
    Score,
    Source,
    User,
)
from lurewatch.storage.queue import QueueFilter, apply_filter

SORTS = ("risk", "oldest", "newest")
SNIPPET = 240


@dataclass(frozen=True)
class QueueRow:
    item_id: int
    post_id: int
    status: str
    risk: float
    queued_at: datetime
    source: str
    lang: str
    category: str
    title: str | None
    snippet: str
    indicators: list[str]
    claimed_by: str | None
    lease_expires_at: datetime | None
    verdict: str | None


@dataclass(frozen=True)
class DecisionRow:
    id: int
    item_id: int
    post_id: int
    username: str
    verdict: str
    category: str | None
    reason_code: str
    note: str | None
    created_at: datetime
    undone_at: datetime | None


@dataclass(frozen=True)
class ItemDetail:
    item_id: int
    status: str
    priority: float
    queued_at: datetime
    claimed_by: int | None
    claimed_by_name: str | None
    lease_expires_at: datetime | None
    verdict: str | None
    decided_category: str | None
    post_id: int
    external_id: str
    url: str | None
    author: str | None
    title: str | None
    text: str
    posted_at: datetime | None
    fetched_at: datetime
    content_hash: str
    source: str
    risk: float
    category: str
    lang: str
    model_version: str
    result: dict[str, Any]
    decisions: list[DecisionRow] = field(default_factory=list)


@dataclass(frozen=True)
class RelatedPost:
    post_id: int
    item_id: int | None
    source: str
    snippet: str
    status: str | None
    verdict: str | None
    shared: str  # "telegram: agent1" or "same text"


def _order(stmt: Select[Any], sort: str) -> Select[Any]:
    if sort == "oldest":
        return stmt.order_by(ReviewItem.queued_at, ReviewItem.id)
    if sort == "newest":
        return stmt.order_by(ReviewItem.queued_at.desc(), ReviewItem.id.desc())
    return stmt.order_by(ReviewItem.priority.desc(), ReviewItem.queued_at, ReviewItem.id)


def queue_page(
    db: Database, flt: QueueFilter, sort: str = "risk", limit: int = 50, offset: int = 0
) -> tuple[list[QueueRow], int]:
    """One page of the queue and the number of items matching the filter."""
    with db.read() as session:
        total = session.scalar(apply_filter(select(func.count(ReviewItem.id)), flt)) or 0
        ids_stmt = _order(apply_filter(select(ReviewItem.id), flt), sort)
        ids = list(session.scalars(ids_stmt.limit(limit).offset(offset)))
        if not ids:
            return [], total
        rows = session.execute(
            select(
                ReviewItem,
                Source.name,
                Score.lang,
                Score.category,
                Score.result,
                Post.title,
                func.substr(Post.text, 1, SNIPPET),
                User.username,
            )
            .join(Post, Post.id == ReviewItem.post_id)
            .join(Source, Source.id == Post.source_id)
            .join(Score, Score.id == ReviewItem.score_id)
            .outerjoin(User, User.id == ReviewItem.claimed_by)
            .where(ReviewItem.id.in_(ids))
        ).all()
    by_id = {row[0].id: row for row in rows}
    out = []
    for item_id in ids:
        item, source, lang, category, result, title, snippet, username = by_id[item_id]
        names = {str(i.get("name")) for i in (result or {}).get("indicators", []) if i}
        out.append(
            QueueRow(
                item_id=item.id,
                post_id=item.post_id,
                status=item.status,
                risk=item.priority,
                queued_at=item.queued_at,
                source=source,
                lang=lang,
                category=category,
                title=title,
                snippet=snippet or "",
                indicators=sorted(names),
                claimed_by=username if item.status != "open" else None,
                lease_expires_at=item.lease_expires_at,
                verdict=item.verdict,
            )
        )
    return out, total


def queue_sources_and_langs(db: Database) -> tuple[list[str], list[str]]:
    """The values the queue's source and language filters offer."""
    with db.read() as session:
        sources = list(session.scalars(select(Source.name).order_by(Source.name)))
        langs = list(session.scalars(select(Score.lang).distinct().order_by(Score.lang)))
    return sources, langs


def _decision_rows(session: Any, stmt: Select[Decision, int, str]) -> list[DecisionRow]:
    return [
        DecisionRow(
            id=d.id,
            item_id=d.item_id,
            post_id=post_id,
            username=username or f"user {d.user_id}",
            verdict=d.verdict,
            category=d.category,
            reason_code=d.reason_code,
            note=d.note,
            created_at=d.created_at,
            undone_at=d.undone_at,
        )
        for d, post_id, username in session.execute(stmt)
    ]


def _decisions_select() -> Select[Decision, int, str]:
    return (
        select(Decision, ReviewItem.post_id, User.username)
        .join(ReviewItem, ReviewItem.id == Decision.item_id)
        .outerjoin(User, User.id == Decision.user_id)
    )


def item_detail(db: Database, item_id: int) -> ItemDetail | None:
    with db.read() as session:
        row = session.execute(
            select(ReviewItem, Post, Source.name, Score, User.username)
            .join(Post, Post.id == ReviewItem.post_id)
            .join(Source, Source.id == Post.source_id)
            .join(Score, Score.id == ReviewItem.score_id)
            .outerjoin(User, User.id == ReviewItem.claimed_by)
            .where(ReviewItem.id == item_id)
        ).first()
        if row is None:
            return None
        item, post, source, score, username = row
        decisions = _decision_rows(
            session, _decisions_select().where(Decision.item_id == item_id).order_by(Decision.id)
        )
    return ItemDetail(
        item_id=item.id,
        status=item.status,
        priority=item.priority,
        queued_at=item.queued_at,
        claimed_by=item.claimed_by,
        claimed_by_name=username,
        lease_expires_at=item.lease_expires_at,
        verdict=item.verdict,
        decided_category=item.category,
        post_id=post.id,
        external_id=post.external_id,
        url=post.url,
        author=post.author,
        title=post.title,
        text=post.text,
        posted_at=post.posted_at,
        fetched_at=post.fetched_at,
        content_hash=post.content_hash,
        source=source,
        risk=score.risk,
        category=score.category,
        lang=score.lang,
        model_version=score.model_version,
        result=dict(score.result or {}),
        decisions=decisions,
    )


def related_posts(
    db: Database, post_id: int, content_hash: str, limit: int = 20
) -> tuple[list[RelatedPost], list[RelatedPost]]:
    """Other queued posts sharing a contact with this one, and other posts with the same
    text (reposts), each with its queue status and latest verdict."""
    mine = select(PostContact.kind, PostContact.value).where(PostContact.post_id == post_id)
    with db.read() as session:
        contacts = session.execute(mine).all()
        by_contact: list[RelatedPost] = []
        seen: set[int] = set()
        for kind, value in contacts:
            rows = session.execute(
                _related_select()
                .join(PostContact, PostContact.post_id == Post.id)
                .where(
                    PostContact.kind == kind,
                    PostContact.value == value,
                    Post.id != post_id,
                )
                .order_by(Post.id.desc())
                .limit(limit)
            ).all()
            for row in rows:
                if row.id not in seen and len(by_contact) < limit:
                    seen.add(row.id)
                    by_contact.append(_related(row, f"{kind}: {value}"))
        same = session.execute(
            _related_select()
            .where(Post.content_hash == content_hash, Post.id != post_id)
            .order_by(Post.id.desc())
            .limit(limit)
        ).all()
    return by_contact, [_related(row, "same text") for row in same]


def _related_select() -> Select[Any]:
    return (
        select(
            Post.id,
            ReviewItem.id.label("item_id"),
            Source.name,
            func.substr(Post.text, 1, 160).label("snippet"),
            ReviewItem.status,
            ReviewItem.verdict,
        )
        .join(Source, Source.id == Post.source_id)
        .outerjoin(ReviewItem, ReviewItem.post_id == Post.id)
    )


def _related(row: Any, shared: str) -> RelatedPost:
    return RelatedPost(
        row.id, row.item_id, row.name, row.snippet or "", row.status, row.verdict, shared
    )


def decisions_since(
    db: Database, after_id: int = 0, limit: int = 100, verdict: str | None = None
) -> list[DecisionRow]:
    """Decisions in the order they were made (undone ones included, marked), for the API."""
    stmt = _decisions_select().where(Decision.id > after_id)
    if verdict:
        stmt = stmt.where(Decision.verdict == verdict)
    with db.read() as session:
        return _decision_rows(session, stmt.order_by(Decision.id).limit(limit))
