"""The default runner: one asyncio process on one machine.

It decides *where* the pipeline's steps run, never what they do: polling and fetching on the
event loop (the fetcher enforces per-host politeness), feed parsing and extraction in a process
pool (the CPU-heavy steps), and every store call on one dedicated thread so that SQLite sees a single
writer and the event loop never blocks on the database. Outcomes are written in batches (a
transaction per article would cost more than fetching it), each lead's task waiting until its
batch is committed. Learning each source's boilerplate runs on the store thread too, just before
a batch is saved: it is counting over a page's few short lines, and needs each source's pages in
one place, which the extraction workers are not.
"""

from __future__ import annotations

import asyncio
import dataclasses
import multiprocessing
import os
import signal
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

from newsloom import pipeline
from newsloom.config import Settings
from newsloom.fetch import Fetcher
from newsloom.model import Article, Channel, Lead, Page, Poll, Rejected
from newsloom.store import Store

WRITE_BATCH = 50
"""Outcomes written in one transaction at most..."""
WRITE_DELAY_S = 0.1
"""...and the longest an outcome waits for others to share its transaction."""


class Progress(Protocol):
    """Where a crawl reports how far it got (a Rich progress bar in the CLI)."""

    def add_total(self, n: int) -> None: ...
    def advance(self, n: int = 1) -> None: ...


@dataclass(slots=True)
class CrawlReport:
    """What one pass did, for the CLI's summary line and the benchmarks."""

    channels: int = 0
    channel_errors: int = 0
    leads: int = 0
    new_articles: int = 0
    lead_only: int = 0
    rejected: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)


class LocalRunner:
    """Crawl due channels and their articles; use as `async with LocalRunner(settings, store)`."""

    def __init__(self, settings: Settings, store: Store, progress: Progress | None = None):
        self.settings = settings
        self.store = store
        self.progress = progress
        self._fetcher: Fetcher | None = None
        self._pool: Executor | None = None
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsloom-store")
        self._memory = pipeline.SourceMemory(store)

    async def __aenter__(self) -> LocalRunner:
        self._fetcher = await Fetcher(self.settings).__aenter__()
        workers = self.settings.extract_workers or os.cpu_count() or 1
        self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_ignore_interrupts)
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self._pool, _warm_up) for _ in range(workers)))
        return self

    async def __aexit__(self, *exc: Any) -> None:
        if self._fetcher is not None:
            await self._fetcher.__aexit__(*exc)
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self._db.shutdown(wait=True)

    async def crawl_once(self) -> CrawlReport:
        """Poll every due channel once and ingest the new articles it leads to."""
        started = time.monotonic()
        report = CrawlReport()
        channels: list[Channel] = await self._store(self.store.due_channels, pipeline.utcnow())
        names = {s.id: s.name for s in await self._store(self.store.sources)}
        report.channels = len(channels)
        self._add_total(len(channels))
        crawl = _Crawl(_Writer(self._store, self.store, self._memory))
        limit = asyncio.Semaphore(self.settings.total_concurrency)
        await asyncio.gather(
            *(self._poll_and_ingest(ch, names.get(ch.source_id, ""), crawl, limit, report) for ch in channels)
        )
        await crawl.writer.drain()
        await self._link_repeats(crawl)
        await self._store(self._memory.flush)
        report.seconds = time.monotonic() - started
        return report

    async def run_forever(self, stop: asyncio.Event) -> None:
        """Crawl whatever is due, sleep a tick, repeat until `stop` is set."""
        while not stop.is_set():
            try:
                await self.crawl_once()
            except Exception as exc:  # a bug in one pass must not end the aggregator
                print(f"newsloom: crawl pass failed: {exc!r}")
            try:
                await asyncio.wait_for(stop.wait(), timeout=self.settings.crawl_tick_s)
            except TimeoutError:
                pass

    async def _poll_and_ingest(
        self, channel: Channel, source_name: str, crawl: _Crawl, limit: asyncio.Semaphore, report: CrawlReport
    ) -> None:
        async with limit:
            response = await pipeline.fetch_channel(channel, self._fetcher)
        fetched_at = pipeline.utcnow()
        loop = asyncio.get_running_loop()  # parsing a feed is CPU work too: the pool is idle this early
        poll: Poll = await loop.run_in_executor(self._pool, pipeline.read_feed, channel, response, self.settings,
                                                fetched_at)
        await self._store(pipeline.record_poll, self.store, channel, poll, self.settings)
        self._advance()
        if poll.error:
            report.channel_errors += 1
            report.errors.append(f"{channel.url}: {poll.error}")
            return
        for lead in poll.leads:
            lead.source_name = source_name
        known = await self._store(self.store.known_urls, [lead.url for lead in poll.leads])
        fresh = [lead for lead in poll.leads if lead.url not in known and crawl.claim(lead)]
        report.leads += len(fresh)
        self._add_total(len(fresh))
        await asyncio.gather(*(self._ingest(lead, crawl, limit, report) for lead in fresh))

    async def _ingest(self, lead: Lead, crawl: _Crawl, limit: asyncio.Semaphore, report: CrawlReport) -> None:
        async with limit:
            page = await pipeline.fetch_lead(lead, self._fetcher)
        if isinstance(page, Page):
            page = dataclasses.replace(page, body=b"")  # the text is all extraction needs
        loop = asyncio.get_running_loop()
        outcome = await loop.run_in_executor(self._pool, pipeline.extract_lead, lead, page)
        crawl.outcomes[lead.url] = outcome
        await crawl.writer.write(lead, outcome)
        if isinstance(outcome, Rejected):
            report.rejected += 1
        elif outcome.error:
            report.lead_only += 1
        else:
            report.new_articles += 1
        self._advance()

    async def _link_repeats(self, crawl: _Crawl) -> None:
        """An article listed by several channels in one pass remembers every one of them."""
        links = [(crawl.outcomes[lead.url], lead.url, lead.channel_id) for lead in crawl.repeats
                 if isinstance(crawl.outcomes.get(lead.url), Article)]
        if links:
            await self._store(self.store.save_articles, links)

    async def _store(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._db, fn, *args)

    def _add_total(self, n: int) -> None:
        if self.progress and n:
            self.progress.add_total(n)

    def _advance(self) -> None:
        if self.progress:
            self.progress.advance()


