"""Reports republished by aggregator sites come back as the report alone: every paragraph of it,
and none of the ownership lines, injected headlines, disclaimers or share prompts around it."""

from __future__ import annotations

from newsloom.extract import extract_article
from newsloom.model import Article

REPORT = [
    "Rescue teams reached the flooded village of Oakridge on Saturday morning after the river burst its "
    "banks overnight, forcing more than two hundred families to leave their homes.",
    "The regional emergency office said nobody had been reported missing, but several elderly residents "
    "were taken to hospital with hypothermia after spending hours on the roofs of their houses.",
    'Residents had warned for years that the embankment was too low. "We wrote to everyone we could think '
    'of," said Maria Holt, who runs the village bakery, as she pointed at the water line on her front door.',
    "Engineers expect the water to recede by Tuesday, when an assessment of the damage to the bridge and "
    "the school can begin, according to a statement from the county council.",
]


def extract(html: str, url: str) -> Article:
    result = extract_article(html, url)
    assert isinstance(result, Article), result
    return result


def assert_report_kept(article: Article) -> None:
    for paragraph in REPORT:
        assert paragraph in article.text
    assert 'href="https://www.county.example/flood-statement"' in article.html  # a link inside a paragraph stays


def wordpress_style_aggregator() -> str:
    first, second, third, fourth = (f"<p>{p}</p>" for p in REPORT)
    fourth = fourth.replace("a statement", '<a href="https://www.county.example/flood-statement">a statement</a>')
    return f"""<!DOCTYPE html><html lang="en"><head><title>Floods hit Oakridge | Daily Feed Hub</title>
    <meta property="og:site_name" content="Daily Feed Hub"></head><body>
    <nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/sports/">Sports</a></nav>
    <div class="entry-content">
      <p>(c) Copyright 2025 dailyfeedhub.net</p>
      {first}{second}
      <p><strong><a href="https://dailyfeedhub.net/2025/03/markets-rally-as-central-bank-holds-rates/">Markets rally as
      central bank holds rates steady</a></strong></p>
      {third}{fourth}
      <p>Disclaimer: This post was auto-generated from third-party news sources. All trademarks and pictures belong to
      their respective owners. For takedown requests, please contact us.</p>
      <p>Share this article</p>
      <p>Follow us on Telegram for more updates</p>
    </div>
    <footer>Daily Feed Hub</footer></body></html>"""


def section_style_aggregator() -> str:
    first, second, third, fourth = REPORT
    fourth = fourth.replace("a statement", '<a href="https://www.county.example/flood-statement">a statement</a>')
    return f"""<html><head><title>Oakridge floods</title></head><body>
    <main><article class="story">
      <header><h1>Oakridge floods: families evacuated</h1></header>
      <section class="story-body">
        <p>Copyright © The World Aggregate. All rights reserved.</p>
        <p>{first}</p>
        <figure><img src="https://cdn.aggregate.example/flood.jpg"><figcaption>Photo: Lena Fischer/AFP</figcaption></figure>
        <p>Photo: Lena Fischer/AFP</p>
        <h3><a href="/world/eu-summit-ends-without-deal-on-budget-48213">EU summit ends without deal on budget</a></h3>
        <p>{second}</p>
        <p>Related: <a href="/science/new-battery-doubles-range">New battery doubles electric car range</a></p>
        <p>{third}</p>
        <p>{fourth}</p>
        <p>The pictures and text on this page are collected automatically from public sources and shown for
        information purposes only. All rights remain with their original owners.</p>
      </section>
    </article></main></body></html>"""


def test_wordpress_style_aggregator_page_keeps_only_the_report():
    article = extract(wordpress_style_aggregator(), "https://dailyfeedhub.net/2025/03/floods-hit-oakridge/")

    assert_report_kept(article)
    for junk in ("dailyfeedhub.net", "Markets rally", "auto-generated", "respective owners", "Share this", "Telegram"):
        assert junk not in article.text
        assert junk not in article.html
    assert article.title == "Floods hit Oakridge"


def test_section_style_aggregator_page_keeps_only_the_report():
    article = extract(section_style_aggregator(), "https://aggregate.example/world/oakridge-floods-90210")

    assert_report_kept(article)
    for junk in ("World Aggregate", "EU summit", "New battery", "collected automatically", "Lena Fischer"):
        assert junk not in article.text
        assert junk not in article.html


def test_report_that_quotes_a_disclaimer_or_ends_with_a_link_is_left_alone():
    paragraphs = [
        "A photo agency has sued the aggregator site, arguing in a complaint filed on Monday that its notice calling "
        "the images 'for reference only' does not protect it, according to court papers seen by reporters.",
        "The agency said it had found more than nine hundred of its pictures on the site since January, many of "
        "them cropped to remove the photographers' names, and asked for damages of two million.",
        "The site's owner did not respond to requests for comment. The case will be heard in the spring, and "
        'the full complaint is <a href="https://court.example/cases/2025-cv-1182">published on the court\'s website</a>.',
    ]
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"

    article = extract(html, "https://news.example/media/agency-sues-aggregator")

    assert "'for reference only'" in article.text
    assert "published on the court's website." in article.text
    assert len(article.text.split("\n\n")) == 3
