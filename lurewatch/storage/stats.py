"""Read-only figures for the review app: the dashboard's counts and the audit log's pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from lurewatch.storage.database import Database
from lurewatch.storage.models import (
    AuditEntry,
    Decision,
    Post,
    PostIndicator,
    ReviewItem,
    Score,
    Source,
    User,
)


@dataclass
class Dashboard:
    total: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    by_verdict: dict[str, int] = field(default_factory=dict)
    by_source: list[tuple[str, int]] = field(default_factory=list)
    by_lang: list[tuple[str, int]] = field(default_factory=list)
    by_category: list[tuple[str, int]] = field(default_factory=list)
    confirmed_by_category: list[tuple[str, int]] = field(default_factory=list)
    queued_per_day: list[tuple[str, int]] = field(default_factory=list)
    decided_per_day: list[tuple[str, int]] = field(default_factory=list)
    flagged_per_day: list[tuple[str, int]] = field(default_factory=list)  # by post date
    top_indicators: list[tuple[str, int]] = field(default_factory=list)


def _day(value: Any) -> str:
    # SQLite's date() gives 'YYYY-MM-DD'; PostgreSQL's gives a date
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _pairs(rows: Any) -> list[tuple[str, int]]:
    return [(str(key), int(n)) for key, n in rows if key is not None]


def dashboard(db: Database, days: int = 30) -> Dashboard:
    """Counts over the whole queue; the per-day series cover the last `days` days that
    have any activity."""
    count = func.count(ReviewItem.id)
    out = Dashboard()
    with db.read() as session:
        out.by_status = dict(
            _pairs(session.execute(select(ReviewItem.status, count).group_by(ReviewItem.status)))
        )
        out.total = sum(out.by_status.values())
        out.by_verdict = dict(
            _pairs(
                session.execute(
                    select(ReviewItem.verdict, count)
                    .where(ReviewItem.status == "decided")
                    .group_by(ReviewItem.verdict)
                )
            )
        )
        out.by_source = _pairs(
            session.execute(
                select(Source.name, count)
                .join(Post, Post.id == ReviewItem.post_id)
                .join(Source, Source.id == Post.source_id)
                .group_by(Source.name)
                .order_by(count.desc(), Source.name)
            )
        )
        with_score = select(ReviewItem).join(Score, Score.id == ReviewItem.score_id)
        for attr, column in (("by_lang", Score.lang), ("by_category", Score.category)):
            rows = session.execute(
                with_score.with_only_columns(column, count)
                .group_by(column)
                .order_by(count.desc(), column)
            )
            setattr(out, attr, _pairs(rows))
        out.confirmed_by_category = _pairs(
            session.execute(
                select(ReviewItem.category, count)
                .where(ReviewItem.verdict == "confirmed")
                .group_by(ReviewItem.category)
                .order_by(count.desc())
            )
        )
        queued_day = func.date(ReviewItem.queued_at)
        out.queued_per_day = _recent(
            session.execute(select(queued_day, count).group_by(queued_day)), days
        )
        decided_day = func.date(Decision.created_at)
        out.decided_per_day = _recent(
            session.execute(
                select(decided_day, func.count(Decision.id))
                .where(Decision.undone_at.is_(None))
                .group_by(decided_day)
            ),
            days,
        )
        post_day = func.date(func.coalesce(Post.posted_at, Post.fetched_at))
        out.flagged_per_day = _recent(
            session.execute(
                select(post_day, count).join(Post, Post.id == ReviewItem.post_id).group_by(post_day)
            ),
            days,
        )
        flagged = func.count(PostIndicator.post_id)
        out.top_indicators = _pairs(
            session.execute(
                select(PostIndicator.name, flagged)
                .group_by(PostIndicator.name)
                .order_by(flagged.desc(), PostIndicator.name)
                .limit(15)
            )
        )
    return out


def _recent(rows: Any, days: int) -> list[tuple[str, int]]:
    pairs = sorted((_day(day), int(n)) for day, n in rows if day is not None)
    return pairs[-days:]


# --- the audit log ---------------------------------------------------------------------


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    actor_name: str  # "alice" for "user:3"
    action: str
    object_type: str
    object_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def audit_page(
    db: Database,
    *,
    actor: str | None = None,
    action: str | None = None,
    object_type: str | None = None,
    object_id: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> tuple[list[AuditRow], int]:
    """Newest first. `actor` is a username or a raw actor ("cli", "system", "user:3")."""
    stmt = select(AuditEntry)
    with db.read() as session:
        if actor:
            user_id = session.scalar(select(User.id).where(User.username == actor))
            stmt = stmt.where(AuditEntry.actor == (f"user:{user_id}" if user_id else actor))
        if action:
            stmt = stmt.where(AuditEntry.action == action)
        if object_type:
            stmt = stmt.where(AuditEntry.object_type == object_type)
        if object_id:
            stmt = stmt.where(AuditEntry.object_id == object_id)
        total = session.scalar(stmt.with_only_columns(func.count(AuditEntry.id))) or 0
        entries = list(
            session.scalars(stmt.order_by(AuditEntry.id.desc()).limit(limit).offset(offset))
        )
        ids = {
            int(e.actor[5:])
            for e in entries
            if e.actor.startswith("user:") and e.actor[5:].isdigit()
        }
        names = dict(session.execute(select(User.id, User.username).where(User.id.in_(ids))).all())
    rows = []
    for e in entries:
        name = e.actor
        if e.actor.startswith("user:") and e.actor[5:].isdigit():
            name = names.get(int(e.actor[5:]), e.actor)
        rows.append(
            AuditRow(
                e.id, e.at, e.actor, name, e.action, e.object_type, e.object_id, e.before, e.after
            )
        )
    return rows, total


# What the storage layer records, for the audit view's suggestions (the log itself is far
# too large to ask for its distinct actions on every page view).
AUDIT_ACTIONS = (
    "auth.login",
    "decision.add",
    "decision.undo",
    "export",
    "queue.add",
    "queue.claim",
    "queue.release",
    "settings.clear",
    "settings.set",
    "token.add",
    "token.revoke",
    "user.activate",
    "user.add",
    "user.deactivate",
    "user.password",
    "user.role",
)
