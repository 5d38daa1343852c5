"""Searching the site: matches highlighted, a clear answer when nothing matches."""

from __future__ import annotations

from datetime import timedelta

from sitekit import NOW, having, parse


def test_search_finds_the_matching_article_and_marks_the_words(client, newsroom):
    newsroom.source("Harbour Times")
    newsroom.publish("Harbour Times", "Ferry service resumes", text="The lighthouse keeper watched the ferry leave.")
    newsroom.publish("Harbour Times", "Council approves new library", text="Books for everyone.")

    page = client.get("/search?q=lighthouse")

    results = parse(page).xpath(f"//li[{having('result')}]")
    assert [r.xpath(".//h2/a")[0].text_content() for r in results] == ["Ferry service resumes"]
    assert results[0].xpath(".//mark")
    assert "lighthouse" in results[0].xpath(".//mark")[0].text_content().lower()


def test_a_search_without_matches_says_so(client, newsroom):
    newsroom.source("Harbour Times")
    newsroom.publish("Harbour Times", "Ferry service resumes")

    page = client.get("/search?q=zeppelin")

    assert page.status_code == 200
    assert "No results for “zeppelin”" in page.text


def test_an_empty_search_shows_just_the_form(client, newsroom):
    page = client.get("/search?q=")

    assert parse(page).xpath("//form[@role='search']//input[@name='q']")
    assert "No results" not in page.text
    assert not parse(page).xpath(f"//*[{having('result')}]")


def test_search_results_come_a_page_at_a_time(client, newsroom):
    newsroom.source("Harbour Times")
    for n in range(4):
        newsroom.publish("Harbour Times", f"Tide report {n}", published=NOW - timedelta(hours=n))

    first = client.get("/search?q=tide")
    second = client.get("/search?q=tide&page=2")

    assert len(parse(first).xpath(f"//li[{having('result')}]")) == 3
    assert len(parse(second).xpath(f"//li[{having('result')}]")) == 1
    older = parse(first).xpath("//a[@rel='next']")[0].get("href")
    assert "q=tide" in older and "page=2" in older
