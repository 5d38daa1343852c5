"""The data that passes between Newsloom's stages.

Every stage takes and returns these plain types, so a stage can be read, tested and run
(in-process, in a process pool, or in a Celery worker) without knowing who called it.
Failures are values too (`FetchError`, `Rejected`): they are recorded where a user sees
them instead of being raised through the crawl loop.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Policy(StrEnum):
    """How much of a source's article the site may show."""

    FULL = "full"
    EXCERPT = "excerpt"
    HEADLINE = "headline"


@dataclass(slots=True)
class Source:
    """A publisher: who gets the credit and the link for an article."""

    name: str
    homepage: str = ""
    language: str | None = None
    region: str | None = None
    policy: Policy = Policy.EXCERPT
    id: int | None = None


@dataclass(slots=True)
class Channel:
    """One URL that Newsloom polls for leads (a feed), and the state that keeps polling polite."""

    url: str
    kind: str = "feed"
    title: str = ""
    source_id: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    interval_s: float = 1800.0
    next_poll_at: datetime | None = None
    failures: int = 0
    paused: bool = False
    id: int | None = None


@dataclass(slots=True)
class Lead:
    """A pointer to an article, with what the channel said about it.

    The feed's title, date, summary and image are kept so that an article whose page
    cannot be fetched still leaves a usable item, and so that extraction can fall back
    on them.
    """

    url: str
    title: str = ""
    published: datetime | None = None
    summary: str = ""
    image: str | None = None
    author: str = ""
    categories: tuple[str, ...] = ()
    guid: str | None = None
    source_name: str = ""
    channel_id: int | None = None


class FetchReason(StrEnum):
    """Why a fetch gave no usable page; shown to users on the sources page."""

    BAD_URL = "bad_url"
    BLOCKED_ADDRESS = "blocked_address"
    ROBOTS = "robots"
    DNS = "dns"
    CONNECTION = "connection"
    TIMEOUT = "timeout"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    TOO_LARGE = "too_large"
    DECOMPRESSION_BOMB = "decompression_bomb"
    HTTP_STATUS = "http_status"
    CONTENT_TYPE = "content_type"
    PARSE = "parse"


@dataclass(slots=True)
class FetchError:
    """A failed fetch, as a value: recorded on its channel or article, never raised past the fetcher."""

    url: str
    reason: FetchReason
    message: str
    status: int | None = None
    retry_after_s: float | None = None

    def __str__(self) -> str:
        return f"{self.reason}: {self.message}"


@dataclass(slots=True)
class Page:
    """An HTTP response that passed every limit, with its body decoded."""

    url: str
    requested_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    text: str
    encoding: str
    fetched_at: datetime

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(slots=True)
class Feed:
    """What one feed document said: its leads and its own hints about polling."""

    title: str = ""
    link: str = ""
    leads: list[Lead] = field(default_factory=list)
    ttl_s: float | None = None
    websub_hub: str | None = None
    error: str | None = None


@dataclass(slots=True)
class Poll:
    """The outcome of polling one channel once."""

    channel_url: str
    fetched_at: datetime
    leads: list[Lead] = field(default_factory=list)
    feed_title: str = ""
    not_modified: bool = False
    error: FetchError | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    min_interval_s: float | None = None
    """The server's own floor on polling (feed ttl, Cache-Control max-age, Retry-After)."""


class Rejection(StrEnum):
    """Why a fetched page did not become article text."""

    NOT_HTML = "not_html"
    NO_TEXT = "no_text"
    FETCH_FAILED = "fetch_failed"
    COOKIE_WALL = "cookie_wall"
    BOT_CHALLENGE = "bot_challenge"
    PAYWALL = "paywall"
    ERROR_PAGE = "error_page"
    NOT_AN_ARTICLE = "not_an_article"
    """A home, section, tag or author page reached through a feed."""


@dataclass(slots=True)
class Rejected:
    """A page that was fetched but is not an article, and why."""

    url: str
    reason: Rejection
    detail: str = ""


@dataclass(slots=True)
class Article:
    """One article as Newsloom stores and shows it, always tied to its publisher.

    `html` is the body sanitized before storage; `text` its plain form. `error` is set when
    the page could not be fetched or extracted and the article was made from its lead alone.
    """

    url: str
    canonical_url: str
    title: str
    text: str = ""
    html: str = ""
    byline: str = ""
    published: datetime | None = None
    updated: datetime | None = None
    language: str | None = None
    image: str | None = None
    site_name: str = ""
    description: str = ""
    content_hash: str = ""
    source_name: str = ""
    error: str | None = None
    id: int | None = None
