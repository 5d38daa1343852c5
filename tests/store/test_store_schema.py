"""Creating and checking the database: what `newsloom init` and `newsloom check` rely on."""

from __future__ import annotations

import sqlite3
import time

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from newsloom.model import Article, Channel, Source
from newsloom.store import Store
from newsloom.store.engine import make_engine
from newsloom.store.schema import metadata


def test_upgrading_an_up_to_date_database_changes_nothing(store):
    store.add_source(Source("Reuters"), [Channel("https://reuters.example/rss")])

    store.upgrade()
    store.upgrade()

    assert [s.name for s in store.sources()] == ["Reuters"]
    assert store.integrity_check() == []


# SQLite cannot reflect the expression index behind newest-first listings; the rest is compared.
@pytest.mark.filterwarnings("ignore:.*expression-based index:UserWarning", "ignore:.*expression-based index")
def test_the_migrations_create_the_tables_the_queries_expect(store, database_url):
    """A model change without a migration would pass on new databases and break old ones."""
    engine = make_engine(database_url)

    def ours(obj, name, type_, reflected, compare_to):
        # Search structures are created by the migration only and are not in the metadata.
        search = {"search_vector", "ix_articles_search_vector", "alembic_version"}
        return not (name or "").startswith("articles_fts") and name not in search

    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": ours, "compare_type": True})
            assert compare_metadata(context, metadata) == []
    finally:
        engine.dispose()


def test_a_database_never_upgraded_is_reported_not_crashed_on(database_url):
    store = Store(database_url)
    try:
        problems = store.integrity_check()
    finally:
        store.close()
    assert problems and "not up to date" in problems[0]


def test_integrity_check_reports_a_dangling_reference(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'n.db'}")
    store.upgrade()
    store.save_article(Article(url="https://a.example/1", canonical_url="https://a.example/1", title="One"), None, None)
    store.close()
    raw = sqlite3.connect(tmp_path / "n.db")
    raw.execute("INSERT INTO article_urls (url, article_id) VALUES ('https://a.example/ghost', 999)")
    raw.commit()
    raw.close()

    store = Store(f"sqlite:///{tmp_path / 'n.db'}")
    problems = store.integrity_check()
    store.close()

    assert any("article_urls" in p and "articles" in p for p in problems)


def test_the_site_can_read_while_the_crawler_holds_a_write(tmp_path):
    """SQLite runs in WAL mode: a long write transaction must not stall page views."""
    store = Store(f"sqlite:///{tmp_path / 'n.db'}")
    store.upgrade()
    writer = sqlite3.connect(tmp_path / "n.db", isolation_level=None)
    try:
        assert writer.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO sources (name, homepage, policy) VALUES ('Held', '', 'full')")
        started = time.monotonic()
        assert store.sources() == []
        assert time.monotonic() - started < 5.0  # a blocked read would wait out busy_timeout (10 s)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
        store.close()


def test_a_new_data_directory_is_created_for_the_database(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'new' / 'data' / 'newsloom.db'}")
    store.upgrade()
    store.close()
    assert (tmp_path / "new" / "data" / "newsloom.db").is_file()


def test_integrity_check_reports_a_search_index_out_of_step(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'n.db'}")
    store.upgrade()
    store.save_article(Article(url="https://a.example/1", canonical_url="https://a.example/1", title="One"), None, None)
    store.close()
    raw = sqlite3.connect(tmp_path / "n.db")
    raw.execute("INSERT INTO articles_fts (rowid, title, text) VALUES (1, 'stray', 'words')")
    raw.commit()
    raw.close()

    store = Store(f"sqlite:///{tmp_path / 'n.db'}")
    problems = store.integrity_check()
    store.close()

    assert any("search index" in p for p in problems)
