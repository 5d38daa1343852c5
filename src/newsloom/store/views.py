"""What the store hands to the web site: flat, read-only pictures of rows, joined already.

They are plain dataclasses rather than ORM objects so that a template can read them after the
connection is gone and nothing lazy-loads behind the page's back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from newsloom.model import Policy


@dataclass(slots=True)
class ArticleView:
    """An article with its publisher, ready to show and credit."""

    id: int
    url: str
    canonical_url: str
    title: str
    text: str
    html: str
    byline: str
    published: datetime | None
    updated: datetime | None
    language: str | None
    image: str | None
    site_name: str
    description: str
    error: str | None
    source_id: int
    source_name: str
    source_homepage: str
    policy: Policy
    first_seen: datetime
    urls: list[str] = field(default_factory=list)
    """Every URL known to lead to this article; filled by `Store.article()`, empty in lists."""


@dataclass(slots=True)
class SearchHit:
    """One search result; `snippet` is safe HTML with the matched words in <mark>."""

    article: ArticleView
    snippet: str
    rank: float
    """Higher is more relevant (comparable only within one result list)."""


@dataclass(slots=True)
class ChannelHealth:
    """How polling one channel has been going, for the sources page."""

    id: int
    url: str
    kind: str
    title: str
    last_fetch_at: datetime | None
    last_success_at: datetime | None
    last_status: str | None
    """'ok', 'not_modified' or 'error'; None when never fetched."""
    last_error: str | None
    failures: int
    interval_s: float
    next_poll_at: datetime | None
    paused: bool
    recent_rejections: list[tuple[datetime, str, str, str]] = field(default_factory=list)
    """(at, url, reason, detail), newest first, at most five."""


@dataclass(slots=True)
class SourceHealth:
    """A publisher, how much it publishes and whether Newsloom can still reach it."""

    id: int
    name: str
    homepage: str
    language: str | None
    region: str | None
    policy: Policy
    article_count: int
    items_per_day: float
    last_article_at: datetime | None
    channels: list[ChannelHealth] = field(default_factory=list)
    extraction_warning: str | None = None
    """Set when the source's recent pages extract far worse than they usually do (fewer pages
    give article text, or much shorter text): most often a redesign that broke extraction."""

    @property
    def status(self) -> str:
        """'paused' when every channel is paused, 'never fetched' before any poll, 'failing'
        when every fetched channel's last poll failed, else 'ok'."""
        active = [c for c in self.channels if not c.paused]
        if self.channels and not active:
            return "paused"
        fetched = [c for c in active if c.last_status is not None]
        if not fetched:
            return "never fetched"
        if all(c.last_status == "error" for c in fetched):
            return "failing"
        return "ok"

    @property
    def last_error(self) -> str | None:
        """The error of the channel that failed most recently, if any still fails."""
        failing = [c for c in self.channels if c.last_error]
        if not failing:
            return None
        return max(failing, key=lambda c: _sortable(c.last_fetch_at)).last_error

    @property
    def last_fetch_at(self) -> datetime | None:
        times = [c.last_fetch_at for c in self.channels if c.last_fetch_at is not None]
        return max(times, default=None)


def _sortable(at: datetime | None) -> float:
    return at.timestamp() if at is not None else float("-inf")
