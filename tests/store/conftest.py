"""Store fixtures. `database_url` (tests/conftest.py) gives each test a fresh SQLite file and,
when a server answers on 127.0.0.1:5432, a fresh PostgreSQL schema: every test runs on both."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsloom.model import Channel, Source
from newsloom.store import Store


@pytest.fixture
def store(database_url):
    store = Store(database_url)
    store.upgrade()
    yield store
    store.close()


@pytest.fixture
def feeds(store) -> tuple[int, int]:
    """Two publishers with one feed each; the two channel ids (Reuters', Wire's)."""
    store.add_source(Source("Reuters", "https://reuters.example/"), [Channel("https://reuters.example/rss")])
    store.add_source(Source("Wire", "https://wire.example/"), [Channel("https://wire.example/feed")])
    by_url = {c.url: c.id for c in store.due_channels(datetime.now(UTC))}
    return by_url["https://reuters.example/rss"], by_url["https://wire.example/feed"]
