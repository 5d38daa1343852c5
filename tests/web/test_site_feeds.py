"""Output feeds: subscribe to the latest articles or to a search, in Atom, RSS or JSON Feed."""

from __future__ import annotations

import json
from datetime import timedelta

import feedparser
import pytest

from newsloom.model import Policy
from sitekit import NOW

LONG_TEXT = " ".join(f"word{i}" for i in range(400))


@pytest.fixture
def stories(newsroom):
    newsroom.source("Harbour Times", policy=Policy.EXCERPT)
    newsroom.source("Strict Ledger", policy=Policy.HEADLINE)
    ferry = newsroom.publish("Harbour Times", "Ferry service resumes", url="https://harbour-times.example/ferry",
                             text=LONG_TEXT, byline="Ada Quill", image="https://img.example/ferry.jpg",
                             published=NOW - timedelta(hours=1))
    markets = newsroom.publish("Strict Ledger", "Markets \x0bclose <b>higher</b> & calm",
                               url="https://strict-ledger.example/markets", text="Shares rose everywhere.",
                               published=NOW - timedelta(hours=2))
    return {"ferry": ferry, "markets": markets}


@pytest.mark.parametrize("ext, media_type", [("atom", "application/atom+xml"), ("rss", "application/rss+xml")])
def test_xml_feeds_parse_and_link_to_the_originals(client, stories, ext, media_type):
    response = client.get(f"/feeds/latest.{ext}")

    assert response.headers["content-type"].startswith(media_type)
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert [e.title for e in feed.entries] == ["Ferry service resumes", "Markets close <b>higher</b> & calm"]
    ferry, markets = feed.entries
    assert ferry.link == "https://harbour-times.example/ferry"
    assert markets.link == "https://strict-ledger.example/markets"
    assert ferry.id.endswith(f"/articles/{stories['ferry']}")
    related = [link.href for link in ferry.links if link.get("rel") == "related"]
    assert related and related[0].endswith(f"/articles/{stories['ferry']}")
    assert ferry.author == "Ada Quill" and markets.author == "Strict Ledger"
    assert ferry.published_parsed[:4] == (NOW - timedelta(hours=1)).timetuple()[:4]
    assert "word0" in ferry.summary and "word300" not in ferry.summary, "an excerpt, not the full text"
    assert "Shares rose" not in markets.get("summary", ""), "headline-only sources give no summary"


def test_json_feed_links_to_the_originals_and_back_to_newsloom(client, stories):
    response = client.get("/feeds/latest.json")

    assert response.headers["content-type"].startswith("application/feed+json")
    feed = json.loads(response.content)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"].endswith("/feeds/latest.json")
    ferry, markets = feed["items"]
    assert ferry["url"] == "https://harbour-times.example/ferry"
    assert ferry["_newsloom"]["page"].endswith(f"/articles/{stories['ferry']}")
    assert ferry["authors"] == [{"name": "Ada Quill"}]
    assert ferry["image"] == "https://img.example/ferry.jpg"
    assert "word300" not in ferry["content_text"]
    assert markets["title"] == "Markets close <b>higher</b> & calm" and markets["content_text"] == ""


@pytest.mark.parametrize("ext", ["atom", "rss", "json"])
def test_search_feeds_carry_only_the_matching_articles(client, stories, ext):
    response = client.get(f"/feeds/search.{ext}?q=ferry")

    assert response.status_code == 200
    if ext == "json":
        titles = [item["title"] for item in json.loads(response.content)["items"]]
    else:
        titles = [entry.title for entry in feedparser.parse(response.content).entries]
    assert titles == ["Ferry service resumes"]


def test_a_search_feed_needs_a_query(client):
    response = client.get("/feeds/search.atom")

    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "q"]
