"""`HostileWeb`: one loopback server whose endpoints misbehave in the ways the open web does.

Endless and oversized bodies, a decompression bomb, redirect loops and chains, redirects
into private networks, stalls, slow headers, feeds that are broken, mis-encoded, malicious
or pointing at private addresses, pages laced with scripts, wrong content types and error
statuses. Everything that waits does so on an event that `stop()` sets, so the server
shuts down at once whatever its clients are doing.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time

from aiohttp import web

from newsloom.simweb import hostile_samples as samples
from newsloom.simweb.site import RequestRecord

HUGE_BYTES = 50 * 1024 * 1024
STALL_S = 300.0
SLOW_HEADERS_S = 5.0
_CHUNK = b"<p>" + b"all work and no play " * 3000 + b"</p>\n"


class HostileWeb:
    """A misbehaving web server on 127.0.0.1; use `async with HostileWeb() as bad:` and `bad.base_url`."""

    def __init__(self) -> None:
        self.base_url = ""
        self.requests: list[RequestRecord] = []
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None

    async def __aenter__(self) -> HostileWeb:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def url(self, path: str) -> str:
        return self.base_url + path

    async def start(self) -> None:
        self._closing = asyncio.Event()
        self._runner = web.AppRunner(self._app(), access_log=None, shutdown_timeout=0.2)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        host, port = self._runner.addresses[0][:2]
        self.base_url = f"http://{host}:{port}"

    async def stop(self) -> None:
        self._closing.set()
        if self._runner:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    def _app(self) -> web.Application:
        app = web.Application(middlewares=[self._record])
        routes = {
            "/robots.txt": self._robots, "/huge": self._huge, "/huge-declared": self._huge_declared,
            "/bomb": self._bomb, "/loop": self._loop, "/loop2": self._loop2, "/chain/{n:\\d+}": self._chain,
            "/to-private": self._to_private, "/to-metadata": self._to_metadata, "/stall": self._stall,
            "/slow-headers": self._slow_headers, "/feed/private-link.xml": self._private_link_feed,
            "/feed/malformed.xml": self._malformed_feed, "/feed/garbage.xml": self._garbage_feed,
            "/feed/latin1.xml": self._latin1_feed, "/feed/scripts.xml": self._scripts_feed,
            "/article/scripts.html": self._scripts_article, "/article/{name}.html": self._article,
            "/wrong-type": self._wrong_type, "/404": self._status, "/500": self._status, "/429": self._status,
        }
        for path, handler in routes.items():
            app.router.add_get(path, handler)
        return app

    @web.middleware
    async def _record(self, request: web.Request, handler):
        self.requests.append(RequestRecord(request.path_qs, time.monotonic()))
        return await handler(request)

    async def _wait(self, seconds: float) -> None:
        """Sleep, but wake as soon as the server is stopping."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)

    async def _robots(self, request: web.Request) -> web.Response:
        return web.Response(text="User-agent: *\nAllow: /\n")

    async def _huge(self, request: web.Request) -> web.StreamResponse:
        """A 50 MB page sent chunked, without a Content-Length to warn the client."""
        return await self._stream_huge(request, web.StreamResponse(headers={"Content-Type": "text/html"}))

    async def _huge_declared(self, request: web.Request) -> web.StreamResponse:
        """The same page, honest about its size in Content-Length."""
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        response.content_length = HUGE_BYTES
        return await self._stream_huge(request, response)

    async def _stream_huge(self, request: web.Request, response: web.StreamResponse) -> web.StreamResponse:
        await response.prepare(request)
        sent = 0
        with contextlib.suppress(ConnectionError):
            while sent < HUGE_BYTES and not self._closing.is_set():
                chunk = _CHUNK[: HUGE_BYTES - sent]
                await response.write(chunk)
                sent += len(chunk)
        return response

    async def _bomb(self, request: web.Request) -> web.Response:
        body = await asyncio.get_running_loop().run_in_executor(None, samples.gzip_bomb)
        return web.Response(body=body, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})

    async def _loop(self, request: web.Request) -> web.Response:
        raise web.HTTPFound("/loop2")

    async def _loop2(self, request: web.Request) -> web.Response:
        raise web.HTTPFound("/loop")

    async def _chain(self, request: web.Request) -> web.Response:
        """/chain/N redirects N times, then serves an article."""
        n = int(request.match_info["n"])
        if n > 0:
            raise web.HTTPFound(f"/chain/{n - 1}")
        return web.Response(text=samples.article_page("chain-end"), content_type="text/html")

    async def _to_private(self, request: web.Request) -> web.Response:
        raise web.HTTPFound("http://10.0.0.1/")

    async def _to_metadata(self, request: web.Request) -> web.Response:
        raise web.HTTPFound("http://169.254.169.254/latest/meta-data/")

    async def _stall(self, request: web.Request) -> web.StreamResponse:
        """Headers and a few bytes, then nothing for a long time."""
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        await response.prepare(request)
        with contextlib.suppress(ConnectionError):
            await response.write(b"<!DOCTYPE html><html><head>")
        await self._wait(STALL_S)
        return response

    async def _slow_headers(self, request: web.Request) -> web.Response:
        """Waits `?s=` seconds (default SLOW_HEADERS_S) before answering at all."""
        await self._wait(float(request.query.get("s", SLOW_HEADERS_S)))
        return web.Response(text=samples.article_page("slow"), content_type="text/html")

    async def _private_link_feed(self, request: web.Request) -> web.Response:
        return _xml(samples.private_link_feed(self.base_url))

    async def _malformed_feed(self, request: web.Request) -> web.Response:
        return _xml(samples.malformed_feed(self.base_url))

    async def _garbage_feed(self, request: web.Request) -> web.Response:
        body = b"\x89\x00\x17 this is not a feed {\"error\": true} \xff\xfe" * 20
        return web.Response(body=body, headers={"Content-Type": "application/rss+xml"})

    async def _latin1_feed(self, request: web.Request) -> web.Response:
        """windows-1252 bytes, declared only in the XML declaration (no charset in Content-Type)."""
        return web.Response(body=samples.latin1_feed(self.base_url), headers={"Content-Type": "application/xml"})

    async def _scripts_feed(self, request: web.Request) -> web.Response:
        return _xml(samples.scripts_feed(self.base_url))

    async def _scripts_article(self, request: web.Request) -> web.Response:
        return web.Response(text=samples.scripts_article(), content_type="text/html")

    async def _article(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if match := re.fullmatch(r"latin1-(\d+)", name):
            return web.Response(body=samples.latin1_article(int(match[1])), headers={"Content-Type": "text/html"})
        return web.Response(text=samples.article_page(name), content_type="text/html")

    async def _wrong_type(self, request: web.Request) -> web.Response:
        return web.Response(body=samples.article_page("wrong-type").encode(), headers={"Content-Type": "image/png"})

    async def _status(self, request: web.Request) -> web.Response:
        status = int(request.path.strip("/"))
        headers = {"Retry-After": "120"} if status == 429 else {}
        return web.Response(status=status, text=f"status {status}", headers=headers)


def _xml(text: str) -> web.Response:
    return web.Response(text=text, content_type="application/rss+xml")
