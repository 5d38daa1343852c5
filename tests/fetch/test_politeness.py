"""Newsloom is a polite visitor: it paces itself per host and does what robots.txt says."""

from __future__ import annotations

import asyncio

from aiohttp import web

from newsloom.fetch import Fetcher
from newsloom.model import FetchError, FetchReason, Page

SLACK = 0.01
"""Server-side timestamps are taken a moment after the client starts a request."""


async def page(request: web.Request) -> web.Response:
    return web.Response(text=f"<p>{request.path}</p>", content_type="text/html")


def slow(seconds: float):
    async def handler(request: web.Request) -> web.Response:
        await asyncio.sleep(seconds)
        return web.Response(text="done")

    return handler


def robots_txt(text: str, status: int = 200):
    async def handler(request: web.Request) -> web.Response:
        return web.Response(text=text, status=status, content_type="text/plain")

    return handler


def gaps(times: list[float]) -> list[float]:
    return [b - a for a, b in zip(times, times[1:])]


async def fetch_all(fetcher: Fetcher, urls: list[str]) -> list[Page | FetchError]:
    return list(await asyncio.gather(*(fetcher.get(url) for url in urls)))


async def test_requests_to_one_host_start_at_least_host_delay_apart(serve, settings):
    site = await serve({"/{n}": page})
    polite = settings.replace(host_delay_s=0.2, host_concurrency=4)
    async with Fetcher(polite) as fetcher:
        await fetch_all(fetcher, [site(f"/{n}") for n in range(4)])
    starts = site.starts()
    assert len(starts) == 4
    assert min(gaps(starts)) >= 0.2 - SLACK


async def test_no_more_than_host_concurrency_requests_are_in_flight_to_a_host(serve, settings):
    site = await serve({"/{n}": slow(0.15)})
    async with Fetcher(settings.replace(host_concurrency=2)) as fetcher:
        results = await fetch_all(fetcher, [site(f"/{n}") for n in range(6)])
    assert all(isinstance(r, Page) for r in results)
    assert site.peak == 2


async def test_total_concurrency_bounds_requests_across_hosts(serve, settings):
    first, second = await serve({"/{n}": slow(0.1)}), await serve({"/{n}": slow(0.1)})
    async with Fetcher(settings.replace(total_concurrency=1)) as fetcher:
        await fetch_all(fetcher, [first("/1"), second("/1"), first("/2"), second("/2")])
    starts = sorted(first.starts() + second.starts())
    assert min(gaps(starts)) >= 0.1 - SLACK


async def test_hosts_on_different_ports_are_paced_independently(serve, settings):
    first, second = await serve({"/": page}), await serve({"/": page})
    async with Fetcher(settings.replace(host_delay_s=0.5)) as fetcher:
        await fetch_all(fetcher, [first("/"), second("/"), first("/?again")])
    (a1, a2), (b1,) = first.starts(), second.starts()
    assert abs(a1 - b1) < 0.2
    assert a2 - a1 >= 0.5 - SLACK


async def test_robots_txt_disallow_is_obeyed_for_newsloom(serve, settings):
    rules = "User-agent: *\nDisallow: /\n\nUser-agent: Newsloom\nDisallow: /private/\n"
    site = await serve({"/robots.txt": robots_txt(rules), "/{tail:.*}": page})
    async with Fetcher(settings.replace(respect_robots=True)) as fetcher:
        refused = await fetcher.get(site("/private/memo"))
        allowed = await fetcher.get(site("/news/today"))
        again = await fetcher.get(site("/news/tomorrow"))
    assert isinstance(refused, FetchError) and refused.reason == FetchReason.ROBOTS
    assert isinstance(allowed, Page) and isinstance(again, Page)
    assert site.paths() == ["/robots.txt", "/news/today", "/news/tomorrow"]


async def test_a_robots_disallowed_redirect_target_is_not_fetched(serve, settings):
    async def moved(request: web.Request) -> web.Response:
        raise web.HTTPFound("/private/moved")

    site = await serve({"/robots.txt": robots_txt("User-agent: *\nDisallow: /private/\n"), "/old": moved})
    async with Fetcher(settings.replace(respect_robots=True)) as fetcher:
        result = await fetcher.get(site("/old"))
    assert isinstance(result, FetchError) and result.reason == FetchReason.ROBOTS
    assert site.paths() == ["/robots.txt", "/old"]


async def test_crawl_delay_spaces_requests_further_than_host_delay(serve, settings):
    site = await serve({"/robots.txt": robots_txt("User-agent: *\nCrawl-delay: 0.3\n"), "/{n}": page})
    async with Fetcher(settings.replace(respect_robots=True, host_delay_s=0.05)) as fetcher:
        await fetch_all(fetcher, [site(f"/{n}") for n in range(3)])
    assert min(gaps(site.starts())) >= 0.3 - SLACK
    assert site.paths().count("/robots.txt") == 1


async def test_a_missing_robots_txt_allows_everything(serve, settings):
    site = await serve({"/{n}": page})
    async with Fetcher(settings.replace(respect_robots=True)) as fetcher:
        result = await fetcher.get(site("/1"))
    assert isinstance(result, Page)
    assert site.paths() == ["/robots.txt", "/1"]


async def test_a_failing_robots_txt_disallows_everything_for_a_while(serve, settings):
    site = await serve({"/robots.txt": robots_txt("oops", status=500), "/{n}": page})
    async with Fetcher(settings.replace(respect_robots=True)) as fetcher:
        first = await fetcher.get(site("/1"))
        second = await fetcher.get(site("/2"))
    for result in (first, second):
        assert isinstance(result, FetchError) and result.reason == FetchReason.ROBOTS
    assert site.paths() == ["/robots.txt"]


async def test_robots_txt_is_not_consulted_when_turned_off(serve, settings):
    site = await serve({"/robots.txt": robots_txt("User-agent: *\nDisallow: /\n"), "/{n}": page})
    async with Fetcher(settings.replace(respect_robots=False)) as fetcher:
        result = await fetcher.get(site("/1"))
    assert isinstance(result, Page)
    assert site.paths() == ["/1"]
