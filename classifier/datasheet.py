"""The counts in corpora/DATASHEET.md, generated from the files so they cannot drift.

`python -m classifier.datasheet` rewrites the block between the datasheet's markers; a
test fails when it is out of date.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from classifier.corpus import CATEGORIES, default_corpus_dir, load_corpus, load_holdout

MARK = re.compile(r"(<!-- counts:start -->\n).*?(<!-- counts:end -->)", re.DOTALL)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    return lines + ["| " + " | ".join(r) + " |" for r in rows]


def counts_markdown(root: Path) -> str:
    examples = load_corpus(root)
    holdout = load_holdout(root)
    langs = sorted({e.lang for e in examples})
    by = Counter((e.lang, e.category) for e in examples)
    rows = [[lang, *(str(by[(lang, c)]) for c in CATEGORIES),
             str(sum(by[(lang, c)] for c in CATEGORIES))] for lang in langs]  # fmt: skip
    totals = Counter(e.category for e in examples)
    rows.append(["**all**", *(str(totals[c]) for c in CATEGORIES), str(len(examples))])
    out = [f"{len(examples)} posts in {len(langs)} language codes; "
           f"{len({e.cluster for e in examples})} split clusters "
           f"(from {len({e.group for e in examples})} template groups).", ""]  # fmt: skip
    out += _table(["lang", *CATEGORIES, "total"], rows)
    kinds = Counter((e.category, e.kind) for e in examples)
    split = Counter((e.kind, e.split) for e in examples)
    out += ["", "By kind and split:", ""]
    out += _table(["category", "kind", "posts", "train", "dev", "test"],
                  [[c, k, str(n), *(str(split[(k, s)]) for s in ("train", "dev", "test"))]
                   for (c, k), n in sorted(kinds.items())])  # fmt: skip
    styles = Counter(e.style for e in examples)
    scripts = Counter(e.script for e in examples)
    out += ["", "Styles: " + ", ".join(f"{s} {n}" for s, n in styles.most_common()) + ".",
            "Scripts: " + ", ".join(f"{s} {n}" for s, n in scripts.most_common()) + ".",
            "", f"Holdout set (corpora/holdout/): {len(holdout)} posts, "
            + ", ".join(f"{c} {n}" for c, n in sorted(Counter(e.category for e in holdout).items()))
            + "."]  # fmt: skip
    return "\n".join(out)


def render(text: str, root: Path) -> str:
    if not MARK.search(text):
        raise SystemExit("DATASHEET.md has no <!-- counts:start --> ... <!-- counts:end --> block")
    block = counts_markdown(root)
    return MARK.sub(lambda m: m.group(1) + block + "\n" + m.group(2), text)


def main() -> int:
    root = default_corpus_dir()
    path = root / "DATASHEET.md"
    text = path.read_text(encoding="utf-8")
    new = render(text, root)
    if new != text:
        path.write_text(new, encoding="utf-8")
    print(f"{path} {'updated' if new != text else 'is up to date'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
