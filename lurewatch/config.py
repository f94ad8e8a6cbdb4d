"""One validated configuration: a TOML file, environment overrides, defaults that work.

Every setting is a dataclass field whose `metadata["help"]` is its documentation; the
README's reference is checked against these by a test. Errors name the key and the fix.

Environment overrides: `LUREWATCH_<KEY>` for a top-level key (`LUREWATCH_DATABASE_URL`)
and `LUREWATCH_<SECTION>__<KEY>` for a key in a section (`LUREWATCH_SCORING__THRESHOLD`).
Secrets never live in the file: a source names the variable that holds its token.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
import types
import typing
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any

from lurewatch.errors import ConfigError

ENV_PREFIX = "LUREWATCH_"
# Variables with the prefix that are read by the process, not config overrides; any
# other LUREWATCH_* name must be a config key, so a typo fails loudly.
PROCESS_ENV = frozenset(
    {
        "LUREWATCH_CONFIG",
        "LUREWATCH_SECRET_KEY",
        "LUREWATCH_CACHE_DIR",
        "LUREWATCH_DEBUG",
        "LUREWATCH_EMSCAD_SHA256",
    }
)
SECRET_WORDS = ("token", "password", "secret", "api_key", "apikey")


def setting(default: Any = MISSING, help: str = "", **kwargs: Any) -> Any:
    """A dataclass field with help text (shown by the README and `config check`)."""
    if default is not MISSING:
        kwargs["default"] = default
    return field(metadata={"help": help}, **kwargs)


@dataclass
class CrawlSettings:
    contact_url: str = setting(
        "https://github.com/lurewatch/lurewatch",
        help="URL in the User-Agent where site owners can reach the operator.",
    )
    user_agent: str = setting(
        "",
        help="Full User-Agent; empty means 'lurewatch/<version> (+<contact_url>)'.",
    )
    obey_robots: bool = setting(True, help="Obey robots.txt (Scrapy ROBOTSTXT_OBEY).")
    download_delay: float = setting(2.0, help="Seconds between requests to one domain.")
    autothrottle: bool = setting(True, help="Adapt the delay to the server's latency.")
    concurrent_per_domain: int = setting(1, help="Requests in flight per domain.")
    timeout: int = setting(30, help="Seconds before a request is abandoned.")
    retries: int = setting(3, help="Retries of a failed request (timeouts, 429, 5xx).")
    max_pages: int = setting(20, help="Pages followed per source and run (older pages next run).")
    http_cache: bool = setting(
        False, help="Cache responses under <data_dir>/httpcache (development)."
    )
    failure_alert_after: int = setting(
        3, help="Consecutive failed runs after which `status` reports a source as failing."
    )


@dataclass
class ScoringSettings:
    threshold: float | None = setting(
        None,
        help="Posts with risk at or above this enter the review queue; unset means the "
        "model's recommended threshold (chosen on the dev split, see its model card).",
    )
    model_dir: str = setting(
        "", help="Folder of a trained head (from `lurewatch train`); empty means the bundled model."
    )
    cache_dir: str = setting(
        "",
        help="Where the converted transformer is cached (~470 MB); empty means "
        "$LUREWATCH_CACHE_DIR or ~/.cache/lurewatch, shared by every config.",
    )
    batch_size: int = setting(
        32,
        help="Posts read and saved per scoring step (the transformer runs one post per core).",
    )
    max_chars: int = setting(
        5000, help="Longer posts are truncated to this many characters before scoring (noted)."
    )
    cascade: bool = setting(
        True, help="Let obvious non-recruitment posts skip the transformer (faster)."
    )
    quantize: bool = setting(True, help="Run the encoder with int8 dynamic quantisation on CPU.")

    @property
    def flag_threshold(self) -> float:
        """The threshold in force: the configured one, else the model's recommendation."""
        if self.threshold is not None:
            return self.threshold
        from classifier.errors import ModelError
        from classifier.model import recommended_threshold

        try:
            return recommended_threshold(self.model_dir or None)
        except ModelError:
            return 0.5


@dataclass
class ReviewSettings:
    host: str = setting("127.0.0.1", help="Address `lurewatch serve` listens on.")
    port: int = setting(8000, help="Port `lurewatch serve` listens on.")
    lease_minutes: int = setting(15, help="Minutes a claimed item stays with its reviewer.")
    public_check: bool = setting(True, help="Serve the public 'check a job offer' page at /check.")
    store_public_checks: bool = setting(
        False, help="Keep the text pasted into the public check page (off: nothing is stored)."
    )
    https: bool = setting(
        False, help="The app is served over HTTPS (behind a proxy): session cookies are Secure."
    )
    help_contacts: dict[str, str] = setting(
        default_factory=dict,
        help="Where job seekers get help, per country code or 'default', shown on /check.",
    )
    session_hours: int = setting(
        12, help="Hours a sign-in lasts; then the reviewer signs in again."
    )
    login_attempts: int = setting(
        5, help="Failed sign-ins allowed per account and address in 15 minutes (then 429)."
    )
    check_per_minute: int = setting(
        10, help="Public checks (page and API) allowed per address per minute (then 429)."
    )


