"""The home page: the latest articles as cards, a page at a time."""

from __future__ import annotations

import re
from datetime import timedelta

from sitekit import NOW, having, parse


def test_home_lists_latest_articles_with_their_source_and_image(client, newsroom):
    newsroom.source("Harbour Times")
    newsroom.source("Valley Post")
    pictured = newsroom.publish("Harbour Times", "Ferry service resumes", image="https://img.example/ferry.jpg",
                                description="The morning ferry sailed again after a week of storms.",
                                published=NOW - timedelta(hours=1))
    plain = newsroom.publish("Valley Post", "Council approves new library", published=NOW - timedelta(hours=2))

    page = client.get("/")

    assert page.status_code == 200
    doc = parse(page)
    links = doc.xpath(f"//*[{having('card-title')}]/a")
    assert [a.text_content() for a in links] == ["Ferry service resumes", "Council approves new library"]
    assert [a.get("href").rsplit("/", 2)[-2:] for a in links] == [["articles", str(pictured)], ["articles", str(plain)]]
    assert [s.text_content() for s in doc.xpath(f"//*[{having('source')}]")] == ["Harbour Times", "Valley Post"]
    (img,) = doc.xpath(f"//*[{having('card')}]//img")
    assert img.get("src") == "https://img.example/ferry.jpg"
    assert img.get("loading") == "lazy" and img.get("referrerpolicy") == "no-referrer"
    assert len(doc.xpath(f"//*[{having('placeholder')}]")) == 1, "the card without an image gets a placeholder"
    assert "The morning ferry sailed again" in page.text
    assert doc.xpath(f"//*[{having('meta')}]/time[@datetime]")[0].text == "1 hour ago"


def test_an_image_url_that_is_not_http_is_never_shown(client, newsroom):
    newsroom.source("Harbour Times")
    newsroom.publish("Harbour Times", "Odd picture", image="javascript:alert(1)")

    page = client.get("/")

    assert "javascript:" not in page.text
    assert parse(page).xpath(f"//*[{having('placeholder')}]")


def test_empty_site_tells_the_user_to_run_a_crawl(client):
    page = client.get("/")

    assert page.status_code == 200
    assert "No articles yet" in page.text
    assert "newsloom crawl --once" in page.text


def test_older_articles_are_on_the_next_pages(client, newsroom):
    newsroom.source("Harbour Times")
    for n in range(5):  # page_size is 3 in these tests; story 0 is the newest
        newsroom.publish("Harbour Times", f"Story {n}", published=NOW - timedelta(hours=n + 1))

    first = client.get("/")
    second = client.get("/?page=2")

    assert _titles(first) == ["Story 0", "Story 1", "Story 2"]
    assert re.search(r'rel="next" href="[^"]*\?page=2"', first.text)
    assert 'rel="prev"' not in first.text
    assert _titles(second) == ["Story 3", "Story 4"]
    assert 'rel="prev"' in second.text and 'rel="next"' not in second.text
    assert _titles(client.get("/?page=nonsense")) == _titles(first)
    assert "no more articles" in client.get("/?page=9").text


def _titles(response) -> list[str]:
    return [a.text_content() for a in parse(response).xpath(f"//*[{having('card-title')}]/a")]
