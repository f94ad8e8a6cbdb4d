"""`run`: crawl, then score new posts, then queue those over the threshold. Idempotent."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from lurewatch.config import Config
from lurewatch.pipeline.crawl import CrawlReport, crawl_sources, select_sources
from lurewatch.pipeline.lock import pipeline_lock
from lurewatch.pipeline.score import Scorer, ScoreStats, score_pending
from lurewatch.storage import Database, count_unscored, enqueue_flagged
from lurewatch.storage.settings import effective_threshold

log = logging.getLogger(__name__)


def load_scorer(config: Config) -> Scorer:
    """The real classifier, configured from [scoring]. Imported late: it loads torch."""
    from classifier import RiskScorer

    scoring = config.scoring
    return RiskScorer.load(
        model_dir=scoring.model_dir or None,
        cache_dir=scoring.cache_dir or None,
        threshold=scoring.flag_threshold,
        cascade=scoring.cascade,
        quantize=scoring.quantize,
        max_chars=scoring.max_chars,
    )


@dataclass
class RunSummary:
    crawls: list[CrawlReport] = field(default_factory=list)
    scoring: ScoreStats = field(default_factory=ScoreStats)
    queued: int = 0
    model_version: str = ""


@dataclass
class Hooks:
    """Progress callbacks for the CLI; all optional."""

    crawl_done: Callable[[CrawlReport], None] | None = None
    scoring_started: Callable[[int], None] | None = None
    scored: Callable[[int], None] | None = None


def score_and_queue(
    config: Config,
    db: Database,
    scorer_factory: Callable[[Config], Scorer],
    hooks: Hooks,
    summary: RunSummary,
    scorer: Scorer | None = None,
) -> Scorer:
    """Score what is unscored, queue what is flagged. RiskScorer loads its encoder only
    when a post needs it, so an idle scheduled run stays cheap."""
    if scorer is None:
        scorer = scorer_factory(config)
    # An admin may have changed the threshold in the review app since the last pass.
    threshold = effective_threshold(db, config.scoring.flag_threshold)
    scorer.threshold = threshold
    summary.model_version = scorer.model_version
    pending = count_unscored(db, scorer.model_version)
    if pending:
        if hooks.scoring_started:
            hooks.scoring_started(pending)
        summary.scoring = score_pending(db, scorer, config.scoring.batch_size, hooks.scored)
    summary.queued = enqueue_flagged(db, scorer.model_version, threshold)
    return scorer


def run_pipeline(
    config: Config,
    db: Database,
    source_names: Sequence[str] = (),
    scorer_factory: Callable[[Config], Scorer] = load_scorer,
    scrapy_overrides: Sequence[str] = (),
    hooks: Hooks | None = None,
    scorer: Scorer | None = None,
    crawl: bool = True,
) -> tuple[RunSummary, Scorer]:
    """One pass under the pipeline lock. Raises AlreadyRunning if another pass holds it."""
    hooks = hooks or Hooks()
    summary = RunSummary()
    db.require_current()
    with pipeline_lock(db, config.data_path):
        if crawl:
            sources = select_sources(config, source_names, db)
            summary.crawls = crawl_sources(
                config, db, sources, scrapy_overrides, on_done=hooks.crawl_done
            )
        scorer = score_and_queue(config, db, scorer_factory, hooks, summary, scorer)
    return summary, scorer


def summary_lines(summary: RunSummary) -> list[str]:
    lines = []
    for c in summary.crawls:
        line = f"{c.source}: {c.status}, {c.pages} pages, {c.stored} new posts"
        extra: list[Any] = []
        if c.duplicates:
            extra.append(f"{c.duplicates} already known")
        if c.dropped:
            extra.append(f"{c.dropped} dropped")
        if c.errors:
            extra.append(f"{c.errors} errors")
        if extra:
            line += " (" + ", ".join(map(str, extra)) + ")"
        if c.error:
            line += f" - {c.error}"
        lines.append(line)
    s = summary.scoring
    lines.append(f"scored {s.scored} posts, {s.flagged} flagged, {s.failed} failed")
    lines.append(f"queued {summary.queued} for review")
    return lines