SOURCE_TYPES: dict[str, dict[str, str]] = {
    # type -> {option: help}; options marked "*" in the help are required.
    "telegram": {"channel": "* public channel name (t.me/s/<channel>)"},
    "mastodon": {
        "tag": "* hashtag without '#'",
        "token_env": "environment variable holding an access token, for instances that need one",
    },
    "reddit": {"subreddit": "* subreddit name without 'r/'"},
    "jobposting": {
        "start_url": "* listing page or sitemap URL of the job board",
        "link_pattern": "regular expression a job-posting link must match (listing pages)",
        "sitemap": "true when start_url is a sitemap.xml",
        "next_page": "CSS selector of the next listing page link (default: rel=next links)",
    },
    "feed": {"url": "* RSS or Atom feed URL (absolute, or a path under base_url)"},
    "site": {
        "list_url": "* first listing page",
        "item_link": "* CSS selector of links to items on a listing page",
        "next_page": "CSS selector of the next listing page link",
        "fields": "* table of CSS/XPath selectors: text (required), title, author, posted_at, id",
    },
}
DEFAULT_BASE_URLS = {
    "telegram": "https://t.me",
    "mastodon": "https://mastodon.social",
    "reddit": "https://www.reddit.com",
}


@dataclass
class SourceConfig:
    name: str = setting(help="Unique name of the source, used on the command line.")
    type: str = setting(help="One of: " + ", ".join(SOURCE_TYPES) + ".")
    enabled: bool = setting(True, help="Disabled sources are skipped by `run` and `schedule`.")
    interval: str = setting("1h", help="How often `schedule` crawls it: 90s, 30m, 6h, 1d.")
    base_url: str = setting(
        "", help="Host to crawl instead of the real site (a mirror, proxy or local replay)."
    )
    options: dict[str, Any] = setting(
        default_factory=dict, help="Type-specific keys (channel, tag, subreddit, url, ...)."
    )

    @property
    def interval_seconds(self) -> int:
        return parse_interval(self.interval, f"sources.{self.name}.interval")

    def effective_base_url(self) -> str:
        return (self.base_url or DEFAULT_BASE_URLS.get(self.type, "")).rstrip("/")


