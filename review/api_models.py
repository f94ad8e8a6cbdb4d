"""The JSON API's request and response models: they validate input and describe the API
in the OpenAPI schema served at /openapi.json."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ErrorDetail(BaseModel):
    code: str = Field(examples=["not_found"])
    message: str = Field(examples=["There is no review item 42."])


class ErrorOut(BaseModel):
    """The one error shape of the API."""

    error: ErrorDetail


class ItemSummary(BaseModel):
    id: int
    post_id: int
    status: str = Field(description="open | claimed | decided")
    risk: float = Field(description="The classifier's risk when the post was queued, 0-1.")
    queued_at: datetime
    source: str
    lang: str
    category: str = Field(description="The classifier's category.")
    title: str | None
    snippet: str
    indicators: list[str]
    claimed_by: str | None
    lease_expires_at: datetime | None
    verdict: str | None = Field(description="The latest decision, if any.")


class ItemList(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ItemSummary]


class DecisionOut(BaseModel):
    id: int
    item_id: int
    post_id: int
    user: str
    verdict: str = Field(description="confirmed | not_fraud | escalate | unsure")
    category: str | None = Field(description="The confirmed kind of fraud.")
    reason_code: str
    note: str | None
    created_at: datetime
    undone_at: datetime | None


class DecisionList(BaseModel):
    decisions: list[DecisionOut]
    next_after_id: int = Field(description="Pass as after_id to get the decisions after these.")


class PostOut(BaseModel):
    id: int
    source: str
    external_id: str
    url: str | None
    author: str | None
    title: str | None
    text: str
    posted_at: datetime | None
    fetched_at: datetime


class ScoreOut(BaseModel):
    risk: float
    category: str
    lang: str
    model_version: str
    result: dict[str, Any] = Field(
        description="The classifier's full result: indicators with spans, contacts, salary, "
        "explanation, category_probs."
    )


class RelatedOut(BaseModel):
    post_id: int
    item_id: int | None
    source: str
    snippet: str
    status: str | None
    verdict: str | None
    shared: str = Field(description="What links it to this post: 'kind: value' or 'same text'.")


class ItemOut(BaseModel):
    id: int
    status: str
    risk: float
    queued_at: datetime
    claimed_by: str | None
    lease_expires_at: datetime | None
    verdict: str | None
    decided_category: str | None
    post: PostOut
    score: ScoreOut
    decisions: list[DecisionOut]
    related_by_contact: list[RelatedOut]
    same_text: list[RelatedOut]


class CheckIn(BaseModel):
    text: str = Field(min_length=1, max_length=20_000, description="The job offer to check.")
    lang: str | None = Field(
        default=None, max_length=16, description="A language hint (ISO 639-1), if known."
    )


class CheckOut(BaseModel):
    """The same document the pipeline stores for a scored post (`Score.to_dict()`);
    `flagged` follows the threshold in force."""

    model_config = ConfigDict(extra="allow")

    risk: float
    flagged: bool
    category: str
    lang: str
    model_version: str = ""
    indicators: list[dict[str, Any]] = Field(default_factory=list)
    contacts: list[dict[str, Any]] = Field(default_factory=list)
