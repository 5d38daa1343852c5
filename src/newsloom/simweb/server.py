"""`SimWeb`: the simulated outlets, each serving on its own loopback port.

Each outlet gets its own 127.0.0.1 port, so a crawler keyed on host:port treats them as the
separate sites they pretend to be. The clock starts when the web starts: the backlog is
already out, and new articles appear every `new_every_s` seconds of real time.
"""

from __future__ import annotations

import asyncio
import dataclasses
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from aiohttp import web

from newsloom.simweb.feeds import render_opml
from newsloom.simweb.newsroom import Newsroom
from newsloom.simweb.outlets import OutletSpec, choose_outlets
from newsloom.simweb.site import OutletSite, RequestRecord

SHUTDOWN_TIMEOUT_S = 0.5


@dataclass(frozen=True, slots=True)
class OutletInfo:
    name: str
    base_url: str
    feed_urls: list[str]
    home_url: str
    language: str
    is_aggregator: bool


@dataclass(frozen=True, slots=True)
class PublishedArticle:
    """Ground truth about one published article, for tests and benchmarks."""

    outlet: str
    url: str
    title: str
    paragraphs: list[str]
    published: datetime
    is_copy_of: str | None = None
    """URL of the article this one republishes (the wire's, or the aggregator's source)."""
    junk: list[str] = field(default_factory=list)
    """The aggregator's own strings inserted into the page: copyright, injected headline, disclaimer."""
    event_id: str = ""
    """The world event it reports: articles with one event_id belong to one story."""
    language: str = "en"
    author: str = ""
    image_url: str = ""


class SimWeb:
    """A set of simulated news outlets on loopback; use `async with SimWeb(...) as web:`."""

    def __init__(self, seed: int = 0, backlog: int = 20, new_every_s: float = 0, feed_size: int = 50,
                 outlets: int | None = None, epoch: datetime | None = None, crawl_delays: bool = True) -> None:
        """`epoch` fixes the simulated "now" at start (default: the real time at start); with it,
        even publish times and dated URLs are the same on every run. `crawl_delays=False` drops
        robots.txt Crawl-delay lines, for benchmarks that measure the pipeline, not the politeness."""
        if backlog < 0 or feed_size < 1 or new_every_s < 0:
            raise ValueError("backlog and new_every_s must be >= 0 and feed_size >= 1")
        if epoch is not None and epoch.tzinfo is None:
            raise ValueError("epoch must be an aware datetime")
        self.feed_size = feed_size
        self._fixed_epoch = epoch
        self._specs = choose_outlets(outlets)
        if not crawl_delays:
            self._specs = [_without_crawl_delay(spec) for spec in self._specs]
        self._newsroom = Newsroom(seed, self._specs, backlog, new_every_s, epoch or datetime.now(UTC))
        self._started_at = time.monotonic()
        self._bases: dict[str, str] = {}
        self._runners: list[web.AppRunner] = []
        self.requests: dict[str, list[RequestRecord]] = {spec.name: [] for spec in self._specs}
        """Per outlet name, every request received as (path, monotonic time)."""
        self._sites = [OutletSite(spec, self._newsroom, self.now, feed_size, self._base_url, self.requests[spec.name])
                       for spec in self._specs]

    async def __aenter__(self) -> SimWeb:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def start(self) -> None:
        self._newsroom.epoch = self._fixed_epoch or datetime.now(UTC)
        self._started_at = time.monotonic()
        for site in self._sites:
            runner = web.AppRunner(site.app(), access_log=None, shutdown_timeout=SHUTDOWN_TIMEOUT_S)
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", 0).start()
            self._runners.append(runner)
            host, port = runner.addresses[0][:2]
            self._bases[site.spec.slug] = f"http://{host}:{port}"

    async def stop(self) -> None:
        runners, self._runners = self._runners, []
        await asyncio.gather(*(runner.cleanup() for runner in runners))

    def now(self) -> datetime:
        """The simulated time: the epoch plus the real time elapsed since start."""
        return self._newsroom.epoch + timedelta(seconds=time.monotonic() - self._started_at)

    @property
    def outlets(self) -> list[OutletInfo]:
        return [OutletInfo(name=site.spec.name, base_url=site.base, feed_urls=[site.feed_url(f) for f in site.spec.feeds],
                           home_url=site.base + "/", language=site.spec.language, is_aggregator=site.spec.is_aggregator)
                for site in self._sites]

    def opml(self) -> str:
        """An OPML 2.0 list of every outlet's feeds (one outline per feed, titled with the outlet's name)."""
        outlines = [{"type": "rss", "text": o.name, "title": o.name, "xmlUrl": url, "htmlUrl": o.home_url,
                     "language": o.language}
                    for o in self.outlets for url in o.feed_urls]
        return render_opml("Newsloom simulated web", outlines)

    def published(self) -> list[PublishedArticle]:
        """Every article published so far by every outlet, oldest first."""
        latest = self._newsroom.latest_number(self.now())
        found = []
        for site in self._sites:
            for story in site.published_stories(latest, latest + 1):
                owner = story.image_owner or story
                found.append(PublishedArticle(
                    outlet=site.spec.name, url=site.base + story.path, title=story.title,
                    paragraphs=list(story.report.paragraphs), published=story.published,
                    is_copy_of=self._base_url(story.copy_of.outlet) + story.copy_of.path if story.copy_of else None,
                    junk=list(story.junk.strings) if story.junk else [], event_id=story.event.id,
                    language=site.spec.language, author=story.author,
                    image_url=self._base_url(owner.outlet) + owner.image_path,
                ))
        return sorted(found, key=lambda a: a.published)

    def _base_url(self, spec: OutletSpec) -> str:
        if spec.slug not in self._bases:
            raise RuntimeError("the simulated web has not been started")
        return self._bases[spec.slug]


class SimWebThread:
    """A SimWeb serving from its own event loop in a background thread."""

    def __init__(self, **kwargs: object) -> None:
        self.web = SimWeb(**kwargs)  # type: ignore[arg-type]
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._serve, name="newsloom-simweb", daemon=True)

    def start(self) -> SimWebThread:
        self._thread.start()
        self._ready.wait()
        if self._error:
            raise self._error
        return self

    def stop(self) -> None:
        if not self._thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self.web.stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self.web.start())
        except BaseException as error:  # handed to the starting thread
            self._error = error
            self._ready.set()
            return
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            self._loop.close()


def run_in_thread(**kwargs: object) -> SimWebThread:
    """Start a SimWeb (same arguments) in a background thread; `.web` is it, `.stop()` ends it."""
    return SimWebThread(**kwargs).start()


def _without_crawl_delay(spec):
    robots = "\n".join(line for line in spec.robots.splitlines() if not line.lower().startswith("crawl-delay"))
    return dataclasses.replace(spec, robots=robots + "\n")
