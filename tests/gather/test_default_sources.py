"""A fresh install starts with a working, varied list of world-news feeds."""

from __future__ import annotations

from importlib.resources import files
from urllib.parse import urlsplit

from newsloom.gather import read_opml


def test_packaged_sources_cover_many_feeds_languages_and_regions():
    entries = read_opml(files("newsloom").joinpath("data/default-sources.opml").read_bytes())

    feed_urls = [entry.xml_url for entry in entries if entry.xml_url]
    assert len(set(feed_urls)) >= 40
    assert len(set(feed_urls)) == len(feed_urls), "a feed is listed twice"
    assert all(urlsplit(url).scheme in ("http", "https") and urlsplit(url).hostname for url in feed_urls)
    assert all(entry.title and entry.html_url and entry.language for entry in entries)
    languages = {entry.language.split("-")[0] for entry in entries}
    assert len(languages) >= 6
    regions = {entry.category for entry in entries}
    assert {"Africa", "Americas", "Asia-Pacific", "Europe", "Middle East", "World"} <= regions
