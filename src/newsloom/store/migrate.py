"""Bringing a database's schema up to date with Alembic, without an alembic.ini.

The migration scripts ship inside the package, so `newsloom init` (and every start) can
upgrade any database the settings point at, with the store's own engine and pragmas.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from newsloom.store.engine import writing

MIGRATIONS = Path(__file__).with_name("migrations")
# Any constant works; it only has to be the same for every Newsloom process.
_PG_UPGRADE_LOCK = 0x6E65_7773


def upgrade(engine: sa.Engine) -> None:
    """Apply every migration not yet applied; a no-op on an up-to-date database.

    The whole upgrade is one transaction that holds the write lock (SQLite) or an advisory
    lock (PostgreSQL), so two processes starting at once do not both create the tables.
    """
    config = _config()
    with writing(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_UPGRADE_LOCK})
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def pending(conn: sa.Connection) -> bool:
    """Whether the database is behind the migrations this package ships."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    return MigrationContext.configure(conn).get_current_revision() != head


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config
