"""`lurewatch evaluate`: the model and its baselines on a held-out split, measured alike.

Reports ROC AUC, recall per risky kind and false-positive rate per harmless kind at the
threshold, per-language figures, category accuracy and confusion, calibration (ECE),
the cascade's skip rate and recall cost, int8 vs fp32, and five baselines: a keyword
filter, TF-IDF logistic regression, indicators only, transformer only, combined.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score

from classifier.analysis import Analyzer
from classifier.corpus import Example, default_corpus_dir, load_corpus, load_holdout, select
from classifier.encoder import default_cache_dir
from classifier.errors import ClassifierError
from classifier.features import FEATURE_NAMES
from classifier.model import BUNDLED_DIR, Heads, sigmoid
from classifier.normalize import normalize_for_matching
from classifier.scorer import RiskScorer
from classifier.training import EmbeddingCache, TrainConfig, featurize, fit_heads
from classifier.types import CATEGORIES, RISKY

THRESHOLD = 0.5  # for the baselines' own probabilities; the model uses its recommended one
# A naive filter of the kind NGOs start with: any of these words flags a post.
KEYWORDS = (
    "visa",
    "salary",
    "hiring",
    "job",
    "telegram",
    "whatsapp",
    "thailand",
    "cambodia",
    "myanmar",
    "dubai",
    "malaysia",
    "customer service",
    "usdt",
    "urgent",
    "招聘",
    "高薪",
    "工作",
    "งาน",
    "เงินเดือน",
    "lowongan",
    "gaji",
    "kerja",
    "việc làm",
    "lương",
    "trabajo",
    "empleo",
    "salario",
    "emploi",
    "salaire",
    "trabalho",
    "salário",
    "trabaho",
    "sahod",
    "نوکری",
    "تنخواہ",
    "وظيفة",
    "راتب",
    "नौकरी",
    "वेतन",
    "চাকরি",
    "বেতন",
    "जागिर",
    "तलब",
    "ajira",
    "mshahara",
    "ስራ",
    "ደመወዝ",
    "အလုပ်",
    "လစာ",
    "работа",
    "зарплата",
    "вакансия",
)


def roc_auc(y: np.ndarray, s: np.ndarray) -> float | None:
    return float(roc_auc_score(y, s)) if 0 < y.sum() < len(y) else None


def ece(y: np.ndarray, p: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error over equal-width probability bins."""
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in itertools.pairwise(edges):
        mask = (p >= lo) & ((p < hi) if hi < 1 else (p <= hi))
        if mask.any():
            total += mask.mean() * abs(float(p[mask].mean()) - float(y[mask].mean()))
    return total


@dataclass
class Run:
    """Risks of one system on the split."""

    name: str
    risk: np.ndarray
    threshold: float = THRESHOLD


def _rates(examples: Sequence[Example], risk: np.ndarray, threshold: float) -> dict[str, Any]:
    y = np.array([e.risky for e in examples], dtype=int)
    flagged = risk >= threshold
    by_kind: dict[str, dict[str, float]] = {}
    for kind in sorted({e.kind for e in examples}):
        mask = np.array([e.kind == kind for e in examples])
        risky = examples[int(np.flatnonzero(mask)[0])].risky
        rate = float(flagged[mask].mean())
        by_kind[kind] = {"n": int(mask.sum()), ("recall" if risky else "fpr"): round(rate, 4)}
    by_lang: dict[str, dict[str, Any]] = {}
    for lang in sorted({e.lang for e in examples}):
        mask = np.array([e.lang == lang for e in examples])
        pos, neg = mask & (y == 1), mask & (y == 0)
        by_lang[lang] = {
            "n": int(mask.sum()),
            "recall": round(float(flagged[pos].mean()), 4) if pos.any() else None,
            "fpr": round(float(flagged[neg].mean()), 4) if neg.any() else None,
            "auc": roc_auc(y[mask], risk[mask]),
        }
    hard_neg = np.array(
        [e.category == "legitimate_job" or e.kind in ("awareness", "news") for e in examples]
    )
    job_scam = np.array([e.category == "job_scam" for e in examples])
    subtle = np.array([e.kind == "subtle_lure" for e in examples])
    return {
        "auc": roc_auc(y, risk),
        "average_precision": float(average_precision_score(y, risk)),
        "recall": float(flagged[y == 1].mean()),
        "fpr": float(flagged[y == 0].mean()),
        "recall_subtle_lure": float(flagged[subtle].mean()) if subtle.any() else None,
        "recall_job_scam": float(flagged[job_scam].mean()) if job_scam.any() else None,
        "fpr_awareness_news_legit": float(flagged[hard_neg].mean()) if hard_neg.any() else None,
        "ece": ece(y, risk),
        "brier": float(np.mean((risk - y) ** 2)),
        "by_kind": by_kind,
        "by_lang": by_lang,
    }


