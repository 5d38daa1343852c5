"""The sources pages: which feeds work, which fail and why."""

from __future__ import annotations

from newsloom.model import FetchReason
from sitekit import having, parse


def test_sources_page_shows_each_source_health_and_a_failing_feed_error(client, newsroom):
    newsroom.source("Harbour Times")
    newsroom.source("Valley Post")
    newsroom.source("Quiet Weekly")
    newsroom.publish("Harbour Times", "Ferry service resumes")
    newsroom.poll_ok("Harbour Times")
    newsroom.poll_failed("Valley Post", "server answered 503 Service Unavailable")
    newsroom.store.record_rejection(newsroom.channels["Harbour Times"], "https://harbour-times.example/live",
                                    "no_text", "the page had no article text")

    page = client.get("/sources")

    assert page.status_code == 200
    rows = {row.xpath("th/a")[0].text_content(): row for row in parse(page).xpath("//table//tbody/tr")}
    assert list(rows) == ["Harbour Times", "Quiet Weekly", "Valley Post"]
    status = {name: row.xpath(f".//*[{having('badge')}]")[0].text_content() for name, row in rows.items()}
    assert status == {"Harbour Times": "ok", "Quiet Weekly": "never fetched", "Valley Post": "failing"}
    assert "HTTP error: server answered 503 Service Unavailable" in rows["Valley Post"].text_content()
    assert "https://valley-post.example/feed.xml" in rows["Valley Post"].text_content()
    harbour = " ".join(rows["Harbour Times"].text_content().split())
    assert "1 recent rejection" in harbour and "the page had no article text" in harbour
    assert rows["Harbour Times"].xpath("td[@data-label='Articles']")[0].text_content().strip() == "1"


def test_a_source_page_lists_its_feeds_and_only_its_articles(client, newsroom):
    harbour = newsroom.source("Harbour Times", feeds=2)
    newsroom.source("Valley Post")
    newsroom.publish("Harbour Times", "Ferry service resumes")
    newsroom.publish("Valley Post", "Council approves new library")
    newsroom.poll_failed("Harbour Times", "refused", reason=FetchReason.CONNECTION)

    page = client.get(f"/sources/{harbour}")

    assert page.status_code == 200
    assert "Ferry service resumes" in page.text and "Council approves new library" not in page.text
    channels = parse(page).xpath(f"//*[{having('channel')}]")
    assert len(channels) == 2
    assert "Could not connect: refused" in channels[0].text_content()
    assert "never fetched" in channels[1].text_content()
    assert client.get("/sources/4242").status_code == 404
