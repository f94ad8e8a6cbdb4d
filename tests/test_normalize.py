"""Normalisation for matching: obfuscations fold, offsets map back to the original."""

from __future__ import annotations

import pytest

from classifier.normalize import normalize_for_matching, normalize_phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("𝐅𝐑𝐄𝐄 𝐕𝐈𝐒𝐀", "free visa"),  # mathematical bold letters
        ("Ｆｒｅｅ　ｖｉｓａ", "free visa"),  # full width
        ("T e l e g r a m", "telegram"),
        ("W-h-a-t-s-a-p-p", "whatsapp"),
        ("whats@pp me", "whatsapp me"),
        ("w/a +855 12", "whatsapp +855 12"),
        ("WA 0812 3456", "whatsapp 0812 3456"),
        ("vіsа frее", "visa free"),  # Cyrillic і, а, е inside Latin words
        ("свободная виза", "свободная виза"),  # Russian stays Russian
        ("việc làm lương cao", "viec lam luong cao"),
        ("d’expérience", "d'experience"),
        ("٢٠٠٠ USD ২০০০ ๕๐", "2000 usd 2000 50"),
        ("vi\u200bsa", "visa"),  # zero-width space
        ("加微信: abc", "加wechat: abc"),
        ("🔥🔥 JOB 🔥", "job"),
        ("ภาษาไทย ที่พัก", "ภาษาไทย ที่พัก"),  # Thai vowel marks are kept
    ],
)
def test_folds(text: str, expected: str) -> None:
    assert normalize_for_matching(text).text == expected


def test_spans_map_back_to_the_original() -> None:
    text = "Contact 𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦 or T e l e g r a m now"
    norm = normalize_for_matching(text)
    first = norm.text.index("telegram")
    second = norm.text.index("telegram", first + 1)
    assert text[slice(*norm.span(first, first + 8))] == "𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦"
    assert text[slice(*norm.span(second, second + 8))] == "T e l e g r a m"


def test_phrases_fold_like_text() -> None:
    assert normalize_phrase("Visa GRATUITE") == normalize_for_matching("visa gratuite").text


def test_swahili_wa_is_not_whatsapp() -> None:
    assert normalize_for_matching("mshahara wa 50,000").text == "mshahara wa 50,000"


def test_huge_and_empty_input() -> None:
    assert normalize_for_matching("").text == ""
    big = "ab " * 100_000
    assert len(normalize_for_matching(big).text) == len(big.strip())
