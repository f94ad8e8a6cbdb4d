"""A deterministic stand-in scorer for pipeline tests (the real one is tested on its own).

It scores by a few words so tests can choose what is flagged, and can be told to raise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass
class FakeScore:
    risk: float
    category: str
    lang: str
    flagged: bool
    contacts: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "risk": self.risk,
            "category": self.category,
            "lang": self.lang,
            "flagged": self.flagged,
            "indicators": [],
            "contacts": self.contacts,
        }


class FakeScorer:
    model_version = "fake-1"

    def __init__(self, fail_on: str | None = None, threshold: float = 0.5) -> None:
        self.fail_on = fail_on
        self.threshold = threshold
        self.calls = 0

    def score(
        self, texts: Sequence[str], langs: Sequence[str | None] | None = None
    ) -> list[FakeScore]:
        self.calls += 1
        out = []
        for text in texts:
            if self.fail_on and self.fail_on in text:
                raise RuntimeError(f"scorer cannot handle {self.fail_on!r}")
            risk = 0.9 if "visa" in text.lower() else 0.1
            contacts = [
                {"kind": "telegram", "value": w[1:].lower()}
                for w in text.split()
                if w.startswith("@")
            ]
            out.append(
                FakeScore(
                    risk,
                    "trafficking_lure" if risk > 0.5 else "not_recruitment",
                    "en",
                    risk >= self.threshold,
                    contacts,
                )
            )
        return out
