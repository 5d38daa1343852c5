"""Where a user's sources come from: the packaged defaults, OPML files, and a URL to discover.

This is orchestration like `pipeline.py` (it fetches and stores), kept apart because it runs
when a user manages sources, not on every article.
"""

from __future__ import annotations

from importlib import resources
from urllib.parse import urljoin, urlsplit

from newsloom.config import Settings
from newsloom.fetch import Fetcher
from newsloom.gather import parse_feed, read_opml
from newsloom.gather.discover import COMMON_FEED_PATHS, feed_links, looks_like_feed
from newsloom.gather.opml import OpmlEntry
from newsloom.model import Channel, FetchError, Source
from newsloom.pipeline import FEED_ACCEPT
from newsloom.store import Store


class SourceError(Exception):
    """A source could not be added; the message is meant for the user."""


def default_sources() -> list[tuple[Source, list[Channel]]]:
    """The world-news feeds Newsloom ships with."""
    text = resources.files("newsloom").joinpath("data/default-sources.opml").read_bytes()
    return from_opml(text)


def from_opml(text: str | bytes) -> list[tuple[Source, list[Channel]]]:
    """Sources from an OPML document; feeds of one outlet (same site, same name) share a source."""
    grouped: dict[str, tuple[Source, list[Channel]]] = {}
    for entry in read_opml(text):
        if not entry.xml_url:
            continue
        name = entry.title or urlsplit(entry.html_url or entry.xml_url).hostname or entry.xml_url
        source, channels = grouped.setdefault(name, (_source(entry, name), []))
        channels.append(Channel(url=entry.xml_url, title=entry.title))
    return list(grouped.values())


def add_all(store: Store, sources: list[tuple[Source, list[Channel]]], settings: Settings) -> int:
    """Add sources idempotently; returns how many channels were offered."""
    for source, channels in sources:
        for channel in channels:
            channel.interval_s = settings.default_poll_interval_s
        store.add_source(source, channels)
    return sum(len(channels) for _, channels in sources)


async def discover(url: str, settings: Settings) -> tuple[Source, list[Channel]]:
    """Find the feeds behind a URL: the URL itself if it is a feed, else the site's advertised
    feeds (`<link rel="alternate">`), else the common feed paths."""
    if urlsplit(url).scheme not in {"http", "https"}:
        raise SourceError(f"not an http(s) URL: {url}")
    async with Fetcher(settings) as fetcher:
        page = await fetcher.get(url, accept=FEED_ACCEPT)
        if isinstance(page, FetchError):
            raise SourceError(f"could not fetch {url}: {page}")
        content_type = page.headers.get("content-type")
        if looks_like_feed(page.body, content_type):
            feed = parse_feed(page.body, page.url, content_type)
            if not feed.error:
                return _feed_source(page.url, feed.title, feed.link), [Channel(url=page.url, title=feed.title)]
        candidates = feed_links(page.text, page.url) or [urljoin(page.url, p) for p in COMMON_FEED_PATHS]
        for candidate in candidates:
            found = await fetcher.get(candidate, accept=FEED_ACCEPT)
            if isinstance(found, FetchError):
                continue
            feed = parse_feed(found.body, found.url, found.headers.get("content-type"))
            if not feed.error:
                return _feed_source(found.url, feed.title, feed.link or page.url), [Channel(url=found.url, title=feed.title)]
    raise SourceError(f"no feed found at {url} (checked its <link rel=\"alternate\"> and common feed paths)")


def _source(entry: OpmlEntry, name: str) -> Source:
    return Source(name=name, homepage=entry.html_url or "", language=entry.language or None,
                  region=entry.category or None)


def _feed_source(feed_url: str, title: str, link: str) -> Source:
    host = urlsplit(link or feed_url).hostname or feed_url
    return Source(name=title.strip() or host, homepage=link or f"{urlsplit(feed_url).scheme}://{host}/")
