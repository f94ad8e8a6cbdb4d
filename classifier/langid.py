"""Language identification: `identify(text, hint) -> LangGuess`.

A cascade, cheapest step first:
1. URLs, e-mails and @handles are cut (they are Latin whatever the post's language), and
   letters are counted per Unicode script (digits, emoji and punctuation are not letters).
   No letters, or only letters of a script we do not know: "und".
2. The script of most letters names the audience; in a mostly Latin post, a non-Latin
   script with a sixth of the letters wins (Thai or Burmese ads keep English job words).
   A script that writes one candidate language decides (Thai, Ethiopic, Myanmar, Bengali,
   Han, Hangul, kana...): method "script", confidence = that script's share of letters.
3. Latin posts dense with romanised Hindi/Urdu, Bengali or Nepali function words ("hai",
   "chahiye", "ami", "chha"), or with unaccented Vietnamese ones, are named by those
   words: no backend knows these ways of writing, and both call them Tagalog, Swahili or
   Indonesian otherwise.
4. Latin, Cyrillic, Arabic and Devanagari go to the backend restricted to the candidates
   of that script (so a Latin handle cannot make a Thai post English), then cue words
   settle Malay vs Indonesian and Hindi vs Nepali vs Marathi. Steps 3-4 report the
   backend's name as method.
5. Short or unclear posts fall back on letters: Cyrillic is Russian unless it has
   Ukrainian letters; Arabic script is Urdu when it has ے ٹ ڈ ڑ ں ھ ہ گ, else Arabic;
   Devanagari is Nepali with Nepali grammar words, else Hindi; Latin is "und".
6. A source's `hint` (Mastodon's language field, a feed's `lang`) wins when it fits the
   script and the text does not clearly say otherwise (backend below 0.9); it never
   overrides a script's own language. A romanised hi/ur/bn/ne hint on a Latin post is
   accepted when the post has one romanised word.

Candidates: the 19 languages lurewatch serves, script neighbours (uk, fa, ps, mr, de,
it, nl, tr) and the languages of single-language scripts (ko, ja, km, lo, si, ta, ka...).

Backends: "py3langid" 0.4.0 (the default) and "langdetect" 1.0.9 (seeded,
`DetectorFactory.seed = 0`). `python bench/langid.py`, corpus test split (805 posts in
19 languages, 2026-11-24, 2 cores shared with other jobs):

    accuracy          py3langid  cascade:py3langid  langdetect  cascade:langdetect
    all                 0.914         0.959            0.748          0.942
    texts/s             7,380         4,686              464          1,432

The py3langid cascade is better on accuracy (langdetect has no Amharic, Burmese or Malay
and reads Chinese as Korean) and about 3x faster, about 0.2 ms a post. Misses left:
romanised posts with few function words and Taglish or Hinglish posts written mostly in
English come out as "en" (sometimes "und"); see tests/test_langid.py for the per-language
floors. Text past the first 2,000 characters is not read.
"""

from __future__ import annotations

import bisect
import re
import threading
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from classifier import langid_data as data
from classifier.errors import ClassifierError

BACKENDS = ("py3langid", "langdetect")
DEFAULT_BACKEND = "py3langid"
CANDIDATES = tuple(dict.fromkeys(data.SERVED + data.NEIGHBOURS + tuple(data.SCRIPT_LANG.values())))
MAX_CHARS = 2000
LATIN_MIN_LETTERS = 8  # fewer Latin letters than this ("ok", "hi!!") is "und"
MIN_CONFIDENCE = 0.35  # below this the backend's answer gives way to the script fallback
UNSURE = 0.8  # Cyrillic, Arabic, Devanagari: below this, letters and cue words decide
HINT_STRONG = 0.9  # a backend this sure overrides a contradicting hint
ROMANISED_LANGS = frozenset({"hi", "ur", "bn", "ne"})
MIXED_SHARE = 0.15  # a non-Latin script with this share of letters names the language
_DOUBLE = frozenset({"Hani", "Hira", "Kana", "Hang", "Jpan"})

