"""Validate corpus files: `python corpora/check.py [FILE ...]` (default: every file).

Prints one line per problem and a count per category and kind; exits 1 on problems.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

LANGS = {
    "en",
    "fr",
    "ar",
    "es",
    "pt",
    "id",
    "ms",
    "vi",
    "th",
    "zh",
    "sw",
    "am",
    "tl",
    "hi",
    "bn",
    "ne",
    "ur",
    "my",
    "ru",
}
KINDS = {
    "trafficking_lure": {"obvious_lure", "subtle_lure", "compound_recruitment"},
    "job_scam": {"task_scam", "fake_hr", "advance_fee", "data_harvest"},
    "crime_recruitment": {"money_mule", "account_rental", "scam_callcentre"},
    "legitimate_job": {"legit_overseas", "local_job", "call_centre_job", "wfh_gig"},
    "not_recruitment": {"awareness", "news", "other_scam", "chatter"},
}
STYLES = {
    "telegram",
    "facebook",
    "whatsapp",
    "sms",
    "jobboard",
    "reddit",
    "mastodon",
    "classified",
    "news",
    "email",
}
FIELDS = {"id", "lang", "script", "text", "category", "kind", "style", "group"}


def check_file(path: Path, seen_ids: set[str], counts: Counter[tuple[str, str]]) -> list[str]:
    problems: list[str] = []
    texts: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path}:{number}"
        if not line.strip():
            continue
        try:
            post = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not JSON ({exc.msg})")
            continue
        if set(post) != FIELDS:
            problems.append(f"{where}: fields must be exactly {sorted(FIELDS)}, got {sorted(post)}")
            continue
        lang = post["lang"]
        if lang not in LANGS:
            problems.append(f"{where}: unknown lang {lang!r}")
        if not re.fullmatch(rf"{lang}-\d{{4}}", post["id"]):
            problems.append(f"{where}: id {post['id']!r} must look like {lang}-0001")
        if post["id"] in seen_ids:
            problems.append(f"{where}: duplicate id {post['id']}")
        seen_ids.add(post["id"])
        if not re.fullmatch(rf"{lang}-g\d{{3}}", post["group"]):
            problems.append(f"{where}: group {post['group']!r} must look like {lang}-g001")
        if post["category"] not in KINDS:
            problems.append(f"{where}: unknown category {post['category']!r}")
        elif post["kind"] not in KINDS[post["category"]]:
            problems.append(f"{where}: kind {post['kind']!r} is not a kind of {post['category']}")
        if post["style"] not in STYLES:
            problems.append(f"{where}: unknown style {post['style']!r}")
        text = post["text"]
        if not isinstance(text, str) or len(text.strip()) < 15:
            problems.append(f"{where}: text missing or shorter than 15 characters")
        elif text in texts:
            problems.append(f"{where}: exact duplicate text")
        texts.add(text)
        counts[(post["category"], post["kind"])] += 1
    return problems


def main(argv: list[str]) -> int:
    root = Path(__file__).parent / "posts"
    files = [Path(a) for a in argv] or sorted(root.glob("*.jsonl"))
    seen: set[str] = set()
    counts: Counter[tuple[str, str]] = Counter()
    problems: list[str] = []
    for path in files:
        problems += check_file(path, seen, counts)
    for problem in problems:
        print(problem)
    for (category, kind), n in sorted(counts.items()):
        print(f"{category:20} {kind:22} {n:5}")
    print(f"{sum(counts.values())} posts, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
