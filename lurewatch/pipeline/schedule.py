"""`schedule`: a long-running loop that runs each source on its own interval.

Each due source is crawled in its own process, so a failing or hanging site cannot stop
the loop; the classifier stays loaded between passes. SIGTERM/SIGINT end it cleanly
after the current pass.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select

from lurewatch.config import Config, SourceConfig
from lurewatch.errors import AlreadyRunning, LurewatchError
from lurewatch.pipeline.crawl import select_sources
from lurewatch.pipeline.run import Hooks, load_scorer, run_pipeline, summary_lines
from lurewatch.pipeline.score import Scorer
from lurewatch.storage import Database
from lurewatch.storage.models import Source, utcnow

log = logging.getLogger(__name__)


def due_sources(
    config: Config, db: Database, now: datetime, attempted: dict[str, datetime] | None = None
) -> list[SourceConfig]:
    """Enabled sources whose interval has passed since their last run (or attempt: a
    source whose crawler cannot even start must not be retried every tick)."""
    with db.read() as session:
        last = {n: t for n, t in session.execute(select(Source.name, Source.last_run_at))}
    enabled = {s.name for s in select_sources(config, (), db)}
    due = []
    for source in config.sources:
        if source.name not in enabled:
            continue
        times = [t for t in (last.get(source.name), (attempted or {}).get(source.name)) if t]
        previous = max(times) if times else None
        if previous is None or previous + timedelta(seconds=source.interval_seconds) <= now:
            due.append(source)
    return due


def schedule_loop(
    config: Config,
    db: Database,
    report: Callable[[str], None],
    scorer_factory: Callable[[Config], Scorer] = load_scorer,
    tick_seconds: float = 30.0,
    stop: threading.Event | None = None,
    max_passes: int | None = None,
    scrapy_overrides: tuple[str, ...] = (),
) -> int:
    """Loop until stopped; returns the number of passes that ran."""
    stop = stop or threading.Event()
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
    scorer: Scorer | None = None
    attempted: dict[str, datetime] = {}
    passes = 0
    while not stop.is_set():
        now = utcnow()
        due = due_sources(config, db, now, attempted)
        if due:
            names = [s.name for s in due]
            attempted.update(dict.fromkeys(names, now))
            report(f"{utcnow():%Y-%m-%d %H:%M:%S}Z running {', '.join(names)}")
            try:
                summary, scorer = run_pipeline(
                    config, db, names, scorer_factory, scrapy_overrides, Hooks(), scorer
                )
                for line in summary_lines(summary):
                    report("  " + line)
            except AlreadyRunning as exc:
                report(f"  skipped: {exc}")
            except LurewatchError as exc:
                report(f"  error: {exc}")
            except Exception:  # the loop must survive anything one pass throws
                log.exception("scheduled pass failed; the next pass will retry")
                report("  error: unexpected failure, see the log; retrying next pass")
            passes += 1
            if max_passes is not None and passes >= max_passes:
                break
        stop.wait(tick_seconds)
    report("schedule stopped")
    return passes
