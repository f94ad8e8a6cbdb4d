"""Review app: runtime settings an admin overrides, indicators of queued posts, and
indexes for the queue pages.

- `settings`: admin overrides of the flag threshold and of which sources are enabled
  (lurewatch/storage/settings.py reads and writes them).
- `post_indicators`: the red-flag names of queued posts (filled by `enqueue_flagged`, and
  here for posts queued before this revision), for the queue's indicator filter and the
  dashboard's top indicators.
- `ix_review_items_age`: the queue sorted by age without sorting 100,000 rows;
  `ix_review_items_score`, `ix_scores_lang`, `ix_scores_category`: language and category
  filters.
- `ix_decisions_user`: a reviewer's latest decision (undo).
- `ix_audit_log_object`: the history of one item or user in the audit view.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 02:00:00
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import lurewatch.storage.models

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column(
            "value",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "updated_at", lurewatch.storage.models.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "post_indicators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["post_id"], ["posts.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("post_id", "name", name="uq_post_indicators"),
    )
    with op.batch_alter_table("post_indicators", schema=None) as batch_op:
        batch_op.create_index("ix_post_indicators_name", ["name", "post_id"], unique=False)
    _backfill_indicators()
    with op.batch_alter_table("review_items", schema=None) as batch_op:
        batch_op.create_index("ix_review_items_age", ["status", "queued_at", "id"], unique=False)
        batch_op.create_index("ix_review_items_score", ["score_id"], unique=False)
    with op.batch_alter_table("scores", schema=None) as batch_op:
        batch_op.create_index("ix_scores_lang", ["lang"], unique=False)
        batch_op.create_index("ix_scores_category", ["category"], unique=False)
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.create_index("ix_decisions_user", ["user_id", "id"], unique=False)
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_object", ["object_type", "object_id"], unique=False)


def _backfill_indicators() -> None:
    """Index the red flags of posts queued before this revision, in batches."""
    items = sa.table("review_items", sa.column("post_id"), sa.column("score_id"))
    scores = sa.table("scores", sa.column("id"), sa.column("result", sa.JSON()))
    target = sa.table("post_indicators", sa.column("post_id"), sa.column("name"))
    query = sa.select(items.c.post_id, scores.c.result).join(
        scores, scores.c.id == items.c.score_id
    )
    batch: dict[tuple[int, str], dict[str, object]] = {}
    for row in op.get_bind().execute(query):
        result = json.loads(row.result) if isinstance(row.result, str) else row.result
        for found in (result or {}).get("indicators", []) or []:
            name = str(found.get("name") or "")[:64] if isinstance(found, dict) else ""
            if name:
                batch[(row.post_id, name)] = {"post_id": row.post_id, "name": name}
        if len(batch) >= 5000:
            op.bulk_insert(target, list(batch.values()))
            batch = {}
    if batch:
        op.bulk_insert(target, list(batch.values()))


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_object")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_index("ix_decisions_user")
    with op.batch_alter_table("scores", schema=None) as batch_op:
        batch_op.drop_index("ix_scores_category")
        batch_op.drop_index("ix_scores_lang")
    with op.batch_alter_table("review_items", schema=None) as batch_op:
        batch_op.drop_index("ix_review_items_score")
        batch_op.drop_index("ix_review_items_age")
    with op.batch_alter_table("post_indicators", schema=None) as batch_op:
        batch_op.drop_index("ix_post_indicators_name")
    op.drop_table("post_indicators")
    op.drop_table("settings")