# URLs, e-mails, @handles and bare domains: Latin whatever the post's language. Each
# alternative starts only where a run starts (look-behind), so matching stays linear.
_NOISE = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|@\w+"
    r"|(?<![\w-])[\w-]+\.(?:com|net|org|me|ly|io)\b\S*",
    re.IGNORECASE,
)
# Letters, plus Devanagari vowel signs (marks, not \w) so Hindi and Nepali words stay whole.
_WORDS = re.compile(r"(?:[^\W\d_]|[\u0900-\u0963\u0970-\u097f\u200c\u200d])+")
_STARTS = [r[0] for r in data.SCRIPT_RANGES]
_SCRIPT_CACHE: dict[str, str | None] = {}


@dataclass(frozen=True)
class LangGuess:
    lang: str  # ISO 639-1, or "und"
    confidence: float  # 0..1
    script: str  # ISO 15924 of the dominant script ("Zyyy": no letters, "Zzzz": unknown)
    method: str  # "py3langid" | "langdetect" | "script" | "hint"


class Backend(Protocol):
    def rank(self, text: str, langs: tuple[str, ...]) -> list[tuple[str, float]]: ...


def script_of(ch: str) -> str | None:
    """ISO 15924 code of a letter or mark, "Zzzz" for one of an unknown script, None for
    anything that is not a letter or mark."""
    cached = _SCRIPT_CACHE.get(ch)
    if cached is not None or ch in _SCRIPT_CACHE:
        return cached
    script: str | None = None
    category = unicodedata.category(ch)[0]
    if category in "LM":
        code = ord(ch)
        i = bisect.bisect_right(_STARTS, code) - 1
        rng = data.SCRIPT_RANGES[i] if i >= 0 else None
        script = rng[2] if rng and code <= rng[1] else "Zzzz"
        # A mark outside known scripts is an emoji's variation selector, not a letter.
        if (script == "Zzzz" and category == "M") or code in (0xD7, 0xF7):
            script = None
    _SCRIPT_CACHE[ch] = script
    return script


def script_counts(text: str) -> Counter[str]:
    """Letters per script. Counting distinct characters first (in C) keeps this cheap."""
    counts: Counter[str] = Counter()
    for ch, n in Counter(text).items():
        script = script_of(ch)
        if script is not None:
            counts[script] += n
    return counts


def _dominant(counts: Counter[str], text: str) -> tuple[str, float]:
    """The script most letters are in; Han and kana letters count double (one carries a
    word or more), and Han with kana is Japanese."""
    weighted = Counter({s: n * (2 if s in _DOUBLE else 1) for s, n in counts.items()})
    if weighted["Hira"] + weighted["Kana"]:
        weighted["Jpan"] = (
            weighted.pop("Hani", 0) + weighted.pop("Hira", 0) + weighted.pop("Kana", 0)
        )
    total = sum(weighted.values())
    ranked = weighted.most_common()
    script, top = ranked[0]
    if script == "Latn":
        # Posts for Thai, Burmese or Urdu readers keep English job words ("Salary",
        # "Visit visa", "DM"); a sixth of the letters in their script shows the audience.
        for other, n in ranked[1:]:
            if other != "Zzzz" and n >= MIXED_SHARE * (1 + (other in _DOUBLE)) * total:
                script, top = other, n
                break
    share = top / total
    if script == "Hani":
        hans = sum(ch in data.HANS_ONLY for ch in text)
        hant = sum(ch in data.HANT_ONLY for ch in text)
        script = "Hans" if hans > hant else "Hant" if hant > hans else "Hani"
    return script, share


def _cue_choice(words: set[str], top: str) -> str:
    """Settle the pairs a character model confuses with the words that differ."""
    if top in ("id", "ms"):
        ms, idn = len(words & data.MALAY_CUES), len(words & data.INDONESIAN_CUES)
        return "ms" if ms > idn else "id" if idn > ms else top
    if top in ("hi", "ne", "mr"):
        scores = {
            "ne": len(words & data.NEPALI_CUES),
            "hi": len(words & data.HINDI_CUES),
            "mr": len(words & data.MARATHI_CUES),
        }
        best = max(scores, key=lambda k: (scores[k], k == top))
        return best if scores[best] > scores[top] else top
    return top


