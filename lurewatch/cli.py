"""The `lurewatch` command. Errors are printed as one line with a non-zero exit status;
`--debug` shows the traceback instead."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from lurewatch import __version__
from lurewatch.config import Config, load_config
from lurewatch.errors import AlreadyRunning, LurewatchError
from lurewatch.storage import Database, redact

err = Console(stderr=True, highlight=False, soft_wrap=True)  # one line per message
out = Console(highlight=False, soft_wrap=True)
STARTER = Path(__file__).with_name("starter.toml")


class State:
    """What every command needs, built on first use (a bad config fails only commands
    that read it)."""

    def __init__(self, config_path: str | None, debug: bool) -> None:
        self.config_path = config_path
        self.debug = debug
        self._config: Config | None = None
        self._db: Database | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            self._config = load_config(self.config_path)
        return self._config

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = Database(self.config.effective_database_url)
        return self._db


pass_state = click.make_pass_decorator(State)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    envvar="LUREWATCH_CONFIG",
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="Config file (also LUREWATCH_CONFIG).",
)
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logs.")
@click.version_option(__version__, prog_name="lurewatch")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, debug: bool) -> None:
    """lurewatch: find fraudulent and trafficking job offers in public posts."""
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    ctx.obj = State(config_path, debug)


# --- setup -------------------------------------------------------------------------


@cli.command()
@click.option(
    "--path",
    default="lurewatch.toml",
    show_default=True,
    type=click.Path(),
    help="Where to write the starter config (ignored if --config is given).",
)
@pass_state
def init(state: State, path: str) -> None:
    """Write a commented starter config and create the database."""
    target = Path(state.config_path or path)
    if target.exists():
        out.print(f"{target} exists; left as it is")
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(STARTER.read_text(encoding="utf-8"), encoding="utf-8")
        out.print(f"wrote {target}")
    state.config_path = str(target)
    before, after = state.db.upgrade()
    what = "created" if before is None else ("is up to date" if before == after else "upgraded")
    out.print(f"database {redact(state.db.url)} {what} (schema {after})")
    out.print(f"next: edit {target}, then `lurewatch --config {target} run`")


@cli.group("config")
def config_group() -> None:
    """Check the configuration."""


@config_group.command("check")
@pass_state
def config_check(state: State) -> None:
    """Validate the config file; print what it sets up."""
    config = state.config
    out.print(f"{config.path or 'defaults (no --config)'}: OK")
    out.print(f"database: {redact(config.effective_database_url)}")
    enabled = [s for s in config.sources if s.enabled]
    out.print(f"sources: {len(config.sources)} ({len(enabled)} enabled)")
    for s in config.sources:
        where = s.effective_base_url() or "-"
        out.print(
            f"  {s.name:24} {s.type:11} every {s.interval:5} {where}"
            f"{'' if s.enabled else '  (disabled)'}"
        )


@cli.group("db")
def db_group() -> None:
    """Database schema migrations."""


@db_group.command("upgrade")
@pass_state
def db_upgrade(state: State) -> None:
    """Create or migrate the database to the current schema (never drops data)."""
    before, after = state.db.upgrade()
    if before == after:
        out.print(f"{redact(state.db.url)} is up to date (schema {after})")
    else:
        out.print(f"{redact(state.db.url)}: schema {before or 'empty'} -> {after}")


@db_group.command("current")
@pass_state
def db_current(state: State) -> None:
    """Show the database's schema version and the one this code needs."""
    current = state.db.current_revision()
    head = state.db.head_revision()
    note = "up to date" if current == head else "run `lurewatch db upgrade`"
    out.print(f"schema {current or 'none'} (code needs {head}): {note}")


# --- pipeline ----------------------------------------------------------------------


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


def _run_hooks(progress: Progress) -> Any:
    from lurewatch.pipeline.run import Hooks

    task: dict[str, Any] = {}

    def crawl_done(report: Any) -> None:
        status = "[green]ok[/]" if report.status == "ok" else f"[red]{report.status}[/]"
        err.print(
            f"crawled {report.source}: {status}, {report.stored} new posts"
            + (f" - {report.error}" if report.error else "")
        )

    def scoring_started(total: int) -> None:
        task["id"] = progress.add_task("scoring", total=total)

    def scored(n: int) -> None:
        if "id" in task:
            progress.advance(task["id"], n)

    return Hooks(crawl_done=crawl_done, scoring_started=scoring_started, scored=scored)


