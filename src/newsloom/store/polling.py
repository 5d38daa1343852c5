"""Polling state: which channels are due, what each poll found, and what was turned away."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from newsloom.model import Channel, Poll
from newsloom.store.schema import UTCDateTime, article_channels, articles, channels, rejections
from newsloom.store.sources import channel_from_row

REJECTIONS_KEPT = 100
"""Rejections kept per channel: enough to diagnose a source, bounded so a broken one cannot fill the disk."""


def due_channels(conn: sa.Connection, now: datetime, limit: int | None = None) -> list[Channel]:
    """Unpaused channels whose next poll is due, never-polled ones first, then soonest."""
    query = (
        sa.select(channels)
        .where(~channels.c.paused)
        .where(sa.or_(channels.c.next_poll_at.is_(None), channels.c.next_poll_at <= now))
        .order_by(channels.c.next_poll_at.asc().nulls_first(), channels.c.id)
        .limit(limit)
    )
    return [channel_from_row(row) for row in conn.execute(query)]


def record_poll(
    conn: sa.Connection, channel_id: int, poll: Poll, interval_s: float, next_poll_at: datetime, failures: int
) -> None:
    """Remember a poll's outcome: the validators for the next conditional request, and health."""
    values: dict = {
        "last_fetch_at": poll.fetched_at,
        "last_status": _status(poll),
        "last_error": str(poll.error) if poll.error is not None else None,
        "failures": failures,
        "interval_s": interval_s,
        "next_poll_at": next_poll_at,
    }
    if poll.error is None:
        values["last_success_at"] = poll.fetched_at
    for name in ("etag", "last_modified", "body_hash"):
        if getattr(poll, name) is not None:
            values[name] = getattr(poll, name)
    if poll.feed_title:
        values["title"] = poll.feed_title
    conn.execute(sa.update(channels).where(channels.c.id == channel_id).values(**values))


def record_rejections(conn: sa.Connection, items: list[tuple[int | None, str, str, str]]) -> None:
    """Note leads or pages that did not become articles, as (channel id, url, reason, detail),
    keeping only the newest per channel."""
    now = datetime.now(UTC)
    rows = [{"channel_id": channel_id, "url": url, "reason": str(reason), "detail": detail, "at": now}
            for channel_id, url, reason, detail in items]
    conn.execute(sa.insert(rejections), rows)
    for channel_id in dict.fromkeys(row["channel_id"] for row in rows):
        same_channel = (
            rejections.c.channel_id.is_(None) if channel_id is None else rejections.c.channel_id == channel_id
        )
        keep = (
            sa.select(rejections.c.id)
            .where(same_channel)
            .order_by(rejections.c.at.desc(), rejections.c.id.desc())
            .limit(REJECTIONS_KEPT)
        )
        conn.execute(sa.delete(rejections).where(same_channel).where(rejections.c.id.not_in(keep)))


def publish_times(conn: sa.Connection, channel_id: int, limit: int = 50) -> list[datetime]:
    """When the latest articles found through this channel were published (newest first).

    An article without a date counts as published when the channel first led to it, so a
    feed that never dates its items still shows its rhythm.
    """
    when = sa.func.coalesce(articles.c.published, article_channels.c.first_seen, type_=UTCDateTime)
    query = (
        sa.select(when)
        .select_from(article_channels.join(articles, articles.c.id == article_channels.c.article_id))
        .where(article_channels.c.channel_id == channel_id)
        .order_by(when.desc())
        .limit(limit)
    )
    return list(conn.execute(query).scalars())


def _status(poll: Poll) -> str:
    if poll.error is not None:
        return "error"
    return "not_modified" if poll.not_modified else "ok"
