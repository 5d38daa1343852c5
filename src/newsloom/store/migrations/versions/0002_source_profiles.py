"""Per-source profiles: learned boilerplate and rolling extraction statistics.

Revision ID: 0002
Revises: 0001
Create Date: 2025-02-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "source_profiles",
        sa.Column("source_id", sa.Integer),
        sa.Column("boilerplate", sa.Text),
        sa.Column("pages", sa.Integer, nullable=False, server_default="0"),
        sa.Column("chars_usual", sa.Float),
        sa.Column("chars_recent", sa.Float),
        sa.Column("success_usual", sa.Float),
        sa.Column("success_recent", sa.Float),
        sa.Column("updated_at", sa.DateTime(timezone=True)),
        sa.PrimaryKeyConstraint("source_id", name="pk_source_profiles"),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name="fk_source_profiles_source_id_sources",
                                ondelete="CASCADE"),
    )


def downgrade() -> None:
    op.drop_table("source_profiles")
