"""Crawl sources, each in its own `python -m crawler` process, and report their runs."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from lurewatch.config import Config, SourceConfig
from lurewatch.errors import ConfigError
from lurewatch.storage import Database
from lurewatch.storage.models import CrawlRun, Source
from lurewatch.storage.settings import get_overrides

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CrawlReport:
    source: str
    status: str  # ok | failed | interrupted
    pages: int
    stored: int
    duplicates: int
    dropped: int
    errors: int
    error: str | None


def select_sources(
    config: Config, names: Sequence[str], db: Database | None = None
) -> list[SourceConfig]:
    """Named sources (even if disabled: naming one is explicit), else every enabled one;
    an admin's override in the review app (with `db`) beats `enabled` in the file."""
    if names:
        return [config.source(name) for name in names]
    if not config.sources:
        raise ConfigError("sources", "no sources configured; add [[sources]] to the config file")
    overrides = get_overrides(db).sources if db is not None else {}
    return [s for s in config.sources if overrides.get(s.name, s.enabled)]


def crawl_sources(
    config: Config,
    db: Database,
    sources: Sequence[SourceConfig],
    scrapy_overrides: Sequence[str] = (),
    on_done: Callable[[CrawlReport], None] | None = None,
    log_dir: Path | None = None,
) -> list[CrawlReport]:
    reports = []
    for source in sources:
        report = crawl_one(config, db, source, scrapy_overrides, log_dir)
        reports.append(report)
        if on_done:
            on_done(report)
    return reports


def crawl_one(
    config: Config,
    db: Database,
    source: SourceConfig,
    scrapy_overrides: Sequence[str] = (),
    log_dir: Path | None = None,
) -> CrawlReport:
    if config.path is None:
        raise ConfigError("", "crawling needs a config file that lists sources (--config FILE)")
    cmd = [sys.executable, "-m", "crawler", "--source", source.name, "--config", str(config.path)]
    for pair in scrapy_overrides:
        cmd += ["-s", pair]
    env = dict(os.environ, LUREWATCH_DATABASE_URL=config.effective_database_url)
    log_dir = log_dir or config.data_path / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"crawl-{source.name}.log"
    previous = last_run(db, source.name)
    with log_path.open("w", encoding="utf-8") as out:
        code = subprocess.run(cmd, env=env, stdout=out, stderr=subprocess.STDOUT).returncode
    run = last_run(db, source.name)
    if run is None or (previous is not None and run.id == previous.id):  # child failed early
        tail = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:]
        reason = tail[0] if tail else f"exit status {code}"
        return CrawlReport(
            source.name, "failed", 0, 0, 0, 0, 1, f"exit {code}: {reason} (log: {log_path})"
        )
    return CrawlReport(
        source.name,
        run.status,
        run.pages,
        run.posts_stored,
        run.duplicates,
        run.dropped,
        run.errors,
        run.error,
    )


def last_run(db: Database, source_name: str) -> CrawlRun | None:
    with db.read() as session:
        return session.scalar(
            select(CrawlRun)
            .join(Source, Source.id == CrawlRun.source_id)
            .where(Source.name == source_name)
            .order_by(CrawlRun.id.desc())
            .limit(1)
        )
