"""What the site's tests share: a newsroom filled through the store's public API, and page probes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from lxml import html

from newsloom.model import Article, Channel, FetchError, FetchReason, Policy, Poll, Source
from newsloom.store import Store

NOW = datetime.now(UTC).replace(microsecond=0)


@dataclass
class Newsroom:
    """Sources and articles put in the store through its public API, as a crawl would."""

    store: Store
    channels: dict[str, int] = field(default_factory=dict)
    sources: dict[str, int] = field(default_factory=dict)
    slugs: dict[str, str] = field(default_factory=dict)

    def source(self, name: str, policy: Policy = Policy.EXCERPT, feeds: int = 1, slug: str = "") -> int:
        slug = slug or name.lower().replace(" ", "-")
        self.slugs[name] = slug
        feed_urls = [f"https://{slug}.example/feed{n or ''}.xml" for n in range(feeds)]
        stored = self.store.add_source(
            Source(name=name, homepage=f"https://{slug}.example/", language="en", policy=policy),
            [Channel(url=url, title=f"{name} feed") for url in feed_urls],
        )
        self.sources[name] = stored.id
        self.channels[name] = self.store.source(stored.id).channels[0].id
        return stored.id

    def publish(self, source: str, title: str, **fields) -> int:
        """Save an article found through `source`'s first feed; returns its id."""
        digest = hashlib.sha1(title.encode()).hexdigest()[:10]
        url = fields.pop("url", f"https://{self.slugs[source]}.example/news/{digest}")
        text = fields.pop("text", f"{title}. This is the story.")
        article = Article(
            url=url,
            canonical_url=url,
            title=title,
            text=text,
            html=fields.pop("html", "".join(f"<p>{p}</p>" for p in text.splitlines())),
            content_hash=digest,
            source_name=source,
            published=fields.pop("published", NOW - timedelta(hours=1)),
            **fields,
        )
        article_id, _ = self.store.save_article(article, url, self.channels[source])
        return article_id

    def poll_failed(
        self, source: str, message: str, failures: int = 3, reason: FetchReason = FetchReason.HTTP_STATUS
    ) -> None:
        channel_id = self.channels[source]
        url = self.store.source(self.sources[source]).channels[0].url
        error = FetchError(url=url, reason=reason, message=message)
        poll = Poll(channel_url=url, fetched_at=NOW - timedelta(minutes=5), error=error)
        self.store.record_poll(channel_id, poll, 3600.0, NOW + timedelta(hours=1), failures)

    def poll_ok(self, source: str) -> None:
        url = self.store.source(self.sources[source]).channels[0].url
        poll = Poll(channel_url=url, fetched_at=NOW - timedelta(minutes=2), feed_title=f"{source} feed")
        self.store.record_poll(self.channels[source], poll, 1800.0, NOW + timedelta(minutes=30), 0)


def parse(response) -> html.HtmlElement:
    return html.fromstring(response.text)


def having(cls: str) -> str:
    """An XPath predicate for elements with CSS class `cls`."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')"