@cli.command()
@click.argument("sources", nargs=-1)
@click.option(
    "-s",
    "--set",
    "overrides",
    multiple=True,
    metavar="KEY=VALUE",
    help="Override a Scrapy setting for this crawl (e.g. -s DOWNLOAD_DELAY=5).",
)
@pass_state
def crawl(state: State, sources: tuple[str, ...], overrides: tuple[str, ...]) -> None:
    """Crawl SOURCES (default: every enabled source) and store new posts."""
    from lurewatch.pipeline.crawl import crawl_sources, select_sources
    from lurewatch.pipeline.lock import pipeline_lock

    config, db = state.config, state.db
    db.require_current()
    selected = select_sources(config, sources)
    with pipeline_lock(db, config.data_path):
        reports = crawl_sources(
            config, db, selected, overrides, on_done=_run_hooks(_progress()).crawl_done
        )
    if reports and all(r.status != "ok" for r in reports):
        raise LurewatchError("every source failed; see the errors above and `lurewatch status`")


@cli.command()
@click.option(
    "--input",
    "input_path",
    type=click.Path(dir_okay=False),
    help="JSONL file of posts (text, optional id and lang); '-' for stdin.",
)
@click.option(
    "--output",
    "output_path",
    type=click.Path(dir_okay=False),
    help="Where to write scored JSONL ('-' or omitted: stdout).",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    help="Flag threshold for file scoring (default: the configured one).",
)
@pass_state
def score(
    state: State, input_path: str | None, output_path: str | None, threshold: float | None
) -> None:
    """Score unscored posts in the database, or a JSONL file with --input (no database)."""
    if input_path:
        from classifier.jsonl import score_file

        config = state.config if state.config_path else None
        if threshold is None and config is not None:
            threshold = config.scoring.flag_threshold
        with _progress() as progress:
            task = progress.add_task("scoring", total=None)
            report = score_file(
                input_path,
                output_path,
                threshold,
                model_dir=config.scoring.model_dir or None if config else None,
                cache_dir=config.scoring.cache_dir or None if config else None,
                progress=lambda n: progress.advance(task, n),
            )
        err.print(f"scored {report.scored} posts, {report.flagged} flagged")
        for line, reason in report.problems[:20]:
            err.print(f"[yellow]line {line}: {reason}[/] (skipped)")
        if len(report.problems) > 20:
            err.print(f"... and {len(report.problems) - 20} more skipped lines")
        return
    from lurewatch.pipeline.lock import pipeline_lock
    from lurewatch.pipeline.run import RunSummary, load_scorer, score_and_queue

    config, db = state.config, state.db
    db.require_current()
    summary = RunSummary()
    with pipeline_lock(db, config.data_path), _progress() as progress:
        score_and_queue(config, db, load_scorer, _run_hooks(progress), summary)
    s = summary.scoring
    out.print(
        f"scored {s.scored} posts with {summary.model_version}: {s.flagged} flagged, "
        f"{s.failed} failed (retried next run); {summary.queued} queued for review"
    )


@cli.command()
@click.argument("sources", nargs=-1)
@click.option(
    "-s",
    "--set",
    "overrides",
    multiple=True,
    metavar="KEY=VALUE",
    help="Override a Scrapy setting for this run.",
)
@click.option("--no-crawl", is_flag=True, help="Only score and queue what is stored.")
@pass_state
def run(state: State, sources: tuple[str, ...], overrides: tuple[str, ...], no_crawl: bool) -> None:
    """Crawl, then score new posts, then queue those over the threshold (cron-safe)."""
    from lurewatch.pipeline.run import load_scorer, run_pipeline, summary_lines

    try:
        with _progress() as progress:
            summary, _ = run_pipeline(
                state.config,
                state.db,
                sources,
                load_scorer,
                overrides,
                _run_hooks(progress),
                crawl=not no_crawl,
            )
    except AlreadyRunning as exc:
        err.print(f"skipped: {exc}")  # not an error under cron: the other run does the work
        return
    for line in summary_lines(summary):
        out.print(line)


@cli.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--source",
    "source_name",
    default="import",
    show_default=True,
    help="Source name the posts are stored under.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "facebook"]),
    help="Default: from the file extension (.csv, .jsonl, .html = saved Facebook page).",
)
@pass_state
def import_(state: State, file: str, source_name: str, fmt: str | None) -> None:
    """Import posts from a CSV/JSONL file or a saved Facebook group page."""
    from lurewatch.pipeline.importer import import_file

    report = import_file(state.db, Path(file), source_name, fmt)
    for line, reason in report.problems[:50]:
        err.print(f"[yellow]{file}:{line}: {reason}[/] (skipped)")
    if len(report.problems) > 50:
        err.print(f"... and {len(report.problems) - 50} more problems")
    out.print(
        f"imported {report.imported} posts into {source_name!r} "
        f"({report.duplicates} already known, {len(report.problems)} skipped)"
    )
    if report.read and not report.imported and not report.duplicates:
        raise LurewatchError("nothing could be imported; fix the lines reported above")


