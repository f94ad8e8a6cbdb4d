"""The CLI's edges: one-line errors, exit codes, init, db, import, export, status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import write_config


def lw(
    *args: str, cwd: Path, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("LUREWATCH_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "lurewatch", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
    )


def test_corrupt_config_is_one_line_naming_the_key(tmp_path: Path) -> None:
    config = write_config(tmp_path / "lw.toml", "[scoring]\nthreshold = 'high'\n")
    result = lw("--config", str(config), "status", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "scoring.threshold" in lines[0] and "Traceback" not in result.stderr
    broken = write_config(tmp_path / "broken.toml", "[crawl\n")
    result = lw("--config", str(broken), "config", "check", cwd=tmp_path)
    assert result.returncode == 1 and "not valid TOML" in result.stderr


def test_missing_database_tells_what_to_run(tmp_path: Path) -> None:
    result = lw("status", cwd=tmp_path)
    assert result.returncode == 1
    assert "lurewatch init" in result.stderr and "Traceback" not in result.stderr


def test_init_import_export_flow(tmp_path: Path) -> None:
    result = lw("init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "lurewatch.toml").is_file() and (
        tmp_path / "data" / "lurewatch.db"
    ).is_file()
    again = lw("init", cwd=tmp_path)  # never overwrites the config or recreates the database
    assert "exists; left as it is" in again.stdout and "is up to date" in again.stdout
    posts = tmp_path / "posts.csv"
    posts.write_text("id,text\n1,hello\n2,\n", encoding="utf-8")
    config = str(tmp_path / "lurewatch.toml")
    result = lw("--config", config, "import", str(posts), cwd=tmp_path)
    assert result.returncode == 0
    assert "imported 1 posts" in result.stdout and "posts.csv:3: no text" in result.stderr
    result = lw("--config", config, "export", "--format", "jsonl", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == ""  # nothing flagged yet
    result = lw("--config", config, "db", "current", cwd=tmp_path)
    assert "up to date" in result.stdout


def test_unknown_source_and_bad_import(tmp_path: Path) -> None:
    lw("init", cwd=tmp_path)
    config = str(tmp_path / "lurewatch.toml")
    result = lw("--config", config, "crawl", "nope", cwd=tmp_path)
    assert result.returncode == 1 and "no source named 'nope'" in result.stderr
    result = lw("--config", config, "import", str(tmp_path / "missing.csv"), cwd=tmp_path)
    assert result.returncode == 1 and "not found" in result.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("name,body\nx,y\n", encoding="utf-8")
    result = lw("--config", config, "import", str(bad), cwd=tmp_path)
    assert result.returncode == 1 and "header with a 'text' column" in result.stderr


def test_user_add_and_token(tmp_path: Path) -> None:
    lw("init", cwd=tmp_path)
    config = str(tmp_path / "lurewatch.toml")
    result = lw(
        "--config",
        config,
        "user",
        "add",
        "alice",
        "--admin",
        "--password-stdin",
        cwd=tmp_path,
        stdin="correct horse battery staple\n",
    )
    assert result.returncode == 0, result.stderr
    weak = lw(
        "--config", config, "user", "add", "bob", "--password-stdin", cwd=tmp_path, stdin="123\n"
    )
    assert weak.returncode == 1 and "password" in weak.stderr
    token = lw("--config", config, "user", "token", "alice", cwd=tmp_path)
    assert token.returncode == 0 and token.stdout.strip().startswith("lw_")


@pytest.mark.slow
def test_score_file_needs_no_database_or_config(tmp_path: Path) -> None:
    posts = tmp_path / "in.jsonl"
    posts.write_text(
        json.dumps(
            {
                "id": "a",
                "text": "URGENT customer service in KK Park, free visa and "
                "ticket, salary 2000 USD, contact telegram @hr_kk",
            }
        )
        + "\n"
        + "{broken\n"
        + json.dumps({"text": ""})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = lw("score", "--input", str(posts), "--output", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "line 2" in result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "3"]
    assert rows[0]["flagged"] and rows[0]["category"] == "trafficking_lure"
    assert rows[1]["risk"] == 0 and "empty text" in rows[1]["explanation"]["notes"][0]
    assert not (tmp_path / "data").exists()
