"""Every translation of the public check page is complete and safe to show: each catalogue
under review/locales parses and compiles, translates every message of messages.pot (no
empty or fuzzy entry), keeps the placeholders of the English text, has the plural forms
Babel's rules give its language, and the page really comes out in that language
(right to left for Arabic and Urdu)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po
from markupsafe import escape
from starlette.testclient import TestClient

from lurewatch.storage import Database
from review.i18n import LOCALES, POT, RTL, Catalogues
from tests.review_support import make_client

# The languages the public page must speak (issue 8 and the translation brief).
REQUIRED = {
    "en", "fr", "es", "pt", "ar", "ur", "id", "ms", "vi", "th",
    "my", "ne", "am", "tl", "hi", "bn", "sw", "ru", "zh",
}  # fmt: skip
LANGS = sorted(p.parent.parent.name for p in LOCALES.glob("*/LC_MESSAGES/messages.po"))
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w+\}")
OFFER = "URGENT! Customer service job in Bangkok. Free visa and ticket. Contact @agent9"
TOKEN = re.compile(r'name="form_token" value="([^"]+)"')


@cache
def _catalogues() -> Catalogues:
    """The catalogues as the app compiles them at start-up (once for the module)."""
    return Catalogues()


@cache
def _pot() -> Catalog:
    with POT.open("rb") as handle:
        return read_po(handle)


@cache
def _catalogue(lang: str) -> Catalog:
    with (LOCALES / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def _forms(value: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def test_the_required_languages_are_there() -> None:
    assert not REQUIRED - set(LANGS), sorted(REQUIRED - set(LANGS))
    assert set(_catalogues().languages) == set(LANGS)  # every catalogue is offered


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_is_complete(lang: str) -> None:
    catalog = _catalogue(lang)
    assert not catalog.fuzzy, f"{lang}: the header is marked fuzzy"
    expected = {m.id: m for m in _pot() if m.id}
    found: dict[object, Message] = {m.id: m for m in catalog if m.id}
    assert not set(expected) - set(found), f"{lang}: missing {set(expected) - set(found)}"
    assert not set(found) - set(expected), f"{lang}: not in the .pot {set(found) - set(expected)}"
    for key, message in found.items():
        assert not message.fuzzy, f"{lang}: fuzzy {key!r}"
        strings = _forms(message.string)
        assert strings and all(s.strip() for s in strings), f"{lang}: untranslated {key!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_and_markup_are_kept(lang: str) -> None:
    for message in _catalogue(lang):
        if not message.id:
            continue
        ids = _forms(message.id)
        for text in _forms(message.string):
            # every form names the same variables as the English (the plural's for plurals)
            assert _placeholders(text) == _placeholders(ids[-1]), f"{lang}: {ids[0]!r} -> {text!r}"
            assert not re.search(r"[<>]", text), f"{lang}: markup in {text!r}"
            assert text == text.strip(), f"{lang}: stray spaces in {text!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_plural_forms_follow_babel(lang: str) -> None:
    catalog = _catalogue(lang)
    count, expression = get_plural(lang)
    assert (catalog.num_plurals, catalog.plural_expr) == (count, expression), lang
    for message in catalog:
        if message.id and message.pluralizable:
            assert len(_forms(message.string)) == count, f"{lang}: {message.id[0]!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_messages_format_cleanly(lang: str) -> None:
    """What the page does with each string: fill the variables in (a stray % breaks it)."""
    t = _catalogues().translator(lang)
    assert t.lang == lang
    for message in _pot():
        if not message.id:
            continue
        if message.pluralizable:
            for n in (0, 1, 2, 3, 5, 11, 21, 101):
                assert str(n) in t.ngettext(message.id[0], message.id[1], n)
        else:
            variables = {name: "7" for name in re.findall(r"%\((\w+)\)", message.id)}
            text = t.gettext(message.id, **variables)
            assert text and (lang == "en" or text != message.id or len(message.id) < 12), (
                f"{lang}: {message.id!r} is shown in English"
            )


# --- the page in each language -----------------------------------------------------------


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    root: Path = tmp_path_factory.mktemp("i18n")
    db = Database(f"sqlite:///{root / 'lurewatch.db'}")
    db.upgrade()
    yield make_client(root, db, check_per_minute=1000)
    db.dispose()


def _text(lang: str, message: str) -> str:
    """A translation as the page shows it (escaped by Jinja)."""
    return str(escape(_catalogues().translator(lang).gettext(message)))


@pytest.mark.parametrize("lang", ["ar", "ur"])
def test_arabic_and_urdu_are_right_to_left(client: TestClient, lang: str) -> None:
    assert lang in RTL
    page = client.get(f"/check?lang={lang}").text
    assert f'<html lang="{lang}" dir="rtl">' in page
    assert _text(lang, "Check a job offer") in page


@pytest.mark.parametrize(
    ("query", "accept", "lang", "sample"),
    [
        ("", "th", "th", "ตรวจสอบข้อเสนองาน"),
        ("", "th-TH,th;q=0.9,en;q=0.5", "th", "ภาษาของหน้านี้"),
        ("?lang=my", "", "my", "အလုပ်ကမ်းလှမ်းချက်ကို စစ်ဆေးပါ"),
        ("?lang=am", "", "am", "የሥራ ዕድልን ያረጋግጡ"),
        ("", "fil-PH", "tl", "I-check ang alok na trabaho"),
        ("", "zh-CN", "zh", "检查招聘信息"),
    ],
)
def test_page_in_the_chosen_language(
    client: TestClient, query: str, accept: str, lang: str, sample: str
) -> None:
    headers = {"Accept-Language": accept} if accept else {}
    page = client.get("/check" + query, headers=headers).text
    assert f'<html lang="{lang}" dir="ltr">' in page
    assert sample in page


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "en"])
def test_result_page_has_no_english_left(client: TestClient, lang: str) -> None:
    token = TOKEN.search(client.get("/check").text)
    assert token
    page = client.post("/check", data={"text": OFFER, "form_token": token[1], "lang": lang}).text
    assert f'<html lang="{lang}"' in page and 'id="result"' in page
    t = _catalogues().translator(lang)
    assert escape(t.ngettext("%(n)s red flag", "%(n)s red flags", 4)) in page
    assert _text(lang, "Never hand over your passport.") in page
    for message in _pot():
        if message.id and not message.pluralizable and t.gettext(message.id) != message.id:
            assert escape(message.id) not in page, f"{lang}: {message.id!r}"
