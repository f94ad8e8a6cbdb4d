"""The model card written beside every trained model (MODEL_CARD.md)."""

from __future__ import annotations

from typing import Any

from classifier.evaluation import report_lines


def _section(figures: dict[str, Any]) -> str:
    deployed = figures["systems"]["deployed (int8 + cascade)"]
    what = (
        "held-out test split"
        if figures["split"] == "test"
        else "holdout set, written apart from the corpus"
        if figures["split"] == "holdout"
        else f"{figures['split']} split"
    )
    return f"""## Evaluation on the {what} ({figures["posts"]} posts)
Deployed configuration (int8 + cascade) at its threshold {figures.get("threshold", 0.5):.2f}:
ROC AUC {deployed["auc"]:.3f}, recall {deployed["recall"]:.3f}, false-positive rate
{deployed["fpr"]:.3f}, ECE {deployed["ece"]:.3f}.

```
{chr(10).join(report_lines(figures))}
```
"""


def render_model_card(meta: dict[str, Any], reports: list[dict[str, Any]]) -> str:
    corpus = meta.get("corpus", {})
    training = meta.get("training", {})
    cascade = meta.get("cascade", {})
    evaluations = "\n".join(_section(f) for f in reports)
    return f"""# Model card: {meta["version"]}

## What it is
A risk score (0..1) that a post is a fraudulent or exploitative recruitment offer
(trafficking lure, job scam, recruitment into crime) and its category, with an
explanation. Built {meta["created"]} from code revision {meta.get("code_revision", "?")}.

- Encoder: {meta["encoder"]["name"]} ({meta["encoder"]["source"]}), frozen, first
  {meta["encoder"]["max_tokens"]} tokens, pooled as {meta["encoder"].get("pooling")}; run by
  {meta["encoder"].get("runtime", "onnxruntime")}.
- Heads: logistic regressions on [embedding, {len(meta["features"])} rule features]
  (indicators registry {meta["indicator_registry"]}, salary against the market, contacts),
  Platt calibration on the dev split (a={meta["calibration"]["a"]:.3f},
  b={meta["calibration"]["b"]:.3f}); a category head on the same features; a
  transformer-only and a rules-only head for the explanation.
- Threshold {meta.get("threshold", 0.5):.2f}: the lowest at which warnings, news and
  legitimate jobs keep a false-positive rate <= 5%, measured on out-of-fold predictions
  for the train split (folds by cluster) and on the dev split.
- Cascade: a linear first stage on hashed character and word n-grams; posts scoring
  below {cascade.get("gate_threshold", 0):.2f} (chosen so that at most 1% of the dev posts
  the full model flags would be skipped) skip the rules and the transformer.
- Regularisation chosen on dev by ROC AUC: {training.get("C")}.

## Intended use
Triage for NGO analysts and a public "check this job offer" page. A score is a reason
to look, not a verdict: every flagged post goes to a human reviewer. Do not use it to
make decisions about people (hiring, visas, prosecution).

## Training data
The lurewatch corpus (`corpora/`, see its DATASHEET.md): {corpus.get("posts")} posts
written for the project in 19 language codes, split by template group (digest
{corpus.get("digest")}) and near-duplicate cluster: train {corpus.get("train")}, dev
{corpus.get("dev")}, the rest test. The holdout set (corpora/holdout/) was written apart
and never trained or tuned on.

{evaluations}
## Limitations
- The corpus was written by the project team, not collected: real posts by strangers
  differ in style, length, noise and topic mix. Figures on the test split are an upper
  bound of what to expect in the field; the holdout set, the check on real recorded posts
  (`bench/real_posts.py`) and reviewers' decisions are better field measures.
- Posts longer than {meta["encoder"]["max_tokens"]} tokens are judged by the transformer
  on their beginning only (the rules see the whole text up to the configured limit).
- Languages outside the corpus are scored (the encoder knows ~100 languages) but have
  no indicator patterns and no measured accuracy.
- Romanised Hindi, Urdu, Bengali and Nepali are recognised by cue words; a romanised
  post written mostly in English words is identified as English.

## Ethics and personal data
Posts contain phone numbers and handles of recruiters and, as often, of victims and
their families. The score stores them only for flagged posts, behind login.

## Reproduce
`lurewatch train --output DIR` (seed {training.get("seed")}), then
`lurewatch evaluate --model-dir DIR`.
"""
