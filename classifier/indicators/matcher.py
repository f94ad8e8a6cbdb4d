"""Find indicators in a text with spaCy's PhraseMatcher and Matcher (and, for scripts
written without spaces, at character level), over the normalised text.

Every language's patterns run on every post: posts mix languages ("Urgent hiring!
ভিসা ফ্রি"), language identification errs on short posts, and a lure in Tagalog still
says "Telegram". Matches are mapped back to the original text for highlighting.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import logging
import os
import pkgutil
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import spacy
from spacy.matcher import Matcher, PhraseMatcher

from classifier import normalize as normalize_module
from classifier.e5_model import default_cache_dir
from classifier.errors import PatternError
from classifier.indicators import lang as lang_package
from classifier.indicators.registry import INDICATORS
from classifier.normalize import Normalized, fold_regex, normalize_for_matching, normalize_phrase
from classifier.types import Indicator

# Thai, Lao, Myanmar, Khmer, CJK and kana: no spaces between words, matched per character.
NO_SPACE_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")
_TEXT_KEYS = ("LOWER", "ORTH", "TEXT", "NORM")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PatternModule:
    lang: str
    char_level: bool
    phrases: dict[str, list[str]]
    token_patterns: dict[str, list[list[dict[str, Any]]]]


def _module_patterns(module: ModuleType) -> PatternModule:
    where = module.__name__
    lang = getattr(module, "LANG", None)
    if not isinstance(lang, str):
        raise PatternError(f"{where}: LANG must be a language code string")
    phrases = getattr(module, "PHRASES", {})
    tokens = getattr(module, "TOKEN_PATTERNS", {})
    for table in (phrases, tokens):
        if not isinstance(table, dict):
            raise PatternError(f"{where}: PHRASES and TOKEN_PATTERNS must be dicts")
        for name in table:
            if name not in INDICATORS:
                raise PatternError(f"{where}: unknown indicator {name!r}; register it first")
    for name, items in phrases.items():
        if not isinstance(items, list | tuple) or not all(isinstance(p, str) for p in items):
            raise PatternError(f"{where}: PHRASES[{name!r}] must be a list of strings")
        for phrase in items:
            if not phrase.strip():
                raise PatternError(f"{where}: PHRASES[{name!r}] has an empty phrase {phrase!r}")
    return PatternModule(
        lang,
        bool(getattr(module, "CHAR_LEVEL", False)),
        {k: list(v) for k, v in phrases.items()},
        {k: list(v) for k, v in tokens.items()},
    )


def load_modules(langs: Iterable[str] | None = None) -> list[PatternModule]:
    """Every pattern module under classifier/indicators/lang/ (or the named ones)."""
    wanted = set(langs) if langs is not None else None
    modules = []
    for info in sorted(pkgutil.iter_modules(lang_package.__path__), key=lambda i: i.name):
        if wanted is not None and info.name not in wanted:
            continue
        module = importlib.import_module(f"{lang_package.__name__}.{info.name}")
        modules.append(_module_patterns(module))
    return modules


def _normalise_token_pattern(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Token patterns are written as people write; fold their strings like the text."""

    def fold(value: Any) -> Any:
        if isinstance(value, str):
            return normalize_phrase(value)
        if isinstance(value, dict):
            return {
                k: fold(v)
                if k in ("IN", "NOT_IN", "==", "!=")
                else fold_regex(v)
                if k == "REGEX" and isinstance(v, str)
                else v
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [fold(v) for v in value]
        return value

    out = []
    for token in pattern:
        token = dict(token)
        for key in _TEXT_KEYS:
            if key in token:
                token["LOWER" if key == "TEXT" else key] = fold(token.pop(key))
        out.append(token)
    return out


def _fold(modules: list[PatternModule]) -> dict[str, list[str]]:
    return {
        f"{m.lang}|{name}": sorted(
            {normalize_phrase(p) for p in phrases} - {""}, key=len, reverse=True
        )
        for m in modules
        for name, phrases in m.phrases.items()
    }


def _folded_phrases(modules: list[PatternModule]) -> dict[str, list[str]]:
    """Every module's phrases folded like the text they must match, by "lang|indicator".

    Folding some 200,000 phrase variants takes seconds, so the result is cached on disk,
    keyed by the phrases themselves and the folding code: any change to either misses."""
    digest = hashlib.sha256(Path(normalize_module.__file__ or "").read_bytes())
    for m in modules:
        digest.update(json.dumps([m.lang, m.phrases], ensure_ascii=False, sort_keys=True).encode())
    path = default_cache_dir() / "indicators" / f"phrases-{digest.hexdigest()[:20]}.json"
    with contextlib.suppress(OSError, ValueError):
        cached = json.loads(path.read_text(encoding="utf-8"))
        wanted = {f"{m.lang}|{name}" for m in modules for name in m.phrases}
        if isinstance(cached, dict) and wanted <= cached.keys():
            return cached
    folded = _fold(modules)
    try:  # a cache that cannot be written only costs time
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(folded, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        log.debug("indicator phrase cache not written: %s", exc)
    return folded


# Token patterns of these languages run on every post; the others only on posts
# identified as their language (token matching costs ~0.2 ms per language and post,
# phrase matching over all languages together costs almost nothing).
ALWAYS = ("en", "xx")


class IndicatorMatcher:
    """Compiled patterns of every language; `find(text, lang=...)` returns Indicator spans.

    Phrases of every language run on every post (posts mix languages and language ID
    errs on short ones); token patterns run for the post's language and English.
    """

    def __init__(self, modules: list[PatternModule] | None = None) -> None:
        self.modules = modules if modules is not None else load_modules()
        self.nlp = spacy.blank("xx")
        self.phrase_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.token_matchers: dict[str, Matcher] = {}
        self.char_patterns: list[tuple[str, str, re.Pattern[str]]] = []
        folded = _folded_phrases(self.modules)
        for module in self.modules:
            self._add(module, folded)

    def _add(self, module: PatternModule, folded_phrases: dict[str, list[str]]) -> None:
        for name in module.phrases:
            key = f"{module.lang}|{name}"
            folded = folded_phrases[key]
            if module.char_level:
                regex = "|".join(re.escape(p) for p in folded)
                self.char_patterns.append((module.lang, name, re.compile(regex)))
            else:
                self.phrase_matcher.add(key, [self.nlp.make_doc(p) for p in folded])
        for name, patterns in module.token_patterns.items():
            key = f"{module.lang}|{name}"
            matcher = self.token_matchers.setdefault(
                module.lang, Matcher(self.nlp.vocab, validate=True)
            )
            try:
                matcher.add(key, [_normalise_token_pattern(p) for p in patterns])
            except (ValueError, TypeError) as exc:
                raise PatternError(
                    f"classifier/indicators/lang/{module.lang}.py: TOKEN_PATTERNS[{name!r}] "
                    f"is not a valid spaCy pattern: {str(exc).splitlines()[0]}"
                ) from exc

    def find(
        self, text: str, norm: Normalized | None = None, lang: str | None = None
    ) -> list[Indicator]:
        """Indicators in `text`; `lang` (the post's language, if known) selects which
        languages' token patterns run. Without it, all of them run."""
        norm = norm or normalize_for_matching(text)
        found: list[tuple[int, int, str, str]] = []  # normalised start, end, name, lang
        doc = self.nlp.make_doc(norm.text)
        strings = self.nlp.vocab.strings
        langs = self.token_matchers if lang in (None, "und") else (*ALWAYS, lang)
        matches = list(self.phrase_matcher(doc))
        for code in langs:
            if code in self.token_matchers:
                matches += self.token_matchers[code](doc)
        for match_id, start, end in matches:
            lang, name = strings[match_id].split("|")
            span = doc[start:end]
            found.append((span.start_char, span.end_char, name, lang))
        if NO_SPACE_SCRIPT.search(norm.text):
            for lang, name, regex in self.char_patterns:
                for m in regex.finditer(norm.text):
                    found.append((m.start(), m.end(), name, lang))
        return _to_indicators(found, norm)


def _to_indicators(found: list[tuple[int, int, str, str]], norm: Normalized) -> list[Indicator]:
    """One indicator per name and place: of overlapping matches of the same name the
    longest wins, so "free visa and flight" is one travel_paid span, not three. A red flag
    inside a counter-signal ("no placement fee" around "placement fee") is dropped."""
    kept: list[tuple[int, int, str, str]] = []
    for item in sorted(found, key=lambda f: (f[0] - f[1], f[0], f[2])):
        if not any(k[2] == item[2] and item[0] < k[1] and k[0] < item[1] for k in kept):
            kept.append(item)
    counters = [k for k in kept if INDICATORS[k[2]].prior < 0]
    kept = [k for k in kept if INDICATORS[k[2]].prior < 0
            or not any(c[0] <= k[0] and k[1] <= c[1] for c in counters)]  # fmt: skip
    out = []
    for start, end, name, lang in sorted(kept, key=lambda f: (f[0], f[2])):
        o_start, o_end = norm.span(start, end)
        out.append(Indicator(name=name, text=norm.original[o_start:o_end], start=o_start,
                             end=o_end, weight=0.0, lang=lang))  # fmt: skip
    return out
