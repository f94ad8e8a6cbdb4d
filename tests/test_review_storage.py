"""Storage added for the review app, on SQLite and PostgreSQL: migration 0002 (indicators
of posts queued before it), the indicator and date filters, overrides, statistics."""

from __future__ import annotations

from datetime import timedelta

from alembic import command
from sqlalchemy import select

from lurewatch.storage import (
    Database,
    NewPost,
    ScoreRecord,
    enqueue_flagged,
    ensure_source,
    insert_posts,
    posts_to_score,
    save_scores,
)
from lurewatch.storage.browse import queue_page
from lurewatch.storage.maintenance import refresh_statistics
from lurewatch.storage.models import PostIndicator, ReviewItem, utcnow
from lurewatch.storage.queue import QueueFilter, claim_next
from lurewatch.storage.stats import dashboard
from lurewatch.storage.users import create_user


def _scores(db: Database, names_of: list[list[str]]) -> None:
    source = ensure_source(db, "tg", "telegram")
    insert_posts(db, source, [NewPost(f"p{i}", f"post {i}") for i in range(len(names_of))])
    pending = posts_to_score(db, "m")
    save_scores(
        db,
        [
            ScoreRecord(
                p.id,
                "m",
                0.9 - i / 100,
                "job_scam",
                "en",
                True,
                {"indicators": [{"name": n, "start": 0, "end": 1} for n in names]},
            )
            for i, (p, names) in enumerate(zip(pending, names_of, strict=True))
        ],
    )


def test_migration_0002_indexes_indicators_of_queued_posts(any_url: str) -> None:
    db = Database(any_url)
    if db.sqlite_path is not None:
        db.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
    with db.engine.begin() as conn:
        command.upgrade(db._alembic(conn), "0001")
    _scores(db, [["urgency", "travel_paid"], ["urgency", "urgency"], []])
    with db.write() as session:  # queued the way 0001's enqueue did: no indicator rows
        for post_id in (1, 2, 3):
            session.add(ReviewItem(post_id=post_id, score_id=post_id, priority=0.9, status="open"))
    db.upgrade()
    with db.read() as session:
        rows = session.execute(
            select(PostIndicator.post_id, PostIndicator.name).order_by(
                PostIndicator.post_id, PostIndicator.name
            )
        ).all()
    assert [tuple(r) for r in rows] == [(1, "travel_paid"), (1, "urgency"), (2, "urgency")]
    db.dispose()


def test_indicator_and_date_filters(db: Database) -> None:
    _scores(db, [["urgency"], ["travel_paid"], ["urgency", "tourist_visa"]])
    assert enqueue_flagged(db, "m", 0.5) == 3
    urgent, total = queue_page(db, QueueFilter(status="open", indicator="urgency"))
    assert total == 2 and [r.post_id for r in urgent] == [1, 3]
    assert urgent[1].indicators == ["tourist_visa", "urgency"]
    tomorrow = utcnow() + timedelta(days=1)
    assert queue_page(db, QueueFilter(since=tomorrow))[1] == 0
    assert queue_page(db, QueueFilter(until=tomorrow))[1] == 3
    user = create_user(db, "r", "x", "reviewer", "test")
    claim = claim_next(db, user, 15, QueueFilter(indicator="travel_paid"))
    assert claim is not None and claim.post_id == 2
    figures = dashboard(db)
    assert figures.top_indicators == [("urgency", 2), ("tourist_visa", 1), ("travel_paid", 1)]
    refresh_statistics(db)  # runs on both backends
    assert queue_page(db, QueueFilter(status="open", indicator="urgency"))[1] == 2
