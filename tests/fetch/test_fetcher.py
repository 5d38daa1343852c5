"""A user's fetches against real local servers: pages, limits, redirects, time-outs, errors."""

from __future__ import annotations

import asyncio
import gzip
import socket
import time
import tracemalloc
import zlib
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from aiohttp import web

from newsloom.fetch import Fetcher
from newsloom.model import FetchError, FetchReason, Page


def html(body: bytes, content_type: str = "text/html", status: int = 200, **headers: str):
    """A handler answering with a fixed body, status and headers."""

    async def handler(request: web.Request) -> web.Response:
        return web.Response(body=body, status=status, headers={"Content-Type": content_type, **headers})

    return handler


async def test_a_latin1_page_is_decoded_as_its_server_says(serve, settings):
    site = await serve({"/": html("<p>Café à Zürich</p>".encode("latin-1"), "text/html; charset=ISO-8859-1")})
    async with Fetcher(settings) as fetcher:
        page = await fetcher.get(site("/"))
    assert isinstance(page, Page)
    assert page.status == 200
    assert "Café à Zürich" in page.text
    assert page.headers["content-type"].startswith("text/html")
    assert fetcher.requests_made == 1 and fetcher.bytes_read == len("<p>Café à Zürich</p>")


async def test_the_user_agent_is_sent(serve, settings):
    seen = {}

    async def handler(request: web.Request) -> web.Response:
        seen["ua"] = request.headers["User-Agent"]
        return web.Response(text="ok")

    site = await serve({"/": handler})
    async with Fetcher(settings.replace(user_agent="Newsloom/9 (+test)")) as fetcher:
        await fetcher.get(site("/"))
    assert seen["ua"] == "Newsloom/9 (+test)"


async def test_a_page_without_charset_is_decoded_from_its_meta_tag(serve, settings):
    body = '<html><head><meta charset="windows-1251"></head><body>Новости дня</body></html>'.encode("cp1251")
    site = await serve({"/": html(body)})
    async with Fetcher(settings) as fetcher:
        page = await fetcher.get(site("/"))
    assert "Новости дня" in page.text
    assert page.encoding == "cp1251"


async def test_an_unchanged_feed_answers_304_to_a_conditional_get(serve, settings):
    async def feed(request: web.Request) -> web.Response:
        if request.headers.get("If-None-Match") == '"v1"' or request.headers.get("If-Modified-Since"):
            return web.Response(status=304)
        return web.Response(text="<rss/>", headers={"ETag": '"v1"'})

    site = await serve({"/feed": feed})
    async with Fetcher(settings) as fetcher:
        first = await fetcher.get(site("/feed"))
        by_etag = await fetcher.get(site("/feed"), etag=first.headers["etag"])
        by_date = await fetcher.get(site("/feed"), last_modified="Tue, 01 Sep 2026 10:00:00 GMT")
    assert first.status == 200 and not first.not_modified
    for page in (by_etag, by_date):
        assert isinstance(page, Page) and page.not_modified
        assert page.body == b"" and page.text == ""


async def test_a_gzip_page_is_inflated(serve, settings):
    text = "<p>" + "Headline " * 2000 + "</p>"
    site = await serve({"/": html(gzip.compress(text.encode()), **{"Content-Encoding": "gzip"})})
    async with Fetcher(settings) as fetcher:
        page = await fetcher.get(site("/"))
    assert page.text == text
    assert fetcher.bytes_read < len(text) / 10


async def test_a_raw_deflate_page_is_inflated_too(serve, settings):
    squeezer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw = squeezer.compress(b"<p>deflated</p>") + squeezer.flush()
    site = await serve({"/": html(raw, **{"Content-Encoding": "deflate"})})
    async with Fetcher(settings) as fetcher:
        page = await fetcher.get(site("/"))
    assert page.text == "<p>deflated</p>"


