"""Classifier pieces that need no transformer: features, model files, JSONL, thresholds."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest

from classifier.errors import ModelError
from classifier.features import FEATURE_NAMES, Signals, rule_features
from classifier.gate import gate_features
from classifier.jsonl import score_jsonl
from classifier.model import HEADS, Heads, Linear, read_meta
from classifier.types import Contact, Explanation, Indicator, Salary, Score


def test_rule_features_name_every_column() -> None:
    signals = Signals(
        indicators=(Indicator("travel_paid", "free visa", 0, 9, 0.0, "en"),),
        contacts=(Contact("telegram", "hr_x"), Contact("url", "bit.ly/x", shortener=True)),
        salary=Salary(2000, "USD", "month", 2000, 400, 5.0, False),
        length=120,
    )
    x = rule_features(signals)
    assert x.shape == (len(FEATURE_NAMES),)
    on = {name for name, v in zip(FEATURE_NAMES, x, strict=True) if v}
    assert {
        "ind_travel_paid",
        "salary_stated",
        "salary_far_above",
        "contact_telegram",
        "contact_url",
        "contact_shortener",
        "text_length",
    } <= on
    assert "ind_urgency" not in on


def _random_heads(dim: int = 8) -> Heads:
    rng = np.random.default_rng(0)

    def linear(rows: int, cols: int) -> Linear:
        return Linear(
            rng.normal(size=cols).astype(np.float32),
            np.ones(cols, np.float32),
            rng.normal(size=(rows, cols)).astype(np.float32),
            rng.normal(size=rows).astype(np.float32),
        )

    return Heads(
        meta={"version": "test-1"},
        combined=linear(1, dim),
        category=linear(5, dim),
        transformer=linear(1, dim),
        rules=linear(1, dim),
        gate=linear(1, dim),
        about=linear(1, dim),
    )


def test_heads_round_trip_without_pickle(tmp_path: Path) -> None:
    heads = _random_heads()
    heads.save(tmp_path)
    loaded = Heads.load(tmp_path)
    x = np.ones((2, 8), np.float32)
    for name in HEADS:
        np.testing.assert_allclose(getattr(loaded, name).logits(x), getattr(heads, name).logits(x))
    with np.load(tmp_path / "weights.npz", allow_pickle=False) as arrays:
        assert all(arrays[k].dtype != object for k in arrays.files)


def test_missing_or_broken_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="lurewatch train"):
        read_meta(tmp_path)
    (tmp_path / "model.json").write_text("{not json")
    with pytest.raises(ModelError, match="not valid JSON"):
        read_meta(tmp_path)
    (tmp_path / "model.json").write_text(json.dumps({"format": 0, "version": "x"}))
    with pytest.raises(ModelError, match="format"):
        read_meta(tmp_path)


def test_contributions_sum_to_the_logit() -> None:
    head = _random_heads().combined
    x = np.arange(8, dtype=np.float32)
    assert np.isclose(head.contributions(x).sum() + head.intercept[0], head.logits(x[None])[0, 0])


def test_gate_features_any_script() -> None:
    x = gate_features(["free visa", "ฟรีวีซ่า", "", "🙂"])
    assert x.shape[0] == 4 and x[0].nnz > 0 and x[1].nnz > 0


class _Fake:
    model_version = "fake"

    def score(self, texts, langs=None, ids=None):  # type: ignore[no-untyped-def]
        return [
            Score(
                0.9 if "visa" in t else 0.1,
                "visa" in t,
                "job_scam",
                {},
                lang or "en",
                (),
                (),
                None,
                Explanation("transformer", 0.9, 0.5),
                "fake",
                i,
            )
            for t, lang, i in zip(
                texts, langs or [None] * len(texts), ids or [None] * len(texts), strict=True
            )
        ]


def test_jsonl_bad_lines_reported_by_number_rest_scored(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a", "text": "free visa"}\nnot json\n{"text": 5}\n\n[1]\n'
        '{"text": "hello", "lang": "sw"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    report = score_jsonl(_Fake(), str(src), str(out))  # type: ignore[arg-type]
    assert report.scored == 2 and report.flagged == 1
    assert [n for n, _ in report.problems] == [2, 3, 5]
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["a", "6"] and rows[1]["lang"] == "sw"
    assert set(rows[0]) >= {
        "id",
        "risk",
        "flagged",
        "category",
        "lang",
        "indicators",
        "contacts",
        "model_version",
    }


def test_score_serialises_once_to_plain_json() -> None:
    score = _Fake().score(["free visa"])[0]
    data = json.loads(json.dumps(score.to_dict()))
    assert data["risk"] == 0.9 and data["explanation"]["stage"] == "transformer"
    assert isinstance(io.StringIO(json.dumps(data)).read(), str)


def test_features_follow_the_models_own_list() -> None:
    # A model trained before an indicator existed (or after one was retired) still scores:
    # its features come in its own order, unknown ones as 0.
    signals = Signals((Indicator("urgency", "urgent", 0, 6, 0.0, "en"),), (), None, 10)
    x = rule_features(signals, ["text_length", "ind_urgency", "ind_retired_flag"])
    assert x[1] == 1.0 and x[2] == 0.0 and x[0] > 0
