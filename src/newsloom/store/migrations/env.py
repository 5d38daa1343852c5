"""Alembic environment for Newsloom's store.

`Store.upgrade()` passes its own connection in `config.attributes["connection"]`, so the
migrations run with the same pragmas and search path as the rest of the store. Running the
`alembic` command by hand also works: set `sqlalchemy.url` in the config it is given.
"""

from alembic import context

from newsloom.store.engine import make_engine
from newsloom.store.schema import metadata


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(context.config.get_main_option("sqlalchemy.url"))
    try:
        with engine.begin() as connection:
            _run(connection)
    finally:
        engine.dispose()


def _run(connection) -> None:
    # SQLite cannot ALTER most things in place; batch mode rebuilds tables in later revisions.
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Newsloom's migrations run online only: use `newsloom init` or Store.upgrade().")
run_migrations()
