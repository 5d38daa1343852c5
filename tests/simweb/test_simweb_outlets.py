"""The simulated outlets as a crawler meets them: feeds, pages, robots.txt, OPML and time."""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from urllib.parse import urlsplit

import aiohttp
import feedparser
import pytest
from multidict import CIMultiDict
from protego import Protego
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from newsloom.simweb import SimWeb, run_in_thread

EPOCH = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)


async def get(session: aiohttp.ClientSession, url: str, **headers: str) -> tuple[int, CIMultiDict, bytes]:
    async with session.get(url, headers=headers, allow_redirects=False) as response:
        return response.status, response.headers.copy(), await response.read()


def without_query(url: str) -> str:
    return url.split("?")[0]


def parse_feed(body: bytes) -> tuple[str, list[tuple[str, str]]]:
    """(format, [(title, link)]) of a feed document, JSON Feed included."""
    if body.lstrip().startswith(b"{"):
        document = json.loads(body)
        return document["version"], [(item["title"], item["url"]) for item in document["items"]]
    parsed = feedparser.parse(body)
    assert not parsed.bozo, parsed.bozo_exception
    return parsed.version, [(entry.title, entry.link) for entry in parsed.entries]


async def test_every_feed_lists_the_newest_published_articles_in_one_of_four_formats():
    async with SimWeb(seed=1, backlog=8, feed_size=5) as web, aiohttp.ClientSession() as session:
        published = {a.url: a for a in web.published()}
        formats = set()
        for outlet in web.outlets:
            newest = sorted((a for a in published.values() if a.outlet == outlet.name),
                            key=lambda a: a.published, reverse=True)
            for feed_url in outlet.feed_urls:
                status, _, body = await get(session, feed_url)
                assert status == 200, feed_url
                version, items = parse_feed(body)
                formats.add(version)
                assert 0 < len(items) <= 5
                links = [without_query(link) for _, link in items]
                assert all(published[link].title == title for (title, _), link in zip(items, links))
                if feed_url.endswith(("/top.xml", "/rss.xml", "/feed/")):
                    assert links == [a.url for a in newest[:5]]
                for link in links:
                    assert (await get(session, link))[0] == 200

    assert formats == {"rss20", "atom10", "rss10", "https://jsonfeed.org/version/1.1"}


async def test_rss_items_carry_images_the_outlet_serves_and_a_ttl():
    async with SimWeb(seed=2, backlog=3) as web, aiohttp.ClientSession() as session:
        wire = web.outlets[0]
        _, _, body = await get(session, wire.feed_urls[0])
        parsed = feedparser.parse(body)
        image = parsed.entries[0].media_content[0]["url"]
        status, headers, png = await get(session, image)

    assert parsed.feed.ttl == "5"
    assert parsed.entries[0].enclosures[0]["href"] == image
    assert status == 200 and headers["Content-Type"] == "image/png" and png.startswith(b"\x89PNG")


async def test_an_article_listed_in_two_feeds_has_a_different_tracking_link_in_each():
    async with SimWeb(seed=3, backlog=10) as web, aiohttp.ClientSession() as session:
        herald = next(o for o in web.outlets if len(o.feed_urls) == 2)
        world, top = [parse_feed((await get(session, url))[2])[1] for url in herald.feed_urls]

    in_both = {without_query(link) for _, link in world} & {without_query(link) for _, link in top}
    assert in_both
    assert {link for _, link in world}.isdisjoint({link for _, link in top})
    assert all("utm_source=" in link for _, link in world + top)


async def test_article_pages_carry_metadata_chrome_and_the_whole_report():
    async with SimWeb(seed=4, backlog=4, epoch=EPOCH) as web, aiohttp.ClientSession() as session:
        articles = {a.outlet: a for a in web.published()}  # the newest of each outlet
        pages = {name: (await get(session, a.url))[2].decode() for name, a in articles.items()}
        images = {name: await get(session, a.image_url) for name, a in articles.items()}
    layouts = set()
    for name, article in articles.items():
        tree = HTMLParser(pages[name])
        text = tree.body.text(separator=" ")
        assert tree.css_first("h1").text(strip=True) == article.title
        assert tree.css_first("link[rel=canonical]").attributes["href"] == article.url
        assert datetime.fromisoformat(tree.css_first("time").attributes["datetime"]) == article.published
        assert article.author in pages[name]
        assert all(p in text for p in article.paragraphs), name
        metadata_titles = [m.attributes.get("content") for m in tree.css('meta[property="og:title"]')]
        metadata_titles += [json.loads(s.text()).get("headline") for s in tree.css('script[type="application/ld+json"]')]
        metadata_titles += [json.loads(s.text())["@graph"][1]["headline"] for s in tree.css('script[type="application/ld+json"]')
                            if "@graph" in s.text()]
        metadata_titles += [m.text() for m in tree.css('[itemprop="headline"]')]
        assert article.title in metadata_titles, name
        assert "cookie" in text.lower() or "privacy" in text.lower() or "cookies" in text.lower()
        assert tree.css_first("footer") is not None and tree.css_first("nav, ul.menu") is not None
        assert images[name][0] == 200 and images[name][2].startswith(b"\x89PNG")
        layouts.add(tuple(sorted({c for node in tree.css("[class]") for c in node.attributes["class"].split()})))
    assert len(layouts) == len(articles)
    assert any(f"{a.title} | {a.outlet}" in pages[a.outlet] for a in articles.values())


