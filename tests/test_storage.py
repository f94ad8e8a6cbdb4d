"""Storage on SQLite and PostgreSQL: migrations, the write path, the audit log."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.exc import DBAPIError

from lurewatch.errors import StorageError
from lurewatch.storage import (
    Database,
    NewPost,
    RunCounts,
    ScoreRecord,
    content_hash,
    ensure_source,
    finish_run,
    get_state,
    insert_posts,
    posts_to_score,
    save_scores,
    set_state,
    start_run,
)
from lurewatch.storage.models import AuditEntry, Base, CrawlRun, Post, Source

TABLES = {
    "sources",
    "crawl_runs",
    "posts",
    "scores",
    "post_contacts",
    "users",
    "api_tokens",
    "review_items",
    "decisions",
    "audit_log",
    "public_checks",
    "alembic_version",
    "settings",
    "post_indicators",
}


def test_migrations_up_from_empty(any_url: str) -> None:
    db = Database(any_url)
    assert db.current_revision() is None
    before, after = db.upgrade()
    assert before is None and after == db.head_revision() == db.current_revision()
    assert set(inspect(db.engine).get_table_names()) == TABLES
    db.require_current()
    assert db.upgrade() == (after, after)  # idempotent
    db.dispose()


def test_migrations_match_models(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_missing_or_foreign_database_is_refused(tmp_path: Path) -> None:
    missing = Database(f"sqlite:///{tmp_path / 'none.db'}")
    with pytest.raises(StorageError, match="lurewatch init"):
        missing.require_current()
    assert not (tmp_path / "none.db").exists()  # checking never creates the file
    foreign = tmp_path / "foreign.db"
    engine = create_engine(f"sqlite:///{foreign}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE posts (id INTEGER PRIMARY KEY, body TEXT)"))
        conn.execute(text("INSERT INTO posts (body) VALUES ('keep me')"))
    engine.dispose()
    with pytest.raises(StorageError, match="refusing to touch it"):
        Database(f"sqlite:///{foreign}").upgrade()
    engine = create_engine(f"sqlite:///{foreign}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT body FROM posts")).scalar() == "keep me"
    engine.dispose()


def test_unreachable_postgres_is_one_clear_error() -> None:
    db = Database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    with pytest.raises(StorageError, match="cannot open database"):
        db.require_current()


def _posts(n: int, prefix: str = "p") -> list[NewPost]:
    return [NewPost(external_id=f"{prefix}{i}", text=f"post number {i} {prefix}") for i in range(n)]


def test_duplicate_insert_is_a_noop(db: Database) -> None:
    source = ensure_source(db, "tg", "telegram")
    first = insert_posts(db, source, _posts(5))
    assert (first.inserted, first.duplicates) == (5, 0)
    again = insert_posts(db, source, _posts(5))
    assert (again.inserted, again.duplicates) == (0, 5)
    # same text under a new id in the same source is a repost: not stored twice
    repost = insert_posts(db, source, [NewPost("other-id", "POST   number 1 p")])
    assert repost.inserted == 0
    # ...but the same text in another source is kept (reposts across groups are a signal)
    other = ensure_source(db, "fb", "import")
    assert insert_posts(db, other, [NewPost("x", "post number 1 p")]).inserted == 1
    with db.read() as session:
        assert session.scalar(select(func.count(Post.id))) == 6


def test_batches_and_in_batch_duplicates(db: Database) -> None:
    source = ensure_source(db, "big", "feed")
    posts = _posts(1200) + _posts(3)  # crosses batch boundaries, repeats inside a batch
    result = insert_posts(db, source, posts)
    assert result.inserted == 1200 and result.duplicates == 3


def test_runs_and_state(db: Database) -> None:
    source = ensure_source(db, "tg", "telegram")
    stale = start_run(db, source)  # a run that was killed: never finished
    run = start_run(db, source)
    with db.read() as session:
        assert session.get(CrawlRun, stale).status == "interrupted"  # type: ignore[union-attr]
    finish_run(db, run, RunCounts(pages=2, posts_stored=7), error="HTTP 500")
    failed_again = start_run(db, source)
    finish_run(db, failed_again, RunCounts(), error="HTTP 500")
    with db.read() as session:
        src = session.get(Source, source)
        assert src is not None and src.consecutive_failures == 2
    ok = start_run(db, source)
    finish_run(db, ok, RunCounts(pages=1))
    with db.read() as session:
        src = session.get(Source, source)
        assert src is not None and src.consecutive_failures == 0
    set_state(db, source, {"last_id": 42})
    assert get_state(db, source) == {"last_id": 42}


def test_scores_are_saved_once_per_model(db: Database) -> None:
    source = ensure_source(db, "s", "feed")
    insert_posts(db, source, _posts(3))
    pending = posts_to_score(db, "m1")
    assert len(pending) == 3
    records = [ScoreRecord(p.id, "m1", 0.8, "job_scam", "en", True, {"risk": 0.8}) for p in pending]
    assert save_scores(db, records[:2]) == 2
    assert [p.id for p in posts_to_score(db, "m1")] == [pending[2].id]
    assert save_scores(db, records) == 1  # the first two are kept as they were
    assert posts_to_score(db, "m1") == []
    assert len(posts_to_score(db, "m2")) == 3  # a new model version rescores


def test_audit_log_is_append_only(db: Database) -> None:
    from lurewatch.storage.audit import record

    with db.write() as session:
        record(session, "tester", "thing.do", "things", 1, after={"x": 1})
    with pytest.raises(DBAPIError), db.write() as session:
        session.execute(text("UPDATE audit_log SET actor = 'someone else'"))
    with pytest.raises(DBAPIError), db.write() as session:
        session.execute(text("DELETE FROM audit_log"))
    with db.read() as session:
        entry = session.scalars(select(AuditEntry)).one()
        assert entry.actor == "tester" and entry.after == {"x": 1}


def test_content_hash_folds_case_width_and_space() -> None:
    assert content_hash("Visa FREE\n\n  flight") == content_hash("visa free flight")
    assert content_hash("ＶＩＳＡ free flight") == content_hash("visa free flight")
    assert content_hash("visa free flight") != content_hash("visa paid flight")


def test_enormous_and_unicode_text_round_trips(db: Database) -> None:
    source = ensure_source(db, "s", "feed")
    big = "ကျွန်ုပ်တို့ " * 5000 + "🇹🇭 \u202e"
    insert_posts(db, source, [NewPost("big", big)])
    with db.read() as session:
        assert session.scalar(select(Post.text).where(Post.external_id == "big")) == big
