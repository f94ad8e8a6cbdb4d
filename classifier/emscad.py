"""Optional evaluation on EMSCAD, the public Employment Scam Aegean Dataset (17,880
English job-board ads, 866 fraudulent), if a user has the CSV (`fake_job_postings.csv`).

It cannot be downloaded here, so lurewatch verifies the file it is given: the published
columns and counts, and, when LUREWATCH_EMSCAD_SHA256 is set, the file's SHA-256.
EMSCAD's frauds are mostly US advance-fee and data-harvesting ads, not scam-centre lures:
the figures measure transfer to another kind of fraud, not the product's main target.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from classifier.errors import ClassifierError
from classifier.evaluation import roc_auc
from classifier.scorer import RiskScorer

COLUMNS = ("title", "company_profile", "description", "requirements", "benefits", "fraudulent")
ROWS, FRAUDULENT = 17_880, 866
_TAGS = re.compile(r"<[^>]+>")


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def load_emscad(path: Path) -> tuple[list[str], np.ndarray, str]:
    if not path.is_file():
        raise ClassifierError(f"{path} not found")
    digest = sha256(path)
    expected = os.environ.get("LUREWATCH_EMSCAD_SHA256")
    if expected and expected.lower() != digest:
        raise ClassifierError(f"{path}: SHA-256 {digest} is not LUREWATCH_EMSCAD_SHA256")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ClassifierError(f"{path} is not the EMSCAD CSV: no column(s) {missing}")
        texts, labels = [], []
        for row in reader:
            parts = [row[c] for c in ("title", "description", "requirements", "benefits")]
            texts.append(_TAGS.sub(" ", "\n".join(p for p in parts if p)))
            labels.append(row["fraudulent"].strip() == "1")
    y = np.array(labels, dtype=int)
    if not expected and (len(y), int(y.sum())) != (ROWS, FRAUDULENT):
        raise ClassifierError(
            f"{path} has {len(y)} rows and {int(y.sum())} fraudulent, not the published "
            f"{ROWS} and {FRAUDULENT}; set LUREWATCH_EMSCAD_SHA256={digest} to accept it"
        )
    return texts, y, digest


def evaluate_emscad(
    path: Path, model_dir: Path | None, cache_dir: Path | None, say: Callable[[str], None]
) -> dict[str, Any]:
    texts, y, digest = load_emscad(path)
    say(f"EMSCAD {path} (sha256 {digest[:16]}...): {len(y)} ads, {int(y.sum())} fraudulent")
    scorer = RiskScorer.load(model_dir=model_dir, cache_dir=cache_dir)
    risk = np.array([s.risk for s in scorer.score(texts)])
    flagged = risk >= scorer.threshold
    figures = {
        "sha256": digest,
        "posts": len(y),
        "auc": roc_auc(y, risk),
        "recall": float(flagged[y == 1].mean()),
        "fpr": float(flagged[y == 0].mean()),
    }
    say(
        f"EMSCAD: ROC AUC {figures['auc']:.3f}, recall {figures['recall']:.3f}, "
        f"FPR {figures['fpr']:.3f} (out of domain: see classifier/emscad.py)"
    )
    return figures
