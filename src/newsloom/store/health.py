"""The sources page's picture of each source: its channels' health and how much it publishes.

Built with a fixed handful of grouped queries however many sources there are, so the page
costs the same with ten sources or a thousand.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from newsloom.model import Policy
from newsloom.store.profiles import stats_from_row
from newsloom.store.schema import (
    UTCDateTime,
    article_channels,
    articles,
    channels,
    rejections,
    source_profiles,
    sources,
)
from newsloom.store.views import ChannelHealth, SourceHealth

RATE_WINDOW = timedelta(days=7)
RECENT_REJECTIONS = 5


def source_health(conn: sa.Connection, source_id: int | None = None) -> list[SourceHealth]:
    """Every source (or just `source_id`) with its channels' health, ordered by name."""
    query = sa.select(sources).order_by(sources.c.name, sources.c.id)
    if source_id is not None:
        query = query.where(sources.c.id == source_id)
    rows = conn.execute(query).all()
    if not rows:
        return []
    only = [source_id] if source_id is not None else None
    channels_of = _channels(conn, only)
    counts = _article_counts(conn, only)
    rates = _recent_finds(conn, only)
    warnings = _extraction_warnings(conn, only)
    return [
        SourceHealth(
            id=row.id,
            name=row.name,
            homepage=row.homepage,
            language=row.language,
            region=row.region,
            policy=Policy(row.policy),
            article_count=counts.get(row.id, (0, None))[0],
            items_per_day=rates.get(row.id, 0) / RATE_WINDOW.days,
            last_article_at=counts.get(row.id, (0, None))[1],
            channels=channels_of.get(row.id, []),
            extraction_warning=warnings.get(row.id),
        )
        for row in rows
    ]


def _channels(conn: sa.Connection, only: list[int] | None) -> dict[int, list[ChannelHealth]]:
    query = sa.select(channels).order_by(channels.c.id)
    if only is not None:
        query = query.where(channels.c.source_id.in_(only))
    rows = conn.execute(query).all()
    recent = _recent_rejections(conn, [row.id for row in rows] if only is not None else None)
    result: dict[int, list[ChannelHealth]] = {}
    for row in rows:
        result.setdefault(row.source_id, []).append(
            ChannelHealth(
                id=row.id,
                url=row.url,
                kind=row.kind,
                title=row.title,
                last_fetch_at=row.last_fetch_at,
                last_success_at=row.last_success_at,
                last_status=row.last_status,
                last_error=row.last_error,
                failures=row.failures,
                interval_s=row.interval_s,
                next_poll_at=row.next_poll_at,
                paused=row.paused,
                recent_rejections=recent.get(row.id, []),
            )
        )
    return result


def _recent_rejections(conn: sa.Connection, channel_ids: list[int] | None) -> dict[int, list[tuple]]:
    position = (
        sa.func.row_number()
        .over(partition_by=rejections.c.channel_id, order_by=(rejections.c.at.desc(), rejections.c.id.desc()))
        .label("position")
    )
    ranked = sa.select(rejections, position).where(rejections.c.channel_id.is_not(None))
    if channel_ids is not None:
        ranked = ranked.where(rejections.c.channel_id.in_(channel_ids))
    ranked = ranked.subquery()
    query = (
        sa.select(ranked.c.channel_id, ranked.c.at, ranked.c.url, ranked.c.reason, ranked.c.detail)
        .where(ranked.c.position <= RECENT_REJECTIONS)
        .order_by(ranked.c.channel_id, ranked.c.position)
    )
    result: dict[int, list[tuple]] = {}
    for row in conn.execute(query):
        result.setdefault(row.channel_id, []).append((row.at, row.url, row.reason, row.detail))
    return result


def _article_counts(conn: sa.Connection, only: list[int] | None) -> dict[int, tuple[int, datetime | None]]:
    last = sa.func.max(articles.c.first_seen, type_=UTCDateTime)
    query = sa.select(articles.c.source_id, sa.func.count(), last).group_by(articles.c.source_id)
    if only is not None:
        query = query.where(articles.c.source_id.in_(only))
    return {source_id: (count, at) for source_id, count, at in conn.execute(query)}


def _recent_finds(conn: sa.Connection, only: list[int] | None) -> dict[int, int]:
    """Articles each source's channels led to over the rate window (each article once)."""
    since = datetime.now(UTC) - RATE_WINDOW
    query = (
        sa.select(channels.c.source_id, sa.func.count(sa.distinct(article_channels.c.article_id)))
        .select_from(article_channels.join(channels, channels.c.id == article_channels.c.channel_id))
        .where(article_channels.c.first_seen >= since)
        .group_by(channels.c.source_id)
    )
    if only is not None:
        query = query.where(channels.c.source_id.in_(only))
    return dict(conn.execute(query).all())



def _extraction_warnings(conn: sa.Connection, only: list[int] | None) -> dict[int, str]:
    """Sources whose recent pages extract far worse than their usual ones, and how."""
    stats = source_profiles.c
    query = sa.select(stats.source_id, stats.pages, stats.chars_usual, stats.chars_recent, stats.success_usual,
                      stats.success_recent)
    if only is not None:
        query = query.where(stats.source_id.in_(only))
    found = {}
    for row in conn.execute(query):
        warning = stats_from_row(row).warning()
        if warning:
            found[row.source_id] = warning
    return found
