"""The append-only audit log: who changed what, when, with the state before and after."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from lurewatch.storage.database import Database
from lurewatch.storage.models import AuditEntry


def record(
    session: Session,
    actor: str,
    action: str,
    object_type: str,
    object_id: str | int,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Add an entry inside the caller's transaction, so the change and its record commit
    together or not at all."""
    session.add(
        AuditEntry(
            actor=actor[:64],
            action=action,
            object_type=object_type,
            object_id=str(object_id),
            before=before,
            after=after,
        )
    )


def record_event(
    db: Database,
    actor: str,
    action: str,
    object_type: str,
    object_id: str | int,
    *,
    after: dict[str, Any] | None = None,
) -> None:
    """Audit something that changes no row but must be accountable, such as an export of
    victims' data to a partner (who, when, which filter, how many rows)."""
    with db.write() as session:
        record(session, actor, action, object_type, object_id, after=after)
