"""HostileWeb's endpoints misbehave exactly as advertised, and never keep it from stopping."""

from __future__ import annotations

import asyncio
import time
import zlib

import aiohttp
import feedparser
import pytest

from newsloom.simweb import HostileWeb

MB = 1024 * 1024


@pytest.fixture
async def bad():
    async with HostileWeb() as web:
        yield web


@pytest.fixture
async def session():
    async with aiohttp.ClientSession(auto_decompress=False, timeout=aiohttp.ClientTimeout(total=5)) as client:
        yield client


async def head_of(session, url: str, limit: int = 64 * 1024) -> tuple[aiohttp.ClientResponse, bytes]:
    """The response and at most `limit` bytes of its body."""
    async with session.get(url, allow_redirects=False) as response:
        return response, await response.content.read(limit)


async def test_redirects_loop_chain_and_point_into_private_networks(bad, session):
    first, _ = await head_of(session, bad.url("/loop"))
    second, _ = await head_of(session, bad.url(first.headers["Location"]))
    assert (first.status, first.headers["Location"], second.headers["Location"]) == (302, "/loop2", "/loop")

    async with session.get(bad.url("/chain/3"), max_redirects=5) as response:
        assert response.status == 200 and len(response.history) == 3
    private, _ = await head_of(session, bad.url("/to-private"))
    metadata, _ = await head_of(session, bad.url("/to-metadata"))
    assert private.headers["Location"] == "http://10.0.0.1/"
    assert metadata.headers["Location"] == "http://169.254.169.254/latest/meta-data/"


async def test_huge_bodies_keep_coming_with_or_without_a_declared_length(bad, session):
    async with session.get(bad.url("/huge")) as response:
        assert response.content_length is None
        received = 0
        async for chunk in response.content.iter_chunked(64 * 1024):
            received += len(chunk)
            if received > 2 * MB:
                break
    assert received > 2 * MB

    declared, _ = await head_of(session, bad.url("/huge-declared"))
    assert declared.content_length == 50 * MB


async def test_the_gzip_bomb_is_small_on_the_wire_and_enormous_inflated(bad, session):
    response, body = await head_of(session, bad.url("/bomb"), limit=10 * MB)
    assert response.headers["Content-Encoding"] == "gzip" and len(body) < 200_000
    inflated = zlib.decompressobj(31).decompress(body, 20 * MB)
    assert len(inflated) == 20 * MB and len(inflated) / len(body) > 100


async def test_a_stalled_response_times_out_and_does_not_delay_shutdown():
    bad = HostileWeb()
    await bad.start()
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(sock_read=0.2)) as session:
        async with session.get(bad.url("/stall")) as response:
            assert response.status == 200
            with pytest.raises(asyncio.TimeoutError):
                await response.read()
        waiting = [asyncio.create_task(session.get(bad.url(path))) for path in ("/stall", "/slow-headers")]
        await asyncio.sleep(0.05)
        started = time.monotonic()
        await bad.stop()
        assert time.monotonic() - started < 1.0
        for task in waiting:
            task.cancel()


async def test_slow_headers_arrive_late(bad, session):
    started = time.monotonic()
    response, _ = await head_of(session, bad.url("/slow-headers?s=0.3"))
    assert response.status == 200 and time.monotonic() - started >= 0.3


async def test_feeds_that_are_dangerous_broken_or_not_feeds_at_all(bad, session):
    feeds = {path: (await head_of(session, bad.url(path)))[1] for path in
             ("/feed/private-link.xml", "/feed/malformed.xml", "/feed/garbage.xml", "/feed/scripts.xml")}

    links = [e.link for e in feedparser.parse(feeds["/feed/private-link.xml"]).entries]
    assert links[0] == "http://192.168.1.10/x" and links[1].startswith(bad.base_url)
    assert (await head_of(session, links[1]))[0].status == 200

    malformed = feedparser.parse(feeds["/feed/malformed.xml"])
    assert malformed.bozo and len(malformed.entries) == 2
    assert not feedparser.parse(feeds["/feed/garbage.xml"]).entries

    scripts = feeds["/feed/scripts.xml"].decode()
    assert "&lt;script&gt;" in scripts and "onerror" in scripts and "javascript:" in scripts


async def test_a_windows_1252_feed_says_so_only_in_its_xml_declaration(bad, session):
    response, body = await head_of(session, bad.url("/feed/latin1.xml"))
    assert "charset" not in response.headers["Content-Type"]
    assert body.startswith(b'<?xml version="1.0" encoding="windows-1252"?>')
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    titles = [e.title for e in feedparser.parse(body).entries]
    assert any("é" in title for title in titles)
    page, html = await head_of(session, feedparser.parse(body).entries[0].link)
    assert page.status == 200 and "é".encode("windows-1252") in html


async def test_an_article_laced_with_scripts_still_has_its_text(bad, session):
    _, html = await head_of(session, bad.url("/article/scripts.html"))
    page = html.decode()
    for payload in ("<script>", "onerror=", "javascript:", "<iframe", "<svg onload", "onclick="):
        assert payload in page
    assert page.count("<p>") >= 5


async def test_wrong_content_type_and_error_statuses(bad, session):
    wrong, body = await head_of(session, bad.url("/wrong-type"))
    assert wrong.headers["Content-Type"] == "image/png" and body.startswith(b"<!DOCTYPE html>")
    statuses = {path: (await head_of(session, bad.url(path)))[0] for path in ("/404", "/500", "/429")}
    assert {path: r.status for path, r in statuses.items()} == {"/404": 404, "/500": 500, "/429": 429}
    assert statuses["/429"].headers["Retry-After"] == "120"
