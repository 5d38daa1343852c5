"""A cheap look at the first bytes of a document to say what kind of document it is.

Servers label feeds `text/html`, `text/plain` or `application/octet-stream` as often as not,
and label error pages as feeds; the root element is what tells. Written by hand because it is
a few lines and must run before (and without) a full parse.
"""

from __future__ import annotations

import re

FEED_KINDS = frozenset({"rss", "atom", "rdf", "json-feed"})

_WINDOW = 8192
_JSON_WINDOW = 65536
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_PROLOG = re.compile(
    r"""\s*(?:<\?.*?\?>|<!--.*?-->|<!doctype\b[^\[>]*(?:\[.*?\])?\s*>)""",
    re.IGNORECASE | re.DOTALL,
)
_ROOT = re.compile(r"\s*<([A-Za-z_][\w:.-]*)")
_HTML_DOCTYPE = re.compile(r"<!doctype\s+html", re.IGNORECASE)
_HTML_ROOTS = frozenset(
    {"html", "head", "body", "meta", "title", "link", "script", "style", "div", "p", "span", "a",
     "table", "h1", "h2", "h3", "form", "iframe", "center", "br", "pre", "img"}
)


def document_kind(body: bytes, content_type: str | None = None) -> str:
    """One of "rss", "atom", "rdf", "json-feed", "json", "html", "empty" or "unknown"."""
    text = _head_text(body)
    stripped = text.lstrip()
    if not stripped:
        return "empty"
    if stripped[0] in "{[":
        declared = "jsonfeed.org/version" in text or b"jsonfeed.org/version" in body[:_JSON_WINDOW]
        return "json-feed" if declared else "json"
    if _HTML_DOCTYPE.search(text[:1024]):
        return "html"
    root = _root_name(stripped)
    local = root.rpartition(":")[2].lower()
    if local == "rss":
        return "rss"
    if local == "feed":
        return "atom"
    if local == "rdf":
        return "rdf"
    if local in _HTML_ROOTS or (not root and "html" in (content_type or "").lower()):
        return "html"
    return "unknown"


def _head_text(body: bytes) -> str:
    """The first bytes decoded well enough to read tag names (any ASCII-compatible
    charset reads the same as latin-1 for that purpose)."""
    head = body[:_WINDOW]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return head[len(bom):].decode(encoding, errors="ignore")
    if head[:2] == b"<\x00":
        return head.decode("utf-16-le", errors="ignore")
    if head[:2] == b"\x00<":
        return head.decode("utf-16-be", errors="ignore")
    return head.decode("latin-1")


def _root_name(text: str) -> str:
    position = 0
    while match := _PROLOG.match(text, position):
        position = match.end()
    match = _ROOT.match(text, position)
    return match.group(1) if match else ""
