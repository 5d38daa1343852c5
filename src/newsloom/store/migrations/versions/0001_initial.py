"""Initial schema: sources, channels, articles with their URLs and channels, rejections, search.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_UTC = sa.DateTime(timezone=True)

# Title words weigh more than body words in ranking; the body is cut at 200,000 characters
# because a tsvector cannot exceed 1 MB and a huge page must not make its article unsavable.
_PG_SEARCH_VECTOR = (
    "setweight(to_tsvector('simple', coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('simple', left(coalesce(text, ''), 200000)), 'B')"
)

_SQLITE_FTS = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5("
    "title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
]


def upgrade() -> None:
    _create_sources()
    _create_articles()
    _create_links()
    _create_search()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("articles_fts_insert", "articles_fts_delete", "articles_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    for table in ("rejections", "article_channels", "article_urls", "articles", "channels", "sources"):
        op.drop_table(table)


def _create_sources() -> None:
    """Publishers and the feeds polled for them, with each feed's polling state and health."""
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("homepage", sa.Text, nullable=False, server_default=""),
        sa.Column("language", sa.Text),
        sa.Column("region", sa.Text),
        sa.Column("policy", sa.String(16), nullable=False, server_default="excerpt"),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
        sa.UniqueConstraint("name", name="uq_sources_name"),
    )
    op.create_table(
        "channels",
        sa.Column("id", sa.Integer),
        sa.Column("source_id", sa.Integer, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False, server_default="feed"),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("body_hash", sa.Text),
        sa.Column("interval_s", sa.Float, nullable=False, server_default="1800"),
        sa.Column("next_poll_at", _UTC),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("paused", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("last_fetch_at", _UTC),
        sa.Column("last_success_at", _UTC),
        sa.Column("last_status", sa.String(16)),
        sa.Column("last_error", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_channels"),
        sa.UniqueConstraint("url", name="uq_channels_url"),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name="fk_channels_source_id_sources", ondelete="CASCADE"),
    )
    op.create_index("ix_channels_source_id", "channels", ["source_id"])
    op.create_index("ix_channels_next_poll_at", "channels", ["next_poll_at"])


def _create_articles() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer),
        sa.Column("source_id", sa.Integer, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("canonical_url", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("html", sa.Text, nullable=False, server_default=""),
        sa.Column("byline", sa.Text, nullable=False, server_default=""),
        sa.Column("published", _UTC),
        sa.Column("updated", _UTC),
        sa.Column("language", sa.String(16)),
        sa.Column("image", sa.Text),
        sa.Column("site_name", sa.Text, nullable=False, server_default=""),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("content_hash", sa.String(128), nullable=False, server_default=""),
        sa.Column("error", sa.Text),
        sa.Column("first_seen", _UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
        sa.UniqueConstraint("canonical_url", name="uq_articles_canonical_url"),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name="fk_articles_source_id_sources", ondelete="CASCADE"),
    )
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
    op.create_index("ix_articles_recency", "articles", [sa.text("coalesce(published, first_seen)")])
    op.create_index("ix_articles_source_id_first_seen", "articles", ["source_id", "first_seen"])


def _create_links() -> None:
    """Every URL and channel that led to an article, and the leads that led nowhere."""
    op.create_table(
        "article_urls",
        sa.Column("url", sa.Text),
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("url", name="pk_article_urls"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_article_urls_article_id_articles", ondelete="CASCADE"),
    )
    op.create_index("ix_article_urls_article_id", "article_urls", ["article_id"])
    op.create_table(
        "article_channels",
        sa.Column("article_id", sa.Integer),
        sa.Column("channel_id", sa.Integer),
        sa.Column("first_seen", _UTC, nullable=False),
        sa.PrimaryKeyConstraint("article_id", "channel_id", name="pk_article_channels"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_article_channels_article_id_articles", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["channel_id"], ["channels.id"], name="fk_article_channels_channel_id_channels", ondelete="CASCADE"),
    )
    op.create_index("ix_article_channels_first_seen", "article_channels", ["first_seen"])
    op.create_index("ix_article_channels_channel_id_first_seen", "article_channels", ["channel_id", "first_seen"])
    op.create_table(
        "rejections",
        sa.Column("id", sa.Integer),
        sa.Column("channel_id", sa.Integer),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("reason", sa.String(64), nullable=False),
        sa.Column("detail", sa.Text, nullable=False, server_default=""),
        sa.Column("at", _UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_rejections"),
        sa.ForeignKeyConstraint(["channel_id"], ["channels.id"], name="fk_rejections_channel_id_channels", ondelete="CASCADE"),
    )
    op.create_index("ix_rejections_channel_id_at", "rejections", ["channel_id", "at"])


def _create_search() -> None:
    """FTS5 kept in step by triggers on SQLite; a stored, GIN-indexed tsvector on PostgreSQL."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _SQLITE_FTS:
            op.execute(statement)
    elif dialect == "postgresql":
        op.add_column(
            "articles",
            sa.Column("search_vector", postgresql.TSVECTOR, sa.Computed(_PG_SEARCH_VECTOR, persisted=True)),
        )
        op.create_index("ix_articles_search_vector", "articles", ["search_vector"], postgresql_using="gin")
