"""The database schema (SQLAlchemy 2 typed models). Alembic migrations build it.

Change a model only together with a new migration under `migrations/versions/`; a test
checks that the migrations and these models agree.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


JSONType = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSONType,
    }


class Source(Base):
    """A configured source as the database knows it: incremental state and health."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    type: Mapped[str] = mapped_column(String(32))
    state: Mapped[dict[str, Any]] = mapped_column(default=dict)
    consecutive_failures: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_run_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CrawlRun(Base):
    __tablename__ = "crawl_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    # running | ok | failed | interrupted (found still "running" by a later run)
    status: Mapped[str] = mapped_column(String(16), default="running")
    pages: Mapped[int] = mapped_column(default=0)
    items_seen: Mapped[int] = mapped_column(default=0)
    posts_stored: Mapped[int] = mapped_column(default=0)
    duplicates: Mapped[int] = mapped_column(default=0)
    dropped: Mapped[int] = mapped_column(default=0)
    errors: Mapped[int] = mapped_column(default=0)
    stats: Mapped[dict[str, Any]] = mapped_column(default=dict)
    error: Mapped[str | None] = mapped_column(Text)


class Post(Base):
    __tablename__ = "posts"
    __table_args__ = (
        UniqueConstraint("source_id", "external_id", name="uq_posts_source_external"),
        # "Same text already in this source?" on every stored batch: without it the
        # planner walks the source's rows and inserts slow down as the table grows.
        Index("ix_posts_source_hash", "source_id", "content_hash"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    external_id: Mapped[str] = mapped_column(String(255))
    url: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(255))
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    lang_hint: Mapped[str | None] = mapped_column(String(16))
    posted_at: Mapped[datetime | None]
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))


class Score(Base):
    __tablename__ = "scores"
    __table_args__ = (
        UniqueConstraint("post_id", "model_version", name="uq_scores_post_model"),
        Index("ix_scores_model_risk", "model_version", "risk"),
        Index("ix_scores_lang", "lang"),  # queue filters
        Index("ix_scores_category", "category"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), index=True)
    model_version: Mapped[str] = mapped_column(String(64))
    risk: Mapped[float] = mapped_column(Float)
    category: Mapped[str] = mapped_column(String(32))
    lang: Mapped[str] = mapped_column(String(16))
    flagged: Mapped[bool] = mapped_column(Boolean)
    # The classifier's full result as one JSON document (indicators, contacts, explanation).
    result: Mapped[dict[str, Any]] = mapped_column(default=dict)
    scored_at: Mapped[datetime] = mapped_column(default=utcnow)


class PostContact(Base):
    """Contacts of queued posts only, indexed so reviewers see other posts sharing one."""

    __tablename__ = "post_contacts"
    __table_args__ = (
        UniqueConstraint("post_id", "kind", "value", name="uq_post_contacts"),
        Index("ix_post_contacts_value", "kind", "value"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(String(255))


class PostIndicator(Base):
    """Red flags of queued posts only (names from the classifier's result), indexed so the
    queue can be filtered by indicator and the dashboard can count them."""

    __tablename__ = "post_indicators"
    __table_args__ = (
        UniqueConstraint("post_id", "name", name="uq_post_indicators"),
        Index("ix_post_indicators_name", "name", "post_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"))
    name: Mapped[str] = mapped_column(String(64))


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))  # admin | reviewer | viewer
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None]


class ApiToken(Base):
    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 hex
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None]
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class ReviewItem(Base):
    __tablename__ = "review_items"
    __table_args__ = (
        Index("ix_review_items_queue", "status", "priority", "queued_at"),
        Index("ix_review_items_age", "status", "queued_at", "id"),  # the queue sorted by age
        Index("ix_review_items_score", "score_id"),  # filters that start from scores
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), unique=True)
    score_id: Mapped[int] = mapped_column(ForeignKey("scores.id"))
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | claimed | decided
    priority: Mapped[float] = mapped_column(Float)  # the risk at queueing time
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    lease_expires_at: Mapped[datetime | None]
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None]
    verdict: Mapped[str | None] = mapped_column(String(16))  # latest decision, denormalised
    category: Mapped[str | None] = mapped_column(String(32))


class Decision(Base):
    __tablename__ = "decisions"
    # a reviewer's latest decision (undo) without scanning everyone's
    __table_args__ = (Index("ix_decisions_user", "user_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("review_items.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    verdict: Mapped[str] = mapped_column(String(16))  # confirmed | not_fraud | escalate | unsure
    category: Mapped[str | None] = mapped_column(String(32))
    reason_code: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    undone_at: Mapped[datetime | None]


class AuditEntry(Base):
    """Append-only: database triggers refuse UPDATE and DELETE on this table."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_object", "object_type", "object_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    object_type: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSONType)


class PublicCheck(Base):
    """Text pasted into the public check page, kept only if the deployment turns it on."""

    __tablename__ = "public_checks"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(16))
    risk: Mapped[float] = mapped_column(Float)
    category: Mapped[str] = mapped_column(String(32))


class Setting(Base):
    """A runtime override an admin set in the review app (flag threshold, a source on or
    off). Keys: `scoring.threshold`, `sources.<name>.enabled`; see storage/settings.py."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSONType)  # {"value": ...}
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64))
