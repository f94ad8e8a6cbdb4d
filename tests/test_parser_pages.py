"""Golden tests: every saved page under tests/fixtures/pages/ must yield what its
expected.json says (items, follow-up requests, counted problems, state)."""

from __future__ import annotations

import json

import pytest

from crawler.errors import SavedPageError
from crawler.parsers.facebook import parse_saved_page
from tests.crawler_support import UPDATE, Case, all_cases, post_dict, run_case

CASES = [c for c in all_cases() if c.type != "facebook"]
FACEBOOK = all_cases("facebook")


def check_golden(case: Case, got: dict[str, object]) -> None:
    if UPDATE:
        text = json.dumps(got, ensure_ascii=False, indent=2) + "\n"
        case.expected_path.write_text(text, encoding="utf-8")
    assert case.expected_path.is_file(), f"{case.name}: no expected.json (run with UPDATE)"
    expected = json.loads(case.expected_path.read_text(encoding="utf-8"))
    assert got == expected


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_spider_page(case: Case) -> None:
    check_golden(case, run_case(case))


@pytest.mark.parametrize("case", FACEBOOK, ids=[c.name for c in FACEBOOK])
def test_facebook_saved_page(case: Case) -> None:
    try:
        got: dict[str, object] = {
            "items": [post_dict(p) for p in parse_saved_page(case.body.decode("utf-8", "replace"))]
        }
    except SavedPageError as exc:
        got = {"error": str(exc)}
    check_golden(case, got)


def test_every_type_has_cases() -> None:
    kinds = {c.type for c in all_cases()}
    assert kinds >= {"telegram", "mastodon", "reddit", "jobposting", "feed", "site", "facebook"}
