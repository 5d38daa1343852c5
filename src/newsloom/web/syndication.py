"""Writers for Atom 1.0, RSS 2.0 and JSON Feed 1.1 documents.

Each takes the same `FeedInfo` and `Item`s and returns the document's bytes. XML is built
with lxml so escaping is never done by hand; the one thing lxml refuses, characters that
XML 1.0 cannot hold (stray control characters in scraped titles), is stripped here first.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime

from lxml import etree

from newsloom import __version__
from newsloom.web.present import iso

ATOM_NS = "http://www.w3.org/2005/Atom"
DC_NS = "http://purl.org/dc/elements/1.1/"
MEDIA_NS = "http://search.yahoo.com/mrss/"
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True, slots=True)
class FeedInfo:
    title: str
    description: str
    home_url: str
    """The HTML page this feed mirrors."""
    self_url: str
    updated: datetime


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    title: str
    link: str
    """The original article at its publisher: what a feed reader opens."""
    page: str
    """The article's page on Newsloom."""
    published: datetime | None
    updated: datetime
    author: str
    source_name: str
    source_homepage: str | None
    summary: str
    image: str | None
    language: str | None


def atom(info: FeedInfo, items: list[Item]) -> bytes:
    """An Atom 1.0 feed; summaries are plain text (`type="text"`), so nothing in them is markup."""
    feed = etree.Element(f"{{{ATOM_NS}}}feed", nsmap={None: ATOM_NS, "media": MEDIA_NS})
    _sub(feed, "title", info.title)
    _sub(feed, "subtitle", info.description)
    _sub(feed, "id", info.self_url)
    _sub(feed, "updated", iso(info.updated))
    _sub(feed, "link", rel="self", type="application/atom+xml", href=info.self_url)
    _sub(feed, "link", rel="alternate", type="text/html", href=info.home_url)
    _sub(feed, "generator", "Newsloom", version=__version__)
    for item in items:
        entry = _sub(feed, "entry")
        _sub(entry, "title", item.title, type="text")
        _sub(entry, "id", item.id)
        _sub(entry, "link", rel="alternate", type="text/html", href=item.link)
        _sub(entry, "link", rel="related", type="text/html", title="On Newsloom", href=item.page)
        if item.published:
            _sub(entry, "published", iso(item.published))
        _sub(entry, "updated", iso(item.updated))
        _sub(_sub(entry, "author"), "name", item.author or item.source_name)
        if item.summary:
            _sub(entry, "summary", item.summary, type="text")
        source = _sub(entry, "source")
        _sub(source, "title", item.source_name)
        if item.source_homepage:
            _sub(source, "link", rel="alternate", type="text/html", href=item.source_homepage)
        if item.image:
            etree.SubElement(entry, f"{{{MEDIA_NS}}}thumbnail", url=_clean(item.image))
    return etree.tostring(feed, xml_declaration=True, encoding="utf-8", pretty_print=True)


def rss(info: FeedInfo, items: list[Item]) -> bytes:
    """An RSS 2.0 feed. RSS descriptions are HTML by convention, so summaries are HTML-escaped."""
    root = etree.Element("rss", version="2.0", nsmap={"atom": ATOM_NS, "dc": DC_NS, "media": MEDIA_NS})
    channel = etree.SubElement(root, "channel")
    _sub(channel, "title", info.title, ns=None)
    _sub(channel, "link", info.home_url, ns=None)
    _sub(channel, "description", info.description, ns=None)
    _sub(channel, "lastBuildDate", _rfc822(info.updated), ns=None)
    _sub(channel, "generator", f"Newsloom {__version__}", ns=None)
    _sub(channel, "link", rel="self", type="application/rss+xml", href=info.self_url)
    for item in items:
        entry = etree.SubElement(channel, "item")
        _sub(entry, "title", item.title, ns=None)
        _sub(entry, "link", item.link, ns=None)
        _sub(entry, "guid", item.id, ns=None, isPermaLink="false")
        if item.published:
            _sub(entry, "pubDate", _rfc822(item.published), ns=None)
        _sub(entry, "creator", item.author or item.source_name, ns=DC_NS)
        if item.summary:
            _sub(entry, "description", html.escape(item.summary, quote=False), ns=None)
        _sub(entry, "link", rel="related", type="text/html", title="On Newsloom", href=item.page)
        if item.image:
            etree.SubElement(entry, f"{{{MEDIA_NS}}}thumbnail", url=_clean(item.image))
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def json_feed(info: FeedInfo, items: list[Item]) -> bytes:
    """A JSON Feed 1.1; `url` is the original article, `_newsloom.page` the page on Newsloom."""
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": info.title,
        "description": info.description,
        "home_page_url": info.home_url,
        "feed_url": info.self_url,
        "items": [_json_item(item) for item in items],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def _json_item(item: Item) -> dict:
    out: dict = {
        "id": item.id,
        "url": item.link,
        "title": _clean(item.title),
        "content_text": _clean(item.summary),
        "date_modified": iso(item.updated),
        "authors": [{"name": item.author or item.source_name}],
        "_newsloom": {"page": item.page, "source": {"name": item.source_name, "homepage": item.source_homepage}},
    }
    if item.summary:
        out["summary"] = _clean(item.summary)
    if item.published:
        out["date_published"] = iso(item.published)
    if item.image:
        out["image"] = item.image
    if item.language:
        out["language"] = item.language
    return out


def _sub(parent, tag: str, text: str | None = None, ns: str | None = ATOM_NS, **attrs: str):
    """Add a child element (Atom namespace unless told), with text and attributes made XML-safe."""
    element = etree.SubElement(parent, f"{{{ns}}}{tag}" if ns else tag)
    for name, value in attrs.items():
        element.set(name, _clean(value))
    if text is not None:
        element.text = _clean(text)
    return element


def _clean(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (and no reader wants in a title)."""
    return _NOT_XML.sub("", text)


def _rfc822(dt: datetime) -> str:
    dt = dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)
    return format_datetime(dt, usegmt=True)