def _script_fallback(script: str, text: str, words: set[str]) -> str:
    if script == "Cyrl":
        uk = any(ch in data.UKRAINIAN_LETTERS for ch in text)
        return "uk" if uk and not any(ch in data.RUSSIAN_LETTERS for ch in text) else "ru"
    if script == "Arab":
        return "ur" if any(ch in data.URDU_LETTERS for ch in text) else "ar"
    if script == "Deva":
        return _cue_choice(words, "hi")
    return "und"


def normalize_hint(hint: str | None) -> str | None:
    """ "pt-BR" -> "pt", "zh_Hant" -> "zh", "fil" -> "tl"; None when not a candidate."""
    if not hint or not isinstance(hint, str):
        return None
    code = re.split(r"[-_]", hint.strip().lower(), maxsplit=1)[0]
    code = data.HINT_ALIASES.get(code, code)
    return code if code in CANDIDATES else None


class Identifier:
    """The cascade around one backend, loaded on first use (py3langid ~0.6 s)."""

    def __init__(self, backend: str = DEFAULT_BACKEND) -> None:
        if backend not in BACKENDS:
            raise ClassifierError(f"unknown language backend {backend!r}; use one of {BACKENDS}")
        self.backend_name = backend
        self._backend: Backend | None = None
        self._lock = threading.Lock()

    @property
    def backend(self) -> Backend:
        if self._backend is None:
            with self._lock:
                if self._backend is None:
                    from classifier.langid_backends import load_backend

                    self._backend = load_backend(self.backend_name, CANDIDATES)
        return self._backend

    def identify(self, text: str, hint: str | None = None) -> LangGuess:
        text = text[:MAX_CHARS] if isinstance(text, str) else ""
        hint_lang = normalize_hint(hint)
        clean = _NOISE.sub(" ", text)
        counts = script_counts(clean)
        if not counts:
            script = "Zyyy"
            if hint_lang:
                return LangGuess(hint_lang, 0.5, script, "hint")
            return LangGuess("und", 0.0, script, "script")
        script, share = _dominant(counts, clean)
        guess = self._guess(clean, script, share, counts)
        return self._with_hint(guess, hint_lang, clean)

    def _guess(self, clean: str, script: str, share: float, counts: Counter[str]) -> LangGuess:
        if script in data.SCRIPT_LANG:
            return LangGuess(data.SCRIPT_LANG[script], round(share, 3), script, "script")
        group = data.SCRIPT_GROUPS.get(script)
        if group is None:
            return LangGuess("und", 0.0, script, "script")
        tokens = [w.lower() for w in _WORDS.findall(clean)]
        if script == "Latn":
            if counts["Latn"] < LATIN_MIN_LETTERS:
                return LangGuess("und", 0.0, script, "script")
            roman = _romanised(tokens)
            if roman:
                return LangGuess(roman[0], roman[1], script, self.backend_name)
        ranked = self.backend.rank(clean, group)
        words = set(tokens)
        unsure = MIN_CONFIDENCE if script == "Latn" else UNSURE
        if ranked and ranked[0][1] >= unsure:
            lang, conf = ranked[0]
            chosen = _cue_choice(words, lang)
            if chosen != lang:
                conf = max(dict(ranked).get(chosen, 0.0), 0.5)
            return LangGuess(chosen, round(conf, 3), script, self.backend_name)
        # Letters and cue words are a weaker guess than a single-language script: halve.
        lang = _script_fallback(script, clean, words)
        return LangGuess(lang, round(share / 2, 3) if lang != "und" else 0.0, script, "script")

    def _with_hint(self, guess: LangGuess, hint: str | None, clean: str) -> LangGuess:
        """The hint wins when it fits the script and the text does not clearly disagree;
        a romanised South Asian hint on a Latin post needs a romanised cue word."""
        if hint is None or hint == guess.lang:
            return guess
        script = guess.script
        if script == "Latn" and hint in ROMANISED_LANGS:
            tokens = {w.lower() for w in _WORDS.findall(clean)}
            cues = data.ROMAN_SHARED | data.ROMAN_HINDUSTANI | data.ROMAN_CUES[hint]
            fits = bool(tokens & cues) or guess.confidence < HINT_STRONG
        else:
            fits = hint in data.SCRIPT_GROUPS.get(script, ()) and (
                guess.lang == "und" or guess.confidence < HINT_STRONG
            )
        if not fits:
            return guess
        return LangGuess(hint, max(0.5, round(1.0 - guess.confidence, 3)), script, "hint")


