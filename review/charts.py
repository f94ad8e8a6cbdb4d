"""A bar chart as numbers for an SVG template: no charting library, no script, no CDN.

The template draws <rect> and <text> elements from these coordinates; labels are
escaped by Jinja like any other text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: int


@dataclass(frozen=True)
class Tick:
    y: float
    value: int


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    left: int
    bottom: int
    bars: list[Bar]
    ticks: list[Tick]
    labels: list[Bar]  # the bars whose date is printed under the axis
    total: int
    title: str


def _nice_max(value: int) -> int:
    if value <= 5:
        return max(value, 1)
    magnitude = 10 ** (len(str(value)) - 1)
    for step in (1, 2, 2.5, 5, 10):
        top = int(step * magnitude)
        if top >= value:
            return top
    return value


def bar_chart(
    series: list[tuple[str, int]], title: str, width: int = 720, height: int = 220
) -> BarChart:
    left, bottom, top_pad = 44, 28, 10
    plot_w, plot_h = width - left - 8, height - bottom - top_pad
    peak = _nice_max(max((n for _, n in series), default=0))
    slot = plot_w / max(len(series), 1)
    bars = []
    for i, (label, n) in enumerate(series):
        h = plot_h * n / peak
        bars.append(
            Bar(
                x=round(left + i * slot + slot * 0.1, 2),
                y=round(top_pad + plot_h - h, 2),
                width=round(max(slot * 0.8, 1), 2),
                height=round(h, 2),
                label=label,
                value=n,
            )
        )
    ticks = [Tick(round(top_pad + plot_h - plot_h * f, 2), round(peak * f)) for f in (0, 0.5, 1)]
    every = max(1, len(bars) // 6)
    labels = [b for i, b in enumerate(bars) if i % every == 0 or i == len(bars) - 1]
    return BarChart(
        width, height, left, height - bottom, bars, ticks, labels, sum(n for _, n in series), title
    )
