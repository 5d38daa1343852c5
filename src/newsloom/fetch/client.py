"""The fetcher: one guarded, polite HTTP GET that ends in a `Page` or a `FetchError`.

Every limit a hostile or broken server could push against is enforced here, while the
response streams: time (connect, silence, total), size (before and after decompression),
redirects (counted, each hop checked again), destination (public addresses only) and
robots.txt. Failures come back as values, because one bad feed among thousands is
ordinary and must be recorded on its channel, not raised through the crawl loop.
"""

from __future__ import annotations

import socket
from collections.abc import Mapping
from datetime import UTC, datetime
from types import TracebackType
from typing import Self

import aiohttp
from yarl import URL

from newsloom.config import Settings
from newsloom.fetch.body import Refusal, accept_encoding, read_body
from newsloom.fetch.charset import decode
from newsloom.fetch.guard import AddressPolicy, BlockedAddress, GuardedResolver
from newsloom.fetch.politeness import Politeness
from newsloom.fetch.schedule import retry_after_s
from newsloom.model import FetchError, FetchReason, Page

DEFAULT_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
_REDIRECTS = {301, 302, 303, 307, 308}
_RETRY_AFTER_STATUSES = {429, 503}
_CHUNK = 64 * 1024


class Fetcher:
    """Fetches pages for Newsloom; use as `async with Fetcher(settings) as fetcher:`.

    `requests_made` and `bytes_read` (bytes off the wire, before decompression) count all
    traffic, robots.txt included, for benchmarks and logs.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.requests_made = 0
        self.bytes_read = 0
        self._policy = AddressPolicy(settings.allow_hosts)
        self._politeness = Politeness(settings, self._fetch_robots)
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Self:
        s = self.settings
        connector = aiohttp.TCPConnector(
            resolver=GuardedResolver(self._policy), limit=s.total_concurrency, limit_per_host=0
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            timeout=aiohttp.ClientTimeout(
                total=s.total_timeout_s, connect=s.connect_timeout_s, sock_read=s.read_timeout_s
            ),
            headers={"User-Agent": s.user_agent, "Accept-Encoding": accept_encoding()},
            auto_decompress=False,
            cookie_jar=aiohttp.DummyCookieJar(),
        )
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str | None = None,
        robots: bool = True,
    ) -> Page | FetchError:
        """GET `url`, following redirects by hand so every hop passes the same checks.

        `etag` / `last_modified` make the request conditional (a 304 comes back as a Page
        with status 304 and no body); `robots=False` skips robots.txt (used for robots.txt
        itself). Never raises for network or HTTP trouble.
        """
        if self._session is None:
            raise RuntimeError("Fetcher.get() needs 'async with Fetcher(settings) as fetcher'")
        headers = {"Accept": accept or DEFAULT_ACCEPT}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, seen = url, set[str]()
        for _hop in range(self.settings.max_redirects + 1):
            outcome = await self._hop(current, headers, robots)
            if not isinstance(outcome, URL):
                return _as_requested(outcome, url)
            seen.add(current)
            current = str(outcome)
            if current in seen:
                return FetchError(url, FetchReason.TOO_MANY_REDIRECTS, f"redirect loop back to {current}")
        too_many = f"more than {self.settings.max_redirects} redirects"
        return FetchError(url, FetchReason.TOO_MANY_REDIRECTS, too_many)

    async def _hop(self, url: str, headers: dict[str, str], robots: bool) -> Page | FetchError | URL:
        """One step of a fetch: checks, a politeness slot, one request."""
        target = self._checked(url)
        if isinstance(target, FetchError):
            return target
        if robots and (refused := await self._politeness.check(target)) is not None:
            return refused
        async with self._politeness.slot(target):
            return await self._exchange(target, headers)

    def _checked(self, url: str) -> URL | FetchError:
        """The URL, parsed, when it is an http(s) URL to a destination the policy allows."""
        try:
            parsed = URL(url)
        except (ValueError, TypeError, UnicodeError) as exc:
            return FetchError(url, FetchReason.BAD_URL, f"not a valid URL: {exc}")
        if parsed.scheme not in ("http", "https") or not parsed.host:
            return FetchError(url, FetchReason.BAD_URL, "only http and https URLs can be fetched")
        if self._policy.literal_refused(parsed.host):
            return FetchError(url, FetchReason.BLOCKED_ADDRESS, f"{parsed.host} is not a public address")
        return parsed

    async def _exchange(self, url: URL, headers: dict[str, str]) -> Page | FetchError | URL:
        """One request: a Page, an error, or the URL a redirect points to."""
        assert self._session is not None
        self.requests_made += 1
        where = str(url)
        try:
            async with self._session.get(url, headers=headers, allow_redirects=False) as response:
                return await self._response(url, response)
        except Refusal as exc:
            return exc.as_error(where)
        except BlockedAddress as exc:
            return FetchError(where, FetchReason.BLOCKED_ADDRESS, str(exc))
        except TimeoutError as exc:
            return FetchError(where, FetchReason.TIMEOUT, f"timed out: {exc or type(exc).__name__}")
        except aiohttp.InvalidURL as exc:
            return FetchError(where, FetchReason.BAD_URL, f"not a valid URL: {exc}")
        except aiohttp.ClientConnectorError as exc:
            if isinstance(exc.os_error, socket.gaierror):
                return FetchError(where, FetchReason.DNS, f"cannot resolve {exc.host} ({exc.os_error.strerror})")
            return FetchError(where, FetchReason.CONNECTION, f"cannot connect to {exc.host}:{exc.port} ({exc.os_error.strerror or exc.os_error})")
        except (aiohttp.ClientError, OSError) as exc:
            return FetchError(where, FetchReason.CONNECTION, f"{type(exc).__name__}: {exc}")

    async def _response(self, url: URL, response: aiohttp.ClientResponse) -> Page | FetchError | URL:
        status = response.status
        if status in _REDIRECTS and (location := response.headers.get("Location")):
            try:
                return url.join(URL(location))
            except (ValueError, TypeError, UnicodeError) as exc:
                return FetchError(str(url), FetchReason.BAD_URL, f"bad redirect Location {location!r}: {exc}")
        if status >= 300 and status != 304:
            retry = None
            if status in _RETRY_AFTER_STATUSES:
                retry = retry_after_s(response.headers.get("Retry-After"), response.headers.get("Date"))
            return FetchError(str(url), FetchReason.HTTP_STATUS, f"HTTP {status}", status, retry)
        body = b""
        if status != 304:
            body = await self._body(response)
        text, encoding = decode(body, response.charset)
        return Page(
            url=str(url),
            requested_url=str(url),
            status=status,
            headers=_lowered(response.headers),
            body=body,
            text=text,
            encoding=encoding,
            fetched_at=datetime.now(UTC),
        )

    async def _body(self, response: aiohttp.ClientResponse) -> bytes:
        limit = self.settings.max_body_bytes
        if response.content_length is not None and response.content_length > limit:
            response.close()
            declared = response.content_length
            raise Refusal(FetchReason.TOO_LARGE, f"Content-Length {declared} is over {limit} bytes")
        try:
            return await read_body(
                response.content.iter_chunked(_CHUNK),
                response.headers.get("Content-Encoding", ""),
                max_bytes=limit,
                max_ratio=self.settings.max_compression_ratio,
                on_wire=self._count,
            )
        except Refusal:
            response.close()  # stop here: the rest of the body is never read
            raise

    def _count(self, size: int) -> None:
        self.bytes_read += size

    async def _fetch_robots(self, url: str) -> Page | FetchError:
        return await self.get(url, accept="text/plain,*/*;q=0.5", robots=False)


def _as_requested(outcome: Page | FetchError, url: str) -> Page | FetchError:
    """Results are filed under the URL that was asked for; the hop that failed goes in the message."""
    if isinstance(outcome, Page):
        outcome.requested_url = url
    elif outcome.url != url:
        outcome.message = f"{outcome.message} (at {outcome.url})"
        outcome.url = url
    return outcome


def _lowered(headers: Mapping[str, str]) -> dict[str, str]:
    lowered: dict[str, str] = {}
    for name, value in headers.items():
        name = name.lower()
        lowered[name] = f"{lowered[name]}, {value}" if name in lowered else value
    return lowered