async def test_an_endless_body_is_cut_off_at_the_limit(serve, settings):
    async def endless(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        await response.prepare(request)
        chunk = b"x" * 65536
        for _ in range(200):  # 13 MB, never declared
            await response.write(chunk)
        return response

    site = await serve({"/": endless})
    limit = 1_000_000
    async with Fetcher(settings.replace(max_body_bytes=limit)) as fetcher:
        result = await fetcher.get(site("/"))
    assert isinstance(result, FetchError) and result.reason == FetchReason.TOO_LARGE
    assert fetcher.bytes_read <= limit + 65536 * 2


async def test_a_declared_oversize_body_is_refused_before_reading(serve, settings):
    site = await serve({"/": html(b"x" * 2_000_000)})
    async with Fetcher(settings.replace(max_body_bytes=1_000_000)) as fetcher:
        result = await fetcher.get(site("/"))
    assert isinstance(result, FetchError) and result.reason == FetchReason.TOO_LARGE
    assert "Content-Length" in result.message
    assert fetcher.bytes_read == 0


async def test_a_gzip_bomb_is_refused_without_inflating_it(serve, settings):
    bomb = gzip.compress(b"\0" * 50_000_000)  # 49 KB that inflates to 50 MB
    site = await serve({"/": html(bomb, **{"Content-Encoding": "gzip"})})
    async with Fetcher(settings.replace(max_body_bytes=500_000_000)) as fetcher:
        tracemalloc.start()
        try:
            result = await fetcher.get(site("/"))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert isinstance(result, FetchError) and result.reason == FetchReason.DECOMPRESSION_BOMB
    assert peak < 8_000_000


async def test_a_body_inflating_past_the_size_limit_is_a_bomb_even_at_a_modest_ratio(serve, settings):
    squeezable = gzip.compress(b"\0" * 3_000_000, compresslevel=1)
    site = await serve({"/": html(squeezable, **{"Content-Encoding": "gzip"})})
    permissive = settings.replace(max_body_bytes=2_000_000, max_compression_ratio=1e9)
    async with Fetcher(permissive) as fetcher:
        result = await fetcher.get(site("/"))
    assert isinstance(result, FetchError) and result.reason == FetchReason.DECOMPRESSION_BOMB


async def test_redirects_are_followed_and_the_final_url_kept(serve, settings):
    async def hop(request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        location = f"/r/{n + 1}" if n < 3 else "/article"
        raise web.HTTPFound(location)

    site = await serve({"/r/{n}": hop, "/article": html(b"<p>the story</p>")})
    async with Fetcher(settings) as fetcher:
        page = await fetcher.get(site("/r/1"))
    assert isinstance(page, Page)
    assert page.url == site("/article") and page.requested_url == site("/r/1")


async def test_a_redirect_loop_is_given_up(serve, settings):
    async def ping(request: web.Request) -> web.Response:
        raise web.HTTPFound("/pong")

    async def pong(request: web.Request) -> web.Response:
        raise web.HTTPMovedPermanently(site("/ping"))

    site = await serve({"/ping": ping, "/pong": pong})
    async with Fetcher(settings) as fetcher:
        result = await fetcher.get(site("/ping"))
    assert isinstance(result, FetchError) and result.reason == FetchReason.TOO_MANY_REDIRECTS
    assert result.url == site("/ping")
    assert len(site.hits) == 2


async def test_a_long_redirect_chain_stops_at_max_redirects(serve, settings):
    async def onward(request: web.Request) -> web.Response:
        raise web.HTTPTemporaryRedirect(f"/r/{int(request.match_info['n']) + 1}")

    site = await serve({"/r/{n}": onward})
    async with Fetcher(settings.replace(max_redirects=4)) as fetcher:
        result = await fetcher.get(site("/r/0"))
    assert isinstance(result, FetchError) and result.reason == FetchReason.TOO_MANY_REDIRECTS
    assert site.paths() == [f"/r/{n}" for n in range(5)]


async def test_a_server_that_stalls_mid_body_times_out_at_the_read_timeout(serve, settings):
    release = asyncio.Event()

    async def stall(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        await response.prepare(request)
        await response.write(b"<p>first words")
        await asyncio.wait_for(release.wait(), 5)
        return response

    site = await serve({"/": stall})
    async with Fetcher(settings.replace(read_timeout_s=0.3)) as fetcher:
        started = time.monotonic()
        result = await fetcher.get(site("/"))
        elapsed = time.monotonic() - started
    release.set()
    assert isinstance(result, FetchError) and result.reason == FetchReason.TIMEOUT
    assert 0.25 < elapsed < 1.5


async def test_a_server_dripping_bytes_is_cut_off_at_the_total_timeout(serve, settings):
    release = asyncio.Event()

    async def drip(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        await response.prepare(request)
        while not release.is_set():
            await response.write(b".")
            await asyncio.sleep(0.05)
        return response

    site = await serve({"/": drip})
    async with Fetcher(settings.replace(read_timeout_s=0.3, total_timeout_s=0.6)) as fetcher:
        started = time.monotonic()
        result = await fetcher.get(site("/"))
        elapsed = time.monotonic() - started
    release.set()
    assert isinstance(result, FetchError) and result.reason == FetchReason.TIMEOUT
    assert 0.5 < elapsed < 1.5


async def test_an_overloaded_server_says_when_to_come_back(serve, settings):
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=90), usegmt=True)
    site = await serve(
        {
            "/busy": html(b"slow down", status=429, **{"Retry-After": "120"}),
            "/down": html(b"maintenance", status=503, **{"Retry-After": later}),
            "/gone": html(b"gone", status=404),
        }
    )
    async with Fetcher(settings) as fetcher:
        busy, down, gone = [await fetcher.get(site(path)) for path in ("/busy", "/down", "/gone")]
    assert (busy.reason, busy.status, busy.retry_after_s) == (FetchReason.HTTP_STATUS, 429, 120.0)
    assert (down.reason, down.status) == (FetchReason.HTTP_STATUS, 503)
    assert 80 <= down.retry_after_s <= 91
    assert (gone.reason, gone.status, gone.retry_after_s) == (FetchReason.HTTP_STATUS, 404, None)


async def test_only_web_urls_are_fetched(settings):
    async with Fetcher(settings) as fetcher:
        for url in ("ftp://example.org/feed", "file:///etc/passwd", "not a url", "http://"):
            result = await fetcher.get(url)
            assert isinstance(result, FetchError) and result.reason == FetchReason.BAD_URL, url
    assert fetcher.requests_made == 0


async def test_a_closed_port_is_a_connection_error(settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with Fetcher(settings) as fetcher:
        result = await fetcher.get(f"http://127.0.0.1:{port}/")
    assert isinstance(result, FetchError) and result.reason == FetchReason.CONNECTION


async def test_brotli_pages_and_bombs_when_brotli_is_installed(serve, settings):
    brotli = pytest.importorskip("brotli")
    if not hasattr(brotli.Decompressor(), "can_accept_more_data"):
        pytest.skip("this brotli cannot bound its output, so Newsloom does not ask for br")
    site = await serve(
        {
            "/page": html(brotli.compress(b"<p>brotli news</p>"), **{"Content-Encoding": "br"}),
            "/bomb": html(brotli.compress(b"\0" * 20_000_000, quality=4), **{"Content-Encoding": "br"}),
        }
    )
    async with Fetcher(settings) as fetcher:
        page, bomb = await fetcher.get(site("/page")), await fetcher.get(site("/bomb"))
    assert page.text == "<p>brotli news</p>"
    assert isinstance(bomb, FetchError) and bomb.reason == FetchReason.DECOMPRESSION_BOMB
