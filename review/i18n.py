"""Translations of the public check page: gettext catalogues read with Babel at start-up.

Catalogues live as text only, `review/locales/<lang>/LC_MESSAGES/messages.po`, and are
compiled in memory when the app starts (no binary .mo in the repository). A language is
offered as soon as its catalogue exists. Right-to-left languages (ar, ur, ...) get
`dir="rtl"`.

Message ids are the English text and are kept stable; translator notes start with
"Translators:". After changing a translatable string (`_()`, `ngettext()` in
templates/public/, `N_()` in review/public_text.py), refresh the template and merge it
into every catalogue:

    .venv/bin/python -m review.i18n extract      # rewrites review/locales/messages.pot
    .venv/bin/python -m review.i18n update       # merges it into every messages.po
    .venv/bin/python -m review.i18n init fr      # starts a new catalogue from the .pot

(The same as `pybabel extract -F review/babel.cfg -k N_ -c Translators: -o
review/locales/messages.pot review` followed by `pybabel update`.) A test checks that
the .pot matches the sources and that the English catalogue is complete.
"""

from __future__ import annotations

import gettext
import io
import logging
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from lurewatch import __version__

log = logging.getLogger(__name__)
REVIEW_DIR = Path(__file__).parent
LOCALES = REVIEW_DIR / "locales"
POT = LOCALES / "messages.pot"
DEFAULT_LANG = "en"
RTL = frozenset({"ar", "ur", "fa", "he", "ps", "sd", "ug", "yi", "dv", "ckb"})
ALIASES = {"fil": "tl", "in": "id", "iw": "he", "zh-hans": "zh"}
METHOD_MAP = [
    ("public_text.py", "python"),
    ("templates/public/**.html", "jinja2.ext:babel_extract"),
]
KEYWORDS = {**DEFAULT_KEYWORDS, "N_": None}
COMMENT_TAGS = ["Translators:"]
HEADER = """\
# Translations of lurewatch's public "check a job offer" page.
# Message ids are the English text: keep them stable. Regenerate this file with
# `python -m review.i18n extract`, never by hand (see review/i18n.py).
#"""


def N_(message: str) -> str:
    """Mark a string for extraction; it is translated where it is shown."""
    return message


@dataclass(frozen=True)
class Translator:
    """One request's language: `_()` and `ngettext()` for templates, with %(name)s
    variables filled in after translation."""

    lang: str
    name: str
    rtl: bool
    _translations: gettext.NullTranslations

    @property
    def dir(self) -> str:
        return "rtl" if self.rtl else "ltr"

    def gettext(self, message: str, **variables: Any) -> str:
        text = self._translations.gettext(message)
        return text % variables if variables else text

    def ngettext(self, singular: str, plural: str, n: int, **variables: Any) -> str:
        text = self._translations.ngettext(singular, plural, n)
        return text % {"n": n, **variables}


class Catalogues:
    def __init__(self, root: Path = LOCALES) -> None:
        self._translations: dict[str, gettext.NullTranslations] = {}
        self.names: dict[str, str] = {}
        for po in sorted(root.glob("*/LC_MESSAGES/messages.po")):
            lang = po.parent.parent.name
            self._translations[lang] = _compile(po, lang)
            self.names[lang] = _native_name(lang)
        if DEFAULT_LANG not in self._translations:
            self._translations[DEFAULT_LANG] = gettext.NullTranslations()
            self.names[DEFAULT_LANG] = "English"
        self.languages = tuple(sorted(self._translations, key=lambda c: (c != DEFAULT_LANG, c)))

    def translator(self, lang: str) -> Translator:
        lang = lang if lang in self._translations else DEFAULT_LANG
        return Translator(lang, self.names[lang], _is_rtl(lang), self._translations[lang])

    def known(self, lang: str | None) -> str | None:
        if not lang:
            return None
        code = lang.strip().lower().replace("_", "-")
        code = ALIASES.get(code, code)
        if code in self._translations:
            return code
        base = ALIASES.get(code.split("-")[0], code.split("-")[0])
        return base if base in self._translations else None

    def from_accept_language(self, header: str | None) -> str | None:
        """The best catalogue for an Accept-Language header, or None."""
        for tag, _region in parse_accept_language(header):
            if (lang := self.known(tag)) is not None:
                return lang
        return None


