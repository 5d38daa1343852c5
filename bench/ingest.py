"""Ingest benchmark: one full crawl of a simulated web of about 2,000 article pages.

Prints Newsloom's end-to-end rate (poll feeds, fetch, extract, canonicalise, hash, store in
SQLite) and peak memory, beside trafilatura's own extraction rate on the very same pages in the
same run: in one process, and in as many processes as Newsloom's extraction pool uses. The
target is end to end at no less than 70% of trafilatura's rate with the same processes, that
is, everything around extraction costs under a third.

The simulated hosts are crawled with no per-host delay and their robots.txt carries no
Crawl-delay (robots.txt is still fetched and obeyed): politeness would measure the delay, not
the pipeline.

Simulated pages are small and regular, so trafilatura takes about 2.5 ms on one, against
about 35 ms on a real news page; the per-page cost of fetching and storing weighs far more on
them. When `../shared/data/extraction` is present, a second run serves real article pages
(the Fundus and Readability fixtures) from a loopback server with a feed listing them, and
measures the same two things on those.

    python bench/ingest.py [--articles 2000] [--workers N]
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import aiohttp
import aiohttp.web
import trafilatura

from newsloom import sources
from newsloom.config import Settings
from newsloom.run.local import LocalRunner
from newsloom.simweb import SimWeb
from newsloom.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_data import load_corpus  # noqa: E402  (bench/ is not a package)

SHARED_EXTRACTION = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "extraction"

OUTLETS = 7
TARGET = 0.70


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="article pages in the simulated web")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="extraction processes")
    args = parser.parse_args()
    results = asyncio.run(_measure_simweb(args.articles, args.workers))
    _print_table(f"{int(results['pages'])} simulated article pages on {OUTLETS} outlets", results, args.workers)
    if SHARED_EXTRACTION.is_dir():
        real = asyncio.run(_measure_real_pages(args.workers))
        _print_table(f"{int(real['pages'])} real article pages (Fundus and Readability fixtures) on one loopback host",
                     real, args.workers)
    else:
        print(f"\n(no {SHARED_EXTRACTION}: the real-page run is skipped)")


async def _measure_simweb(articles: int, workers: int) -> dict[str, float]:
    backlog = math.ceil(articles / OUTLETS)
    async with SimWeb(seed=11, backlog=backlog, feed_size=backlog, outlets=OUTLETS, crawl_delays=False) as web:
        pages = [a.url for a in web.published()]
        html = await _download(pages)  # also warms the simulated web's page cache: its CPU is not Newsloom's
        newsloom = await _newsloom_crawl(web.opml(), workers, backlog)
    return {"pages": len(pages), **newsloom, **_baselines(html, workers)}


async def _measure_real_pages(workers: int) -> dict[str, float]:
    pages = load_corpus(SHARED_EXTRACTION, "fundus") + load_corpus(SHARED_EXTRACTION, "readability")
    app = aiohttp.web.Application()
    app.router.add_get("/feed.xml", lambda _: aiohttp.web.Response(body=_fixture_feed(base, len(pages)),
                                                                      content_type="application/rss+xml"))
    app.router.add_get("/p/{n}.html", lambda r: aiohttp.web.Response(body=pages[int(r.match_info["n"])].html,
                                                                       content_type="text/html"))
    runner = aiohttp.web.AppRunner(app)
    await runner.setup()
    site = aiohttp.web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"
    try:
        opml = (f'<opml version="2.0"><body><outline text="Fixtures" type="rss" xmlUrl="{base}/feed.xml"/>'
                "</body></opml>")
        newsloom = await _newsloom_crawl(opml, workers, len(pages))
        html = [(f"{base}/p/{n}.html", page.html) for n, page in enumerate(pages)]
    finally:
        await runner.cleanup()
    return {"pages": len(pages), **newsloom, **_baselines(html, workers)}


def _fixture_feed(base: str, count: int) -> bytes:
    items = "".join(f"<item><title>Page {n}</title><link>{base}/p/{n}.html</link></item>" for n in range(count))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Fixtures</title>{items}</channel></rss>'.encode()


def _baselines(html: list, workers: int) -> dict[str, float]:
    return {"traf_1": _trafilatura_rate(html, 1), "traf_n": _trafilatura_rate(html, workers)}


async def _newsloom_crawl(opml: str, workers: int, max_leads: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), allow_hosts=("127.0.0.0/8",), host_delay_s=0.0,
                            host_concurrency=8, total_concurrency=64, max_leads_per_poll=max_leads + 10,
                            extract_workers=workers, default_sources=False)
        store = Store(settings.sqlalchemy_url)
        store.upgrade()
        sources.add_all(store, sources.from_opml(opml), settings)
        memory = _PeakMemory()
        async with LocalRunner(settings, store) as runner:  # starts and warms the extraction workers
            memory.start()
            started = time.perf_counter()
            report = await runner.crawl_once()
            seconds = time.perf_counter() - started
            memory.stop()
        stored = store.count_articles()
        store.close()
    if report.channel_errors:
        print("channel errors:", *report.errors, sep="\n  ", file=sys.stderr)
    return {"stored": stored, "fetched": report.new_articles + report.lead_only + report.rejected,
            "seconds": seconds, "rate": (report.new_articles + report.lead_only + report.rejected) / seconds,
            "peak_mb": memory.peak / 2**20}


async def _download(urls: list[str]) -> list[tuple[str, str]]:
    limit = asyncio.Semaphore(32)
    async with aiohttp.ClientSession() as session:

        async def get(url: str) -> tuple[str, str]:
            async with limit, session.get(url) as response:
                return url, await response.text()

        return await asyncio.gather(*(get(url) for url in urls))


def _trafilatura_rate(pages: list[tuple[str, str]], workers: int) -> float:
    started = time.perf_counter()
    if workers == 1:
        for url, html in pages:
            _bare(html, url)
    else:
        with ProcessPoolExecutor(workers) as pool:
            list(pool.map(_bare, [h for _, h in pages], [u for u, _ in pages], chunksize=8))
    return len(pages) / (time.perf_counter() - started)


def _bare(html: str, url: str) -> bool:
    return trafilatura.bare_extraction(html, url=url, include_comments=False) is not None


class _PeakMemory:
    """Peak resident memory of this process and its children (the extraction pool), sampled."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, sum(_rss(pid) for pid in _family(os.getpid())))


def _family(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    family, queue = [], [root]
    while queue:
        pid = queue.pop()
        family.append(pid)
        queue.extend(children.get(pid, []))
    return family


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _print_table(title: str, r: dict[str, float], workers: int) -> None:
    ratio = r["rate"] / r["traf_n"]
    print(f"\nIngest benchmark: {title}, {workers} extraction process(es), SQLite\n")
    print("| measure | Newsloom end to end | trafilatura alone, 1 process | trafilatura alone, "
          f"{workers} processes |")
    print("|---|---|---|---|")
    print(f"| pages/s | {r['rate']:.1f} | {r['traf_1']:.1f} | {r['traf_n']:.1f} |")
    print(f"| wall time | {r['seconds']:.1f} s | {r['pages'] / r['traf_1']:.1f} s | {r['pages'] / r['traf_n']:.1f} s |")
    print(f"| peak memory (all processes) | {r['peak_mb']:.0f} MB | | |")
    print(f"| articles stored | {int(r['stored'])} of {int(r['pages'])} pages | | |")
    verdict = "met" if ratio >= TARGET else "NOT met"
    print(f"\nNewsloom end to end / trafilatura alone ({workers} processes): {ratio:.2f} "
          f"(target >= {TARGET:.2f}: {verdict})")


if __name__ == "__main__":
    main()
