"""Reference sections of the README, generated from the code so they cannot drift.

`python -m lurewatch.docs` rewrites the blocks between the README's markers; a test
fails when the README is out of date (every setting and every command is documented).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

import click

from lurewatch.config import SOURCE_TYPES, Config, iter_settings

README = Path(__file__).resolve().parents[1] / "README.md"


def _default(key: str) -> str:
    value: object = Config()
    for part in key.split("."):
        if part == "sources[]":
            return "-"
        value = getattr(value, part)
    if value == "" or value == {}:
        return "(empty)"
    return f"`{str(value).lower() if isinstance(value, bool) else value}`"


def settings_markdown() -> str:
    lines = ["| key | default | meaning |", "| --- | --- | --- |"]
    for key, help_text in iter_settings():
        lines.append(f"| `{key}` | {_default(key)} | {help_text} |")
    lines += [
        "",
        "Options of each source type (`*` required):",
        "",
        "| type | option | meaning |",
        "| --- | --- | --- |",
    ]
    for type_, options in SOURCE_TYPES.items():
        for option, help_text in options.items():
            lines.append(f"| `{type_}` | `{option}` | {help_text} |")
    return "\n".join(lines)


def _commands(group: click.Group, prefix: str) -> list[tuple[str, click.Command]]:
    out: list[tuple[str, click.Command]] = []
    for name in sorted(group.commands):
        command = group.commands[name]
        full = f"{prefix} {name}"
        if isinstance(command, click.Group):
            out += _commands(command, full)
        else:
            out.append((full, command))
    return out


def cli_markdown() -> str:
    from lurewatch.cli import cli

    ctx = click.Context(cli)
    lines = ["| command | what it does |", "| --- | --- |"]
    for name, command in _commands(cli, "lurewatch"):
        usage = " ".join(command.collect_usage_pieces(ctx)).replace("[OPTIONS]", "").strip()
        options = ", ".join(f"`{p.opts[0]}`" for p in command.params if isinstance(p, click.Option))
        what = (command.help or "").strip().splitlines()[0]
        if options:
            what += f" Options: {options}."
        lines.append(f"| `{name}{' ' + usage if usage else ''}` | {what} |")
    return "\n".join(lines)


BLOCKS = {"settings": settings_markdown, "cli": cli_markdown}


def _filler(block: str) -> Callable[[re.Match[str]], str]:
    return lambda m: m.group(1) + block + "\n" + m.group(2)


def render(readme: str) -> str:
    for name, build in BLOCKS.items():
        pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.DOTALL)
        if not pattern.search(readme):
            raise SystemExit(f"README has no <!-- {name}:start --> ... <!-- {name}:end --> block")
        readme = pattern.sub(_filler(build()), readme)
    return readme


def main() -> int:
    text = README.read_text(encoding="utf-8")
    new = render(text)
    if new != text:
        README.write_text(new, encoding="utf-8")
        print(f"updated {README}")
    else:
        print(f"{README} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
