"""Training and evaluation end to end on a tiny corpus (slow: it runs the transformer)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from classifier.corpus import default_corpus_dir, load_corpus
from classifier.errors import ClassifierError
from classifier.evaluation import evaluate, write_model_card
from classifier.scorer import RiskScorer
from classifier.training import TrainConfig, train


def tiny_corpus(root: Path, per_kind: int = 6) -> Path:
    """A few posts of every kind and language group, in the corpus's own format."""
    (root / "posts").mkdir(parents=True)
    chosen: dict[tuple[str, str], int] = {}
    lines: dict[str, list[str]] = {}
    for e in load_corpus():
        key = (e.kind, e.split)
        if e.lang in ("en", "id", "th") and chosen.get(key, 0) < per_kind:
            chosen[key] = chosen.get(key, 0) + 1
            row = {
                k: getattr(e, k)
                for k in ("id", "lang", "script", "text", "category", "kind", "style", "group")
            }
            lines.setdefault(e.lang, []).append(json.dumps(row, ensure_ascii=False))
    for lang, rows in lines.items():
        (root / "posts" / f"{lang}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    shutil.copytree(default_corpus_dir() / "holdout", root / "holdout")
    return root


def test_config_is_checked() -> None:
    with pytest.raises(ClassifierError, match="max_tokens"):
        TrainConfig(max_tokens=4)
    with pytest.raises(ClassifierError, match="max_cascade_loss"):
        TrainConfig(max_cascade_loss=0.5)


@pytest.mark.slow
def test_train_evaluate_and_score_with_the_new_model(tmp_path: Path) -> None:
    corpus = tiny_corpus(tmp_path / "corpus")
    out = tmp_path / "model"
    heads, report = train(TrainConfig(corpus=corpus, output=out, seed=3), say=lambda _: None)
    assert (out / "model.json").is_file() and (out / "weights.npz").is_file()
    assert 0.2 <= report["threshold"] <= 0.7
    figures = evaluate(corpus, out, "test", say=lambda _: None)
    assert {
        "keyword filter",
        "tf-idf logistic regression",
        "indicators only",
        "transformer only",
        "combined (fp32)",
        "combined (int8)",
        "deployed (int8 + cascade)",
    } == set(figures["systems"])
    card = write_model_card(out, figures)
    assert heads.version in card.read_text(encoding="utf-8")
    scorer = RiskScorer.load(out)
    (score,) = scorer.score(["Free visa and ticket, customer service job in Bangkok, 2000 USD"])
    assert score.model_version == heads.version
