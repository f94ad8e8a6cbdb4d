"""Reading the queue's and the export's filters from query strings and forms, with a
clear message (BadInput, 400) for any value the app cannot use."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qsl, urlencode

from lurewatch.pipeline.export import ExportFilter
from lurewatch.storage.browse import SORTS
from lurewatch.storage.queue import CATEGORIES, VERDICTS, QueueFilter
from review.errors import BadInput

STATUSES = ("open", "claimed", "decided", "all")
PER_PAGE = 50
_INDICATOR = re.compile(r"^[a-z0-9_]{1,64}$")


def text_param(params: Mapping[str, str], name: str, limit: int = 64) -> str | None:
    value = (params.get(name) or "").strip()
    if not value:
        return None
    if len(value) > limit or not value.isprintable():
        raise BadInput(f"{name}: at most {limit} printable characters")
    return value


def choice_param(params: Mapping[str, str], name: str, allowed: tuple[str, ...]) -> str | None:
    value = (params.get(name) or "").strip()
    if not value:
        return None
    if value not in allowed:
        raise BadInput(f"{name}: must be one of {', '.join(allowed)}")
    return value


def date_param(params: Mapping[str, str], name: str) -> date | None:
    value = (params.get(name) or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"{name}: write a date as YYYY-MM-DD, e.g. 2026-01-31") from None


def int_param(params: Mapping[str, str], name: str, default: int, lo: int, hi: int) -> int:
    value = (params.get(name) or "").strip()
    if not value:
        return default
    if not value.isdigit() or not lo <= int(value) <= hi:
        raise BadInput(f"{name}: a whole number from {lo} to {hi}")
    return int(value)


def float_param(params: Mapping[str, str], name: str, lo: float, hi: float) -> float | None:
    value = (params.get(name) or "").strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise BadInput(f"{name}: a number from {lo} to {hi}") from None
    if not lo <= number <= hi:
        raise BadInput(f"{name}: a number from {lo} to {hi}")
    return number


def _midnight(day: date | None, plus_days: int = 0) -> datetime | None:
    if day is None or day >= date.max - timedelta(days=plus_days):
        return None  # "until the end of time" is no bound at all
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(days=plus_days)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str) -> str:
    """Typed or pasted text without NUL and other control characters (PostgreSQL refuses
    NUL in text; none of them belongs in a note or a job offer). Newlines and tabs stay."""
    return _CONTROL.sub("", value)


@dataclass(frozen=True)
class QueueQuery:
    status: str = "open"
    source: str | None = None
    lang: str | None = None
    category: str | None = None
    indicator: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    sort: str = "risk"
    page: int = 1

    def filter(self, with_status: bool = True) -> QueueFilter:
        return QueueFilter(
            source=self.source,
            lang=self.lang,
            category=self.category,
            status=(None if self.status == "all" else self.status) if with_status else None,
            indicator=self.indicator,
            since=_midnight(self.date_from),
            until=_midnight(self.date_to, 1),  # the "to" day is included
        )

    def params(self, page: bool = False) -> dict[str, str]:
        """The non-default values, for links and hidden form fields."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value not in (None, f.default) and (page or f.name != "page"):
                out[f.name] = value.isoformat() if isinstance(value, date) else str(value)
        return out

    def encoded(self) -> str:
        return urlencode(self.params())


def queue_query(params: Mapping[str, str]) -> QueueQuery:
    indicator = text_param(params, "indicator")
    if indicator and not _INDICATOR.match(indicator):
        raise BadInput("indicator: an indicator name such as tourist_visa")
    return QueueQuery(
        status=choice_param(params, "status", STATUSES) or "open",
        source=text_param(params, "source"),
        lang=text_param(params, "lang", 16),
        category=choice_param(params, "category", CATEGORIES),
        indicator=indicator,
        date_from=date_param(params, "date_from"),
        date_to=date_param(params, "date_to"),
        sort=choice_param(params, "sort", SORTS) or "risk",
        page=int_param(params, "page", 1, 1, 1_000_000),
    )


def queue_query_from_form(encoded: str | None) -> QueueQuery:
    """The queue filter a reviewer was working through, carried in a hidden field."""
    if not encoded:
        return QueueQuery()
    if len(encoded) > 2000:
        raise BadInput("queue: the carried filter is too long")
    return queue_query(dict(parse_qsl(encoded)))


@dataclass(frozen=True)
class ExportQuery:
    filter: ExportFilter
    fmt: str
    redact: bool


def export_query(params: Mapping[str, str]) -> ExportQuery:
    since = date_param(params, "since")
    flt = ExportFilter(
        status=choice_param(params, "status", ("open", "claimed", "decided")),
        verdict=choice_param(params, "verdict", VERDICTS),
        category=choice_param(params, "category", CATEGORIES),
        lang=text_param(params, "lang", 16),
        source=text_param(params, "source"),
        since=_midnight(since),
        min_risk=float_param(params, "min_risk", 0.0, 1.0),
        limit=int_param(params, "limit", 0, 0, 10_000_000) or None,
    )
    fmt = choice_param(params, "format", ("csv", "jsonl")) or "csv"
    redact = (params.get("redact") or "").strip().lower() in ("1", "true", "on", "yes")
    return ExportQuery(flt, fmt, redact)
