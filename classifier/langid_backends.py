"""The two statistical backends behind `classifier.langid`, restricted to candidates.

Each offers `rank(text, langs)`: the languages of `langs` by probability, renormalised
over them. Imported lazily: py3langid loads a 4.6 MB model (~0.6 s), langdetect reads a
JSON profile per language (~1 s).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

# Labels the backends give that lurewatch folds into one language.
ALIASES = {"zh-cn": "zh", "zh-tw": "zh", "yue": "zh", "wuu": "zh", "ary": "ar", "arz": "ar"}
_SOURCES: dict[str, tuple[str, ...]] = {
    "zh": ("zh-cn", "zh-tw", "yue", "wuu"),
    "ar": ("ary", "arz"),
}


def _merge(pairs: list[tuple[str, float]], langs: tuple[str, ...]) -> list[tuple[str, float]]:
    wanted = set(langs)
    merged: dict[str, float] = {}
    for label, prob in pairs:
        lang = ALIASES.get(label, label)
        if lang in wanted:
            merged[lang] = merged.get(lang, 0.0) + prob
    total = sum(merged.values())
    if total <= 0:
        return []
    return sorted(((k, v / total) for k, v in merged.items()), key=lambda kv: -kv[1])


class Py3LangId:
    def __init__(self, candidates: tuple[str, ...]) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        self.model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        labels = set(self.model.labels)
        keep = {c for c in candidates if c in labels}
        keep |= {s for c in candidates for s in _SOURCES.get(c, ()) if s in labels}
        self.model.set_languages(sorted(keep))

    def rank(self, text: str, langs: tuple[str, ...]) -> list[tuple[str, float]]:
        return _merge(self.model.rank(text), langs)


class LangDetect:
    """One seeded detector factory per script group, holding only that group's profiles:
    langdetect cannot restrict languages per call, and unrestricted it reads Chinese
    posts as Korean and Malay as Indonesian more often."""

    def __init__(self, candidates: tuple[str, ...]) -> None:
        from langdetect import DetectorFactory
        from langdetect.detector_factory import PROFILES_DIRECTORY

        DetectorFactory.seed = 0  # langdetect samples n-grams at random; fix it
        self._dir = Path(PROFILES_DIRECTORY)
        self._candidates = set(candidates)
        self._factories: dict[tuple[str, ...], DetectorFactory | None] = {}
        self._lock = threading.Lock()

    def _factory(self, langs: tuple[str, ...]) -> object | None:
        from langdetect import DetectorFactory

        with self._lock:
            if langs not in self._factories:
                names = [n for lang in langs for n in (*_SOURCES.get(lang, ()), lang)]
                files = [self._dir / n for n in names if (self._dir / n).is_file()]
                factory: DetectorFactory | None = None
                if len(files) >= 2:  # langdetect refuses fewer than two profiles
                    factory = DetectorFactory()
                    factory.set_seed(0)
                    factory.load_json_profile([f.read_text(encoding="utf-8") for f in files])
                self._factories[langs] = factory
            return self._factories[langs]

    def rank(self, text: str, langs: tuple[str, ...]) -> list[tuple[str, float]]:
        from langdetect.lang_detect_exception import LangDetectException

        factory = self._factory(langs)
        if factory is None:
            return []
        detector = factory.create()  # type: ignore[attr-defined]
        detector.append(text)
        try:
            found = detector.get_probabilities()
        except LangDetectException:
            return []
        return _merge([(f.lang, f.prob) for f in found], langs)


def load_backend(name: str, candidates: tuple[str, ...]) -> Py3LangId | LangDetect:
    return Py3LangId(candidates) if name == "py3langid" else LangDetect(candidates)


def raw_classifier(name: str) -> Callable[[str], str]:
    """The backend out of the box (all its languages, no cascade), for comparison."""
    if name == "py3langid":
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        model = LanguageIdentifier.from_model_file(MODEL_FILE)

        def classify(text: str) -> str:
            label = model.classify(text)[0]
            return ALIASES.get(label, label)

        return classify

    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def detect_one(text: str) -> str:
        try:
            label = detect(text)
        except LangDetectException:
            return "und"
        return ALIASES.get(label, label)

    return detect_one
