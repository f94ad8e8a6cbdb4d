"""Helpers the per-language pattern modules share to spell out phrase variants.

Kept outside `lang/`, where every module is loaded as a language."""

from __future__ import annotations

from itertools import product

_NUKTA = "\u093c"


def combos(*parts: list[str]) -> list[str]:
    """Every phrase made of one choice per part ("" leaves a part out)."""
    return [" ".join(w for w in choice if w) for choice in product(*parts)]


def expand_devanagari(table: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each phrase also without nukta and with anusvara for candrabindu (Hindi, Nepali)."""
    out: dict[str, list[str]] = {}
    for name, phrases in table.items():
        seen: dict[str, None] = {}
        for phrase in phrases:
            for form in (phrase, phrase.replace(_NUKTA, "")):
                seen.setdefault(form, None)
                seen.setdefault(form.replace("ँ", "ं"), None)
        out[name] = list(seen)
    return out
