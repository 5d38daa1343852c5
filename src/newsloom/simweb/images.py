"""Lead images: tiny PNGs, one colour per article, made on request."""

from __future__ import annotations

import struct
import zlib
from functools import lru_cache

WIDTH, HEIGHT = 64, 36


@lru_cache(maxsize=1024)
def lead_image(article_id: int) -> bytes:
    """A valid WIDTH x HEIGHT PNG whose colour is derived from the article id."""
    colour = bytes(((article_id * 67) % 200 + 30, (article_id * 131) % 200 + 30, (article_id * 29) % 200 + 30))
    row = b"\x00" + colour * WIDTH
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0)
    return b"".join((
        b"\x89PNG\r\n\x1a\n",
        _chunk(b"IHDR", header),
        _chunk(b"IDAT", zlib.compress(row * HEIGHT)),
        _chunk(b"IEND", b""),
    ))


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
