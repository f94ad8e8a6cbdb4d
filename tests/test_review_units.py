"""The review app's small pieces on their own: highlighting, links, rate limits, charts."""

from __future__ import annotations

import pytest

from review.charts import bar_chart
from review.highlight import Segment, Span, highlighted, link_parts, safe_url, segments
from review.ratelimit import RateLimiter
from review.scoring import risk_level


def test_segments_cut_at_every_boundary_and_merge_overlaps() -> None:
    text = "free visa and ticket"
    spans = [
        Span(5, 9, "travel_paid", "flag"),
        Span(5, 20, "x", "flag"),
        Span(14, 20, "t", "contact"),
    ]
    out = segments(text, spans)
    assert "".join(s.text for s in out) == text
    assert out == [
        Segment("free "),
        Segment("visa", ("travel_paid", "x"), "flag"),
        Segment(" and ", ("x",), "flag"),
        Segment("ticket", ("x", "t"), "flag"),
    ]


def test_bad_offsets_are_ignored_not_trusted() -> None:
    text = "visa"
    result = {
        "indicators": [
            {"name": "a", "start": -1, "end": 2},
            {"name": "b", "start": 2, "end": 99},
            {"name": "c", "start": "0", "end": 2},
            {"name": "d", "start": 3, "end": 3},
            "not a dict",
        ],
        "contacts": None,
    }
    assert highlighted(text, result) == [Segment("visa")]
    assert highlighted("", {}) == []


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.com/a?b=1", True),
        ("http://example.com", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//evil.example", False),
        ("https://", False),
        ('https://x.example/"onmouseover=', False),
        ("https://x.example/\nfoo", False),
        (None, False),
        ("vbscript:x", False),
    ],
)
def test_only_http_urls_become_links(url: str | None, ok: bool) -> None:
    assert (safe_url(url) is not None) is ok
    if ok:
        assert safe_url(url) == url


def test_link_parts_links_only_http() -> None:
    parts = link_parts("Call 1300 or see https://help.example/th. Not javascript:alert(1)")
    assert parts == [
        ("Call 1300 or see ", None),
        ("https://help.example/th", "https://help.example/th"),
        (". Not javascript:alert(1)", None),
    ]


def test_rate_limiter_window() -> None:
    now = [0.0]
    limiter = RateLimiter(2, 60, clock=lambda: now[0])
    assert limiter.take("a") == 0 and limiter.take("a") == 0
    assert limiter.take("a") == 60 and limiter.take("b") == 0
    now[0] = 30
    assert limiter.retry_after("a") == 30
    now[0] = 61
    assert limiter.take("a") == 0
    limiter.hit("c")
    limiter.reset("c")
    assert limiter.retry_after("c") == 0


def test_bar_chart_geometry() -> None:
    chart = bar_chart([("2026-01-01", 3), ("2026-01-02", 0), ("2026-01-03", 7)], "t")
    assert chart.total == 10 and len(chart.bars) == 3
    tallest = max(chart.bars, key=lambda b: b.height)
    assert tallest.value == 7 and chart.bars[1].height == 0
    assert all(b.y + b.height <= chart.bottom + 0.01 for b in chart.bars)
    assert chart.ticks[-1].value >= 7
    assert bar_chart([], "empty").bars == []


def test_risk_words_respect_the_threshold() -> None:
    assert risk_level(0.9, 0.5) == "high"
    assert risk_level(0.6, 0.5) == "medium"
    assert risk_level(0.1, 0.5) == "low"
    assert risk_level(0.25, 0.2) == "medium"  # flagged by a low threshold: never "low"
