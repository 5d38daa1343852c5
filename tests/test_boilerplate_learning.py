"""An aggregator whose template no rule knows: a crawl learns its junk from its own pages, stores copies clean."""

from __future__ import annotations

from newsloom import sources
from newsloom.extract.boilerplate import MIN_PAGES
from newsloom.run.local import LocalRunner
from newsloom.simweb import SimWeb
from newsloom.store import Store
from newsloom.stories import canonical_url


async def test_every_aggregators_copies_are_stored_without_its_junk_once_learned(crawl_settings, tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'learn.db'}")
    store.upgrade()
    async with SimWeb(seed=9, backlog=MIN_PAGES + 4, feed_size=30) as web:
        sources.add_all(store, sources.from_opml(web.opml()), crawl_settings)
        async with LocalRunner(crawl_settings, store) as runner:
            await runner.crawl_once()
        aggregators = {o.name for o in web.outlets if o.is_aggregator}
        copies = [a for a in web.published() if a.junk]

    assert len(aggregators) >= 2 and {c.outlet for c in copies} == aggregators
    by_url = {}
    for view in store.latest_articles(limit=10_000):
        for url in store.article(view.id).urls:
            by_url[url] = store.article(view.id)
    for copy in copies:
        stored = by_url.get(canonical_url(copy.url)) or by_url[copy.url]
        for junk in copy.junk:
            assert junk not in stored.text and junk not in stored.html, f"{junk!r} left in {copy.url}"
        for paragraph in copy.paragraphs:
            assert paragraph[:50] in stored.text
    names = {s.id: s.name for s in store.sources()}
    learned = {names[s.id] for s in store.sources() if store.boilerplate(s.id)}
    assert aggregators <= learned
    store.close()
