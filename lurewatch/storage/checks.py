"""Texts pasted into the public "check a job offer" page, kept only when the deployment
turns `review.store_public_checks` on (the caller decides; this module only writes)."""

from __future__ import annotations

from lurewatch.storage.database import Database
from lurewatch.storage.models import PublicCheck

MAX_TEXT = 20_000


def store_public_check(db: Database, text: str, lang: str, risk: float, category: str) -> int:
    with db.write() as session:
        row = PublicCheck(
            text=text[:MAX_TEXT], lang=lang[:16], risk=float(risk), category=category[:32]
        )
        session.add(row)
        session.flush()
        return row.id
