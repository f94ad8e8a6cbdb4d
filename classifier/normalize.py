"""Normalisation for matching, with a map back to the original text for highlighting.

Lures are written to dodge filters: 𝐅𝐑𝐄𝐄 𝐕𝐈𝐒𝐀 in decorative letters, "T e l e g r a m",
"whats@pp", "w/a", Cyrillic letters inside Latin words ("vіsа" with і and а), digits in
other scripts (٢٠٠٠, ২০০০). `normalize_for_matching` folds all of these so one pattern
matches every spelling, and keeps `index[i]` = offset in the original of normalised
character i, so a match found in the normalised text highlights the right words.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# Cyrillic and Greek letters that look like Latin ones; applied only inside a word that
# also has Latin letters, so Russian or Greek words are left alone.
CONFUSABLES = str.maketrans(
    {
        "а": "a",
        "в": "b",
        "е": "e",
        "ё": "e",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "т": "t",
        "у": "y",
        "х": "x",
        "ѕ": "s",
        "і": "i",
        "ї": "i",
        "ј": "j",
        "ԁ": "d",
        "ɡ": "g",
        "ո": "n",
        "ս": "u",
        "ａ": "a",
        "α": "a",
        "β": "b",
        "ε": "e",
        "η": "n",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "ω": "w",
    }
)

# Obfuscated spellings of the apps recruiters move chats to, after case folding.
# Each maps to the plain name that indicator and contact patterns are written against.
REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), plain)
    for pattern, plain in (
        (r"(?<![a-z])wh?[a@4]t{0,2}'?s?\s?[a@4]pp?(?![a-z])", "whatsapp"),
        (
            r"(?<![a-z0-9])(?:w\s?/\s?a|w\.a\.?|wsp|wapp|wasap|wassap|watsap)(?![a-z0-9/])",
            "whatsapp",
        ),
        (r"(?<![a-z])wa(?=\s?[:：]?\s?(?:\+|0\d))", "whatsapp"),
        (r"(?<![a-z])t[e3]l[e3]g[r]?[a@4]m+(?![a-z])", "telegram"),
        (r"(?<![a-z])(?:tele|tlgrm|telgram|tg)(?=\s?[:@])", "telegram"),
        (r"(?<![a-z])(?:we\s?chat|vx|wx)(?=\s?[:：@]|\s?id)", "wechat"),
        (r"(?:微信|薇信|威信|v信|徽信|vx号)", "wechat"),
        (r"(?:纸飞机|紙飛機|電報|电报|tg号)", "telegram"),
        # App names in other scripts, so contacts and patterns see one spelling.
        (
            r"(?:واتس\s?اب|وتس\s?اب|واتساپ|واٹس\s?ایپ|وٹس\s?ایپ|व्हाट्स\s?[एऐ]प|वॉट्स\s?[एऐ]प|"
            r"ह्वाट्सएप|হোয়াটস\s?অ্যাপ|হোয়াটসঅ্যাপ|ватс\s?ап|вотс\s?ап|вацап|ватсап|วอทส์\s?แอพ|"
            r"วอทแอพ|ዋትስ\s?አፕ|ဝက်ဆ်အက်ပ်)",
            "whatsapp",
        ),
        (
            r"(?:تيليجرام|تلیگرام|تيليغرام|تلغرام|تلجرام|ٹیلیگرام|टेलीग्राम|টেলিগ্রাম|"
            r"телеграм[а-я]*|телега|เทเลแกรม|เทเลแกรม|ቴሌግራም|တယ်လီဂရမ်)",
            "telegram",
        ),
    )
)

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Four or more single letters separated by one space, dot, dash, underscore or asterisk:
# "T e l e g r a m", "v.i.s.a", "W-h-a-t-s-a-p-p".
_SPACED = re.compile(r"(?<!\w)(?:[^\W\d_][ .\-_*·]){3,}[^\W\d_](?!\w)", re.UNICODE)
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Normalized:
    text: str
    index: tuple[int, ...]  # len(text) + 1 entries; the last is len(original)
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised span [start, end), with any combining marks
        the normalisation dropped after its last character (Arabic tanwin, accents)."""
        if end <= start:
            return self.index[start], self.index[start]
        o_end = (
            self.index[end - 1] + 1
            if self.index[end - 1] < len(self.original)
            else len(self.original)
        )
        while o_end < len(self.original) and unicodedata.category(self.original[o_end]) == "Mn":
            o_end += 1
        return self.index[start], o_end


def _is_emoji_or_symbol(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat in ("So", "Sk", "Cs") or 0x1F000 <= ord(ch) <= 0x1FAFF or ch in "\u20e3\ufe0f"


# Arabic-script letters written several ways (hamza seats, final ya, ta marbuta, the
# Arabic and Urdu keyboards' kaf/ya/he): one form each, so one phrase matches them all.
_ARABIC_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ی", "ي": "ی", "ئ": "ی",
                "ة": "ه", "ہ": "ه", "ۃ": "ه", "ك": "ک", "ؤ": "و", "ـ": ""}  # fmt: skip

