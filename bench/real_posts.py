"""The classifier on real posts written by strangers: the recordings in ../shared/fixtures/.

    .venv/bin/python bench/real_posts.py [--fixtures DIR] [--show N]

These recordings (a Russian IT-jobs Telegram channel, a Mastodon public timeline in nine
languages, an AskReddit listing, a Spanish Facebook group with job posts) contain no
scam-centre lures as far as we know, so every flag is a false positive or a post worth
reading. They are parsed with the project's own parsers, never copied into the project,
and were never trained or tuned on. Prints the flag rate per source and the flagged posts.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections import Counter
from pathlib import Path

from scrapy import Request
from scrapy.http import HtmlResponse, TextResponse

from classifier import RiskScorer
from crawler.parsers.facebook import parse_saved_page
from crawler.spiders import spider_for
from lurewatch.config import SourceConfig

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "fixtures"


def _spider_posts(kind: str, options: dict[str, str], response: TextResponse) -> list[str]:
    from scrapy.utils.test import get_crawler

    cls = spider_for(kind)
    source = SourceConfig(
        name="recorded", type=kind, base_url="https://recorded.invalid", options=options
    )
    crawler = get_crawler(cls, {"LUREWATCH_MAX_PAGES": 20})
    spider = cls.from_crawler(crawler, source=source, state={})
    crawler.spider = spider
    return [p.text for p in spider.parse(response) if hasattr(p, "text") and p.text]


def real_posts(root: Path) -> dict[str, list[str]]:
    """Texts per recording, parsed the way the crawler parses them."""
    out: dict[str, list[str]] = {}
    url = "https://t.me/s/xCareers"
    body = (root / "telegram/t.me_s_xCareers_2020-05.html").read_bytes()
    out["telegram (ru IT jobs)"] = _spider_posts(
        "telegram",
        {"channel": "xCareers"},
        HtmlResponse(url, body=body, encoding="utf-8", request=Request(url)),
    )
    path = root / "mastodon/mastodon_social_public_timeline_2020-04-16.json"
    url = "https://mastodon.social/api/v1/timelines/tag/x"
    out["mastodon (9 languages)"] = _spider_posts(
        "mastodon", {"tag": "x"}, TextResponse(url, body=path.read_bytes(), request=Request(url))
    )
    listing = json.loads((root / "reddit/r_askreddit_new_2016-03-01.json").read_text("utf-8"))
    out["reddit (AskReddit)"] = [
        "\n".join(x for x in (c["data"].get("title"), c["data"].get("selftext")) if x)
        for c in listing["data"]["children"]
    ]
    page = (root / "facebook/m.facebook.com_group_page.html").read_text("utf-8", "replace")
    out["facebook (es group)"] = [p.text for p in parse_saved_page(page) if p.text]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=10, help="flagged posts to print")
    args = parser.parse_args()
    if not args.fixtures.is_dir():
        print(f"no recordings at {args.fixtures}; nothing to measure")
        return 0
    warnings.simplefilter("ignore")
    scorer = RiskScorer.load()
    print(f"model {scorer.model_version}, threshold {scorer.threshold:.2f}")
    total = flagged_total = 0
    shown = 0
    for name, texts in real_posts(args.fixtures).items():
        scores = scorer.score(texts)
        flagged = [(s, t) for s, t in zip(scores, texts, strict=True) if s.flagged]
        categories = Counter(s.category for s in scores)
        total += len(texts)
        flagged_total += len(flagged)
        print(
            f"{name:24} {len(texts):4} posts, {len(flagged):3} flagged "
            f"({len(flagged) / max(1, len(texts)):.1%}); categories {dict(categories)}"
        )
        for score, text in flagged:
            if shown < args.show:
                shown += 1
                print(f"    {score.risk:.2f} {score.category:18} {' '.join(text.split())[:90]}")
    print(f"all: {flagged_total} of {total} real posts flagged ({flagged_total / total:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
