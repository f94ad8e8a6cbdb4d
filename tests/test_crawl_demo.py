"""The bundled demo site: every demo source crawls through the engine and stores posts."""

from __future__ import annotations

import subprocess
import sys
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lurewatch.config import SOURCE_TYPES, load_config
from lurewatch.demo import DemoSite, demo_sources, load_sample_posts, sources_toml
from lurewatch.storage import Database
from lurewatch.storage.models import CrawlRun, Post, Source
from tests.conftest import write_config


@pytest.fixture(scope="module")
def site() -> Iterator[DemoSite]:
    with DemoSite(port=0) as demo:
        yield demo


def test_sample_posts_are_a_realistic_multilingual_mix() -> None:
    posts = load_sample_posts()
    assert 40 <= len(posts) <= 60 and len({p["id"] for p in posts}) == len(posts)
    kinds = Counter(p["kind"] for p in posts)
    assert set(kinds) == {"trafficking_lure", "job_scam", "legit_job", "awareness", "chatter"}
    langs = {p["lang"] for p in posts}
    assert len(langs) >= 8 and {"ar", "th", "zh", "am", "my", "hi"} <= langs  # non-Latin too
    assert {p["where"] for p in posts} == set(SOURCE_TYPES)


def test_demo_sources_validate_as_config(site: DemoSite, tmp_path: Path) -> None:
    path = write_config(tmp_path / "demo.toml", sources_toml(demo_sources(site.base_url)))
    config = load_config(path)
    assert sorted(s.type for s in config.sources) == sorted(SOURCE_TYPES)
    assert all(s.effective_base_url() == site.base_url for s in config.sources)


def test_demo_site_serves_robots_and_404(site: DemoSite) -> None:
    with urllib.request.urlopen(site.base_url + "/robots.txt") as answer:
        assert b"Disallow: /admin/" in answer.read()
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(site.base_url + "/jobs/9999")
    info.value.close()
    assert info.value.code == 404


@pytest.mark.slow
def test_every_demo_source_crawls_and_stores_posts(
    site: DemoSite, sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    body = "[crawl]\ndownload_delay = 0\nautothrottle = false\n\n" + sources_toml(
        demo_sources(site.base_url)
    )
    config = write_config(tmp_path / "demo.toml", body, sqlite_url)
    cli = "from lurewatch.cli import main; main()"
    # The Reddit spider's own 6 s floor is for reddit.com; the command line overrides it.
    cmd = [sys.executable, "-c", cli, "--config", str(config), "crawl", "-s", "DOWNLOAD_DELAY=0"]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    expected = Counter(p["where"] for p in load_sample_posts())
    with sqlite_db.read() as session:
        stored = dict(
            session.execute(
                select(Source.type, func.count(Post.id)).join(Post).group_by(Source.type)
            ).all()
        )
        statuses = set(session.scalars(select(CrawlRun.status)))
        langs = set(session.scalars(select(Post.lang_hint).where(Post.lang_hint.is_not(None))))
    assert stored == dict(expected)  # every sample post, from every source type
    assert statuses == {"ok"}
    assert {"fr", "sw", "tl"} <= langs  # Mastodon's language field survives
