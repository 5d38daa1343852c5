"""Adding a site by its home page: Newsloom finds the feeds the page declares."""

from __future__ import annotations

import pytest

from newsloom.gather.discover import COMMON_FEED_PATHS, feed_links, looks_like_feed

HOME_PAGE = """<!DOCTYPE html>
<html><head>
  <title>Daily Planet</title>
  <link rel="stylesheet" href="/style.css">
  <link rel="alternate" hreflang="fr" href="https://planet.example/fr/">
  <link rel="alternate" type="application/rss+xml" title="All news" href="/rss.xml">
  <link rel="alternate" type="application/atom+xml" title="World" href="https://planet.example/world/atom.xml">
  <link rel="ALTERNATE" type="application/feed+json; charset=utf-8" title="JSON" href="//planet.example/feed.json">
  <link rel="alternate" type="application/rss+xml" title="All news again" href="https://planet.example/rss.xml#dup">
  <link rel="alternate" type="application/rss+xml" title="All news (dup)" href="/rss.xml">
  <link rel="alternate" type="application/rdf+xml" href="/index.rdf">
  <link rel="alternate" type="application/rss+xml" href="javascript:void(0)">
</head><body><a href="/feed">Feed</a></body></html>"""


def test_declared_feeds_come_back_absolute_in_page_order_without_repeats():
    assert feed_links(HOME_PAGE, "https://planet.example/") == [
        "https://planet.example/rss.xml",
        "https://planet.example/world/atom.xml",
        "https://planet.example/feed.json",
        "https://planet.example/rss.xml#dup",
        "https://planet.example/index.rdf",
    ]


def test_base_href_decides_where_relative_feed_links_point():
    page = '<head><base href="https://cdn.planet.example/site/"><link rel="alternate" type="application/rss+xml" href="feed.xml"></head>'
    assert feed_links(page, "https://planet.example/") == ["https://cdn.planet.example/site/feed.xml"]


def test_a_page_without_feed_links_gives_none():
    assert feed_links("<html><head><title>x</title></head></html>", "https://a.example/") == []
    assert feed_links("", "https://a.example/") == []


def test_common_paths_cover_the_usual_blog_and_cms_locations():
    for path in ("/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml", "/feeds/posts/default"):
        assert path in COMMON_FEED_PATHS
    assert all(path.startswith("/") for path in COMMON_FEED_PATHS)


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b'<?xml version="1.0"?>\n<!-- generator --><rss version="2.0"><channel/></rss>', "text/html", True),
        (b'\xef\xbb\xbf<feed xmlns="http://www.w3.org/2005/Atom"></feed>', None, True),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>', "application/xml", True),
        ('<?xml version="1.0" encoding="utf-16"?><rss/>'.encode("utf-16"), None, True),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": []}', "application/json", True),
        (b"<!DOCTYPE html><html><head><title>Feed</title></head></html>", "application/rss+xml", False),
        (b"<html><body><rss>inline</rss></body></html>", None, False),
        (b'{"version": "1.0", "items": []}', "application/json", False),
        (b"", "application/rss+xml", False),
        (b"Not Found", "text/plain", False),
    ],
)
def test_looks_like_feed_trusts_the_document_over_the_label(body, content_type, expected):
    assert looks_like_feed(body, content_type) is expected
