"""The one door to the database: every other part of Newsloom reads and writes through `Store`.

Each method is one short transaction on its own connection, so a Store can be shared by the
crawler's threads and the web site's request handlers alike. Write methods take the write
lock up front on SQLite, which WAL lets readers ignore.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa

from newsloom.model import Article, Channel, Poll, Source
from newsloom.store import checks, health, migrate, polling, profiles, reading, saving, search, sources
from newsloom.store.engine import make_engine, writing
from newsloom.store.profiles import ExtractionStats
from newsloom.store.views import ArticleView, SearchHit, SourceHealth

if TYPE_CHECKING:
    from newsloom.extract.boilerplate import BoilerplateProfile

_SAVE_ATTEMPTS = 3


class Store:
    """Newsloom's database, SQLite or PostgreSQL, behind plain model types and views."""

    def __init__(self, url: str):
        self.url = url
        self._engine = make_engine(url)

    def upgrade(self) -> None:
        """Create or migrate the schema to the current version; harmless when up to date."""
        migrate.upgrade(self._engine)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # sources and channels

    def add_source(self, source: Source, channels: list[Channel]) -> Source:
        with writing(self._engine) as conn:
            return sources.add_source(conn, source, channels)

    def sources(self) -> list[SourceHealth]:
        with self._engine.connect() as conn:
            return health.source_health(conn)

    def source(self, source_id: int) -> SourceHealth | None:
        with self._engine.connect() as conn:
            found = health.source_health(conn, source_id)
        return found[0] if found else None

    def export_sources(self) -> list[tuple[Source, list[Channel]]]:
        with self._engine.connect() as conn:
            return sources.export_sources(conn)

    def due_channels(self, now: datetime, limit: int | None = None) -> list[Channel]:
        with self._engine.connect() as conn:
            return polling.due_channels(conn, now, limit)

    def record_poll(self, channel_id: int, poll: Poll, interval_s: float, next_poll_at: datetime, failures: int) -> None:
        with writing(self._engine) as conn:
            polling.record_poll(conn, channel_id, poll, interval_s, next_poll_at, failures)

    def record_rejection(self, channel_id: int | None, url: str, reason: str, detail: str) -> None:
        self.record_rejections([(channel_id, url, reason, detail)])

    def record_rejections(self, items: list[tuple[int | None, str, str, str]]) -> None:
        """`record_rejection` for many (channel id, url, reason, detail) in one transaction."""
        if items:
            with writing(self._engine) as conn:
                polling.record_rejections(conn, items)

    def publish_times(self, channel_id: int, limit: int = 50) -> list[datetime]:
        with self._engine.connect() as conn:
            return polling.publish_times(conn, channel_id, limit)

    # articles

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        with self._engine.connect() as conn:
            return saving.known_urls(conn, urls)

    def save_article(self, article: Article, lead_url: str | None, channel_id: int | None) -> tuple[int, bool]:
        """Store or merge `article`; (article id, created). Safe to call twice, or from two
        workers at once: the loser of an insert race retries and merges into the winner."""
        return self.save_articles([(article, lead_url, channel_id)])[0]

    def save_articles(self, items: list[tuple[Article, str | None, int | None]]) -> list[tuple[int, bool]]:
        """`save_article` for many (article, lead URL, channel id) in one transaction, in order;
        (article id, created) for each. A crawl's writes cost a fraction of one at a time."""
        if not items:
            return []
        attempts_left = _SAVE_ATTEMPTS
        while True:
            try:
                with writing(self._engine) as conn:
                    return saving.save_articles(conn, items)
            except sa.exc.IntegrityError:
                attempts_left -= 1
                if not attempts_left:
                    raise

    def latest_articles(self, limit: int = 30, offset: int = 0, source_id: int | None = None) -> list[ArticleView]:
        with self._engine.connect() as conn:
            return reading.latest_articles(conn, limit, offset, source_id)

    def article(self, article_id: int) -> ArticleView | None:
        with self._engine.connect() as conn:
            return reading.article(conn, article_id)

    def count_articles(self) -> int:
        with self._engine.connect() as conn:
            return reading.count_articles(conn)

    def search(self, query: str, limit: int = 30, offset: int = 0) -> list[SearchHit]:
        with self._engine.connect() as conn:
            return search.search(conn, query, limit, offset)

    # what Newsloom learns about each source's pages

    def channel_source(self, channel_id: int) -> int | None:
        """The source a channel belongs to; None when the channel is gone."""
        with self._engine.connect() as conn:
            return profiles.channel_source(conn, channel_id)

    def boilerplate(self, source_id: int) -> BoilerplateProfile | None:
        """The boilerplate profile learned for a source, None before its first page."""
        with self._engine.connect() as conn:
            stored = profiles.load_boilerplate(conn, source_id)
        if not stored:
            return None
        # imported here: only the crawler reads profiles, and the web site need not load extraction
        from newsloom.extract.boilerplate import BoilerplateProfile

        return BoilerplateProfile.from_json(stored)

    def save_boilerplate(self, source_id: int, profile: BoilerplateProfile) -> None:
        with writing(self._engine) as conn:
            profiles.save_boilerplate(conn, source_id, profile.to_json())

    def extraction_stats(self, source_id: int) -> ExtractionStats | None:
        with self._engine.connect() as conn:
            return profiles.load_stats(conn, source_id)

    def save_extraction_stats(self, source_id: int, stats: ExtractionStats) -> None:
        with writing(self._engine) as conn:
            profiles.save_stats(conn, source_id, stats)

    def latest_bodies(self, source_id: int, limit: int = 50) -> list[Article]:
        """A source's latest extracted articles, newest first, with their id, title, text and HTML
        only: what re-cleaning them needs."""
        with self._engine.connect() as conn:
            return profiles.latest_bodies(conn, source_id, limit)

    def replace_bodies(self, bodies: list[tuple[int, str, str, str]]) -> None:
        """Rewrite stored articles' (id, text, html, content hash), in one transaction."""
        if bodies:
            with writing(self._engine) as conn:
                profiles.replace_bodies(conn, bodies)

    def integrity_check(self) -> list[str]:
        return checks.integrity_check(self._engine)