def _keyword_scores(examples: Sequence[Example]) -> np.ndarray:
    words = [normalize_for_matching(k).text for k in KEYWORDS]
    out = []
    for e in examples:
        text = normalize_for_matching(e.text).text
        out.append(sum(w in text for w in words))
    counts = np.array(out, dtype=float)
    return np.minimum(counts / 3.0, 1.0)  # 3+ keywords = certain; any keyword crosses 0.33


def _tfidf_scores(train: Sequence[Example], test: Sequence[Example], seed: int) -> np.ndarray:
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True)
    x = vec.fit_transform([normalize_for_matching(e.text).text for e in train])
    model = LogisticRegression(C=10.0, max_iter=3000, random_state=seed)
    model.fit(x, [e.risky for e in train])
    xt = vec.transform([normalize_for_matching(e.text).text for e in test])
    return np.asarray(model.predict_proba(xt)[:, 1])


def evaluate(
    corpus: Path | None,
    model_dir: Path | None,
    split: str = "test",
    cache_dir: Path | None = None,
    say: Callable[[str], None] = print,
    seed: int = 13,
) -> dict[str, Any]:
    model_dir = model_dir or BUNDLED_DIR
    cache_dir = cache_dir or default_cache_dir()
    examples = load_corpus(corpus)
    train = select(examples, "train")
    test = load_holdout(corpus) if split == "holdout" else select(examples, split)
    if not test:
        raise ClassifierError(f"the {split} split is empty")
    heads = Heads.load(model_dir)
    model_threshold = float(heads.meta.get("threshold", THRESHOLD))
    a = float(heads.meta["calibration"]["a"])
    b = float(heads.meta["calibration"]["b"])
    analyzer = Analyzer()
    say(f"evaluating {heads.version} on {len(test)} {split} posts ({len(train)} train)")
    tokens = _max_tokens(heads)
    quantized = bool(heads.meta.get("encoder", {}).get("quantized", True))
    pooling = str(heads.meta.get("encoder", {}).get("pooling", "mean:12"))
    names = heads.meta.get("features", FEATURE_NAMES)
    shipped = featurize(
        test, analyzer, EmbeddingCache(cache_dir, quantized, tokens, pooling), names
    )
    # The same recipe trained and run at the other precision: what int8 costs, measured.
    other_cache = EmbeddingCache(cache_dir, not quantized, tokens, pooling)
    other_test = featurize(test, analyzer, other_cache, names)
    other_heads, report = fit_heads(
        featurize(train, analyzer, other_cache, names),
        featurize(select(examples, "dev"), analyzer, other_cache, names),
        TrainConfig(corpus=corpus or default_corpus_dir(), cache_dir=cache_dir, seed=seed),
    )
    other_ab = (report["calibration"]["a"], report["calibration"]["b"])
    by_precision = {
        quantized: (heads, (a, b), shipped),
        not quantized: (other_heads, other_ab, other_test),
    }

    def combined(int8: bool) -> np.ndarray:
        h, (ca, cb), feats = by_precision[int8]
        return np.asarray(sigmoid(ca * h.combined.logits(feats.combined)[:, 0] + cb))

    runs = [
        Run("keyword filter", _keyword_scores(test)),
        Run("tf-idf logistic regression", _tfidf_scores(train, test, seed)),
        Run("indicators only", sigmoid(heads.rules.logits(shipped.rules)[:, 0])),
        Run("transformer only", sigmoid(heads.transformer.logits(shipped.emb)[:, 0])),
        Run("combined (fp32)", combined(False), model_threshold),
        Run("combined (int8)", combined(True), model_threshold),
    ]
    scorer = RiskScorer(
        heads,
        cache_dir,
        model_threshold,
        cascade=True,
        quantize=quantized,
        matcher=analyzer.matcher,
    )
    deployed = scorer.score([e.text for e in test])
    runs.append(
        Run("deployed (int8 + cascade)", np.array([s.risk for s in deployed]), model_threshold)
    )
    figures: dict[str, Any] = {
        "model_version": heads.version,
        "threshold": model_threshold,
        "split": split,
        "posts": len(test),
        "langs": dict(Counter(e.lang for e in test)),
        "systems": {},
    }
    for run in runs:
        figures["systems"][run.name] = _rates(test, run.risk, run.threshold)
    deep_flagged = runs[5 if quantized else 4].risk >= model_threshold
    skipped = np.array([s.explanation.stage == "cascade" for s in deployed])
    figures["cascade"] = {
        "skip_rate": float(skipped.mean()),
        "flagged_by_transformer": int(deep_flagged.sum()),
        "of_those_skipped": int((skipped & deep_flagged).sum()),
        "recall_cost": float((skipped & deep_flagged).sum() / max(1, deep_flagged.sum())),
        "job_scams_skipped": int(
            sum(s and e.category == "job_scam" for s, e in zip(skipped, test, strict=True))
        ),
    }
    figures["category"] = _category_figures(test, deployed)
    figures["int8_auc_drop"] = (figures["systems"]["combined (fp32)"]["auc"] or 0) - (
        figures["systems"]["combined (int8)"]["auc"] or 0
    )
    for line in report_lines(figures):
        say(line)
    return figures


