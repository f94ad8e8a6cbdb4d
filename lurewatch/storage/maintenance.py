"""Keeping the query planner informed. The queue's filters start from the smaller side
(scores of one language, posts with one red flag) only when the planner knows the table
sizes, which SQLite learns from ANALYZE; PostgreSQL's autovacuum does it on its own."""

from __future__ import annotations

from sqlalchemy import text

from lurewatch.storage.database import Database


def refresh_statistics(db: Database) -> None:
    """Update the planner's statistics (cheap: SQLite samples at most 1,000 rows an index).
    The review app calls it at start-up; the pipeline may call it after queueing."""
    with db.write() as session:
        if db.is_sqlite:
            session.execute(text("PRAGMA analysis_limit = 1000"))
            session.execute(text("ANALYZE"))
        else:
            session.execute(
                text("ANALYZE posts, scores, review_items, post_indicators, post_contacts")
            )
