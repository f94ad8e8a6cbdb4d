"""`lurewatch demo`: the main job on a fresh machine without internet.

Starts the bundled sample site on 127.0.0.1, writes a config whose sources point at it,
runs the real pipeline (Scrapy crawls through the engine, the classifier, the queue)
into SQLite under the demo folder, creates a demo reviewer account, and prints a summary
and the command that opens the review app. Running it again stores nothing twice.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from lurewatch.config import load_config
from lurewatch.demo.site import DemoSite, demo_sources, sources_toml
from lurewatch.pipeline.run import Hooks, load_scorer, run_pipeline, summary_lines
from lurewatch.storage import Database
from lurewatch.storage.models import Post, ReviewItem, Score, Source, User

DEMO_USER = "demo"

CONFIG_HEAD = """# Written by `lurewatch demo` on every run (the sample site gets a new port).
data_dir = "."

[crawl]
contact_url = "https://github.com/lurewatch/lurewatch"
download_delay = 0.0      # the sample site runs on this machine
autothrottle = false
max_pages = 10

"""


def write_demo_config(demo_dir: Path, base_url: str) -> Path:
    demo_dir.mkdir(parents=True, exist_ok=True)
    path = demo_dir / "lurewatch.toml"
    path.write_text(CONFIG_HEAD + sources_toml(demo_sources(base_url)), encoding="utf-8")
    return path


def ensure_demo_user(db: Database, demo_dir: Path) -> tuple[str, str | None]:
    """The demo reviewer; its password is written once to a file only its owner reads."""
    from lurewatch.storage.users import create_user
    from review.auth import hash_password

    secret = demo_dir / "demo-password.txt"
    with db.read() as session:
        exists = session.scalar(select(User.id).where(User.username == DEMO_USER)) is not None
    if exists:
        return DEMO_USER, secret.read_text().strip() if secret.is_file() else None
    password = secrets.token_urlsafe(12)
    create_user(db, DEMO_USER, hash_password(password), "admin", actor="demo")
    secret.write_text(password + "\n", encoding="utf-8")
    secret.chmod(0o600)
    return DEMO_USER, password


def _top_flagged(db: Database, limit: int = 8) -> list[Any]:
    with db.read() as session:
        return list(
            session.execute(
                select(Score.risk, Score.category, Score.lang, Source.name, Post.text)
                .join(ReviewItem, ReviewItem.score_id == Score.id)
                .join(Post, Post.id == Score.post_id)
                .join(Source, Source.id == Post.source_id)
                .order_by(Score.risk.desc())
                .limit(limit)
            ).all()
        )


def run_demo(demo_dir: Path, port: int, say: Callable[[str], None], progress: Any) -> None:
    with DemoSite(port=port) as site:
        say(f"sample site running at {site.base_url} (every post in it is fictitious)")
        config_path = write_demo_config(demo_dir, site.base_url)
        config = load_config(config_path)
        db = Database(config.effective_database_url)
        db.upgrade()
        hooks = Hooks(
            crawl_done=lambda r: say(f"  crawled {r.source}: {r.status}, {r.stored} new posts")
        )
        with progress:
            task: dict[str, Any] = {}
            hooks.scoring_started = lambda n: task.setdefault(
                "id", progress.add_task("scoring", total=n)
            )
            hooks.scored = lambda n: progress.advance(task["id"], n) if "id" in task else None
            say(
                "crawling the sample site, then scoring (the first run converts the "
                "transformer into ~/.cache/lurewatch, ~10 s)..."
            )
            summary, _ = run_pipeline(config, db, (), load_scorer, ["DOWNLOAD_DELAY=0"], hooks)
    for line in summary_lines(summary):
        say(line)
    with db.read() as session:
        posts = session.scalar(select(func.count(Post.id))) or 0
        queued = session.scalar(select(func.count(ReviewItem.id))) or 0
    say("")
    say(f"database {config.effective_database_url}: {posts} posts, {queued} in the review queue")
    for risk, category, lang, source, text in _top_flagged(db):
        snippet = " ".join(text.split())[:70]
        say(f"  {risk:.2f} {category:18} {lang:3} {source:17} {snippet}")
    user, password = ensure_demo_user(db, demo_dir)
    db.dispose()
    say("")
    say("Open the review app:")
    say(f"  .venv/bin/lurewatch --config {config_path} serve")
    say(
        f"  then http://127.0.0.1:{config.review.port}/ and log in as {user!r}"
        + (f" with password {password}" if password else "")
        + f" (also in {demo_dir / 'demo-password.txt'})"
    )
    say(f"  public job-offer check page: http://127.0.0.1:{config.review.port}/check")
