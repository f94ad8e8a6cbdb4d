"""The corpus: valid files, an honest split, current datasheet and dedup clusters."""

from __future__ import annotations

import json
from collections import defaultdict

from classifier.corpus import (
    cluster_file,
    corpus_digest,
    default_corpus_dir,
    load_corpus,
    load_holdout,
    split_of,
)
from classifier.datasheet import render


def test_files_are_valid() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, str(default_corpus_dir() / "check.py")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-2000:]


def test_near_duplicates_never_cross_the_split() -> None:
    examples = load_corpus()
    by_cluster: dict[str, set[str]] = defaultdict(set)
    by_group: dict[str, set[str]] = defaultdict(set)
    for e in examples:
        by_cluster[e.cluster].add(e.split)
        by_group[e.group].add(e.split)
    assert all(len(s) == 1 for s in by_cluster.values())
    assert all(len(s) == 1 for s in by_group.values())
    assert split_of("en-g001") == split_of("en-g001")  # stable


def test_clusters_were_computed_on_this_corpus() -> None:
    data = json.loads(cluster_file(default_corpus_dir()).read_text(encoding="utf-8"))
    digest = corpus_digest(load_corpus(clusters=False))
    assert data["corpus_digest"] == digest, "corpus changed: run `python -m classifier.dedup`"


def test_every_language_is_in_train_and_test() -> None:
    examples = load_corpus()
    for lang in {e.lang for e in examples}:
        splits = {e.split for e in examples if e.lang == lang}
        assert {"train", "dev", "test"} <= splits, lang


def test_holdout_is_separate() -> None:
    holdout = load_holdout()
    assert len(holdout) >= 300 and {e.split for e in holdout} == {"holdout"}
    assert not {e.id for e in holdout} & {e.id for e in load_corpus()}


def test_datasheet_counts_are_current() -> None:
    path = default_corpus_dir() / "DATASHEET.md"
    text = path.read_text(encoding="utf-8")
    assert render(text, default_corpus_dir()) == text, "run `python -m classifier.datasheet`"