_LATIN_EXTRA = {"đ": "d", "ø": "o", "ł": "l", "ı": "i", "ŀ": "l", "ħ": "h",
                "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"}  # fmt: skip


def _plain_latin(ch: str) -> str:
    """Latin letters lose their accents, so "việc làm" matches "viec lam" (many people
    type Vietnamese, French or Spanish without accents) and "vísa" matches "visa"."""
    if ch.isascii():
        return ch
    if ch in _LATIN_EXTRA:
        return _LATIN_EXTRA[ch]
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() and base.isalpha() else ch


def _latin_mark(text: str, i: int) -> bool:
    """A combining mark on a Latin letter (accents, Zalgo text) is dropped; marks in
    Thai, Indic, Myanmar or Arabic script carry meaning and stay."""
    j = i - 1
    while j >= 0 and unicodedata.combining(text[j]):
        j -= 1
    return j >= 0 and _plain_latin(text[j]).isascii() and text[j].isalpha()


_MARK = "\x00"  # _fold_one's answer for a combining mark: depends on the letter before it


@functools.lru_cache(maxsize=65536)
def _fold_one(ch: str) -> str:
    """The folded form of one character, cached: posts reuse a few hundred characters."""
    if ch in _ARABIC_FOLD:
        return _ARABIC_FOLD[ch]
    cat = unicodedata.category(ch)
    if cat == "Cf":
        return ""
    if cat == "Mn":
        # Arabic harakat and shadda are optional in writing: drop them.
        return "" if "\u064b" <= ch <= "\u065f" or ch == "\u0670" else _MARK
    if _is_emoji_or_symbol(ch):
        return " "
    if cat == "Nd":
        return str(unicodedata.decimal(ch, 0))
    return "".join(_plain_latin(c) for c in unicodedata.normalize("NFKC", ch).casefold())


def _fold_chars(text: str) -> tuple[list[str], list[int]]:
    """Per original character: NFKC, case fold, accents off Latin letters, digits of any
    script to ASCII, emoji to a space, invisible format characters dropped."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_one(ch)
        if folded == _MARK:
            if _latin_mark(text, i):
                continue
            folded = unicodedata.normalize("NFKC", ch)
        for piece in folded:
            out.append(piece)
            index.append(i)
    return out, index


def _rewrite(chars: list[str], index: list[int], pattern: re.Pattern[str], repl: str) -> None:
    """Replace every match by `repl` in one pass (slicing per match is quadratic)."""
    text = "".join(chars)
    if not pattern.search(text):
        return
    out: list[str] = []
    out_index: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        start, end = m.span()
        out += chars[last:start]
        out_index += index[last:start]
        src = index[start:end] or [index[start] if start < len(index) else index[-1]]
        out += list(repl)
        out_index += [src[min(k * len(src) // len(repl), len(src) - 1)] for k in range(len(repl))]
        last = end
    out += chars[last:]
    out_index += index[last:]
    chars[:] = out
    index[:] = out_index


def normalize_for_matching(text: str) -> Normalized:
    chars, index = _fold_chars(text)
    # Collapse spaced-out words ("t e l e g r a m" -> "telegram").
    folded = "".join(chars)
    for m in reversed(list(_SPACED.finditer(folded))):
        keep = [k for k in range(m.start(), m.end()) if chars[k] not in " .-_*·"]
        chars[m.start() : m.end()] = [chars[k] for k in keep]
        index[m.start() : m.end()] = [index[k] for k in keep]
    # Cyrillic/Greek look-alikes inside words that are mostly Latin.
    folded = "".join(chars)
    for m in _WORD.finditer(folded):
        word = m.group()
        latin = sum(c.isascii() for c in word)
        if latin > 0 and latin < len(word):
            mapped = word.translate(CONFUSABLES)
            if sum(c.isascii() for c in mapped) == len(word):
                chars[m.start() : m.end()] = list(mapped)
    for pattern, plain in REWRITES:
        _rewrite(chars, index, pattern, plain)
    # Fold runs of white space to one space.
    out: list[str] = []
    out_index: list[int] = []
    for ch, at in zip(chars, index, strict=True):
        if ch.isspace():
            if not out or out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        out_index.append(at)
    while out and out[-1] == " ":
        out.pop()
        out_index.pop()
    out_index.append(len(text))
    return Normalized("".join(out), tuple(out_index), text)


def fold_regex(pattern: str) -> str:
    """Fold the Arabic-script letters and marks of a regular expression like the text
    (regex syntax is ASCII and passes unchanged)."""
    return "".join(
        _ARABIC_FOLD.get(ch, ch)
        for ch in pattern
        if not ("\u064b" <= ch <= "\u065f" or ch == "\u0670")
    )


@functools.lru_cache(maxsize=131072)
def normalize_phrase(phrase: str) -> str:
    """How a pattern phrase is folded: the same way as the text it must match."""
    return normalize_for_matching(phrase).text
