"""The typed results the classifier returns, and their one serialisation (`to_dict`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

CATEGORIES = (
    "trafficking_lure",
    "job_scam",
    "crime_recruitment",
    "legitimate_job",
    "not_recruitment",
)
RISKY = ("trafficking_lure", "job_scam", "crime_recruitment")


@dataclass(frozen=True)
class Indicator:
    """A red flag (or a counter-signal, weight < 0) found in the text."""

    name: str
    text: str  # the matched span, as written in the original text
    start: int  # character offsets into the original text
    end: int
    weight: float  # contribution to the model's log-odds (0 until a model weighs it)
    lang: str  # language of the pattern that matched ("xx": any language)


@dataclass(frozen=True)
class Contact:
    kind: str  # phone | whatsapp | telegram | wechat | line | viber | email | url
    value: str  # normalised: E.164 phone, lower-case handle, URL
    country: str | None = None  # ISO 3166 region of a phone number
    text: str = ""
    start: int = -1
    end: int = -1
    shortener: bool = False  # a URL shortener hides where the link goes


@dataclass(frozen=True)
class Salary:
    amount: float  # as written (upper bound of a range)
    currency: str  # ISO 4217
    period: str  # hour | day | week | month | year | task
    usd_month: float | None  # converted with the dated rate table (None for per-task)
    baseline_usd_month: float | None  # market pay for the role and country
    ratio: float | None  # usd_month / baseline
    short_hours: bool  # "per day for 1-2 hours" and similar
    text: str = ""
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class Explanation:
    stage: str  # "transformer" or "cascade" (skipped the transformer as clearly harmless)
    model_risk: float | None  # the transformer head's own judgement
    rules_risk: float  # indicators, salary and contacts alone
    contributions: dict[str, float] = field(default_factory=dict)  # feature -> log-odds
    notes: tuple[str, ...] = ()  # truncation, empty text, unknown script...


@dataclass(frozen=True)
class Score:
    risk: float
    flagged: bool
    category: str
    category_probs: dict[str, float]
    lang: str
    indicators: tuple[Indicator, ...]
    contacts: tuple[Contact, ...]
    salary: Salary | None
    explanation: Explanation
    model_version: str
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The one serialisation, used for the database and for JSONL output."""
        data = asdict(self)
        data["risk"] = round(self.risk, 4)
        data["category_probs"] = {k: round(v, 4) for k, v in self.category_probs.items()}
        data["indicators"] = [dict(i) for i in data["indicators"]]
        data["contacts"] = [dict(c) for c in data["contacts"]]
        data["explanation"]["notes"] = list(self.explanation.notes)
        return data
