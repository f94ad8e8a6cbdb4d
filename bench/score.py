"""Scoring benchmark on 5,000 posts, mostly everyday chatter as in real feeds.

    .venv/bin/python bench/score.py [--posts N] [--model-dir DIR] [--fp32]

Prints the model load time once the encoder is cached, posts/s for the transformer
stage alone and for the whole cascade (rules, gate, transformer where needed), the
share of posts the cascade lets skip the transformer, and the peak RSS.
Targets on 2 cores: transformer >= 50 posts/s, cascade >= 300 posts/s, RSS <= 1.5 GB,
load <= 3 s.

The feed is drawn (seeded) from the corpus: 85% everyday chatter (and other scams), 15%
everything else: job ads of every kind, lures, warnings and news.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
import warnings

from classifier.corpus import load_corpus
from classifier.scorer import RiskScorer


def feed(n: int, seed: int = 11) -> list[str]:
    examples = load_corpus()
    chatter = [e.text for e in examples if e.kind in ("chatter", "other_scam")]
    rest = [e.text for e in examples if e.kind not in ("chatter", "other_scam")]
    rng = random.Random(seed)
    posts = rng.choices(chatter, k=int(n * 0.85)) + rng.choices(rest, k=n - int(n * 0.85))
    rng.shuffle(posts)
    return posts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--model-dir", default=None)
    parser.add_argument("--fp32", action="store_true", help="measure without int8")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    texts = feed(args.posts)

    RiskScorer.load(args.model_dir).embed(["warm the on-disk cache"])  # converts once
    start = time.perf_counter()
    scorer = RiskScorer.load(args.model_dir, quantize=not args.fp32)
    scorer.embed(["load the encoder"])
    load = time.perf_counter() - start
    scorer.score(["warm up language identification and the rules once"])
    print(f"model {scorer.model_version}: load {load:.2f} s (rules, heads and encoder, cached)")

    start = time.perf_counter()
    scorer.embed(texts)
    deep = len(texts) / (time.perf_counter() - start)
    precision = "fp32" if args.fp32 else "int8"
    print(f"transformer stage alone ({precision}): {deep:7.1f} posts/s")

    start = time.perf_counter()
    scores = scorer.score(texts)
    cascade = len(texts) / (time.perf_counter() - start)
    skipped = sum(s.explanation.stage == "cascade" for s in scores) / len(scores)
    flagged = sum(s.flagged for s in scores) / len(scores)
    print(
        f"whole cascade:                {cascade:7.1f} posts/s "
        f"({skipped:.0%} skipped the transformer, {flagged:.0%} flagged)"
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB")
    verdict = [
        ("transformer >= 50/s", deep >= 50),
        ("cascade >= 300/s", cascade >= 300),
        ("RSS <= 1.5 GB", rss <= 1536),
        ("load <= 3 s", load <= 3),
    ]
    print("targets: " + ", ".join(f"{name} {'OK' if ok else 'MISSED'}" for name, ok in verdict))


if __name__ == "__main__":
    main()
