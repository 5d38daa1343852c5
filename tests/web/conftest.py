"""A real store in a temporary SQLite file, and a client for the site built around it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsloom.config import Settings
from newsloom.store import Store
from newsloom.web import create_app
from sitekit import Newsroom


@pytest.fixture
def store(tmp_path) -> Store:
    store = Store(f"sqlite:///{tmp_path}/t.db")
    store.upgrade()
    return store


@pytest.fixture
def newsroom(store) -> Newsroom:
    return Newsroom(store)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path, page_size=3)


@pytest.fixture
def client(settings, store) -> TestClient:
    with TestClient(create_app(settings, store)) as client:
        yield client
