"""Sources, crawl runs and posts: the write path the crawler and importers use."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from lurewatch.storage.database import Database
from lurewatch.storage.models import CrawlRun, Post, Source, utcnow

BATCH = 500
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class NewPost:
    """A post as a collector hands it to storage (already normalised text)."""

    external_id: str
    text: str
    url: str | None = None
    author: str | None = None
    title: str | None = None
    lang_hint: str | None = None
    posted_at: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class InsertResult:
    inserted: int = 0
    duplicates: int = 0  # same (source, external id) or same text already in the source

    def __iadd__(self, other: InsertResult) -> InsertResult:
        self.inserted += other.inserted
        self.duplicates += other.duplicates
        return self


@dataclass
class RunCounts:
    pages: int = 0
    items_seen: int = 0
    posts_stored: int = 0
    duplicates: int = 0
    dropped: int = 0
    errors: int = 0
    stats: dict[str, Any] = field(default_factory=dict)


def content_hash(text: str) -> str:
    """Hash of the text with case, width and spacing folded: reposts hash alike."""
    folded = _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


# --- sources and runs ----------------------------------------------------------------


def ensure_source(db: Database, name: str, type_: str) -> int:
    """The id of a named source, created on first use."""
    with db.write() as session:
        source = session.scalar(select(Source).where(Source.name == name))
        if source is None:
            source = Source(name=name, type=type_, state={})
            session.add(source)
            session.flush()
        elif source.type != type_:
            source.type = type_
        return source.id


def get_state(db: Database, source_id: int) -> dict[str, Any]:
    with db.read() as session:
        source = session.get(Source, source_id)
        return dict(source.state or {}) if source else {}


def set_state(db: Database, source_id: int, state: dict[str, Any]) -> None:
    """Save incremental state (last seen id/date). Call only after the posts are stored."""
    with db.write() as session:
        session.execute(update(Source).where(Source.id == source_id).values(state=state))


def start_run(db: Database, source_id: int) -> int:
    """Open a crawl run; runs left "running" by a killed process become "interrupted"."""
    with db.write() as session:
        session.execute(
            update(CrawlRun)
            .where(CrawlRun.source_id == source_id, CrawlRun.status == "running")
            .values(status="interrupted", finished_at=utcnow())
        )
        run = CrawlRun(source_id=source_id, status="running")
        session.add(run)
        session.flush()
        return run.id


def finish_run(db: Database, run_id: int, counts: RunCounts, error: str | None = None) -> None:
    """Close a run with its counts; a failed run increments the source's failure streak."""
    with db.write() as session:
        run = session.get(CrawlRun, run_id)
        if run is None:
            return
        run.finished_at = utcnow()
        run.status = "failed" if error else "ok"
        run.error = error
        for key in ("pages", "items_seen", "posts_stored", "duplicates", "dropped", "errors"):
            setattr(run, key, getattr(counts, key))
        run.stats = counts.stats
        source = session.get(Source, run.source_id)
        if source is not None:
            source.last_run_at = run.finished_at
            source.consecutive_failures = source.consecutive_failures + 1 if error else 0
            source.last_error = error


# --- posts ---------------------------------------------------------------------------


def _insert(session: Session, rows: list[dict[str, Any]]) -> int:
    if not rows:
        return 0
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    # Core executemany: compiled once and cached, sent as multi-row INSERTs
    # ("insertmanyvalues"); the ORM's bulk path costs several times more per row.
    stmt = (
        dialect.insert(Post.__table__)
        .on_conflict_do_nothing(index_elements=["source_id", "external_id"])
        .returning(Post.__table__.c.id)
    )
    return len(session.connection().execute(stmt, rows).all())


def insert_posts(
    db: Database, source_id: int, posts: Iterable[NewPost], run_id: int | None = None
) -> InsertResult:
    """Store posts in batches. A post already stored (same source and external id, or the
    same text in the same source) is counted as a duplicate and left untouched."""
    result = InsertResult()
    batch: list[NewPost] = []
    for post in posts:
        batch.append(post)
        if len(batch) >= BATCH:
            result += _insert_batch(db, source_id, batch, run_id)
            batch = []
    if batch:
        result += _insert_batch(db, source_id, batch, run_id)
    return result


def _insert_batch(
    db: Database, source_id: int, batch: Sequence[NewPost], run_id: int | None
) -> InsertResult:
    now = utcnow()
    rows: dict[str, dict[str, Any]] = {}
    by_hash: dict[str, str] = {}
    for post in batch:
        digest = content_hash(post.text)
        if post.external_id in rows or digest in by_hash:
            continue  # repeated inside the batch
        by_hash[digest] = post.external_id
        rows[post.external_id] = {
            "source_id": source_id,
            "external_id": post.external_id,
            "url": post.url,
            "author": post.author,
            "title": post.title,
            "text": post.text,
            "lang_hint": post.lang_hint,
            "posted_at": post.posted_at,
            "fetched_at": now,
            "content_hash": digest,
            "extra": post.extra,
            "run_id": run_id,
        }
    with db.write() as session:
        seen_hashes = set(
            session.scalars(
                select(Post.content_hash).where(
                    Post.source_id == source_id, Post.content_hash.in_(list(by_hash))
                )
            )
        )
        fresh = [row for row in rows.values() if row["content_hash"] not in seen_hashes]
        inserted = _insert(session, fresh)
    return InsertResult(inserted=inserted, duplicates=len(batch) - inserted)


def known_external_ids(db: Database, source_id: int, external_ids: Sequence[str]) -> set[str]:
    with db.read() as session:
        return set(
            session.scalars(
                select(Post.external_id).where(
                    Post.source_id == source_id, Post.external_id.in_(list(external_ids))
                )
            )
        )
