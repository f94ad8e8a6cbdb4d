"""Score a JSONL file of posts: `lurewatch score --input posts.jsonl --output scored.jsonl`.

Input lines carry `text` and optionally `id` and `lang`; output lines carry the Score's
own serialisation (`Score.to_dict()`). A bad line is reported with its number and the
rest is scored. No database and no config file are needed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from classifier.errors import ClassifierError
from classifier.scorer import RiskScorer

BATCH = 64


@dataclass
class FileReport:
    scored: int = 0
    flagged: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)


@contextmanager
def _open(path: str | None, mode: str) -> Iterator[IO[str]]:
    if path in (None, "-"):
        yield sys.stdin if mode == "r" else sys.stdout
        return
    try:
        with open(path, mode, encoding="utf-8", errors="replace" if mode == "r" else "strict") as f:
            yield f
    except OSError as exc:
        raise ClassifierError(f"cannot open {path}: {exc.strerror}") from exc


def _parse(number: int, line: str) -> dict[str, Any] | str:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"not JSON ({exc.msg})"
    if not isinstance(obj, dict):
        return "not a JSON object"
    if not isinstance(obj.get("text"), str):
        return "no 'text' string"
    for key in ("id", "lang"):
        if obj.get(key) is not None and not isinstance(obj[key], str | int):
            return f"'{key}' must be a string"
    return obj


def score_jsonl(
    scorer: RiskScorer, input_path: str | None, output_path: str | None, progress: Any = None
) -> FileReport:
    report = FileReport()
    with _open(input_path, "r") as src, _open(output_path, "w") as out:
        batch: list[tuple[int, dict[str, Any]]] = []

        def flush() -> None:
            texts = [b[1]["text"] for b in batch]
            langs = [b[1].get("lang") for b in batch]
            ids = [str(b[1]["id"]) if b[1].get("id") is not None else str(b[0]) for b in batch]
            for score in scorer.score(texts, langs, ids):
                out.write(json.dumps(score.to_dict(), ensure_ascii=False) + "\n")
                report.scored += 1
                report.flagged += score.flagged
            if progress is not None:
                progress(len(batch))
            batch.clear()

        for number, line in enumerate(src, 1):
            if not line.strip():
                continue
            parsed = _parse(number, line)
            if isinstance(parsed, str):
                report.problems.append((number, parsed))
                continue
            batch.append((number, parsed))
            if len(batch) >= BATCH:
                flush()
        if batch:
            flush()
    return report


def score_file(
    input_path: str,
    output_path: str | None,
    threshold: float | None = None,
    model_dir: str | None = None,
    cache_dir: str | None = None,
    progress: Any = None,
) -> FileReport:
    if input_path != "-" and not Path(input_path).is_file():
        raise ClassifierError(f"{input_path} not found")
    scorer = RiskScorer.load(model_dir=model_dir, cache_dir=cache_dir, threshold=threshold)
    return score_jsonl(scorer, input_path, output_path, progress)
