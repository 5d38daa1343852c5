"""INSERT ... ON CONFLICT DO NOTHING for both databases.

Used wherever two crawler tasks may add the same row at once (a source, a channel, an alias
URL, an article's channel link): the loser's row is simply skipped instead of failing its
transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite


def insert_missing(conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]], keys: Sequence[str]) -> None:
    """Insert `rows`, skipping any whose `keys` are already taken."""
    if not rows:
        return
    conn.execute(_statement(conn.dialect.name, table, tuple(keys)), list(rows))


@cache
def _statement(dialect_name: str, table: sa.Table, keys: tuple[str, ...]) -> sa.Insert:
    """Built once per table: saving articles runs this several times per article."""
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing(index_elements=list(keys))
