"""The explainable features beside the transformer: indicators, salary, contacts.

Each feature has a name, so the trained model's weight on it can be shown to an analyst
("travel_paid: +1.3"). The transformer's 384 dimensions are one block, reported as the
model's single contribution.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from classifier.indicators.registry import NAMES as INDICATOR_NAMES
from classifier.types import Contact, Indicator, Salary

SALARY_FEATURES = (
    "salary_stated",
    "salary_ratio",
    "salary_far_above",
    "salary_short_hours",
    "salary_per_task",
)
CONTACT_FEATURES = (
    "contact_phone",
    "contact_whatsapp",
    "contact_telegram",
    "contact_wechat_line",
    "contact_email",
    "contact_url",
    "contact_shortener",
    "contact_handle",
)
TEXT_FEATURES = ("text_length",)
FEATURE_NAMES: tuple[str, ...] = (
    *(f"ind_{n}" for n in INDICATOR_NAMES),
    *SALARY_FEATURES,
    *CONTACT_FEATURES,
    *TEXT_FEATURES,
)
FAR_ABOVE = 2.0  # salary at least twice the market baseline counts as "far above"


@dataclass(frozen=True)
class Signals:
    """What the rules found in one post."""

    indicators: tuple[Indicator, ...]
    contacts: tuple[Contact, ...]
    salary: Salary | None
    length: int


def rule_features(signals: Signals, names: Sequence[str] = FEATURE_NAMES) -> np.ndarray:
    """The features in the order `names` gives (a model's own list: a feature the code no
    longer computes is 0, one the model was not trained on is left out)."""
    found = {i.name for i in signals.indicators}
    values = {f"ind_{n}": 1.0 if n in found else 0.0 for n in INDICATOR_NAMES}
    s = signals.salary
    ratio = s.ratio if s is not None and s.ratio is not None else 0.0
    kinds = {c.kind for c in signals.contacts}
    values |= {
        "salary_stated": 1.0 if s is not None else 0.0,
        "salary_ratio": min(ratio, 10.0) / 10.0,
        "salary_far_above": 1.0 if ratio >= FAR_ABOVE else 0.0,
        "salary_short_hours": 1.0 if s is not None and s.short_hours else 0.0,
        "salary_per_task": 1.0 if s is not None and s.period == "task" else 0.0,
        "contact_phone": 1.0 if "phone" in kinds else 0.0,
        "contact_whatsapp": 1.0 if "whatsapp" in kinds else 0.0,
        "contact_telegram": 1.0 if "telegram" in kinds else 0.0,
        "contact_wechat_line": 1.0 if kinds & {"wechat", "line"} else 0.0,
        "contact_email": 1.0 if "email" in kinds else 0.0,
        "contact_url": 1.0 if "url" in kinds else 0.0,
        "contact_shortener": 1.0 if any(c.shortener for c in signals.contacts) else 0.0,
        "contact_handle": 1.0 if "handle" in kinds else 0.0,
        "text_length": min(math.log1p(signals.length) / 8.0, 1.5),
    }
    return np.asarray([values.get(n, 0.0) for n in names], dtype=np.float32)


def rule_matrix(all_signals: Sequence[Signals], names: Sequence[str] = FEATURE_NAMES) -> np.ndarray:
    if not all_signals:
        return np.zeros((0, len(names)), dtype=np.float32)
    return np.vstack([rule_features(s, names) for s in all_signals])