def _max_tokens(heads: Heads) -> int:
    return int(heads.meta.get("encoder", {}).get("max_tokens", 128))


def _category_figures(test: Sequence[Example], scores: Sequence[Any]) -> dict[str, Any]:
    gold = [e.category for e in test]
    pred = [s.category for s in scores]
    confusion = {g: dict.fromkeys(CATEGORIES, 0) for g in CATEGORIES}
    for g, p in zip(gold, pred, strict=True):
        confusion[g][p] += 1
    per_lang: dict[str, list[bool]] = defaultdict(list)
    for e, p in zip(test, pred, strict=True):
        per_lang[e.lang].append(e.category == p)
    risky_gold = [g for g in gold if g in RISKY]
    risky_ok = sum(g == p for g, p in zip(gold, pred, strict=True) if g in RISKY)
    return {
        "accuracy": float(np.mean([g == p for g, p in zip(gold, pred, strict=True)])),
        "accuracy_on_risky": risky_ok / max(1, len(risky_gold)),
        "by_lang": {k: round(float(np.mean(v)), 4) for k, v in sorted(per_lang.items())},
        "confusion": confusion,
    }


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def report_lines(f: dict[str, Any]) -> list[str]:
    lines = [
        f"== {f['model_version']} on {f['split']} split ({f['posts']} posts) ==",
        f"recall and FPR at the model's threshold {f.get('threshold', THRESHOLD):.2f} for the "
        f"combined systems, at {THRESHOLD} for the baselines",
        "",
        f"{'system':28} {'AUC':>6} {'recall':>7} {'FPR':>6} {'subtle':>7} {'jobscam':>8} "
        f"{'hardneg':>8} {'ECE':>6}",
    ]
    for name, s in f["systems"].items():
        lines.append(
            f"{name:28} {_fmt(s['auc']):>6} {_fmt(s['recall']):>7} {_fmt(s['fpr']):>6} "
            f"{_fmt(s['recall_subtle_lure']):>7} {_fmt(s['recall_job_scam']):>8} "
            f"{_fmt(s['fpr_awareness_news_legit']):>8} {_fmt(s['ece']):>6}"
        )
    deployed = f["systems"]["deployed (int8 + cascade)"]
    lines += ["", "deployed, per kind (recall for risky kinds, FPR for the others):"]
    for kind, v in deployed["by_kind"].items():
        metric = "recall" if "recall" in v else "fpr"
        lines.append(f"  {kind:22} n={v['n']:4}  {metric} {v[metric]:.3f}")
    lines += ["", "deployed, per language:"]
    for lang, v in deployed["by_lang"].items():
        lines.append(
            f"  {lang:3} n={v['n']:4}  recall {_fmt(v['recall'])}  FPR {_fmt(v['fpr'])}"
            f"  AUC {_fmt(v['auc'])}  category acc "
            f"{f['category']['by_lang'].get(lang, 0):.3f}"
        )
    c, cat = f["cascade"], f["category"]
    lines += [
        "",
        f"category accuracy {cat['accuracy']:.3f} (on risky posts {cat['accuracy_on_risky']:.3f})",
        "confusion (rows gold, columns predicted):",
    ]
    short = [x[:10] for x in CATEGORIES]
    lines.append("  " + " " * 18 + " ".join(f"{s:>10}" for s in short))
    for g, row in cat["confusion"].items():
        lines.append(f"  {g:18}" + " ".join(f"{row[p]:>10}" for p in CATEGORIES))
    lines += [
        "",
        f"cascade: {c['skip_rate']:.1%} of posts skip the transformer; of "
        f"{c['flagged_by_transformer']} posts the transformer flags, {c['of_those_skipped']} "
        f"skipped (recall cost {c['recall_cost']:.2%}; job scams skipped: "
        f"{c['job_scams_skipped']})",
        f"int8 vs fp32 ROC AUC drop: {f['int8_auc_drop']:+.4f}",
    ]
    return lines


