"""The README is kept honest: every setting and command documented, the two commands first."""

from __future__ import annotations

from pathlib import Path

from lurewatch.docs import README, render

ROOT = Path(__file__).resolve().parents[1]


def test_reference_blocks_are_up_to_date() -> None:
    text = README.read_text(encoding="utf-8")
    assert render(text) == text, "run `python -m lurewatch.docs` and commit the README"


def test_every_setting_and_command_is_in_the_readme() -> None:
    from lurewatch.cli import cli
    from lurewatch.config import iter_settings
    from lurewatch.docs import _commands

    text = README.read_text(encoding="utf-8")
    for key, help_text in iter_settings():
        assert f"`{key}`" in text and help_text, key
    for name, _ in _commands(cli, "lurewatch"):
        assert f"`{name}" in text, name


def test_readme_starts_with_the_two_commands_ci_uses() -> None:
    head = README.read_text(encoding="utf-8").splitlines()[:6]
    assert any(line.startswith("make demo") for line in head)
    assert any(line.startswith("make test") for line in head)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
