"""The JSON shapes of the API, declared as Pydantic models so /openapi.json documents them.

Conversion from the store's views lives here too, so that the API applies a source's
policy in one place: full text only where the publisher allows it.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from newsloom.model import Policy
from newsloom.web import present


class ErrorOut(BaseModel):
    detail: str = Field(description="What went wrong, for a person to read.")


class SourceRef(BaseModel):
    id: int
    name: str
    homepage: str
    policy: Policy = Field(description="How much of this source's articles Newsloom may show.")


class ArticleOut(BaseModel):
    id: int
    url: str = Field(description="The original article: read it there.")
    canonical_url: str
    source: SourceRef
    title: str
    byline: str
    published: datetime | None
    updated: datetime | None
    language: str | None
    image: str | None
    description: str | None = Field(description="The publisher's summary; null when the policy is headline.")
    text: str | None = Field(
        description="Full text when the source's policy is full, an excerpt when it is excerpt, null for headline."
    )
    first_seen: datetime
    urls: list[str] = Field(description="Every URL this article was found under (filled on the single-article call).")


class RejectionOut(BaseModel):
    at: datetime
    url: str
    reason: str
    detail: str


class ChannelOut(BaseModel):
    id: int
    url: str
    kind: str
    title: str
    last_fetch_at: datetime | None
    last_success_at: datetime | None
    last_status: str | None = Field(description="ok, not_modified or error; null when never fetched.")
    last_error: str | None
    failures: int
    interval_s: float
    next_poll_at: datetime | None
    paused: bool
    recent_rejections: list[RejectionOut]


class SourceOut(BaseModel):
    id: int
    name: str
    homepage: str
    language: str | None
    region: str | None
    policy: Policy
    status: str = Field(description="ok, failing, never fetched or paused.")
    last_error: str | None
    last_fetch_at: datetime | None
    article_count: int
    items_per_day: float
    last_article_at: datetime | None
    channels: list[ChannelOut]


class SearchHitOut(BaseModel):
    article: ArticleOut
    snippet: str = Field(description="HTML-safe: text escaped, matches wrapped in <mark>.")
    rank: float


def article_out(view) -> ArticleOut:
    """An ArticleView as the API shows it, with text cut to what the policy allows."""
    return ArticleOut(
        id=view.id,
        url=view.url,
        canonical_url=view.canonical_url,
        source=SourceRef(id=view.source_id, name=view.source_name, homepage=view.source_homepage or "",
                         policy=view.policy),
        title=view.title,
        byline=view.byline or "",
        published=view.published,
        updated=view.updated,
        language=view.language,
        image=present.safe_url(view.image),
        description=present.description(view),
        text=present.api_text(view),
        first_seen=view.first_seen,
        urls=list(view.urls or []),
    )


def source_out(health) -> SourceOut:
    return SourceOut(
        id=health.id,
        name=health.name,
        homepage=health.homepage or "",
        language=health.language,
        region=health.region,
        policy=health.policy,
        status=health.status,
        last_error=health.last_error,
        last_fetch_at=health.last_fetch_at,
        article_count=health.article_count,
        items_per_day=health.items_per_day or 0.0,
        last_article_at=health.last_article_at,
        channels=[_channel_out(ch) for ch in health.channels],
    )


def hit_out(hit) -> SearchHitOut:
    snippet = hit.snippet if Policy(hit.article.policy) is not Policy.HEADLINE else ""
    return SearchHitOut(article=article_out(hit.article), snippet=snippet, rank=hit.rank)


def _channel_out(ch) -> ChannelOut:
    return ChannelOut(
        id=ch.id,
        url=ch.url,
        kind=ch.kind,
        title=ch.title or "",
        last_fetch_at=ch.last_fetch_at,
        last_success_at=ch.last_success_at,
        last_status=ch.last_status,
        last_error=ch.last_error,
        failures=ch.failures,
        interval_s=ch.interval_s,
        next_poll_at=ch.next_poll_at,
        paused=ch.paused,
        recent_rejections=[
            RejectionOut(at=at, url=url, reason=str(reason), detail=detail or "")
            for at, url, reason, detail in ch.recent_rejections
        ],
    )
