"""Finding a site's feeds from its home page (autodiscovery), without touching the network.

The caller fetches the page, asks `feed_links` for the feeds it declares, and when there are
none tries `COMMON_FEED_PATHS` on the site, keeping the responses `looks_like_feed` accepts.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from .clean import http_url
from .sniff import FEED_KINDS, document_kind

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/feed+json",
        "application/json+feed",
        "application/x.atom+xml",
        "application/x-atom+xml",
        "application/x-rss+xml",
        "text/rss+xml",
        "text/atom+xml",
    }
)

COMMON_FEED_PATHS: tuple[str, ...] = (
    "/feed",
    "/rss",
    "/rss.xml",
    "/feed.xml",
    "/atom.xml",
    "/index.xml",
    "/feeds/posts/default",
    "/feed/",
    "/rss/",
    "/index.rss",
    "/atom",
    "/feed.json",
    "/rss/index.xml",
    "/news/rss.xml",
    "/?feed=rss2",
)



def feed_links(html: str, page_url: str) -> list[str]:
    """Absolute URLs of the feeds a page declares with <link rel="alternate" type="...">,
    in document order and without repeats; relative hrefs honour the page's <base href>."""
    if not html:
        return []
    tree = LexborHTMLParser(html)
    base = page_url
    base_tag = tree.css_first("base[href]")
    if base_tag is not None:
        base = http_url(base_tag.attributes.get("href"), page_url) or page_url
    found: dict[str, None] = {}
    for link in tree.css("link[rel][href]"):
        attributes = link.attributes
        rels = (attributes.get("rel") or "").lower().split()
        media_type = (attributes.get("type") or "").split(";", 1)[0].strip().lower()
        if "alternate" in rels and media_type in FEED_TYPES:
            if (url := http_url(attributes.get("href"), base)) is not None:
                found.setdefault(url, None)
    return list(found)


def looks_like_feed(body: bytes, content_type: str | None) -> bool:
    """Whether a response is worth handing to `parse_feed`: its root element (or JSON Feed
    version) says feed. The Content-Type only breaks a tie, as servers often mislabel feeds."""
    kind = document_kind(body, content_type)
    if kind in FEED_KINDS:
        return True
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    return kind == "unknown" and media_type in FEED_TYPES
