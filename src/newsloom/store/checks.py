"""Looking for damage: what `newsloom check` reports before anyone trusts the data."""

from __future__ import annotations

import sqlalchemy as sa

from newsloom.store.engine import writing
from newsloom.store.migrate import pending
from newsloom.store.schema import article_urls, articles


def integrity_check(engine: sa.Engine) -> list[str]:
    """Problems found, one sentence each; [] when the database is sound.

    The checks read in one transaction; FTS5's own check is an INSERT, so it takes the write
    lock separately, and only for as long as it runs.
    """
    with engine.connect() as conn:
        problems = _checks(conn)
    if not problems and engine.dialect.name == "sqlite":
        problems += _sqlite_search_check(engine)
    return problems


def _checks(conn: sa.Connection) -> list[str]:
    problems: list[str] = []
    if pending(conn):
        problems.append("the schema is not up to date: run `newsloom init` (or Store.upgrade())")
        return problems
    if conn.dialect.name == "sqlite":
        problems += _sqlite_checks(conn)
    unreachable = conn.execute(
        sa.select(sa.func.count())
        .select_from(articles)
        .where(~sa.exists().where(article_urls.c.article_id == articles.c.id))
    ).scalar_one()
    if unreachable:
        problems.append(f"{unreachable} article(s) have no stored URL, so duplicates of them cannot be found")
    return problems


def _sqlite_checks(conn: sa.Connection) -> list[str]:
    problems = [
        f"integrity_check: {message}"
        for (message,) in conn.exec_driver_sql("PRAGMA integrity_check")
        if message != "ok"
    ]
    for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid} refers to a missing {parent} row")
    return problems


def _sqlite_search_check(engine: sa.Engine) -> list[str]:
    try:
        with writing(engine) as conn:
            conn.exec_driver_sql("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
    except sa.exc.DatabaseError as exc:
        return [f"the search index does not match the articles: {exc.orig}"]
    return []
