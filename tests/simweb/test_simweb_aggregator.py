"""The simulated aggregator: other outlets' reports, with its own junk mixed in."""

from __future__ import annotations

import random

import aiohttp
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from newsloom.simweb import SimWeb
from newsloom.simweb.aggregator import AggregatorStyle, choose_junk, dress


async def aggregated_pages(seed: int, backlog: int):
    async with SimWeb(seed=seed, backlog=backlog) as web, aiohttp.ClientSession() as session:
        published = web.published()
        copies = [a for a in published if a.junk]
        pages = []
        for copy in copies:
            async with session.get(copy.url) as response:
                pages.append((copy, HTMLParser(await response.text())))
        return {a.url: a for a in published}, pages


async def test_the_aggregator_adds_a_copyright_line_an_unrelated_headline_and_a_disclaimer():
    by_url, pages = await aggregated_pages(seed=3, backlog=8)

    assert len(pages) == 8
    for copy, page in pages:
        copyright, injected, disclaimer = copy.junk
        body = [p.text() for p in page.css(".entry-content > *")]
        assert body[0] == copyright and copyright.startswith("©")
        assert body[-1] == disclaimer
        link = page.css_first('.entry-content a[rel="bookmark"]')
        assert link.text() == injected and injected != copy.title
        position = body.index(injected)
        assert 1 < position < len(body) - 1
        assert [text for text in body if text not in copy.junk] == copy.paragraphs

        original = by_url[copy.is_copy_of]
        assert original.paragraphs == copy.paragraphs and original.outlet != copy.outlet


async def test_disclaimers_vary_and_the_injected_headline_links_to_another_of_its_stories():
    by_url, pages = await aggregated_pages(seed=4, backlog=12)

    assert len({copy.junk[2] for copy, _ in pages}) >= 2
    for copy, page in pages:
        link = page.css_first('.entry-content a[rel="bookmark"]')
        target = by_url[link.attributes["href"]]
        assert target.outlet == copy.outlet and target.title == link.text() and target.url != copy.url


def test_a_second_aggregator_is_one_more_style():
    style = AggregatorStyle(
        copyright="(c) Example Digest",
        disclaimers=("Content auto-collected; all rights belong to the owners.",),
        copyright_markup='<div class="src">{text}</div>',
        related_markup='<h4 class="also"><a href="{url}">{title}</a></h4>',
    )
    junk = choose_junk(style, random.Random(1), 6, "Unrelated & headline", "/other/")
    html = dress(style, junk, tuple(f"Paragraph {i}." for i in range(6)), "http://127.0.0.1:9")

    assert html.startswith('<div class="src">(c) Example Digest</div>')
    assert '<h4 class="also"><a href="http://127.0.0.1:9/other/">Unrelated &amp; headline</a></h4>' in html
    assert html.endswith("<p>Content auto-collected; all rights belong to the owners.</p>")
    assert junk.strings == ("(c) Example Digest", "Unrelated & headline",
                            "Content auto-collected; all rights belong to the owners.")
