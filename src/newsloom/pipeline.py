"""The path of an article through Newsloom, written out once.

    channel ──poll──► leads ──fetch──► page ──extract──► article ──dedupe──► store

1. `poll_channel`: fetch a channel (conditional GET, then a body hash because servers lie
   about ETags) and parse it into `Lead`s; runners may run its halves, `fetch_channel`
   and `read_feed`, apart.
2. `fetch_lead`: fetch the lead's page politely.
3. `extract_lead`: CPU work, run in a process pool by the runner: turn the page into an
   `Article` (or a `Rejected`), give it a canonical URL and a content hash. A page that could
   not be fetched still leaves an article made from the lead, with its error.
4. `record_poll` / `record_outcome(s)`: the only steps that touch the store. Given a
   `SourceMemory`, `record_outcomes` first learns each source's boilerplate from its new
   pages and removes what was learned, and keeps its extraction statistics.

Runners (`run/local.py`) decide where and how concurrently these steps run; they never
change what a step does.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from newsloom.config import Settings
from newsloom.extract import extract_article
from newsloom.fetch import Fetcher, next_poll, server_floor_s
from newsloom.gather import parse_feed
from newsloom.model import (
    Article,
    Channel,
    FetchError,
    FetchReason,
    Lead,
    Page,
    Poll,
    Rejected,
    Rejection,
)
from newsloom.source_memory import SourceMemory
from newsloom.store import Store
from newsloom.stories import canonical_url, content_hash

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"

# A lead whose URL points somewhere Newsloom must never go is not worth keeping as an item.
_UNKEEPABLE = {FetchReason.BAD_URL, FetchReason.BLOCKED_ADDRESS}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


async def poll_channel(channel: Channel, fetcher: Fetcher, settings: Settings) -> Poll:
    """Fetch one channel and turn it into leads; every failure becomes `Poll.error`."""
    result = await fetch_channel(channel, fetcher)
    return read_feed(channel, result, settings, utcnow())


async def fetch_channel(channel: Channel, fetcher: Fetcher) -> Page | FetchError:
    """The first half of `poll_channel`: a conditional GET of the channel."""
    return await fetcher.get(
        channel.url, etag=channel.etag, last_modified=channel.last_modified, accept=FEED_ACCEPT
    )


def read_feed(channel: Channel, result: Page | FetchError, settings: Settings, now: datetime) -> Poll:
    """The second half of `poll_channel`: what a channel's response says, as a `Poll`.

    CPU work (parsing a feed of a few hundred items takes a good part of a second) over
    picklable values, so a runner may run it in its process pool.
    """
    if isinstance(result, FetchError):
        return Poll(channel.url, now, error=result)
    validators = {
        "etag": result.headers.get("etag") or channel.etag,
        "last_modified": result.headers.get("last-modified") or channel.last_modified,
    }
    if result.not_modified:
        return Poll(channel.url, now, not_modified=True, body_hash=channel.body_hash,
                    min_interval_s=server_floor_s(result.headers, None), **validators)
    body_hash = hashlib.sha256(result.body).hexdigest()
    if body_hash == channel.body_hash:
        return Poll(channel.url, now, not_modified=True, body_hash=body_hash,
                    min_interval_s=server_floor_s(result.headers, None), **validators)
    feed = parse_feed(result.body, result.url, result.headers.get("content-type"), settings.max_leads_per_poll)
    if feed.error:
        error = FetchError(channel.url, FetchReason.PARSE, feed.error)
        return Poll(channel.url, now, error=error, **validators)
    for lead in feed.leads:
        lead.channel_id = channel.id
    return Poll(
        channel.url,
        now,
        leads=feed.leads,
        feed_title=feed.title,
        body_hash=body_hash,
        min_interval_s=server_floor_s(result.headers, feed.ttl_s),
        **validators,
    )


async def fetch_lead(lead: Lead, fetcher: Fetcher) -> Page | FetchError:
    return await fetcher.get(lead.url, accept=PAGE_ACCEPT)


def extract_lead(lead: Lead, page: Page | FetchError) -> Article | Rejected:
    """Make the article for a lead from its fetched page (or from the lead alone).

    Picklable in and out: the local runner calls it in a process pool.
    """
    if isinstance(page, FetchError):
        if page.reason in _UNKEEPABLE:
            return Rejected(lead.url, Rejection.FETCH_FAILED, str(page))
        return _article_from_lead(lead, str(page))
    content_type = page.headers.get("content-type", "text/html").lower()
    if "html" not in content_type and "xml" not in content_type:
        return Rejected(page.url, Rejection.NOT_HTML, f"content type {content_type}")
    outcome = extract_article(page.text, page.url, lead)
    if isinstance(outcome, Rejected):
        return outcome
    outcome.canonical_url = canonical_url(page.url, outcome.canonical_url)
    outcome.content_hash = content_hash(outcome.text)
    return outcome


def record_poll(store: Store, channel: Channel, poll: Poll, settings: Settings) -> None:
    """Save a poll's outcome on its channel and schedule the next one."""
    publish_times = store.publish_times(channel.id) if not poll.error else []
    publish_times += [lead.published for lead in poll.leads if lead.published]
    interval_s, next_at, failures = next_poll(channel, poll, publish_times, settings, poll.fetched_at)
    store.record_poll(channel.id, poll, interval_s, next_at, failures)


def record_outcome(store: Store, lead: Lead, outcome: Article | Rejected) -> int | None:
    """Store an article (idempotently) or record why a lead did not become one."""
    return record_outcomes(store, [(lead, outcome)])[0]


def record_outcomes(
    store: Store, pairs: list[tuple[Lead, Article | Rejected]], memory: SourceMemory | None = None
) -> list[int | None]:
    """`record_outcome` for many leads at once: one transaction for the articles, one for the
    rejections, which is what lets a crawl store hundreds of articles a second. Articles are
    saved in the given order, so a later one merges into an earlier duplicate as it would alone.
    With `memory`, each article is first cleaned of its source's learned boilerplate.
    """
    if memory is not None:
        pairs = [(lead, memory.prepare(lead, outcome)) for lead, outcome in pairs]
    rejected = [(lead.channel_id, lead.url, str(o.reason), o.detail) for lead, o in pairs if isinstance(o, Rejected)]
    if rejected:
        store.record_rejections(rejected)
    saved = iter(store.save_articles(
        [(o, lead.url, lead.channel_id) for lead, o in pairs if not isinstance(o, Rejected)]
    ))
    if memory is not None:
        memory.reclean_stored()
    return [None if isinstance(o, Rejected) else next(saved)[0] for _lead, o in pairs]


def _article_from_lead(lead: Lead, error: str) -> Article:
    """Keep a usable item when the page itself could not be had: the feed's own words and link."""
    return Article(
        url=lead.url,
        canonical_url=canonical_url(lead.url),
        title=lead.title or lead.url,
        text=lead.summary,
        byline=lead.author,
        published=lead.published,
        image=lead.image,
        description=lead.summary,
        source_name=lead.source_name,
        error=error,
    )
