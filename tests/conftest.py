"""Shared fixtures: temporary SQLite and PostgreSQL databases, configs, a test scorer.

PostgreSQL tests use a fresh database per test on the server at LUREWATCH_TEST_PG_URL
(default: the local service, database `test`). They skip when the server is down,
unless LUREWATCH_TEST_REQUIRE_PG=1 (set by .ci/run), where they fail instead.
"""

from __future__ import annotations

import os
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from lurewatch.storage import Database

PG_ADMIN_URL = os.environ.get(
    "LUREWATCH_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _pg_available() -> str | None:
    try:
        engine = create_engine(PG_ADMIN_URL)
        with engine.connect():
            pass
        engine.dispose()
        return None
    except OperationalError as exc:
        return f"PostgreSQL not reachable at {PG_ADMIN_URL}: {exc.orig}"


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    problem = _pg_available()
    if problem:
        if os.environ.get("LUREWATCH_TEST_REQUIRE_PG") == "1":
            pytest.fail(problem + " (LUREWATCH_TEST_REQUIRE_PG=1)")
        pytest.skip(problem)
    return PG_ADMIN_URL


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A new, empty PostgreSQL database, dropped after the test."""
    name = f"lw_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'data' / 'lurewatch.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_url(request: pytest.FixtureRequest) -> str:
    """Run the test once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def db(any_url: str) -> Iterator[Database]:
    """A migrated database on each backend."""
    database = Database(any_url)
    database.upgrade()
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    database = Database(sqlite_url)
    database.upgrade()
    yield database
    database.dispose()


def write_config(path: Path, body: str, database_url: str | None = None) -> Path:
    """Write a config file; `database_url` goes first so tests can point anywhere."""
    head = f'database_url = "{database_url}"\n' if database_url else ""
    path.write_text(head + textwrap.dedent(body), encoding="utf-8")
    return path
