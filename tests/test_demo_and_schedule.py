"""The main job end to end: `lurewatch demo` (real crawls, real model) and `schedule`
surviving a failing source. Slow: crawls run through the Scrapy engine in subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lurewatch.config import load_config
from lurewatch.demo.site import DemoSite, demo_sources, sources_toml
from lurewatch.pipeline.schedule import schedule_loop
from lurewatch.storage import Database
from lurewatch.storage.models import CrawlRun, Post, ReviewItem, Source
from tests.fakes import FakeScorer

pytestmark = pytest.mark.slow


def test_demo_runs_twice_without_duplicates(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LUREWATCH_")}
    cmd = [sys.executable, "-m", "lurewatch", "demo", "--dir", str(tmp_path / "demo")]
    first = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "lurewatch --config" in first.stdout and "serve" in first.stdout
    db = Database(f"sqlite:///{tmp_path / 'demo' / 'lurewatch.db'}")
    with db.read() as session:
        posts = session.scalar(select(func.count(Post.id)))
        queued = session.scalar(select(func.count(ReviewItem.id)))
    assert posts == 50 and 5 <= (queued or 0) < 50
    second = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert second.returncode == 0, second.stderr[-3000:]
    assert "scored 0 posts" in second.stdout
    with db.read() as session:
        assert session.scalar(select(func.count(Post.id))) == 50
        assert session.scalar(select(func.count(ReviewItem.id))) == queued
    db.dispose()


def test_schedule_survives_a_failing_source(tmp_path: Path) -> None:
    with DemoSite() as site:
        sources = [s for s in demo_sources(site.base_url) if s["type"] in ("telegram", "feed")]
        sources.append(
            {"name": "down", "type": "feed", "base_url": "http://127.0.0.1:9", "url": "/feed.xml"}
        )
        config_path = tmp_path / "lw.toml"
        config_path.write_text(
            'data_dir = "data"\n[crawl]\ndownload_delay = 0.0\n'
            "autothrottle = false\nretries = 0\ntimeout = 5\n" + sources_toml(sources),
            encoding="utf-8",
        )
        config = load_config(config_path, env={})
        db = Database(config.effective_database_url)
        db.upgrade()
        lines: list[str] = []
        passes = schedule_loop(
            config,
            db,
            lines.append,
            scorer_factory=lambda c: FakeScorer(),
            tick_seconds=0.1,
            stop=threading.Event(),
            max_passes=1,
            scrapy_overrides=("DOWNLOAD_DELAY=0",),
        )
    assert passes == 1
    with db.read() as session:
        status = dict(
            session.execute(
                select(Source.name, CrawlRun.status).join(CrawlRun, CrawlRun.source_id == Source.id)
            ).all()
        )
        failures = session.scalar(select(Source.consecutive_failures).where(Source.name == "down"))
        stored = session.scalar(select(func.count(Post.id)))
    assert status["down"] == "failed" and failures == 1
    assert status["demo-telegram"] == "ok" and status["demo-feed"] == "ok"
    assert stored and stored > 0
    assert any("down: failed" in line for line in lines)
    db.dispose()
