"""Scores: which posts still need one, saving results, queueing the flagged ones."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from lurewatch.storage.audit import record
from lurewatch.storage.database import Database
from lurewatch.storage.models import Post, PostContact, PostIndicator, ReviewItem, Score


@dataclass(frozen=True)
class PendingPost:
    id: int
    text: str
    lang_hint: str | None


@dataclass(frozen=True)
class ScoreRecord:
    """One classifier result for one post; `result` is the classifier's own JSON."""

    post_id: int
    model_version: str
    risk: float
    category: str
    lang: str
    flagged: bool
    result: dict[str, Any]


def posts_to_score(
    db: Database, model_version: str, after_id: int = 0, limit: int = 256
) -> list[PendingPost]:
    """Posts with no score for this model version, oldest id first, after `after_id`."""
    with db.read() as session:
        rows = session.execute(
            select(Post.id, Post.text, Post.lang_hint)
            .outerjoin(Score, and_(Score.post_id == Post.id, Score.model_version == model_version))
            .where(Score.id.is_(None), Post.id > after_id)
            .order_by(Post.id)
            .limit(limit)
        ).all()
    return [PendingPost(id=r.id, text=r.text, lang_hint=r.lang_hint) for r in rows]


def count_unscored(db: Database, model_version: str) -> int:
    from sqlalchemy import func

    with db.read() as session:
        return int(
            session.scalar(
                select(func.count(Post.id))
                .outerjoin(
                    Score, and_(Score.post_id == Post.id, Score.model_version == model_version)
                )
                .where(Score.id.is_(None))
            )
            or 0
        )


def _upsert_ignore(
    session: Session, model: Any, rows: list[dict[str, Any]], keys: list[str]
) -> int:
    if not rows:
        return 0
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(model).on_conflict_do_nothing(index_elements=keys).returning(model.id)
    return len(session.scalars(stmt, rows).all())


def save_scores(db: Database, records: list[ScoreRecord]) -> int:
    """Store scores; a post already scored by this model version keeps its first score."""
    rows = [
        {
            "post_id": r.post_id,
            "model_version": r.model_version,
            "risk": r.risk,
            "category": r.category,
            "lang": r.lang,
            "flagged": r.flagged,
            "result": r.result,
        }
        for r in records
    ]
    with db.write() as session:
        return _upsert_ignore(session, Score, rows, ["post_id", "model_version"])


def indicator_rows(candidates: Any) -> list[dict[str, Any]]:
    """(post_id, indicator name) once per post, from rows with `post_id` and `result`."""
    rows: dict[tuple[int, str], dict[str, Any]] = {}
    for c in candidates:
        for found in (c.result or {}).get("indicators") or []:
            name = str(found.get("name") or "")[:64] if isinstance(found, dict) else ""
            if name:
                rows[(c.post_id, name)] = {"post_id": c.post_id, "name": name}
    return list(rows.values())


def enqueue_flagged(db: Database, model_version: str, threshold: float) -> int:
    """Put every post whose score reaches the threshold into the review queue, once.

    Contacts of queued posts are indexed here (and only here), so that reviewers can see
    other flagged posts sharing a phone or handle; unflagged posts' contacts stay unindexed.
    So are the names of their red flags, for the queue's indicator filter.
    """
    with db.write() as session:
        candidates = session.execute(
            select(Score.id, Score.post_id, Score.risk, Score.result)
            .outerjoin(ReviewItem, ReviewItem.post_id == Score.post_id)
            .where(
                Score.model_version == model_version,
                Score.risk >= threshold,
                ReviewItem.id.is_(None),
            )
            .order_by(Score.id)
        ).all()
        items = [
            {"post_id": c.post_id, "score_id": c.id, "priority": c.risk, "status": "open"}
            for c in candidates
        ]
        added = _upsert_ignore(session, ReviewItem, items, ["post_id"])
        contacts = [
            {"post_id": c.post_id, "kind": str(ct["kind"])[:32], "value": str(ct["value"])[:255]}
            for c in candidates
            for ct in (c.result or {}).get("contacts", [])
            if ct.get("kind") and ct.get("value")
        ]
        _upsert_ignore(session, PostContact, contacts, ["post_id", "kind", "value"])
        _upsert_ignore(session, PostIndicator, indicator_rows(candidates), ["post_id", "name"])
        if added:
            record(
                session,
                "system",
                "queue.add",
                "review_items",
                "batch",
                after={"added": added, "model_version": model_version, "threshold": threshold},
            )
        return added
