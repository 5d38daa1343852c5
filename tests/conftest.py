"""Fixtures shared by the end-to-end tests: databases on both engines, and crawl settings."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from newsloom.config import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"
PG_SERVER = "postgresql+psycopg://{user}@127.0.0.1:5432/test"


def _postgres_url() -> str | None:
    """A reachable PostgreSQL URL, or None (tests then skip with the reason)."""
    try:
        import psycopg
    except ImportError:
        return None
    for user in ("postgres", "root"):
        try:
            with psycopg.connect(f"host=127.0.0.1 port=5432 dbname=test user={user}", connect_timeout=2):
                return PG_SERVER.format(user=user)
        except psycopg.Error:
            continue
    return None


@pytest.fixture(scope="session")
def postgres_server() -> str:
    url = _postgres_url()
    if url is None:
        pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432 (database 'test'); .ci/run starts it")
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """A fresh, empty database on each engine: a SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'newsloom.db'}"
        return
    import psycopg

    server = request.getfixturevalue("postgres_server")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    user = server.split("//")[1].split("@")[0]
    with psycopg.connect(f"host=127.0.0.1 dbname=test user={user}", autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield f"{server}?options=-csearch_path%3D{schema}"
    with psycopg.connect(f"host=127.0.0.1 dbname=test user={user}", autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def crawl_settings(tmp_path) -> Settings:
    """Settings for crawling servers on loopback, which Newsloom refuses unless told otherwise."""
    return Settings(
        data_dir=tmp_path,
        allow_hosts=("127.0.0.0/8",),
        host_delay_s=0.01,
        host_concurrency=4,
        connect_timeout_s=2.0,
        read_timeout_s=1.0,
        total_timeout_s=4.0,
        max_body_bytes=3_000_000,
        extract_workers=1,
        default_sources=False,
    )
