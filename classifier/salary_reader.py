"""Reads money expressions in folded text for `classifier.salary`.

Around each number, within its line of the original text, in this order: a currency
letter stuck to it (1000U, 250.000đ), a multiplier (2k, 1.5 lakh, 15tr, 3万), a currency
after it, a range ("– RM 5,500"), a currency or a multiplier before it ("RM", "သိန်း"),
then whether it is pay at all, and its period. Every pattern is anchored at the number
or at the end of a short window before it, so the work per number is bounded.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from classifier import salary_data as data
from classifier.normalize import Normalized, fold_regex, normalize_phrase

MAX_NUMBERS = 5_000  # numbers examined in one text: hostile input stays bounded


def fold_pattern(pattern: str) -> str:
    """A regex folded like `normalize_for_matching` folds text (case, Latin accents)."""
    out = []
    for ch in unicodedata.normalize("NFKC", pattern).casefold():
        base = unicodedata.normalize("NFD", ch)[0]
        out.append("d" if ch == "đ" else base if not ch.isascii() and base.isascii() else ch)
    return fold_regex("".join(out))


def _fold(words: Iterable[str]) -> list[str]:
    return sorted({normalize_phrase(w) or w for w in words}, key=len, reverse=True)


def alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in _fold(words))


def _table(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {normalize_phrase(w): key for key, words in table.items() for w in words}


CURRENCY = {normalize_phrase(k) or k: v for k, v in data.CURRENCIES.items()}
CAPITALS = {normalize_phrase(k) for k in data.CAPITALS_ONLY}
MULT = {
    normalize_phrase(k) or k: v for k, v in {**data.MULTIPLIERS, **data.MULTIPLIERS_BEFORE}.items()
}
PERIOD_AFTER, PERIOD_BEFORE = _table(data.PERIODS_AFTER), _table(data.PERIODS_BEFORE)
B, E = r"(?<![a-z])", r"(?![a-z])"  # word edges for Latin words; other scripts run on

NUM = re.compile(r"(?<!\d)(?<!\d[.,])(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,.' ]\d{3})+"
                 r"(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)(?!\d)")  # fmt: skip
_CURRENCIES = alt(set(data.CURRENCIES) - {"บ"}) + r"|บ(?=[/.\s]|$)"  # baht sign "บ/วัน"
CUR_BEFORE = re.compile(B + r"(" + _CURRENCIES + r")\.?\s*[:=]?\s*(?:(?:up to|upto|hingga|sampai|"
                        r"jusqu'a|hasta|ate|от|до|tu|from|de)\s*)?$")  # fmt: skip
CUR_AFTER = re.compile(r"\s*(" + _CURRENCIES + r")" + E)
MULT_AFTER = re.compile(r"\s?(" + alt(data.MULTIPLIERS) + r")" + E)
MULT_BEFORE = re.compile(r"(" + alt(data.MULTIPLIERS_BEFORE) + r")\s*$")
RANGE = re.compile(r"\s*(?:" + alt(data.RANGE_WORDS) + r")\s*(?:(" + _CURRENCIES + r")\.?\s*)?")
_NET = r"(?:(?:net|nett|gross|brut|brutto|bruto|neto|bersih)\s*)?"
PER_AFTER = re.compile(
    r"\s*\(?\s*" + _NET + "(" + alt(PERIOD_AFTER).replace("/", r"/\s*") + ")" + E
)
PER_BEFORE = re.compile(B + r"(" + alt(PERIOD_BEFORE) + r")[\s:]*$")
PIECE_AFTER = re.compile(r"\s*(?:" + alt(data.PER_WORDS) + r")\s+[^\W\d_]")
PIECE_BEFORE = re.compile(B + r"(?:(?:" + alt(data.PER_WORDS) + r")\s+[^\W\d_]+(?:\s+[^\W\d_]+)?"
                          r"|[\u0e00-\u0e7f]+ละ)\s*$")  # fmt: skip
SALARY_WORD = re.compile(B + r"(?:" + alt(data.SALARY_WORDS) + r")" + E + r"[^\d]{0,24}$")
PAY_AFTER = re.compile(r"\s*(?:(?:\+|&|plus|and|dan|và|et|y|e)\s*(?:" + alt(data.PAY_ADDONS)
                       + r")|(?:" + alt(data.SALARY_WORDS) + r"))" + E)  # fmt: skip
FEE_BEFORE = re.compile(B + r"(?:" + alt(data.FEE_WORDS) + r")" + E)
PAY_WORD = re.compile(B + r"(?:" + alt(data.SALARY_WORDS) + r")" + E)
FEE_AFTER = re.compile(r"\s*(?:" + alt(data.FEE_WORDS) + r")" + E)
UNIT_AFTER = re.compile(r"\s*(?:" + alt(data.NOT_MONEY_UNITS) + r")" + E)
PESO_PLACE = re.compile(B + r"(" + alt(data.PESO_PLACES) + r")" + E)
JAPAN = re.compile(B + r"(?:" + alt(data.JAPAN_WORDS) + r")")
YEAR = re.compile(r"(?:19[5-9]|20[0-3])\d")


@dataclass
class Money:
    start: int  # folded offsets of the whole expression
    end: int
    amount: float  # upper bound, in currency units
    currency: str  # ISO 4217
    period: str


def parse_number(raw: str) -> float | None:
    """ "1,500" 1500, "1.500.000" 1500000, "1,20,000" 120000, "1,5" 1.5, "1.5" 1.5."""
    s = raw.replace("'", "").replace(" ", "")
    if re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}", s):
        return float(s.replace(",", ""))
    if "," in s and "." in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if decimal == "," else ",", "").replace(",", ".")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        parts = s.split(sep)
        s = "".join(parts) if len(parts) > 2 or len(parts[1]) == 3 else ".".join(parts)
    try:
        return float(s)
    except ValueError:
        return None


class Reader:
    """Money expressions of one folded text."""

    def __init__(self, norm: Normalized, lang: str | None) -> None:
        self.norm, self.t, self.lang = norm, norm.text, lang
        self.breaks: list[int] = []  # folded positions where a line of the original starts
        at = norm.original.find("\n")
        while at != -1:
            self.breaks.append(bisect.bisect_left(norm.index, at))
            at = norm.original.find("\n", at + 1)
        self._peso: str | None = None
        self._japan: bool | None = None

    def read(self) -> list[Money]:
        out: list[Money] = []
        resume = 0
        for count, m in enumerate(NUM.finditer(self.t)):
            if count >= MAX_NUMBERS:
                break
            if m.start() >= resume and (money := self._money(m)) is not None:
                out.append(money)
                resume = money.end
        return out

    def _line(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.breaks, pos)
        end = self.breaks[k] if k < len(self.breaks) else len(self.t)
        return (self.breaks[k - 1] if k else 0), end

    def _caps_ok(self, token: str, start: int) -> bool:
        """Codes that are words ("try", "pen") count only in capitals: "TRY 5,000"."""
        if token not in CAPITALS:
            return True
        o_start, o_end = self.norm.span(start, start + len(token))
        return self.norm.original[o_start:o_end].isupper()

    def _resolve(self, code: str | None, amount: float) -> str | None:
        """Family codes to ISO: rupees by language, "$" and pesos in Latin America, "¥"."""
        if code == "RUPEE":
            return {"ur": "PKR", "ne": "NPR", "si": "LKR", "ta": "LKR"}.get(self.lang or "", "INR")
        if code in ("PESO", "DOLLAR_SIGN"):
            if self.lang != "es":
                return "PHP" if code == "PESO" else "USD"
            if self._peso is None:
                place = PESO_PLACE.search(self.t)
                self._peso = data.PESO_PLACES[place.group(1)] if place else ""
            if code == "DOLLAR_SIGN" and not self._peso and amount < 5000:
                return "USD"  # "$1,500" in a Spanish lure is dollars; "$15,500" is pesos
            return self._peso or "MXN"
        if code == "YEN":
            if self._japan is None:
                self._japan = self.lang == "ja" or JAPAN.search(self.t) is not None
            return "JPY" if self._japan or amount >= 50_000 else "CNY"
        return code

    def _code(self, m: re.Match[str] | None, offset: int = 0) -> str | None:
        """The currency code of group 1 of `m` (found at `offset` in the text), if any."""
        if m is None or not m.group(1) or not self._caps_ok(m.group(1), m.start(1) + offset):
            return None
        token = m.group(1)
        return (
            "DOLLAR_SIGN"
            if token == "$"
            else CURRENCY.get(token) or CURRENCY.get(token.rstrip("."))
        )

    def _suffix(self, pos: int, line_end: int) -> str | None:
        """A currency letter stuck to the number: "1000U", "250.000đ"."""
        t = self.t
        if (
            pos >= line_end
            or t[pos] not in data.SUFFIX_CURRENCIES
            or t[pos + 1 : pos + 2].isalpha()
        ):
            return None
        if t[pos] == "u" or self.norm.original[self.norm.index[pos]] in "đĐ":
            return data.SUFFIX_CURRENCIES[t[pos]]
        return None

    @staticmethod
    def _fee(zone: str) -> bool:
        """A fee or price word before the amount, and no pay word after that word
        ("bukti bayaran yuran RM 250" is a fee; "No fee. Salary RM 1,700" is pay)."""
        fee_end = max((m.end() for m in FEE_BEFORE.finditer(zone)), default=-1)
        pay_end = max((m.end() for m in PAY_WORD.finditer(zone)), default=-1)
        return fee_end > pay_end

    def _money(self, m: re.Match[str]) -> Money | None:
        t, start, raw = self.t, m.start(), m.group(1)
        line_start, line_end = self._line(start)
        before = t[start - 1] if start else ""
        if len(raw) > 1 and raw[0] == "0" and raw[1] not in ".,":
            return None  # "0812...": a phone number, not money
        if (before and before in "+#:/") or (
            before in ("-", " ") and start >= 2 and t[start - 2].isdigit()
        ):
            return None  # "+855", "15/03", "9:30", "3456" in "0812-3456" or "0812 3456"
        low = high = parse_number(raw) or 0.0
        if not high:
            return None
        pos, codes, implied, period = m.end(), [], None, None
        if (suffix := self._suffix(pos, line_end)) is not None:
            codes.append(suffix)
            pos += 1
        mult = MULT_AFTER.match(t, pos, line_end)
        if mult:
            factor, implied = MULT[mult.group(1)]
            low, high, pos = low * factor, high * factor, mult.end()
            period = "year" if mult.group(1) == "lpa" else None
        after = CUR_AFTER.match(t, pos, line_end)
        if (code := self._code(after)) and after:
            codes.append(code)
            pos = after.end()
        rng = RANGE.match(t, pos, line_end)
        second = NUM.match(t, rng.end(), line_end) if rng else None
        if rng and second and second.group(1)[0] != "0":
            top, pos = parse_number(second.group(1)) or 0.0, second.end()
            if code := self._code(rng):
                codes.append(code)
            if mult2 := MULT_AFTER.match(t, pos, line_end):
                factor, implied2 = MULT[mult2.group(1)]
                top, pos, implied = top * factor, mult2.end(), implied or implied2
                low = low if mult else low * factor
            after2 = CUR_AFTER.match(t, pos, line_end)
            if (code := self._code(after2)) and after2:
                codes.append(code)
                pos = after2.end()
            elif (suffix := self._suffix(pos, line_end)) is not None:
                codes.append(suffix)
                pos += 1
            high = max(high, top)
        expr_start = start
        window = t[max(line_start, start - 14) : start]
        if (mb := MULT_BEFORE.search(window)) and not mult:  # Burmese "သိန်း ၁၅၀"
            factor, implied = MULT[mb.group(1)]
            low, high = low * factor, high * factor
            expr_start, window = expr_start - len(window) + mb.start(), window[: mb.start()]
        w_start = expr_start - len(window)
        cur_before = CUR_BEFORE.search(window)
        if cur_before and (code := self._code(cur_before, w_start)):
            codes.insert(0, code)
            expr_start = w_start + cur_before.start()
        elif self.lang == "tl" and before == "p" and not t[start - 2 : start - 1].isalpha():
            codes.insert(0, "PHP")  # "P90k/mo"
            expr_start = start - 1
        return self._finish(expr_start, pos, high, raw, codes, implied, period, bool(mult))

    def _finish(
        self, start: int, pos: int, amount: float, raw: str, codes: list[str],
        implied: str | None, period: str | None, multiplied: bool,
    ) -> Money | None:  # fmt: skip
        """Currency, pay context and period of an expression read by `_money`."""
        t = self.t
        line_start, line_end = self._line(start)
        # A named currency beats a bare "$" ("$1,500 USD", "US$" in a Spanish post).
        named = [c for c in codes if c != "DOLLAR_SIGN"]
        currency = self._resolve(named[0] if named else codes[0] if codes else None, amount)
        if currency is None and implied:
            currency = self._resolve(
                "MYR" if implied == "IDR" and self.lang == "ms" else implied, amount
            )
        head = t[max(line_start, start - 32) : start]
        paid = bool(SALARY_WORD.search(head)) or bool(PAY_AFTER.match(t, pos, line_end))
        if currency is None:
            # A bare number needs a pay word next to it ("Salary: 25k-40k", "ค่าแรงวันละ
            # 400", "5,000 + commission") and takes the language's currency.
            currency = data.LANG_CURRENCY.get(self.lang or "") if paid else None
            if currency is None or (not implied and not multiplied and (
                UNIT_AFTER.match(t, pos, line_end) or YEAR.fullmatch(raw)
            )):  # fmt: skip
                return None
        if self._fee(t[max(line_start, start - 60) : start]) or FEE_AFTER.match(t, pos, line_end):
            return None  # a fee, a price, a rent, a prize
        if per := PER_AFTER.match(t, pos, min(line_end, pos + 28)):
            period, pos = PERIOD_AFTER[re.sub(r"/\s+", "/", per.group(1))], per.end()
        elif PIECE_AFTER.match(t, pos, line_end):
            period = "task"  # "por avaliação", "per review", "kwa safari"
        elif period is None:
            window = t[max(line_start, start - 18) : start]
            if per_before := PER_BEFORE.search(window):
                period = PERIOD_BEFORE[per_before.group(1)]
            elif PIECE_BEFORE.search(window):
                period = "task"
        # Money is pay only in a pay context: a period, a pay word, an add-on ("+ bonus").
        # Prizes, deposits, budgets and prices have none.
        if period is None and not paid:
            return None
        return Money(start, pos, amount, currency, period or "month")
