"""`python -m crawler --source NAME [--config FILE] [-s KEY=VALUE ...]`: crawl one source.

Started by `lurewatch crawl` (one process per source). Exit status 0 when the run
finished, 1 when it failed (the reason is stored with the run), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import logging
import sys

from crawler.errors import CrawlerError
from crawler.runner import run_source
from lurewatch.config import load_config
from lurewatch.errors import LurewatchError
from lurewatch.storage import Database
from lurewatch.storage.models import CrawlRun


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler", description=__doc__)
    parser.add_argument("--source", required=True)
    parser.add_argument("--config")
    parser.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a Scrapy setting",
    )
    parser.add_argument("--log-level", default="INFO")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=args.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    overrides = {}
    for pair in args.set:
        key, sep, value = pair.partition("=")
        if not sep:
            print(f"error: -s {pair!r} must be KEY=VALUE", file=sys.stderr)
            return 2
        overrides[key.strip()] = value
    try:
        config = load_config(args.config)
        run_id = run_source(config, args.source, overrides)
        db = Database(config.effective_database_url)
        with db.read() as session:
            run = session.get(CrawlRun, run_id)
            failed = run is None or run.status != "ok"
        db.dispose()
    except (LurewatchError, CrawlerError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
