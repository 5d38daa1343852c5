"""Reading a response body within Newsloom's limits, decompressing it as it streams.

Newsloom reads the raw stream (auto_decompress off) and inflates it here in bounded steps,
so the limits it promises hold exactly: at most `max_body_bytes` after decompression, a
cap on the compression ratio, and reading stops the moment either is crossed. A 50 KB gzip
of zeros that would become 50 MB is refused after about a megabyte, and an oversized plain
body is never held past the limit.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterable, Callable, Iterator

from newsloom.model import FetchError, FetchReason

try:  # Brotli is optional: used (and advertised) only with a bounded-output decompressor.
    import brotli  # type: ignore[import-not-found]

    _BROTLI = hasattr(brotli.Decompressor(), "can_accept_more_data")
except ImportError:  # pragma: no cover - depends on the environment
    brotli = None
    _BROTLI = False

_STEP = 64 * 1024
_BROTLI_PIECE = 4096
RATIO_CHECK_AFTER = 1_000_000
"""Decompressed bytes produced before the ratio is judged: small bodies compress unevenly."""


class Refusal(Exception):
    """A fetch Newsloom gives up on by its own rules; becomes a `FetchError` at the boundary."""

    def __init__(self, reason: FetchReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message

    def as_error(self, url: str) -> FetchError:
        return FetchError(url=url, reason=self.reason, message=self.message)


def accept_encoding() -> str:
    """The codings Newsloom can inflate, for the Accept-Encoding header."""
    return "gzip, deflate, br" if _BROTLI else "gzip, deflate"


async def read_body(
    chunks: AsyncIterable[bytes],
    coding: str,
    *,
    max_bytes: int,
    max_ratio: float,
    on_wire: Callable[[int], None],
) -> bytes:
    """The decoded body; raises `Refusal` as soon as a limit is crossed, holding at most max_bytes + 1."""
    inflater = _inflater(coding)
    body = bytearray()

    def room() -> int:
        return max(1, min(_STEP, max_bytes - len(body) + 1))

    async for chunk in chunks:
        on_wire(len(chunk))
        if inflater is None:
            if len(body) + len(chunk) > max_bytes:
                raise Refusal(FetchReason.TOO_LARGE, f"body larger than {max_bytes} bytes")
            body += chunk
            continue
        for piece in inflater.feed(chunk, room):
            body += piece
            _check_inflated(len(body), inflater.consumed, max_bytes, max_ratio)
    return bytes(body)


def _check_inflated(produced: int, consumed: int, max_bytes: int, max_ratio: float) -> None:
    if produced > max_bytes:
        raise Refusal(FetchReason.DECOMPRESSION_BOMB, f"body inflates past {max_bytes} bytes")
    if produced >= RATIO_CHECK_AFTER and produced > max_ratio * max(consumed, 1):
        raise Refusal(
            FetchReason.DECOMPRESSION_BOMB,
            f"body inflates {produced / max(consumed, 1):.0f}-fold (limit {max_ratio:.0f})",
        )


class _Zlib:
    """gzip or zlib-wrapped deflate, inflated at most `room()` bytes at a time."""

    def __init__(self, wbits: int) -> None:
        self._decoder = zlib.decompressobj(wbits)
        self._fed = 0
        self.consumed = 0

    def feed(self, data: bytes, room: Callable[[], int]) -> Iterator[bytes]:
        self._fed += len(data)
        while True:
            try:
                out = self._decoder.decompress(data, room())
            except zlib.error as exc:
                raise Refusal(FetchReason.PARSE, f"broken compressed body: {exc}") from exc
            data = self._decoder.unconsumed_tail
            self.consumed = self._fed - len(data)
            if not out and not data:
                return
            yield out


class _Deflate:
    """HTTP "deflate": meant to be zlib-wrapped, but some servers send raw deflate; sniff which."""

    def __init__(self) -> None:
        self._head = b""
        self._inner: _Zlib | None = None

    @property
    def consumed(self) -> int:
        return self._inner.consumed if self._inner else 0

    def feed(self, data: bytes, room: Callable[[], int]) -> Iterator[bytes]:
        if self._inner is None:
            self._head += data
            if len(self._head) < 2:
                return
            data, self._head = self._head, b""
            wrapped = data[0] & 0x0F == 8 and int.from_bytes(data[:2], "big") % 31 == 0
            self._inner = _Zlib(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        yield from self._inner.feed(data, room)


class _Brotli:
    """Brotli, fed in small pieces so the compressed byte count behind each output is exact."""

    def __init__(self) -> None:
        self._decoder = brotli.Decompressor()
        self.consumed = 0

    def feed(self, data: bytes, room: Callable[[], int]) -> Iterator[bytes]:
        try:
            for start in range(0, len(data), _BROTLI_PIECE):
                piece = data[start : start + _BROTLI_PIECE]
                self.consumed += len(piece)
                yield self._decoder.process(piece, output_buffer_limit=room())
                while not self._decoder.can_accept_more_data():
                    yield self._decoder.process(b"", output_buffer_limit=room())
        except brotli.error as exc:
            raise Refusal(FetchReason.PARSE, f"broken compressed body: {exc}") from exc


def _inflater(coding: str) -> _Zlib | _Deflate | _Brotli | None:
    coding = coding.strip().lower()
    if coding in ("", "identity"):
        return None
    if coding in ("gzip", "x-gzip"):
        return _Zlib(16 + zlib.MAX_WBITS)
    if coding == "deflate":
        return _Deflate()
    if coding == "br" and _BROTLI:
        return _Brotli()
    raise Refusal(FetchReason.CONTENT_TYPE, f"unsupported Content-Encoding {coding!r}")
