"""Politeness: how often and how much Newsloom asks of one host, and what robots.txt allows.

A host is its netloc (host:port): two servers on different ports of one machine are two
sites. Per host, request starts are at least `host_delay_s` apart (or the host's
robots.txt Crawl-delay when longer, capped at a minute so a typo cannot stall a source for
hours) and at most `host_concurrency` requests are in flight; overall at most
`total_concurrency`. Robots rules follow RFC 9309: a missing robots.txt (4xx) allows
everything; a server error or an unreachable host disallows everything for a short while,
then the file is asked for again, and a cached copy is used meanwhile when there is one.
"""

from __future__ import annotations

import asyncio
import math
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from protego import Protego
from yarl import URL

from newsloom.config import Settings
from newsloom.model import FetchError, FetchReason, Page

MAX_CRAWL_DELAY_S = 60.0
ROBOTS_RETRY_S = 600.0
"""How long a robots.txt that could not be read keeps a host closed before it is asked again."""

_ABOUT_THE_HOST = {
    FetchReason.BAD_URL,
    FetchReason.BLOCKED_ADDRESS,
    FetchReason.DNS,
    FetchReason.CONNECTION,
    FetchReason.TIMEOUT,
}
"""robots.txt failures that say the host itself cannot be fetched: reported as what they are."""

RobotsFetch = Callable[[str], Awaitable[Page | FetchError]]


class Politeness:
    """Per-host pacing and robots.txt decisions for one fetcher."""

    def __init__(
        self, settings: Settings, fetch_robots: RobotsFetch, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._settings = settings
        self._fetch_robots = fetch_robots
        self._clock = clock
        self._agent = product_token(settings.user_agent)
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, _Robots] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self._total = asyncio.Semaphore(settings.total_concurrency)

    async def check(self, url: URL) -> FetchError | None:
        """None when robots.txt lets Newsloom fetch `url`, else why not.

        A robots.txt that could not be reached gives the reason it could not (DNS, timeout,
        blocked address...), since that is what the user has to fix, not the robots rules.
        """
        if not self._settings.respect_robots:
            return None
        robots = await self._robots_for(url)
        if robots.error is not None:
            return FetchError(str(url), robots.error.reason, robots.error.message, robots.error.status)
        if robots.rules is not None and not robots.rules.can_fetch(str(url), self._agent):
            message = f"robots.txt disallows {url.path} for {self._agent}"
            return FetchError(str(url), FetchReason.ROBOTS, message)
        return None

    @asynccontextmanager
    async def slot(self, url: URL) -> AsyncIterator[None]:
        """Hold one request's place: waits for the host's turn, then for room overall."""
        host = self._host(url)
        async with host.in_flight:
            async with host.turn:
                wait = host.last_start + host.delay - self._clock()
                if wait > 0:
                    await asyncio.sleep(wait)
                await self._total.acquire()
                host.last_start = self._clock()
            try:
                yield
            finally:
                self._total.release()

    async def _robots_for(self, url: URL) -> _Robots:
        origin = str(url.origin())
        lock = self._robots_locks.setdefault(origin, asyncio.Lock())
        async with lock:  # one fetch of a host's robots.txt, however many pages wait on it
            cached = self._robots.get(origin)
            if cached is None or cached.expires <= self._clock():
                cached = self._robots[origin] = await self._load_robots(origin, cached)
                self._host(url).delay = self._delay_for(cached)
            return cached

    async def _load_robots(self, origin: str, stale: _Robots | None) -> _Robots:
        result = await self._fetch_robots(origin + "/robots.txt")
        now = self._clock()
        fresh_until = now + self._settings.robots_cache_s
        if isinstance(result, Page):
            return _Robots(fresh_until, rules=Protego.parse(result.text))
        status = result.status or 0
        if result.reason == FetchReason.HTTP_STATUS and 400 <= status < 500 and status != 429:
            return _Robots(fresh_until)  # no robots.txt: no rules. 429 asks to slow down, like a 5xx.
        retry_at = now + min(ROBOTS_RETRY_S, self._settings.robots_cache_s)
        if stale is not None and stale.error is None:
            return _Robots(retry_at, rules=stale.rules)
        if result.reason in _ABOUT_THE_HOST:
            error = FetchError(result.url, result.reason, f"{result.message} (while reading robots.txt)")
        else:
            message = f"robots.txt could not be read ({result.message}); retrying later"
            error = FetchError(result.url, FetchReason.ROBOTS, message, result.status)
        return _Robots(retry_at, error=error)

    def _delay_for(self, robots: _Robots) -> float:
        delay = self._settings.host_delay_s
        if robots.rules is not None:
            crawl_delay = robots.rules.crawl_delay(self._agent)
            if crawl_delay is not None and math.isfinite(float(crawl_delay)):
                delay = max(delay, min(float(crawl_delay), MAX_CRAWL_DELAY_S))
        return delay

    def _host(self, url: URL) -> _Host:
        key = f"{url.host}:{url.port}"
        host = self._hosts.get(key)
        if host is None:
            in_flight = asyncio.Semaphore(self._settings.host_concurrency)
            host = self._hosts[key] = _Host(in_flight, delay=self._settings.host_delay_s)
        return host


def product_token(user_agent: str) -> str:
    """The product token robots.txt groups are matched against: "Newsloom" in "Newsloom/0.1 (...)"."""
    match = re.match(r"\s*([A-Za-z_-]+)", user_agent)
    return match.group(1) if match else user_agent.strip()


@dataclass(slots=True)
class _Host:
    in_flight: asyncio.Semaphore
    delay: float
    turn: asyncio.Lock = field(default_factory=asyncio.Lock)
    last_start: float = -math.inf


@dataclass(slots=True)
class _Robots:
    expires: float
    rules: Protego | None = None
    """None with no error: no robots.txt, everything allowed."""
    error: FetchError | None = None
