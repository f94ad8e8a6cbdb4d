"""What every per-language indicator test module shares."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from classifier.indicators import INDICATORS, IndicatorMatcher, load_modules


def matcher_fixture(lang: str) -> Callable[[], IndicatorMatcher]:
    """A module-scoped `matcher` fixture with one language's patterns and the shared `xx`."""

    @pytest.fixture(scope="module")
    def matcher() -> IndicatorMatcher:
        return IndicatorMatcher(load_modules([lang, "xx"]))

    return matcher


def found(matcher: IndicatorMatcher, text: str) -> list[tuple[str, str]]:
    return [(i.name, i.text) for i in matcher.find(text)]


def assert_found(matcher: IndicatorMatcher, text: str, expected: list[tuple[str, str]]) -> None:
    """Every (indicator, span text) pair in `expected` is found in `text`."""
    got = found(matcher, text)
    for item in expected:
        assert item in got, (item, got)


def risky_indicators(matcher: IndicatorMatcher, text: str) -> list[tuple[str, str]]:
    """Red flags (not counter-signals) found in `text`."""
    return [(i.name, i.text) for i in matcher.find(text) if INDICATORS[i.name].prior > 0]


def assert_covers_registry(module: ModuleType, min_phrases: int) -> None:
    """A language module names every registered indicator, each with enough phrases."""
    names = set(module.PHRASES) | set(getattr(module, "TOKEN_PATTERNS", {}))
    assert names == set(INDICATORS)
    for name, phrases in module.PHRASES.items():
        assert len(phrases) >= min_phrases, name


def assert_found_inside(matcher: IndicatorMatcher, text: str, name: str, span: str) -> None:
    """`name` is found as `span` in the middle of `text` (not at either end), and its
    offsets point at exactly that span: matching works inside unspaced running text."""
    assert (name, span) in found(matcher, text)
    hit = next(i for i in matcher.find(text) if i.name == name)
    assert text[hit.start : hit.end] == span
    assert hit.start > 0 and hit.end < len(text)
