"""The classifier behind the public check, loaded on first use and shared by all requests.

`create_app(..., scorer_factory=...)` takes any callable `(Config) -> scorer` whose
`.score(texts)` returns objects with `to_dict()` (classifier.RiskScorer in production,
a deterministic fake in tests). The real scorer loads torch and the encoder, so it is
built lazily, once, under a lock; if it cannot be built the check answers 503 and
tries again a minute later.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from lurewatch.config import Config
from review.errors import Unavailable

log = logging.getLogger(__name__)
RETRY_SECONDS = 60


class ScoreLike(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


class ScorerLike(Protocol):
    @property
    def model_version(self) -> str: ...

    def score(
        self, texts: Sequence[str], langs: Sequence[str | None] | None = None
    ) -> Sequence[ScoreLike]: ...


ScorerFactory = Callable[[Config], ScorerLike]


def default_scorer_factory(config: Config) -> ScorerLike:
    """The bundled (or configured) classifier, as the pipeline builds it, but without the
    cascade: the app scores one text at a time, so speed matters less than always
    showing the red flags (the cascade skips the rules for posts it finds harmless)."""
    from classifier import RiskScorer

    scoring = config.scoring
    return RiskScorer.load(
        model_dir=scoring.model_dir or None,
        cache_dir=scoring.cache_dir or None,
        threshold=scoring.flag_threshold,
        cascade=False,
        quantize=scoring.quantize,
        max_chars=scoring.max_chars,
    )


class ScorerHolder:
    def __init__(self, config: Config, factory: ScorerFactory) -> None:
        self._config = config
        self._factory = factory
        self._scorer: ScorerLike | None = None
        self._failed_at: float | None = None
        self._lock = threading.Lock()

    def get(self) -> ScorerLike:
        with self._lock:
            if self._scorer is not None:
                return self._scorer
            if self._failed_at is not None and time.monotonic() - self._failed_at < RETRY_SECONDS:
                raise Unavailable("The checker is not available right now. Try again later.")
            try:
                self._scorer = self._factory(self._config)
            except Exception as exc:  # ModelError, a missing model, torch failing to load
                self._failed_at = time.monotonic()
                log.error("cannot load the classifier for the public check: %s", exc)
                raise Unavailable(
                    "The checker is not available right now. Try again later."
                ) from exc
            return self._scorer

    def score(self, text: str, threshold: float, lang: str | None = None) -> dict[str, Any]:
        """The classifier's result for one text, as stored for a scored post; `flagged`
        follows the threshold in force (an admin may have changed it since loading)."""
        scorer = self.get()
        try:
            (score,) = scorer.score([text], [lang])
        except Exception as exc:
            log.exception("the classifier failed on a public check")
            raise Unavailable("The checker failed on this text. Try again later.") from exc
        result = dict(score.to_dict())
        result["flagged"] = float(result.get("risk", 0.0)) >= threshold
        result.setdefault("model_version", getattr(scorer, "model_version", ""))
        return result


def risk_level(risk: float, threshold: float) -> str:
    """Plain words for a risk: high, medium or low. At or over the threshold it is never
    "low": the queue would have flagged it."""
    if risk >= max(threshold, 0.7):
        return "high"
    if risk >= min(threshold, 0.35):
        return "medium"
    return "low"
