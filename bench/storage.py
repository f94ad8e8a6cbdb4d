"""Storage benchmark: insert 100,000 posts (batched, through the write path) into SQLite
and into PostgreSQL; print posts/s and peak RSS. Target: at least 5,000 posts/s on SQLite.

    .venv/bin/python bench/storage.py [--posts N] [--pg-url URL]

PostgreSQL is measured in a temporary database on the server at --pg-url (default: the
local service); it is skipped with a note if the server is unreachable.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from lurewatch.storage import Database, NewPost, ensure_source, insert_posts

WORDS = [
    "visa",
    "ticket",
    "salary",
    "customer",
    "service",
    "Bangkok",
    "telegram",
    "hiring",
    "urgent",
    "free",
    "housing",
    "food",
    "contact",
    "whatsapp",
    "office",
    "shift",
    "company",
    "contract",
    "apply",
    "today",
    "chat",
    "team",
]


def posts(n: int, seed: int = 7) -> list[NewPost]:
    """Made before the clock starts: the benchmark measures storage, not text generation."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        body = " ".join(rng.choices(WORDS, k=rng.randint(20, 60)))
        post = NewPost(
            external_id=f"bench-{i}",
            text=f"{i} {body}",
            author=f"@user{i % 977}",
            url=f"https://t.me/s/bench/{i}",
            extra={"views": i},
        )
        out.append(post)
    return out


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(url: str, n: int) -> tuple[float, float]:
    db = Database(url)
    db.upgrade()
    source = ensure_source(db, "bench", "telegram")
    batch = posts(n)
    start = time.perf_counter()
    result = insert_posts(db, source, batch)
    elapsed = time.perf_counter() - start
    assert result.inserted == n, result
    again = time.perf_counter()
    assert insert_posts(db, source, batch[:10_000]).inserted == 0  # duplicates: no-op
    dup_elapsed = time.perf_counter() - again
    db.dispose()
    return n / elapsed, min(n, 10_000) / dup_elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--pg-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    print(f"inserting {args.posts:,} posts in batches of 500 through lurewatch.storage")
    with tempfile.TemporaryDirectory() as tmp:
        rate, dup = measure(f"sqlite:///{Path(tmp) / 'bench.db'}", args.posts)
        print(
            f"SQLite (WAL):   {rate:8,.0f} posts/s   re-insert of duplicates {dup:8,.0f} posts/s"
            f"   {'OK' if rate >= 5000 else 'BELOW TARGET'} (target 5,000)"
        )
    name = f"lw_bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = create_engine(args.pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        print(f"PostgreSQL:     skipped, server not reachable ({exc.orig})")
    else:
        try:
            url = make_url(args.pg_url).set(database=name).render_as_string(hide_password=False)
            rate, dup = measure(url, args.posts)
            print(
                f"PostgreSQL:     {rate:8,.0f} posts/s   re-insert of duplicates "
                f"{dup:8,.0f} posts/s"
            )
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    print(f"peak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
