"""One pipeline at a time: a lock file on SQLite, an advisory lock on PostgreSQL.

Both are released by the operating system or the server when the holder dies, so a
killed run never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import os
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from lurewatch.errors import AlreadyRunning
from lurewatch.storage import Database

LOCK_KEY = zlib.crc32(b"lurewatch.pipeline")  # stable 32-bit advisory lock id


@contextmanager
def pipeline_lock(db: Database, data_dir: Path) -> Iterator[None]:
    if db.is_sqlite:
        with _file_lock(_lock_path(db, data_dir)):
            yield
    else:
        with _advisory_lock(db):
            yield


def _lock_path(db: Database, data_dir: Path) -> Path:
    # Beside the database file, so two configs sharing one database share one lock.
    if db.sqlite_path is not None:
        return db.sqlite_path.with_name(db.sqlite_path.name + ".lock")
    return data_dir / "pipeline.lock"


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown"
            raise AlreadyRunning(
                f"another lurewatch pipeline is running ({holder}); this one exits"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} since {datetime.now(UTC):%Y-%m-%d %H:%M:%SZ}".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the flock


@contextmanager
def _advisory_lock(db: Database) -> Iterator[None]:
    with db.engine.connect() as conn:
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": LOCK_KEY}).scalar()
        conn.commit()
        if not got:
            raise AlreadyRunning(
                "another lurewatch pipeline is running on this database; this one exits"
            )
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": LOCK_KEY})
            conn.commit()
