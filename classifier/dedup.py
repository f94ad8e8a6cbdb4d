"""Near-duplicate clusters for an honest split: `python -m classifier.dedup`.

Template groups catch the reposts a writer made on purpose. They miss two kinds of
near-duplicates that would leak between train and test: the same post adapted into
another language (a Bengali ad and its Nepali twin are one ad to a multilingual
encoder) and look-alike posts written separately. This step embeds every post with the
encoder and joins the groups of any two posts more similar than a threshold (stricter
across languages, where only adaptations reach it); corpora/split_clusters.json records
the result and `classifier.corpus` splits by cluster.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from classifier.corpus import Example, cluster_file, default_corpus_dir, load_corpus
from classifier.encoder import default_cache_dir

SAME_LANG = 0.94  # cosine of e5 embeddings; reposts in one group sit at ~0.97
CROSS_LANG = 0.925  # translations/adaptations; unrelated posts sit at ~0.82


def clusters(examples: list[Example], emb: np.ndarray) -> dict[str, str]:
    """group -> cluster id (the smallest group id in it), for groups that were joined."""
    parent = {e.group: e.group for e in examples}

    def find(g: str) -> str:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    sims = emb @ emb.T
    langs = np.array([e.lang for e in examples])
    limit = np.where(langs[:, None] == langs[None, :], SAME_LANG, CROSS_LANG)
    rows, cols = np.nonzero(np.triu(sims >= limit, 1))
    for i, j in zip(rows, cols, strict=True):
        a, b = find(examples[i].group), find(examples[j].group)
        if a != b:
            parent[max(a, b)] = min(a, b)
    members: dict[str, set[str]] = {}
    for g in parent:
        members.setdefault(find(g), set()).add(g)
    return {g: min(m) for m in members.values() if len(m) > 1 for g in sorted(m)}


def main(corpus_dir: Path | None = None) -> int:
    from classifier.corpus import corpus_digest
    from classifier.training import EmbeddingCache

    corpus_dir = corpus_dir or default_corpus_dir()
    examples = load_corpus(corpus_dir, clusters=False)
    # The e5 sentence embedding (last layer, mean): what the thresholds were set on.
    cache = EmbeddingCache(default_cache_dir(), quantize=False, max_tokens=128, pooling="mean:12")
    emb = cache.embed([e.text[:5000] for e in examples])
    mapping = clusters(examples, emb)
    out = {
        "corpus_digest": corpus_digest(examples),
        "same_lang": SAME_LANG,
        "cross_lang": CROSS_LANG,
        "clusters": mapping,
    }
    path = cluster_file(corpus_dir)
    path.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    joined = len(set(mapping.values()))
    print(f"{len(mapping)} groups joined into {joined} clusters; wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
