"""Alembic environment: migrations run on the connection lurewatch hands over."""

from __future__ import annotations

from alembic import context

from lurewatch.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `lurewatch db upgrade` drives migrations
    raise SystemExit("run migrations with `lurewatch db upgrade`, not the alembic command")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite needs batch ALTERs
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
