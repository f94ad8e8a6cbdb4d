"""Score every stored post that has no score for the current model version.

A batch that raises is retried post by post; a post that still fails stays unscored
(and is retried by the next run), so one bad post never blocks or loses the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from lurewatch.storage import Database, PendingPost, ScoreRecord, posts_to_score, save_scores

log = logging.getLogger(__name__)


class ScoreLike(Protocol):
    @property
    def risk(self) -> float: ...
    @property
    def category(self) -> str: ...
    @property
    def lang(self) -> str: ...
    @property
    def flagged(self) -> bool: ...

    def to_dict(self) -> dict[str, Any]: ...


class Scorer(Protocol):
    """What the pipeline needs of a scorer (classifier.RiskScorer is the real one)."""

    threshold: float  # posts at or above it come back flagged

    @property
    def model_version(self) -> str: ...

    def score(
        self, texts: Sequence[str], langs: Sequence[str | None] | None = None
    ) -> Sequence[ScoreLike]: ...


@dataclass
class ScoreStats:
    scored: int = 0
    flagged: int = 0
    failed: int = 0


def _records(
    posts: Sequence[PendingPost], results: Sequence[ScoreLike], version: str
) -> list[ScoreRecord]:
    if len(results) != len(posts):
        raise ValueError(f"scorer returned {len(results)} results for {len(posts)} posts")
    return [
        ScoreRecord(
            post_id=p.id,
            model_version=version,
            risk=float(r.risk),
            category=r.category,
            lang=r.lang,
            flagged=bool(r.flagged),
            result=r.to_dict(),
        )
        for p, r in zip(posts, results, strict=True)
    ]


def score_pending(
    db: Database,
    scorer: Scorer,
    batch_size: int = 64,
    progress: Callable[[int], None] | None = None,
) -> ScoreStats:
    stats = ScoreStats()
    after = 0
    while True:
        posts = posts_to_score(db, scorer.model_version, after_id=after, limit=batch_size)
        if not posts:
            return stats
        after = posts[-1].id
        try:
            records = _records(posts, _score(scorer, posts), scorer.model_version)
        except Exception as exc:  # the scorer is third-party code: isolate the bad post
            log.warning("scoring a batch failed (%s); retrying its posts one by one", exc)
            records = []
            for post in posts:
                try:
                    records += _records([post], _score(scorer, [post]), scorer.model_version)
                except Exception as one:
                    stats.failed += 1
                    log.error("post %d left unscored, retried next run: %s", post.id, one)
        save_scores(db, records)
        stats.scored += len(records)
        stats.flagged += sum(r.flagged for r in records)
        if progress:
            progress(len(posts))


def _score(scorer: Scorer, posts: Sequence[PendingPost]) -> Sequence[ScoreLike]:
    return scorer.score([p.text for p in posts], [p.lang_hint for p in posts])
