"""Storage: the one write path. Every insert and update goes through these functions."""

from lurewatch.storage.database import Database, redact
from lurewatch.storage.posts import (
    InsertResult,
    NewPost,
    RunCounts,
    content_hash,
    ensure_source,
    finish_run,
    get_state,
    insert_posts,
    set_state,
    start_run,
)
from lurewatch.storage.scores import (
    PendingPost,
    ScoreRecord,
    count_unscored,
    enqueue_flagged,
    posts_to_score,
    save_scores,
)

__all__ = [
    "Database",
    "InsertResult",
    "NewPost",
    "PendingPost",
    "RunCounts",
    "ScoreRecord",
    "content_hash",
    "count_unscored",
    "enqueue_flagged",
    "ensure_source",
    "finish_run",
    "get_state",
    "insert_posts",
    "posts_to_score",
    "redact",
    "save_scores",
    "set_state",
    "start_run",
]
