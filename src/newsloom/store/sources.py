"""Sources and their channels: adding them once, and reading them back as model types."""

from __future__ import annotations

import sqlalchemy as sa

from newsloom.model import Channel, Policy, Source
from newsloom.store.schema import channels, sources
from newsloom.store.upserts import insert_missing


def add_source(conn: sa.Connection, source: Source, new_channels: list[Channel]) -> Source:
    """Store `source` and its channels unless already there; return the stored source.

    A source is known by its name and a channel by its URL; what is stored already wins, so
    re-running `newsloom init` or re-importing a list never undoes an edit or a pause.
    """
    insert_missing(
        conn,
        sources,
        [
            {
                "name": source.name,
                "homepage": source.homepage,
                "language": source.language,
                "region": source.region,
                "policy": Policy(source.policy).value,
            }
        ],
        ["name"],
    )
    stored = conn.execute(sa.select(sources).where(sources.c.name == source.name)).one()
    insert_missing(conn, channels, [_new_channel_row(c, stored.id) for c in new_channels], ["url"])
    return source_from_row(stored)


def export_sources(conn: sa.Connection) -> list[tuple[Source, list[Channel]]]:
    """Every source with its channels, by name, in the form `add_source` takes back."""
    by_source: dict[int, list[Channel]] = {}
    for row in conn.execute(sa.select(channels).order_by(channels.c.id)):
        by_source.setdefault(row.source_id, []).append(channel_from_row(row))
    rows = conn.execute(sa.select(sources).order_by(sources.c.name))
    return [(source_from_row(row), by_source.get(row.id, [])) for row in rows]


def source_from_row(row: sa.Row) -> Source:
    return Source(
        name=row.name,
        homepage=row.homepage,
        language=row.language,
        region=row.region,
        policy=Policy(row.policy),
        id=row.id,
    )


def channel_from_row(row: sa.Row) -> Channel:
    return Channel(
        url=row.url,
        kind=row.kind,
        title=row.title,
        source_id=row.source_id,
        etag=row.etag,
        last_modified=row.last_modified,
        body_hash=row.body_hash,
        interval_s=row.interval_s,
        next_poll_at=row.next_poll_at,
        failures=row.failures,
        paused=row.paused,
        id=row.id,
    )


def _new_channel_row(channel: Channel, source_id: int) -> dict:
    # A new channel is due at once (next_poll_at NULL) and starts with a clean failure count.
    return {
        "source_id": source_id,
        "url": channel.url,
        "kind": channel.kind,
        "title": channel.title,
        "etag": channel.etag,
        "last_modified": channel.last_modified,
        "body_hash": channel.body_hash,
        "interval_s": channel.interval_s,
        "next_poll_at": None,
        "failures": 0,
        "paused": channel.paused,
    }
