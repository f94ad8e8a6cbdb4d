"""Pipeline guarantees: stored before scored, failures retried, one run at a time."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lurewatch.config import load_config
from lurewatch.errors import AlreadyRunning
from lurewatch.pipeline.importer import import_file
from lurewatch.pipeline.lock import pipeline_lock
from lurewatch.pipeline.run import run_pipeline
from lurewatch.storage import Database, count_unscored
from lurewatch.storage.models import Post, ReviewItem, Score
from tests.conftest import write_config
from tests.fakes import FakeScorer


def _config(tmp_path: Path, url: str):  # type: ignore[no-untyped-def]
    return load_config(write_config(tmp_path / "lw.toml", "", url), env={})


def _jsonl(tmp_path: Path, texts: list[str]) -> Path:
    import json

    path = tmp_path / "posts.jsonl"
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    return path


def test_scorer_failure_leaves_posts_unscored_then_retried(db: Database, tmp_path: Path) -> None:
    config = _config(tmp_path, db.url.render_as_string(hide_password=False))
    texts = ["free visa job in Bangkok @agent1", "poison post", "hello neighbours", "visa paid"]
    import_file(db, _jsonl(tmp_path, texts), "partner")
    failing = FakeScorer(fail_on="poison")
    summary, _ = run_pipeline(config, db, scorer_factory=lambda c: failing, crawl=False)
    assert summary.scoring.scored == 3 and summary.scoring.failed == 1
    assert summary.queued == 2
    assert count_unscored(db, "fake-1") == 1
    with db.read() as session:
        assert session.scalar(select(func.count(Post.id))) == 4  # nothing lost
    summary, _ = run_pipeline(config, db, scorer_factory=lambda c: FakeScorer(), crawl=False)
    assert summary.scoring.scored == 1 and summary.scoring.failed == 0
    assert count_unscored(db, "fake-1") == 0


def test_run_twice_is_idempotent(db: Database, tmp_path: Path) -> None:
    config = _config(tmp_path, db.url.render_as_string(hide_password=False))
    path = _jsonl(tmp_path, [f"visa job {i}" for i in range(30)])
    for _ in range(2):
        import_file(db, path, "partner")
        run_pipeline(config, db, scorer_factory=lambda c: FakeScorer(), crawl=False)
    with db.read() as session:
        assert session.scalar(select(func.count(Post.id))) == 30
        assert session.scalar(select(func.count(Score.id))) == 30
        assert session.scalar(select(func.count(ReviewItem.id))) == 30


def test_second_concurrent_run_is_refused(db: Database, tmp_path: Path) -> None:
    config = _config(tmp_path, db.url.render_as_string(hide_password=False))
    with (
        pipeline_lock(db, config.data_path),
        pytest.raises(AlreadyRunning, match="another lurewatch pipeline is running"),
    ):
        run_pipeline(config, db, scorer_factory=lambda c: FakeScorer(), crawl=False)
    # released with the holder: the next run goes ahead
    run_pipeline(config, db, scorer_factory=lambda c: FakeScorer(), crawl=False)


def test_concurrent_runs_from_threads_only_one_runs(db: Database, tmp_path: Path) -> None:
    config = _config(tmp_path, db.url.render_as_string(hide_password=False))
    import_file(db, _jsonl(tmp_path, [f"visa {i}" for i in range(50)]), "partner")
    entered = threading.Event()
    release = threading.Event()
    outcomes: list[str] = []

    class SlowScorer(FakeScorer):
        def score(self, texts, langs=None):  # type: ignore[no-untyped-def]
            entered.set()
            release.wait(10)
            return super().score(texts, langs)

    def first() -> None:
        run_pipeline(config, db, scorer_factory=lambda c: SlowScorer(), crawl=False)
        outcomes.append("ran")

    thread = threading.Thread(target=first)
    thread.start()
    assert entered.wait(10)
    try:
        run_pipeline(config, db, scorer_factory=lambda c: FakeScorer(), crawl=False)
        outcomes.append("second ran")
    except AlreadyRunning:
        outcomes.append("refused")
    release.set()
    thread.join()
    assert outcomes == ["refused", "ran"]


def test_malformed_csv_row_reported_rest_imported(sqlite_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text(
        "id,text,posted_at\n"
        "a1,Work in Dubai visa free,2026-01-02T10:00:00Z\n"
        "a2,,2026-01-02\n"  # line 3: no text
        "a3,Hiring typists,yesterday\n"  # line 4: bad date
        "a4,too,many,fields\n"  # line 5: extra field
        '"a5","Line one\nline two",2026-01-03\n'  # lines 6-7: quoted newline, fine
        "a6,Driver wanted Nairobi\n",  # line 8: missing column is an error
        encoding="utf-8",
    )
    report = import_file(sqlite_db, path, "partner")
    assert report.imported == 2
    assert [line for line, _ in report.problems] == [3, 4, 5, 8]
    reasons = dict(report.problems)
    assert reasons[3] == "no text"
    assert "ISO 8601" in reasons[4]
    assert "more fields" in reasons[5]
    assert "fewer fields" in reasons[8]
    again = import_file(sqlite_db, path, "partner")
    assert again.imported == 0 and again.duplicates == 2


def test_jsonl_import_reports_bad_lines(sqlite_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text('{"text": "ok one"}\nnot json\n[1,2]\n\n{"text": "ok two", "lang": "sw"}\n')
    report = import_file(sqlite_db, path, "partner")
    assert report.imported == 2
    assert [line for line, _ in report.problems] == [2, 3]
