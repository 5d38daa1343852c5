"""Local web servers for the fetch tests: real aiohttp servers on 127.0.0.1 ephemeral ports."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from yarl import URL

from newsloom.config import Settings


@dataclass
class Site:
    """A running test server and what it saw: every request's path and arrival time."""

    url: URL
    hits: list[tuple[str, float]] = field(default_factory=list)
    in_flight: int = 0
    peak: int = 0

    def __call__(self, path: str) -> str:
        return str(self.url.join(URL(path)))

    def paths(self) -> list[str]:
        return [path for path, _ in self.hits]

    def starts(self, path_prefix: str = "/") -> list[float]:
        return [at for path, at in self.hits if path.startswith(path_prefix)]


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
Serve = Callable[[dict[str, Handler]], Awaitable[Site]]


@pytest.fixture
def settings() -> Settings:
    """Fast limits, loopback allowed, no pacing and no robots unless a test asks for them."""
    return Settings().replace(
        allow_hosts=("127.0.0.0/8",),
        host_delay_s=0.0,
        connect_timeout_s=2.0,
        read_timeout_s=0.3,
        total_timeout_s=5.0,
        respect_robots=False,
    )


@pytest.fixture
async def serve() -> AsyncIterator[Serve]:
    servers: list[TestServer] = []

    async def start(routes: dict[str, Handler]) -> Site:
        """Serve `routes` (path -> handler); anything else is a 404, robots.txt included."""
        site = Site(URL("http://127.0.0.1/"))

        @web.middleware
        async def record(request: web.Request, handler):  # type: ignore[no-untyped-def]
            site.hits.append((request.path_qs, time.monotonic()))
            site.in_flight += 1
            site.peak = max(site.peak, site.in_flight)
            try:
                return await handler(request)
            finally:
                site.in_flight -= 1

        app = web.Application(middlewares=[record])
        for path, handler in routes.items():
            app.router.add_get(path, handler)
        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        servers.append(server)
        site.url = server.make_url("/")
        return site

    yield start
    for server in servers:
        await server.close()