def _romanised(tokens: list[str]) -> tuple[str, float] | None:
    """Romanised Hindi/Urdu/Bengali/Nepali or unaccented Vietnamese, when its cue words
    are dense enough; (lang, share of cue words) or None."""
    if not tokens:
        return None
    hits = {lang: sum(t in cues for t in tokens) for lang, cues in data.ROMAN_CUES.items()}
    both = sum(t in data.ROMAN_HINDUSTANI for t in tokens)
    shared = sum(t in data.ROMAN_SHARED for t in tokens)
    south_asian = both + shared + hits["hi"] + hits["ur"] + hits["bn"] + hits["ne"]
    floor = max(data.ROMAN_MIN_HITS, data.ROMAN_MIN_SHARE * len(tokens))
    if south_asian >= floor:
        scores = {
            "hi": hits["hi"] + both,
            "ur": hits["ur"] + both,
            "ne": hits["ne"],
            "bn": hits["bn"],
        }
        lang = max(scores, key=lambda k: scores[k])  # ties: the order above
        return lang, round(min(0.9, south_asian / len(tokens) * 2), 3)
    if hits["vi"] >= floor:
        return "vi", round(min(0.9, hits["vi"] / len(tokens) * 2), 3)
    return None


_DEFAULT: dict[str, Identifier] = {}


def get_identifier(backend: str = DEFAULT_BACKEND) -> Identifier:
    if backend not in _DEFAULT:
        _DEFAULT[backend] = Identifier(backend)
    return _DEFAULT[backend]


def identify(text: str, hint: str | None = None, *, backend: str = DEFAULT_BACKEND) -> LangGuess:
    """The language of a post. `hint`: a language the source gave, trusted when the text
    does not contradict it. Never raises on odd input; "und" when it cannot tell."""
    return get_identifier(backend).identify(text, hint)


def measure(name: str, fn: Callable[[str], str], examples: Iterable[Any]) -> dict[str, Any]:
    """Accuracy per language and texts/s of `fn(text) -> lang` on examples with
    `.text` and gold `.lang`."""
    items = list(examples)
    right: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    confusions: dict[str, Counter[str]] = defaultdict(Counter)
    fn(items[0].text if items else "warm up")
    start = time.perf_counter()
    answers = [fn(e.text) for e in items]
    seconds = time.perf_counter() - start
    for example, answer in zip(items, answers, strict=True):
        seen[example.lang] += 1
        right[example.lang] += answer == example.lang
        if answer != example.lang:
            confusions[example.lang][answer] += 1
    return {
        "name": name,
        "n": len(items),
        "accuracy": sum(right.values()) / max(1, len(items)),
        "per_lang": {lang: right[lang] / seen[lang] for lang in sorted(seen)},
        "confusions": {lang: dict(c.most_common(3)) for lang, c in sorted(confusions.items())},
        "texts_per_s": len(items) / seconds if seconds > 0 else float("inf"),
    }


def measure_backends(examples: Iterable[Any]) -> dict[str, dict[str, Any]]:
    """Each backend alone (out of the box, all its languages) and the cascade around each.
    Keys: "py3langid", "langdetect", "cascade:py3langid", "cascade:langdetect"."""
    from classifier.langid_backends import raw_classifier

    items = list(examples)
    results = {}
    for name in BACKENDS:
        results[name] = measure(name, raw_classifier(name), items)
        ident = get_identifier(name)
        ident.backend  # noqa: B018 - load before timing

        def cascade(text: str, ident: Identifier = ident) -> str:
            return ident.identify(text).lang

        results[f"cascade:{name}"] = measure(f"cascade:{name}", cascade, items)
    return results
