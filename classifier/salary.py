"""Pay offered in a post: amount, currency and period, in USD a month, against the market.

`find_salaries(text, lang, role_hint)` lists every mention; `extract_salary` keeps the
highest-paying one. Amounts as people write them: "1,500-2,000", "2k", "1.5 lakh",
"1,20,000", "15 triệu", "15tr", "3万", "50,000 บาท", "RM 4,500", "₱60k", "Rs. 80,000",
"USD 1500$", "1000U", "1500 USDT" (= USD), digits of any script. Money is read as pay
only in a pay context: a period ("per day", "/tháng", "日结", "kwa siku", "por reseña"),
a pay word before it or after it ("Salary:", "gaji", "lương", "月薪", "3 لاکھ تنخواہ"), or
an add-on after it ("+ bonus", "+ komisen"). A bare number needs a pay word and takes
the post language's currency ("Salary: 25k-40k" in Nepali is NPR). Never pay: fees,
prices, rents, prizes ("registration fee ₹2,500", "RM 38,500 nego", "налог 4 900 ₽"),
years, phone-number pieces, ages, heights, counts of hours or tasks, "24/7". "$" in a
Spanish post is pesos (by the places named, else MXN) from 5,000 up; "¥" is yen when
Japan is named or from 50,000 up, else yuan.

Conversion (classifier.rates, dated): per hour x 8 x 22, per day x 22 working days,
per week x 52/12, per year / 12; per task has no monthly figure (`usd_month` None).
`ratio` compares with entry-level pay for the role (role_hint, else role words in the
post, else general work) in the country whose market applies: the local currency's
country, else the first destination named (Bangkok, Sihanoukville, Dubai...), else the
language's home country, else a global default.

`short_hours` is True when the post pairs pay with a few hours a day ("1-2 hours a day",
"1-2 jam sehari", "mỗi ngày 1-2 tiếng", "दिन में 2 घंटे", "每天1-2小时"): a task-scam and
money-mule signature. Two thousand written in words is not read.
"""

from __future__ import annotations

import re

from classifier import rates
from classifier import salary_data as data
from classifier.errors import ClassifierError
from classifier.normalize import Normalized, normalize_for_matching, normalize_phrase
from classifier.salary_reader import B, E, Reader, alt, fold_pattern
from classifier.types import Salary

MAX_CHARS = 200_000
PERIOD_MONTHS = {"hour": 8 * 22, "day": 22.0, "week": 52 / 12, "month": 1.0, "year": 1 / 12}

_ROLES = tuple((role, re.compile(B + r"(?:" + alt(words) + r")" + E))
               for role, words in data.ROLE_WORDS)  # fmt: skip
_PLACES = re.compile(B + r"(" + alt(data.PLACES) + r")" + E)
_PLACE_CODE = {normalize_phrase(k): v for k, v in data.PLACES.items()}
# A number or a range, in SHORT_HOURS; starting only where a number starts keeps a long
# run of digits linear.
_N = r"(?<![\d.,])(\d+(?:[.,]\d+)?)(?:\s*(?:-|–|to|~)\s*(\d+))?"
_SHORT = tuple(
    (re.compile(fold_pattern(p).replace("{n}", _N)), unit) for p, unit in data.SHORT_HOURS
)


def find_salaries(
    text: str, lang: str | None = None, role_hint: str | None = None,
    norm: Normalized | None = None,
) -> list[Salary]:  # fmt: skip
    """Every pay mention in `text`, in order. `role_hint`: a role name of
    `rates.ROLE_FACTOR` or the role as the post writes it ("customer service", "客服",
    "data entry"); when it names none, the post's own role words decide. Pass `norm`
    (`normalize_for_matching(text)`) when you have it: it is most of the cost."""
    if not isinstance(text, str) or not text.strip():
        return []
    if norm is None or norm.original != text[:MAX_CHARS]:
        norm = normalize_for_matching(text[:MAX_CHARS])
    if lang is None:
        from classifier.langid import identify

        lang = identify(text).lang
    reader = Reader(norm, lang)
    found = reader.read()
    if not found:
        return []
    role = _role_of_hint(role_hint) or _role(norm.text) or "general_worker"
    short = short_hours(norm.text)
    place = _PLACES.search(norm.text)
    out = []
    for money in found:
        country = data.CURRENCY_COUNTRY.get(money.currency) or (
            _PLACE_CODE.get(place.group(1)) if place else data.LANG_COUNTRY.get(lang)
        )
        usd = rates.to_usd(money.amount, money.currency)
        usd_month = (
            None if usd is None or money.period == "task" else usd * PERIOD_MONTHS[money.period]
        )
        baseline = rates.baseline_usd_month(role, country)
        start, end = norm.span(money.start, money.end)
        out.append(Salary(
            amount=money.amount, currency=money.currency, period=money.period,
            usd_month=round(usd_month, 2) if usd_month is not None else None,
            baseline_usd_month=baseline,
            ratio=round(usd_month / baseline, 2) if usd_month is not None else None,
            short_hours=short, text=norm.original[start:end], start=start, end=end,
        ))  # fmt: skip
    return out


def extract_salary(
    text: str, lang: str | None = None, role_hint: str | None = None,
    norm: Normalized | None = None,
) -> Salary | None:  # fmt: skip
    """The highest-paying mention (by USD a month; per-task pay only when nothing else)."""
    found = find_salaries(text, lang, role_hint, norm)
    if not found:
        return None
    monthly = [s for s in found if s.usd_month is not None]
    if monthly:
        return max(monthly, key=lambda s: s.usd_month or 0.0)
    return max(found, key=lambda s: rates.to_usd(s.amount, s.currency) or 0.0)


def short_hours(folded: str) -> bool:
    """Few hours a day (at most SHORT_HOURS_MAX) next to pay, in the folded text."""
    for pattern, unit in _SHORT:
        for m in pattern.finditer(folded):
            top = float((m.group(2) or m.group(1)).replace(",", "."))
            if 0 < (top / 60 if unit == "min" else top) <= data.SHORT_HOURS_MAX:
                return True
    return False


def _role(folded: str) -> str | None:
    for role, pattern in _ROLES:
        if pattern.search(folded):
            return role
    return None


def _role_of_hint(hint: str | None) -> str | None:
    if not hint:
        return None
    try:
        return rates.canonical_role(hint)
    except ClassifierError:
        return _role(normalize_phrase(hint))
