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
        aggregators = sum(o.is_aggregator for o in web.outlets)
        return {a.url: a for a in published}, pages, aggregators


def injected_link(page, copy):
    """The link an aggregator dropped into a copy's body, found by its text: each marks it up its own way."""
    return next(a for a in page.css(".entry-content a") if a.text() == copy.junk[1])


async def test_the_aggregators_add_a_copyright_line_an_unrelated_headline_and_a_disclaimer():
    by_url, pages, aggregators = await aggregated_pages(seed=3, backlog=8)

    assert aggregators >= 2 and len(pages) == 8 * aggregators
    assert any(len(copy.paragraphs) < len(by_url[copy.is_copy_of].paragraphs) for copy, _ in pages)
    for copy, page in pages:
        copyright, injected, disclaimer = copy.junk
        blocks = page.css(".entry-content > *")
        body = [p.text() for p in blocks]
        assert body[0] == copyright and body[-1] == disclaimer
        link = injected_link(page, copy)
        assert link.attributes["href"] != copy.url  # another story (two may share a headline)
        position = next(i for i, block in enumerate(blocks) if any(a.text() == injected for a in block.css("a")))
        assert 1 < position < len(body) - 1
        assert body[1:position] + body[position + 1:-1] == copy.paragraphs
        assert link.text() == injected

        original = by_url[copy.is_copy_of]
        assert original.paragraphs[:len(copy.paragraphs)] == copy.paragraphs and original.outlet != copy.outlet
        assert len(copy.paragraphs) >= len(original.paragraphs) - 1


async def test_disclaimers_vary_and_the_injected_headline_links_to_another_of_its_stories():
    by_url, pages, _ = await aggregated_pages(seed=4, backlog=12)

    assert len({copy.junk[2] for copy, _ in pages}) >= 2
    for copy, page in pages:
        link = injected_link(page, copy)
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
