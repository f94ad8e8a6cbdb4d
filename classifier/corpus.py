"""The labelled corpus (corpora/posts/*.jsonl) and its train/dev/test split.

Posts are split by cluster, never by post: a cluster is a template group (the same ad
reposted with another city or handle), joined with any other group holding a near-copy
of one of its posts, in any language (see classifier/dedup.py and
corpora/split_clusters.json). So near-duplicates never sit on both sides of a split and
inflate the test figures. The split is a stable hash of the cluster id: adding posts
never moves an existing cluster to another split.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from classifier.errors import CorpusError
from classifier.types import CATEGORIES, RISKY

SPLITS = ("train", "dev", "test", "holdout")
TRAIN_PERCENT, DEV_PERCENT = 70, 10  # the rest (20%) is test


@dataclass(frozen=True)
class Example:
    id: str
    lang: str
    script: str
    text: str
    category: str
    kind: str
    style: str
    group: str
    cluster: str = ""  # the group id of its near-duplicate cluster (itself if alone)

    @property
    def risky(self) -> bool:
        return self.category in RISKY

    @property
    def split(self) -> str:
        if self.cluster == "holdout":
            return "holdout"
        return split_of(self.cluster or self.group)


def split_of(group: str) -> str:
    bucket = int(hashlib.sha256(group.encode("utf-8")).hexdigest()[:8], 16) % 100
    if bucket < TRAIN_PERCENT:
        return "train"
    return "dev" if bucket < TRAIN_PERCENT + DEV_PERCENT else "test"


def default_corpus_dir() -> Path:
    """corpora/ beside the packages (a source checkout or an editable install)."""
    return Path(__file__).resolve().parents[1] / "corpora"


def cluster_file(root: Path) -> Path:
    return root / "split_clusters.json"


def corpus_digest(examples: Sequence[Example]) -> str:
    """A fingerprint of the posts and labels (not of the clusters derived from them)."""
    h = hashlib.sha256()
    for e in sorted(examples, key=lambda e: e.id):
        row = {k: v for k, v in asdict(e).items() if k != "cluster"}
        h.update(json.dumps(row, ensure_ascii=False, sort_keys=True).encode())
    return h.hexdigest()[:16]


def load_clusters(root: Path) -> dict[str, str]:
    path = cluster_file(root)
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return dict(data.get("clusters", {}))


def load_corpus(
    root: Path | None = None, clusters: bool = True, subdir: str = "posts"
) -> list[Example]:
    """Every post under root/posts; with `clusters`, each knows its dedup cluster."""
    root = root or default_corpus_dir()
    files = sorted((root / subdir).glob("*.jsonl")) if (root / subdir).is_dir() else []
    if not files:
        raise CorpusError(f"no corpus files under {root}/{subdir}; pass --corpus DIR")
    examples = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                fields = [k for k in Example.__dataclass_fields__ if k != "cluster"]
                example = Example(**{k: row[k] for k in fields})
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise CorpusError(f"{path}:{number}: not a corpus record ({exc})") from exc
            if example.category not in CATEGORIES:
                raise CorpusError(f"{path}:{number}: unknown category {example.category!r}")
            examples.append(example)
    if clusters and subdir == "posts":
        mapping = load_clusters(root)
        examples = [
            Example(**{**asdict(e), "cluster": mapping.get(e.group, e.group)}) for e in examples
        ]
    return examples


def select(examples: Iterable[Example], *splits: str) -> list[Example]:
    return [e for e in examples if e.split in splits]


def load_holdout(root: Path | None = None) -> list[Example]:
    """corpora/holdout/: posts written by someone who never saw the corpus, the patterns
    or the model; never trained or tuned on. Their `split` is "holdout"."""
    return [
        Example(**{**asdict(e), "cluster": "holdout"})
        for e in load_corpus(root, clusters=False, subdir="holdout")
    ]
