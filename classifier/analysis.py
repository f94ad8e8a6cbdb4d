"""The rules stage, shared by scoring and training: language, indicators, salary, contacts."""

from __future__ import annotations

from dataclasses import dataclass

from classifier.contacts import extract_contacts
from classifier.features import FAR_ABOVE, Signals
from classifier.indicators import IndicatorMatcher
from classifier.langid import identify
from classifier.normalize import Normalized, normalize_for_matching
from classifier.salary import extract_salary
from classifier.types import Indicator


@dataclass(frozen=True)
class Analysis:
    """What the rules found in one post, before any model."""

    text: str  # after truncation
    lang: str
    signals: Signals
    normalised: str
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Prepared:
    """The cheap part, which the cascade's first stage needs: text, language, folding."""

    text: str  # after truncation
    lang: str
    norm: Normalized
    notes: tuple[str, ...]


class Analyzer:
    def __init__(self, max_chars: int = 5000, matcher: IndicatorMatcher | None = None) -> None:
        self.max_chars = max_chars
        self.matcher = matcher or IndicatorMatcher()

    def prepare(self, text: str, lang_hint: str | None = None) -> Prepared:
        notes: list[str] = []
        if len(text) > self.max_chars:
            notes.append(f"truncated from {len(text)} to {self.max_chars} characters")
            text = text[: self.max_chars]
        guess = identify(text, lang_hint)
        if guess.lang == "und":
            notes.append(f"language not identified (script {guess.script}); scored anyway")
        return Prepared(text, guess.lang, normalize_for_matching(text), tuple(notes))

    def analyse(
        self, text: str, lang_hint: str | None = None, prepared: Prepared | None = None
    ) -> Analysis:
        p = prepared or self.prepare(text, lang_hint)
        indicators = self.matcher.find(p.text, p.norm, p.lang)
        role = next((i.text for i in indicators if i.name == "high_risk_role"), None)
        salary = extract_salary(p.text, p.lang, role, p.norm)
        if salary is not None and salary.ratio is not None and salary.ratio >= FAR_ABOVE:
            # "Pay far above the market" as a number, highlighted on the amount itself.
            indicators.append(
                Indicator("pay_above_market", salary.text, salary.start, salary.end, 0.0, "xx")
            )
        contacts = tuple(extract_contacts(p.text, p.lang, p.norm))
        signals = Signals(tuple(indicators), contacts, salary, len(p.text))
        return Analysis(p.text, p.lang, signals, p.norm.text, p.notes)