@dataclass
class Config:
    database_url: str = setting(
        "",
        help="SQLAlchemy URL; empty means SQLite at <data_dir>/lurewatch.db. "
        "PostgreSQL: postgresql+psycopg://user@host/db.",
    )
    data_dir: str = setting(
        "data", help="Folder for the SQLite database, locks, caches (relative to the config file)."
    )
    crawl: CrawlSettings = setting(default_factory=CrawlSettings, help="Crawling politeness.")
    scoring: ScoringSettings = setting(default_factory=ScoringSettings, help="The classifier.")
    review: ReviewSettings = setting(default_factory=ReviewSettings, help="The review web app.")
    sources: list[SourceConfig] = setting(default_factory=list, help="What to crawl.")
    path: Path | None = field(default=None, compare=False, metadata={"internal": True})

    @property
    def base_dir(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    @property
    def data_path(self) -> Path:
        return (self.base_dir / self.data_dir).resolve()

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return resolve_sqlite_url(self.database_url, self.base_dir)
        return f"sqlite:///{self.data_path / 'lurewatch.db'}"

    def source(self, name: str) -> SourceConfig:
        for src in self.sources:
            if src.name == name:
                return src
        known = ", ".join(s.name for s in self.sources) or "none configured"
        raise ConfigError("sources", f"no source named {name!r} (known: {known})")


def resolve_sqlite_url(url: str, base_dir: Path) -> str:
    """Make a relative SQLite path relative to the config file, not to the cwd of cron."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
        return prefix + str((base_dir / url[len(prefix) :]).resolve())
    return url


_INTERVAL = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$")


def parse_interval(value: str | int, key: str) -> int:
    if isinstance(value, int):
        seconds = value
    else:
        match = _INTERVAL.match(str(value))
        if not match:
            raise ConfigError(key, f"{value!r} is not an interval; write e.g. 90s, 30m, 6h or 1d")
        seconds = int(match[1]) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match[2]]
    if seconds < 60:
        raise ConfigError(key, f"{value!r} is shorter than a minute; crawl politely (>= 60s)")
    return seconds


# --- loading -------------------------------------------------------------------------


def load_config(path: str | Path | None = None, env: dict[str, str] | None = None) -> Config:
    """Load and validate a config file (or the defaults), then apply environment overrides."""
    env = dict(os.environ) if env is None else env
    raw: dict[str, Any] = {}
    file_path: Path | None = None
    if path is not None:
        file_path = Path(path).expanduser().resolve()
        if not file_path.is_file():
            raise ConfigError("", f"config file {path} not found; create one with `lurewatch init`")
        try:
            raw = tomllib.loads(file_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError("", f"not valid TOML ({exc}); fix the syntax", str(path)) from exc
        except UnicodeDecodeError as exc:
            raise ConfigError("", "not UTF-8 text; save the file as UTF-8", str(path)) from exc
    label = str(path) if path else "defaults"
    try:
        raw = _apply_env(raw, env)
        config = _build(Config, raw, "")
        config.path = file_path
        _validate(config)
    except ConfigError as exc:
        if label != "defaults" and not str(exc).startswith(label):
            raise ConfigError("", str(exc), label) from exc
        raise
    return config


def _apply_env(raw: dict[str, Any], env: dict[str, str]) -> dict[str, Any]:
    sections = {
        f.name
        for f in fields(Config)
        if not f.metadata.get("internal") and is_dataclass(_field_type(Config, f.name))
    }
    for name, value in env.items():
        if not name.startswith(ENV_PREFIX) or name in PROCESS_ENV:
            continue
        rest = name[len(ENV_PREFIX) :].lower()
        if rest.startswith("test_"):
            continue  # LUREWATCH_TEST_* belong to the test suite
        if "__" in rest:
            section, key = rest.split("__", 1)
            if section not in sections:
                raise ConfigError(name, f"no section [{section}]; sections: {sorted(sections)}")
            raw.setdefault(section, {})[key] = _coerce_env(
                value, _field_type(_field_type(Config, section), key, name), name
            )
        else:
            raw[rest] = _coerce_env(value, _field_type(Config, rest, name), name)
    return raw


def _coerce_env(value: str, kind: Any, key: str) -> Any:
    if typing.get_origin(kind) in (types.UnionType, typing.Union):
        kind = next(a for a in typing.get_args(kind) if a is not type(None))
    if kind is bool:
        if value.lower() in ("1", "true", "yes", "on"):
            return True
        if value.lower() in ("0", "false", "no", "off"):
            return False
        raise ConfigError(key, f"{value!r} is not a boolean; use true or false")
    if kind in (int, float):
        try:
            return kind(value)
        except ValueError as exc:
            raise ConfigError(key, f"{value!r} is not a number") from exc
    return value


def _field_type(cls: type, name: str, key: str = "") -> Any:
    hints = typing.get_type_hints(cls)
    if name not in hints or name == "path":
        known = [f.name for f in fields(cls) if f.name != "path"]
        hint = difflib.get_close_matches(name, known, 1)
        fix = f"did you mean {hint[0]!r}?" if hint else f"known keys: {', '.join(known)}"
        raise ConfigError(key or name, f"unknown key; {fix}")
    return hints[name]


def _type_name(kind: Any) -> str:
    return getattr(kind, "__name__", str(kind))


def _build(cls: type, raw: Any, prefix: str) -> Any:
    where = prefix.rstrip(".") or "top level"
    if not isinstance(raw, dict):
        raise ConfigError(where, "must be a table of keys")
    kwargs: dict[str, Any] = {}
    for key, value in raw.items():
        full = f"{prefix}{key}"
        if cls is SourceConfig and key not in {f.name for f in fields(SourceConfig)}:
            kwargs.setdefault("options", {})[key] = value  # type-specific, checked in _validate
            continue
        kind = _field_type(cls, key, full)
        kwargs[key] = _convert(kind, value, full)
    for f in fields(cls):
        required = f.default is MISSING and f.default_factory is MISSING
        if required and f.name not in kwargs and not f.metadata.get("internal"):
            raise ConfigError(f"{prefix}{f.name}", "is required")
    return cls(**kwargs)


def _convert(kind: Any, value: Any, key: str) -> Any:
    origin = typing.get_origin(kind)
    if isinstance(kind, type) and is_dataclass(kind):
        return _build(kind, value, key + ".")
    if origin is list:
        (item,) = typing.get_args(kind)
        if not isinstance(value, list):
            raise ConfigError(key, "must be a list ([[" + key + "]] tables)")
        out = []
        for i, entry in enumerate(value):
            label = f"{key}[{i}]"
            if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                label = f"{key}.{entry['name']}"
            out.append(_convert(item, entry, label))
        return out
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(key, "must be a table")
        return dict(value)
    if origin in (types.UnionType, typing.Union):
        kind = next(a for a in typing.get_args(kind) if a is not type(None))
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if kind is bool and not isinstance(value, bool):
        raise ConfigError(key, f"{value!r} must be true or false")
    if kind in (int, float, str) and (not isinstance(value, kind) or isinstance(value, bool)):
        raise ConfigError(key, f"{value!r} must be {_type_name(kind)}")
    return value


def _validate(config: Config) -> None:
    threshold = config.scoring.threshold
    if threshold is not None and not 0.0 <= threshold <= 1.0:
        raise ConfigError("scoring.threshold", "must be between 0 and 1, e.g. 0.5")
    for key in ("batch_size", "max_chars"):
        if getattr(config.scoring, key) < 1:
            raise ConfigError(f"scoring.{key}", "must be at least 1")
    for key in ("concurrent_per_domain", "max_pages", "timeout", "failure_alert_after"):
        if getattr(config.crawl, key) < 1:
            raise ConfigError(f"crawl.{key}", "must be at least 1")
    if config.crawl.download_delay < 0 or config.crawl.retries < 0:
        raise ConfigError("crawl", "download_delay and retries cannot be negative")
    for key in ("lease_minutes", "session_hours", "login_attempts", "check_per_minute"):
        if getattr(config.review, key) < 1:
            raise ConfigError(f"review.{key}", "must be at least 1")
    for country, contact in config.review.help_contacts.items():
        if not isinstance(contact, str) or not contact.strip():
            raise ConfigError(f"review.help_contacts.{country}", "must be a non-empty string")
    if not 0 < config.review.port < 65536:
        raise ConfigError("review.port", "must be a port number between 1 and 65535")
    url = config.database_url
    if url and not re.match(r"^(sqlite|postgresql(\+\w+)?)://", url):
        raise ConfigError(
            "database_url", f"{url!r} is not supported; use sqlite:///path or postgresql+psycopg://"
        )
    names: set[str] = set()
    for src in config.sources:
        key = f"sources.{src.name or '?'}"
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", src.name):
            raise ConfigError(f"{key}.name", "use letters, digits, '-', '_' or '.' (max 64)")
        if src.name in names:
            raise ConfigError(f"{key}.name", "is used by two sources; names must be unique")
        names.add(src.name)
        if src.type not in SOURCE_TYPES:
            raise ConfigError(
                f"{key}.type", f"{src.type!r} unknown; use one of {list(SOURCE_TYPES)}"
            )
        src.interval_seconds  # noqa: B018  (validates the interval)
        allowed = SOURCE_TYPES[src.type]
        for option, value in src.options.items():
            if any(word in option.lower() for word in SECRET_WORDS) and not option.endswith("_env"):
                raise ConfigError(
                    f"{key}.{option}",
                    "secrets never go in the config file; set "
                    f"{option}_env = 'NAME' and export NAME in the environment",
                )
            if option not in allowed:
                hint = difflib.get_close_matches(option, list(allowed), 1)
                fix = f"did you mean {hint[0]!r}?" if hint else f"{src.type} takes {list(allowed)}"
                raise ConfigError(f"{key}.{option}", f"unknown key; {fix}")
            if option == "fields" and not isinstance(value, dict):
                raise ConfigError(f"{key}.fields", "must be a table of selectors")
        for option, help_text in allowed.items():
            if help_text.startswith("*") and option not in src.options:
                raise ConfigError(f"{key}.{option}", f"is required for {src.type} sources")
        if src.type == "site" and "text" not in src.options["fields"]:
            raise ConfigError(f"{key}.fields.text", "is required: the selector of the post text")
        if src.base_url and not re.match(r"^https?://", src.base_url):
            raise ConfigError(f"{key}.base_url", "must start with http:// or https://")


def iter_settings(cls: type = Config, prefix: str = "") -> typing.Iterator[tuple[str, str]]:
    """(dotted key, help) for every documented setting, for docs and `config check`."""
    for f in fields(cls):
        if f.metadata.get("internal"):
            continue
        kind = typing.get_type_hints(cls)[f.name]
        if is_dataclass(kind):
            yield from iter_settings(kind, f"{prefix}{f.name}.")  # type: ignore[arg-type]
        elif f.name == "sources":
            yield from iter_settings(SourceConfig, "sources[].")
        else:
            yield f"{prefix}{f.name}", f.metadata.get("help", "")
