"""Configuration: defaults work, errors name the key and the fix, env overrides apply."""

from __future__ import annotations

from pathlib import Path

import pytest

from lurewatch.config import load_config, parse_interval
from lurewatch.errors import ConfigError
from tests.conftest import write_config

GOOD = """
[scoring]
threshold = 0.7

[[sources]]
name = "tg"
type = "telegram"
channel = "jobs_abroad"
interval = "30m"
"""


def test_defaults_need_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config(None, env={})
    assert config.scoring.threshold is None  # the model's recommendation applies
    assert 0 < config.scoring.flag_threshold < 1
    assert config.effective_database_url == f"sqlite:///{tmp_path / 'data' / 'lurewatch.db'}"


def test_file_values_and_relative_paths(tmp_path: Path) -> None:
    (tmp_path / "conf").mkdir()
    path = write_config(tmp_path / "conf" / "lw.toml", GOOD)
    config = load_config(path, env={})
    assert config.scoring.threshold == 0.7
    assert config.source("tg").options == {"channel": "jobs_abroad"}
    assert config.source("tg").interval_seconds == 1800
    assert config.source("tg").effective_base_url() == "https://t.me"
    # data_dir is relative to the config file, not to the working directory of cron
    assert config.data_path == (tmp_path / "conf" / "data").resolve()


def test_env_overrides(tmp_path: Path) -> None:
    path = write_config(tmp_path / "lw.toml", GOOD)
    env = {
        "LUREWATCH_SCORING__THRESHOLD": "0.9",
        "LUREWATCH_DATABASE_URL": "sqlite:///x.db",
        "LUREWATCH_CRAWL__OBEY_ROBOTS": "false",
    }
    config = load_config(path, env=env)
    assert config.scoring.threshold == 0.9
    assert config.crawl.obey_robots is False
    assert config.effective_database_url == f"sqlite:///{(tmp_path / 'x.db').resolve()}"


@pytest.mark.parametrize(
    ("body", "key", "fix"),
    [
        ("[scoring]\nthresold = 0.5\n", "scoring.thresold", "did you mean 'threshold'"),
        ("[scoring]\nthreshold = 'high'\n", "scoring.threshold", "must be float"),
        ("[scoring]\nthreshold = 1.5\n", "scoring.threshold", "between 0 and 1"),
        ("[crawl]\nobey_robots = 'yes'\n", "crawl.obey_robots", "true or false"),
        ("[[sources]]\nname='a'\ntype='telegram'\n", "sources.a.channel", "is required"),
        ("[[sources]]\nname='a'\ntype='gopher'\n", "sources.a.type", "unknown"),
        (
            "[[sources]]\nname='a'\ntype='telegram'\nchannel='c'\ninterval='5s'\n",
            "sources.a.interval",
            "shorter than a minute",
        ),
        (
            "[[sources]]\nname='a'\ntype='mastodon'\ntag='x'\ntoken='abc'\n",
            "sources.a.token",
            "secrets never go in the config file",
        ),
        (
            "[[sources]]\nname='a'\ntype='reddit'\nsubreddit='x'\n[[sources]]\nname='a'\n"
            "type='reddit'\nsubreddit='y'\n",
            "sources.a.name",
            "unique",
        ),
        ("database_url = 'mysql://x'\n", "database_url", "not supported"),
    ],
)
def test_bad_config_names_key_and_fix(tmp_path: Path, body: str, key: str, fix: str) -> None:
    path = write_config(tmp_path / "lw.toml", body)
    with pytest.raises(ConfigError) as info:
        load_config(path, env={})
    message = str(info.value)
    assert key in message and fix in message
    assert "\n" not in message  # one line for the CLI


def test_broken_toml_and_missing_file(tmp_path: Path) -> None:
    path = write_config(tmp_path / "lw.toml", "[scoring\nthreshold = 1\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path, env={})
    with pytest.raises(ConfigError, match="lurewatch init"):
        load_config(tmp_path / "missing.toml", env={})


def test_bad_env_override_names_variable(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"LUREWATCH_SCORING__BATCH_SIZE.*not a number"):
        load_config(None, env={"LUREWATCH_SCORING__BATCH_SIZE": "many"})
    with pytest.raises(ConfigError, match=r"LUREWATCH_NOPE__X.*no section"):
        load_config(None, env={"LUREWATCH_NOPE__X": "1"})


def test_process_variables_are_not_config_keys(tmp_path: Path) -> None:
    # CI exports LUREWATCH_TEST_REQUIRE_PG; operators set the cache dir or debug flag.
    env = {
        "LUREWATCH_TEST_REQUIRE_PG": "1",
        "LUREWATCH_CACHE_DIR": "/tmp/cache",
        "LUREWATCH_DEBUG": "1",
        "LUREWATCH_SECRET_KEY": "s",
        "LUREWATCH_EMSCAD_SHA256": "0" * 64,
    }
    assert load_config(write_config(tmp_path / "lw.toml", GOOD), env=env).scoring.threshold == 0.7
    with pytest.raises(ConfigError, match=r"LUREWATCH_DATABSE_URL.*did you mean 'database_url'"):
        load_config(None, env={"LUREWATCH_DATABSE_URL": "sqlite:///x.db"})


def test_intervals() -> None:
    assert parse_interval("90s", "k") == 90
    assert parse_interval("6h", "k") == 21600
    assert parse_interval("1d", "k") == 86400
    with pytest.raises(ConfigError, match="not an interval"):
        parse_interval("soon", "k")


def test_starter_config_is_valid(tmp_path: Path) -> None:
    starter = Path(__file__).parents[1] / "lurewatch" / "starter.toml"
    config = load_config(starter, env={})
    assert {s.type for s in config.sources} == {
        "telegram",
        "mastodon",
        "reddit",
        "jobposting",
        "feed",
        "site",
    }
    assert not any(s.enabled for s in config.sources)