class _Writer:
    """Gathers outcomes into one `pipeline.record_outcomes` call per WRITE_BATCH items or
    WRITE_DELAY_S, run on the store thread; `write` returns once the outcome is committed,
    and a failed batch fails every lead's task in it, as a failed single write would."""

    def __init__(self, run_on_store: Callable[..., Any], store: Store,
                 memory: pipeline.SourceMemory | None = None):
        self._run_on_store = run_on_store
        self._store = store
        self._memory = memory
        self._pending: list[tuple[Lead, Article | Rejected]] = []
        self._committed: asyncio.Future | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._flushing: set[asyncio.Task] = set()

    async def write(self, lead: Lead, outcome: Article | Rejected) -> None:
        loop = asyncio.get_running_loop()
        if self._committed is None:
            self._committed = loop.create_future()
            self._timer = loop.call_later(WRITE_DELAY_S, self._flush)
        committed = self._committed
        self._pending.append((lead, outcome))
        if len(self._pending) >= WRITE_BATCH:
            self._flush()
        await committed

    async def drain(self) -> None:
        """Write whatever is pending and wait for every batch already on its way."""
        self._flush()
        if self._flushing:
            await asyncio.gather(*self._flushing, return_exceptions=True)

    def _flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        batch, committed = self._pending, self._committed
        self._pending, self._committed, self._timer = [], None, None
        if batch and committed is not None:
            task = asyncio.ensure_future(self._commit(batch, committed))
            self._flushing.add(task)
            task.add_done_callback(self._flushing.discard)

    async def _commit(self, batch: list[tuple[Lead, Article | Rejected]], committed: asyncio.Future) -> None:
        try:
            await self._run_on_store(pipeline.record_outcomes, self._store, batch, self._memory)
        except Exception as error:  # handed to every waiting lead task, which raises it
            committed.set_exception(error)
        else:
            committed.set_result(None)


@dataclass(slots=True)
class _Crawl:
    """Per-pass bookkeeping: which URLs are already being ingested, what they became, and the
    writer that stores them."""

    writer: _Writer
    claimed: set[str] = field(default_factory=set)
    repeats: list[Lead] = field(default_factory=list)
    outcomes: dict[str, Article | Rejected] = field(default_factory=dict)

    def claim(self, lead: Lead) -> bool:
        if lead.url in self.claimed:
            self.repeats.append(lead)
            return False
        self.claimed.add(lead.url)
        return True


def _ignore_interrupts() -> None:
    """Ctrl-C reaches the whole process group; the runner, not its workers, decides how to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _warm_up() -> None:
    """Load what extraction loads on first use (trafilatura, the language model) before the first
    article waits for it: a worker's first page otherwise costs about a second."""
    sentence = "Newsloom starts its extraction workers before the first article arrives. "
    lead = Lead(url="http://warm-up.invalid/article")
    pipeline.extract_lead(lead, Page(lead.url, lead.url, 200, {"content-type": "text/html"}, b"",
                                     f"<html><body><article><h1>Warm up</h1><p>{sentence * 8}</p></article></body></html>",
                                     "utf-8", pipeline.utcnow()))