async def test_home_pages_advertise_feeds_except_where_a_feed_sits_only_at_a_common_path():
    async with SimWeb(seed=5, backlog=3) as web, aiohttp.ClientSession() as session:
        advertised = {}
        for outlet in web.outlets:
            home = HTMLParser((await get(session, outlet.home_url))[2].decode())
            advertised[outlet.name] = [link.attributes["href"] for link in home.css('link[rel="alternate"]')]
            assert home.css('a[href]'), outlet.name

    for outlet in web.outlets:
        found = advertised[outlet.name]
        assert found == outlet.feed_urls or found == []
    only_common_path = [o for o in web.outlets if not advertised[o.name]]
    assert [urlsplit(u).path for o in only_common_path for u in o.feed_urls] == ["/feed"]
    uncommon = [o for o in web.outlets if any(urlsplit(u).path.startswith("/syndication/") for u in o.feed_urls)]
    assert uncommon and advertised[uncommon[0].name] == uncommon[0].feed_urls


async def test_robots_rules_include_a_disallowed_path_that_pages_link_to_and_a_crawl_delay():
    ua = "Newsloom/0.1"
    async with SimWeb(seed=6, backlog=2) as web, aiohttp.ClientSession() as session:
        robots = {o.name: Protego.parse((await get(session, o.base_url + "/robots.txt"))[2].decode())
                  for o in web.outlets}
        pages = {a.outlet: (a.url, HTMLParser((await get(session, a.url))[2].decode())) for a in web.published()}
        bases = {o.name: o.base_url for o in web.outlets}

    assert 0.1 in {rules.crawl_delay(ua) for rules in robots.values()}
    tempting = {name: [a.attributes["href"] for a in page.css("a[href]")] for name, (_, page) in pages.items()}
    blocked = {name: [href for href in links if not robots[name].can_fetch(bases[name] + href, ua)]
               for name, links in tempting.items() if href_is_local(links)}
    assert any(blocked.values()), "some page should tempt a crawler with a link robots.txt disallows"
    for name, (url, _) in pages.items():
        assert robots[name].can_fetch(url, ua), url


def href_is_local(links: list[str]) -> bool:
    return any(link.startswith("/") for link in links)


async def test_the_opml_lists_every_feed_with_its_outlet_and_home_page():
    async with SimWeb(seed=7, backlog=1) as web:
        document = ET.fromstring(web.opml())
        outlets = web.outlets

    outlines = document.findall("./body/outline")
    assert document.attrib["version"] == "2.0"
    assert sorted(o.attrib["xmlUrl"] for o in outlines) == sorted(u for o in outlets for u in o.feed_urls)
    homes = {o.name: o.home_url for o in outlets}
    assert all(homes[o.attrib["title"]] == o.attrib["htmlUrl"] for o in outlines)


async def test_new_articles_appear_over_time_and_unpublished_ones_are_not_found():
    async with SimWeb(seed=8, backlog=2, new_every_s=0.15, epoch=EPOCH) as web, aiohttp.ClientSession() as session:
        before = web.published()
        feed = web.outlets[0].feed_urls[0]
        first_items = parse_feed((await get(session, feed))[2])[1]
        await asyncio.sleep(0.4)
        after = web.published()
        later_items = parse_feed((await get(session, feed))[2])[1]
        newest = max(after, key=lambda a: a.published)
        assert (await get(session, newest.url))[0] == 200

    assert len(before) == 2 * len(web.outlets)
    assert len(after) >= 4 * len(web.outlets)
    assert len(later_items) >= len(first_items) + 2
    assert newest.published > EPOCH

    async with SimWeb(seed=8, backlog=3, epoch=EPOCH) as ahead, SimWeb(seed=8, backlog=2, epoch=EPOCH) as behind:
        third = next(a for a in ahead.published()[::-1] if a.outlet == "Northgate Times")
        base = next(o.base_url for o in behind.outlets if o.name == "Northgate Times")
        path = urlsplit(third.url).path
        async with aiohttp.ClientSession() as session:
            assert (await get(session, base + path))[0] == 404


async def test_requests_are_logged_per_outlet_in_order():
    async with SimWeb(seed=9, backlog=2) as web, aiohttp.ClientSession() as session:
        outlet = web.outlets[1]
        for path in ("/robots.txt", "/", "/robots.txt"):
            await get(session, outlet.base_url + path)
        log = web.requests[outlet.name]

    assert [path for path, _ in log] == ["/robots.txt", "/", "/robots.txt"]
    assert log[0].at <= log[1].at <= log[2].at


async def test_feeds_and_pages_answer_conditional_requests_and_compressed_ones():
    async with SimWeb(seed=10, backlog=3) as web, aiohttp.ClientSession() as session:
        feed = web.outlets[0].feed_urls[0]
        _, headers, _ = await get(session, feed)
        by_etag = (await get(session, feed, **{"If-None-Match": headers["ETag"]}))[0]
        by_date = (await get(session, feed, **{"If-Modified-Since": headers["Last-Modified"]}))[0]
        herald = next(o for o in web.outlets if len(o.feed_urls) == 2)
        async with session.get(herald.feed_urls[1], headers={"Accept-Encoding": "gzip"}) as response:
            encoding = response.headers.get("Content-Encoding")

    assert (by_etag, by_date) == (304, 304)
    assert encoding == "gzip"


async def test_fewer_outlets_keep_the_aggregator_and_a_bad_count_is_refused():
    async with SimWeb(seed=1, backlog=1, outlets=3) as web:
        outlets = web.outlets
    assert len(outlets) == 3 and outlets[-1].is_aggregator and not outlets[0].is_aggregator
    assert len({urlsplit(o.base_url).netloc for o in outlets}) == 3
    with pytest.raises(ValueError):
        SimWeb(outlets=0)


def test_a_simulated_web_runs_in_its_own_thread_for_the_demo():
    running = run_in_thread(seed=3, backlog=2)
    try:
        home = running.web.outlets[0].home_url
        with urllib.request.urlopen(home, timeout=5) as response:
            assert response.status == 200
    finally:
        running.stop()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(home, timeout=2)