def parse_accept_language(header: str | None) -> list[tuple[str, str | None]]:
    """[(tag, region)] from an Accept-Language header, best first; malformed parts skipped."""
    ranked: list[tuple[float, int, str, str | None]] = []
    for i, part in enumerate((header or "")[:1000].split(",")):
        tag, _, params = part.strip().partition(";")
        if not re.fullmatch(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*", tag):
            continue
        quality = 1.0
        match = re.search(r"q=([^;,\s]*)", params)
        if match:
            try:
                quality = float(match[1])
            except ValueError:
                continue
        subtags = tag.split("-")
        region = next((s.upper() for s in subtags[1:] if len(s) == 2 and s.isalpha()), None)
        if quality > 0:
            ranked.append((-quality, i, tag.lower(), region))
    return [(tag, region) for _, _, tag, region in sorted(ranked)]


def _compile(po: Path, lang: str) -> gettext.NullTranslations:
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=_locale(lang), domain="messages")
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def _locale(lang: str) -> Locale | None:
    try:
        return Locale.parse(lang)
    except (ValueError, UnknownLocaleError):
        return None


# Where Babel's name is not what speakers call their language in a switcher.
NATIVE_NAMES = {"id": "Bahasa Indonesia", "ms": "Bahasa Melayu"}


def _native_name(lang: str) -> str:
    if lang in NATIVE_NAMES:
        return NATIVE_NAMES[lang]
    locale = _locale(lang)
    name = locale.get_language_name(lang) if locale is not None else None
    return (name[:1].upper() + name[1:]) if name else lang


def territory_name(code: str, lang: str) -> str:
    """A country's name in the page's language ("TH" -> "Thaïlande" in French)."""
    locale = _locale(lang) or _locale(DEFAULT_LANG)
    return str(locale.territories.get(code.upper(), code)) if locale else code


def _is_rtl(lang: str) -> bool:
    locale = _locale(lang)
    return lang in RTL or (locale is not None and locale.character_order == "right-to-left")


# --- maintaining the catalogues ----------------------------------------------------------


def extract() -> Catalog:
    """The translatable messages as they are in the sources now."""
    catalog = Catalog(
        project="lurewatch",
        version=__version__,
        copyright_holder="lurewatch contributors",
        msgid_bugs_address="https://github.com/lurewatch/lurewatch/issues",
        header_comment=HEADER,
        charset="utf-8",
    )
    found: Iterator[Any] = extract_from_dir(
        REVIEW_DIR,
        METHOD_MAP,
        options_map={"templates/public/**.html": {"silent": "false"}},
        keywords=KEYWORDS,
        comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        catalog.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return catalog


def _write(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=88, sort_output=False, omit_header=False)
    path.write_bytes(buffer.getvalue())


def _read(path: Path, lang: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=_locale(lang) if lang else None)


def _fill_source_language(catalog: Catalog, lang: str) -> None:
    """The English catalogue translates each id to itself (where nobody wrote better
    English), so that it is complete by construction."""
    if lang != DEFAULT_LANG:
        return
    catalog.fuzzy = False
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple | list):
            if not any(message.string or ()):
                message.string = tuple(message.id)
        elif not message.string:
            message.string = message.id
        message.flags.discard("fuzzy")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "extract":
        _write(extract(), POT)
        print(f"wrote {POT}")
    elif command == "update":
        for po in sorted(LOCALES.glob("*/LC_MESSAGES/messages.po")):
            lang = po.parent.parent.name
            # A fresh template per catalogue: Babel's update shares the template's message
            # objects, so filling the English one would leak English into those after it.
            template = _read(POT)
            catalog = _read(po, lang)
            catalog.update(template, update_header_comment=False)
            _fill_source_language(catalog, lang)
            _write(catalog, po)
            print(f"updated {po}")
    elif command == "init" and len(argv) == 2:
        lang = argv[1]
        catalog = _read(POT, lang)  # read with the language, so the plural forms are its own
        _fill_source_language(catalog, lang)
        _write(catalog, LOCALES / lang / "LC_MESSAGES" / "messages.po")
        print(f"created {LOCALES / lang / 'LC_MESSAGES' / 'messages.po'}")
    else:
        print("usage: python -m review.i18n extract | update | init LANG", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