METRICS = (
    "auc",
    "recall",
    "fpr",
    "recall_subtle_lure",
    "recall_job_scam",
    "fpr_awareness_news_legit",
    "ece",
)


def write_model_card(model_dir: Path, *reports: dict[str, Any]) -> Path:
    """Record the figures of each evaluated split in model.json and write MODEL_CARD.md."""
    from classifier.model_card import render_model_card

    meta = json.loads((model_dir / "model.json").read_text(encoding="utf-8"))
    meta["metrics"] = {
        f["split"]: {
            "systems": {k: {m: v[m] for m in METRICS} for k, v in f["systems"].items()},
            "cascade": f["cascade"],
            "category_accuracy": f["category"]["accuracy"],
        }
        for f in reports
    }
    (model_dir / "model.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    path = model_dir / "MODEL_CARD.md"
    path.write_text(render_model_card(meta, list(reports)), encoding="utf-8")
    return path


def evaluate_cli(
    corpus: str | None,
    model_dir: str | None,
    split: str,
    emscad: str | None,
    json_path: str | None,
    config: Any,
    say: Callable[[str], None],
) -> None:
    cache = Path(config.scoring.cache_dir) if config and config.scoring.cache_dir else None
    if model_dir is None and config is not None and config.scoring.model_dir:
        model_dir = config.scoring.model_dir
    figures = evaluate(
        Path(corpus) if corpus else None, Path(model_dir) if model_dir else None, split, cache, say
    )
    if emscad:
        from classifier.emscad import evaluate_emscad

        figures["emscad"] = evaluate_emscad(
            Path(emscad), Path(model_dir) if model_dir else None, cache, say
        )
    if json_path:
        Path(json_path).write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
        say(f"figures written to {json_path}")
