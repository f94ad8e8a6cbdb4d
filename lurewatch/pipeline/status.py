"""`status`: last runs per source, failing sources, counts and the scoring backlog."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from lurewatch.config import Config
from lurewatch.storage import Database, count_unscored
from lurewatch.storage.models import CrawlRun, Post, ReviewItem, Score, Source
from lurewatch.storage.settings import get_overrides


@dataclass
class SourceStatus:
    name: str
    type: str
    enabled: bool
    last_run_at: datetime | None
    last_status: str | None
    last_new_posts: int
    posts: int
    consecutive_failures: int
    failing: bool
    last_error: str | None


@dataclass
class Status:
    sources: list[SourceStatus] = field(default_factory=list)
    posts: int = 0
    scored: int = 0
    flagged: int = 0
    unscored: int = 0
    queue: dict[str, int] = field(default_factory=dict)
    model_version: str = ""


def gather_status(config: Config, db: Database, model_version: str) -> Status:
    db.require_current()
    status = Status(model_version=model_version)
    configured = {s.name: s for s in config.sources}
    overrides = get_overrides(db).sources
    with db.read() as session:
        per_source = dict(
            session.execute(select(Post.source_id, func.count()).group_by(Post.source_id)).all()
        )
        for source in session.scalars(select(Source).order_by(Source.name)):
            run = session.scalar(
                select(CrawlRun)
                .where(CrawlRun.source_id == source.id)
                .order_by(CrawlRun.id.desc())
                .limit(1)
            )
            cfg = configured.get(source.name)
            status.sources.append(
                SourceStatus(
                    name=source.name,
                    type=source.type,
                    enabled=overrides.get(source.name, cfg.enabled) if cfg else False,
                    last_run_at=run.started_at if run else None,
                    last_status=run.status if run else None,
                    last_new_posts=run.posts_stored if run else 0,
                    posts=per_source.get(source.id, 0),
                    consecutive_failures=source.consecutive_failures,
                    failing=source.consecutive_failures >= config.crawl.failure_alert_after,
                    last_error=source.last_error,
                )
            )
        known = {s.name for s in status.sources}
        for name, cfg in configured.items():
            if name not in known:
                status.sources.append(
                    SourceStatus(name, cfg.type, cfg.enabled, None, None, 0, 0, 0, False, None)
                )
        status.posts = session.scalar(select(func.count(Post.id))) or 0
        scores = select(func.count(Score.id)).where(Score.model_version == model_version)
        status.scored = session.scalar(scores) or 0
        status.flagged = session.scalar(scores.where(Score.flagged.is_(True))) or 0
        status.queue = dict(
            session.execute(
                select(ReviewItem.status, func.count()).group_by(ReviewItem.status)
            ).all()
        )
    status.unscored = count_unscored(db, model_version)
    return status
