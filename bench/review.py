"""The review app under load: 100,000 scored posts (70% of them flagged and queued) in a
fresh database, then p50/p95 latency of the queue page, the item page, a claim+decide
round trip and the public check, on SQLite and (when reachable) PostgreSQL.

    python bench/review.py [--posts 100000] [--requests 200] [--pg-url URL | --no-pg]

Requests go through the ASGI app in-process (Starlette's TestClient): the figures are
the app's and the database's time, without a network. The public check uses a
deterministic stand-in scorer unless the bundled model exists (classifier/model/
model.json); the output says which. Target: p95 under 150 ms on SQLite for the queue
and item pages.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from starlette.testclient import TestClient

from lurewatch.config import Config, ReviewSettings
from lurewatch.storage import (
    Database,
    NewPost,
    ScoreRecord,
    enqueue_flagged,
    ensure_source,
    insert_posts,
    save_scores,
)
from lurewatch.storage.maintenance import refresh_statistics
from lurewatch.storage.models import Post
from lurewatch.storage.users import create_user
from review.app import create_app
from review.auth import hash_password

MODEL = "bench-1"
PASSWORD = "benchmark passphrase 1"
PG_DEFAULT = os.environ.get(
    "LUREWATCH_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
LANGS = ("en", "th", "my", "id", "vi", "tl", "ar", "es", "fr", "km")
RISKY = ("trafficking_lure", "job_scam", "crime_recruitment")
SOURCES = ("tg-jobs", "fb-group", "reddit-work", "mastodon-jobs", "jobboard", "feed-news")
PHRASES = [
    ("customer service", "high_risk_role"),
    ("free visa", "travel_paid"),
    ("flight ticket paid", "travel_paid"),
    ("no experience", "no_experience"),
    ("Bangkok", "hotspot_destination"),
    ("Myawaddy", "hotspot_destination"),
    ("urgent", "urgency"),
    ("passport copy", "passport_requested"),
    ("registration fee", "upfront_fee"),
    ("1500 USD", "pay_above_market"),
]
FILLER = (
    "We are hiring staff for our company office, good salary and bonus, dormitory and food, "
    "working hours 10 to 12 per day, contract one year, apply now with your CV. "
)


def _post(i: int, rng: random.Random) -> tuple[NewPost, dict[str, Any]]:
    """A post of 300-900 characters with 2-7 red flags (real offsets) and a Telegram
    handle shared with about 50 other posts."""
    parts, indicators = [], []
    pos = 0
    for phrase, name in rng.sample(PHRASES, rng.randint(2, 7)):
        chunk = FILLER[: rng.randint(40, len(FILLER))] + phrase + " "
        start = pos + len(chunk) - len(phrase) - 1
        indicators.append(
            {"name": name, "text": phrase, "start": start, "end": start + len(phrase)}
        )
        parts.append(chunk)
        pos += len(chunk)
    handle = f"agent{rng.randint(1, 2000)}"
    tail = f"contact telegram @{handle} post {i}"
    at = pos + tail.index("@")
    contacts = [{"kind": "telegram", "value": handle, "start": at, "end": at + 1 + len(handle)}]
    risk = round(rng.random(), 4)
    category = rng.choice(RISKY) if risk >= 0.3 else "legitimate_job"
    result = {
        "risk": risk,
        "flagged": risk >= 0.3,
        "category": category,
        "lang": rng.choice(LANGS),
        "category_probs": {category: 1.0},
        "indicators": indicators,
        "contacts": contacts,
        "salary": None,
        "model_version": MODEL,
        "explanation": {"stage": "transformer", "model_risk": risk, "rules_risk": risk},
    }
    post = NewPost(f"p{i}", "".join(parts) + tail, url=f"https://example.org/p/{i}")
    return post, result


def fill(db: Database, n: int) -> int:
    """Posts through the storage write path, scores, then the queue (threshold 0.3)."""
    rng = random.Random(7)
    per_source = -(-n // len(SOURCES))
    for s, name in enumerate(SOURCES):
        source_id = ensure_source(db, name, "import")
        made = [_post(i, rng) for i in range(s * per_source, min(n, (s + 1) * per_source))]
        insert_posts(db, source_id, [post for post, _ in made])
        with db.read() as session:
            rows = session.execute(
                select(Post.external_id, Post.id).where(Post.source_id == source_id)
            ).all()
        ids = {external_id: post_id for external_id, post_id in rows}
        records = [
            ScoreRecord(
                ids[post.external_id],
                MODEL,
                r["risk"],
                r["category"],
                r["lang"],
                r["flagged"],
                r,
            )
            for post, r in made
        ]
        for start in range(0, len(records), 5000):
            save_scores(db, records[start : start + 5000])
    return enqueue_flagged(db, MODEL, 0.3)


class _StandInResult:
    def __init__(self, text: str) -> None:
        self.text = text
        self.risk = 0.8 if "visa" in text else 0.1

    def to_dict(self) -> dict[str, Any]:
        at = self.text.find("visa")
        found = [{"name": "travel_paid", "text": "visa", "start": at, "end": at + 4}]
        return {
            "risk": self.risk,
            "flagged": self.risk >= 0.5,
            "lang": "en",
            "category": "trafficking_lure" if at >= 0 else "not_recruitment",
            "indicators": found if at >= 0 else [],
            "contacts": [],
        }


class BenchScorer:
    """Stand-in for the public check when the bundled model is not there (yet)."""

    model_version = "bench-stand-in"

    def score(
        self, texts: Sequence[str], langs: Sequence[str | None] | None = None
    ) -> list[_StandInResult]:
        return [_StandInResult(t) for t in texts]


def scorer_factory() -> tuple[Callable[[Config], Any], str]:
    model = Path(__file__).resolve().parents[1] / "classifier" / "model" / "model.json"
    if model.exists():
        from review.scoring import default_scorer_factory

        return default_scorer_factory, "the real classifier (bundled model)"
    return (lambda _c: BenchScorer()), "a stand-in scorer (classifier/model/model.json missing)"


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def summary(name: str, samples: list[float]) -> str:
    p50 = statistics.median(samples)
    p95 = statistics.quantiles(samples, n=20)[-1] if len(samples) >= 20 else max(samples)
    return f"  {name:<34} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   (n={len(samples)})"


def measure(db: Database, data_dir: Path, requests: int, factory: Any) -> list[str]:
    create_user(db, "bench", hash_password(PASSWORD), "reviewer", actor="bench")
    config = Config(
        database_url=db.url.render_as_string(hide_password=False),
        data_dir=str(data_dir),
        review=ReviewSettings(check_per_minute=1_000_000),
    )
    client = TestClient(
        create_app(config, db, factory, secret_key="b" * 48), follow_redirects=False
    )
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
    assert token
    client.post("/login", data={"username": "bench", "password": PASSWORD, "csrf_token": token[1]})
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/queue").text)
    assert csrf
    with db.read() as session:
        item_ids = list(session.scalars(text("SELECT id FROM review_items")))
    rng = random.Random(3)

    def get(path: str) -> Callable[[], None]:
        def run() -> None:
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)

        return run

    results = []
    for name, make in (
        ("queue page (default: open, by risk)", lambda: get("/queue")),
        ("queue page, filtered (lang=th)", lambda: get("/queue?lang=th")),
        ("queue page, filtered (indicator)", lambda: get("/queue?indicator=urgency")),
        ("queue page 200 (deep offset)", lambda: get("/queue?page=200")),
        ("item page", lambda: get(f"/items/{rng.choice(item_ids)}")),
    ):
        for _ in range(5):
            make()()
        results.append(summary(name, [timed(make()) for _ in range(requests)]))

    def claim_and_decide() -> None:
        claimed = client.post("/queue/next", data={"csrf_token": csrf[1]})
        item = int(re.match(r"^/items/(\d+)", claimed.headers["location"])[1])  # type: ignore[index]
        decided = client.post(
            f"/items/{item}/decide", data={"csrf_token": csrf[1], "verdict": "unsure"}
        )
        assert decided.status_code == 303

    results.append(
        summary("claim + decide round trip", [timed(claim_and_decide) for _ in range(requests)])
    )
    form = re.search(r'name="form_token" value="([^"]+)"', client.get("/check").text)
    assert form
    offer = "URGENT customer service job in Bangkok, free visa and flight, Telegram @hr_agent"

    def check() -> None:
        response = client.post("/check", data={"text": offer, "form_token": form[1]})
        assert response.status_code == 200, response.status_code

    check()
    results.append(summary("public check", [timed(check) for _ in range(requests)]))
    client.close()
    return results


def run_backend(label: str, url: str, posts: int, requests: int, factory: Any, tmp: Path) -> None:
    db = Database(url)
    db.upgrade()
    started = time.perf_counter()
    queued = fill(db, posts)
    refresh_statistics(db)  # as the pipeline (or PostgreSQL's autovacuum) would after a load
    print(f"\n{label}: {posts:,} scored posts, {queued:,} queued "
          f"(filled in {time.perf_counter() - started:.0f} s)")  # fmt: skip
    for line in measure(db, tmp / label, requests, factory):
        print(line)
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--pg-url", default=PG_DEFAULT)
    parser.add_argument("--no-pg", action="store_true")
    args = parser.parse_args()
    factory, which = scorer_factory()
    print(f"public check uses {which}; {os.cpu_count()} cores; in-process ASGI requests")
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        run_backend(
            "sqlite", f"sqlite:///{tmp / 'bench.db'}", args.posts, args.requests, factory, tmp
        )
        if args.no_pg:
            return
        name = f"lw_bench_{uuid.uuid4().hex[:10]}"
        admin = create_engine(args.pg_url, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        except OperationalError as exc:
            print(f"\npostgresql: skipped, not reachable at {args.pg_url} ({exc.orig})")
            return
        try:
            url = make_url(args.pg_url).set(database=name).render_as_string(hide_password=False)
            run_backend("postgresql", url, args.posts, args.requests, factory, tmp)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


if __name__ == "__main__":
    main()