@cli.command()
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="File (default: stdout).")
@click.option("--status", type=click.Choice(["open", "claimed", "decided"]))
@click.option("--verdict", type=click.Choice(["confirmed", "not_fraud", "escalate", "unsure"]))
@click.option("--category", help="Model category, e.g. trafficking_lure.")
@click.option("--lang", help="Language code, e.g. th.")
@click.option("--source", help="Source name.")
@click.option("--since", type=click.DateTime(), help="Queued on or after this date.")
@click.option("--redact", is_flag=True, help="Replace phones, handles, links and authors.")
@pass_state
def export(state: State, fmt: str, output: str | None, redact: bool, **filters: Any) -> None:
    """Export flagged posts and review decisions as CSV or JSONL."""
    from lurewatch.pipeline.export import ExportFilter, export_rows, write_export

    state.db.require_current()
    flt = ExportFilter(**filters)
    rows = export_rows(state.db, flt, redact=redact)
    if output:
        with open(output, "w", encoding="utf-8", newline="") as handle:
            count = write_export(rows, fmt, handle)
        err.print(f"exported {count} rows to {output}")
    else:
        write_export(rows, fmt, sys.stdout)


@cli.command()
@click.option("--tick", default=30.0, show_default=True, help="Seconds between checks.")
@click.option(
    "-s",
    "--set",
    "overrides",
    multiple=True,
    metavar="KEY=VALUE",
    help="Override a Scrapy setting for every crawl.",
)
@pass_state
def schedule(state: State, tick: float, overrides: tuple[str, ...]) -> None:
    """Run each enabled source on its interval until stopped (SIGTERM/Ctrl-C)."""
    from lurewatch.pipeline.schedule import schedule_loop

    state.db.require_current()
    if not any(s.enabled for s in state.config.sources):
        raise LurewatchError("no enabled sources; set enabled = true on a [[sources]] entry")
    out.print(f"scheduling {sum(s.enabled for s in state.config.sources)} sources; Ctrl-C stops")
    schedule_loop(state.config, state.db, out.print, tick_seconds=tick, scrapy_overrides=overrides)


@cli.command()
@pass_state
def status(state: State) -> None:
    """Last runs per source, failing sources, counts and the scoring backlog."""
    from classifier import current_model_version
    from lurewatch.pipeline.status import gather_status

    config = state.config
    state.db.require_current()
    st = gather_status(config, state.db, current_model_version(config.scoring.model_dir or None))
    table = Table("source", "type", "last run (UTC)", "result", "new", "posts", "failures")
    for s in st.sources:
        result = s.last_status or "never run"
        if s.failing:
            result = f"[red]FAILING: {s.last_error or s.last_status}[/]"
        elif not s.enabled:
            result += " (disabled)"
        when = f"{s.last_run_at:%Y-%m-%d %H:%M}" if s.last_run_at else "-"
        table.add_row(
            s.name,
            s.type,
            when,
            result,
            str(s.last_new_posts),
            str(s.posts),
            str(s.consecutive_failures),
        )
    out.print(table)
    q = st.queue
    out.print(
        f"posts {st.posts}; scored by {st.model_version}: {st.scored} "
        f"({st.flagged} flagged); backlog {st.unscored} unscored"
    )
    out.print(
        f"review queue: {q.get('open', 0)} open, {q.get('claimed', 0)} claimed, "
        f"{q.get('decided', 0)} decided"
    )


# --- review app and accounts ---------------------------------------------------------


@cli.command()
@click.option("--host", help="Default: [review] host.")
@click.option("--port", type=int, help="Default: [review] port.")
@pass_state
def serve(state: State, host: str | None, port: int | None) -> None:
    """Start the review web app."""
    from review.server import serve_app

    state.db.require_current()
    serve_app(state.config, host or state.config.review.host, port or state.config.review.port)


@cli.group()
def user() -> None:
    """Accounts of the review app."""


@user.command("add")
@click.argument("username")
@click.option("--admin", "role", flag_value="admin", help="Administrator.")
@click.option("--reviewer", "role", flag_value="reviewer", default=True, help="Reviewer (default).")
@click.option("--viewer", "role", flag_value="viewer", help="Read-only.")
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin (scripts).")
@pass_state
def user_add(state: State, username: str, role: str, password_stdin: bool) -> None:
    """Create an account (asks for the password)."""
    from lurewatch.storage.users import create_user
    from review.auth import check_password_strength, hash_password

    state.db.require_current()
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("password", hide_input=True, confirmation_prompt=True)
    check_password_strength(password)
    create_user(state.db, username, hash_password(password), role, actor="cli")
    out.print(f"created {role} {username!r}")


