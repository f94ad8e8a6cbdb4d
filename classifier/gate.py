"""The cascade's cheap first stage.

Character n-grams (any script, no vocabulary to store) and word n-grams, hashed into a
fixed space and scored by two linear models trained with the heads: `gate` (could this
be a risky offer?) and `about` (is it about a job at all?). A post the gate finds clearly
harmless skips the rules and the transformer; `about` then tells a harmless job ad from
chatter for its category. The gate's threshold is chosen on the dev split so that at
most 1% of the posts the full model flags would have been skipped.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer

N_FEATURES = 2**18
_CHARS = HashingVectorizer(
    analyzer="char_wb", ngram_range=(2, 4), n_features=N_FEATURES, alternate_sign=False, norm="l2"
)
_WORDS = HashingVectorizer(
    analyzer="word",
    ngram_range=(1, 2),
    n_features=N_FEATURES,
    alternate_sign=False,
    norm="l2",
    token_pattern=r"(?u)\b\w+\b",
)


def gate_features(normalised_texts: Sequence[str]) -> sparse.csr_matrix:
    texts = list(normalised_texts)
    return sparse.hstack([_CHARS.transform(texts), _WORDS.transform(texts)]).tocsr()


def gate_logits(x: sparse.csr_matrix, coef: np.ndarray, intercept: float) -> np.ndarray:
    return np.asarray(x @ coef, dtype=np.float64).ravel() + intercept
