"""RiskScorer: text in, Score out. No database, no config file.

    from classifier import RiskScorer
    scores = RiskScorer.load().score(["URGENT customer service in Bangkok, free visa..."])

Per post: language, normalisation, indicators, contacts and salary (the rules); a cheap
gate; then, unless the cascade lets an obviously harmless post skip it, the transformer.
One calibrated linear model combines the transformer's embedding with the rule features,
so every part of the risk can be explained in log-odds. The encoder loads on first need.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from classifier.analysis import Analysis, Analyzer, Prepared
from classifier.encoder import Encoder, default_cache_dir
from classifier.features import FEATURE_NAMES, rule_matrix
from classifier.gate import gate_features, gate_logits
from classifier.indicators import IndicatorMatcher
from classifier.model import Heads, sigmoid, softmax
from classifier.types import CATEGORIES, RISKY, Explanation, Indicator, Score

log = logging.getLogger(__name__)
DEFAULT_THRESHOLD = 0.5
RISKY_IDX = [CATEGORIES.index(c) for c in RISKY]
SAFE_IDX = [i for i in range(len(CATEGORIES)) if i not in RISKY_IDX]


class RiskScorer:
    def __init__(
        self,
        heads: Heads,
        cache_dir: Path,
        threshold: float = DEFAULT_THRESHOLD,
        cascade: bool = True,
        quantize: bool = True,
        max_chars: int = 5000,
        matcher: IndicatorMatcher | None = None,
    ) -> None:
        self.heads = heads
        self.cache_dir = cache_dir
        self.threshold = threshold
        self.cascade = cascade
        self.quantize = quantize
        self.max_chars = max_chars
        self.analyzer = Analyzer(max_chars, matcher)
        self._encoder: Encoder | None = None
        self._lock = threading.Lock()
        self._encode_lock = threading.Lock()
        calibration = heads.meta.get("calibration", {})
        self.cal_a = float(calibration.get("a", 1.0))
        self.cal_b = float(calibration.get("b", 0.0))
        cascade_meta = heads.meta.get("cascade", {})
        self.gate_threshold = float(cascade_meta.get("gate_threshold", -1e9))
        self.gate_a = float(cascade_meta.get("gate_a", 1.0))
        self.gate_b = float(cascade_meta.get("gate_b", 0.0))
        # The model's own feature list: indicators added to the registry after it was
        # trained are ignored by it (and shown with weight 0) until the next training.
        self.feature_names: tuple[str, ...] = tuple(heads.meta.get("features", FEATURE_NAMES))
        encoder_meta = heads.meta.get("encoder", {})
        self.max_tokens = int(encoder_meta.get("max_tokens", 128))
        self.pooling = str(encoder_meta.get("pooling", "mean:12"))

    @classmethod
    def load(
        cls,
        model_dir: str | Path | None = None,
        cache_dir: str | Path | None = None,
        threshold: float | None = None,
        cascade: bool = True,
        quantize: bool = True,
        max_chars: int = 5000,
    ) -> RiskScorer:
        heads = Heads.load(Path(model_dir) if model_dir else None)
        return cls(
            heads,
            Path(cache_dir) if cache_dir else default_cache_dir(),
            float(heads.meta.get("threshold", DEFAULT_THRESHOLD))
            if threshold is None
            else threshold,
            cascade,
            quantize,
            max_chars,
        )

    @property
    def model_version(self) -> str:
        return self.heads.version

    @property
    def encoder(self) -> Encoder:
        with self._lock:
            if self._encoder is None:
                self._encoder = Encoder(
                    self.cache_dir, self.quantize, self.max_tokens, self.pooling
                )
            return self._encoder

    # --- stages --------------------------------------------------------------------

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        encoder = self.encoder
        with self._encode_lock:  # the web app scores from several threads
            return encoder.encode(texts)

    # --- scoring -------------------------------------------------------------------

    def score(
        self,
        texts: Sequence[str],
        langs: Sequence[str | None] | None = None,
        ids: Sequence[str | None] | None = None,
    ) -> list[Score]:
        langs = langs or [None] * len(texts)
        ids = ids or [None] * len(texts)
        results: list[Score | None] = [None] * len(texts)
        work: list[int] = []
        prepared: list[Prepared] = []
        for i, text in enumerate(texts):
            text = text if isinstance(text, str) else ""
            if not text.strip():
                results[i] = self._empty(ids[i])
                continue
            work.append(i)
            prepared.append(self.analyzer.prepare(text, langs[i]))
        if not work:
            return [r for r in results if r is not None]
        deep = np.ones(len(work), dtype=bool)
        if self.cascade:
            x = gate_features([p.norm.text for p in prepared])
            gate = gate_logits(x, self.heads.gate.coef[0], float(self.heads.gate.intercept[0]))
            deep = gate >= self.gate_threshold
            if (~deep).any():
                about = gate_logits(
                    x, self.heads.about.coef[0], float(self.heads.about.intercept[0])
                )
                for k in np.flatnonzero(~deep):
                    results[work[k]] = self._shallow_score(
                        prepared[k], float(gate[k]), float(about[k]), ids[work[k]]
                    )
        deep_idx = np.flatnonzero(deep)
        if len(deep_idx):
            analyses = [
                self.analyzer.analyse(prepared[k].text, prepared=prepared[k]) for k in deep_idx
            ]
            rules_x = rule_matrix([a.signals for a in analyses], self.feature_names)
            emb = self.embed([a.text for a in analyses])
            for row, k in enumerate(deep_idx):
                results[work[k]] = self._deep_score(
                    analyses[row], emb[row], rules_x[row], ids[work[k]]
                )
        return [r for r in results if r is not None]

    def _empty(self, ident: str | None) -> Score:
        probs = dict.fromkeys(CATEGORIES, 0.0) | {"not_recruitment": 1.0}
        return Score(
            risk=0.0,
            flagged=False,
            category="not_recruitment",
            category_probs=probs,
            lang="und",
            indicators=(),
            contacts=(),
            salary=None,
            explanation=Explanation("empty", None, 0.0, {}, ("empty text: nothing to score",)),
            model_version=self.model_version,
            id=ident,
        )

    def _weighted(
        self, indicators: tuple[Indicator, ...], weights: np.ndarray
    ) -> tuple[Indicator, ...]:
        index = {name: j for j, name in enumerate(self.feature_names)}
        return tuple(
            replace(
                i,
                weight=round(float(weights[index[f"ind_{i.name}"]]), 3)
                if f"ind_{i.name}" in index
                else 0.0,
            )
            for i in indicators
        )

    def _category(self, probs: np.ndarray, flagged: bool) -> str:
        allowed = RISKY_IDX if flagged else SAFE_IDX
        return CATEGORIES[max(allowed, key=lambda j: probs[j])]

    def _deep_score(
        self, a: Analysis, emb: np.ndarray, rules_x: np.ndarray, ident: str | None
    ) -> Score:
        heads = self.heads
        x = np.concatenate([emb, rules_x])
        logit = float(heads.combined.logits(x[None, :])[0, 0])
        risk = float(sigmoid(self.cal_a * logit + self.cal_b))
        model_risk = float(sigmoid(heads.transformer.logits(emb[None, :])[0, 0]))
        rules_risk = float(sigmoid(heads.rules.logits(rules_x[None, :])[0, 0]))
        parts = heads.combined.contributions(x) * self.cal_a
        n_emb = len(emb)
        contributions = {"transformer": round(float(parts[:n_emb].sum()), 3)}
        for j, name in enumerate(self.feature_names):
            if rules_x[j] and name != "text_length":
                contributions[name] = round(float(parts[n_emb + j]), 3)
        probs = softmax(heads.category.logits(x[None, :])[0])
        flagged = risk >= self.threshold
        weights = heads.combined.presence_weights()[n_emb:] * self.cal_a
        return Score(
            risk=risk,
            flagged=flagged,
            category=self._category(probs, flagged),
            category_probs={c: float(p) for c, p in zip(CATEGORIES, probs, strict=True)},
            lang=a.lang,
            indicators=self._weighted(a.signals.indicators, weights),
            contacts=a.signals.contacts,
            salary=a.signals.salary,
            explanation=Explanation(
                "transformer", round(model_risk, 4), round(rules_risk, 4), contributions, a.notes
            ),
            model_version=self.model_version,
            id=ident,
        )

    def _shallow_score(
        self, p: Prepared, gate_logit: float, about_logit: float, ident: str | None
    ) -> Score:
        """A post the first stage found clearly harmless: a cheap, calibrated risk and a
        category (a harmless job ad or not about work); no rules, no transformer."""
        risk = float(sigmoid(self.gate_a * gate_logit + self.gate_b))
        category = "legitimate_job" if about_logit >= 0 else "not_recruitment"
        probs = dict.fromkeys(CATEGORIES, 0.0) | {category: 1.0}
        note = "first stage: no sign of a risky offer, so the detailed analysis was skipped"
        return Score(
            risk=risk,
            flagged=risk >= self.threshold,
            category=category,
            category_probs=probs,
            lang=p.lang,
            indicators=(),
            contacts=(),
            salary=None,
            explanation=Explanation(
                "cascade",
                None,
                round(risk, 4),
                {"first_stage": round(gate_logit, 3)},
                (*p.notes, note),
            ),
            model_version=self.model_version,
            id=ident,
        )