@user.command("token")
@click.argument("username")
@click.option("--name", default="cli", show_default=True, help="A label for the token.")
@pass_state
def user_token(state: State, username: str, name: str) -> None:
    """Create an API token for USERNAME (shown once)."""
    import secrets

    from sqlalchemy import select

    from lurewatch.storage.models import User
    from lurewatch.storage.users import add_token

    state.db.require_current()
    with state.db.read() as session:
        user_id = session.scalar(select(User.id).where(User.username == username))
    if user_id is None:
        raise LurewatchError(f"no user {username!r}; create it with `lurewatch user add`")
    token = "lw_" + secrets.token_urlsafe(32)
    add_token(state.db, user_id, name, token, actor="cli")
    out.print(token)
    err.print("keep it secret: it is shown only once (send it as 'Authorization: Bearer ...')")


# --- model --------------------------------------------------------------------------


@cli.command()
@click.option("--corpus", type=click.Path(file_okay=False), help="Default: the bundled corpora/.")
@click.option(
    "--output",
    type=click.Path(file_okay=False),
    help="Model folder to write (default: <data_dir>/model-<version>).",
)
@click.option("--seed", default=13, show_default=True)
@pass_state
def train(state: State, corpus: str | None, output: str | None, seed: int) -> None:
    """Rebuild the classifier head from the corpus (writes a model card)."""
    from classifier.training import train_cli

    train_cli(corpus, output, seed, state.config if state.config_path else None, out.print)


@cli.command()
@click.option("--corpus", type=click.Path(file_okay=False), help="Default: the bundled corpora/.")
@click.option("--model-dir", type=click.Path(file_okay=False), help="Default: bundled model.")
@click.option(
    "--split",
    default="test",
    show_default=True,
    type=click.Choice(["dev", "test", "holdout"]),
    help="holdout: corpora/holdout/, written apart from the corpus.",
)
@click.option(
    "--emscad",
    type=click.Path(dir_okay=False),
    help="Also evaluate on the EMSCAD fake-job CSV (checksum-verified).",
)
@click.option(
    "--json", "json_path", type=click.Path(dir_okay=False), help="Also write the figures as JSON."
)
@pass_state
def evaluate(
    state: State,
    corpus: str | None,
    model_dir: str | None,
    split: str,
    emscad: str | None,
    json_path: str | None,
) -> None:
    """Evaluate the model and its baselines on a held-out split."""
    from classifier.evaluation import evaluate_cli

    evaluate_cli(
        corpus,
        model_dir,
        split,
        emscad,
        json_path,
        state.config if state.config_path else None,
        out.print,
    )


@cli.command()
@click.option("--port", default=0, help="Port of the bundled sample site (0: any free port).")
@click.option(
    "--dir",
    "demo_dir",
    default="data/demo",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Where the demo's config and database go.",
)
@pass_state
def demo(state: State, port: int, demo_dir: str) -> None:
    """Crawl the bundled sample site, score, fill the queue, say how to open the app."""
    from lurewatch.demo.run import run_demo

    run_demo(Path(demo_dir), port, lambda line: out.print(line, soft_wrap=True), _progress())


# --- entry point -------------------------------------------------------------------


def _fail(message: str, code: int = 1) -> NoReturn:
    err.print(f"[red]error:[/] {message}", soft_wrap=True)
    sys.exit(code)


def main(argv: list[str] | None = None) -> None:
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    handled: tuple[type[BaseException], ...] = (LurewatchError,)
    for module, name in (
        ("classifier.errors", "ClassifierError"),
        ("crawler.errors", "CrawlerError"),
        ("review.errors", "ReviewError"),
    ):
        with contextlib.suppress(ImportError, AttributeError):
            handled += (getattr(__import__(module, fromlist=[name]), name),)
    try:
        cli.main(args=argv, prog_name="lurewatch", standalone_mode=False)
    except click.exceptions.Abort:
        _fail("aborted", 130)
    except click.ClickException as exc:
        _fail(exc.format_message(), exc.exit_code)
    except handled as exc:
        if debug:
            raise
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except Exception as exc:
        if debug or os.environ.get("LUREWATCH_DEBUG"):
            raise
        _fail(f"unexpected {type(exc).__name__}: {exc} (rerun with --debug for details)", 2)
