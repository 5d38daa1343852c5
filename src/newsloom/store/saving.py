"""Saving articles exactly once, however many feeds and URLs lead to them.

An article is one row whatever the number of ways to reach it: every URL that led to it is
an alias in `article_urls`, every channel that found it a row in `article_channels`. Matching
goes canonical URL, then any alias, then content hash, so a story syndicated under two URLs
or reached through two feeds is stored once.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from urllib.parse import urlsplit

import sqlalchemy as sa

from newsloom.model import Article, Source
from newsloom.store.schema import article_channels, article_urls, articles, channels
from newsloom.store.sources import add_source
from newsloom.store.upserts import insert_missing

_IN_CHUNK = 500

# Built once: saving runs hundreds of times a second and these never change.
_MATCH = sa.select(articles.c.id, articles.c.error)
_BY_CANONICAL = _MATCH.where(articles.c.canonical_url == sa.bindparam("canonical"))
_BY_ALIAS = _MATCH.where(
    articles.c.id.in_(
        sa.select(article_urls.c.article_id).where(article_urls.c.url.in_(sa.bindparam("aliases", expanding=True)))
    )
).order_by(articles.c.id)
_BY_HASH = _MATCH.where(articles.c.content_hash == sa.bindparam("content_hash")).order_by(articles.c.id)
_CHANNEL_SOURCE = sa.select(channels.c.source_id).where(channels.c.id == sa.bindparam("channel_id"))
_INSERT = sa.insert(articles).returning(articles.c.id)


def known_urls(conn: sa.Connection, urls: Iterable[str]) -> set[str]:
    """The subset of `urls` that already lead to a stored article."""
    wanted = sorted({url for url in urls if url})
    found: set[str] = set()
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
        found.update(conn.execute(sa.select(article_urls.c.url).where(article_urls.c.url.in_(chunk))).scalars())
    return found


def save_articles(
    conn: sa.Connection, items: Iterable[tuple[Article, str | None, int | None]]
) -> list[tuple[int, bool]]:
    """Store or merge each (article, lead URL, channel id) in turn; (article id, created) for each.

    One transaction for many articles is what makes a crawl's writes cheap: the matching is
    the same as one `save_article` after another, so an item may merge into one saved
    earlier in the same batch. Runs inside the caller's write transaction (see `save_article`).
    """
    sources: dict[int | None, int | None] = {None: None}
    results = []
    for article, lead_url, channel_id in items:
        if channel_id not in sources:
            sources[channel_id] = _channel_source(conn, channel_id)
        results.append(_save(conn, article, lead_url, channel_id, sources[channel_id]))
    return results


def save_article(conn: sa.Connection, article: Article, lead_url: str | None, channel_id: int | None) -> tuple[int, bool]:
    """Store `article` or merge it into the stored one it duplicates; (article id, created).

    Runs inside the caller's write transaction; a concurrent insert of the same article
    surfaces as an IntegrityError, and the caller retries, which then finds the winner's row.
    """
    return save_articles(conn, [(article, lead_url, channel_id)])[0]


def _save(
    conn: sa.Connection, article: Article, lead_url: str | None, channel_id: int | None, channel_source: int | None
) -> tuple[int, bool]:
    now = datetime.now(UTC)
    canonical = article.canonical_url or article.url
    aliases = list(dict.fromkeys(url for url in (canonical, article.url, lead_url) if url))
    match = _find(conn, canonical, aliases, article.content_hash)
    if match is None:
        values = _article_values(article, canonical)
        values["source_id"] = channel_source if channel_source is not None else _named_source(conn, article)
        values["first_seen"] = now
        article_id = conn.execute(_INSERT, values).scalar_one()
        created = True
    else:
        article_id, created = match.id, False
        if match.error is not None and article.error is None and article.text:
            _upgrade(conn, article_id, article, canonical)
    insert_missing(conn, article_urls, [{"url": url, "article_id": article_id} for url in aliases], ["url"])
    if channel_source is not None:
        insert_missing(
            conn,
            article_channels,
            [{"article_id": article_id, "channel_id": channel_id, "first_seen": now}],
            ["article_id", "channel_id"],
        )
    return article_id, created


def _find(conn: sa.Connection, canonical: str, aliases: list[str], content_hash: str) -> sa.Row | None:
    row = conn.execute(_BY_CANONICAL, {"canonical": canonical}).first()
    if row is None:
        row = conn.execute(_BY_ALIAS, {"aliases": aliases}).first()
    if row is None and content_hash:
        row = conn.execute(_BY_HASH, {"content_hash": content_hash}).first()
    return row


def _upgrade(conn: sa.Connection, article_id: int, article: Article, canonical: str) -> None:
    """Replace a lead-only row with the extracted article, keeping its id, source and first_seen,
    and whatever the lead knew (a date, an image) that the page did not say.

    The new canonical URL cannot belong to another row: that row would have matched first.
    """
    values = {name: value for name, value in _article_values(article, canonical).items() if value not in (None, "")}
    values["error"] = None
    conn.execute(sa.update(articles).where(articles.c.id == article_id).values(**values))


def _article_values(article: Article, canonical: str) -> dict:
    return {
        "url": article.url,
        "canonical_url": canonical,
        "title": article.title,
        "text": article.text,
        "html": article.html,
        "byline": article.byline,
        "published": article.published,
        "updated": article.updated,
        "language": article.language,
        "image": article.image,
        "site_name": article.site_name,
        "description": article.description,
        "content_hash": article.content_hash,
        "error": article.error,
    }


def _channel_source(conn: sa.Connection, channel_id: int | None) -> int | None:
    """The source of the channel that led here; None without a (still existing) channel."""
    if channel_id is None:
        return None
    return conn.execute(_CHANNEL_SOURCE, {"channel_id": channel_id}).scalar()


def _named_source(conn: sa.Connection, article: Article) -> int:
    """A source for an article no channel found (say, a URL added by hand), named for the article."""
    parts = urlsplit(article.url)
    name = article.source_name or article.site_name or parts.hostname or article.url
    homepage = f"{parts.scheme}://{parts.netloc}/" if parts.netloc else ""
    return add_source(conn, Source(name=name, homepage=homepage), []).id
