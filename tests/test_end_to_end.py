"""A user's whole path: sources in, one crawl of the simulated web, articles out, on both engines."""

from __future__ import annotations

from datetime import timedelta

from newsloom import pipeline, sources
from newsloom.model import Channel, Source
from newsloom.run.local import LocalRunner
from newsloom.simweb import HostileWeb, SimWeb
from newsloom.store import Store
from newsloom.stories import canonical_url


async def crawl(settings, store):
    async with LocalRunner(settings, store) as runner:
        return await runner.crawl_once()


def stored_by_url(store: Store) -> dict[str, object]:
    """Every stored article under each of its URLs (an article remembers all of them)."""
    found = {}
    for view in store.latest_articles(limit=10_000):
        for url in store.article(view.id).urls + [view.url, view.canonical_url]:
            found[url] = view
    return found


async def test_one_crawl_stores_every_outlets_articles_once(database_url, crawl_settings):
    store = Store(database_url)
    store.upgrade()
    async with SimWeb(seed=3, backlog=4, feed_size=30) as web:
        sources.add_all(store, sources.from_opml(web.opml()), crawl_settings)
        report = await crawl(crawl_settings, store)
        published = web.published()

    assert report.channel_errors == 0, report.errors
    by_url = stored_by_url(store)
    outlets_seen = {view.source_name for view in by_url.values()}
    assert len(outlets_seen) >= len(web.outlets) - 1  # copies fold into their originals' outlet
    missing = [a.url for a in published if canonical_url(a.url) not in by_url and a.url not in by_url]
    assert missing == []
    for article in published:
        view = by_url.get(canonical_url(article.url)) or by_url[article.url]
        assert view.error is None
        assert article.paragraphs[0][:60] in view.text

    assert store.integrity_check() == []
    store.close()


async def test_the_aggregators_copies_are_stored_without_its_junk(crawl_settings, tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'agg.db'}")
    store.upgrade()
    async with SimWeb(seed=5, backlog=6, feed_size=30) as web:
        sources.add_all(store, sources.from_opml(web.opml()), crawl_settings)
        await crawl(crawl_settings, store)
        copies = [a for a in web.published() if a.junk]

    assert copies, "the simulated aggregator republished nothing"
    by_url = stored_by_url(store)
    for copy in copies:
        view = by_url.get(canonical_url(copy.url)) or by_url[copy.url]
        for junk in copy.junk:
            assert junk not in view.text, f"{junk!r} leaked into {copy.url}"
        for paragraph in copy.paragraphs:
            assert paragraph[:50] in view.text


async def test_a_second_crawl_finds_nothing_new_and_duplicates_nothing(crawl_settings, tmp_path, monkeypatch):
    store = Store(f"sqlite:///{tmp_path / 'twice.db'}")
    store.upgrade()
    async with SimWeb(seed=1, backlog=3, feed_size=30) as web:
        sources.add_all(store, sources.from_opml(web.opml()), crawl_settings)
        await crawl(crawl_settings, store)
        first = store.count_articles()
        later = pipeline.utcnow() + timedelta(days=2)
        monkeypatch.setattr(pipeline, "utcnow", lambda: later)  # every channel is due again
        report = await crawl(crawl_settings, store)

    assert report.channels > 0 and report.new_articles == 0
    assert store.count_articles() == first


async def test_hostile_servers_end_as_recorded_errors_and_nothing_else_is_lost(crawl_settings, tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'hostile.db'}")
    store.upgrade()
    async with SimWeb(seed=2, backlog=2, feed_size=10) as web, HostileWeb() as bad:
        sources.add_all(store, sources.from_opml(web.opml()), crawl_settings)
        hostile = {
            path: Source(name=f"hostile {path}")
            for path in ("/huge", "/bomb", "/loop", "/stall", "/to-private", "/feed/garbage.xml",
                         "/feed/private-link.xml", "/feed/malformed.xml", "/feed/latin1.xml", "/feed/scripts.xml")
        }
        for path, source in hostile.items():
            store.add_source(source, [Channel(url=bad.base_url + path)])
        report = await crawl(crawl_settings, store)
        outlet_articles = len(web.published())

    health = {h.name: h for h in store.sources()}
    for path in ("/huge", "/bomb", "/loop", "/stall", "/to-private", "/feed/garbage.xml"):
        assert health[f"hostile {path}"].status == "failing", path
        assert health[f"hostile {path}"].last_error, path
    assert "too_large" in health["hostile /huge"].last_error
    assert "decompression_bomb" in health["hostile /bomb"].last_error
    assert "too_many_redirects" in health["hostile /loop"].last_error
    assert "timeout" in health["hostile /stall"].last_error
    assert "blocked_address" in health["hostile /to-private"].last_error

    private_feed = health["hostile /feed/private-link.xml"]
    rejections = [r for ch in private_feed.channels for r in ch.recent_rejections]
    assert any("192.168.1.10" in url and "blocked_address" in detail + reason for _, url, reason, detail in rejections)

    texts = " ".join(v.title + " " + v.text + " " + v.html for v in store.latest_articles(limit=10_000))
    assert "<script" not in texts and "onerror" not in texts and "javascript:" not in texts
    assert any(ch in texts for ch in "éèàçñ"), "the windows-1252 feed lost its accents"
    assert report.new_articles + report.lead_only >= outlet_articles  # the healthy outlets lost nothing


async def test_unreachable_sources_fail_cleanly_and_show_why(crawl_settings, tmp_path):
    """What `make run` shows on a machine without internet: each source failing with a readable reason."""
    store = Store(f"sqlite:///{tmp_path / 'offline.db'}")
    store.upgrade()
    defaults = sources.default_sources()
    assert len({c.url for _, chs in defaults for c in chs}) >= 40
    offline = [(Source(name=f"Offline {i}"), [Channel(url=f"https://news{i}.example.invalid/rss.xml")])
               for i in range(3)]
    sources.add_all(store, offline, crawl_settings)
    report = await crawl(crawl_settings, store)

    assert report.channel_errors == 3
    for health in store.sources():
        assert health.status == "failing" and "dns" in health.last_error
