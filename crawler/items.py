"""The item every spider yields: one post, before normalisation and storage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class Post:
    """A post as parsed from a page. `text` may still hold HTML-derived noise; the
    normalise pipeline cleans it. `external_id` is the site's own id, stable across runs."""

    external_id: str
    text: str
    url: str | None = None
    author: str | None = None
    title: str | None = None
    posted_at: datetime | None = None
    lang: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
