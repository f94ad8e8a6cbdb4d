"""Language identification: accuracy per language and speed of each backend, alone and
inside the cascade, on the corpus test split (or another split / the whole corpus).

    python bench/langid.py [--split test|dev|train|all]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from classifier.corpus import load_corpus, select
from classifier.langid import DEFAULT_BACKEND, measure_backends


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["train", "dev", "test", "all"])
    args = parser.parse_args()
    examples = load_corpus()
    if args.split != "all":
        examples = select(examples, args.split)
    results = measure_backends(examples)
    langs = sorted({e.lang for e in examples})
    names = list(results)
    print(f"{len(examples)} posts ({args.split} split), {os.cpu_count()} cores; "
          f"default: cascade:{DEFAULT_BACKEND}\n")  # fmt: skip
    print(f"{'lang':<6}{'n':>5}" + "".join(f"{n:>20}" for n in names))
    counts = {lang: sum(e.lang == lang for e in examples) for lang in langs}
    for lang in langs:
        cells = "".join(f"{results[n]['per_lang'].get(lang, 0.0):>20.3f}" for n in names)
        print(f"{lang:<6}{counts[lang]:>5}{cells}")
    print(
        f"{'all':<6}{len(examples):>5}" + "".join(f"{results[n]['accuracy']:>20.3f}" for n in names)
    )
    print(f"{'text/s':<11}" + "".join(f"{results[n]['texts_per_s']:>20,.0f}" for n in names))
    print("\nmost common confusions (gold: answer count):")
    for name in names:
        worst = {k: v for k, v in results[name]["confusions"].items()}
        print(f"  {name}: {worst}")


if __name__ == "__main__":
    main()
