"""Contacts in a post: phones, messaging-app IDs, e-mails, links and their domains.

`extract_contacts(text, lang)` works on `normalize_for_matching(text)`, which already folds
the usual dodges ("whats@pp", "w/a", "T e l e g r a m", 微信, zero-width characters,
digits of any script, 𝐟𝐚𝐧𝐜𝐲 letters), and maps every span back to the original text.

Kinds: phone, whatsapp, telegram, viber, signal, zalo, imo (phone-based: value E.164,
`country` its region), wechat, line, qq, skype (value: the ID, lower-case), handle, email,
url, domain (value: host + path without scheme; `shortener=True` for bit.ly and the like).
A number labelled with an app ("WhatsApp: 0812-3456-7890") takes the app's kind; join
on `value` to link posts that share a number whatever app they name.

A standalone @handle is "telegram" when the post mentions Telegram or names no other
app (in job posts a bare @handle is most often a Telegram account), else "handle".
Local numbers ("0812-3456-7890") need a region: from `lang` (or langid when None) and
money or place words in the text (RM, Rp, ₱, บาท, Dhaka...). Numbers without "+" and
under 8 digits count only when labelled, and none stuck to a currency counts.

Every pattern is linear: each starts only where a run of its characters starts (a
look-behind), with bounded repeats, so 100 KB of hostile text takes well under a second.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberMatcher

from classifier import contacts_data as data
from classifier.normalize import Normalized, normalize_for_matching
from classifier.types import Contact

MAX_CHARS = 200_000  # hostile input past this is not read
MAX_CONTACTS = 500
_LABEL_REACH = 25  # characters between an app's name and the ID it labels

_TG_LINK = re.compile(
    r"(?<![\w.])(?:https?://)?(?:www\.)?(?:t|telegram)\.(?:me|dog)/"
    r"(?:(?P<invite>(?:joinchat/|\+)[\w-]{6,64})|(?:s/)?(?P<name>[a-z][a-z0-9_]{3,31}))(?![\w-])"
)
_WA_LINK = re.compile(
    r"(?<![\w.])(?:https?://)?(?:www\.)?(?:wa\.me/\+?(?P<num>\d{6,15})"
    r"|(?:api|web)\.whatsapp\.com/send/?\?phone=\+?(?P<num2>\d{6,15})[\w&=%.+-]{0,300}"
    r"|(?P<group>chat\.whatsapp\.com/(?:invite/)?[a-z0-9]{10,40})|(?P<short>wa\.link/[a-z0-9]{3,20}))"
)
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@(?P<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})"
)
_URL = re.compile(
    r"(?<![\w.@/-])(?P<scheme>https?://|www\.)?(?P<host>(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})"
    r"(?![a-z0-9-])(?::\d{2,5})?(?P<path>[/?#][a-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]{0,2000})?"
)
_ID = r"(?P<id>[a-z0-9][a-z0-9_.\-]{3,31})"
_SEP = (
    r"(?:\s*(?:id|username|user|acc|account|handle|no\.?|号))?\s*(?:[:：=]+\s*@?|-\s*@|@\s*|\s+@)"
)
_TG_ID = r"(?P<id>[a-z][a-z0-9_]{3,31})(?![\w])"
_LINE_ID = r"(?P<id>[a-z0-9._\-]{4,20})"
_LABELLED = (
    ("telegram", re.compile(r"(?<![a-z])telegram" + _SEP + _TG_ID)),
    ("wechat", re.compile(r"(?<![a-z0-9])(?:wechat|weixin|v)" + _SEP + _ID)),
    ("wechat", re.compile(r"(?:加|\+)\s*v\s*[:：]?\s*" + _ID)),
    # "加微信 kefu2024": after a plain space only an ID with a digit or "_" ("WeChat group")
    (
        "wechat",
        re.compile(r"(?<![a-z0-9])(?:wechat|weixin)\s+(?P<id>(?=[a-z0-9-]*[\d_])[a-z][\w-]{4,19})"),
    ),
    ("qq", re.compile(r"(?<![a-z])qq\s*(?:号|id|no\.?)?\s*[:：=]?\s*(?P<id>[1-9]\d{4,11})(?!\d)")),
    ("line", re.compile(r"(?<![a-z])(?:line|ไลน์|ไลน)" + _SEP + _LINE_ID)),
    ("line", re.compile(r"(?<![a-z])id\s*(?:line|ไลน์)\s*[:：=]?\s*@?" + _LINE_ID)),
    (
        "skype",
        re.compile(r"(?<![a-z])skype" + _SEP + r"(?P<id>(?:live:)?[a-z0-9][a-z0-9_.:\-]{3,63})"),
    ),
)
_HANDLE = re.compile(r"(?<![\w@./+-])@(?P<id>[a-z][a-z0-9_.]{3,31})(?![\w@])")
_APP_WORD = re.compile(
    r"(?<![a-z])(" + "|".join(sorted(map(re.escape, data.APP_WORDS), key=len, reverse=True))
    + r")(?![a-z])"
)  # fmt: skip
_OTHER_APP = re.compile(r"(?<![a-z])(?:" + "|".join(data.OTHER_APPS) + r")(?![a-z])")
_CURRENCY = (r"(?:rp|rm|usd|usdt|\$|₱|฿|บาท|vnd|đ|jt|juta|ribu|trieu|tr|k|baht|peso|inr|₹|rs|"
             r"tk|৳|pkr|npr|ksh|birr|thb|php|myr|idr|%|lakh|lac)")  # fmt: skip
_CURRENCY_BEFORE = re.compile(r"(?<![a-z])" + _CURRENCY + r"\.?$")
_CURRENCY_AFTER = re.compile(_CURRENCY + r"(?![a-z])")
_WORDS = re.compile(r"[^\W\d_]+|[₱฿₹৳¥元đ]")
_TRAILING = ".,;:!?)]}'\"»”’…"
# Top-level domains that are also short words ("know.it", "go.to"): without a scheme, a
# bare domain ending in one needs a path or a second level ("company.co.id").
_WORDLIKE_TLDS = frozenset(
    {"to", "at", "is", "it", "in", "id", "my", "me", "us", "co", "so", "la", "ma", "ng", "ph",
     "et", "es", "de", "pt", "ae", "ge", "ai", "sh", "ly", "am", "do", "go", "no", "be"}
)  # fmt: skip
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "edu", "ac", "or", "go", "web"})


@dataclass
class _Found:
    start: int  # offsets in the normalised text
    end: int
    kind: str
    value: str
    country: str | None = None
    shortener: bool = False
    host: tuple[int, int] | None = None  # a URL's host, for its "domain" contact


def extract_contacts(
    text: str, lang: str | None = None, norm: Normalized | None = None
) -> list[Contact]:
    """Contacts in `text`, in order of appearance, one per kind and value. Pass `norm`
    (`normalize_for_matching(text)`) when the caller has it already: it is most of the cost."""
    if not isinstance(text, str) or not text.strip():
        return []
    if norm is None or norm.original != text[:MAX_CHARS]:
        norm = normalize_for_matching(text[:MAX_CHARS])
    claimed = bytearray(len(norm.text) + 1)
    found: list[_Found] = []

    def claim(item: _Found) -> bool:
        if any(claimed[item.start : item.end]):
            return False
        claimed[item.start : item.end] = b"\x01" * (item.end - item.start)
        found.append(item)
        return True

    for item in _links(norm):
        claim(item)
    for item in _urls(norm):
        if claim(item) and item.host:
            host = norm.text[item.host[0] : item.host[1]].removeprefix("www.")
            found.append(_Found(*item.host, "domain", host, None, item.shortener))
    for kind, pattern in _LABELLED:
        for m in pattern.finditer(norm.text):
            start, ident = m.start("id"), m.group("id").rstrip(".-")
            at = start > 0 and norm.text[start - 1] == "@"
            # Telegram names are "@name" everywhere; a LINE ID with "@" is an official
            # account, another ID than the same letters without it.
            value = "@" + ident if kind == "telegram" or (kind == "line" and at) else ident
            claim(_Found(start - at, start + len(ident), kind, value))
    for item in _phones(norm, _regions(norm.text, lang, text)):
        claim(item)
    telegram_default = "telegram" in norm.text or not _OTHER_APP.search(norm.text)
    for m in _HANDLE.finditer(norm.text):
        label = _label_before(norm, m.start())
        if label in ("telegram", "line", "wechat", "skype", "social"):
            kind = "handle" if label == "social" else label
        else:  # unlabelled, or after a phone-only app ("WhatsApp/Telegram: @x")
            kind = "telegram" if telegram_default else "handle"
        claim(_Found(m.start(), m.end(), kind, "@" + m.group("id").rstrip(".")))
    return _to_contacts(found, norm)


def _original(norm: Normalized, start: int, end: int) -> str:
    """The original text of a span, without invisible characters (for case-sensitive
    values: link paths, invite codes)."""
    o_start, o_end = norm.span(start, end)
    raw = norm.original[o_start:o_end]
    return "".join(
        ch for ch in unicodedata.normalize("NFKC", raw) if unicodedata.category(ch) != "Cf"
    )


def _links(norm: Normalized) -> Iterator[_Found]:
    for m in _TG_LINK.finditer(norm.text):
        if m.group("invite"):
            value = "t.me/" + _original(norm, m.start("invite"), m.end("invite"))
        else:
            value = "@" + m.group("name")
        yield _Found(m.start(), m.end(), "telegram", value)
    for m in _WA_LINK.finditer(norm.text):
        digits = m.group("num") or m.group("num2")
        if digits:
            value, country = _e164("+" + digits)
            yield _Found(m.start(), m.end(), "whatsapp", value, country)
        else:
            group = m.group("group") or m.group("short")
            path = _original(norm, m.start("group" if m.group("group") else "short"), m.end())
            yield _Found(m.start(), m.end(), "whatsapp", path, None, group.startswith("wa.link"))


def _urls(norm: Normalized) -> Iterator[_Found]:
    for m in _EMAIL.finditer(norm.text):
        if m.group("host").rsplit(".", 1)[-1].isalpha():
            yield _Found(m.start(), m.end(), "email", m.group())
    for m in _URL.finditer(norm.text):
        host, path = m.group("host"), m.group("path") or ""
        labels = host.split(".")
        tld = labels[-1]
        if not m.group("scheme"):
            if tld not in data.TLDS:
                continue
            if tld in _WORDLIKE_TLDS and not path and labels[-2] not in _SECOND_LEVEL:
                continue
        end = m.end()
        while end > m.end("host") and norm.text[end - 1] in _TRAILING:
            if norm.text[end - 1] == ")" and norm.text[m.start() : end].count("(") >= norm.text[
                m.start() : end
            ].count(")"):
                break
            end -= 1
        path = _original(norm, m.end("host"), end) if end > m.end("host") else ""
        value = (host.removeprefix("www.") + path).rstrip("/")
        short = host.removeprefix("www.") in data.SHORTENERS
        yield _Found(m.start(), end, "url", value, None, short, (m.start("host"), m.end("host")))


def _regions(folded: str, lang: str | None, text: str) -> list[str | None]:
    """Regions to read local numbers in: the language's, then the text's money and place
    words; None last (only +CC numbers)."""
    if lang is None:
        from classifier.langid import identify

        lang = identify(text).lang
    regions: list[str | None] = []
    if lang in data.LANG_REGION:
        regions.append(data.LANG_REGION[lang])
    for word in _WORDS.findall(folded[:5000]):
        region = data.TEXT_REGION.get(word)
        if region and region not in regions:
            regions.append(region)
        if len(regions) >= 2:  # each region is one pass of the phone matcher
            break
    return regions or [None]  # None reads only +CC numbers


def _phones(norm: Normalized, regions: list[str | None]) -> Iterator[_Found]:
    text = norm.text
    if sum(map(str.isdigit, text)) < 6:
        return
    seen: set[tuple[int, int]] = set()
    for region in regions:
        for m in PhoneNumberMatcher(text, region):
            if (m.start, m.end) in seen:
                continue
            seen.add((m.start, m.end))
            digits = sum(ch.isdigit() for ch in m.raw_string)
            label = _label_before(norm, m.start) or _label_after(norm, m.end)
            if not m.raw_string.startswith("+") and digits < 8 and label is None:
                continue
            if _stuck_to_currency(text, m.start, m.end):
                continue
            value = phonenumbers.format_number(m.number, PhoneNumberFormat.E164)
            country = phonenumbers.region_code_for_number(m.number)
            kind = label if label in data.PHONE_APPS else "phone"
            yield _Found(m.start, m.end, kind, value, country if country != "001" else None)


def _stuck_to_currency(text: str, start: int, end: int) -> bool:
    """ "Rp 1500000", "1500000 VND", "500k": money, not a phone number."""
    before = text[max(0, start - 6) : start].rstrip()
    after = text[end : end + 6].lstrip()
    return bool(_CURRENCY_BEFORE.search(before) or _CURRENCY_AFTER.match(after))


def _label_before(norm: Normalized, start: int) -> str | None:
    """The app named just before `start` on the same line ("WhatsApp: ", "Line ID - ")."""
    window = norm.text[max(0, start - _LABEL_REACH) : start]
    matches = list(_APP_WORD.finditer(window))
    if not matches:
        return None
    last = matches[-1]
    o_label = norm.index[start - len(window) + last.end() - 1]
    if "\n" in norm.original[o_label : norm.index[start]]:
        return None
    return data.APP_WORDS[last.group(1)]


def _label_after(norm: Normalized, end: int) -> str | None:
    """An app named right after a number: "0812 3456 789 (WA)"."""
    m = _APP_WORD.match(norm.text[end : end + 12].lstrip(" ([/-:"))
    return data.APP_WORDS[m.group(1)] if m else None


def _e164(raw: str) -> tuple[str, str | None]:
    try:
        number = phonenumbers.parse(raw, None)
    except phonenumbers.NumberParseException:
        return raw, None
    region = phonenumbers.region_code_for_number(number)
    return phonenumbers.format_number(number, PhoneNumberFormat.E164), (
        region if region not in (None, "001", "ZZ") else None
    )


def _to_contacts(found: list[_Found], norm: Normalized) -> list[Contact]:
    """One contact per kind and value, in order; a number also given under an app's name
    is not repeated as a plain phone."""
    out: list[Contact] = []
    seen: set[tuple[str, str]] = set()
    on_apps = {f.value for f in found if f.kind in data.PHONE_APPS}
    for item in sorted(found, key=lambda f: (f.start, f.kind != "url")):
        key = (item.kind, item.value.lower() if item.kind not in ("url",) else item.value)
        if key in seen or not item.value or (item.kind == "phone" and item.value in on_apps):
            continue
        seen.add(key)
        start, end = norm.span(item.start, item.end)
        out.append(Contact(kind=item.kind, value=item.value, country=item.country,
                           text=norm.original[start:end], start=start, end=end,
                           shortener=item.shortener))  # fmt: skip
        if len(out) >= MAX_CONTACTS:
            break
    return out
