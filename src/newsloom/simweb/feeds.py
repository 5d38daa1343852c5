"""Feeds in the four formats Newsloom meets in the wild, plus the OPML and sitemap documents.

Written by hand with escaping, not through a feed library: the point is to control exactly
what each outlet's feed looks like (namespaces, image elements, ttl, tracking links).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape, quoteattr

CONTENT_TYPES = {
    "rss": "application/rss+xml",
    "atom": "application/atom+xml",
    "rdf": "application/rdf+xml",
    "json": "application/feed+json",
}


@dataclass(frozen=True, slots=True)
class FeedItem:
    url: str
    guid: str
    title: str
    summary: str
    published: datetime
    author: str
    category: str
    image_url: str
    content_html: str = ""


@dataclass(frozen=True, slots=True)
class FeedHead:
    title: str
    feed_url: str
    home_url: str
    language: str
    updated: datetime
    ttl_minutes: int | None = None


def render_feed(fmt: str, head: FeedHead, items: list[FeedItem]) -> str:
    """The feed document in format "rss", "atom", "rdf" or "json"."""
    return _RENDERERS[fmt](head, items)


def render_opml(title: str, outlines: list[dict[str, str]]) -> str:
    """An OPML 2.0 subscription list; each outline's dict becomes its attributes."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{escape(title)}</title></head>",
        "  <body>",
    ]
    for outline in outlines:
        attributes = " ".join(f"{key}={quoteattr(value)}" for key, value in outline.items())
        lines.append(f"    <outline {attributes}/>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def render_sitemap(entries: list[tuple[str, datetime]]) -> str:
    urls = "".join(f"<url><loc>{escape(url)}</loc><lastmod>{when.isoformat()}</lastmod></url>\n"
                   for url, when in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n')


def _rss(head: FeedHead, items: list[FeedItem]) -> str:
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n',
        f"<title>{escape(head.title)}</title>\n<link>{escape(head.home_url)}</link>\n",
        f"<description>{escape(head.title)}</description>\n<language>{head.language}</language>\n",
        f'<atom:link href={quoteattr(head.feed_url)} rel="self" type="application/rss+xml"/>\n',
        f"<lastBuildDate>{format_datetime(head.updated, usegmt=True)}</lastBuildDate>\n",
        f"<ttl>{head.ttl_minutes}</ttl>\n" if head.ttl_minutes else "",
    ]
    for item in items:
        parts.append(
            f"<item>\n<title>{escape(item.title)}</title>\n<link>{escape(item.url)}</link>\n"
            f'<guid isPermaLink="false">{escape(item.guid)}</guid>\n'
            f"<pubDate>{format_datetime(item.published, usegmt=True)}</pubDate>\n"
            f"<dc:creator>{escape(item.author)}</dc:creator>\n<category>{escape(item.category)}</category>\n"
            f"<description>{escape(item.summary)}</description>\n"
            f'<media:content url={quoteattr(item.image_url)} medium="image" type="image/png" width="64" height="36"/>\n'
            f'<enclosure url={quoteattr(item.image_url)} type="image/png" length="0"/>\n'
            + (f"<content:encoded>{escape(item.content_html)}</content:encoded>\n" if item.content_html else "")
            + "</item>\n"
        )
    parts.append("</channel>\n</rss>\n")
    return "".join(parts)


def _atom(head: FeedHead, items: list[FeedItem]) -> str:
    parts = [
        f'<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{head.language}">\n',
        f"<title>{escape(head.title)}</title>\n<id>{escape(head.feed_url)}</id>\n",
        f"<updated>{head.updated.isoformat()}</updated>\n",
        f'<link rel="self" type="application/atom+xml" href={quoteattr(head.feed_url)}/>\n',
        f'<link rel="alternate" type="text/html" href={quoteattr(head.home_url)}/>\n',
    ]
    for item in items:
        parts.append(
            f"<entry>\n<title>{escape(item.title)}</title>\n<id>{escape(item.guid)}</id>\n"
            f'<link rel="alternate" type="text/html" href={quoteattr(item.url)}/>\n'
            f'<link rel="enclosure" type="image/png" href={quoteattr(item.image_url)}/>\n'
            f"<published>{item.published.isoformat()}</published>\n<updated>{item.published.isoformat()}</updated>\n"
            f"<author><name>{escape(item.author)}</name></author>\n"
            f"<category term={quoteattr(item.category)}/>\n"
            f'<summary type="text">{escape(item.summary)}</summary>\n</entry>\n'
        )
    parts.append("</feed>\n")
    return "".join(parts)


def _rdf(head: FeedHead, items: list[FeedItem]) -> str:
    sequence = "".join(f"<rdf:li rdf:resource={quoteattr(item.url)}/>\n" for item in items)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n',
        f"<channel rdf:about={quoteattr(head.feed_url)}>\n<title>{escape(head.title)}</title>\n",
        f"<link>{escape(head.home_url)}</link>\n<description>{escape(head.title)}</description>\n",
        f"<dc:language>{head.language}</dc:language>\n<dc:date>{head.updated.isoformat()}</dc:date>\n",
        f"<items>\n<rdf:Seq>\n{sequence}</rdf:Seq>\n</items>\n</channel>\n",
    ]
    for item in items:
        parts.append(
            f"<item rdf:about={quoteattr(item.url)}>\n<title>{escape(item.title)}</title>\n"
            f"<link>{escape(item.url)}</link>\n<description>{escape(item.summary)}</description>\n"
            f"<dc:date>{item.published.isoformat()}</dc:date>\n<dc:creator>{escape(item.author)}</dc:creator>\n"
            f"<dc:subject>{escape(item.category)}</dc:subject>\n</item>\n"
        )
    parts.append("</rdf:RDF>\n")
    return "".join(parts)


def _json_feed(head: FeedHead, items: list[FeedItem]) -> str:
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": head.title,
        "home_page_url": head.home_url,
        "feed_url": head.feed_url,
        "language": head.language,
        "items": [
            {
                "id": item.guid,
                "url": item.url,
                "title": item.title,
                "summary": item.summary,
                "image": item.image_url,
                "date_published": item.published.isoformat(),
                "authors": [{"name": item.author}],
                "tags": [item.category],
            }
            for item in items
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=1)


_RENDERERS = {"rss": _rss, "atom": _atom, "rdf": _rdf, "json": _json_feed}
