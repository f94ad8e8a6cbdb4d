"""The indicator machinery: registry, module validation, spans, overlaps, counter-signals."""

from __future__ import annotations

import types
from pathlib import Path

import pytest

from classifier.errors import PatternError
from classifier.indicators import INDICATORS, IndicatorMatcher, load_modules
from classifier.indicators.matcher import _module_patterns


@pytest.fixture(scope="module")
def matcher() -> IndicatorMatcher:
    return IndicatorMatcher(load_modules(["en", "xx"]))


def found(matcher: IndicatorMatcher, text: str) -> list[tuple[str, str]]:
    return [(i.name, i.text) for i in matcher.find(text)]


def test_every_language_module_loads_and_covers_every_indicator() -> None:
    modules = load_modules()
    langs = {m.lang for m in modules}
    assert {
        "en",
        "fr",
        "ar",
        "es",
        "pt",
        "id",
        "ms",
        "vi",
        "th",
        "zh",
        "sw",
        "am",
        "tl",
        "hi",
        "bn",
        "ne",
        "ur",
        "my",
        "ru",
        "xx",
    } <= langs
    for module in modules:
        if module.lang == "xx":
            continue
        missing = set(INDICATORS) - set(module.phrases) - set(module.token_patterns)
        assert not missing, f"{module.lang} lacks {sorted(missing)}"


def test_spans_point_into_the_original(matcher: IndicatorMatcher) -> None:
    text = "URGENT hiring!! Customer Service in KK Park, 𝐅𝐑𝐄𝐄 𝐕𝐈𝐒𝐀, contact T e l e g r a m"
    for ind in matcher.find(text):
        assert text[ind.start : ind.end] == ind.text
    assert ("travel_paid", "𝐅𝐑𝐄𝐄 𝐕𝐈𝐒𝐀") in found(matcher, text)
    assert ("hotspot_destination", "KK Park") in found(matcher, text)


def test_longest_overlapping_match_wins(matcher: IndicatorMatcher) -> None:
    hits = found(matcher, "We offer free food and accommodation for staff")
    assert ("travel_paid", "free food and accommodation") in hits
    assert sum(name == "travel_paid" for name, _ in hits) == 1


def test_red_flag_inside_a_counter_signal_is_dropped(matcher: IndicatorMatcher) -> None:
    hits = found(matcher, "Licensed agency, no placement fee, DMW license 123")
    assert ("licensed_recruitment", "no placement fee") in hits
    assert not any(name == "upfront_fee" for name, _ in hits)


def test_ordinary_posts_have_no_red_flags(matcher: IndicatorMatcher) -> None:
    for text in (
        "Selling my rice cooker, 20 dollars, pick up in Cebu",
        "Visa-free entry to Thailand for 60 days now, great for a holiday",
        "The bus takes 1-2 hours from Nairobi to Thika",
    ):
        risky = [n for n, _ in found(matcher, text) if INDICATORS[n].prior > 0.5]
        assert risky == [], text


def _module(**attrs: object) -> types.ModuleType:
    module = types.ModuleType("classifier.indicators.lang.test")
    for key, value in attrs.items():
        setattr(module, key, value)
    return module


def test_bad_patterns_are_refused() -> None:
    with pytest.raises(PatternError, match="unknown indicator 'free_money'"):
        _module_patterns(_module(LANG="en", PHRASES={"free_money": ["cash"]}))
    with pytest.raises(PatternError, match="empty phrase"):
        _module_patterns(_module(LANG="en", PHRASES={"urgency": ["  "]}))
    with pytest.raises(PatternError, match="must be a list of strings"):
        _module_patterns(_module(LANG="en", PHRASES={"urgency": "urgent"}))
    bad_tokens = _module(LANG="en", TOKEN_PATTERNS={"urgency": [[{"LOWR": "urgent"}]]})
    with pytest.raises(PatternError, match="not a valid spaCy pattern"):
        IndicatorMatcher([_module_patterns(bad_tokens)])


def test_folded_phrases_are_cached_and_a_bad_cache_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LUREWATCH_CACHE_DIR", str(tmp_path))
    text = "URGENT: customer service in Bangkok, free visa, contact Telegram only"
    first = IndicatorMatcher(load_modules(["en", "xx"])).find(text)
    (cache,) = (tmp_path / "indicators").glob("phrases-*.json")
    assert first and IndicatorMatcher(load_modules(["en", "xx"])).find(text) == first
    cache.write_text('{"en|urgency": []}', encoding="utf-8")  # stale or foreign content
    assert IndicatorMatcher(load_modules(["en", "xx"])).find(text) == first
    cache.write_text("{not json", encoding="utf-8")
    assert IndicatorMatcher(load_modules(["en", "xx"])).find(text) == first
