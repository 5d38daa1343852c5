"""The tables Newsloom keeps, as SQLAlchemy Core metadata.

The queries are written against these objects; the Alembic revisions in `migrations/` create
the same tables (a test compares the two, so they cannot drift apart silently). Full-text
search lives outside this metadata because it differs by database: an FTS5 table on SQLite,
a generated `tsvector` column on PostgreSQL (see the initial revision and `search.py`).
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class UTCDateTime(TypeDecorator):
    """A timestamp that is always timezone-aware UTC in Python.

    SQLite has no time zones, so values are stored as naive UTC and the zone is put back on
    the way out; PostgreSQL stores `timestamptz` and hands back the session's zone, which is
    converted. Naive values coming in are taken to be UTC already.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False, unique=True),
    sa.Column("homepage", sa.Text, nullable=False, server_default=""),
    sa.Column("language", sa.Text),
    sa.Column("region", sa.Text),
    sa.Column("policy", sa.String(16), nullable=False, server_default="excerpt"),
)

channels = sa.Table(
    "channels",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("url", sa.Text, nullable=False, unique=True),
    sa.Column("kind", sa.String(32), nullable=False, server_default="feed"),
    sa.Column("title", sa.Text, nullable=False, server_default=""),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("body_hash", sa.Text),
    sa.Column("interval_s", sa.Float, nullable=False, server_default="1800"),
    sa.Column("next_poll_at", UTCDateTime, index=True),
    sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
    sa.Column("paused", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("last_fetch_at", UTCDateTime),
    sa.Column("last_success_at", UTCDateTime),
    sa.Column("last_status", sa.String(16)),
    sa.Column("last_error", sa.Text),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("canonical_url", sa.Text, nullable=False, unique=True),
    sa.Column("title", sa.Text, nullable=False, server_default=""),
    sa.Column("text", sa.Text, nullable=False, server_default=""),
    sa.Column("html", sa.Text, nullable=False, server_default=""),
    sa.Column("byline", sa.Text, nullable=False, server_default=""),
    sa.Column("published", UTCDateTime),
    sa.Column("updated", UTCDateTime),
    sa.Column("language", sa.String(16)),
    sa.Column("image", sa.Text),
    sa.Column("site_name", sa.Text, nullable=False, server_default=""),
    sa.Column("description", sa.Text, nullable=False, server_default=""),
    sa.Column("content_hash", sa.String(128), nullable=False, server_default="", index=True),
    sa.Column("error", sa.Text),
    sa.Column("first_seen", UTCDateTime, nullable=False),
)
# Newest-first listings sort on this expression; the index lets them stop after one page.
recency = sa.func.coalesce(articles.c.published, articles.c.first_seen, type_=UTCDateTime)
sa.Index("ix_articles_recency", recency)
# Per-source counts and "last article" read only this index.
sa.Index("ix_articles_source_id_first_seen", articles.c.source_id, articles.c.first_seen)

article_urls = sa.Table(
    "article_urls",
    metadata,
    sa.Column("url", sa.Text, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
)

article_channels = sa.Table(
    "article_channels",
    metadata,
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("channel_id", sa.Integer, sa.ForeignKey("channels.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("first_seen", UTCDateTime, nullable=False, index=True),
)
sa.Index("ix_article_channels_channel_id_first_seen", article_channels.c.channel_id, article_channels.c.first_seen)

rejections = sa.Table(
    "rejections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("channel_id", sa.Integer, sa.ForeignKey("channels.id", ondelete="CASCADE")),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("reason", sa.String(64), nullable=False),
    sa.Column("detail", sa.Text, nullable=False, server_default=""),
    sa.Column("at", UTCDateTime, nullable=False),
)
sa.Index("ix_rejections_channel_id_at", rejections.c.channel_id, rejections.c.at)

source_profiles = sa.Table(
    "source_profiles",
    metadata,
    sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("boilerplate", sa.Text),
    sa.Column("pages", sa.Integer, nullable=False, server_default="0"),
    sa.Column("chars_usual", sa.Float),
    sa.Column("chars_recent", sa.Float),
    sa.Column("success_usual", sa.Float),
    sa.Column("success_recent", sa.Float),
    sa.Column("updated_at", UTCDateTime),
)
"""What Newsloom learned about each source's pages: its boilerplate profile (JSON, a few KB)
and rolling extraction statistics, against which a broken extraction stands out."""
