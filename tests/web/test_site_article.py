"""An article's page: credit to the publisher, a link to the original, and only what the policy allows."""

from __future__ import annotations

from datetime import timedelta

from newsloom.model import Policy
from sitekit import NOW, having, parse

LONG_TEXT = "\n".join(
    f"Paragraph {n} of the report, " + " ".join(f"word{n}x{i}" for i in range(30)) + "." for n in range(1, 7)
)


def test_article_page_credits_the_source_and_links_to_the_original(client, newsroom):
    source_id = newsroom.source("Harbour Times")
    article_id = newsroom.publish(
        "Harbour Times", "Ferry service resumes", url="https://harbour-times.example/2025/ferry",
        byline="Ada Quill", published=NOW - timedelta(days=10), updated=NOW - timedelta(days=9),
        image="https://img.example/ferry.jpg",
    )

    page = client.get(f"/articles/{article_id}")

    assert page.status_code == 200
    doc = parse(page)
    assert doc.xpath("//h1")[0].text_content() == "Ferry service resumes"
    assert doc.xpath(f"//*[{having('kicker')}]/a")[0].get("href").endswith(f"/sources/{source_id}")
    assert "By Ada Quill" in page.text
    published, updated = doc.xpath(f"//*[{having('byline')}]/time")
    assert published.get("datetime") == (NOW - timedelta(days=10)).isoformat().replace("+00:00", "Z")
    assert updated.text  # shown because it differs from the publication date
    (original,) = doc.xpath(f"//*[{having('read-original')}]/a")
    assert original.get("href") == "https://harbour-times.example/2025/ferry"
    assert original.get("rel") == "noopener noreferrer"
    assert original.text_content() == "Read the original at Harbour Times"
    attribution = doc.xpath(f"//*[{having('attribution')}]")[0].text_content()
    assert "Originally published by Harbour Times" in " ".join(attribution.split())
    assert "links to the original" in attribution
    assert doc.xpath("//figure//img[@referrerpolicy='no-referrer']")


def test_excerpt_policy_shows_only_the_opening_paragraphs(client, newsroom):
    newsroom.source("Harbour Times", policy=Policy.EXCERPT)
    article_id = newsroom.publish("Harbour Times", "Long report", text=LONG_TEXT)

    page = client.get(f"/articles/{article_id}")

    assert "Paragraph 1 of the report" in page.text
    assert "Paragraph 6 of the report" not in page.text
    body_words = parse(page).xpath(f"//*[{having('story-body')}]")[0].text_content().split()
    assert len(body_words) <= 110
    assert "Continue reading at Harbour Times" in page.text
    assert "Newsloom shows an excerpt" in page.text


def test_full_policy_shows_the_whole_article(client, newsroom):
    newsroom.source("Open Gazette", policy=Policy.FULL)
    article_id = newsroom.publish("Open Gazette", "Long report", text=LONG_TEXT)

    page = client.get(f"/articles/{article_id}")

    assert "Paragraph 1 of the report" in page.text
    assert "Paragraph 6 of the report" in page.text
    assert "Continue reading" not in page.text
    assert "Read the original at Open Gazette" in page.text


def test_headline_policy_shows_no_body_at_all(client, newsroom):
    newsroom.source("Strict Ledger", policy=Policy.HEADLINE)
    article_id = newsroom.publish("Strict Ledger", "Markets close higher", text=LONG_TEXT,
                                  description="Shares rose across the board.")

    page = client.get(f"/articles/{article_id}")

    assert "Markets close higher" in page.text
    assert "Paragraph 1" not in page.text and "Shares rose" not in page.text
    assert not parse(page).xpath(f"//*[{having('story-body')}]")
    assert "Read the original at Strict Ledger" in page.text
    assert "only the headline" in page.text


def test_an_article_made_from_its_feed_entry_shows_the_summary_and_the_link(client, newsroom):
    newsroom.source("Harbour Times")
    article_id = newsroom.publish(
        "Harbour Times", "Storm closes port", text="", html="", url="https://harbour-times.example/storm",
        description="The port closed at noon as winds reached 90 km/h.", error="timeout: no answer in 60 s",
    )

    page = client.get(f"/articles/{article_id}")

    assert "The port closed at noon" in page.text
    assert "could not read this article" in page.text and "timeout: no answer in 60 s" in page.text
    assert 'href="https://harbour-times.example/storm"' in page.text


def test_unknown_articles_get_a_friendly_404_page(client):
    for path in ("/articles/999", "/articles/not-a-number", f"/articles/{2**70}", "/no/such/page"):
        page = client.get(path)
        assert page.status_code == 404, path
        assert page.headers["content-type"].startswith("text/html")
        assert "Nothing here" in page.text
