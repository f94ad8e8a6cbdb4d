"""Crawled and pasted text, made presentable without ever being trusted.

The text is cut into plain segments at the classifier's span offsets; templates print
each segment with Jinja's autoescaping and wrap the flagged ones in <mark>. Nothing
here returns markup, so no crawled character can become HTML. Links are offered only
for http(s) URLs (never `javascript:` or `data:`); templates add
rel="noopener noreferrer nofollow".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # indicator name, or contact kind
    kind: str  # "flag" | "contact"


@dataclass(frozen=True)
class Segment:
    text: str
    labels: tuple[str, ...] = ()
    kind: str = ""  # "" plain, "flag", "contact" (a flag wins where both overlap)


def spans_from_result(result: dict[str, Any], text_length: int) -> list[Span]:
    """Indicator and contact spans with usable offsets; anything malformed is skipped."""
    spans: list[Span] = []
    for key, kind, label_key in (("indicators", "flag", "name"), ("contacts", "contact", "kind")):
        entries = result.get(key)
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict):
                continue
            start, end = entry.get("start"), entry.get("end")
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= text_length:
                spans.append(Span(start, end, str(entry.get(label_key) or kind), kind))
    return spans


def segments(text: str, spans: Iterable[Span]) -> list[Segment]:
    """Cut `text` at every span boundary; each piece lists the spans covering it.
    Overlapping and nested spans are fine."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[Segment] = []
    for lo, hi in pairwise(bounds):
        covering = [s for s in spans if s.start <= lo and hi <= s.end]
        labels = tuple(dict.fromkeys(s.label for s in covering))
        kind = (
            "flag" if any(s.kind == "flag" for s in covering) else ("contact" if covering else "")
        )
        if out and out[-1].labels == labels and out[-1].kind == kind:
            out[-1] = Segment(out[-1].text + text[lo:hi], labels, kind)
        else:
            out.append(Segment(text[lo:hi], labels, kind))
    return out


def highlighted(text: str, result: dict[str, Any]) -> list[Segment]:
    return segments(text, spans_from_result(result, len(text)))


_UNSAFE_URL_CHARS = re.compile(r"[\s\x00-\x1f\x7f<>\"'`\\]")


def safe_url(url: Any) -> str | None:
    """The URL itself if it is an absolute http(s) URL a link may point to, else None."""
    if not isinstance(url, str) or len(url) > 2048 or _UNSAFE_URL_CHARS.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)


def link_parts(text: str) -> list[tuple[str, str | None]]:
    """Split text into (piece, url-or-None) so templates can link the http(s) URLs in a
    configured help contact, escaping everything else."""
    out: list[tuple[str, str | None]] = []
    pos = 0
    for match in _URL_IN_TEXT.finditer(text):
        url = match.group(0).rstrip(".,;:!?)")
        if match.start() > pos:
            out.append((text[pos : match.start()], None))
        out.append((url, safe_url(url)))
        pos = match.start() + len(url)
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def snippet(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def names(entries: Sequence[Any], key: str = "name") -> list[str]:
    return sorted({str(e.get(key)) for e in entries if isinstance(e, dict) and e.get(key)})
