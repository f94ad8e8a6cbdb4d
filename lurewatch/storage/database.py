"""Engines, sessions and migrations for SQLite (embedded default) and PostgreSQL.

Reads use `db.read()`, writes `db.write()`. On SQLite a write transaction starts with
`BEGIN IMMEDIATE`, so two writers queue on the busy timeout instead of failing half way
(SQLite cannot upgrade a read lock to a write lock under WAL without an error).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from lurewatch.errors import StorageError

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"


def redact(url: str | URL) -> str:
    return make_url(url).render_as_string(hide_password=True)


class Database:
    """One database: an engine, session factories and its migration state."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite:
            self.engine = create_engine(
                self.url, echo=echo, connect_args={"timeout": 30, "check_same_thread": False}
            )
            _sqlite_pragmas(self.engine)
        else:
            # No server-side prepared statements: psycopg prepares a query after five runs
            # and PostgreSQL may then keep a generic plan made while a table was empty
            # (a sequential scan that slows every later batch of a bulk load).
            self.engine = create_engine(
                self.url, echo=echo, pool_pre_ping=True, connect_args={"prepare_threshold": None}
            )
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(lurewatch_write=True), expire_on_commit=False
        )

    @property
    def sqlite_path(self) -> Path | None:
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database)
        return None

    def __repr__(self) -> str:
        return f"Database({redact(self.url)})"

    # --- sessions -----------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._guard(), self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any error."""
        with self._guard(), self._write() as session, session.begin():
            yield session

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:
            raise StorageError(
                f"database {redact(self.url)} failed: {exc.orig}; is it running and reachable?"
            ) from exc

    def dispose(self) -> None:
        self.engine.dispose()

    # --- migrations ---------------------------------------------------------------

    def _alembic(self, connection: Any) -> AlembicConfig:
        cfg = AlembicConfig()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = connection
        return cfg

    def head_revision(self) -> str:
        head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
        assert head is not None
        return head

    def current_revision(self) -> str | None:
        if self.sqlite_path is not None and not self.sqlite_path.exists():
            return None
        try:
            with self.engine.connect() as conn:
                return MigrationContext.configure(conn).get_current_revision()
        except OperationalError as exc:
            raise StorageError(
                f"cannot open database {redact(self.url)}: {exc.orig}; "
                "check database_url / LUREWATCH_DATABASE_URL and that the server runs"
            ) from exc

    def upgrade(self) -> tuple[str | None, str]:
        """Migrate to the newest schema; returns (before, after). Never drops data."""
        if self.sqlite_path is not None:
            self.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        before = self.current_revision()
        if before is None:
            with self.engine.connect() as conn:
                tables = set(inspect(conn).get_table_names())
            if tables & {"posts", "sources", "scores"}:
                raise StorageError(
                    f"{redact(self.url)} has lurewatch-like tables but no migration version; "
                    "refusing to touch it. Point database_url at a new database."
                )
        try:
            with self.engine.begin() as conn:
                command.upgrade(self._alembic(conn), "head")
        except SQLAlchemyError as exc:
            raise StorageError(f"migration failed on {redact(self.url)}: {exc}") from exc
        return before, self.head_revision()

    def require_current(self) -> None:
        """Refuse to work on a missing or outdated schema, saying which command fixes it."""
        current = self.current_revision()
        if current is None:
            raise StorageError(
                f"no lurewatch database at {redact(self.url)}; "
                "create it with `lurewatch init` or `lurewatch db upgrade`"
            )
        if current != self.head_revision():
            raise StorageError(
                f"database schema is at {current}, this version needs {self.head_revision()}; "
                "back it up, then run `lurewatch db upgrade`"
            )


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get("lurewatch_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
